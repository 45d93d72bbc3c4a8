package dyad_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"dyad"
)

func TestArticleID(t *testing.T) {
	tests := []struct {
		name          string
		id, url, text string
		same          [3]string // another input that must give the same ID
	}{
		{"id wins", " x1 ", "https://a/b", "text", [3]string{"x1", "", "other"}},
		{"url when no id", "", "https://a/b", "text", [3]string{"", " https://a/b ", "different text"}},
		{"normalised text", "", "", "Russia  and\nChina SIGNED", [3]string{"", "", " russia and china signed "}},
	}
	seen := map[string]string{}
	for _, tt := range tests {
		got := dyad.ArticleID(tt.id, tt.url, tt.text)
		if got == "" {
			t.Fatalf("%s: empty ID", tt.name)
		}
		if other := dyad.ArticleID(tt.same[0], tt.same[1], tt.same[2]); other != got {
			t.Errorf("%s: %q and %q differ", tt.name, got, other)
		}
		if prev, dup := seen[got]; dup {
			t.Errorf("%s: ID %q also given to %s", tt.name, got, prev)
		}
		seen[got] = tt.name
	}
	if dyad.ArticleID("", "", "a b") == dyad.ArticleID("", "", "a c") {
		t.Error("different texts share an ID")
	}
}

func TestHashCoversContent(t *testing.T) {
	base := dyad.Article{ID: "a", Title: "T", Text: "text", Published: time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)}
	for name, change := range map[string]func(a *dyad.Article){
		"text":  func(a *dyad.Article) { a.Text = "text!" },
		"title": func(a *dyad.Article) { a.Title = "T2" },
		"date":  func(a *dyad.Article) { a.Published = a.Published.AddDate(0, 0, 1) },
		"url":   func(a *dyad.Article) { a.URL = "https://x" },
	} {
		c := base
		change(&c)
		if c.Hash() == base.Hash() {
			t.Errorf("changing the %s keeps the hash", name)
		}
	}
	// Field boundaries matter: moving text between fields changes the hash.
	a, b := base, base
	a.Title, a.Text = "ab", "c"
	b.Title, b.Text = "a", "bc"
	if a.Hash() == b.Hash() {
		t.Error("hash ignores field boundaries")
	}
}

func TestAnalysisJSONContract(t *testing.T) {
	a := &dyad.Analysis{Article: dyad.Article{ID: "x", Title: "t", Text: "Hello.", Published: time.Date(2024, 5, 19, 0, 0, 0, 0, time.UTC)}}
	raw, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	if !strings.HasPrefix(s, `{"id":"x","date":"2024-05-19","title":"t",`) {
		t.Errorf("contract does not start with id and date: %s", s)
	}
	for _, list := range []string{"sentences", "mentions", "events", "counts", "quotes", "dates", "themes"} {
		if !strings.Contains(s, `"`+list+`":[]`) {
			t.Errorf("empty %s not written as []: %s", list, s)
		}
	}
	if strings.Contains(s, "Tokens") || strings.Contains(s, `"text":"Hello."`) {
		t.Errorf("internal fields leak into the contract: %s", s)
	}
}

func TestErrors(t *testing.T) {
	err := fmt.Errorf("open: %w", dyad.Errorf(dyad.ENOTFOUND, "article %q not found", "x"))
	if dyad.ErrorCode(err) != dyad.ENOTFOUND || dyad.ErrorCode(errors.New("x")) != dyad.EINTERNAL || dyad.ErrorCode(nil) != "" {
		t.Error("ErrorCode does not follow the chain")
	}
	tests := []struct {
		err  *dyad.InputError
		want string
	}{
		{&dyad.InputError{Name: "a.jsonl", Line: 3, Offset: -1, Err: errors.New("bad")}, "a.jsonl:3: bad"},
		{&dyad.InputError{Name: "a.json", Offset: 17, Err: errors.New("bad")}, "a.json: byte 17: bad"},
		{&dyad.InputError{Name: "-", Offset: -1, Err: errors.New("bad")}, "-: bad"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestSpanValid(t *testing.T) {
	for _, tt := range []struct {
		s    dyad.Span
		n    int
		want bool
	}{{dyad.Span{0, 0}, 0, true}, {dyad.Span{2, 5}, 5, true}, {dyad.Span{3, 2}, 5, false}, {dyad.Span{-1, 2}, 5, false}, {dyad.Span{0, 6}, 5, false}} {
		if got := tt.s.Valid(tt.n); got != tt.want {
			t.Errorf("%+v.Valid(%d) = %v", tt.s, tt.n, got)
		}
	}
}
