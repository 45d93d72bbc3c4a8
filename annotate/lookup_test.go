package annotate

import (
	"context"
	"slices"
	"testing"
	"time"

	"dyad"
)

// TestLexFind checks the lookup table against the lexicon's map, for every
// word and for near misses that share its first eight bytes or its length.
func TestLexFind(t *testing.T) {
	want := func(w string) int32 {
		if id, ok := lexIndex[w]; ok {
			return id
		}
		return -1
	}
	n := 0
	for w := range lexIndex {
		for _, v := range []string{w, w + "s", w + "ly", w[:len(w)-1], "x" + w[1:], w + "\x00", w[:len(w)-1] + "\x00"} {
			if got := lexFind(v); got != want(v) {
				t.Errorf("lexFind(%q) = %d, want %d", v, got, want(v))
			}
			n++
		}
	}
	for _, w := range []string{"", "the", "positive", "positively", "killed", "xxxxxxxxxxxxxxxxxxxxxxxxxxx", "\xff", "é"} {
		if got := lexFind(w); got != want(w) {
			t.Errorf("lexFind(%q) = %d, want %d", w, got, want(w))
		}
	}
	if n < 10000 {
		t.Errorf("checked %d words", n)
	}
}

// TestPackedAt checks that packing a word in place, with or without eight
// bytes to read, gives packWord.
func TestPackedAt(t *testing.T) {
	buf := []byte("the ministry said a 12-word phrase")
	for s := 0; s < len(buf); s++ {
		for e := s; e <= len(buf) && e <= s+12; e++ {
			if got, want := packedAt(buf, s, e), packWord(string(buf[s:e])); got != want {
				t.Errorf("packedAt(%q) = %x, want %x", buf[s:e], got, want)
			}
		}
	}
}

// TestFold checks the eight-bytes-at-a-time case folding against a byte
// loop, for every byte value at every position of a chunk.
func TestFold(t *testing.T) {
	ref := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] += 'a' - 'A'
			}
		}
		return string(b)
	}
	for _, s := range []string{"", "A", "Hello, World", "ÄÖÜ Straße", "@[`{ AZaz 09", "MORE THAN 900,000 CARS"} {
		if _, got := fold(nil, s); got != ref(s) {
			t.Errorf("fold(%q) = %q, want %q", s, got, ref(s))
		}
	}
	var buf []byte
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 9; pos++ {
			b := []byte("xYzAbCdEfG")
			b[pos] = byte(c)
			var got string
			buf, got = fold(buf, string(b))
			if got != ref(string(b)) {
				t.Fatalf("fold(%q) = %q", b, got)
			}
		}
	}
}

// TestAlnumRun checks the eight-bytes-at-a-time letter test against a byte
// loop, for every byte value at every position.
func TestAlnumRun(t *testing.T) {
	ref := func(s string) int {
		n := 0
		for n < len(s) && s[n] < 0x80 && (isDigit(s[n]) || isASCIILetter(s[n])) {
			n++
		}
		return n
	}
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("aZ09mQzA")
			b[pos] = byte(c)
			if got, want := alnumRun(load64(string(b), 0)), ref(string(b)); got != want {
				t.Fatalf("alnumRun(%q) = %d, want %d", b, got, want)
			}
		}
	}
}

// TestTokenizeLong checks words longer than eight bytes, where the scanner
// reads eight bytes at a time, around its stops: apostrophes, dots, hyphens
// and letters outside ASCII.
func TestTokenizeLong(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"internationally", []string{"internationally"}},
		{"internationally's", []string{"internationally", "'s"}},
		{"O'Donoghue-Smithers's", []string{"O'Donoghue", "-Smithers", "'s"}},
		{"Zürichbergstrasse Zurichbergstraße", []string{"Zürichbergstrasse", "Zurichbergstraße"}},
		{"abcdefghijklmnop1234567890xyz.", []string{"abcdefghijklmnop1234567890xyz", "."}},
		{"U.S.A.-based", []string{"U.S.A.", "-", "based"}},
		{"Governments’ governors’s", []string{"Governments", "’", "governors", "’s"}},
		{"a.m.; p.m.", []string{"a.m.", ";", "p.m."}},
	} {
		var got []string
		for _, tk := range tokenize(nil, tt.text) {
			s := tt.text[tk.s:tk.e]
			if tk.hyph {
				s = "-" + s
			}
			got = append(got, s)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSkippedModules checks the quick tests that skip a module when its
// trigger is absent: texts with no digits must still give counts from
// number words and dates from date words, and a text with only curly quotes
// its quotations.
func TestSkippedModules(t *testing.T) {
	pub := time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text                  string
		counts, dates, quotes int
	}{
		{"Thousands of protesters marched.", 1, 0, 0},
		{"A hundred protesters marched.", 1, 0, 0},
		{"Police arrested twelve men last week.", 1, 1, 0},
		{"The minister spoke on Monday.", 0, 1, 0},
		{"“We will win,” he said.", 0, 0, 1},
		{"Nothing to see here.", 0, 0, 0},
	} {
		a := &dyad.Analysis{Article: dyad.Article{Text: tt.text, Published: pub}}
		if err := Stage().Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if len(a.Counts) != tt.counts || len(a.Dates) != tt.dates || len(a.Quotes) != tt.quotes {
			t.Errorf("%q: %d counts, %d dates, %d quotes; want %d, %d, %d", tt.text,
				len(a.Counts), len(a.Dates), len(a.Quotes), tt.counts, tt.dates, tt.quotes)
		}
	}
}
