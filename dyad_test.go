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

// TestValidateDates checks that a store is never given a date outside
// years FirstYear to LastYear, nor one that is not YYYY-MM-DD.
func TestValidateDates(t *testing.T) {
	ok := func() *dyad.Analysis {
		return &dyad.Analysis{
			Article: dyad.Article{ID: "x", Text: "Rebels attacked.", Published: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)},
			Events:  []dyad.Event{{Code: "190", Date: "9999-12-31"}},
			Dates:   []dyad.DateRef{{Date: "1000-01-01"}},
		}
	}
	if err := ok().Validate(); err != nil {
		t.Fatalf("dates at the edges: %v", err)
	}
	for _, tc := range []struct {
		name string
		edit func(a *dyad.Analysis)
		want string
	}{
		{"published in year 999", func(a *dyad.Analysis) { a.Article.Published = time.Date(999, 12, 31, 0, 0, 0, 0, time.UTC) },
			"article x: published 0999-12-31: want a year from 1000 to 9999"},
		{"event in year 10000", func(a *dyad.Analysis) { a.Events[0].Date = "10000-01-01" },
			`article x: event 0: date "10000-01-01": want YYYY-MM-DD with a year from 1000 to 9999`},
		{"event of year 1", func(a *dyad.Analysis) { a.Events[0].Date = "0001-01-01" }, `event 0: date "0001-01-01"`},
		{"date not a date", func(a *dyad.Analysis) { a.Dates[0].Date = "May 5" }, `article x: date 0: date "May 5"`},
	} {
		a := ok()
		tc.edit(a)
		if err := a.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) || dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("%s: got %v, want EINVALID %q", tc.name, err, tc.want)
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

func TestSyntaxJSONAndValidate(t *testing.T) {
	text := "Rebels attacked."
	a := &dyad.Analysis{
		Article:   dyad.Article{ID: "x", Text: text},
		Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(text)}}},
	}
	raw, _ := json.Marshal(a)
	if strings.Contains(string(raw), "syntax") {
		t.Errorf("an analysis without parses writes a syntax field: %s", raw)
	}
	good := func() []dyad.Parse {
		return []dyad.Parse{{Sentence: 0, Words: []dyad.SyntaxWord{
			{Token: 0, Span: dyad.Span{Start: 0, End: 6}, Text: "Rebels", Lemma: "rebel", UPOS: "NOUN", Head: 1, Rel: "nsubj"},
			{Token: 1, Span: dyad.Span{Start: 7, End: 15}, Text: "attacked", Lemma: "attack", UPOS: "VERB", Head: -1, Rel: "root"},
			{Token: 2, Span: dyad.Span{Start: 15, End: 16}, Text: ".", Lemma: ".", UPOS: "PUNCT", Head: 1, Rel: "punct"},
		}}}
	}
	a.Syntax = good()
	if err := a.Validate(); err != nil {
		t.Fatalf("valid parse rejected: %v", err)
	}
	raw, _ = json.Marshal(a)
	if !strings.Contains(string(raw), `"syntax":[{"sentence":0,"words":[{"start":0,"end":6,"text":"Rebels","lemma":"rebel","upos":"NOUN","head":1,"rel":"nsubj"}`) {
		t.Errorf("syntax field: %s", raw)
	}
	for _, tt := range []struct {
		name   string
		mutate func(p []dyad.Parse)
		want   string
	}{
		{"span", func(p []dyad.Parse) { p[0].Words[2].End = 17 }, "parse 0 word 2: span [15, 17)"},
		{"head", func(p []dyad.Parse) { p[0].Words[0].Head = 3 }, "head 3 is no other word"},
		{"self", func(p []dyad.Parse) { p[0].Words[0].Head = 0 }, "head 0 is no other word"},
		{"roots", func(p []dyad.Parse) { p[0].Words[2].Head = -1 }, "has 2 roots"},
		{"no root", func(p []dyad.Parse) { p[0].Words[1].Head = 0 }, "has 0 roots"},
		{"sentence", func(p []dyad.Parse) { p[0].Sentence = 1 }, "sentence 1, which does not exist"},
	} {
		a.Syntax = good()
		tt.mutate(a.Syntax)
		err := a.Validate()
		if err == nil || !strings.Contains(err.Error(), tt.want) || dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}

// TestValidateSpans checks that a span outside the text is found in every
// kind of record that has one, and named.
func TestValidateSpans(t *testing.T) {
	text := "Rebels attacked."
	bad := dyad.Span{Start: 7, End: 17}
	tests := []struct {
		name string
		set  func(a *dyad.Analysis)
		want string
	}{
		{"sentence", func(a *dyad.Analysis) {
			a.Sentences = append(a.Sentences, dyad.Sentence{Span: dyad.Span{Start: bad.Start, End: bad.End}})
		}, "sentence 1: span [7, 17)"},
		{"mention", func(a *dyad.Analysis) { a.Mentions = []dyad.Mention{{Span: dyad.Span{Start: -1, End: 2}}} }, "mention 0: span [-1, 2)"},
		{"trigger", func(a *dyad.Analysis) {
			a.Events = []dyad.Event{{Code: "190", Trigger: dyad.Trigger{Span: dyad.Span{Start: bad.Start, End: bad.End}}}}
		}, "event trigger 0: span [7, 17)"},
		{"count", func(a *dyad.Analysis) { a.Counts = []dyad.Count{{}, {Span: bad}} }, "count 1: span [7, 17)"},
		{"quote", func(a *dyad.Analysis) { a.Quotes = []dyad.Quote{{Span: dyad.Span{Start: 5, End: 4}}} }, "quote 0: span [5, 4)"},
		{"date", func(a *dyad.Analysis) { a.Dates = []dyad.DateRef{{Span: dyad.Span{Start: bad.Start, End: bad.End}}} }, "date 0: span [7, 17)"},
		{"theme", func(a *dyad.Analysis) { a.Themes = []dyad.Theme{{Code: "X"}, {Code: "Y", Spans: []dyad.Span{{}, bad}}} }, "theme 1: span [7, 17)"},
		{"parse word", func(a *dyad.Analysis) {
			a.Syntax = []dyad.Parse{{Words: []dyad.SyntaxWord{{Head: -1}}}, {Words: []dyad.SyntaxWord{{Head: -1}, {Span: dyad.Span{Start: bad.Start, End: bad.End}}}}}
		}, "parse 1 word 1: span [7, 17)"},
	}
	for _, tt := range tests {
		a := &dyad.Analysis{Article: dyad.Article{ID: "x", Text: text}, Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(text)}}}}
		if err := a.Validate(); err != nil {
			t.Fatalf("valid analysis rejected: %v", err)
		}
		tt.set(a)
		err := a.Validate()
		if err == nil || dyad.ErrorCode(err) != dyad.EINVALID || err.Error() != "article x: "+tt.want+" is outside the text of 16 bytes" {
			t.Errorf("%s: error %v, want EINVALID %q", tt.name, err, tt.want)
		}
	}
}

// TestCountJSON checks that the embedded span of a count writes "start"
// and "end" as fields of the count, where they were before the embedding.
func TestCountJSON(t *testing.T) {
	c := dyad.Count{Sentence: 1, Number: 12, Object: "people", Type: "KILL", Span: dyad.Span{Start: 3, End: 12}}
	raw, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"sentence":1,"number":12,"object":"people","type":"KILL","start":3,"end":12}`; string(raw) != want {
		t.Errorf("count JSON %s, want %s", raw, want)
	}
}
