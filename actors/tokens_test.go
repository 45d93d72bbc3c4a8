package actors

import (
	"context"
	"strings"
	"testing"

	"dyad"
	"dyad/internal/fold"
)

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
		if got := d.firstOfWord(fold.Hash(tt.word), tt.word); (got == 0) != tt.zero {
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
		Mentions: []dyad.Mention{{Kind: dyad.KindPerson, Text: "Putin", Span: dyad.Span{Start: 27, End: 32}}}}
	if err := Stage(&Dictionary{}).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Mentions) != 1 || a.Mentions[0].Actor != "" {
		t.Errorf("got %+v", a.Mentions)
	}
}
