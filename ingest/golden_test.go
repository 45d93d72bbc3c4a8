package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden reads the folder testdata/in and compares every article and
// skip, in order, with testdata/in.golden.jsonl.
func TestGolden(t *testing.T) {
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	opt := Options{OnSkip: func(e *dyad.InputError) {
		e.Name = filepath.ToSlash(e.Name)
		enc.Encode(map[string]string{"skip": e.Error()})
	}}
	err := Read(context.Background(), []string{"testdata/in"}, opt, func(a *dyad.Article) error {
		checkArticle(t, a)
		return enc.Encode(a)
	})
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "in.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(want), out.String()); d != "" {
		t.Errorf("output differs from %s (-want +got, run with -update to rewrite):\n%s", golden, d)
	}
}
