package gazetteer_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"dyad"
	"dyad/gazetteer"
	"dyad/internal/sharedtest"
	"dyad/segment"
)

// corpusPath is the shared benchmark corpus, relative to this package.
const corpusPath = "../../shared/corpus/reuters21578.jsonl"

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

// BenchmarkSegmentGazetteer runs the segment and gazetteer stages over the
// first 2,000 articles of the Reuters corpus and reports sentences, tokens
// and mentions per second.
func BenchmarkSegmentGazetteer(b *testing.B) {
	texts := loadCorpus(b, 2000)
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
	texts := loadCorpus(b, 2000)
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
