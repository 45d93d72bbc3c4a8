package syntax

// Word is one syntactic word of a sentence with its analysis, in the shape of
// a CoNLL-U line: form, lemma, universal and treebank-specific part of
// speech, head and relation. Head is the 0-based index of the head word in
// the same sentence, or -1 for the root of the sentence; Rel is a Universal
// Dependencies relation with its subtype ("nsubj", "obl:agent", "root").
type Word struct {
	Form  string
	Lemma string
	UPOS  string
	XPOS  string
	Feats string
	Head  int
	Rel   string
}

// Sentence is one sentence of a treebank: an identifier, its text when the
// file gives one, and its words in order. Line is the line of the file the
// sentence starts on, for messages.
type Sentence struct {
	ID    string
	Text  string
	Line  int
	Words []Word
}

// Forms returns the word forms of s.
func (s *Sentence) Forms() []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}
