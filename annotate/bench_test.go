package annotate

import (
	"context"
	"testing"

	"dyad"
	"dyad/internal/testcorpus"
)

// BenchmarkStage runs the stage over the first 2,000 Reuters articles; one
// op is the whole set.
func BenchmarkStage(b *testing.B) {
	arts := testcorpus.Reuters(b, 2000)
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
	arts := testcorpus.Reuters(b, 2000)
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
