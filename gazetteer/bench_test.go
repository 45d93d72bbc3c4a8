package gazetteer_test

import (
	"context"
	"testing"

	"dyad"
	"dyad/gazetteer"
	"dyad/internal/testcorpus"
	"dyad/segment"
)

// BenchmarkSegmentGazetteer runs the segment and gazetteer stages over the
// first 2,000 articles of the Reuters corpus and reports sentences, tokens
// and mentions per second.
func BenchmarkSegmentGazetteer(b *testing.B) {
	texts := testcorpus.Texts(b, 2000)
	stages := []dyad.Stage{segment.Stage(), gazetteer.Stage()}
	ctx := context.Background()
	var sents, toks, ments int
	for b.Loop() {
		sents, toks, ments = 0, 0, 0
		for _, t := range texts {
			a := &dyad.Analysis{Article: dyad.Article{Text: t}}
			for _, st := range stages {
				if err := st.Run(ctx, a); err != nil {
					b.Fatal(err)
				}
			}
			sents, toks, ments = sents+len(a.Sentences), toks+len(a.Tokens), ments+len(a.Mentions)
		}
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sents)/sec, "sentences/s")
	b.ReportMetric(float64(toks)/sec, "tokens/s")
	b.ReportMetric(float64(ments), "mentions")
}

// BenchmarkMatch measures the gazetteer alone over pre-segmented articles.
func BenchmarkMatch(b *testing.B) {
	texts := testcorpus.Texts(b, 2000)
	toks := make([][]dyad.Token, len(texts))
	n := 0
	for i, t := range texts {
		toks[i] = segment.Tokens(t, segment.Sentences(t))
		n += len(toks[i])
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			gazetteer.Match(t, toks[i])
		}
	}
	b.ReportMetric(float64(n)/(b.Elapsed().Seconds()/float64(b.N)), "tokens/s")
}

// BenchmarkInit measures building the tables and the matcher, which
// package init does once.
func BenchmarkInit(b *testing.B) {
	for b.Loop() {
		gazetteer.Rebuild()
	}
}
