package syntax

import (
	"math"
	"testing"
)

func TestScore(t *testing.T) {
	// w builds a word from its lemma, tags, 0-based head and relation.
	w := func(lemma, upos, xpos string, head int, rel string) Word {
		return Word{Form: "f", Lemma: lemma, UPOS: upos, XPOS: xpos, Head: head, Rel: rel}
	}
	gold := []Sentence{{ID: "a", Words: []Word{
		w("be", "AUX", "VBZ", 1, "cop"),
		w("good", "ADJ", "JJ", -1, "root"),
		w("_", "NOUN", "NN", 1, "obl:tmod"),
		w(".", "PUNCT", ".", 1, "punct"),
	}}}
	tests := []struct {
		name string
		pred []Word
		want Scores
	}{
		{"all right", gold[0].Words,
			Scores{Words: 4, Sentences: 1, UPOS: 1, XPOS: 1, Lemma: 1, UAS: 1, LAS: 1, LASFull: 1}},
		{"subtype differs: LAS right, LASFull wrong", []Word{
			w("be", "AUX", "VBZ", 1, "cop"),
			w("good", "ADJ", "JJ", -1, "root"),
			w("x", "NOUN", "NN", 1, "obl"),
			w(".", "PUNCT", ".", 1, "punct"),
		}, Scores{Words: 4, Sentences: 1, UPOS: 1, XPOS: 1, Lemma: 1, UAS: 1, LAS: 1, LASFull: 0.75}},
		{"wrong head: relation does not count", []Word{
			w("be", "AUX", "VBZ", 1, "cop"),
			w("good", "ADJ", "JJ", -1, "root"),
			w("_", "NOUN", "NN", 1, "obl:tmod"),
			w(".", "PUNCT", ".", 2, "punct"),
		}, Scores{Words: 4, Sentences: 1, UPOS: 1, XPOS: 1, Lemma: 1, UAS: 0.75, LAS: 0.75, LASFull: 0.75}},
		{"wrong relation, right head", []Word{
			w("be", "AUX", "VBZ", 1, "aux"),
			w("good", "ADJ", "JJ", -1, "root"),
			w("_", "NOUN", "NN", 1, "obl:npmod"),
			w(".", "PUNCT", ".", 1, "punct"),
		}, Scores{Words: 4, Sentences: 1, UPOS: 1, XPOS: 1, Lemma: 1, UAS: 1, LAS: 0.75, LASFull: 0.5}},
		{"tags and lemmas", []Word{
			w("is", "VERB", "VBZ", 1, "cop"),
			w("good", "ADJ", "JJR", -1, "root"),
			w("anything", "PROPN", "NN", 1, "obl:tmod"),
			w(".", "PUNCT", ".", 1, "punct"),
		}, Scores{Words: 4, Sentences: 1, UPOS: 0.5, XPOS: 0.75, Lemma: 0.75, UAS: 1, LAS: 1, LASFull: 1}},
		{"lemma case matters", []Word{
			w("Be", "AUX", "VBZ", 1, "cop"),
			w("good", "ADJ", "JJ", -1, "root"),
			w("_", "NOUN", "NN", 1, "obl:tmod"),
			w(".", "PUNCT", ".", 1, "punct"),
		}, Scores{Words: 4, Sentences: 1, UPOS: 1, XPOS: 1, Lemma: 0.75, UAS: 1, LAS: 1, LASFull: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Score(gold, []Sentence{{Words: tt.pred}})
			if err != nil {
				t.Fatal(err)
			}
			if !scoresEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func scoresEqual(a, b Scores) bool {
	eq := func(x, y float64) bool { return math.Abs(x-y) < 1e-12 }
	return a.Words == b.Words && a.Sentences == b.Sentences &&
		eq(a.UPOS, b.UPOS) && eq(a.XPOS, b.XPOS) && eq(a.Lemma, b.Lemma) &&
		eq(a.UAS, b.UAS) && eq(a.LAS, b.LAS) && eq(a.LASFull, b.LASFull)
}

func TestScoreErrors(t *testing.T) {
	one := Sentence{ID: "s1", Words: []Word{{Form: "a", Head: -1}}}
	two := Sentence{ID: "s2", Words: []Word{{Form: "a", Head: -1}, {Form: "b"}}}
	noID := Sentence{Line: 12, Words: two.Words}
	tests := []struct {
		name       string
		gold, pred []Sentence
		want       string
	}{
		{"sentence count", []Sentence{one, two}, []Sentence{one},
			"score: 2 gold sentences, 1 predicted"},
		{"word count", []Sentence{one, two}, []Sentence{one, one},
			"score: sentence 2 (s2): 2 gold words, 1 predicted"},
		{"word count, no id", []Sentence{noID}, []Sentence{one},
			"score: sentence 1 (line 12): 2 gold words, 1 predicted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Score(tt.gold, tt.pred)
			if err == nil || err.Error() != tt.want {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestScoreEmpty(t *testing.T) {
	s, err := Score(nil, nil)
	if err != nil || s != (Scores{}) {
		t.Errorf("Score(nil, nil) = %+v, %v; want zero scores", s, err)
	}
}

// TestScoreDevAgainstItself checks that gold data scores 1 everywhere.
func TestScoreDevAgainstItself(t *testing.T) {
	dev := readCorpus(t, "dev.conllu")
	s, err := Score(dev, dev)
	if err != nil {
		t.Fatal(err)
	}
	want := Scores{Words: 25147, Sentences: 2001, UPOS: 1, XPOS: 1, Lemma: 1, UAS: 1, LAS: 1, LASFull: 1}
	if s != want {
		t.Errorf("got %+v, want %+v", s, want)
	}
}
