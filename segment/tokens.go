package segment

import (
	"unicode"
	"unicode/utf8"

	"dyad"
)

// Tokens cuts every sentence of text into tokens, in order: words (letters,
// digits and marks, with internal hyphens and apostrophes), numbers with
// their separators ("900,000", "1.2"), abbreviations with their dots
// ("U.S.", "Jan.", "F."), clitics as tokens of their own ("China's" ->
// "China" "'s", "don't" -> "do" "n't"), and every other mark alone ("$3" ->
// "$" "3"). Each token records the index of its sentence. Sentences that
// fall outside text or overlap an earlier one are clipped.
func Tokens(text string, sents []dyad.Sentence) []dyad.Token {
	out := make([]dyad.Token, 0, len(text)/5+1)
	prev := 0
	for si, s := range sents {
		start, end := max(s.Start, prev, 0), min(s.End, len(text))
		if start >= end {
			continue
		}
		out = appendTokens(out, text, start, end, si)
		prev = end
	}
	return out
}

// appendTokens appends the tokens of text[s:e], all of sentence si.
func appendTokens(out []dyad.Token, text string, s, e, si int) []dyad.Token {
	i := s
	for i < e {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case isSpaceASCII(c):
				i++
			case isASCIILetter(c) || isASCIIDigit(c):
				we, ce := scanWord(text, i, e)
				out = append(out, dyad.Token{Start: i, End: we, Sentence: si})
				if ce > we {
					out = append(out, dyad.Token{Start: we, End: ce, Sentence: si})
				}
				i = ce
			default:
				out = append(out, dyad.Token{Start: i, End: i + 1, Sentence: si})
				i++
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:e])
		switch {
		case unicode.IsSpace(r):
			i += w
		case isWordRune(r):
			we, ce := scanWord(text, i, e)
			out = append(out, dyad.Token{Start: i, End: we, Sentence: si})
			if ce > we {
				out = append(out, dyad.Token{Start: we, End: ce, Sentence: si})
			}
			i = ce
		default:
			out = append(out, dyad.Token{Start: i, End: i + w, Sentence: si})
			i += w
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))
}

// wordAt reports whether a word character starts at i (i < e).
func wordAt(text string, i, e int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c) || isASCIIDigit(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:e])
	return isWordRune(r)
}

// scanWord scans the word that starts at i, before e. The word is
// text[i:we]; when a clitic follows it, the clitic is text[we:ce], else
// ce == we.
func scanWord(text string, i, e int) (we, ce int) {
	if j, ok := scanDotted(text, i, e); ok {
		return j, j
	}
	j := i
	for j < e {
		c := text[j]
		switch {
		case isASCIILetter(c) || isASCIIDigit(c):
			j++
			continue
		case c == '-':
			if j+1 < e && wordAt(text, j+1, e) {
				j++
				continue
			}
		case c == '.' || c == ',':
			if isASCIIDigit(text[j-1]) && j+1 < e && isASCIIDigit(text[j+1]) {
				j++
				continue
			}
		case c == '\'':
			if k, we, ce := apostrophe(text, i, j, 1, e); we > 0 {
				return we, ce
			} else if k > j {
				j = k
				continue
			}
		case c >= utf8.RuneSelf:
			r, w := utf8.DecodeRuneInString(text[j:e])
			if r == '’' {
				if k, we, ce := apostrophe(text, i, j, w, e); we > 0 {
					return we, ce
				} else if k > j {
					j = k
					continue
				}
				break
			}
			if isWordRune(r) {
				j += w
				continue
			}
		}
		break
	}
	// an abbreviation keeps its dot: "Jan.", "Mr.", "Inc.", "No. 5"
	if j < e && text[j] == '.' && abbrevs[text[i:j]] != 0 {
		if w := text[i:j]; w != "No" && w != "NO" || digitAfterSpace(text, j+1, e) {
			return j + 1, j + 1
		}
	}
	return j, j
}

// scanDotted recognises a dotted abbreviation at i: "U.S.", "e.g.",
// "U.S.S.R.", or an initial ("F." in "John F. Kennedy"). It returns its end.
func scanDotted(text string, i, e int) (int, bool) {
	if i+1 >= e || text[i+1] != '.' || !isASCIILetter(text[i]) {
		return 0, false
	}
	j, n := i, 0
	for j+1 < e && isASCIILetter(text[j]) && text[j+1] == '.' {
		j += 2
		n++
	}
	if n >= 2 {
		// "U.S.A" without the last dot
		if j < e && isASCIILetter(text[j]) && (j+1 == e || !wordAt(text, j+1, e)) {
			j++
		}
		if j < e && wordAt(text, j, e) {
			return 0, false
		}
		return j, true
	}
	// one letter and a dot: an initial when it is a capital and no word
	// follows the dot at once
	if c := text[i]; 'A' <= c && c <= 'Z' && (i+2 == e || !wordAt(text, i+2, e)) {
		return i + 2, true
	}
	return 0, false
}

// apostrophe handles an apostrophe of width w at j inside the word that
// started at i. When a clitic follows ("'s", "'re", "n't"), it returns the
// word's end we > 0 and the clitic's end ce. When the word goes on across
// the apostrophe ("O'Brien", "d'Ivoire"), it returns the position k after
// the apostrophe. Otherwise the word ends at j.
func apostrophe(text string, i, j, w, e int) (k, we, ce int) {
	if j == i {
		return j, 0, 0
	}
	if p := text[j-1]; !isASCIILetter(p) && !isASCIIDigit(p) && p < utf8.RuneSelf {
		return j, 0, 0
	}
	k = j + w
	m := k
	for m < e && isASCIILetter(text[m]) {
		m++
	}
	if m == k {
		if k < e && wordAt(text, k, e) {
			return k, 0, 0 // a non-ASCII letter follows: the word goes on
		}
		return j, 0, 0 // a closing quote or a plural possessive: "farmers'"
	}
	if m == e || !wordAt(text, m, e) {
		switch suffix := text[k:m]; len(suffix) {
		case 1:
			switch suffix[0] | 0x20 {
			case 's', 'm', 'd':
				return k, j, m
			case 't':
				if j-1 > i && text[j-1]|0x20 == 'n' {
					return k, j - 1, m
				}
			}
		case 2:
			switch lowerPair(suffix) {
			case "ll", "re", "ve":
				return k, j, m
			}
		}
	}
	return k, 0, 0
}

func lowerPair(s string) string {
	a, b := s[0]|0x20, s[1]|0x20
	switch {
	case a == 'l' && b == 'l':
		return "ll"
	case a == 'r' && b == 'e':
		return "re"
	case a == 'v' && b == 'e':
		return "ve"
	}
	return ""
}

// digitAfterSpace reports whether a digit follows white space at i.
func digitAfterSpace(text string, i, e int) bool {
	for i < e && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i < e && isASCIIDigit(text[i])
}
