package actors

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"dyad"
)

// refFold is the folding foldHash promises to respect, written plainly:
// letters in lower case, "’" as "'", an invalid byte as U+FFFD.
func refFold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '’' {
			r = '\''
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func TestFoldHash(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Putin", "putin", true},
		{"PUTIN", "pUtIn", true},
		{"Putin", "Putina", false},
		{"’s", "'s", true},
		{"’S", "'s", true},
		{"O’Brien", "o'brien", true},
		{"Ångström", "åNGSTRÖM", true},
		{"Çavuşoğlu", "çavuşoğlu", true},
		{"Erdoğan", "Erdogan", false},
		{"Secretary-General", "secretary-general", true}, // longer than eight bytes
		{"Secretary-General", "Secretary-Generals", false},
		{"abcdefgh", "ABCDEFGH", true}, // exactly eight
		{"abcdefgh", "abcdefg", false},
		{"abcdefghi", "abcdefgh", false},
		{"a", "A", true},
		{"@", "`", false}, // around the letters
		{"[", "{", false},
		{"Z", "z", true},
		{"\xff", "\xfe", true}, // both fold to U+FFFD, as before
		{"\xffA", "\uFFFDa", true},
		{"the", "the\x00", false},
		{"minister", "ministry", false},
	}
	for _, tt := range tests {
		if got := foldHash(tt.a) == foldHash(tt.b); got != tt.same {
			t.Errorf("foldHash(%q) == foldHash(%q): %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// TestFoldHashIn checks that hashing a span inside a text, which may read
// past the span's end, gives the hash of the span alone.
func TestFoldHashIn(t *testing.T) {
	for _, text := range []string{
		"Russian President Vladimir Putin met Xi Jinping’s envoy.",
		"ÉMILE Zola, Ángela Merkel and O’Neill",
		"ab",
		"Secretary-General António Guterres said on Tuesday",
		"\xff\xfeX\xc3",
	} {
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text); j++ {
				if got, want := foldHashIn(text, i, j), foldHash(text[i:j]); got != want {
					t.Errorf("%q[%d:%d]: foldHashIn %x, foldHash %x", text, i, j, got, want)
				}
				if got, want := foldHash(text[i:j]), foldHash(refFold(text[i:j])); got != want {
					t.Errorf("%q[%d:%d]: %x, folded %x", text, i, j, got, want)
				}
			}
		}
	}
}

func FuzzFoldHash(f *testing.F) {
	f.Add("Putin", "putin")
	f.Add("O’Brien’s", "o'brien's")
	f.Add("Secretary-General", "SECRETARY-GENERAL")
	f.Add("\xff", "\uFFFD")
	f.Fuzz(func(t *testing.T, a, b string) {
		ha, hb := foldHash(a), foldHash(b)
		if ha != foldHash(refFold(a)) {
			t.Errorf("%q: hash differs from its folded form's", a)
		}
		if (refFold(a) == refFold(b)) != (ha == hb) {
			t.Errorf("%q %q: folded equal %v, hashes equal %v", a, b, refFold(a) == refFold(b), ha == hb)
		}
		text := a + b
		for i := 0; i <= len(a); i++ {
			if got, want := foldHashIn(text, i, len(a)), foldHash(text[i:len(a)]); got != want {
				t.Errorf("%q[%d:%d]: foldHashIn %x, foldHash %x", text, i, len(a), got, want)
			}
		}
	})
}

// TestStartFilter checks the start filters against Dictionary.first: no
// entry is filtered out, and a word without a capital is filtered out only
// where every entry wants one.
func TestStartFilter(t *testing.T) {
	d := Default()
	for h, f := range d.first {
		if got := d.firstOf(h); got != f {
			t.Fatalf("firstOf(%x) = %x, want %x", h, got, f)
		}
	}
	tests := []struct {
		word string
		zero bool // firstOfWord gives 0
	}{
		{"Putin", false},     // a name
		{"putin", true},      // a name wants a capital
		{"President", false}, // a title, in any case
		{"president", false},
		{"To", false}, // "To Lam"
		{"to", true},
		{"Zzyzx", true}, // nothing
	}
	for _, tt := range tests {
		if got := d.firstOfWord(foldHash(tt.word), tt.word); (got == 0) != tt.zero {
			t.Errorf("firstOfWord(%q) = %x, want zero %v", tt.word, got, tt.zero)
		}
	}
}

// TestZeroDictionary runs the stage with a zero Dictionary, which has no
// start filter: it must find nothing and not panic.
func TestZeroDictionary(t *testing.T) {
	text := "Russian President Vladimir Putin met Xi."
	var toks []dyad.Token
	for i, w := range strings.Fields(text) {
		s := strings.Index(text, w)
		toks = append(toks, dyad.Token{Start: s, End: s + len(w), Sentence: i / 100})
	}
	a := &dyad.Analysis{Article: dyad.Article{Text: text}, Tokens: toks,
		Mentions: []dyad.Mention{{Kind: dyad.KindPerson, Text: "Putin", Start: 27, End: 32}}}
	if err := Stage(&Dictionary{}).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Mentions) != 1 || a.Mentions[0].Actor != "" {
		t.Errorf("got %+v", a.Mentions)
	}
}
