// Package fold writes words the way dyad's dictionaries and patterns look
// them up: ASCII letters in lower case, the typographic apostrophe ’ as
// '. It is shared by the stages that look words up (events, syntax), so
// that they agree on what a word is. [Hash] is the one hash of a folded
// word (every letter in lower case, not only ASCII) by which the name
// dictionaries (actors, gazetteer) look token sequences up. Standard
// library only.
package fold

// Into writes w folded into buf and returns the written part. buf must
// hold at least len(w) bytes; folding never makes a word longer.
func Into(buf []byte, w string) []byte {
	k := 0
	for j := 0; j < len(w); j++ {
		b := w[j]
		if b == 0xE2 && j+2 < len(w) && w[j+1] == 0x80 && w[j+2] == 0x99 { // ’
			b = '\''
			j += 2
		} else if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[k] = b
		k++
	}
	return buf[:k]
}
