package syntax

import _ "embed"

// modelBin is the model built into the binary, written by
//
//	go run ./syntax/cmd/train
//
// from the repository root (see the package documentation).
//
//go:embed model.bin
var modelBin []byte
