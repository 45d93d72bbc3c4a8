package main

import (
	"context"
	"testing"
	"time"
	"unicode/utf8"

	"dyad"
	"dyad/syntax"
)

// FuzzAnalyze runs the whole analysis over arbitrary text: no stage may
// panic (the pipeline would turn a panic into a skipped article, which
// this test reports as a failure), and every span must lie inside the
// text and every event must carry a code. The syntax stage is run once
// more over every sentence, not only the selected ones: each parse must be
// a tree over words that lie in order inside their sentence.
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
	m, err := syntax.Default()
	if err != nil {
		f.Fatal(err)
	}
	parseAll := syntax.Stage(m, nil)
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
		checkSyntax(t, a)
		if err := parseAll.Run(context.Background(), a); err != nil {
			t.Fatalf("parsing every sentence: %v", err)
		}
		checkSyntax(t, a)
	})
}

// checkSyntax checks every parse of a: an existing sentence, in order;
// words in order inside it, with the article's text; heads inside the
// sentence, exactly one root, no cycle.
func checkSyntax(t *testing.T, a *dyad.Analysis) {
	t.Helper()
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	prev := -1
	for _, p := range a.Syntax {
		if p.Sentence <= prev || p.Sentence >= len(a.Sentences) {
			t.Fatalf("parse of sentence %d after sentence %d, of %d", p.Sentence, prev, len(a.Sentences))
		}
		prev = p.Sentence
		s := a.Sentences[p.Sentence]
		end, roots := s.Start, 0
		for i, w := range p.Words {
			if w.Start < end || w.Start >= w.End || w.End > s.End || w.Text != a.Article.Text[w.Start:w.End] {
				t.Fatalf("sentence %d [%d, %d): word %d %+v out of place", p.Sentence, s.Start, s.End, i, w)
			}
			end = w.End
			if w.Head == -1 {
				roots++
			} else if w.Head < 0 || w.Head >= len(p.Words) {
				t.Fatalf("sentence %d: word %d %q has head %d of %d words", p.Sentence, i, w.Text, w.Head, len(p.Words))
			}
		}
		if roots != 1 {
			t.Fatalf("sentence %d: %d roots", p.Sentence, roots)
		}
		for i := range p.Words {
			j, n := i, 0
			for j != -1 {
				if n++; n > len(p.Words) {
					t.Fatalf("sentence %d: word %d is in a cycle", p.Sentence, i)
				}
				j = p.Words[j].Head
			}
		}
	}
}
