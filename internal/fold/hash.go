package fold

import (
	"unicode"
	"unicode/utf8"
)

// Hash hashes s with its letters in lower case and the typographic
// apostrophe ’ as ': strings that fold to the same text hash alike. Unlike
// [Into] it folds every letter, not only ASCII ("Ä" as "ä"), and reads an
// invalid byte as U+FFFD. The dictionaries of names (actors, gazetteer)
// look token sequences up by it; the hash lives only in memory and is never
// written out.
func Hash(s string) uint64 { return HashIn(s, 0, len(s)) }

// HashIn returns Hash(text[start:end]) for 0 <= start <= end <= len(text).
// An ASCII word is hashed eight bytes at a time, lower-cased in place,
// reading past end inside text when it can; other text is folded into a
// buffer first. The hash of the folded bytes is one multiplication for a
// word of up to eight bytes, the most common; that case is small enough
// to be inlined into the caller.
func HashIn(text string, start, end int) uint64 {
	if n := end - start; n <= 8 && start+8 <= len(text) {
		v := load8(text, start) & (1<<(8*uint(n)) - 1)
		if v&asciiHigh == 0 {
			return shortHash(lowerASCII(v), n)
		}
	}
	return hashIn(text, start, end)
}

// hashIn is HashIn past its common case.
func hashIn(text string, start, end int) uint64 {
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
			return hashSlow(text[start:end])
		}
		return shortHash(lowerASCII(v), n)
	}
	h := hashSeed ^ uint64(n)*hashLen
	i := start
	for ; i+8 <= end; i += 8 {
		v := load8(text, i)
		if v&asciiHigh != 0 {
			return hashSlow(text[start:end])
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
			return hashSlow(text[start:end])
		}
		h = hashStep(h, lowerASCII(v))
	}
	return hashFinal(h)
}

// Seq combines the hash of a token sequence so far, starting at SeqSeed,
// with the Hash of its next token.
func Seq(h, tok uint64) uint64 { return (h^tok)*0x100000001b3 + 0x9e3779b97f4a7c15 }

// SeqSeed is the hash of the empty token sequence.
const SeqSeed uint64 = 0xcbf29ce484222325

// load8 reads the eight bytes of s from i as a little-endian number.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hashSlow folds s (lower case, "’" as "'", invalid bytes as U+FFFD) into
// a buffer and hashes the bytes as HashIn does.
func hashSlow(s string) uint64 {
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
