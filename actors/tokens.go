package actors

import (
	"unicode"
	"unicode/utf8"
)

// upperFirst reports whether s starts with an upper-case letter.
func upperFirst(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// abbrevs keep their dot as part of the word, as the segmenter does.
var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Rev": true, "Gen": true,
	"Col": true, "Lt": true, "Sgt": true, "Capt": true, "Adm": true, "Maj": true, "Gov": true,
	"Sen": true, "Rep": true, "Jr": true, "Sr": true, "St": true, "Fr": true, "Brig": true,
	"Cmdr": true, "Pres": true, "Hon": true, "Mt": true, "Ft": true,
}

// splitName cuts a name into the tokens the segmenter makes of it in
// running text: words at white space or "_" (the Phoenix joiner), marks
// such as "(" on their own, a possessive "'s" on its own, and a final dot
// kept only by initials and abbreviations ("V.", "U.S.", "Jr.").
func splitName(s string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = splitWord(out, s[start:end])
			start = -1
		}
	}
	for i, r := range s {
		if unicode.IsSpace(r) || r == '_' {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(s))
	return out
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))
}

// splitWord appends the tokens of one white-space-free word.
func splitWord(out []string, w string) []string {
	// leading marks
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if isWordRune(r) {
			break
		}
		out = append(out, w[:n])
		w = w[n:]
	}
	if w == "" {
		return out
	}
	// trailing marks, kept in order
	var tail []string
	for w != "" {
		r, n := utf8.DecodeLastRuneInString(w)
		if isWordRune(r) {
			break
		}
		if r == '.' && keepsDot(w[:len(w)-n]) {
			break
		}
		tail = append(tail, w[len(w)-n:])
		w = w[:len(w)-n]
	}
	if w != "" {
		for _, suf := range []string{"'s", "’s", "'S", "’S"} {
			if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
				out = append(out, w[:len(w)-len(suf)])
				w = w[len(w)-len(suf):]
				break
			}
		}
		out = append(out, w)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

// keepsDot reports whether w followed by a dot is one token: an initial
// ("V"), a dotted abbreviation ("U.S", "J.D") or a known abbreviation.
func keepsDot(w string) bool {
	if abbrevs[w] {
		return true
	}
	if w == "" {
		return false
	}
	// letters separated by single dots: "U.S", "J.D", "V"
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 0 {
			if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
				return false
			}
		} else if c != '.' {
			return false
		}
	}
	return len(w)%2 == 1 && ('A' <= w[0] && w[0] <= 'Z')
}
