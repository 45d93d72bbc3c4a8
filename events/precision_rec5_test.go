package events

import "testing"

// precisionRec5Cases are sentences written for these tests, of kinds the
// coder misread in a fifth sample of Reuters events.
var precisionRec5Cases = []recallCase{
	// a sanction ordered is imposed (163): no demand made of anyone (the
	// lexicon's 100 for "order"), nor a review (its 090 for "* sanctions");
	// the noun "order" is no such verb: the order to impose keeps its 163
	// (hypothetical, an act ordered and yet to be done)
	{"tariffs ordered on", "The tariffs Reagan ordered on Brazilian shoes will take effect on Monday.",
		"Reagan=USAGOV; Brazilian=BRA", []string{"USAGOV BRA 163"},
		"2:det:DET/DT 9:nsubj:NOUN/NNS 4:nsubj:PROPN/NNP 2:acl:relcl:VERB/VBD 7:case:ADP/IN 7:amod:ADJ/JJ 4:obl:NOUN/NNS 9:aux:AUX/MD 0:root:VERB/VB 9:obj:NOUN/NN 12:case:ADP/IN 9:obl:PROPN/NNP 9:punct:PUNCT/."},
	{"ordered tariffs on", "Reagan ordered high tariffs on Brazilian shoes.", "Reagan=USAGOV; Brazilian=BRA",
		[]string{"USAGOV BRA 163"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:amod:ADJ/JJ 2:obj:NOUN/NNS 7:case:ADP/IN 7:amod:ADJ/JJ 4:nmod:NOUN/NNS 2:punct:PUNCT/."},
	{"ordered sanctions against", "Reagan ordered sanctions against Cuba.", "Reagan=USAGOV; Cuba=CUB",
		[]string{"USAGOV CUB 163"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:NOUN/NNS 5:case:ADP/IN 3:nmod:PROPN/NNP 2:punct:PUNCT/."},
	{"order to impose", "Friday's order by Reagan to impose duties on Brazilian shoes angered Brazil.",
		"Reagan=USAGOV; Brazilian=BRA; Brazil=BRA", []string{"USAGOV BRA 163 hyp"},
		"3:nmod:poss:PROPN/NNP 1:case:PART/POS 12:nsubj:NOUN/NN 5:case:ADP/IN 3:nmod:PROPN/NNP 7:mark:PART/TO 3:acl:VERB/VB 7:obj:NOUN/NNS 11:case:ADP/IN 11:amod:ADJ/JJ 8:nmod:NOUN/NNS 0:root:VERB/VBD 12:obj:PROPN/NNP 12:punct:PUNCT/."},
}

func TestPrecisionRec5(t *testing.T) {
	runRecall(t, precisionRec5Cases, nil)
}
