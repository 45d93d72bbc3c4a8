package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"dyad"
)

// fakeStore serves events from a list, as a store pages them, and counts
// the article reads.
type fakeStore struct {
	events []dyad.EventRecord
	tone   map[string]float64 // article ID -> tone; absent: no tone
	reads  map[string]int
	pages  int
}

var _ EventStore = (*fakeStore)(nil)

func (s *fakeStore) Events(_ context.Context, f dyad.EventFilter) ([]dyad.EventRecord, error) {
	s.pages++
	if f.Limit != pageSize {
		return nil, fmt.Errorf("limit %d, want pages of %d", f.Limit, pageSize)
	}
	from := min(f.Offset, len(s.events))
	return s.events[from:min(from+f.Limit, len(s.events))], nil
}

func (s *fakeStore) Article(_ context.Context, id string) (*dyad.Analysis, error) {
	s.reads[id]++
	a := &dyad.Analysis{Article: dyad.Article{ID: id, URL: "https://example.org/" + id}}
	if t, ok := s.tone[id]; ok {
		a.Tone = &dyad.Tone{Tone: t}
	}
	return a, nil
}

// newFakeStore returns a store of n events, articles of ten events each
// ("a0", "a1", ...); the events of undated articles have no date.
func newFakeStore(n int, undated ...string) *fakeStore {
	s := &fakeStore{tone: map[string]float64{"a0": -2.5}, reads: map[string]int{}}
	for i := range n {
		id := fmt.Sprintf("a%d", i/10)
		r := dyad.EventRecord{ArticleID: id}
		r.Index = i % 10
		r.Code, r.Source, r.Target = "042", "USA", "CHN"
		r.Date = "2024-05-16"
		for _, u := range undated {
			if u == id {
				r.Date = ""
			}
		}
		s.events = append(s.events, r)
	}
	return s
}

func TestEachPage(t *testing.T) {
	for _, c := range []struct {
		name            string
		events, limit   int
		wantN, wantCall int
		wantPages       int
	}{
		{"empty store", 0, 0, 0, 1, 1},
		{"one short page", 5, 0, 5, 1, 1},
		{"full pages, then an empty one", 2 * pageSize, 0, 2 * pageSize, 3, 3},
		{"limit within the first page", 2500, 10, 10, 1, 1},
		{"limit at a page's end", 2500, pageSize, pageSize, 1, 1},
		{"limit in the third page", 2500, 2100, 2100, 3, 3},
		{"limit beyond the events", 2500, 9000, 2500, 3, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := newFakeStore(c.events)
			calls, seen := 0, 0
			n, err := EachPage(context.Background(), st, dyad.EventFilter{Limit: 7, Offset: 3}, c.limit, func(recs []dyad.EventRecord) error {
				calls++
				for i, r := range recs {
					if want := seen + i; r.Index != want%10 || r.ArticleID != fmt.Sprintf("a%d", want/10) {
						t.Fatalf("event %d is %s/%d: pages out of order", want, r.ArticleID, r.Index)
					}
				}
				seen += len(recs)
				return nil
			})
			if err != nil || n != c.wantN || seen != c.wantN || calls != c.wantCall || st.pages != c.wantPages {
				t.Errorf("n %d, seen %d, %d calls, %d pages, %v; want %d, %d calls, %d pages", n, seen, calls, st.pages, err, c.wantN, c.wantCall, c.wantPages)
			}
		})
	}
	stop := errors.New("stop")
	if _, err := EachPage(context.Background(), newFakeStore(5), dyad.EventFilter{}, 0, func([]dyad.EventRecord) error { return stop }); err != stop {
		t.Errorf("fn's error: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := EachPage(ctx, newFakeStore(5), dyad.EventFilter{}, 0, func([]dyad.EventRecord) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled: %v", err)
	}
}

func TestWriteGDELT(t *testing.T) {
	added := time.Date(2024, 5, 19, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name                string
		events, limit       int
		undated             []string
		wantN, wantUndated  int
		wantReads, wantRows int
	}{
		{"every event, each article read once", 25, 0, nil, 25, 0, 3, 25},
		{"undated events left out and counted", 25, 0, []string{"a1"}, 15, 10, 3, 15},
		{"the limit counts rows written", 25, 12, []string{"a0"}, 12, 10, 3, 12},
		{"across pages", 2 * pageSize, 1500, nil, 1500, 0, 150, 1500},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := newFakeStore(c.events, c.undated...)
			var buf bytes.Buffer
			w := NewGDELTWriter(&buf)
			n, undated, err := WriteGDELT(context.Background(), st, dyad.EventFilter{}, c.limit, added, w)
			if err == nil {
				err = w.Flush()
			}
			if err != nil || n != c.wantN || undated != c.wantUndated {
				t.Fatalf("n %d, undated %d, %v; want %d, %d", n, undated, err, c.wantN, c.wantUndated)
			}
			if len(st.reads) != c.wantReads {
				t.Errorf("%d articles read, want %d", len(st.reads), c.wantReads)
			}
			for id, k := range st.reads {
				if k != 1 {
					t.Errorf("article %s read %d times", id, k)
				}
			}
			rows := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			if len(rows) != c.wantRows {
				t.Fatalf("%d rows, want %d", len(rows), c.wantRows)
			}
			for _, row := range rows {
				cols := strings.Split(row, "\t")
				id := strings.TrimPrefix(cols[60], "https://example.org/")
				tone := "0.0000"
				if id == "a0" {
					tone = "-2.5000"
				}
				if cols[59] != "20240519120000" || cols[34] != tone {
					t.Errorf("article %s: DATEADDED %q, AvgTone %q; want 20240519120000, %s", id, cols[59], cols[34], tone)
				}
			}
		})
	}
}
