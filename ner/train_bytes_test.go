package ner

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"dyad"
)

// TestTrainBytes fixes the bytes of models trained on a few hand-tagged
// sentences (tokens split at spaces, no gazetteer), under configurations
// that exercise every step of Train: feature counts, pruning, clipping.
// A change of Train or of the features that changes what it learns shows
// here; the committed model.bin is rewritten byte for byte by
// ner/cmd/train only while these hold.
func TestTrainBytes(t *testing.T) {
	tests := []struct {
		cfg  TrainConfig
		want string // first 16 hex digits of the SHA-256 of the model
	}{
		{TrainConfig{Epochs: 5, Seed: 1}, "25ec04b016ff4ea3"},
		{TrainConfig{Epochs: 4, Seed: 7, MinCount: 2, Prune: 0.05, ClipQuantile: 0.9}, "3a6e2220a15da7d5"},
	}
	for _, tt := range tests {
		m, err := Train(context.Background(), spaceExamples(), tt.cfg)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if _, err := m.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256([]byte(b.String()))
		if got := hex.EncodeToString(sum[:8]); got != tt.want {
			t.Errorf("%+v: model %s, want %s", tt.cfg, got, tt.want)
		}
	}
}

// spaceExamples are hand-tagged sentences whose tokens are split at
// spaces, so that they depend on no other package.
func spaceExamples() []Example {
	var out []Example
	for _, s := range []struct{ text, tags string }{
		{"John Smith visited Paris .", "B-PER I-PER O B-LOC O"},
		{"Mary Jones joined Acme Corp in London .", "B-PER I-PER O B-ORG I-ORG O B-LOC O"},
		{"Acme Corp hired Peter Brown .", "B-ORG I-ORG O B-PER I-PER O"},
		{"Officials in Rome praised Globex Inc .", "O O B-LOC O B-ORG I-ORG O"},
		{"the market fell .", "O O O O"},
		{"SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", "O O B-LOC O O O O B-LOC O O O O"},
		{"Shares of Globex rose 3.5 percent on Monday in New York .", "O O B-ORG O O O O O O B-LOC I-LOC O"},
		{"Smith , 42 , told Reuters that Brown 's firm would bid .", "B-PER O O O O B-ORG O B-PER O O O O O"},
	} {
		var toks []dyad.Token
		off := 0
		for _, w := range strings.Fields(s.text) {
			toks = append(toks, dyad.Token{Start: off, End: off + len(w)})
			off += len(w) + 1
		}
		out = append(out, Example{Text: s.text, Tokens: toks, Tags: strings.Fields(s.tags)})
	}
	return out
}
