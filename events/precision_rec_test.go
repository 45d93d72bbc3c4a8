package events

import "testing"

// precisionRecCases are sentences, written for these tests, of kinds the
// coder read wrongly in real news: each names what the CAMEO codebook
// codes, often nothing.
var precisionRecCases = []recallCase{
	// "decline" with nothing declined is a fall in amount or standing, no
	// rejection (12); declining an offer, to act, or a request declined
	// still refuses
	{"declined as a supplier", "Saudi Arabia has declined as a supplier of crude to Japan.",
		"Saudi Arabia=SAU; Japan=JPN", nil,
		"2:amod:ADJ/NNP 4:nsubj:PROPN/NNP 4:aux:AUX/VBZ 0:root:VERB/VBN 7:case:ADP/IN 7:det:DET/DT 4:obl:NOUN/NN 9:case:ADP/IN 7:nmod:NOUN/NN 11:case:ADP/IN 9:nmod:PROPN/NNP 4:punct:PUNCT/."},
	{"declined as an exporter", "The Soviet Union has declined as an exporter recently, they said.",
		"Soviet Union=RUS", nil,
		"3:det:DET/DT 3:compound:PROPN/NNP 5:nsubj:PROPN/NNP 5:aux:AUX/VBZ 12:ccomp:VERB/VBN 8:case:ADP/IN 8:det:DET/DT 5:obl:NOUN/NN 5:advmod:ADV/RB 5:punct:PUNCT/, 12:nsubj:PRON/PRP 0:root:VERB/VBD 12:punct:PUNCT/."},
	{"declined the offer", "Iran declined the Iraqi offer of talks.", "Iran=IRN; Iraqi=IRQ",
		[]string{"IRN IRQ 125"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:det:DET/DT 5:amod:ADJ/JJ 2:obj:NOUN/NN 7:case:ADP/IN 5:nmod:NOUN/NNS 2:punct:PUNCT/."},
	{"declined to meet", "Syria declined to meet Israeli envoys.", "Syria=SYR; Israeli envoys=ISRGOV",
		[]string{"SYR ISRGOV 120"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:mark:PART/TO 2:xcomp:VERB/VB 6:amod:ADJ/JJ 4:obj:NOUN/NNS 2:punct:PUNCT/."},
	{"request was declined", "The Iraqi request was declined by Iran.", "Iraqi=IRQ; Iran=IRN",
		[]string{"IRQ IRN 020", "IRN IRQ 120"},
		"3:det:DET/DT 3:amod:ADJ/JJ 5:nsubj:pass:NOUN/NN 5:aux:pass:AUX/VBD 0:root:VERB/VBN 7:case:ADP/IN 5:obl:agent:PROPN/NNP 5:punct:PUNCT/."},
	// a demand, a condition or a reaction met is no one met (04), however
	// many words stand before it; officials met are met
	{"met the criteria", "Chile met the first two Argentine lending criteria.",
		"Chile=CHL; Argentine=ARG", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 8:det:DET/DT 8:amod:ADJ/JJ 8:nummod:NUM/CD 8:amod:ADJ/JJ 8:compound:NOUN/NN 2:obj:NOUN/NN 2:punct:PUNCT/."},
	{"met all of the conditions", "Peru met all of the new Brazilian payment conditions.",
		"Peru=PER; Brazilian=BRA", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:DET/DT 9:case:ADP/IN 9:det:DET/DT 9:amod:ADJ/JJ 9:amod:ADJ/JJ 9:compound:NOUN/NN 3:nmod:NOUN/NNS 2:punct:PUNCT/."},
	{"met the foreign minister", "Chile met the Argentine foreign minister.",
		"Chile=CHL; Argentine foreign minister=ARGGOV", []string{"CHL ARGGOV 040"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 6:det:DET/DT 6:amod:ADJ/JJ 6:amod:ADJ/JJ 2:obj:NOUN/NN 2:punct:PUNCT/."},
	// a thing that threatens another is a danger, no threat of anyone
	// (13); an actor's threat, or its statement's, stays a threat
	{"the sale threatened", "The bill would let Reagan bar the purchase if the sale threatened U.S. national security.",
		"Reagan=USAGOV; U.S.=USA", nil,
		"2:det:DET/DT 4:nsubj:NOUN/NN 4:aux:AUX/MD 0:root:VERB/VB 4:obj:PROPN/NNP 4:xcomp:VERB/VB 8:det:DET/DT 6:obj:NOUN/NN 12:mark:SCONJ/IN 11:det:DET/DT 12:nsubj:NOUN/NN 6:advcl:VERB/VBD 15:compound:PROPN/NNP 15:amod:ADJ/JJ 12:obj:NOUN/NN 4:punct:PUNCT/."},
	{"the takeover threatened", "Reagan said the Japanese takeover threatened American security.",
		"Reagan=USAGOV; Japanese=JPN; American=USA", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:det:DET/DT 5:amod:ADJ/JJ 6:nsubj:NOUN/NN 2:ccomp:VERB/VBD 8:amod:ADJ/JJ 6:obj:NOUN/NN 2:punct:PUNCT/."},
	{"troops threatened", "Iranian troops threatened Kuwait.", "Iranian troops=IRNMIL; Kuwait=KWT",
		[]string{"IRNMIL KWT 130"}, "2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 3:obj:PROPN/NNP 3:punct:PUNCT/."},
	{"the statement threatened", "The Iranian statement threatened Kuwait with reprisals.", "Iranian=IRN; Kuwait=KWT",
		[]string{"IRN KWT 138"},
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 4:obj:PROPN/NNP 7:case:ADP/IN 4:obl:NOUN/NNS 4:punct:PUNCT/."},
	// a seat or a presidency held is no territory occupied (192); a town
	// or a country still is
	{"the seat occupied by", "China will take the seat on the board currently occupied by Sri Lanka and Vietnam.",
		"China=CHN; Sri Lanka=LKA; Vietnam=VNM", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 5:det:DET/DT 3:obj:NOUN/NN 8:case:ADP/IN 8:det:DET/DT 3:obl:NOUN/NN 10:advmod:ADV/RB 3:advcl:VERB/VBN 13:case:ADP/IN 13:compound:PROPN/NNP 10:obl:agent:PROPN/NNP 15:cc:CCONJ/CC 13:conj:PROPN/NNP 3:punct:PUNCT/."},
	{"occupies the presidency", "Greece occupies the EC presidency this year.", "Greece=GRC; EC=IGOEUREEC", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBZ 5:det:DET/DT 5:compound:PROPN/NNP 2:obj:NOUN/NN 7:det:DET/DT 5:nmod:unmarked:NOUN/NN 2:punct:PUNCT/."},
	{"the chair was occupied", "The chair was occupied by Kenya.", "Kenya=KEN", nil,
		"2:det:DET/DT 4:nsubj:pass:NOUN/NN 4:aux:pass:AUX/VBD 0:root:VERB/VBN 6:case:ADP/IN 4:obl:agent:PROPN/NNP 4:punct:PUNCT/."},
	{"occupied Kuwait", "Iraq occupied Kuwait.", "Iraq=IRQ; Kuwait=KWT", []string{"IRQ KWT 192"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:PROPN/NNP 2:punct:PUNCT/."},
	// troops that march move, and protest nothing (14) unless it is said
	{"troops marched into", "Syrian troops marched into the refugee camp in Beirut.",
		"Syrian troops=SYRMIL; Beirut=LBN@", nil,
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBN 7:case:ADP/IN 7:det:DET/DT 7:amod:ADJ/JJ 3:obl:NOUN/NN 9:case:ADP/IN 3:obl:PROPN/NNP 3:punct:PUNCT/."},
	{"soldiers marched in protest", "Egyptian soldiers marched in protest against Israel.",
		"Egyptian soldiers=EGYMIL; Israel=ISR", []string{"EGYMIL ISR 141"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBN 5:case:ADP/IN 3:obl:NOUN/NN 7:case:ADP/IN 5:nmod:PROPN/NNP 3:punct:PUNCT/."},
	{"students marched against", "Syrian students marched against the Israeli embassy.",
		"Syrian students=SYRCVL; Israeli embassy=ISRGOV", []string{"SYRCVL ISRGOV 141"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBN 7:case:ADP/IN 7:det:DET/DT 7:amod:ADJ/JJ 3:obl:NOUN/NN 3:punct:PUNCT/."},
	// a thing offered or promised to someone, the participle after its
	// noun, is no offer of anyone named now (03); an offer made still is
	{"the terms offered to", "Brazil rejected the terms offered to Peru.", "Brazil=BRA; Peru=PER", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:det:DET/DT 5:nsubj:NOUN/NNS 2:ccomp:VERB/VBD 7:case:ADP/IN 5:obl:PROPN/NNP 2:punct:PUNCT/."},
	{"the rates offered to", "Congress may cut the interest rates offered to farmers.", "Congress=USALEG; farmers=---AGR", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 6:det:DET/DT 6:compound:NOUN/NN 3:obj:NOUN/NNS 3:xcomp:VERB/VBD 9:case:ADP/IN 7:obl:NOUN/NNS 3:punct:PUNCT/."},
	{"the ministry offered to help", "The Japanese ministry offered to help Peru.", "Japanese ministry=JPNGOV; Peru=PER",
		[]string{"JPNGOV PER 033"},
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 6:mark:PART/TO 4:xcomp:VERB/VB 6:obj:PROPN/NNP 4:punct:PUNCT/."},
	// an arms order or contract given to someone buys arms from them: the
	// one given it sells (072), as in an arms sale; arms given are aid
	{"gave an arms contract", "Saudi Arabia gave Britain a large arms contract.", "Saudi Arabia=SAU; Britain=GBR",
		[]string{"GBR SAU 072"},
		"2:amod:ADJ/NNP 3:nsubj:PROPN/NNP 0:root:VERB/VBD 3:iobj:PROPN/NNP 8:det:DET/DT 8:amod:ADJ/JJ 8:compound:NOUN/NNS 3:obj:NOUN/NN 3:punct:PUNCT/."},
	{"gave arms", "Iran gave Syria new weapons.", "Iran=IRN; Syria=SYR", []string{"IRN SYR 072"}, ""},
}

func TestPrecisionRec(t *testing.T) { runRecall(t, precisionRecCases, nil) }
