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
	// to recognise a fact, a need or a quality is to acknowledge it; CAMEO's
	// 054 recognises a state, a government or a body
	{"recognised the need", "France recognized the need for lower Brazilian prices.", "France=FRA; Brazilian=BRA", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:det:DET/DT 2:obj:NOUN/NN 8:case:ADP/IN 8:amod:ADJ/JJR 8:amod:ADJ/JJ 2:obl:NOUN/NNS 2:punct:PUNCT/."},
	{"recognised that", "Canada recognized that Mexico had a problem.", "Canada=CAN; Mexico=MEX", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:mark:SCONJ/IN 5:nsubj:PROPN/NNP 2:ccomp:VERB/VBD 7:det:DET/DT 5:obj:NOUN/NN 2:punct:PUNCT/."},
	{"recognised the importance", "He said Peru recognised the growing importance of the Chinese market.", "Peru=PER; Chinese=CHN", nil,
		"2:nsubj:PRON/PRP 0:root:VERB/VBD 4:nsubj:PROPN/NNP 2:ccomp:VERB/VBD 7:det:DET/DT 7:amod:VERB/VBG 4:obj:NOUN/NN 11:case:ADP/IN 11:det:DET/DT 11:amod:ADJ/JJ 7:nmod:NOUN/NN 2:punct:PUNCT/."},
	{"recognised a state", "Spain recognized Israel in 1986.", "Spain=ESP; Israel=ISR", []string{"ESP ISR 054"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:PROPN/NNP 5:case:ADP/IN 2:obl:NUM/CD 2:punct:PUNCT/."},
	{"recognised a government", "Canada recognized the new government of Chad.", "Canada=CAN; government of Chad=TCDGOV",
		[]string{"CAN TCDGOV 054"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:det:DET/DT 5:amod:ADJ/JJ 2:obj:NOUN/NN 7:case:ADP/IN 5:nmod:PROPN/NNP 2:punct:PUNCT/."},
	// accords, agreements and pacts reached are signed (057) in the plural
	// as in the singular; the lexicon's 0344 for a government reaching a
	// treaty does not take them
	{"reached accords with", "The Chilean government reached accords with Peru and Bolivia to cut their copper exports.",
		"Chilean government=CHLGOV; Peru=PER; Bolivia=BOL", []string{"CHLGOV PER 057", "CHLGOV BOL 057"},
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 4:obj:NOUN/NNS 7:case:ADP/IN 5:nmod:PROPN/NNP 9:cc:CCONJ/CC 7:conj:PROPN/NNP 11:mark:PART/TO 4:advcl:VERB/VB 15:nmod:poss:PRON/PRP$ 15:compound:NOUN/NN 11:obj:NOUN/NNS 4:punct:PUNCT/."},
	{"reached separate accords", "The government of Chile reached separate accords with Peru and Bolivia.",
		"government of Chile=CHLGOV; Peru=PER; Bolivia=BOL", []string{"CHLGOV PER 057", "CHLGOV BOL 057"},
		"2:det:DET/DT 5:nsubj:NOUN/NN 4:case:ADP/IN 2:nmod:PROPN/NNP 0:root:VERB/VBD 7:amod:ADJ/JJ 5:obj:NOUN/NNS 9:case:ADP/IN 7:nmod:PROPN/NNP 11:cc:CCONJ/CC 9:conj:PROPN/NNP 5:punct:PUNCT/."},
	// a government's protest is its complaint, never the public's dissent
	// (14): with no one named as its target it codes no dissent
	{"administration protested", "The Reagan administration protested the legality of the new tax law.",
		"Reagan administration=USAGOV", nil,
		"3:det:DET/DT 3:compound:PROPN/NNP 4:nsubj:NOUN/NN 0:root:VERB/VBD 6:det:DET/DT 4:obj:NOUN/NN 11:case:ADP/IN 11:det:DET/DT 11:amod:ADJ/JJ 11:compound:NOUN/NN 6:nmod:NOUN/NN 4:punct:PUNCT/."},
	{"expected to protest", "Baker is expected to protest about a spy ring in the embassy.", "Baker=USAGOV", nil,
		"3:nsubj:pass:PROPN/NNP 3:aux:pass:AUX/VBZ 0:root:VERB/VBN 5:mark:PART/TO 3:xcomp:VERB/VB 9:case:ADP/IN 9:det:DET/DT 9:compound:NOUN/NN 5:obl:NOUN/NN 12:case:ADP/IN 12:det:DET/DT 9:nmod:NOUN/NN 3:punct:PUNCT/."},
	{"government protested to", "The Chilean government protested to Peru over the ban.", "Chilean government=CHLGOV; Peru=PER",
		[]string{"CHLGOV PER 114"},
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 6:case:ADP/IN 4:obl:PROPN/NNP 9:case:ADP/IN 9:det:DET/DT 4:obl:NOUN/NN 4:punct:PUNCT/."},
	{"farmers protested", "Chilean farmers protested in Santiago.", "Chilean farmers=CHLAGR", []string{"CHLAGR --- 140"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 5:case:ADP/IN 3:obl:PROPN/NNP 3:punct:PUNCT/."},
	// to seek no confrontation is no intent to cooperate (the lexicon's 030
	// for "seek"); seeking talks stays an appeal for them (026)
	{"seek no confrontation", "Washington does not seek a military confrontation with Tehran.", "Washington=USA; Tehran=IRN", nil,
		"4:nsubj:PROPN/NNP 4:aux:AUX/VBZ 4:advmod:PART/RB 0:root:VERB/VB 7:det:DET/DT 7:amod:ADJ/JJ 4:obj:NOUN/NN 9:case:ADP/IN 7:nmod:PROPN/NNP 4:punct:PUNCT/."},
	{"seeking talks", "Chile is seeking talks with Peru.", "Chile=CHL; Peru=PER", []string{"CHL PER 026"},
		"3:nsubj:PROPN/NNP 3:aux:AUX/VBZ 0:root:VERB/VBG 3:obj:NOUN/NNS 6:case:ADP/IN 3:obl:PROPN/NNP 3:punct:PUNCT/."},
	// reporters are no party to talks or meetings (04): discussing a thing
	// with them or meeting them is a briefing, and talks held before
	// speaking to them are the speaker's
	{"discussing with reporters", "Discussing the budget with reporters, the Chilean minister said prices would rise.",
		"reporters=CHLMED; Chilean minister=CHLGOV", nil,
		"10:advcl:VERB/VBG 3:det:DET/DT 1:obj:NOUN/NN 5:case:ADP/IN 3:nmod:NOUN/NNS 1:punct:PUNCT/, 9:det:DET/DT 9:amod:ADJ/JJ 10:nsubj:NOUN/NN 0:root:VERB/VBD 13:nsubj:NOUN/NNS 13:aux:AUX/MD 10:ccomp:VERB/VB 10:punct:PUNCT/."},
	{"meet with reporters", "The Peruvian minister will meet with reporters on Friday.", "Peruvian minister=PERGOV; reporters=PERMED", nil,
		"3:det:DET/DT 3:amod:ADJ/JJ 5:nsubj:NOUN/NN 5:aux:AUX/MD 0:root:VERB/VB 7:case:ADP/IN 5:obl:NOUN/NNS 9:case:ADP/IN 5:obl:PROPN/NNP 5:punct:PUNCT/."},
	{"reporters after talks", "Speaking to reporters after talks with the Bolivian president, Garcia said trade would grow.",
		"reporters=BOLMED; Bolivian president=BOLGOV; Garcia=PERGOV", []string{"PERGOV BOLGOV 040"},
		"12:advcl:VERB/VBG 3:case:ADP/IN 1:obl:NOUN/NNS 5:case:ADP/IN 1:obl:NOUN/NNS 9:case:ADP/IN 9:det:DET/DT 9:amod:ADJ/JJ 5:nmod:NOUN/NN 1:punct:PUNCT/, 12:nsubj:PROPN/NNP 0:root:VERB/VBD 15:nsubj:NOUN/NN 15:aux:AUX/MD 12:ccomp:VERB/VB 12:punct:PUNCT/."},
	{"met the president", "The Peruvian minister met the Bolivian president on Friday.", "Peruvian minister=PERGOV; Bolivian president=BOLGOV",
		[]string{"PERGOV BOLGOV 040"},
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 7:det:DET/DT 7:amod:ADJ/JJ 4:obj:NOUN/NN 9:case:ADP/IN 4:obl:PROPN/NNP 4:punct:PUNCT/."},
}

func TestPrecisionRec5(t *testing.T) {
	runRecall(t, precisionRec5Cases, nil)
}
