package events

import (
	"context"
	"strings"
	"testing"

	"dyad"
	"dyad/internal/sharedtest"
)

// testDict is a small verb dictionary in PETRARCH-2's format.
const testDict = `&FOOD
+FOOD
+RICE_
+BABY_FORMULA
&MILITARY
+TROOPS
---  RANSACK   [171]  ---
RANSACK
PILLAGE {PILLAGES PILLAGING PILLAGED}
---  SEND   [---]  ---
SEND {SENT}
DISPATCH
+HAND_OVER
- * &FOOD (TO +) [073]
- * TROOPS (TO) [0879]
- * (BY $) [042]
- &MILITARY * [154]
- * AID [070:071]
- * {&MILITARY AID} [0234]
- * [---:194]
---  PONDER   [---]  ---
PONDER
`

// TestWriteLexicon converts the test dictionary line by line: each verb
// alone with its code, each pattern from the verb with gaps between the
// words after it, a synset once, and what dyad's format cannot say left
// out and counted.
func TestWriteLexicon(t *testing.T) {
	d, warns, err := ReadVerbDict(strings.NewReader(testDict), "v.txt")
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	var b strings.Builder
	st, err := WriteLexicon(&b, d)
	if err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"synset &food {food|foods|rice|baby formula|baby formulas}\n",
		"171\t+ransack\t# v.txt:8\n",
		"171\t+pillage\t# v.txt:9\n",
		"synset &v-send {+send|+dispatch}\n",
		"---\t+send\t# v.txt:11\n",
		"---\t+hand over\t# v.txt:13\n",
		"073\t&v-send *3 &food *3 to _\t",
		"073\t+hand over *3 &food *3 to _\t",
		"087\t&v-send *3 troops *3 to\t",    // 0879 is not in the codebook: its parent
		"070:071\t&v-send *3 aid\t",         // [070:071]: the code in the passive voice after the colon
		"154\t&v-send !before=&military\t",  // "- &MILITARY * [154]"
		"0234\t&v-send *3 &military ~aid\t", // a synset in a noun phrase
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lexicon lacks %q:\n%s", want, out)
		}
	}
	want := map[string]int{"a source after the verb": 1, "nothing after the verb": 1}
	for r, n := range want {
		if st.Skipped[r] != n {
			t.Errorf("skipped for %q: %d, want %d (all: %v)", r, st.Skipped[r], n, st.Skipped)
		}
	}
	if st.Verbs != 6 || st.Patterns != 5 {
		t.Errorf("%d verbs, %d patterns; want 6, 5", st.Verbs, st.Patterns)
	}
	if strings.Contains(out, "&v-ransack") {
		t.Error("a verb set for a block without patterns")
	}
	// what it writes loads
	if _, err := LoadPatterns(strings.NewReader(out), "lexicon"); err != nil {
		t.Fatal(err)
	}
}

// TestLexiconPatterns codes with a dictionary alone: a verb of the
// lexicon is coded where the parse gives source and target, a pattern's
// words choose the code, and without a parse nothing is coded.
func TestLexiconPatterns(t *testing.T) {
	d, _, err := ReadVerbDict(strings.NewReader(testDict), "v.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := PatternsWith(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, mentions, parse string
		want                  []string
	}{
		{"Rebels ransacked Mali .", "Rebels=---REB; Mali=MLI",
			"2:nsubj:NOUN 0:root:VERB 2:obj:PROPN 2:punct:PUNCT", []string{"---REB MLI 171"}},
		{"Japan sent rice to Mali .", "Japan=JPN; Mali=MLI",
			"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 5:case:ADP 2:obl:PROPN 2:punct:PUNCT", []string{"JPN MLI 073"}},
		// a noun is no verb of the lexicon
		{"A Japan ransack of Mali .", "Japan=JPN; Mali=MLI",
			"3:det:DET 3:compound:PROPN 0:root:NOUN 5:case:ADP 3:nmod:PROPN 3:punct:PUNCT", nil},
	} {
		a := build(tc.text, tc.mentions)
		withParse(t, a, tc.parse)
		if err := Stage(p).Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range a.Events {
			got = append(got, eventKey(e))
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
	// a code the codebook lacks is kept as the dictionary writes it
	kp := dictPatterns(t, "---  BARGAIN   [174K]  ---\nBARGAIN\n")
	k := codeParsed(t, kp, "Rebels bargained Mali .", "Rebels=---REB; Mali=MLI", "2:nsubj:NOUN 0:root:VERB 2:obj:PROPN 2:punct:PUNCT")
	if len(k) != 1 || k[0].Code != "174K" || k[0].Root != "17" || k[0].Quad != 4 {
		t.Errorf("dictionary code: %+v, want 174K of root 17, quad 4", k)
	}
	for _, tc := range []struct{ dict, text, mentions, parse, want string }{
		// "- &MILITARY * [154]": the word before the verb chooses the code
		{"&MILITARY\n+TROOPS\n---  RUSH   [042]  ---\nRUSH\n- &MILITARY * [154]\n", "Chad rushed to Mali .",
			"Chad=TCD; Mali=MLI", "2:nsubj:PROPN 0:root:VERB 4:case:ADP 2:obl:PROPN 2:punct:PUNCT", "TCD MLI 042"},
		{"&MILITARY\n+TROOPS\n---  RUSH   [042]  ---\nRUSH\n- &MILITARY * [154]\n", "Chad troops rushed to Mali .",
			"Chad troops=TCDMIL; Mali=MLI", "2:compound:PROPN 3:nsubj:NOUN 0:root:VERB 5:case:ADP 3:obl:PROPN 3:punct:PUNCT", "TCDMIL MLI 154"},
		// "[active:passive]": the passive code where the parse reads the verb as passive
		{"---  RAID   [190:191]  ---\nRAID\n", "Rebels raided Mali .",
			"Rebels=---REB; Mali=MLI", "2:nsubj:NOUN 0:root:VERB 2:obj:PROPN 2:punct:PUNCT", "---REB MLI 190"},
		{"---  RAID   [190:191]  ---\nRAID\n", "Mali was raided by rebels .",
			"rebels=---REB; Mali=MLI", "3:nsubj:pass:PROPN 3:aux:pass:AUX 0:root:VERB 5:case:ADP 3:obl:agent:NOUN 3:punct:PUNCT", "---REB MLI 191"},
	} {
		evs := codeParsed(t, dictPatterns(t, tc.dict), tc.text, tc.mentions, tc.parse)
		if len(evs) != 1 || eventKey(evs[0]) != tc.want {
			t.Errorf("%s: %+v, want %s", tc.text, evs, tc.want)
		}
	}
	// without a parse, word order does not code a verb of the lexicon
	b := build("Rebels ransacked Mali .", "Rebels=---REB; Mali=MLI")
	if err := Stage(p).Run(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	if len(b.Events) != 0 {
		t.Errorf("without a parse: %+v, want none", b.Events)
	}
}

// TestLexiconGenerated checks that the committed lexicon.txt is what
// go generate writes from CAMEO.2.0.txt, and that it loads.
func TestLexiconGenerated(t *testing.T) {
	f := sharedtest.Open(t, "../../shared/reference/phoenix/CAMEO.2.0.txt")
	d, _, err := ReadVerbDict(f, "CAMEO.2.0.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if _, err := WriteLexicon(&b, d); err != nil {
		t.Fatal(err)
	}
	if b.String() != lexiconText {
		t.Error("events/lexicon.txt differs from what WriteLexicon makes of CAMEO.2.0.txt: run go generate ./events")
	}
	if BuiltinLexicon().Len() < 9000 {
		t.Errorf("built-in lexicon: %d patterns, want the whole dictionary", BuiltinLexicon().Len())
	}
}

// TestSelectionAfterParsedArticle selects sentences of an article with no
// parse after coding one with a parse: the scratch state of the first
// (its sentences' parses) must not leak into the second.
func TestSelectionAfterParsedArticle(t *testing.T) {
	for range 3 {
		a := build("The Calenardhon government ransacked Osgiliath .", "Calenardhon=CAL; Osgiliath=OSG")
		withParse(t, a, "3:det:DET 3:compound:PROPN 4:nsubj:NOUN 0:root:VERB 4:obj:PROPN 4:punct:PUNCT")
		if err := Stage(nil).Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		b := build("The Calenardhon government ransacked Osgiliath .", "Calenardhon=CAL; Osgiliath=OSG")
		if keep := NewCandidates(nil).Sentences(b); len(keep) != 1 || !keep[0] {
			t.Errorf("selection %v, want the one sentence", keep)
		}
	}
}

// TestMutualCodes: signing and meeting are done together, so a compound
// subject with no target acts both ways, for a verb of the lexicon too;
// cooperation when its words say it is joint. The lexicon's verbs of
// going and gathering (040) are mutual only when they are verbs of doing
// something together, or name a meeting.
func TestMutualCodes(t *testing.T) {
	const bare = "4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 4:punct:PUNCT"
	const joint = "4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 6:amod:ADJ 4:obj:NOUN 4:punct:PUNCT"
	for _, tc := range []struct {
		code, verb, text, parse string
		want                    []string
	}{
		{"057", "signed", "Chile and Peru signed .", bare, []string{"CHL PER 057", "PER CHL 057"}},
		{"040", "went", "Chile and Peru went .", bare, nil}, // going is no meeting of the two
		{"040", "opened", "Chile and Peru opened joint talks .", joint, []string{"CHL PER 040", "PER CHL 040"}},
		{"190", "fought", "Chile and Peru fought .", bare, nil},   // fighting names its target
		{"062", "drilled", "Chile and Peru drilled .", bare, nil}, // arming, buying: each on its own
		{"062", "drilled", "Chile and Peru drilled joint exercises .", joint, []string{"CHL PER 062", "PER CHL 062"}},
	} {
		v := strings.ToUpper(tc.verb)
		p := dictPatterns(t, "---  "+v+"   ["+tc.code+"]  ---\n"+v+"\n- * JOINT EXERCISES  ["+tc.code+"]\n- * JOINT TALKS  ["+tc.code+"]\n")
		lemma := map[string]string{"signed": "sign", "went": "go", "opened": "open", "fought": "fight", "drilled": "drill"}
		var got []string
		for _, e := range codeLemmas(t, p, tc.text, "Chile=CHL; Peru=PER", tc.parse, map[string]string{tc.verb: lemma[tc.verb]}) {
			got = append(got, eventKey(e))
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s %q: %v, want %v", tc.code, tc.text, got, tc.want)
		}
	}
}

// dictPatterns reads a verb dictionary given as text and returns its
// patterns alone (PatternsWith).
func dictPatterns(t *testing.T, dict string) *Patterns {
	t.Helper()
	d, _, err := ReadVerbDict(strings.NewReader(dict), "d.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := PatternsWith(d)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// codeParsed codes text, whose actors and parse the tests give, with p.
func codeParsed(t *testing.T, p *Patterns, text, actors, parse string) []dyad.Event {
	t.Helper()
	return codeLemmas(t, p, text, actors, parse, nil)
}

// codeLemmas is codeParsed with the lemmas of the parse's words, by word.
func codeLemmas(t *testing.T, p *Patterns, text, actors, parse string, lemmas map[string]string) []dyad.Event {
	t.Helper()
	a := build(text, actors)
	withParse(t, a, parse)
	for i := range a.Syntax[0].Words {
		w := &a.Syntax[0].Words[i]
		w.Lemma = lemmas[w.Text]
	}
	if err := Stage(p).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a.Events
}

// TestBareDefaultDropped: the verbs of general meaning lose the lexicon's
// code for the verb alone and keep their patterns with more words.
func TestBareDefaultDropped(t *testing.T) {
	defaultOnce.Do(loadDefaults)
	kept := map[string]bool{}
	for _, r := range lexRules {
		if len(r.items) == 1 && bareDefault[r.phrase] {
			t.Errorf("%s:%d: %q alone still codes %s", r.file, r.line, r.phrase, r.code.Code)
		}
		for v := range bareDefault {
			if strings.HasPrefix(r.phrase, v+" ") {
				kept[v] = true
			}
		}
	}
	for _, v := range []string{"+give", "+take"} {
		if !kept[v] {
			t.Errorf("no pattern of %s with more words is left", v)
		}
	}
}
