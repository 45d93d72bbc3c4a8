package stages

import (
	"context"
	"testing"

	"dyad"
	"dyad/actors"
	"dyad/annotate"
	"dyad/events"
	"dyad/gazetteer"
	"dyad/internal/testcorpus"
	"dyad/ner"
	"dyad/segment"
	"dyad/syntax"
)

// prepared runs the stages before syntax on n Reuters articles.
func prepared(b *testing.B, n int) ([]*dyad.Analysis, int) {
	b.Helper()
	list := []dyad.Stage{segment.Stage(), gazetteer.Stage()}
	if ner.Builtin() {
		list = append(list, ner.Stage())
	}
	list = append(list, actors.Stage(actors.Default()), annotate.Stage())
	var as []*dyad.Analysis
	sents := 0
	for _, art := range testcorpus.Reuters(b, n) {
		a := &dyad.Analysis{Article: art}
		for _, st := range list {
			if err := st.Run(context.Background(), a); err != nil {
				b.Fatal(err)
			}
		}
		as = append(as, a)
		sents += len(a.Sentences)
	}
	return as, sents
}

// BenchmarkEventsWithSyntax measures the event coder with the parse it
// reads: the syntax stage's selection, the parse of the selected sentences
// and the coder, on 1,000 Reuters articles, in sentences of the articles
// per second. BenchmarkEventsWordOrder is the coder alone on the same
// articles, the baseline of the same run.
func BenchmarkEventsWithSyntax(b *testing.B) {
	m, err := syntax.Default()
	if err != nil {
		b.Fatal(err)
	}
	pats := events.DefaultPatterns()
	benchStages(b, syntax.Stage(m, events.NewCandidates(pats)), events.Stage(pats))
}

func BenchmarkEventsWordOrder(b *testing.B) {
	benchStages(b, events.Stage(events.DefaultPatterns()))
}

func benchStages(b *testing.B, list ...dyad.Stage) {
	as, sents := prepared(b, 1000)
	ctx := context.Background()
	parsed, evs := 0, 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		parsed, evs = 0, 0
		for _, a := range as {
			a.Syntax, a.Events = a.Syntax[:0], a.Events[:0]
			for _, st := range list {
				if err := st.Run(ctx, a); err != nil {
					b.Fatal(err)
				}
			}
			parsed += len(a.Syntax)
			evs += len(a.Events)
		}
	}
	b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(parsed)/float64(sents), "parsed/sentence")
	b.ReportMetric(float64(evs), "events/op")
}
