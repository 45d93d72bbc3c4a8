package events

import (
	"slices"
	"testing"
)

func TestTriggersAndAgentWords(t *testing.T) {
	tr := DefaultPatterns().Triggers()
	for _, w := range []string{"attacked", "signed", "accused", "met"} {
		if _, ok := slices.BinarySearch(tr, w); !ok {
			t.Errorf("Triggers lacks %q", w)
		}
	}
	for _, w := range []string{"the", "china", "Attacked"} {
		if _, ok := slices.BinarySearch(tr, w); ok {
			t.Errorf("Triggers holds %q", w)
		}
	}
	ag := AgentWords()
	for _, w := range []string{"rebels", "police", "riot", "prime"} {
		if _, ok := slices.BinarySearch(ag, w); !ok {
			t.Errorf("AgentWords lacks %q", w)
		}
	}
	if !slices.IsSorted(tr) || !slices.IsSorted(ag) {
		t.Error("not sorted")
	}
	t.Logf("%d trigger words, %d agent words", len(tr), len(ag))
}
