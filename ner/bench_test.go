package ner_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"testing"
	"time"

	"dyad"
	"dyad/gazetteer"
	"dyad/internal/sharedtest"
	"dyad/ner"
	"dyad/segment"
)

// corpusPath is the shared benchmark corpus, relative to this package.
const corpusPath = "../../shared/corpus/reuters21578.jsonl"

// article is one segmented article of the corpus with its gazetteer
// mentions.
type article struct {
	text  string
	sents []dyad.Sentence
	toks  []dyad.Token
	known []dyad.Mention
}

// loadCorpus reads, segments and matches the first n articles of the
// corpus, or skips the benchmark when the corpus is missing.
func loadCorpus(b *testing.B, n int) (arts []article, sents int) {
	b.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		sharedtest.Missing(b, corpusPath, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for len(arts) < n && sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		ss := segment.Sentences(rec.Text)
		toks := segment.Tokens(rec.Text, ss)
		arts = append(arts, article{rec.Text, ss, toks, gazetteer.Match(rec.Text, toks)})
		sents += len(ss)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return arts, sents
}

// BenchmarkTag tags the first 2,000 articles of the Reuters corpus, already
// segmented and matched, and reports sentences per second.
func BenchmarkTag(b *testing.B) {
	arts, sents := loadCorpus(b, 2000)
	if _, err := ner.Default(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	best := time.Duration(1<<63 - 1)
	for b.Loop() {
		t := time.Now()
		for _, a := range arts {
			ner.Tag(a.text, a.toks, a.known)
		}
		best = min(best, time.Since(t))
	}
	b.ReportMetric(float64(sents*b.N)/time.Since(start).Seconds(), "sents/s")
	// The fastest pass: on a shared machine, the least disturbed one.
	b.ReportMetric(float64(sents)/best.Seconds(), "best-sents/s")
}

// BenchmarkSegmentGazetteer runs segment and the gazetteer over the same
// articles: the cost BenchmarkTag is compared with.
func BenchmarkSegmentGazetteer(b *testing.B) {
	arts, sents := loadCorpus(b, 2000)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		for _, a := range arts {
			toks := segment.Tokens(a.text, segment.Sentences(a.text))
			gazetteer.Match(a.text, toks)
		}
	}
	b.ReportMetric(float64(sents*b.N)/time.Since(start).Seconds(), "sents/s")
}

// BenchmarkReadModel loads the embedded model, as the first Tag does.
func BenchmarkReadModel(b *testing.B) {
	m, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ner.ReadModel(bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}
