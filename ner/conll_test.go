package ner_test

import (
	"os"
	"testing"
	"time"

	"dyad"
	"dyad/evaluate"
	"dyad/gazetteer"
	"dyad/internal/sharedtest"
	"dyad/ner"
	"dyad/segment"
)

// devPath is the CoNLL-2003 development set, relative to this package.
const devPath = "../../shared/eval/conll2003/valid.txt"

// minDevF1 is the micro F1 over PER, ORG and LOC the tagger must reach on
// the development set (measured: 0.890).
const minDevF1 = 0.85

// TestCoNLLDev scores segment, gazetteer and ner together on the CoNLL-2003
// development set, the way `dyad eval ner` does: countries and places are
// LOC, nationalities (MISC there) are not scored.
func TestCoNLLDev(t *testing.T) {
	f, err := os.Open(devPath)
	if err != nil {
		sharedtest.Missing(t, devPath, err)
	}
	defer f.Close()
	sents, err := evaluate.ReadCoNLL(devPath, f)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	pred := make([][]evaluate.Entity, len(sents))
	for i := range sents {
		s := &sents[i]
		toks := segment.Tokens(s.Text, segment.Sentences(s.Text))
		ms := ner.Tag(s.Text, toks, gazetteer.Match(s.Text, toks))
		checkMentions(t, s.Text, ms)
		for _, m := range ms {
			typ := ""
			switch m.Kind {
			case dyad.KindPerson:
				typ = "PER"
			case dyad.KindOrg:
				typ = "ORG"
			case dyad.KindLocation, dyad.KindCountry:
				typ = "LOC"
			}
			if from, to, ok := s.TokenSpan(m.Start, m.End); ok && typ != "" {
				pred[i] = append(pred[i], evaluate.Entity{Type: typ, Start: from, End: to})
			}
		}
	}
	elapsed := time.Since(start)
	sc := evaluate.ScoreNER(sents, pred)
	t.Logf("%d sentences in %v", len(sents), elapsed)
	for _, typ := range evaluate.NERTypes {
		p := sc.Types[typ]
		t.Logf("%-5s tp %5d fp %5d fn %5d  P %.3f R %.3f F1 %.3f", typ, p.TP, p.FP, p.FN, p.Precision, p.Recall, p.F1)
	}
	m := sc.Micro
	t.Logf("micro tp %5d fp %5d fn %5d  P %.3f R %.3f F1 %.3f", m.TP, m.FP, m.FN, m.Precision, m.Recall, m.F1)
	if m.F1 < minDevF1 {
		t.Errorf("micro F1 %.3f < %.2f", m.F1, minDevF1)
	}
}
