package syntax

import "errors"

// Model is a trained tagger, lemmatiser and parser. A Model is safe for
// concurrent use.
type Model struct {
}

// Info describes a model: its format, the data it was trained on, its licence.
type Info struct {
	Format  string // model format and feature version, e.g. "dyad-syntax-1"
	Data    string // what it was trained on
	Licence string
}

// Default returns the model built into the binary, loaded once.
func Default() (*Model, error) { return nil, errors.New("syntax: no model yet") }

// Parse analyses one sentence given as its word forms and returns one Word
// per form with Lemma, UPOS, XPOS, Head and Rel filled.
func (m *Model) Parse(forms []string) []Word { return nil }

// Info describes the model.
func (m *Model) Info() Info { return Info{} }
