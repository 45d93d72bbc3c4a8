package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReuters(t *testing.T) {
	path := ReutersPath(t)
	if want := filepath.Join("..", "..", reuters); path != want { // from internal/testcorpus to the root
		t.Errorf("ReutersPath = %q from internal/testcorpus, want %q", path, want)
	}
	arts := Reuters(t, 3)
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3", len(arts))
	}
	for _, a := range arts {
		if a.ID == "" || a.Text == "" || a.Published.IsZero() {
			t.Errorf("article %+v lacks an ID, text or date", a)
		}
	}
	texts := Texts(t, 2)
	if len(texts) != 2 || texts[1] != arts[1].Text {
		t.Errorf("Texts(2) = %d texts, the second not the second article's", len(texts))
	}
}

// TestReutersPathFromAnywhere checks that the path is found from any
// directory of the module, as each package's benchmarks run in their own.
func TestReutersPathFromAnywhere(t *testing.T) {
	here := ReutersPath(t)
	abs, _ := filepath.Abs(here)
	t.Chdir("../..") // the module root
	got := ReutersPath(t)
	if gotAbs, _ := filepath.Abs(got); gotAbs != abs {
		t.Errorf("from the root: %q (%s), want %s", got, gotAbs, abs)
	}
	if _, err := os.Stat(got); err != nil {
		t.Error(err)
	}
}
