package storetest

import (
	"testing"

	"dyad"
)

// TestFixturesValid checks that every fixture span lies inside its text and
// that the recorded texts are what the spans cover, so that a suite failure
// always points at a store, never at a fixture.
func TestFixturesValid(t *testing.T) {
	list := Fixtures()
	for i := range 50 {
		list = append(list, Synthetic(i))
	}
	seen := map[string]bool{}
	for _, a := range list {
		id, text := a.Article.ID, a.Article.Text
		if id == "" || seen[id] {
			t.Errorf("fixture ID %q empty or repeated", id)
		}
		seen[id] = true
		n := len(text)
		check := func(what string, i, s, e int, want string) {
			t.Helper()
			if !(dyad.Span{Start: s, End: e}).Valid(n) {
				t.Errorf("%s: %s %d: span [%d, %d) outside %d bytes", id, what, i, s, e, n)
				return
			}
			if want != "" && text[s:e] != want {
				t.Errorf("%s: %s %d: span covers %q, want %q", id, what, i, text[s:e], want)
			}
		}
		for i, x := range a.Sentences {
			check("sentence", i, x.Start, x.End, "")
		}
		for i, x := range a.Mentions {
			check("mention", i, x.Start, x.End, x.Text)
			if x.Sentence < 0 || x.Sentence >= len(a.Sentences) {
				t.Errorf("%s: mention %d: sentence %d out of range", id, i, x.Sentence)
			}
		}
		for i, x := range a.Events {
			check("trigger", i, x.Trigger.Start, x.Trigger.End, x.Trigger.Text)
			if x.Code == "" || x.Root != dyad.RootOf(x.Code) || x.Date == "" {
				t.Errorf("%s: event %d: code %q root %q date %q", id, i, x.Code, x.Root, x.Date)
			}
			if x.Sentence < 0 || x.Sentence >= len(a.Sentences) {
				t.Errorf("%s: event %d: sentence %d out of range", id, i, x.Sentence)
			} else if s := a.Sentences[x.Sentence]; x.Trigger.Start < s.Start || x.Trigger.End > s.End {
				t.Errorf("%s: event %d: trigger outside its sentence", id, i)
			}
		}
		for i, x := range a.Counts {
			check("count", i, x.Start, x.End, "")
		}
		for i, x := range a.Quotes {
			check("quote", i, x.Start, x.End, x.Text)
		}
		for i, x := range a.Dates {
			check("date", i, x.Start, x.End, x.Text)
		}
		for i, x := range a.Themes {
			for _, sp := range x.Spans {
				check("theme", i, sp.Start, sp.End, "")
			}
		}
	}
}

// TestSyntheticDeterministic checks that Synthetic depends on its number
// only.
func TestSyntheticDeterministic(t *testing.T) {
	for _, i := range []int{0, 1, 999, -3} {
		a, b := Synthetic(i), Synthetic(i)
		if a.Article.Hash() != b.Article.Hash() || len(a.Events) != len(b.Events) {
			t.Errorf("Synthetic(%d) differs between calls", i)
		}
		rows := len(a.Sentences) + len(a.Mentions) + len(a.Events) + len(a.Counts) + len(a.Quotes) + len(a.Dates) + len(a.Themes)
		if rows < 15 || rows > 30 {
			t.Errorf("Synthetic(%d): %d derived records, want about 20", i, rows)
		}
	}
	if Synthetic(1).Article.Hash() == Synthetic(2).Article.Hash() {
		t.Error("Synthetic(1) and Synthetic(2) have the same content")
	}
}
