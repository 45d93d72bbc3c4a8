package ner_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
	"dyad/gazetteer"
	"dyad/ner"
	"dyad/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden tags every testdata/articles/NAME.txt after segment and the
// gazetteer, and compares the merged mentions with NAME.golden.json.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no test articles")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			a := &dyad.Analysis{Article: dyad.Article{ID: name, Text: string(b)}}
			for _, st := range []dyad.Stage{segment.Stage(), gazetteer.Stage(), ner.Stage()} {
				if err := st.Run(t.Context(), a); err != nil {
					t.Fatalf("%s: %v", st.Name(), err)
				}
			}
			checkMentions(t, a.Article.Text, a.Mentions)
			got, err := json.MarshalIndent(a.Mentions, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(file, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if d := cmp.Diff(string(want), string(got)); d != "" {
				t.Errorf("mentions differ from %s (-want +got; run go test -update and review the diff):\n%s", golden, d)
			}
		})
	}
}
