package main

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/internal/testcorpus"
)

// BenchmarkAnalyzeArticle runs the whole analysis over one fixed
// hand-written article.
func BenchmarkAnalyzeArticle(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/articles/china_russia_summit.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.SplitN(string(raw), "\n", 3)
	art := &dyad.Article{ID: "bench", Text: lines[2], Published: time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)}
	z, err := newAnalyzer(nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(art.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := z.Analyze(ctx, art); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnalyzeReuters runs the whole analysis, stage by stage, over the
// first 2,000 articles of the Reuters corpus, and reports sentences/s and
// each stage's share of the time.
func BenchmarkAnalyzeReuters(b *testing.B) {
	arts := loadReuters(b, 2000)
	z, err := newAnalyzer(nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var bytes int64
	for _, a := range arts {
		bytes += int64(len(a.Text))
	}
	b.SetBytes(bytes)
	b.ResetTimer()
	spent := make([]time.Duration, len(z.Stages))
	sentences := 0
	for b.Loop() {
		for _, art := range arts {
			a := &dyad.Analysis{Article: *art}
			for i, st := range z.Stages {
				t := time.Now()
				if err := st.Run(ctx, a); err != nil {
					b.Fatal(err)
				}
				spent[i] += time.Since(t)
			}
			sentences += len(a.Sentences)
		}
	}
	var total time.Duration
	for _, d := range spent {
		total += d
	}
	b.ReportMetric(float64(sentences)/total.Seconds(), "sentences/s")
	b.ReportMetric(float64(len(arts)*b.N)/total.Seconds(), "articles/s")
	for i, st := range z.Stages {
		b.ReportMetric(100*spent[i].Seconds()/total.Seconds(), "%"+st.Name())
	}
}

// loadReuters returns the first n articles of the benchmark corpus.
func loadReuters(b testing.TB, n int) []*dyad.Article {
	arts := testcorpus.Reuters(b, n)
	out := make([]*dyad.Article, len(arts))
	for i := range arts {
		out[i] = &arts[i]
	}
	return out
}

// BenchmarkStageReuters times each stage alone over the first 2,000
// Reuters articles, the stages before it having run once beforehand, and
// reports sentences/s per stage (run with -cpu 1 for one core).
func BenchmarkStageReuters(b *testing.B) {
	arts := loadReuters(b, 2000)
	z, err := newAnalyzer(nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for i, st := range z.Stages {
		b.Run(st.Name(), func(b *testing.B) {
			// Prepare the input of stage i: the analyses after stages 0..i-1.
			prepared := make([]*dyad.Analysis, len(arts))
			sentences := 0
			for k, art := range arts {
				a := &dyad.Analysis{Article: *art}
				for _, prev := range z.Stages[:i] {
					if err := prev.Run(ctx, a); err != nil {
						b.Fatal(err)
					}
				}
				prepared[k] = a
				sentences += len(a.Sentences)
			}
			if i == 0 {
				sentences = 0
				for _, art := range arts {
					a := &dyad.Analysis{Article: *art}
					st.Run(ctx, a)
					sentences += len(a.Sentences)
				}
			}
			work := make([]dyad.Analysis, len(prepared))
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				for k, a := range prepared {
					work[k] = *a
					// Each stage appends to its own lists: give it fresh ones.
					work[k].Mentions = append([]dyad.Mention(nil), a.Mentions...)
					work[k].Events = nil
				}
				b.StartTimer()
				for k := range work {
					if err := st.Run(ctx, &work[k]); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}
