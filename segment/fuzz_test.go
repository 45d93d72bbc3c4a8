package segment

import (
	"strings"
	"testing"

	"dyad"
)

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"", "Mr. Smith went to the U.S. The end.", "A\n\nB", "HEADLINE\nText.",
		`"Why?" he asked.`, "x\xff.  \u00a0Y", "Jan. 5. No. 6! U.S.A",
		strings.Repeat("a ", 700) + "b, " + strings.Repeat("é", 1000) + " c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text)
	})
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"", "China's", "don't", "U.S.-led", "900,000.5", "O'Brien’s", "a\u0301b", "'s'", "n't"} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		// arbitrary, possibly invalid, sentences must not break Tokens
		toks := Tokens(text, []dyad.Sentence{{Span: dyad.Span{Start: start, End: end}}, {Span: dyad.Span{Start: 0, End: len(text)}}})
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.Start >= tk.End || tk.End > len(text) {
				t.Fatalf("%q: bad token %v", text, tk)
			}
			prev = tk.End
		}
		checkInvariants(t, text)
	})
}
