package ingest

import (
	"context"
	"os"
	"testing"

	"dyad"
	"dyad/internal/testcorpus"
)

// BenchmarkReadReuters reads the Reuters-21578 corpus (24 MB of JSON
// Lines) and reports articles/s and MB/s.
func BenchmarkReadReuters(b *testing.B) {
	reuters := testcorpus.ReutersPath(b)
	fi, err := os.Stat(reuters)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	n := 0
	for b.Loop() {
		n = 0
		skips := 0
		err := Read(context.Background(), []string{reuters}, Options{OnSkip: func(*dyad.InputError) { skips++ }},
			func(*dyad.Article) error { n++; return nil })
		if err != nil {
			b.Fatal(err)
		}
		if n == 0 || skips > 0 {
			b.Fatalf("%d articles, %d skips", n, skips)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
