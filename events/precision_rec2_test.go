package events

import "testing"

// precisionRec2Cases are sentences written for these tests, of kinds the
// coder misread in a sample of Reuters events: a word in a sense the CAMEO
// codebook does not give its code, and a phrase of "under" read as whom an
// act is done to.
var precisionRec2Cases = []recallCase{
	// a phrase of "under" names the rules an act follows, not whom it is
	// done to; an accord's partner named in it still is
	{"measures under rules", "Japan will consider measures under GATT rules.", "Japan=JPN; GATT=IGOBUSWTO", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 3:obj:NOUN/NNS 7:case:ADP/IN 7:compound:PROPN/NNP 4:nmod:NOUN/NNS 3:punct:PUNCT/."},
	{"under an agreement with", "Jamaica bought wheat under an agreement with Egypt.", "Jamaica=JAM; Egypt=EGY",
		[]string{"JAM EGY 061"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:PRON/WP 6:case:ADP/IN 6:det:DET/DT 3:nmod:NOUN/NN 8:case:ADP/IN 6:nmod:PROPN/NNP 2:punct:PUNCT/."},
}

func TestPrecisionRec2(t *testing.T) { runRecall(t, precisionRec2Cases, nil) }
