package events

import "testing"

// precisionRec2Cases are sentences written for these tests, of kinds the
// coder misread in a sample of Reuters events: a word in a sense the CAMEO
// codebook does not give its code, and a phrase of "under" read as whom an
// act is done to.
var precisionRec2Cases = []recallCase{
	// 074 is protection by arms: shielding firms, growth or a market from
	// competition is economic policy; guarding against a thing or warding
	// it off is caution. Ships protected by a navy stay 074.
	{"protect firms", "The government wants to protect Korean firms from Japanese competition.",
		"Korean=KOR; Japanese=JPN", nil,
		"2:det:DET/DT 3:nsubj:NOUN/NN 0:root:VERB/VBZ 5:mark:PART/TO 3:xcomp:VERB/VB 7:amod:ADJ/JJ 5:obj:NOUN/NNS 10:case:ADP/IN 10:amod:ADJ/JJ 5:obl:NOUN/NN 3:punct:PUNCT/."},
	{"protect growth", "Peru adopted a budget to protect Chilean growth.", "Peru=PER; Chilean=CHL", nil, ""},
	{"guard against", "Egypt must guard against Libyan meddling.", "Egypt=EGY; Libyan=LBY", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 6:case:ADP/IN 6:amod:ADJ/JJ 3:obl:NOUN/NN 3:punct:PUNCT/."},
	{"ward off", "Japan is seeking to ward off American sanctions.", "Japan=JPN; American=USA", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/VBZ 0:root:VERB/VBG 5:mark:PART/TO 3:xcomp:VERB/VB 5:compound:prt:ADP/RP 8:amod:ADJ/JJ 5:obj:NOUN/NNS 3:punct:PUNCT/."},
	{"navy protects tankers", "The Indian navy will protect Omani tankers.", "Indian navy=INDMIL; Omani=OMN",
		[]string{"INDMIL OMN 074 hyp"},
		"3:det:DET/DT 3:amod:ADJ/JJ 5:nsubj:NOUN/NN 5:aux:AUX/MD 0:root:VERB/VB 7:amod:ADJ/JJ 5:obj:NOUN/NNS 5:punct:PUNCT/."},
	// "lead to" with no object is to cause; leading a challenge heads an
	// effort: neither is a visit (042). A delegation led to a capital is.
	{"could lead to", "Any move by Japan could lead to a change in Canada.", "Japan=JPN; Canada=CAN", nil,
		"2:det:DET/DT 6:nsubj:NOUN/NN 4:case:ADP/IN 2:nmod:PROPN/NNP 6:aux:AUX/MD 0:root:VERB/VB 9:case:ADP/IN 9:det:DET/DT 6:obl:NOUN/NN 11:case:ADP/IN 9:nmod:PROPN/NNP 6:punct:PUNCT/."},
	{"leading a challenge to", "Chile is leading a challenge to Peru's fishing policy.", "Chile=CHL; Peru=PER", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/VBZ 0:root:VERB/VBG 5:det:DET/DT 3:obj:NOUN/NN 10:case:ADP/IN 10:nmod:poss:PROPN/NNP 7:case:PART/POS 10:compound:NOUN/NN 5:nmod:NOUN/NN 3:punct:PUNCT/."},
	// aid (07) is given to an actor: helping a country's growth or sales
	// is economic policy or its effect; helping its recovery with a loan is
	// aid
	{"help growth", "Lower rates in Japan should help French economic growth.", "Japan=JPN; French=FRA", nil, ""},
	{"aiding sales", "Cuts in Japanese output are aiding American chip sales.", "Japanese=JPN; American=USA", nil, ""},
	{"help recovery", "The IMF loan will help Uganda's economic recovery.", "IMF=IGOUNOIMF; Uganda=UGA",
		[]string{"IGOUNOIMF UGA 070 hyp"},
		"3:det:DET/DT 3:compound:PROPN/NNP 5:nsubj:NOUN/NN 5:aux:AUX/MD 0:root:VERB/VB 9:nmod:poss:PROPN/NNP 6:case:PART/POS 9:amod:ADJ/JJ 5:obj:NOUN/NN 5:punct:PUNCT/."},
	// a noun after the comma that closes a relative clause is the
	// antecedent's conjunct, though the parse hangs it on the clause's
	// verb: Stockholm is angered too, not threatened
	{"relative clause closed", "The ruling has angered both Oslo, which has threatened to retaliate, and Stockholm, which calls the ruling unfair.",
		"Oslo=NOR; Stockholm=SWE", []string{"NOR --- 138"},
		"2:det:DET/DT 4:nsubj:NOUN/NN 4:aux:AUX/VBZ 0:root:VERB/VBN 6:cc:preconj:CCONJ/CC 4:obj:PROPN/NNP 10:punct:PUNCT/, 10:nsubj:PRON/WDT 10:aux:AUX/VBZ 6:acl:relcl:VERB/VBN 12:mark:PART/TO 10:xcomp:VERB/VB 15:punct:PUNCT/, 15:cc:CCONJ/CC 12:conj:PROPN/NNP 18:punct:PUNCT/, 18:nsubj:PRON/WDT 4:advcl:relcl:VERB/VBZ 20:det:DET/DT 18:obj:NOUN/NN 18:xcomp:ADJ/JJ 4:punct:PUNCT/."},
	{"threatened two", "Oslo has threatened to retaliate against Japan and Sweden.", "Oslo=NOR; Japan=JPN; Sweden=SWE",
		[]string{"NOR JPN 138", "NOR SWE 138"},
		"3:nsubj:PROPN/NNP 3:aux:AUX/VBZ 0:root:VERB/VBN 5:mark:PART/TO 3:xcomp:VERB/VB 7:case:ADP/IN 5:obl:PROPN/NNP 9:cc:CCONJ/CC 7:conj:PROPN/NNP 3:punct:PUNCT/."},
	// a clause under a negated verb of implication is said not to be so
	{"did not mean", "Officials said the visit did not mean Chile would impose sanctions on Peru.",
		"Chile=CHL; Peru=PER", []string{"CHL PER 163 neg hyp"},
		"2:nsubj:NOUN/NNS 0:root:VERB/VBD 4:det:DET/DT 7:nsubj:NOUN/NN 7:aux:AUX/VBD 7:advmod:PART/RB 2:ccomp:VERB/VB 10:nsubj:PROPN/NNP 10:aux:AUX/MD 7:ccomp:VERB/VB 10:obj:NOUN/NNS 13:case:ADP/IN 10:obl:PROPN/NNP 2:punct:PUNCT/."},
	{"meant", "Officials said the visit meant Chile would impose sanctions on Peru.",
		"Chile=CHL; Peru=PER", []string{"CHL PER 163 hyp"},
		"2:nsubj:NOUN/NNS 0:root:VERB/VBD 4:det:DET/DT 5:nsubj:NOUN/NN 2:ccomp:VERB/VBD 8:nsubj:PROPN/NNP 8:aux:AUX/MD 5:ccomp:VERB/VB 8:obj:NOUN/NNS 11:case:ADP/IN 8:obl:PROPN/NNP 2:punct:PUNCT/."},
	// a phrase of "under" names the rules an act follows, not whom it is
	// done to; an accord's partner named in it still is
	{"measures under rules", "Japan will consider measures under GATT rules.", "Japan=JPN; GATT=IGOBUSWTO", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 3:obj:NOUN/NNS 7:case:ADP/IN 7:compound:PROPN/NNP 4:nmod:NOUN/NNS 3:punct:PUNCT/."},
	{"under an agreement with", "Jamaica bought wheat under an agreement with Egypt.", "Jamaica=JAM; Egypt=EGY",
		[]string{"JAM EGY 061"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:PRON/WP 6:case:ADP/IN 6:det:DET/DT 3:nmod:NOUN/NN 8:case:ADP/IN 6:nmod:PROPN/NNP 2:punct:PUNCT/."},
}

func TestPrecisionRec2(t *testing.T) { runRecall(t, precisionRec2Cases, nil) }
