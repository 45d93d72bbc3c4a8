package actors_test

import (
	"context"
	"os"
	"testing"
	"time"

	"dyad"
	"dyad/actors"
	"dyad/gazetteer"
	"dyad/internal/sharedtest"
	"dyad/internal/testcorpus"
	"dyad/segment"
)

// runStages runs the stages over every article and returns the time spent
// in each stage, the sentences and the mentions.
func runStages(b *testing.B, arts []dyad.Article, stages []dyad.Stage) (spent []time.Duration, sents, ments int) {
	ctx := context.Background()
	spent = make([]time.Duration, len(stages))
	for _, x := range arts {
		a := &dyad.Analysis{Article: x}
		for i, st := range stages {
			t := time.Now()
			if err := st.Run(ctx, a); err != nil {
				b.Fatal(err)
			}
			spent[i] += time.Since(t)
		}
		sents, ments = sents+len(a.Sentences), ments+len(a.Mentions)
	}
	return spent, sents, ments
}

// BenchmarkActors runs segment, gazetteer and actors over the first 2,000
// Reuters articles, timing each stage, and reports sentences per second of
// the whole and the cost of the three stages against the first two alone
// ("full/base": 1.2 means the actors stage adds 20%).
func BenchmarkActors(b *testing.B) {
	arts := testcorpus.Reuters(b, 2000)
	stages := []dyad.Stage{segment.Stage(), gazetteer.Stage(), actors.Stage(actors.Default())}
	runStages(b, arts[:10], stages) // load the city table before timing
	var base, act time.Duration
	var sents, ments int
	for b.Loop() {
		var spent []time.Duration
		spent, sents, ments = runStages(b, arts, stages)
		base += spent[0] + spent[1]
		act += spent[2]
	}
	b.ReportMetric(float64(sents)/((base+act).Seconds()/float64(b.N)), "sentences/s")
	b.ReportMetric(float64(base+act)/float64(base), "full/base")
	b.ReportMetric(float64(ments), "mentions")
}

// BenchmarkDefault measures parsing the built-in people file.
func BenchmarkDefault(b *testing.B) {
	data, err := os.ReadFile("people.txt")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		d := actors.New()
		d.LoadPeople(bytesReader(data), "people.txt")
	}
}

// BenchmarkLoadPhoenix measures loading the Phoenix country actors file.
func BenchmarkLoadPhoenix(b *testing.B) {
	data, err := os.ReadFile(phoenixDir + "Phoenix.Countries.actors.txt")
	if err != nil {
		sharedtest.Missing(b, phoenixDir+"Phoenix.Countries.actors.txt", err)
	}
	for b.Loop() {
		d := actors.New()
		d.LoadPhoenixActors(bytesReader(data), "Phoenix.Countries.actors.txt")
	}
}
