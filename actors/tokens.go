package actors

import (
	"unicode"
	"unicode/utf8"
)

// foldHash hashes s with letters in lower case and the typographic
// apostrophe as "'": strings that fold to the same text hash alike. Token
// sequences are looked up by it.
func foldHash(s string) uint64 { return foldHashIn(s, 0, len(s)) }

// foldHashIn returns foldHash(text[start:end]) for 0 <= start <= end <=
// len(text). An ASCII word is hashed eight bytes at a time, lower-cased in
// place, reading past end inside text when it can; other text is folded
// into a buffer first. The hash of the folded bytes is one multiplication
// for a word of up to eight bytes, the most common.
func foldHashIn(text string, start, end int) uint64 {
	n := end - start
	if n <= 8 {
		var v uint64
		if start+8 <= len(text) {
			v = load8(text, start) & (1<<(8*uint(n)) - 1)
		} else {
			for k := end - 1; k >= start; k-- {
				v = v<<8 | uint64(text[k])
			}
		}
		if v&asciiHigh != 0 {
			return foldHashSlow(text[start:end])
		}
		return shortHash(lowerASCII(v), n)
	}
	h := hashSeed ^ uint64(n)*hashLen
	i := start
	for ; i+8 <= end; i += 8 {
		v := load8(text, i)
		if v&asciiHigh != 0 {
			return foldHashSlow(text[start:end])
		}
		h = hashStep(h, lowerASCII(v))
	}
	if i < end {
		var v uint64
		if i+8 <= len(text) {
			v = load8(text, i) & (1<<(8*uint(end-i)) - 1)
		} else {
			for k := end - 1; k >= i; k-- {
				v = v<<8 | uint64(text[k])
			}
		}
		if v&asciiHigh != 0 {
			return foldHashSlow(text[start:end])
		}
		h = hashStep(h, lowerASCII(v))
	}
	return hashFinal(h)
}

// load8 reads the eight bytes of s from i as a little-endian number.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// foldHashSlow folds s (lower case, "’" as "'", invalid bytes as U+FFFD)
// into a buffer and hashes the bytes as foldHashIn does.
func foldHashSlow(s string) uint64 {
	var arr [64]byte
	buf := arr[:0]
	for _, r := range s { // an invalid byte reads as utf8.RuneError
		if r == '’' {
			r = '\''
		} else if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
	}
	chunk := func(i int) uint64 { // bytes i to i+8 of buf, as load8
		var v uint64
		for k := min(i+8, len(buf)) - 1; k >= i; k-- {
			v = v<<8 | uint64(buf[k])
		}
		return v
	}
	if len(buf) <= 8 {
		return shortHash(chunk(0), len(buf))
	}
	h := hashSeed ^ uint64(len(buf))*hashLen
	for i := 0; i < len(buf); i += 8 {
		h = hashStep(h, chunk(i))
	}
	return hashFinal(h)
}

const (
	hashSeed  uint64 = 0x243f6a8885a308d3
	hashLen   uint64 = 0x9e3779b97f4a7c15
	asciiHigh uint64 = 0x8080808080808080
)

// lowerASCII lower-cases the letters of eight ASCII bytes at once: a byte
// from 'A' to 'Z' gains 0x20.
func lowerASCII(v uint64) uint64 {
	ge := v + 0x3f3f3f3f3f3f3f3f // high bit set where byte >= 'A'
	gt := v + 0x2525252525252525 // high bit set where byte > 'Z'
	return v | (ge&^gt&asciiHigh)>>2
}

// shortHash hashes the n <= 8 bytes v. Tagged with n and multiplied by an
// odd number, distinct words give distinct hashes, whose high bits depend
// on every byte.
func shortHash(v uint64, n int) uint64 {
	return (v ^ uint64(n)<<59) * 0x9e3779b97f4a7c15
}

// hashStep mixes eight bytes into h.
func hashStep(h, v uint64) uint64 {
	h = (h ^ v) * 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// hashFinal spreads the bits of h once more, so that its high bits depend
// on every byte.
func hashFinal(h uint64) uint64 {
	h *= 0x94d049bb133111eb
	return h ^ h>>29
}

// seqHash combines token hashes into the hash of a token sequence.
func seqHash(h, tok uint64) uint64 { return (h^tok)*0x100000001b3 + 0x9e3779b97f4a7c15 }

// seqSeed starts a sequence hash.
const seqSeed uint64 = 0xcbf29ce484222325

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
