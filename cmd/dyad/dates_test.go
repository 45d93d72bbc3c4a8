package main

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"dyad"
)

// TestCodeEventDates runs dyad code and checks the dates of events, and
// that they agree with the dates list of the same object: an event dated
// from its text has the date of a date expression of its sentence, since
// dates are resolved once, by the annotate stage.
func TestCodeEventDates(t *testing.T) {
	for _, tc := range []struct {
		name, date, text string
		want             []string // the dates of the events, in order
	}{
		// issue 10: the event said 1986-04-29 while dates said 1987-04-29
		{"future", "1987-03-26", "Japan will visit the United States on April 29.", []string{"1987-04-29"}},
		{"past", "2024-05-16", "Russian troops attacked Ukraine on Aug 26.", []string{"2023-08-26"}},
		{"weekday", "2024-05-16", "Russian troops attacked Ukraine on Tuesday.", []string{"2024-05-14"}},
		{"next weekday", "2024-05-16", "China will visit Russia next Tuesday.", []string{"2024-05-21"}},
		{"no date", "2024-05-16", "Russian troops attacked Ukraine.", []string{"2024-05-16"}},
		{"a month is no day", "2024-05-16", "Russian troops attacked Ukraine in April.", []string{"2024-05-16"}},
		{"full date", "2024-05-16", "Russian troops attacked Ukraine on June 2, 2019.", []string{"2019-06-02"}},
		{"two sentences", "2024-05-16", "Talks ended on Monday. Russian troops attacked Ukraine.", []string{"2024-05-16"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := codeOf(t, tc.text, tc.date)
			var got []string
			for _, ev := range a.Events {
				got = append(got, ev.Date)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("event dates %v, want %v (events %+v, dates %+v)", got, tc.want, a.Events, a.Dates)
			}
			for _, ev := range inconsistent(a.Sentences, a.Events, a.Dates) {
				t.Errorf("event %s %s %s dated %s, which no date of its sentence has: %+v",
					ev.Source, ev.Code, ev.Target, ev.Date, a.Dates)
			}
		})
	}
}

// TestReutersEventDates analyses the first 2,000 Reuters articles (skipped
// when the corpus is absent) and checks that every event dated from its
// text has a date of its sentence's dates list. It logs how many events are
// dated more than 180 days before their article (the whole corpus had 9
// with two date resolvers, 1 with one).
func TestReutersEventDates(t *testing.T) {
	arts := loadReuters(t, 2000)
	z, err := newAnalyzer(nil)
	if err != nil {
		t.Fatal(err)
	}
	events, fromText, old := 0, 0, 0
	for _, art := range arts {
		a, err := z.Analyze(context.Background(), art)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range inconsistent(a.Sentences, a.Events, a.Dates) {
			s := a.Sentences[ev.Sentence]
			t.Errorf("%s: event %s %s %s dated %s, which no date of its sentence has: %q",
				art.ID, ev.Source, ev.Code, ev.Target, ev.Date, art.Text[s.Start:s.End])
		}
		for _, ev := range a.Events {
			events++
			if ev.DateFromText {
				fromText++
			}
			if d, err := time.Parse(dyad.DateLayout, ev.Date); err == nil && !art.Published.IsZero() &&
				art.Published.Sub(d) > 180*24*time.Hour {
				old++
			}
		}
	}
	t.Logf("%d articles, %d events, %d dated from the text, %d dated more than 180 days before their article",
		len(arts), events, fromText, old)
}

// codeOf runs dyad code on text published on date and decodes the object.
func codeOf(t *testing.T, text, date string) *codeObject {
	t.Helper()
	out := mustRun(t, text, "code", "--format", "jsonl", "--date", date, "-")
	var a codeObject
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("%q: %v", out, err)
	}
	return &a
}

// codeObject is the part of the dyad code contract that dates concern.
type codeObject struct {
	ID        string          `json:"id"`
	Date      string          `json:"date"`
	Sentences []dyad.Sentence `json:"sentences"`
	Events    []dyad.Event    `json:"events"`
	Dates     []dyad.DateRef  `json:"dates"`
}

// inconsistent returns the events dated from the text whose date is none
// of the dates of their sentence.
func inconsistent(sents []dyad.Sentence, evs []dyad.Event, dates []dyad.DateRef) []dyad.Event {
	var bad []dyad.Event
	for _, ev := range evs {
		if !ev.DateFromText {
			continue
		}
		s := sents[ev.Sentence]
		ok := false
		for _, d := range dates {
			if d.Start >= s.Start && d.End <= s.End && d.Date == ev.Date {
				ok = true
				break
			}
		}
		if !ok {
			bad = append(bad, ev)
		}
	}
	return bad
}
