package stages

import (
	"slices"
	"testing"

	"dyad/ner"
)

func names(t *testing.T, o Options) []string {
	t.Helper()
	z, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, st := range z.Stages {
		out = append(out, st.Name())
	}
	return out
}

func TestNewOrder(t *testing.T) {
	want := []string{"segment", "gazetteer", "ner", "actors", "annotate", "syntax", "events"}
	if !ner.Builtin() {
		want = slices.Delete(want, 2, 3)
	}
	if got := names(t, Options{}); !slices.Equal(got, want) {
		t.Errorf("stages %v, want %v", got, want)
	}
	if got := names(t, Options{NoNER: true}); slices.Contains(got, "ner") {
		t.Errorf("NoNER: stages %v", got)
	}
}
