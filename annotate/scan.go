package annotate

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"dyad"
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
	sent int32  // sentence index
	id   int32  // index into lexicon entries, -1 when unknown
	f    uint32 // the entry's flags, kept here to spare a look in lexEntries
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

	noSents   bool  // the analysis has no sentences: all tokens are of sentence 0
	tenseSent int32 // the sentence whose tense is in tense, plus one; 0 for none
	tenseEnd  int32 // without sentences: the end of the span whose tense is in tense
	tense     int8  // the tense of that sentence

	tstats   toneStats
	all      uint32         // the union of the tokens' flags
	hasNum   bool           // some token is a number
	hasQuote bool           // some token may be a quotation mark
	cbuf     []dyad.Count   // scratch of counts()
	dbuf     []dyad.DateRef // scratch of dates()
	qbuf     []dyad.Quote   // scratch of quotes()
	hits     []themeHit     // theme matches of the text
	slot     []int32        // per theme code: index in the output plus one
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

// ASCII byte classes of the scanner, looked up in asciiClass.
const (
	cSpace  uint8 = 1 << iota // white space that separates tokens
	cLetter                   // a..z, A..Z
	cDigit                    // 0..9
	cUpper                    // A..Z
)

// asciiClass classifies each byte below utf8.RuneSelf; bytes of multi-byte
// characters are 0.
var asciiClass = func() (t [256]uint8) {
	for _, c := range []byte(" \n\t\r\f\v") {
		t[c] = cSpace
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cLetter
		t[c-32] = cLetter | cUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	return t
}()

// load64 returns the eight bytes of s at i, little-endian.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// alnumRun returns how many of the bytes of x, from the lowest, are ASCII
// letters or digits, all at once: each test sets the top bit of the bytes
// that pass it.
func alnumRun(x uint64) int {
	const ones = 0x0101010101010101
	low7 := x & (0x7f * ones)
	f := low7 | 0x20*ones // A..Z to a..z; nothing else lands in a..z
	letter := (f + (0x80-'a')*ones) &^ (f + (0x7f-'z')*ones)
	digit := (low7 + (0x80-'0')*ones) &^ (low7 + (0x7f-'9')*ones)
	ok := (letter | digit) &^ x & (0x80 * ones)
	return bits.TrailingZeros64(^ok&(0x80*ones)) >> 3
}

// fold writes text with ASCII upper case folded into buf and returns it as a
// string of the same length.
func fold(buf []byte, text string) ([]byte, string) {
	buf = append(buf[:0], text...)
	i := 0
	for ; i+8 <= len(buf); i += 8 {
		// eight bytes at once: 0x80 marks each byte in A..Z, shifted to 0x20
		x := binary.LittleEndian.Uint64(buf[i:])
		const ones = 0x0101010101010101
		low7 := x & (0x7f * ones)
		upper := (low7 + (0x80-'A')*ones) &^ (low7 + (0x80-'Z'-1)*ones) &^ x & (0x80 * ones)
		if upper != 0 {
			binary.LittleEndian.PutUint64(buf[i:], x|upper>>2)
		}
	}
	for ; i < len(buf); i++ {
		c := buf[i]
		buf[i] = c | (asciiClass[c]&cUpper)<<2 // cUpper<<2 is 0x20
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
		cl := asciiClass[c]
		switch {
		case cl&cSpace != 0:
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
		case cl&cDigit != 0:
			kind, i = kNum, numberEnd(text, i)
		case c == '`' && i+1 < n && text[i+1] == '`', c == '\'' && i+1 < n && text[i+1] == '\'':
			i += 2
		default:
			w := 1 // the width of the first rune
			if c < utf8.RuneSelf {
				capital = cl&cUpper != 0
			} else {
				var ok bool
				if ok, w = letterAt(text, i); ok {
					r, _ := utf8.DecodeRuneInString(text[i:])
					capital, cl = unicode.IsUpper(r), cLetter
				}
			}
			if cl&cLetter != 0 {
				kind, i = kWord, wordEnd(text, i+w)
				break
			}
			var space bool
			if kind, i, space = markAt(text, i, w); space {
				hyph = false
				continue
			}
		}
		toks = append(toks, tok{s: int32(start), e: int32(i), id: -1, kind: kind, cap: capital, hyph: hyph})
		hyph = false
	}
	return toks
}

// numberEnd returns the end of the number starting at i: digits, with
// separators between digits (1,000 2.5 10:30 4/5), and letters glued to
// it (3bn, 1st, 5pct).
func numberEnd(text string, i int) int {
	n := len(text)
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
	for i < n && asciiClass[text[i]]&cLetter != 0 {
		i++
	}
	return i
}

// markAt reads the token at i, of w bytes, which is no word, number or
// double quote: a clitic 's after a word, or a mark. It returns its kind
// and end, and space when it is white space outside ASCII (no token).
func markAt(text string, i, w int) (kind uint8, end int, space bool) {
	if text[i] >= utf8.RuneSelf {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			return kPunct, i + w, true
		}
	}
	if aw := apostropheAt(text, i); aw > 0 && prevAlnum(text, i) && i+aw < len(text) && text[i+aw]|0x20 == 's' && !alnumAt(text, i+aw+1) {
		return kClitic, i + aw + 1, false
	}
	return kPunct, i + w, false
}

// wordEnd returns the end of the word whose first letter ends at i:
// letters and digits, internal apostrophes (don't, O'Brien, but not 's),
// and single letters joined by dots (U.S., a.m.).
func wordEnd(text string, i int) int {
	n := len(text)
	seg := 1 // letters since the last internal dot
	dotted := false
	for i < n {
		if i+8 <= n {
			// eight bytes at once while they are ASCII letters or digits
			if k := alnumRun(load64(text, i)); k > 0 {
				i += k
				seg += k
				continue
			}
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&(cLetter|cDigit) != 0 {
				i++
				seg++
				continue
			}
		} else if ok, w := letterAt(text, i); ok {
			i += w
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
		if c == '.' && seg == 1 && i+1 < n && isASCIILetter(text[i+1]) && (i+2 >= n || !isASCIILetter(text[i+2])) {
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
	return i
}

func letterAt2(s string, i int) (bool, int) {
	if i >= len(s) {
		return false, 0
	}
	return letterAt(s, i)
}
