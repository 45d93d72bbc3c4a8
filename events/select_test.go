package events

import (
	"strings"
	"testing"
)

// TestSentencesIfVerb checks what the selection asks to parse, and why.
func TestSentencesIfVerb(t *testing.T) {
	const actors = "Gondor=GON; Mordor=MOR; Rohan=ROH"
	for _, tc := range []struct {
		text   string
		keep   bool
		ifVerb string // the words whose tag as a verb decides, space-separated
	}{
		// two actors and a pattern that codes
		{"Gondor attacked Mordor .", true, ""},
		// a verb of saying codes nothing itself: what was said may
		{"Gondor said Mordor was calm .", false, ""},
		// unless it is a passive with its agent
		{"A truce was declared by Gondor and Mordor .", true, ""},
		// one actor: only force or a protest, with its actor before it
		// or as its agent, can be an event
		{"Gondor shelled the town .", true, ""},
		{"The town was shelled by Gondor .", true, ""},
		{"Two hostages were killed in Gondor .", true, ""},
		{"The town welcomed Gondor .", false, ""},
		// "government" before a word that may be a verb may be an actor:
		// "helped the government rebuild"
		{"Gondor helped the government rebuild .", true, ""},
		// no pattern of dyad's own, a verb of the lexicon: parsed when
		// the tagger reads it as a verb
		{"Gondor bought Rohan wheat .", false, "bought"},
		{"No actor bought wheat .", false, ""},
	} {
		a := build(tc.text, actors)
		keep, ifVerb := NewCandidates(nil).SentencesIfVerb(a)
		if len(keep) != 1 || keep[0] != tc.keep {
			t.Errorf("%q: keep %v, want %v", tc.text, keep, tc.keep)
		}
		var words []string
		if len(ifVerb) > 0 {
			for _, k := range ifVerb[0] {
				tk := a.Tokens[k]
				words = append(words, tc.text[tk.Start:tk.End])
			}
		}
		if got := strings.Join(words, " "); got != tc.ifVerb {
			t.Errorf("%q: parsed if a verb: %q, want %q", tc.text, got, tc.ifVerb)
		}
		sel := NewCandidates(nil).Sentences(a)
		if want := tc.keep || tc.ifVerb != ""; sel[0] != want {
			t.Errorf("%q: Sentences %v, want %v", tc.text, sel, want)
		}
	}
}
