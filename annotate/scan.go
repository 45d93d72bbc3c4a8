package annotate

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds of the package's own light scanner.
const (
	kWord   uint8 = iota + 1 // letters, possibly with digits, internal apostrophes or dots (U.S.)
	kNum                     // starts with a digit: 900,000 1.2 10:30 3bn 1st
	kClitic                  // the possessive 's (or ’s) split from its word
	kPunct                   // any other single character, or `` and ''
)

// tok is one token: a byte span of the text with what the scanner saw.
type tok struct {
	s, e int32
	sent int32 // sentence index
	id   int32 // index into lexicon entries, -1 when unknown
	kind uint8
	cap  bool // first letter is upper case
	hyph bool // joined to the previous token by a hyphen, no spaces: two-day
}

// scanner holds the per-call scratch of the stage, reused through a pool.
type scanner struct {
	text  string
	lower string // text with ASCII letters folded; same length as text
	toks  []tok
	buf   []byte
	used  []bool // token consumed by a date expression
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// letterAt reports whether a letter starts at byte i, and its width.
func letterAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c), 1
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r), w
}

func alnumAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	if isDigit(s[i]) {
		return true
	}
	ok, _ := letterAt(s, i)
	return ok
}

// apostropheAt returns the width of an apostrophe (' or ’) at byte i, or 0.
func apostropheAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == '\'' {
		return 1
	}
	if s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
		return 3
	}
	return 0
}

// prevAlnum reports whether the character ending at byte i (exclusive) is a
// letter or digit.
func prevAlnum(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if s[i-1] < utf8.RuneSelf {
		return isDigit(s[i-1]) || isASCIILetter(s[i-1])
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// fold writes text with ASCII upper case folded into buf and returns it as a
// string of the same length.
func fold(buf []byte, text string) ([]byte, string) {
	buf = append(buf[:0], text...)
	for i, c := range buf {
		if 'A' <= c && c <= 'Z' {
			buf[i] = c + 32
		}
	}
	return buf, string(buf)
}

// tokenize splits text into tokens, appending to toks. Hyphens between two
// letters or digits are not tokens: the token after them has hyph set.
func tokenize(toks []tok, text string) []tok {
	n := len(text)
	hyph := false
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
			hyph = false
			continue
		case c == '-' && prevAlnum(text, i) && alnumAt(text, i+1):
			i++
			hyph = true
			continue
		}
		start := i
		kind := kPunct
		capital := false
		switch {
		case isDigit(c):
			kind = kNum
			i++
			for i < n {
				if isDigit(text[i]) {
					i++
					continue
				}
				if (text[i] == ',' || text[i] == '.' || text[i] == ':' || text[i] == '/') && i+1 < n && isDigit(text[i+1]) {
					i += 2
					continue
				}
				break
			}
			// letters glued to the number: 3bn, 1st, 5pct
			for i < n && isASCIILetter(text[i]) {
				i++
			}
		case c == '`' && i+1 < n && text[i+1] == '`', c == '\'' && i+1 < n && text[i+1] == '\'':
			i += 2
		default:
			ok, w := letterAt(text, i)
			if !ok {
				if c >= utf8.RuneSelf {
					r, w := utf8.DecodeRuneInString(text[i:])
					if unicode.IsSpace(r) {
						i += w
						hyph = false
						continue
					}
				}
				// a clitic 's after a word
				if aw := apostropheAt(text, i); aw > 0 && prevAlnum(text, i) && i+aw < n && text[i+aw]|0x20 == 's' && !alnumAt(text, i+aw+1) {
					kind = kClitic
					i += aw + 1
					break
				}
				i += w
				break
			}
			kind = kWord
			if c < utf8.RuneSelf {
				capital = 'A' <= c && c <= 'Z'
			} else {
				r, _ := utf8.DecodeRuneInString(text[i:])
				capital = unicode.IsUpper(r)
			}
			i += w
			seg := 1 // letters since the last internal dot
			dotted := false
			for i < n {
				if ok, w := letterAt(text, i); ok {
					i += w
					seg++
					continue
				}
				if isDigit(text[i]) {
					i++
					seg++
					continue
				}
				if aw := apostropheAt(text, i); aw > 0 {
					// 's ends the word; other internal apostrophes stay: don't, O'Brien
					if i+aw < n && text[i+aw]|0x20 == 's' && !alnumAt(text, i+aw+1) {
						break
					}
					if ok, _ := letterAt2(text, i+aw); ok {
						i += aw
						continue
					}
					break
				}
				if text[i] == '.' && seg == 1 && i+1 < n && isASCIILetter(text[i+1]) && (i+2 >= n || !isASCIILetter(text[i+2])) {
					// U.S. a.m.: single letters joined by dots
					i++
					seg = 0
					dotted = true
					continue
				}
				break
			}
			if dotted && i < n && text[i] == '.' {
				i++
			}
		}
		toks = append(toks, tok{s: int32(start), e: int32(i), id: -1, kind: kind, cap: capital, hyph: hyph})
		hyph = false
	}
	return toks
}

func letterAt2(s string, i int) (bool, int) {
	if i >= len(s) {
		return false, 0
	}
	return letterAt(s, i)
}
