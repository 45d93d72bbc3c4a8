package storetest

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"dyad"
	query "dyad/internal/search"
)

// AddPutSeeds adds the seed inputs of a Put fuzz test built with [FuzzPut].
func AddPutSeeds(f *testing.F) {
	f.Add("Xi met Putin.", 0, 2, 3, 6)
	f.Add("", 0, 0, 0, 0)
	f.Add("é\x00\xff", 1, 2, -1, 9)
	f.Add("Зеленський met 東京", 1, 5, 21, 24)
}

// FuzzPut returns the body of a fuzz test of s.Put: an article with the
// fuzzed text, one sentence [s0, e0) and one event triggered at [s1, e1).
// When the spans lie inside the text and accepts(text) holds, the article
// must come back byte for byte with the event's sentence text; otherwise
// Put must fail with EINVALID. accepts says which texts the store can hold
// (nil: all).
func FuzzPut(s dyad.Store, accepts func(text string) bool) func(t *testing.T, text string, s0, e0, s1, e1 int) {
	var n atomic.Int64
	return func(t *testing.T, text string, s0, e0, s1, e1 int) {
		ctx := context.Background()
		id := fmt.Sprintf("f%d", n.Add(1)) // new each time: never unchanged
		a := &dyad.Analysis{
			Article:   dyad.Article{ID: id, Text: text, Title: text},
			Sentences: []dyad.Sentence{{Span: dyad.Span{Start: s0, End: e0}}},
			Events: []dyad.Event{{Date: "2024-01-01", Source: "A", Target: "B", Code: "010", Root: "01",
				Trigger: dyad.Trigger{Span: dyad.Span{Start: s1, End: e1}}}},
		}
		valid := (dyad.Span{Start: s0, End: e0}).Valid(len(text)) && (dyad.Span{Start: s1, End: e1}).Valid(len(text)) &&
			(accepts == nil || accepts(text))
		_, err := s.Put(ctx, []*dyad.Analysis{a})
		if !valid {
			if dyad.ErrorCode(err) != dyad.EINVALID {
				t.Fatalf("Put of invalid spans or text: %v, want EINVALID", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("Put: %v", err)
		}
		got, err := s.Article(ctx, id)
		if err != nil {
			t.Fatalf("Article: %v", err)
		}
		if got.Article.Text != text {
			t.Fatalf("text %q came back as %q", text, got.Article.Text)
		}
		recs, err := s.Events(ctx, dyad.EventFilter{ArticleID: id})
		if err != nil || len(recs) != 1 {
			t.Fatalf("Events: %v, %v", recs, err)
		}
		if want := text[s0:e0]; recs[0].SentenceText != want {
			t.Fatalf("SentenceText %q, want %q", recs[0].SentenceText, want)
		}
	}
}

// AddSearchSeeds adds the seed inputs of a Search fuzz test built with
// [FuzzSearch]: plain words with punctuation, every operator, and what other
// query syntaxes (FTS5, tsquery, websearch) would take as theirs.
func AddSearchSeeds(f *testing.F) {
	for _, q := range []string{"tariffs", "U.S. sanctions", "OPEC-led", "-iran", "sanctions -iran", `"tariffs`,
		"(a OR b", "(tariffs OR sanctions) AND china", `"electric vehicles"*`, "tarif*", "a NOT b c", "AND", "or",
		"title:pipeline", "NEAR(a b, 2)", "^a", "a & b | !c", "<->", "'", "!!", "a:b", "\x00", "«»", "\xff", "東京*"} {
		f.Add(q)
	}
}

// FuzzSearch returns the body of a fuzz test of s.Search over a store that
// holds the [Fixtures]: a query fails exactly when dyad's query parser
// rejects it, with the parser's message (EINVALID), so that no engine ever
// complains in its own words; hits have IDs and come best first.
func FuzzSearch(s dyad.Store) func(t *testing.T, q string) {
	return func(t *testing.T, q string) {
		_, perr := query.Parse(q)
		hits, err := s.Search(context.Background(), dyad.SearchQuery{Text: q})
		switch {
		case perr != nil && (err == nil || err.Error() != perr.Error() || dyad.ErrorCode(err) != dyad.EINVALID):
			t.Fatalf("Search(%q): %v, want the parser's %v", q, err, perr)
		case perr == nil && err != nil:
			t.Fatalf("Search(%q): %v, want an answer: the query parses", q, err)
		}
		for i, h := range hits {
			if h.ID == "" {
				t.Fatalf("Search(%q): hit without ID", q)
			}
			if i > 0 && h.Rank > hits[i-1].Rank {
				t.Fatalf("Search(%q): hit %s ranks above the one before it", q, h.ID)
			}
		}
	}
}
