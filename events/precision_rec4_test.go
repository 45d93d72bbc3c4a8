package events

import (
	"testing"

	"dyad"
)

// precisionRec4Cases are sentences written for these tests, of kinds the
// coder misread in a sample of Reuters events.
var precisionRec4Cases = []recallCase{
	// a flow of trade named by its noun is no act of economic cooperation
	// (061), however the tagger reads the noun; nor is the present of the
	// verb with no object, a habit. Goods exported or imported are.
	{"exports to, misread as a verb", "Chilean copper exports to Japan rose sharply last year.", "Chilean=CHL; Japan=JPN", nil,
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NN 0:root:VERB/VBZ 5:case:ADP/IN 3:obl:PROPN/NNP 3:xcomp:VERB/VBD 8:advmod:ADV/RB 9:amod:ADJ/JJ 6:obl:unmarked:NOUN/NN 3:punct:PUNCT/."},
	{"exports to at someone's expense", "Chile's exports to Japan have been at Peru's expense.", "Chile=CHL; Japan=JPN; Peru=PER", nil,
		"3:nsubj:PROPN/NNP 1:case:PART/POS 0:root:VERB/VBZ 5:case:ADP/IN 3:obl:PROPN/NNP 11:aux:AUX/VBP 11:cop:AUX/VBN 11:case:ADP/IN 11:nmod:poss:PROPN/NNP 9:case:PART/POS 3:obl:NOUN/NN 3:punct:PUNCT/."},
	{"exports to, a habit", "Chile exports to Peru and Japan.", "Chile=CHL; Peru=PER; Japan=JPN", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBZ 4:case:ADP/IN 2:obl:PROPN/NNP 6:cc:CCONJ/CC 4:conj:PROPN/NNP 2:punct:PUNCT/."},
	{"imports from, a habit", "Chile imports from Peru and Japan.", "Chile=CHL; Peru=PER; Japan=JPN", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBZ 4:case:ADP/IN 2:obl:PROPN/NNP 6:cc:CCONJ/CC 4:conj:PROPN/NNP 2:punct:PUNCT/."},
	{"exported copper to", "Chile exported copper to Japan.", "Chile=CHL; Japan=JPN", []string{"CHL JPN 061"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:NOUN/NN 5:case:ADP/IN 2:obl:PROPN/NNP 2:punct:PUNCT/."},
	{"imported copper from", "Chile imported copper from Japan.", "Chile=CHL; Japan=JPN", []string{"CHL JPN 061"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:NOUN/NN 5:case:ADP/IN 2:obl:PROPN/NNP 2:punct:PUNCT/."},
	// CAMEO's 14 is dissent by collective action; a state or its
	// government that protests complains officially (114), however the
	// tagger reads the word. People who protest still dissent.
	{"state protested to", "Chile protested to the United Nations over alleged violations of its airspace by Peruvian jets.",
		"Chile=CHL; United Nations=IGOUNO; Peruvian=PER", []string{"CHL IGOUNO 114"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 6:case:ADP/IN 6:det:DET/DT 6:amod:ADJ/NNP 2:obl:PROPN/NNPS 2:obl:NOUN/NNS 9:case:ADP/IN 7:nmod:NOUN/NNS 12:case:ADP/IN 12:nmod:poss:PRON/PRP$ 9:nmod:NOUN/NN 15:case:ADP/IN 15:amod:ADJ/JJ 9:nmod:NOUN/NNS 2:punct:PUNCT/."},
	{"state protested against a plan", "Chile has protested against the Peruvian plan to raise duties.", "Chile=CHL; Peruvian=PER",
		[]string{"CHL PER 114"},
		"3:nsubj:PROPN/NNP 3:aux:AUX/VBZ 0:root:VERB/VBN 7:case:ADP/IN 7:det:DET/DT 7:amod:ADJ/JJ 3:obl:NOUN/NN 9:mark:PART/TO 7:acl:VERB/VB 9:obj:NOUN/NNS 3:punct:PUNCT/."},
	{"government protests, tagged a noun", "The Chilean government strongly protests against the closing of Peruvian ports.",
		"Chilean government=CHLGOV; Peruvian=PER", []string{"CHLGOV PER 114"},
		"3:det:DET/DT 3:amod:ADJ/JJ 5:nsubj:NOUN/NN 5:advmod:ADV/RB 0:root:NOUN/NNS 8:case:ADP/IN 8:det:DET/DT 5:nmod:NOUN/NN 11:case:ADP/IN 11:amod:ADJ/JJ 8:nmod:NOUN/NNS 5:punct:PUNCT/."},
	{"farmers protested", "Chilean farmers protested against Peru's import policy.", "Chilean=CHL; Peru=PER",
		[]string{"CHLAGR PER 1412"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBN 8:case:ADP/IN 8:nmod:poss:PROPN/NNP 5:case:PART/POS 8:amod:ADJ/JJ 3:obl:NOUN/NN 3:punct:PUNCT/."},
	{"people of a country protested", "Chileans protested against Peru's import policy.", "Chileans=CHL#; Peru=PER",
		[]string{"CHL PER 1412"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 7:case:ADP/IN 7:nmod:poss:PROPN/NNP 4:case:PART/POS 7:amod:ADJ/JJ 2:obl:NOUN/NN 2:punct:PUNCT/."},
	// a city in a phrase of place is where words are said or help is
	// pledged, not to whom; visits to it, and protest and force in it,
	// keep their conventions
	{"demand in a city", "Peru and Chile may demand higher quotas in Vienna.", "Peru=PER; Chile=CHL; Vienna=AUT@", nil,
		"5:nsubj:PROPN/NNP 3:cc:CCONJ/CC 1:conj:PROPN/NNP 5:aux:AUX/MD 0:root:VERB/VB 7:amod:ADJ/JJR 5:obj:NOUN/NNS 9:case:ADP/IN 5:obl:PROPN/NNP 5:punct:PUNCT/."},
	{"criticised at a meeting in a city", "Chile criticised the plan at a meeting in Quito.", "Chile=CHL; Quito=ECU@", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:det:DET/DT 2:obj:NOUN/NN 7:case:ADP/IN 7:det:DET/DT 2:obl:NOUN/NN 9:case:ADP/IN 7:nmod:PROPN/NNP 2:punct:PUNCT/."},
	{"criticised someone in a city", "Chile criticised Peru's plan at a meeting in Quito.", "Chile=CHL; Peru=PER; Quito=ECU@",
		[]string{"CHL PER 111"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:nmod:poss:PROPN/NNP 3:case:PART/POS 2:obj:NOUN/NN 8:case:ADP/IN 8:det:DET/DT 2:obl:NOUN/NN 10:case:ADP/IN 8:nmod:PROPN/NNP 2:punct:PUNCT/."},
	{"arrived in a city", "Chile's minister arrived in Quito.", "Chile's minister=CHLGOV; Quito=ECU@", []string{"CHLGOV ECU 042"},
		"3:nmod:poss:PROPN/NNP 1:case:PART/POS 4:nsubj:NOUN/NN 0:root:VERB/VBD 6:case:ADP/IN 4:obl:PROPN/NNP 4:punct:PUNCT/."},
	// verbs in a sense CAMEO gives no code: to press on is to go on, to
	// demonstrate a thing is to show it, to mean a thing is to signify it.
	// Pressing someone, demonstrating against something and meaning to
	// act keep their codes.
	{"press on with", "Chile will press on with the sale of its bonds.", "Chile=CHL", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 3:compound:prt:ADP/RP 7:case:ADP/IN 7:det:DET/DT 3:obl:NOUN/NN 10:case:ADP/IN 10:nmod:poss:PRON/PRP$ 7:nmod:NOUN/NNS 3:punct:PUNCT/."},
	{"press ahead with", "Chile must press ahead with cuts in its tariffs.", "Chile=CHL", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 3:advmod:ADV/RB 6:case:ADP/IN 3:obl:NOUN/NNS 9:case:ADP/IN 9:nmod:poss:PRON/PRP$ 6:nmod:NOUN/NNS 3:punct:PUNCT/."},
	{"pressed someone to", "Chile pressed Peru to cut tariffs.", "Chile=CHL; Peru=PER", []string{"CHL PER 0211"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:PROPN/NNP 5:mark:PART/TO 2:xcomp:VERB/VB 5:obj:NOUN/NNS 2:punct:PUNCT/."},
	{"demonstrate a thing", "The Chilean minister's speech should demonstrate the depth of anger against Peru.",
		"Chilean minister=CHLGOV; Peru=PER", nil,
		"3:det:DET/DT 3:amod:ADJ/JJ 5:nmod:poss:NOUN/NN 3:case:PART/POS 7:nsubj:NOUN/NN 7:aux:AUX/MD 0:root:VERB/VB 9:det:DET/DT 7:obj:NOUN/NN 11:case:ADP/IN 9:nmod:NOUN/NN 13:case:ADP/IN 11:nmod:PROPN/NNP 7:punct:PUNCT/."},
	{"demonstrated against", "Chilean students demonstrated against Peru's policy.", "Chilean=CHL#; Peru=PER",
		[]string{"CHLEDU PER 1412"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 7:case:ADP/IN 7:nmod:poss:PROPN/NNP 5:case:PART/POS 3:obl:NOUN/NN 3:punct:PUNCT/."},
	{"means, signifies", "The Chilean move means trouble for Peru.", "Chilean=CHL#; Peru=PER", nil,
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBZ 4:obj:NOUN/NN 7:case:ADP/IN 5:nmod:PROPN/NNP 4:punct:PUNCT/."},
	{"means, signifies, for firms", "President Aylwin's plan means more work for Peruvian firms.",
		"President Aylwin=CHLGOV; Peruvian firms=PERBUS", nil,
		"2:compound:PROPN/NNP 4:nmod:poss:PROPN/NNP 2:case:PART/POS 5:nsubj:NOUN/NN 0:root:VERB/VBZ 7:amod:ADJ/JJR 5:obj:NOUN/NN 10:case:ADP/IN 10:amod:ADJ/JJ 7:nmod:NOUN/NNS 5:punct:PUNCT/."},
	// "no" for the determiner of the thing traded, given or imposed
	// denies the act
	{"conducts no trade with", "Chile conducts no trade with Peru.", "Chile=CHL; Peru=PER",
		[]string{"CHL PER 060 neg", "CHL PER 061 neg"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBZ 4:det:DET/DT 2:obj:NOUN/NN 6:case:ADP/IN 4:nmod:PROPN/NNP 2:punct:PUNCT/."},
	{"bought no wheat", "Chile has bought no Peruvian wheat for a year.", "Chile=CHL; Peruvian=PER#",
		[]string{"CHL PER 061 neg"},
		"3:nsubj:PROPN/NNP 3:aux:AUX/VBZ 0:root:VERB/VBN 6:det:DET/DT 6:amod:ADJ/JJ 3:obj:NOUN/NN 9:case:ADP/IN 9:det:DET/DT 6:nmod:NOUN/NN 3:punct:PUNCT/."},
	{"given no aid to", "Chile has given no aid to Peru.", "Chile=CHL; Peru=PER", []string{"CHL PER 070 neg"},
		"3:nsubj:PROPN/NNP 3:aux:AUX/VBZ 0:root:VERB/VBN 5:det:DET/DT 3:obj:NOUN/NN 7:case:ADP/IN 5:nmod:PROPN/NNP 3:punct:PUNCT/."},
	{"given aid to", "Chile has given aid to Peru.", "Chile=CHL; Peru=PER", []string{"CHL PER 070"},
		"3:nsubj:PROPN/NNP 3:aux:AUX/VBZ 0:root:VERB/VBN 3:obj:NOUN/NN 6:case:ADP/IN 4:nmod:PROPN/NNP 3:punct:PUNCT/."},
}

func TestPrecisionRec4(t *testing.T) { runRecall(t, precisionRec4Cases, nil) }

// TestInferNoDoer: force done by no one named (source "---": "nine
// villagers were killed in central Mali") takes no country from the place
// of the event, which would make the state its doer; the people it was
// done to, and armed men of no named country ("gunmen"), still do; an
// arrest no one names is the state's.
func TestInferNoDoer(t *testing.T) {
	for _, tc := range []struct {
		src, tgt   string
		want, code string // "SRC TGT inferred"
	}{
		{"---", "---CVL", "--- MLICVL target", "190"},
		{"---", "---COP", "--- MLICOP target", "193"},
		{"---UAF", "---CVL", "MLIUAF MLICVL both", "190"},
		{"---UAF", "MLICVL", "MLIUAF MLICVL source", "190"},
		// those arrested by no one named are the state's arrests
		{"---", "---CVL", "MLI MLICVL both", "173"},
	} {
		c := &coder{a: build("Nine villagers were killed in central Mali.", "")}
		ev := dyad.Event{Source: tc.src, Target: tc.tgt, Code: tc.code, Root: tc.code[:2], Place: &dyad.Place{Name: "Mopti", Country: "MLI"}}
		c.infer(&ev, 0, false, false)
		if got := ev.Source + " " + ev.Target + " " + ev.Inferred; got != tc.want {
			t.Errorf("%s %s: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}
