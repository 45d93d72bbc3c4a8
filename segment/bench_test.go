package segment

import (
	"testing"

	"dyad/internal/testcorpus"
)

// BenchmarkSegment splits the first 2,000 articles of the Reuters corpus
// into sentences and tokens and reports sentences and tokens per second.
func BenchmarkSegment(b *testing.B) {
	texts := testcorpus.Texts(b, 2000)
	var bytes int64
	for _, t := range texts {
		bytes += int64(len(t))
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	var sents, toks int
	for b.Loop() {
		sents, toks = 0, 0
		for _, t := range texts {
			s := Sentences(t)
			sents += len(s)
			toks += len(Tokens(t, s))
		}
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sents)/sec, "sentences/s")
	b.ReportMetric(float64(toks)/sec, "tokens/s")
}
