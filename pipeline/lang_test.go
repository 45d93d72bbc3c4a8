package pipeline

import (
	"context"
	"testing"

	"dyad"
)

// TestIngestLanguages stores articles in other languages without analysis
// and counts them by language; articles without a language, or in one of
// Languages (en-GB is en), are analysed.
func TestIngestLanguages(t *testing.T) {
	st := newMemory()
	in := &Ingester{Analyzer: NewAnalyzer(wordStage), Store: st.store(), BatchSize: 2, Languages: []string{"en"}}
	list := []*dyad.Article{
		{ID: "a", Text: "one two", Lang: ""},
		{ID: "b", Text: "un deux", Lang: "fr"},
		{ID: "c", Text: "one two three", Lang: "en-GB"},
		{ID: "d", Text: "eins zwei", Lang: "de"},
		{ID: "e", Text: "trois", Lang: "fr"},
	}
	sum, err := in.Run(context.Background(), sliceSource(list))
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 5 || sum.NotAnalysed != 3 || sum.Langs["fr"] != 2 || sum.Langs["de"] != 1 {
		t.Errorf("summary %+v", sum)
	}
	for id, analysed := range map[string]bool{"a": true, "b": false, "c": true, "d": false, "e": false} {
		a := st.byID[id]
		if a == nil {
			t.Fatalf("%s not stored", id)
		}
		if got := len(a.Sentences) > 0; got != analysed {
			t.Errorf("%s (%s): analysed %v, want %v", id, a.Article.Lang, got, analysed)
		}
	}
	// A second run changes nothing and counts nothing as not analysed.
	sum, err = in.Run(context.Background(), sliceSource(list))
	if err != nil || sum.Unchanged != 5 || sum.NotAnalysed != 0 {
		t.Errorf("second run: %+v, %v", sum, err)
	}
}
