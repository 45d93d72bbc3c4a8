package events

import "testing"

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
}

func TestPrecisionRec4(t *testing.T) { runRecall(t, precisionRec4Cases, nil) }
