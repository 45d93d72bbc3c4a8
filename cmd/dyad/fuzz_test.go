package main

import (
	"context"
	"testing"
	"time"
	"unicode/utf8"

	"dyad"
)

// FuzzAnalyze runs the whole analysis over arbitrary text: no stage may
// panic (the pipeline would turn a panic into a skipped article, which
// this test reports as a failure), and every span must lie inside the
// text and every event must carry a code.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint statement in Beijing on May 16.",
		`"Our cooperation is not directed against any third country," Putin told reporters.`,
		"Russian troops shelled Ukrainian positions on Monday, killing at least 12 people.",
		"U.S. Treasury officials met Mr. Wang on Jan. 5. Oil prices fell 2 pct.",
		"iSrael ChINA the Kremlin Gaza Strip 900,000 cars $3 billion ``quoted'' «x»",
		"", " ", "\n\n", "'s", "\"", "A. B. C.",
	} {
		f.Add(s)
	}
	z, err := newAnalyzer(nil)
	if err != nil {
		f.Fatal(err)
	}
	published := time.Date(2024, 5, 19, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // ingest rejects invalid UTF-8 before analysis
		}
		a, err := z.Analyze(context.Background(), &dyad.Article{ID: "fuzz", Text: text, Published: published})
		if err != nil {
			t.Fatalf("analysis failed: %v", err)
		}
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
	})
}
