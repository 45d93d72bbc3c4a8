package storetest

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"dyad"
)

// Run runs the conformance suite. open returns a new, empty store for one
// subtest (for PostgreSQL: its own schema); Run closes it when the subtest
// ends, so open must not.
//
// Beyond what [dyad.Store] documents, the suite fixes these behaviours so
// that every engine answers alike:
//   - Article returns Published as UTC midnight of the stored date (zero
//     when unknown), lists in stored order, empty lists as nil.
//   - Put rejects with EINVALID, writing nothing of the batch: a nil
//     analysis, an empty ID, a span outside the text, an event without code.
//   - Search reads dyad's query language (package dyad/internal/search)
//     alike: words with punctuation ("U.S.", "OPEC-led") are words, AND, OR,
//     NOT, '-', phrases, prefix* and parentheses are operators; an empty
//     query and a syntax error are EINVALID, the message naming the
//     character and showing an example.
//   - Events, Timeline and Actors count asserted events only, leaving
//     negated and hypothetical ones out unless the filter or query includes
//     them (Actors always); bad dates, periods and negative limits are
//     EINVALID.
//   - Actors orders by events descending, then by code; Mentions counts
//     mentions in articles published within the range.
func Run(t *testing.T, open func(t *testing.T) dyad.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s dyad.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"Unicode", testUnicode},
		{"Idempotent", testIdempotent},
		{"Update", testUpdate},
		{"SameIDInBatch", testSameIDInBatch},
		{"EmptyBatch", testEmptyBatch},
		{"Atomicity", testAtomicity},
		{"Hashes", testHashes},
		{"Stats", testStats},
		{"NotFound", testNotFound},
		{"Events", testEvents},
		{"EventRecord", testEventRecord},
		{"EventsInvalid", testEventsInvalid},
		{"EventsByActorCodes", testEventsByActorCodes},
		{"Sentences", testSentences},
		{"Search", testSearch},
		{"SearchInvalid", testSearchInvalid},
		{"SearchSyntax", testSearchSyntax},
		{"Timeline", testTimeline},
		{"DateEdges", testDateEdges},
		{"Actors", testActors},
		{"ConcurrentReaders", testConcurrent},
		{"EachArticle", testEachArticle},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tc.fn(t, s)
		})
	}
}

// put stores batch and fails the test on error.
func put(t *testing.T, s dyad.Store, batch ...*dyad.Analysis) []dyad.PutResult {
	t.Helper()
	res, err := s.Put(t.Context(), batch)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	if len(res) != len(batch) {
		t.Fatalf("Put returned %d results for %d analyses", len(res), len(batch))
	}
	return res
}

func stats(t *testing.T, s dyad.Store) dyad.Stats {
	t.Helper()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := dyad.ErrorCode(err); got != code {
		t.Errorf("%s: error %v (code %q), want code %q", what, err, got, code)
	}
}

// normalize returns what a store gives back for a: Published as UTC
// midnight of its date, no tokens, empty lists as nil.
func normalize(a *dyad.Analysis) *dyad.Analysis {
	c := *a
	c.Tokens = nil
	c.Article.Published = time.Time{}
	if d := a.Article.Date(); d != "" {
		c.Article.Published, _ = time.Parse(dyad.DateLayout, d)
	}
	if len(c.Sentences) == 0 {
		c.Sentences = nil
	}
	if len(c.Mentions) == 0 {
		c.Mentions = nil
	}
	if len(c.Events) == 0 {
		c.Events = nil
	}
	if len(c.Counts) == 0 {
		c.Counts = nil
	}
	if len(c.Quotes) == 0 {
		c.Quotes = nil
	}
	if len(c.Dates) == 0 {
		c.Dates = nil
	}
	if len(c.Themes) == 0 {
		c.Themes = nil
	} else {
		c.Themes = append([]dyad.Theme(nil), c.Themes...)
		for i := range c.Themes {
			if len(c.Themes[i].Spans) == 0 {
				c.Themes[i].Spans = nil
			}
		}
	}
	return &c
}

// diffAnalysis reports how got differs from want, field by field.
func diffAnalysis(t *testing.T, want, got *dyad.Analysis) {
	t.Helper()
	want, got = normalize(want), normalize(got)
	id := want.Article.ID
	if !reflect.DeepEqual(want.Article, got.Article) {
		t.Errorf("%s: article\n got %+v\nwant %+v", id, got.Article, want.Article)
	}
	if !reflect.DeepEqual(want.Tone, got.Tone) {
		t.Errorf("%s: tone\n got %+v\nwant %+v", id, deref(got.Tone), deref(want.Tone))
	}
	diffList(t, id, "sentences", want.Sentences, got.Sentences)
	diffList(t, id, "mentions", want.Mentions, got.Mentions)
	diffList(t, id, "events", want.Events, got.Events)
	diffList(t, id, "counts", want.Counts, got.Counts)
	diffList(t, id, "quotes", want.Quotes, got.Quotes)
	diffList(t, id, "dates", want.Dates, got.Dates)
	diffList(t, id, "themes", want.Themes, got.Themes)
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

func diffList[T any](t *testing.T, id, what string, want, got []T) {
	t.Helper()
	if len(want) != len(got) {
		t.Errorf("%s: %d %s, want %d:\n got %+v\nwant %+v", id, len(got), what, len(want), got, want)
		return
	}
	for i := range want {
		if !reflect.DeepEqual(want[i], got[i]) {
			t.Errorf("%s: %s[%d]\n got %+v\nwant %+v", id, what, i, show(got[i]), show(want[i]))
		}
	}
}

// show prints pointers inside records (places) by value.
func show(v any) string {
	switch x := v.(type) {
	case dyad.Mention:
		return fmt.Sprintf("%+v place=%+v", x, deref(x.Place))
	case dyad.Event:
		return fmt.Sprintf("%+v place=%+v", x, deref(x.Place))
	}
	return fmt.Sprintf("%+v", v)
}

func byID(list []*dyad.Analysis, id string) *dyad.Analysis {
	for _, a := range list {
		if a.Article.ID == id {
			return a
		}
	}
	return nil
}

func testRoundTrip(t *testing.T, s dyad.Store) {
	fx := Fixtures()
	put(t, s, fx...)
	for _, want := range Fixtures() {
		got, err := s.Article(t.Context(), want.Article.ID)
		if err != nil {
			t.Fatalf("Article(%s): %v", want.Article.ID, err)
		}
		diffAnalysis(t, want, got)
		if want.Article.ID == "a5" && !got.Article.Published.IsZero() {
			t.Errorf("a5: Published = %v, want zero", got.Article.Published)
		}
		if want.Article.ID == "a1" && got.Article.Published.Location() != time.UTC {
			t.Errorf("a1: Published in %v, want UTC", got.Article.Published.Location())
		}
	}
}

func testUnicode(t *testing.T, s dyad.Store) {
	b := newBuilder("u1", "2024-03-01", "Зеленський і Макрон",
		"Президент Зеленський зустрівся з Макроном у Києві — «важлива зустріч». "+
			"東京 hosted talks where Zelenskyy met Macron again.")
	b.mention(dyad.KindPerson, "Зеленський", "Volodymyr Zelenskyy", "UKRGOV", nil).
		mention(dyad.KindLocation, "東京", "Tokyo", "", &dyad.Place{Name: "Tokyo", Country: "JPN", Lat: 35.6762, Lon: 139.6503}).
		event("зустрівся", dyad.Event{Date: "2024-03-01", Source: "UKRGOV", Target: "FRAGOV", Code: "040", Quad: 1, Goldstein: 1}).
		event("met", dyad.Event{Date: "2024-03-01", Source: "UKRGOV", Target: "FRAGOV", Code: "040", Quad: 1, Goldstein: 1}).
		quote("важлива зустріч", dyad.Quote{})
	put(t, s, b.a)
	got, err := s.Article(t.Context(), "u1")
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	diffAnalysis(t, b.a, got)
	evs, err := s.Events(t.Context(), dyad.EventFilter{ArticleID: "u1"})
	if err != nil {
		t.Fatalf("Events: %v", err)
	}
	if len(evs) != 2 {
		t.Fatalf("Events: %d records, want 2", len(evs))
	}
	text := b.a.Article.Text
	for i, r := range evs {
		sent := b.a.Sentences[r.Sentence]
		if want := text[sent.Start:sent.End]; r.SentenceText != want {
			t.Errorf("event %d: SentenceText %q, want %q", i, r.SentenceText, want)
		}
	}
}

func testIdempotent(t *testing.T, s dyad.Store) {
	res := put(t, s, Fixtures()...)
	for i, r := range res {
		if r != dyad.PutNew {
			t.Errorf("first Put: result %d = %v, want new", i, r)
		}
	}
	before := stats(t, s)
	res = put(t, s, Fixtures()...)
	for i, r := range res {
		if r != dyad.PutUnchanged {
			t.Errorf("second Put: result %d = %v, want unchanged", i, r)
		}
	}
	if after := stats(t, s); after != before {
		t.Errorf("Stats after re-ingest %+v, want %+v", after, before)
	}
	// Same article content, other analysis: unchanged, nothing written.
	a := byID(Fixtures(), "a1")
	a.Events = a.Events[:1]
	if res := put(t, s, a); res[0] != dyad.PutUnchanged {
		t.Errorf("same article, other analysis: %v, want unchanged", res[0])
	}
	got, err := s.Article(t.Context(), "a1")
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if len(got.Events) != 2 {
		t.Errorf("unchanged Put rewrote the analysis: %d events, want 2", len(got.Events))
	}
}

func testUpdate(t *testing.T, s dyad.Store) {
	put(t, s, Fixtures()...)
	before := stats(t, s)
	old := byID(Fixtures(), "a1")
	b := newBuilder("a1", "2024-05-17", "Xi and Putin hold talks",
		"Xi Jinping hosted Vladimir Putin for talks about wheat exports.").
		mention(dyad.KindPerson, "Xi Jinping", "Xi Jinping", "CHNGOV", nil).
		event("hosted", dyad.Event{Date: "2024-05-17", Source: "CHNGOV", Target: "RUSGOV", Code: "043", Quad: 1, Goldstein: 2.8}).
		theme("AGRICULTURE", "wheat")
	res := put(t, s, b.a)
	if res[0] != dyad.PutUpdated {
		t.Fatalf("Put changed article: %v, want updated", res[0])
	}
	got, err := s.Article(t.Context(), "a1")
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	diffAnalysis(t, b.a, got)

	want := before
	want.Sentences += int64(len(b.a.Sentences) - len(old.Sentences))
	want.Mentions += int64(len(b.a.Mentions) - len(old.Mentions))
	want.Events += int64(len(b.a.Events) - len(old.Events))
	if after := stats(t, s); after != want {
		t.Errorf("Stats after update %+v, want %+v", after, want)
	}
	evs, err := s.Events(t.Context(), dyad.EventFilter{ArticleID: "a1", IncludeNegated: true})
	if err != nil {
		t.Fatalf("Events: %v", err)
	}
	if len(evs) != 1 || evs[0].Code != "043" || evs[0].Date != "2024-05-17" {
		t.Errorf("events of a1 after update: %+v, want the one 043 event", evs)
	}
	if hits := search(t, s, dyad.SearchQuery{Text: "pipeline"}); len(hits) != 0 {
		t.Errorf("search for a word of the old text: %+v, want nothing", hits)
	}
	if hits := search(t, s, dyad.SearchQuery{Text: "wheat"}); len(hits) != 1 || hits[0].ID != "a1" {
		t.Errorf("search for a word of the new text: %+v, want a1", hits)
	}
	h, err := s.Hashes(t.Context(), []string{"a1"})
	if err != nil {
		t.Fatalf("Hashes: %v", err)
	}
	if h["a1"] != b.a.Article.Hash() {
		t.Errorf("hash after update %q, want %q", h["a1"], b.a.Article.Hash())
	}
}

func testSameIDInBatch(t *testing.T, s dyad.Store) {
	first := byID(Fixtures(), "a2")
	second := byID(Fixtures(), "a2")
	second.Article.Title = "Shelling near the border, updated"
	res := put(t, s, first, second)
	if res[0] != dyad.PutNew || res[1] != dyad.PutUpdated {
		t.Errorf("results %v, want [new updated]", res)
	}
	got, err := s.Article(t.Context(), "a2")
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	diffAnalysis(t, second, got)
	if st := stats(t, s); st.Articles != 1 || st.Events != int64(len(second.Events)) {
		t.Errorf("Stats %+v, want 1 article and %d events", st, len(second.Events))
	}
	hits := search(t, s, dyad.SearchQuery{Text: "shelled"})
	if len(hits) != 1 || hits[0].Title != second.Article.Title {
		t.Errorf("Search(shelled) = %+v, want the second version of a2 once", hits)
	}
}

func testEmptyBatch(t *testing.T, s dyad.Store) {
	res, err := s.Put(t.Context(), nil)
	if err != nil || len(res) != 0 {
		t.Errorf("Put(nil) = %v, %v; want no results and no error", res, err)
	}
}

func testAtomicity(t *testing.T, s dyad.Store) {
	put(t, s, byID(Fixtures(), "a1"))
	before := stats(t, s)
	tests := []struct {
		name  string
		spoil func(a *dyad.Analysis) *dyad.Analysis
	}{
		{"nil", func(*dyad.Analysis) *dyad.Analysis { return nil }},
		{"empty ID", func(a *dyad.Analysis) *dyad.Analysis { a.Article.ID = ""; return a }},
		{"sentence past the end", func(a *dyad.Analysis) *dyad.Analysis {
			a.Sentences[0].End = len(a.Article.Text) + 1
			return a
		}},
		{"negative mention", func(a *dyad.Analysis) *dyad.Analysis { a.Mentions[0].Start = -1; return a }},
		{"reversed trigger", func(a *dyad.Analysis) *dyad.Analysis {
			a.Events[0].Trigger.Start = a.Events[0].Trigger.End + 1
			return a
		}},
		{"event without code", func(a *dyad.Analysis) *dyad.Analysis { a.Events[1].Code = ""; return a }},
		{"count past the end", func(a *dyad.Analysis) *dyad.Analysis { a.Counts[0].End = 1 << 30; return a }},
		{"quote past the end", func(a *dyad.Analysis) *dyad.Analysis { a.Quotes[0].End = len(a.Article.Text) + 1; return a }},
		{"date span negative", func(a *dyad.Analysis) *dyad.Analysis { a.Dates[0].Start, a.Dates[0].End = -2, -1; return a }},
		{"theme span past the end", func(a *dyad.Analysis) *dyad.Analysis {
			a.Themes[0].Spans = append(a.Themes[0].Spans, dyad.Span{Start: 0, End: len(a.Article.Text) + 5})
			return a
		}},
	}
	for _, tc := range tests {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			good := byID(Fixtures(), "a2")
			changed := byID(Fixtures(), "a3")
			base := byID(Fixtures(), "a1") // it has a record of every type
			base.Article.ID = "a7"
			bad := tc.spoil(base)
			// The bad analysis comes after a valid new article and an update
			// of a stored one: neither may be written.
			update := byID(Fixtures(), "a1")
			update.Article.Title = "changed"
			_, err := s.Put(t.Context(), []*dyad.Analysis{good, update, bad, changed})
			if err == nil {
				t.Fatal("Put of a batch with an invalid analysis succeeded")
			}
			wantCode(t, "Put", err, dyad.EINVALID)
			if after := stats(t, s); after != before {
				t.Errorf("Stats after failed Put %+v, want %+v", after, before)
			}
			for _, id := range []string{"a2", "a3", "a7"} {
				_, err := s.Article(t.Context(), id)
				wantCode(t, "Article("+id+") after failed Put", err, dyad.ENOTFOUND)
			}
			got, err := s.Article(t.Context(), "a1")
			if err != nil {
				t.Fatalf("Article(a1): %v", err)
			}
			diffAnalysis(t, byID(Fixtures(), "a1"), got)
		})
	}
}

func testHashes(t *testing.T, s dyad.Store) {
	h, err := s.Hashes(t.Context(), []string{"a1", "a2"})
	if err != nil {
		t.Fatalf("Hashes on empty store: %v", err)
	}
	if len(h) != 0 {
		t.Errorf("Hashes on empty store = %v, want empty", h)
	}
	fx := Fixtures()
	put(t, s, fx[:3]...)
	h, err = s.Hashes(t.Context(), []string{"a1", "a3", "missing", "a1"})
	if err != nil {
		t.Fatalf("Hashes: %v", err)
	}
	want := map[string]string{"a1": fx[0].Article.Hash(), "a3": fx[2].Article.Hash()}
	if !reflect.DeepEqual(h, want) {
		t.Errorf("Hashes = %v, want %v", h, want)
	}
	if h, err := s.Hashes(t.Context(), nil); err != nil || len(h) != 0 {
		t.Errorf("Hashes(nil) = %v, %v; want empty", h, err)
	}
	// Many IDs at once (engines limit the parameters of one statement).
	ids := make([]string, 0, 5000)
	for i := range 5000 {
		ids = append(ids, fmt.Sprintf("x%d", i))
	}
	ids = append(ids, "a2")
	h, err = s.Hashes(t.Context(), ids)
	if err != nil {
		t.Fatalf("Hashes of 5001 IDs: %v", err)
	}
	if len(h) != 1 || h["a2"] != fx[1].Article.Hash() {
		t.Errorf("Hashes of 5001 IDs = %v, want only a2", h)
	}
}

func testStats(t *testing.T, s dyad.Store) {
	if st := stats(t, s); st != (dyad.Stats{}) {
		t.Errorf("Stats of an empty store = %+v", st)
	}
	fx := Fixtures()
	put(t, s, fx...)
	var want dyad.Stats
	for _, a := range fx {
		want.Articles++
		want.Sentences += int64(len(a.Sentences))
		want.Mentions += int64(len(a.Mentions))
		want.Events += int64(len(a.Events))
	}
	if st := stats(t, s); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
}

func testNotFound(t *testing.T, s dyad.Store) {
	_, err := s.Article(t.Context(), "nope")
	wantCode(t, "Article on an empty store", err, dyad.ENOTFOUND)
	put(t, s, Fixtures()...)
	_, err = s.Article(t.Context(), "nope")
	wantCode(t, "Article of a missing ID", err, dyad.ENOTFOUND)
	_, err = s.Article(t.Context(), "")
	wantCode(t, "Article of an empty ID", err, dyad.ENOTFOUND)
}

// key names an event as article/index.
func key(r dyad.EventRecord) string { return fmt.Sprintf("%s/%d", r.ArticleID, r.Index) }

// allAsserted are the asserted events of the Fixtures in the order Events
// lists them: a2/1 is negated, a3/1 hypothetical.
var allAsserted = []string{"a4/0", "a4/1", "a1/0", "a1/1", "a2/0", "a3/0", "a6/0"}

// eventFilterTest is a filter and the events of the Fixtures it selects,
// named article/index.
type eventFilterTest struct {
	name string
	f    dyad.EventFilter
	want []string
}

func testEvents(t *testing.T, s dyad.Store) {
	put(t, s, Fixtures()...)
	for _, tc := range eventFilterTests() {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			recs, err := s.Events(t.Context(), tc.f)
			if err != nil {
				t.Fatalf("Events(%+v): %v", tc.f, err)
			}
			var got []string
			for _, r := range recs {
				got = append(got, key(r))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Events(%+v) = %v, want %v", tc.f, got, tc.want)
			}
		})
	}

	testEventsPaged(t, s)
	testEventsDefaultLimit(t, s)
}

// eventFilterTests are the filters testEvents tries on the Fixtures.
func eventFilterTests() []eventFilterTest {
	all := allAsserted
	return []eventFilterTest{
		{"all", dyad.EventFilter{}, all},
		{"negated included", dyad.EventFilter{IncludeNegated: true},
			[]string{"a4/0", "a4/1", "a1/0", "a1/1", "a2/0", "a2/1", "a3/0", "a6/0"}},
		{"hypothetical included", dyad.EventFilter{IncludeHypothetical: true},
			[]string{"a4/0", "a4/1", "a1/0", "a1/1", "a2/0", "a3/0", "a3/1", "a6/0"}},
		{"both included", dyad.EventFilter{IncludeNegated: true, IncludeHypothetical: true},
			[]string{"a4/0", "a4/1", "a1/0", "a1/1", "a2/0", "a2/1", "a3/0", "a3/1", "a6/0"}},
		{"hypothetical left out", dyad.EventFilter{ArticleID: "a3", Code: "16"}, nil},
		{"hypothetical of an article", dyad.EventFilter{ArticleID: "a3", IncludeHypothetical: true}, []string{"a3/0", "a3/1"}},
		{"article", dyad.EventFilter{ArticleID: "a3"}, []string{"a3/0"}},
		{"article missing", dyad.EventFilter{ArticleID: "zz"}, nil},
		{"actor country", dyad.EventFilter{Actor: "RUS"}, []string{"a4/0", "a4/1", "a1/0", "a1/1", "a2/0"}},
		{"actor full code", dyad.EventFilter{Actor: "RUSGOV"}, []string{"a4/0", "a4/1", "a1/0", "a1/1"}},
		{"actor no match", dyad.EventFilter{Actor: "RUSX"}, nil},
		{"source", dyad.EventFilter{Source: "CHN"}, []string{"a4/1", "a1/0", "a1/1", "a3/0"}},
		{"target", dyad.EventFilter{Target: "CHN"}, []string{"a4/0", "a6/0"}},
		{"target with hypothetical", dyad.EventFilter{Target: "CHN", IncludeHypothetical: true}, []string{"a4/0", "a3/1", "a6/0"}},
		{"source and target", dyad.EventFilter{Source: "RUS", Target: "UKR", IncludeNegated: true}, []string{"a2/0", "a2/1"}},
		{"code root", dyad.EventFilter{Code: "05"}, []string{"a1/1"}},
		{"code first digit", dyad.EventFilter{Code: "0"}, []string{"a4/0", "a4/1", "a1/0", "a1/1"}},
		{"code full", dyad.EventFilter{Code: "163", IncludeHypothetical: true}, []string{"a3/1"}},
		{"plover", dyad.EventFilter{Plover: "CONSULT"}, []string{"a4/1", "a1/0"}},
		{"plover asserted", dyad.EventFilter{Plover: "COERCE"}, []string{"a6/0"}},
		{"plover with hypothetical", dyad.EventFilter{Plover: "COERCE", IncludeHypothetical: true}, []string{"a3/1", "a6/0"}},
		{"plover with negated", dyad.EventFilter{Plover: "RETREAT", IncludeNegated: true}, []string{"a2/1"}},
		{"plover is no prefix", dyad.EventFilter{Plover: "CONS"}, nil},
		{"plover and actor", dyad.EventFilter{Plover: "CONSULT", Source: "RUS"}, nil},
		{"plover and date", dyad.EventFilter{Plover: "CONSULT", From: "2024-01-01"}, []string{"a4/1", "a1/0"}},
		{"plover unknown", dyad.EventFilter{Plover: "\x00\xff"}, nil},
		{"inferred left out", dyad.EventFilter{Source: "RUS", Target: "UKR", IncludeNegated: true, ExcludeInferred: true}, []string{"a2/1"}},
		{"inferred kept", dyad.EventFilter{Source: "RUS", Target: "UKR", ExcludeInferred: false}, []string{"a2/0"}},
		{"code and actor", dyad.EventFilter{Code: "1", Actor: "USA"}, []string{"a3/0", "a6/0"}},
		{"from to", dyad.EventFilter{From: "2024-05-16", To: "2024-05-20"}, []string{"a1/0", "a1/1", "a2/0"}},
		{"from", dyad.EventFilter{From: "2024-06-03"}, []string{"a3/0", "a6/0"}},
		{"to", dyad.EventFilter{To: "2023-12-31"}, []string{"a4/0"}},
		{"empty range", dyad.EventFilter{From: "2024-02-01", To: "2024-04-30"}, nil},
		{"limit", dyad.EventFilter{Limit: 3}, all[:3]},
		{"limit offset", dyad.EventFilter{Limit: 3, Offset: 3}, all[3:6]},
		{"last page", dyad.EventFilter{Limit: 3, Offset: 6}, all[6:]},
		{"offset past the end", dyad.EventFilter{Offset: 100}, nil},
	}
}

// testEventsPaged checks that paging through with a small limit visits
// every event once, in order.
func testEventsPaged(t *testing.T, s dyad.Store) {
	var paged []string
	for off := 0; ; off += 2 {
		recs, err := s.Events(t.Context(), dyad.EventFilter{Limit: 2, Offset: off})
		if err != nil {
			t.Fatalf("Events page at %d: %v", off, err)
		}
		if len(recs) == 0 {
			break
		}
		for _, r := range recs {
			paged = append(paged, key(r))
		}
		if off > 100 {
			t.Fatal("paging does not end")
		}
	}
	if !reflect.DeepEqual(paged, allAsserted) {
		t.Errorf("paged events %v, want %v", paged, allAsserted)
	}
}

// testEventsDefaultLimit stores many events: Events with no limit lists
// 100, in order of date, article and index.
func testEventsDefaultLimit(t *testing.T, s dyad.Store) {
	var batch []*dyad.Analysis
	for i := range 30 {
		batch = append(batch, Synthetic(i))
	}
	put(t, s, batch...)
	recs, err := s.Events(t.Context(), dyad.EventFilter{})
	if err != nil {
		t.Fatalf("Events: %v", err)
	}
	if len(recs) != 100 {
		t.Errorf("Events with limit 0 returned %d records, want 100", len(recs))
	}
	for i := 1; i < len(recs); i++ {
		p, r := recs[i-1], recs[i]
		if p.Date > r.Date || p.Date == r.Date && (p.ArticleID > r.ArticleID || p.ArticleID == r.ArticleID && p.Index >= r.Index) {
			t.Fatalf("events out of order: %s %s before %s %s", p.Date, key(p), r.Date, key(r))
		}
	}
}

// testEventsByActorCodes stores events among codes that share prefixes
// (RUS, RUSGOV, RUSMIL, RUSGOVX; some from one to another of them) and
// checks that every actor, source and target filter, paged by two and by
// seven, lists the events the unfiltered list holds for it, in order,
// each once.
func testEventsByActorCodes(t *testing.T, s dyad.Store) {
	codes := []string{"RUS", "RUSGOV", "RUSMIL", "RUSGOVX", "UKR", "UKRMIL", "USA", ""}
	var batch []*dyad.Analysis
	for i := range 40 {
		a := Synthetic(i)
		for k := range a.Events {
			a.Events[k].Source = codes[(i*3+k)%len(codes)]
			a.Events[k].Target = codes[(i*5+k*2+1)%len(codes)]
		}
		batch = append(batch, a)
	}
	put(t, s, batch...)
	all, err := s.Events(t.Context(), dyad.EventFilter{Limit: 1000, IncludeNegated: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		f    dyad.EventFilter
		keep func(r dyad.EventRecord) bool
	}{
		{"actor RUS", dyad.EventFilter{Actor: "RUS"}, func(r dyad.EventRecord) bool {
			return strings.HasPrefix(r.Source, "RUS") || strings.HasPrefix(r.Target, "RUS")
		}},
		{"actor RUSGOV from", dyad.EventFilter{Actor: "RUSGOV", From: "2020-01-10"}, func(r dyad.EventRecord) bool {
			return r.Date >= "2020-01-10" && (strings.HasPrefix(r.Source, "RUSGOV") || strings.HasPrefix(r.Target, "RUSGOV"))
		}},
		{"source RUS", dyad.EventFilter{Source: "RUS", IncludeNegated: true}, func(r dyad.EventRecord) bool {
			return strings.HasPrefix(r.Source, "RUS")
		}},
		{"target U", dyad.EventFilter{Target: "U"}, func(r dyad.EventRecord) bool { return strings.HasPrefix(r.Target, "U") }},
		{"source RUS target RUS", dyad.EventFilter{Source: "RUS", Target: "RUS", To: "2020-02-01"}, func(r dyad.EventRecord) bool {
			return r.Date <= "2020-02-01" && strings.HasPrefix(r.Source, "RUS") && strings.HasPrefix(r.Target, "RUS")
		}},
		{"actor none", dyad.EventFilter{Actor: "CHN"}, func(r dyad.EventRecord) bool { return false }},
	} {
		var want []string
		for _, r := range all {
			if (tc.f.IncludeNegated || !r.Negated) && tc.keep(r) {
				want = append(want, key(r))
			}
		}
		for _, size := range []int{2, 7} {
			var got []string
			for off := 0; off <= len(all); off += size {
				f := tc.f
				f.Limit, f.Offset = size, off
				recs, err := s.Events(t.Context(), f)
				if err != nil {
					t.Fatalf("%s: Events(%+v): %v", tc.name, f, err)
				}
				for _, r := range recs {
					got = append(got, key(r))
				}
				if len(recs) < size {
					break
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s by %d:\n got %v\nwant %v", tc.name, size, got, want)
			}
		}
	}
}

// testSentences asks for every sentence of the Fixtures and of an article
// in Ukrainian and Japanese, in an order of its own, with keys that are
// not stored and one asked twice, and compares each with the analysis.
func testSentences(t *testing.T, s dyad.Store) {
	fx := Fixtures()
	u := newBuilder("u1", "2024-03-01", "", "«Зеленський» зустрівся з Макроном. 東京 hosted talks where Zelenskyy met Macron.")
	u.mention(dyad.KindPerson, "Зеленський", "Volodymyr Zelenskyy", "UKRGOV", nil).
		mention(dyad.KindLocation, "東京", "Tokyo", "", &dyad.Place{Name: "Tokyo", Country: "JPN", Lat: 35.6762, Lon: 139.6503}).
		mention(dyad.KindPerson, "Zelenskyy", "Volodymyr Zelenskyy", "UKRGOV", nil)
	fx = append(fx, u.a)
	put(t, s, fx...)
	if got, err := s.Sentences(t.Context(), nil); err != nil || len(got) != 0 {
		t.Errorf("Sentences(nil) = %v, %v; want none", got, err)
	}
	var keys []dyad.SentenceKey
	var want []dyad.SentenceInfo
	for i := len(fx) - 1; i >= 0; i-- {
		a := fx[i]
		keys = append(keys, dyad.SentenceKey{ArticleID: a.Article.ID, Index: len(a.Sentences)}, dyad.SentenceKey{ArticleID: "zz" + a.Article.ID})
		for k, sent := range a.Sentences {
			key := dyad.SentenceKey{ArticleID: a.Article.ID, Index: k}
			keys = append(keys, key)
			text := a.Article.Text
			si := dyad.SentenceInfo{SentenceKey: key, Span: sent.Span, Text: text[sent.Start:sent.End],
				StartCP: utf8.RuneCountInString(text[:sent.Start]), EndCP: utf8.RuneCountInString(text[:sent.End])}
			for _, m := range a.Mentions {
				if m.Sentence == k {
					si.Mentions = append(si.Mentions, m)
				}
			}
			want = append(want, si)
		}
	}
	keys = append(keys, keys[2])
	got, err := s.Sentences(t.Context(), keys)
	if err != nil {
		t.Fatalf("Sentences: %v", err)
	}
	if len(got) != len(want) {
		t.Fatalf("Sentences: %d, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("sentence %d:\n got %s\nwant %s", i, show(got[i]), show(want[i]))
		}
	}
	if want[1].StartCP == want[1].Start {
		t.Errorf("the test's second sentence does not start where bytes and code points differ: %+v", want[1])
	}
}

func testEventRecord(t *testing.T, s dyad.Store) {
	fx := Fixtures()
	put(t, s, fx...)
	for _, id := range []string{"a1", "a2", "a3", "a4", "a6"} {
		a := byID(fx, id)
		recs, err := s.Events(t.Context(), dyad.EventFilter{ArticleID: id, IncludeNegated: true, IncludeHypothetical: true})
		if err != nil {
			t.Fatalf("Events(%s): %v", id, err)
		}
		if len(recs) != len(a.Events) {
			t.Fatalf("Events(%s): %d records, want %d", id, len(recs), len(a.Events))
		}
		bare, err := s.Events(t.Context(), dyad.EventFilter{ArticleID: id, IncludeNegated: true, IncludeHypothetical: true, NoSentenceText: true})
		if err != nil || len(bare) != len(recs) {
			t.Fatalf("Events(%s) without sentence text: %d records, %v; want %d", id, len(bare), err, len(recs))
		}
		for i, r := range recs {
			sent := a.Sentences[a.Events[i].Sentence]
			want := dyad.EventRecord{ArticleID: id, Index: i, Event: a.Events[i],
				SentenceText: a.Article.Text[sent.Start:sent.End]}
			if !reflect.DeepEqual(r, want) {
				t.Errorf("%s/%d:\n got %+v place=%+v\nwant %+v place=%+v", id, i, r, deref(r.Place), want, deref(want.Place))
			}
			want.SentenceText = ""
			if !reflect.DeepEqual(bare[i], want) {
				t.Errorf("%s/%d without sentence text:\n got %+v\nwant %+v", id, i, bare[i], want)
			}
		}
	}
}

func testEventsInvalid(t *testing.T, s dyad.Store) {
	put(t, s, Fixtures()...)
	for _, f := range []dyad.EventFilter{
		{From: "2024-13-01"},
		{To: "yesterday"},
		{From: "2024-5-1"},
		{Limit: -1},
		{Offset: -5},
	} {
		_, err := s.Events(t.Context(), f)
		wantCode(t, fmt.Sprintf("Events(%+v)", f), err, dyad.EINVALID)
	}
}

func search(t *testing.T, s dyad.Store, q dyad.SearchQuery) []dyad.SearchHit {
	t.Helper()
	hits, err := s.Search(t.Context(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return hits
}

func hitIDs(hits []dyad.SearchHit) []string {
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	return ids
}

func testSearch(t *testing.T, s dyad.Store) {
	put(t, s, Fixtures()...)
	tests := []struct {
		name     string
		q        dyad.SearchQuery
		want     []string // in order
		anyOrder bool
	}{
		{"word", dyad.SearchQuery{Text: "pipeline"}, []string{"a1"}, false},
		{"case", dyad.SearchQuery{Text: "PIPELINE"}, []string{"a1"}, false},
		{"more matches first", dyad.SearchQuery{Text: "tariffs"}, []string{"a6", "a3"}, false},
		{"two words", dyad.SearchQuery{Text: "Putin Xi"}, []string{"a1", "a4"}, true},
		{"no match", dyad.SearchQuery{Text: "volcano"}, nil, false},
		{"undated article", dyad.SearchQuery{Text: "traders"}, []string{"a5"}, false},
		{"from", dyad.SearchQuery{Text: "tariffs", From: "2024-06-05"}, []string{"a6"}, false},
		{"to", dyad.SearchQuery{Text: "tariffs", To: "2024-06-05"}, []string{"a3"}, false},
		{"limit", dyad.SearchQuery{Text: "tariffs", Limit: 1}, []string{"a6"}, false},
		{"offset", dyad.SearchQuery{Text: "tariffs", Limit: 1, Offset: 1}, []string{"a3"}, false},
	}
	for _, tc := range tests {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			hits := search(t, s, tc.q)
			got := hitIDs(hits)
			if tc.anyOrder {
				sort.Strings(got)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Search(%+v) = %v, want %v", tc.q, got, tc.want)
			}
			for i, h := range hits {
				if h.Snippet == "" {
					t.Errorf("hit %s: empty snippet", h.ID)
				}
				if i > 0 && h.Rank > hits[i-1].Rank {
					t.Errorf("hit %s ranks %v, above the hit before it (%v)", h.ID, h.Rank, hits[i-1].Rank)
				}
			}
		})
	}

	hits := search(t, s, dyad.SearchQuery{Text: "pipeline"})
	if len(hits) != 1 {
		t.Fatalf("Search(pipeline) = %v", hitIDs(hits))
	}
	h := hits[0]
	if h.Date != "2024-05-16" || h.Source != "example.org" || h.Title != "Xi and Putin sign pipeline deal" {
		t.Errorf("hit fields %+v", h)
	}
	if !strings.Contains(strings.ToLower(h.Snippet), "pipeline") {
		t.Errorf("snippet %q does not show the match", h.Snippet)
	}
	if hits := search(t, s, dyad.SearchQuery{Text: "traders"}); len(hits) == 1 && hits[0].Date != "" {
		t.Errorf("undated hit has date %q", hits[0].Date)
	}
	if hits := search(t, s, dyad.SearchQuery{Text: "tariffs"}); len(hits) == 2 && !(hits[0].Rank > hits[1].Rank) {
		t.Errorf("ranks %v, %v: want the first strictly higher", hits[0].Rank, hits[1].Rank)
	}
}

// testSearchSyntax runs the query language on words with punctuation,
// exclusion, grouping and prefixes; the answers must not depend on the
// engine.
func testSearchSyntax(t *testing.T, s dyad.Store) {
	put(t, s, Fixtures()...)
	put(t, s,
		newBuilder("s1", "2024-07-01", "U.S. sanctions on Iran's oil",
			"The U.S. imposed new sanctions on Iran's oil exports. OPEC-led talks stalled.").a,
		newBuilder("s2", "2024-07-02", "EU sanctions on Russia",
			"The EU extended sanctions on Russian banks.").a)
	tests := []struct {
		q    string
		want []string // sorted
	}{
		{"U.S. sanctions", []string{"s1"}},
		{"U.S.", []string{"s1"}},
		{"OPEC-led", []string{"s1"}},
		{`"OPEC-led talks"`, []string{"s1"}},
		{"Iran's", []string{"s1"}},
		{"sanctions", []string{"a3", "s1", "s2"}},
		{"sanctions -iran", []string{"a3", "s2"}},
		{"sanctions NOT iran", []string{"a3", "s2"}},
		{"sanctions AND NOT iran", []string{"a3", "s2"}},
		{`sanctions -"Russian banks"`, []string{"a3", "s1"}},
		{"sanctions -(iran OR russian)", []string{"a3"}},
		{"sanctions AND iran", []string{"s1"}},
		{"tariffs OR oil", []string{"a3", "a5", "a6", "s1"}},
		{"(tariffs OR sanctions) AND china", []string{"a3"}},
		{"china AND (tariffs OR sanctions)", []string{"a3"}},
		{"tariffs OR sanctions china", []string{"a3", "a6"}},
		{"sanction*", []string{"a3", "s1", "s2"}},
		{"tarif*", []string{"a3", "a6"}},
		{"sanctions - & |", []string{"a3", "s1", "s2"}}, // punctuation alone is no word
	}
	for _, tc := range tests {
		hits, err := s.Search(t.Context(), dyad.SearchQuery{Text: tc.q})
		if err != nil {
			t.Errorf("Search(%q): %v", tc.q, err)
			continue
		}
		got := hitIDs(hits)
		sort.Strings(got)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Search(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}

	for _, tc := range []struct{ q, want string }{
		{"-iran", "'-' at character 1 leaves words out"},
		{"sanctions OR -iran", "'-' at character 14"},
		{"(tariffs OR sanctions", "'(' at character 1 has no ')'"},
		{"tariffs)", "')' at character 8 has no '('"},
		{`"electric vehicles`, "the quote at character 1 is not closed"},
		{"tariffs AND", "AND at character 9 needs a word after it"},
		{"NOT tariffs", "NOT at character 1 needs a word before it"},
		{`"electric vehicles"*`, "'*' at character 20 follows a phrase"},
		{"tariffs \xff", "not UTF-8 text at character 9"},
	} {
		_, err := s.Search(t.Context(), dyad.SearchQuery{Text: tc.q})
		wantCode(t, fmt.Sprintf("Search(%q)", tc.q), err, dyad.EINVALID)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "for example: ") {
			t.Errorf("Search(%q): %v, want a message with %q and an example", tc.q, err, tc.want)
		}
	}
}

func testSearchInvalid(t *testing.T, s dyad.Store) {
	put(t, s, Fixtures()...)
	for _, q := range []dyad.SearchQuery{
		{Text: ""},
		{Text: "   "},
		{Text: `"tariffs`},
		{Text: `(tariffs`},
		{Text: "tariffs", From: "June"},
		{Text: "tariffs", Limit: -1},
	} {
		_, err := s.Search(t.Context(), q)
		wantCode(t, fmt.Sprintf("Search(%+v)", q), err, dyad.EINVALID)
		if err != nil && err.Error() == "" {
			t.Errorf("Search(%+v): empty error message", q)
		}
	}
}

// period is the reference bucketing of the suite.
func period(date, by string) string {
	d, err := time.Parse(dyad.DateLayout, date)
	if err != nil {
		return ""
	}
	switch by {
	case "day":
	case "week":
		d = d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
	case "year":
		d = time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	default:
		d = time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return d.Format(dyad.DateLayout)
}

// refTimeline counts the fixture events of q by hand.
func refTimeline(fx []*dyad.Analysis, q dyad.TimelineQuery) []dyad.TimelineBucket {
	m := map[string]*dyad.TimelineBucket{}
	for _, a := range fx {
		for _, e := range a.Events {
			between := strings.HasPrefix(e.Source, q.A) && strings.HasPrefix(e.Target, q.B) ||
				strings.HasPrefix(e.Source, q.B) && strings.HasPrefix(e.Target, q.A)
			if !between || e.Negated && !q.IncludeNegated || e.Hypothetical && !q.IncludeHypothetical || e.Inferred != "" && q.ExcludeInferred ||
				q.From != "" && e.Date < q.From || q.To != "" && e.Date > q.To {
				continue
			}
			p := period(e.Date, q.By)
			b := m[p]
			if b == nil {
				b = &dyad.TimelineBucket{Period: p}
				m[p] = b
			}
			b.Events++
			b.Goldstein += e.Goldstein
			switch e.Quad {
			case 1:
				b.VerbalCoop++
			case 2:
				b.MaterialCoop++
			case 3:
				b.VerbalConflict++
			case 4:
				b.MaterialConflict++
			}
		}
	}
	out := []dyad.TimelineBucket{}
	for _, b := range m {
		out = append(out, *b)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Period < out[j].Period })
	return out
}

func sameBuckets(got, want []dyad.TimelineBucket) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := got[i], want[i]
		if math.Abs(g.Goldstein-w.Goldstein) > 1e-9 {
			return false
		}
		g.Goldstein = w.Goldstein
		if g != w {
			return false
		}
	}
	return true
}

func testTimeline(t *testing.T, s dyad.Store) {
	fx := Fixtures()
	put(t, s, fx...)

	// One expectation written out, to check the reference itself.
	got, err := s.Timeline(t.Context(), dyad.TimelineQuery{A: "CHN", B: "RUS"})
	if err != nil {
		t.Fatalf("Timeline: %v", err)
	}
	want := []dyad.TimelineBucket{
		{Period: "2023-12-01", Events: 1, Goldstein: 4, VerbalCoop: 1},
		{Period: "2024-01-01", Events: 1, Goldstein: 1.9, VerbalCoop: 1},
		{Period: "2024-05-01", Events: 2, Goldstein: 9, VerbalCoop: 2},
	}
	if !sameBuckets(got, want) {
		t.Errorf("Timeline(CHN, RUS) by month =\n %+v\nwant\n %+v", got, want)
	}

	// Hypothetical events (a3/1, USA->CHN 163) count only when asked for.
	for _, tc := range []struct {
		q    dyad.TimelineQuery
		want []dyad.TimelineBucket
	}{
		{dyad.TimelineQuery{A: "USA", B: "CHN"},
			[]dyad.TimelineBucket{{Period: "2024-06-01", Events: 2, Goldstein: -7, VerbalConflict: 1, MaterialConflict: 1}}},
		{dyad.TimelineQuery{A: "USA", B: "CHN", IncludeHypothetical: true},
			[]dyad.TimelineBucket{{Period: "2024-06-01", Events: 3, Goldstein: -15, VerbalConflict: 1, MaterialConflict: 2}}},
	} {
		got, err := s.Timeline(t.Context(), tc.q)
		if err != nil {
			t.Fatalf("Timeline: %v", err)
		}
		if !sameBuckets(got, tc.want) {
			t.Errorf("Timeline(%+v) =\n %+v\nwant\n %+v", tc.q, got, tc.want)
		}
	}

	var queries []dyad.TimelineQuery
	for _, by := range []string{"", "day", "week", "month", "year"} {
		for _, ab := range [][2]string{{"CHN", "RUS"}, {"RUS", "CHN"}, {"CHNGOV", "RUSGOV"}, {"USA", "CHN"}, {"RUS", "UKR"}, {"FRA", "DEU"}} {
			queries = append(queries, dyad.TimelineQuery{A: ab[0], B: ab[1], By: by})
		}
		queries = append(queries,
			dyad.TimelineQuery{A: "RUS", B: "UKR", By: by, IncludeNegated: true},
			dyad.TimelineQuery{A: "RUS", B: "UKR", By: by, IncludeNegated: true, ExcludeInferred: true},
			dyad.TimelineQuery{A: "USA", B: "CHN", By: by, IncludeHypothetical: true},
			dyad.TimelineQuery{A: "", B: "", By: by, IncludeNegated: true, IncludeHypothetical: true},
			dyad.TimelineQuery{A: "CHN", B: "RUS", By: by, From: "2024-01-01"},
			dyad.TimelineQuery{A: "CHN", B: "RUS", By: by, To: "2024-01-02"},
			dyad.TimelineQuery{A: "CHN", B: "", By: by, From: "2024-01-02", To: "2024-06-03"})
	}
	for _, q := range queries {
		got, err := s.Timeline(t.Context(), q)
		if err != nil {
			t.Errorf("Timeline(%+v): %v", q, err)
			continue
		}
		if want := refTimeline(fx, q); !sameBuckets(got, want) {
			t.Errorf("Timeline(%+v) =\n %+v\nwant\n %+v", q, got, want)
		}
	}

	// Weeks start on Monday: 2023-12-29 is a Friday, 2024-01-02 a Tuesday.
	got, err = s.Timeline(t.Context(), dyad.TimelineQuery{A: "CHN", B: "RUS", By: "week", To: "2024-01-31"})
	if err != nil {
		t.Fatalf("Timeline: %v", err)
	}
	if len(got) != 2 || got[0].Period != "2023-12-25" || got[1].Period != "2024-01-01" {
		t.Errorf("weekly periods %+v, want 2023-12-25 and 2024-01-01", got)
	}

	for _, q := range []dyad.TimelineQuery{
		{A: "CHN", B: "RUS", By: "fortnight"},
		{A: "CHN", B: "RUS", From: "2024-02-30"},
	} {
		_, err := s.Timeline(t.Context(), q)
		wantCode(t, fmt.Sprintf("Timeline(%+v)", q), err, dyad.EINVALID)
	}
}

// refActors counts the fixture events and mentions of f by hand.
func refActors(fx []*dyad.Analysis, f dyad.ActorFilter) []dyad.ActorStat {
	in := func(date string) bool {
		return (f.From == "" || date >= f.From) && (f.To == "" || date <= f.To)
	}
	m := map[string]*dyad.ActorStat{}
	get := func(code string) *dyad.ActorStat {
		if m[code] == nil {
			m[code] = &dyad.ActorStat{Actor: code}
		}
		return m[code]
	}
	for _, a := range fx {
		for _, e := range a.Events {
			if e.Negated || e.Hypothetical || !in(e.Date) {
				continue
			}
			if e.Source != "" {
				st := get(e.Source)
				st.Events++
				st.Source++
			}
			if e.Target != "" {
				st := get(e.Target)
				if e.Target != e.Source {
					st.Events++
				}
				st.Target++
			}
		}
	}
	for _, a := range fx {
		if (f.From != "" || f.To != "") && (a.Article.Date() == "" || !in(a.Article.Date())) {
			continue
		}
		for _, mn := range a.Mentions {
			if st := m[mn.Actor]; st != nil {
				st.Mentions++
			}
		}
	}
	out := []dyad.ActorStat{}
	for _, st := range m {
		out = append(out, *st)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Actor < out[j].Actor
	})
	limit := f.Limit
	if limit == 0 {
		limit = 50
	}
	return out[:min(limit, len(out))]
}

func testActors(t *testing.T, s dyad.Store) {
	fx := Fixtures()
	put(t, s, fx...)
	got, err := s.Actors(t.Context(), dyad.ActorFilter{})
	if err != nil {
		t.Fatalf("Actors: %v", err)
	}
	// Written out: CHNGOV takes part in a4/0, a4/1, a1/0, a1/1 and a3/0.
	if len(got) == 0 || got[0] != (dyad.ActorStat{Actor: "CHNGOV", Events: 5, Source: 4, Target: 1, Mentions: 2}) {
		t.Errorf("top actor %+v, want CHNGOV with 5 events (4 as source, 1 as target) and 2 mentions", got)
	}
	for _, f := range []dyad.ActorFilter{
		{},
		{Limit: 2},
		{Limit: 1000},
		{From: "2024-05-01"},
		{To: "2024-01-31"},
		{From: "2024-05-16", To: "2024-05-20"},
		{From: "2030-01-01"},
	} {
		got, err := s.Actors(t.Context(), f)
		if err != nil {
			t.Errorf("Actors(%+v): %v", f, err)
			continue
		}
		if want := refActors(fx, f); !reflect.DeepEqual(got, want) {
			t.Errorf("Actors(%+v) =\n %+v\nwant\n %+v", f, got, want)
		}
	}
	for _, f := range []dyad.ActorFilter{{From: "01/05/2024"}, {Limit: -1}} {
		_, err := s.Actors(t.Context(), f)
		wantCode(t, fmt.Sprintf("Actors(%+v)", f), err, dyad.EINVALID)
	}
}

func testConcurrent(t *testing.T, s dyad.Store) {
	const batches, size, readers = 10, 10, 3
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, readers+1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer cancel()
		for b := range batches {
			var batch []*dyad.Analysis
			for i := range size {
				batch = append(batch, Synthetic(b*size+i))
			}
			if _, err := s.Put(t.Context(), batch); err != nil {
				errs <- fmt.Errorf("writer: %w", err)
				return
			}
		}
	}()
	for r := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var last int64
			for i := 0; ctx.Err() == nil; i++ {
				st, err := s.Stats(t.Context())
				if err != nil {
					errs <- fmt.Errorf("reader %d: Stats: %w", r, err)
					return
				}
				if st.Articles < last || st.Articles%size != 0 {
					errs <- fmt.Errorf("reader %d: %d articles after %d: a batch seen in part", r, st.Articles, last)
					return
				}
				last = st.Articles
				switch i % 4 {
				case 0:
					_, err = s.Events(t.Context(), dyad.EventFilter{Actor: "CHN", Limit: 20})
				case 1:
					_, err = s.Search(t.Context(), dyad.SearchQuery{Text: "talks"})
				case 2:
					_, err = s.Timeline(t.Context(), dyad.TimelineQuery{A: "CHN", B: "RUS"})
				case 3:
					if st.Articles > 0 {
						_, err = s.Article(t.Context(), "syn-0")
					}
				}
				if err != nil {
					errs <- fmt.Errorf("reader %d: %w", r, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if st := stats(t, s); st.Articles != batches*size {
		t.Errorf("after concurrent writes: %d articles, want %d", st.Articles, batches*size)
	}
}
