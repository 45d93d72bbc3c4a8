package fold

import (
	"strings"
	"testing"
	"unicode"
)

// refFold is the folding Hash promises to respect, written plainly:
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

func TestHash(t *testing.T) {
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
		if got := Hash(tt.a) == Hash(tt.b); got != tt.same {
			t.Errorf("Hash(%q) == Hash(%q): %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// TestHashIn checks that hashing a span inside a text, which may read
// past the span's end, gives the hash of the span alone.
func TestHashIn(t *testing.T) {
	for _, text := range []string{
		"Russian President Vladimir Putin met Xi Jinping’s envoy.",
		"ÉMILE Zola, Ángela Merkel and O’Neill",
		"ab",
		"Secretary-General António Guterres said on Tuesday",
		"\xff\xfeX\xc3",
	} {
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text); j++ {
				if got, want := HashIn(text, i, j), Hash(text[i:j]); got != want {
					t.Errorf("%q[%d:%d]: HashIn %x, Hash %x", text, i, j, got, want)
				}
				if got, want := Hash(text[i:j]), Hash(refFold(text[i:j])); got != want {
					t.Errorf("%q[%d:%d]: %x, folded %x", text, i, j, got, want)
				}
			}
		}
	}
}

func FuzzHash(f *testing.F) {
	f.Add("Putin", "putin")
	f.Add("O’Brien’s", "o'brien's")
	f.Add("Secretary-General", "SECRETARY-GENERAL")
	f.Add("\xff", "\uFFFD")
	f.Fuzz(func(t *testing.T, a, b string) {
		ha, hb := Hash(a), Hash(b)
		if ha != Hash(refFold(a)) {
			t.Errorf("%q: hash differs from its folded form's", a)
		}
		if (refFold(a) == refFold(b)) != (ha == hb) {
			t.Errorf("%q %q: folded equal %v, hashes equal %v", a, b, refFold(a) == refFold(b), ha == hb)
		}
		text := a + b
		for i := 0; i <= len(a); i++ {
			if got, want := HashIn(text, i, len(a)), Hash(text[i:len(a)]); got != want {
				t.Errorf("%q[%d:%d]: HashIn %x, Hash %x", text, i, len(a), got, want)
			}
		}
	})
}
