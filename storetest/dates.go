package storetest

import (
	"testing"

	"dyad"
)

// testDateEdges checks the dates at the ends of the years dyad keeps (1000
// to 9999): an article of 9999-12-31 and its events are stored, listed and
// folded into timelines without reaching year 10000, and an analysis with a
// date out of the range is refused with EINVALID, nothing of it stored.
func testDateEdges(t *testing.T, s dyad.Store) {
	last := newBuilder("last", "9999-12-31", "", "China met Russia. China praised Russia.").
		event("met", dyad.Event{Date: "9999-12-31", Source: "CHN", Target: "RUS", Code: "040", Quad: 1, Goldstein: 1}).
		event("praised", dyad.Event{Date: "9999-12-27", Source: "CHN", Target: "RUS", Code: "051", Quad: 1, Goldstein: 3.4}).
		date("met", "9999-12-31", "day").a
	first := newBuilder("first", "1000-01-01", "", "China met Russia.").
		event("met", dyad.Event{Date: "1000-01-01", Source: "CHN", Target: "RUS", Code: "040", Quad: 1, Goldstein: 1}).a
	put(t, s, last, first)
	for _, want := range []*dyad.Analysis{last, first} {
		got, err := s.Article(t.Context(), want.Article.ID)
		if err != nil {
			t.Fatalf("Article(%s): %v", want.Article.ID, err)
		}
		diffAnalysis(t, normalize(want), got)
	}
	evs, err := s.Events(t.Context(), dyad.EventFilter{From: "9999-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 || evs[0].Date != "9999-12-27" || evs[1].Date != "9999-12-31" {
		t.Errorf("events from 9999-01-01: %+v, want those of 9999-12-27 and 9999-12-31", evs)
	}
	for by, want := range map[string][]string{
		"day":   {"1000-01-01", "9999-12-27", "9999-12-31"},
		"week":  {"0999-12-30", "9999-12-27"}, // 1000-01-01 was a Wednesday in the proleptic Gregorian calendar
		"month": {"1000-01-01", "9999-12-01"},
		"year":  {"1000-01-01", "9999-01-01"},
	} {
		list, err := s.Timeline(t.Context(), dyad.TimelineQuery{A: "CHN", B: "RUS", By: by})
		if err != nil {
			t.Fatalf("Timeline by %s: %v", by, err)
		}
		var got []string
		n := 0
		for _, b := range list {
			got = append(got, b.Period)
			n += b.Events
		}
		if show(got) != show(want) || n != 3 {
			t.Errorf("Timeline by %s: periods %v with %d events, want %v with 3", by, got, n, want)
		}
	}

	before := stats(t, s)
	for name, edit := range map[string]func(a *dyad.Analysis){
		"event in year 10000":   func(a *dyad.Analysis) { a.Events[0].Date = "10000-01-01" },
		"date in year 10000":    func(a *dyad.Analysis) { a.Dates[0].Date = "10000-01-01" },
		"event of 0001-01-01":   func(a *dyad.Analysis) { a.Events[0].Date = "0001-01-01" },
		"published in year 999": func(a *dyad.Analysis) { a.Article.Published = a.Article.Published.AddDate(-9000, 0, 0) },
	} {
		a := newBuilder("bad", "9999-12-31", "", "China met Russia.").
			event("met", dyad.Event{Date: "9999-12-31", Source: "CHN", Target: "RUS", Code: "040", Quad: 1}).
			date("met", "9999-12-31", "day").a
		edit(a)
		_, err := s.Put(t.Context(), []*dyad.Analysis{a})
		wantCode(t, name, err, dyad.EINVALID)
	}
	if after := stats(t, s); after != before {
		t.Errorf("refused analyses changed the store: %+v, then %+v", before, after)
	}
}
