package ner

import "strings"

// Info describes the built-in model, for "dyad version".
type Info struct {
	Format  string `json:"format"`  // the model file's format and feature version; "" when there is no model
	Data    string `json:"data"`    // what the weights were trained on
	Licence string `json:"licence"` // the terms of the weights
}

// ModelInfo describes the model built into the binary. Its Format is ""
// in a binary built with -tags dyad_noner, which holds none.
func ModelInfo() Info {
	if !Builtin() {
		return Info{Data: "none: built with -tags dyad_noner", Licence: "none"}
	}
	return Info{
		Format: strings.TrimSpace(magic),
		Data:   "CoNLL-2003 English training data (train.txt; Reuters RCV1 news)",
		Licence: "research use only, under the RCV1 and CoNLL-2003 terms (NOTICE); " +
			"--ner=off does without the weights, -tags dyad_noner builds a binary without them",
	}
}
