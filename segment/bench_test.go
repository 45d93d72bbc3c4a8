package segment

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"dyad/internal/sharedtest"
)

// corpusPath is the shared benchmark corpus, relative to this package.
const corpusPath = "../../shared/corpus/reuters21578.jsonl"

// loadCorpus reads the text of the first n articles of the corpus, or skips
// the benchmark when the corpus is missing.
func loadCorpus(b *testing.B, n int) []string {
	b.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		sharedtest.Missing(b, corpusPath, err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for len(texts) < n && sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, rec.Text)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return texts
}

// BenchmarkSegment splits the first 2,000 articles of the Reuters corpus
// into sentences and tokens and reports sentences and tokens per second.
func BenchmarkSegment(b *testing.B) {
	texts := loadCorpus(b, 2000)
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
