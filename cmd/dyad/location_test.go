package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"dyad"
	"dyad/events"
	"dyad/internal/sharedtest"
	"dyad/syntax"
)

// TestEventLocationDev scores where dyad places an event against the
// event_location dev set: each hand-checked record names an event verb and
// the location(s) of that event in a sentence. dyad places events in
// located places (cities, regions), not in countries, so recall counts
// every gold location. The place comes from the
// parse (events.PlaceOf with the sentence parsed) or from the words around
// the verb (without a parse); the parse must place at least as many events
// right.
func TestEventLocationDev(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "eval", "event_location_dev.jsonl")
	data := sharedtest.ReadFile(t, path)
	z, err := newAnalyzer(nil)
	if err != nil {
		t.Fatal(err)
	}
	m, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	parseAll := syntax.Stage(m, nil)
	type span struct {
		Text       string
		Start, End int
	}
	var rec struct {
		ID        string
		Text      string
		Gold      bool
		Verb      span
		Locations []span
	}
	type score struct{ records, withGold, predicted, right int }
	var byTree, byOrder score
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for line := 1; sc.Scan(); line++ {
		rec.Locations = nil
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		if !rec.Gold {
			continue // the hand-checked records only
		}
		art := &dyad.Article{ID: rec.ID, Text: rec.Text, Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}
		a, err := z.Analyze(context.Background(), art)
		if err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		if err := parseAll.Run(context.Background(), a); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		// character offsets to bytes
		vs, ve := byteOffset(rec.Text, rec.Verb.Start), byteOffset(rec.Text, rec.Verb.End)
		var gold [][2]int
		for _, l := range rec.Locations {
			// some gold spans are empty or cut ("g" of "grenade"): only
			// spans of at least two letters that the text holds count
			gs, ge := byteOffset(rec.Text, l.Start), byteOffset(rec.Text, l.End)
			if ge-gs >= 2 && rec.Text[gs:ge] == l.Text {
				gold = append(gold, [2]int{gs, ge})
			}
		}
		check := func(s *score, p *dyad.Place) {
			s.records++
			if len(gold) > 0 {
				s.withGold++
			}
			if p == nil {
				return
			}
			s.predicted++
			if placeMatches(a, p, gold) {
				s.right++
			}
		}
		check(&byTree, events.PlaceOf(a, vs, ve))
		a.Syntax = nil
		check(&byOrder, events.PlaceOf(a, vs, ve))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, s := range []struct {
		name string
		s    score
	}{{"parse", byTree}, {"word order", byOrder}} {
		t.Logf("%s: %d records, %d with a gold location; placed %d, right %d (precision %.3f, recall %.3f)",
			s.name, s.s.records, s.s.withGold, s.s.predicted, s.s.right,
			float64(s.s.right)/float64(max(s.s.predicted, 1)), float64(s.s.right)/float64(max(s.s.withGold, 1)))
	}
	if byTree.records == 0 {
		t.Fatal("no records")
	}
	if byTree.right < byOrder.right {
		t.Errorf("the parse places %d events right, word order %d", byTree.right, byOrder.right)
	}
}

// placeMatches reports whether place p is one of the gold location spans:
// a mention of p's name overlapping one.
func placeMatches(a *dyad.Analysis, p *dyad.Place, gold [][2]int) bool {
	for _, m := range a.Mentions {
		if m.Place == nil || m.Place.Name != p.Name {
			continue
		}
		for _, g := range gold {
			if m.Start < g[1] && g[0] < m.End {
				return true
			}
		}
	}
	return false
}

// byteOffset returns the byte offset of character (code point) i of s.
func byteOffset(s string, i int) int {
	b := 0
	for n := 0; n < i && b < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[b:])
		b += w
	}
	return b
}
