package events

import "testing"

// precisionRec6Cases are sentences written for these tests, of kinds the
// coder misread in a sample of Reuters events.
var precisionRec6Cases = []recallCase{
	// a gerund hung on a noun of intent or possibility is its matter, as
	// a noun is ("the possibility of sanctions"): not done; nor is what a
	// hindrance stands in the way of, and "no" on the hindrance denies
	// only the hindrance
	{"possibility of gerund", "Chile spoke of the possibility of resuming extending loans to Peru.", "Chile=CHL; Peru=PER",
		[]string{"CHL PER 071 hyp"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:case:ADP/IN 5:det:DET/DT 2:obl:NOUN/NN 7:mark:SCONJ/IN 5:acl:VERB/VBG 7:xcomp:VERB/VBG 8:obj:NOUN/NNS 11:case:ADP/IN 8:obl:PROPN/NNP 2:punct:PUNCT/."},
	{"no difficulty about gerund", "Chile saw no difficulty about Peru joining the talks with Bolivia.", "Chile=CHL; Peru=PER; Bolivia=BOL",
		[]string{"PER BOL 040 hyp"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:det:DET/DT 2:obj:NOUN/NN 7:mark:ADP/IN 7:nsubj:PROPN/NNP 4:acl:VERB/VBG 9:det:DET/DT 7:obj:NOUN/NNS 11:case:ADP/IN 7:obl:PROPN/NNP 2:punct:PUNCT/."},
}

func TestPrecisionRec6(t *testing.T) {
	runRecall(t, precisionRec6Cases, nil)
}
