package syntax

import (
	"fmt"
	"strings"
)

// Scores are the accuracies of predicted analyses against gold ones by the
// rules of the CoNLL 2018 shared task on gold tokenisation, where every word
// is aligned and precision, recall and F1 are all the same accuracy. Each is
// the fraction of words, punctuation included, that get the thing right:
//
//   - UPOS, XPOS: the tag.
//   - Lemma: the lemma, exact string; a gold lemma of "_" counts as right.
//   - UAS: the head.
//   - LAS: the head and the universal part of the relation, before any ':'
//     ("obl:tmod" and "obl" are equal).
//   - LASFull: the head and the whole relation with its subtype.
type Scores struct {
	Words, Sentences                     int
	UPOS, XPOS, Lemma, UAS, LAS, LASFull float64
}

// Score compares predicted sentences with gold ones, word by word. The two
// must hold the same sentences with the same number of words each; Score
// returns an error naming the first sentence where they do not. Forms are not
// compared.
func Score(gold, pred []Sentence) (Scores, error) {
	if len(gold) != len(pred) {
		return Scores{}, fmt.Errorf("score: %d gold sentences, %d predicted", len(gold), len(pred))
	}
	var n, upos, xpos, lemma, uas, las, lasFull int
	for i := range gold {
		g, p := gold[i].Words, pred[i].Words
		if len(g) != len(p) {
			return Scores{}, fmt.Errorf("score: sentence %d (%s): %d gold words, %d predicted",
				i+1, sentenceName(&gold[i]), len(g), len(p))
		}
		for j := range g {
			gw, pw := &g[j], &p[j]
			n++
			if gw.UPOS == pw.UPOS {
				upos++
			}
			if gw.XPOS == pw.XPOS {
				xpos++
			}
			if gw.Lemma == "_" || gw.Lemma == pw.Lemma {
				lemma++
			}
			if gw.Head != pw.Head {
				continue
			}
			uas++
			if universalRel(gw.Rel) == universalRel(pw.Rel) {
				las++
			}
			if gw.Rel == pw.Rel {
				lasFull++
			}
		}
	}
	s := Scores{Words: n, Sentences: len(gold)}
	if n > 0 {
		f := float64(n)
		s.UPOS = float64(upos) / f
		s.XPOS = float64(xpos) / f
		s.Lemma = float64(lemma) / f
		s.UAS = float64(uas) / f
		s.LAS = float64(las) / f
		s.LASFull = float64(lasFull) / f
	}
	return s, nil
}

// universalRel returns the universal part of a relation, before its
// language-specific subtype: "nsubj" for "nsubj:pass".
func universalRel(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// sentenceName names a sentence in messages: its id, or the line it starts
// on when it has none.
func sentenceName(s *Sentence) string {
	if s.ID != "" {
		return s.ID
	}
	if s.Line > 0 {
		return fmt.Sprintf("line %d", s.Line)
	}
	return "no id"
}
