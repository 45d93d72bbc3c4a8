package events

import (
	"context"
	"strings"
	"testing"
)

// TestLexiconPatterns reads a small verb dictionary: verbs dyad's patterns
// lack become patterns of their block's code, coded only where the parse
// gives source and target.
func TestLexiconPatterns(t *testing.T) {
	dict := `---  RANSACK   [171]  ---
RANSACK
PILLAGE {PILLAGES PILLAGING PILLAGED}
---  ATTACK   [190]  ---
ATTACK
---  PONDER   [---]  ---
PONDER
`
	d, warns, err := ReadVerbDict(strings.NewReader(dict), "v.txt")
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	p, n, err := LexiconPatterns(d, DefaultPatterns())
	if err != nil {
		t.Fatal(err)
	}
	// "attack" begins built-in patterns, "ponder" has no code
	if n != 2 {
		t.Errorf("%d verbs, want 2 (ransack, pillage)", n)
	}
	for _, w := range []string{"ransacked", "pillaged", "pillages"} {
		if !p.begins(w) {
			t.Errorf("%q begins no pattern", w)
		}
	}
	if p.begins("attack") || p.begins("ponder") {
		t.Error("a verb the built-in patterns have, or one without a code, became a pattern")
	}
	all := Merge(DefaultPatterns(), p)

	a := build("Rebels ransacked Mali .", "Rebels=---REB; Mali=MLI")
	withParse(t, a, "2:nsubj:NOUN 0:root:VERB 2:obj:PROPN 2:punct:PUNCT")
	if err := Stage(all).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Events) != 1 || eventKey(a.Events[0]) != "---REB MLI 171" {
		t.Errorf("with a parse: %+v, want ---REB MLI 171", a.Events)
	}
	// without a parse, word order does not code a verb of the lexicon
	b := build("Rebels ransacked Mali .", "Rebels=---REB; Mali=MLI")
	if err := Stage(all).Run(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	if len(b.Events) != 0 {
		t.Errorf("without a parse: %+v, want none", b.Events)
	}
}
