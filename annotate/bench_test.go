package annotate

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"dyad"
	"dyad/internal/sharedtest"
)

// reuters reads up to n articles of the shared Reuters-21578 corpus, or
// skips the test when it is missing.
func reuters(tb testing.TB, n int) []dyad.Article {
	tb.Helper()
	const path = "../../shared/corpus/reuters21578.jsonl"
	f, err := os.Open(path)
	if err != nil {
		sharedtest.Missing(tb, path, err)
	}
	defer f.Close()
	var arts []dyad.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(arts) < n {
		var rec struct {
			ID   string `json:"id"`
			Date string `json:"date"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		pub, _ := time.Parse(dyad.DateLayout, rec.Date)
		arts = append(arts, dyad.Article{ID: rec.ID, Text: rec.Text, Published: pub})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return arts
}

// BenchmarkStage runs the stage over the first 2,000 Reuters articles; one
// op is the whole set.
func BenchmarkStage(b *testing.B) {
	arts := reuters(b, 2000)
	st := Stage()
	ctx := context.Background()
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for i := range arts {
			a := &dyad.Analysis{Article: arts[i]}
			if err := st.Run(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkTokenize is the yardstick: one tokenizer pass over the same
// articles, with no lexicon lookups.
func BenchmarkTokenize(b *testing.B) {
	arts := reuters(b, 2000)
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes))
	var toks []tok
	for b.Loop() {
		for i := range arts {
			toks = tokenize(toks[:0], arts[i].Text)
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}
