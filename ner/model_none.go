//go:build dyad_noner

package ner

// modelBin is empty in a binary built with -tags dyad_noner, which holds
// none of the research-only weights (NOTICE): [Builtin] is false, [Default]
// fails, and dyad runs without the ner stage.
var modelBin []byte
