package events

import (
	"context"
	"testing"
	"time"

	"dyad"
)

// The articles of build are published on Thursday 2024-05-16.
func TestEventDates(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		fromText   bool
	}{
		{"Russia attacked Ukraine.", "2024-05-16", false},
		{"Russia attacked Ukraine on Tuesday.", "2024-05-14", true},
		{"On Thursday Russia attacked Ukraine.", "2024-05-16", true},
		{"Russia attacked Ukraine on Friday.", "2024-05-10", true},
		{"Russia attacked Ukraine yesterday.", "2024-05-15", true},
		{"Russia attacked Ukraine today.", "2024-05-16", true},
		{"Russia attacked Ukraine on May 3.", "2024-05-03", true},
		{"Russia attacked Ukraine on 3 May.", "2024-05-03", true},
		{"Russia attacked Ukraine on Aug 26.", "2023-08-26", true},
		{"Russia attacked Ukraine on June 2, 2019.", "2019-06-02", true},
		{"Russia attacked Ukraine on February 30.", "2024-05-16", false},
		{"Russia may attack Ukraine.", "2024-05-16", false},
		// the nearest date expression to the trigger wins
		{"Russia attacked Ukraine on Monday, after the truce that ended on May 1.", "2024-05-13", true},
	} {
		evs := code(t, tc.text, "Russia=RUS; Ukraine=UKR")
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
	a := build("Russia attacked Ukraine on Tuesday. Russia attacked Ukraine on June 2, 2019.", "Russia=RUS; Ukraine=UKR")
	a.Article.Published = time.Time{}
	if err := Stage(nil).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Events) != 2 {
		t.Fatalf("events %+v", a.Events)
	}
	if e := a.Events[0]; e.Date != "" || e.DateFromText {
		t.Errorf("weekday without a published date: %+v", e)
	}
	if e := a.Events[1]; e.Date != "2019-06-02" || !e.DateFromText {
		t.Errorf("full date without a published date: %+v", e)
	}
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
			a.Mentions = append(a.Mentions, dyad.Mention{Kind: dyad.KindLocation, Text: "Geneva", Start: i, End: i + 6,
				Place: &dyad.Place{Name: "Geneva", Country: "CHE", Lat: 46.2, Lon: 6.15}})
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
