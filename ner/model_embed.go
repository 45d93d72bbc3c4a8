//go:build !dyad_noner

package ner

import _ "embed"

// modelBin holds the tagger's weights, derived from the CoNLL-2003 data and
// so for research use only (NOTICE). Building with -tags dyad_noner leaves
// them out of the binary.
//
//go:embed model.bin
var modelBin []byte
