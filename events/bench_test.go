package events

import (
	"context"
	"strings"
	"testing"

	"dyad"
)

// benchAnalyses builds articles of ten sentences each from the coder test
// table, n sentences in all.
func benchAnalyses(n int) []*dyad.Analysis {
	var out []*dyad.Analysis
	for made := 0; made < n; {
		var text strings.Builder
		var actors []string
		for k := 0; k < 10 && made < n; k, made = k+1, made+1 {
			tc := coderCases[made%len(coderCases)]
			if text.Len() > 0 {
				text.WriteByte(' ')
			}
			text.WriteString(tc.text)
			if tc.actors != "" {
				actors = append(actors, tc.actors)
			}
		}
		out = append(out, build(text.String(), strings.Join(actors, ";")))
	}
	return out
}

func BenchmarkCoder(b *testing.B) {
	as := benchAnalyses(1000)
	st := Stage(DefaultPatterns())
	ctx := context.Background()
	sents, events := 0, 0
	for _, a := range as {
		sents += len(a.Sentences)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		events = 0
		for _, a := range as {
			a.Events = a.Events[:0]
			if err := st.Run(ctx, a); err != nil {
				b.Fatal(err)
			}
			events += len(a.Events)
		}
	}
	b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(events), "events/op")
}

func BenchmarkLoadDefaultPatterns(b *testing.B) {
	for b.Loop() {
		if _, err := LoadPatterns(strings.NewReader(defaultPatternsText), "patterns.txt"); err != nil {
			b.Fatal(err)
		}
	}
}
