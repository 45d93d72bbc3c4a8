//go:build dyad_noner

package main

import (
	"slices"
	"strings"
	"testing"

	"dyad/ner"
)

// TestBuildWithoutNER runs under -tags dyad_noner (.ci/run): the binary
// holds no NER weights, the ner stage is left out whatever --ner says, and
// the rest of the analysis works.
func TestBuildWithoutNER(t *testing.T) {
	if ner.Builtin() {
		t.Fatal("ner.Builtin() under -tags dyad_noner")
	}
	for _, d := range []*dictFlags{nil, {}, {nerOff: true}} {
		z, err := newAnalyzer(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range z.Stages {
			if st.Name() == "ner" {
				t.Errorf("newAnalyzer(%+v) runs the ner stage", d)
			}
		}
	}
	out := mustRun(t, nerText, "code", "--format", "jsonl", "-")
	if got := people(t, out); slices.Contains(got, "John Smithers") {
		t.Errorf("people %v without the tagger", got)
	}
	if !strings.Contains(out, `"source":"RUSMIL"`) {
		t.Errorf("no events without the tagger: %s", out)
	}
}
