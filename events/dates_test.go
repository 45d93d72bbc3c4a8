package events

import (
	"context"
	"strings"
	"testing"
	"time"

	"dyad"
)

// withDates adds to a the date expressions of dates, "text=YYYY-MM-DD" or
// "text=YYYY-MM-DD/precision" (day when not given), at the first
// occurrence of each text, as the annotate stage would have resolved them.
func withDates(a *dyad.Analysis, dates ...string) *dyad.Analysis {
	for _, d := range dates {
		text, date, _ := strings.Cut(d, "=")
		date, prec, ok := strings.Cut(date, "/")
		if !ok {
			prec = "day"
		}
		i := strings.Index(a.Article.Text, text)
		if i < 0 {
			panic("no " + text + " in " + a.Article.Text)
		}
		a.Dates = append(a.Dates, dyad.DateRef{Date: date, Precision: prec, Text: text, Span: dyad.Span{Start: i, End: i + len(text)}})
	}
	return a
}

// An event takes the date of the day-precision date expression of its
// sentence nearest to its trigger, from a.Dates (the annotate stage
// resolves them); the articles of build are published on 2024-05-16.
func TestEventDates(t *testing.T) {
	for _, tc := range []struct {
		text     string
		dates    []string
		want     string
		fromText bool
	}{
		{"Russia attacked Ukraine.", nil, "2024-05-16", false},
		{"Russia attacked Ukraine on Tuesday.", []string{"Tuesday=2024-05-14"}, "2024-05-14", true},
		{"On Thursday Russia attacked Ukraine.", []string{"Thursday=2024-05-16"}, "2024-05-16", true},
		{"Russia attacked Ukraine yesterday.", []string{"yesterday=2024-05-15"}, "2024-05-15", true},
		{"Russia attacked Ukraine on June 2, 2019.", []string{"June 2, 2019=2019-06-02"}, "2019-06-02", true},
		{"Russia will visit Ukraine on April 29.", []string{"April 29=2025-04-29"}, "2025-04-29", true},
		// the nearest date expression to the trigger wins
		{"Russia attacked Ukraine on Monday, after the truce that ended on May 1.",
			[]string{"Monday=2024-05-13", "May 1=2024-05-01"}, "2024-05-13", true},
		{"After the truce of May 1 ended, Russia attacked Ukraine on Monday.",
			[]string{"May 1=2024-05-01", "Monday=2024-05-13"}, "2024-05-13", true},
		// a week, month or year is no date of an event
		{"Russia attacked Ukraine in April.", []string{"April=2024-04-01/month"}, "2024-05-16", false},
		{"Russia attacked Ukraine last week.", []string{"last week=2024-05-06/week"}, "2024-05-16", false},
		// a date of another sentence is not the event's
		{"Talks ended on Monday. Russia attacked Ukraine.", []string{"Monday=2024-05-13"}, "2024-05-16", false},
	} {
		evs := coded(t, withDates(build(tc.text, "Russia=RUS; Ukraine=UKR"), tc.dates...))
		if len(evs) != 1 {
			t.Errorf("%s: %d events, want 1", tc.text, len(evs))
			continue
		}
		if e := evs[0]; e.Date != tc.want || e.DateFromText != tc.fromText {
			t.Errorf("%s: date %s from text %v, want %s %v", tc.text, e.Date, e.DateFromText, tc.want, tc.fromText)
		}
	}
}

func TestEventDatesUnknownPublished(t *testing.T) {
	a := withDates(build("Russia attacked Ukraine on Tuesday. Russia attacked Ukraine on June 2, 2019.", "Russia=RUS; Ukraine=UKR"),
		"June 2, 2019=2019-06-02")
	a.Article.Published = time.Time{}
	evs := coded(t, a)
	if len(evs) != 2 {
		t.Fatalf("events %+v", evs)
	}
	if e := evs[0]; e.Date != "" || e.DateFromText {
		t.Errorf("no date expression, no published date: %+v", e)
	}
	if e := evs[1]; e.Date != "2019-06-02" || !e.DateFromText {
		t.Errorf("full date without a published date: %+v", e)
	}
}

// coded runs the events stage on a and returns its events.
func coded(t *testing.T, a *dyad.Analysis) []dyad.Event {
	t.Helper()
	if err := Stage(nil).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a.Events
}

func TestEventPlace(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Russia met Ukraine in Geneva.", "Geneva"},
		{"In Geneva, Russia met Ukraine.", "Geneva"},
		{"Russia met Ukraine near the border, far from Geneva.", ""},
		{"Russia met Ukraine.", ""},
	} {
		a := build(tc.text, "Russia=RUS; Ukraine=UKR")
		if i := indexOf(tc.text, "Geneva"); i >= 0 {
			a.Mentions = append(a.Mentions, dyad.Mention{Kind: dyad.KindLocation, Text: "Geneva", Span: dyad.Span{Start: i, End: i + 6}, Place: &dyad.Place{Name: "Geneva", Country: "CHE", Lat: 46.2, Lon: 6.15}})
		}
		if err := Stage(nil).Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if len(a.Events) == 0 {
			t.Errorf("%s: no event", tc.text)
			continue
		}
		got := ""
		if p := a.Events[0].Place; p != nil {
			got = p.Name
			if p.Country != "CHE" {
				t.Errorf("%s: place %+v", tc.text, p)
			}
		}
		if got != tc.want {
			t.Errorf("%s: place %q, want %q", tc.text, got, tc.want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// With a parse, the date of the trigger's temporal modifier wins over a
// nearer date of another clause.
func TestEventDateFromTree(t *testing.T) {
	a := build("On Friday Russia , which said on Monday that it wanted peace , attacked Ukraine .", "Russia=RUS; Ukraine=UKR")
	withDates(a, "Friday=2024-05-17", "Monday=2024-05-13")
	withParse(t, a, "2:case:ADP 14:obl:PROPN 14:nsubj:PROPN 6:punct:PUNCT 6:nsubj:PRON 3:acl:relcl:VERB "+
		"8:case:ADP 6:obl:PROPN 11:mark:SCONJ 11:nsubj:PRON 6:ccomp:VERB 11:obj:NOUN 6:punct:PUNCT 0:root:VERB 14:obj:PROPN 14:punct:PUNCT")
	if err := Stage(nil).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range a.Events {
		if e.Source == "RUS" && e.Target == "UKR" {
			got = append(got, e.Date)
		}
	}
	if len(got) != 1 || got[0] != "2024-05-17" {
		t.Errorf("RUS UKR events dated %v, want 2024-05-17 (Friday, the trigger's own)", got)
	}
}
