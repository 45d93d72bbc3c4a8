package events

import "testing"

// agreeCases are sentences of intent to cooperate (CAMEO 03x, PLOVER
// AGREE), of consultation (04x, CONSULT), of diplomatic support (05x,
// SUPPORT) and of protest (14x, PROTEST), written for these tests from the
// codebook's descriptions, with look-alikes that are no such event. The
// parse is the syntax stage's, as the pipeline codes them.
var agreeCases = []recallCase{
	// a prisoner exchange agreed to by a verb is the intent to release persons, both ways (0353)
	{"prisoners to be exchanged", "Russia and Ukraine agreed to exchange prisoners.", "Russia=RUS; Ukraine=UKR",
		[]string{"RUS UKR 0353", "UKR RUS 0353"},
		"4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 7:case:ADP 7:compound:NOUN 4:obl:NOUN 4:punct:PUNCT"},
	{"detainees to be swapped with", "Armenia offered to swap detainees with Azerbaijan.", "Armenia=ARM; Azerbaijan=AZE",
		[]string{"ARM AZE 0353"},
		"2:nsubj:PROPN 0:root:VERB 5:case:ADP 5:compound:NOUN 2:obl:NOUN 7:case:ADP 5:nmod:PROPN 2:punct:PUNCT"},
	{"views exchanged are no prisoners", "Japan agreed to exchange views with China.", "Japan=JPN; China=CHN",
		[]string{"JPN CHN 030"},
		"2:nsubj:PROPN 0:root:VERB 5:case:ADP 5:compound:NOUN 2:obl:NOUN 7:case:ADP 5:nmod:PROPN 2:punct:PUNCT"},
	// readiness to settle is the intent to settle (037)
	{"ready to settle", "Russia said it was ready to settle the dispute with Japan.", "Russia=RUS; Japan=JPN",
		[]string{"RUS JPN 037"},
		"2:nsubj:PROPN 0:root:VERB 5:nsubj:PRON 5:cop:AUX 2:ccomp:ADJ 7:mark:PART 5:xcomp:VERB 9:det:DET 7:obj:NOUN 11:case:ADP 9:nmod:PROPN 2:punct:PUNCT"},
	// mediation offered or intended is the intent to mediate (039), not to meet (036)
	{"willing to mediate", "Saudi Arabia was willing to mediate between Sudan and Ethiopia.", "Saudi Arabia=SAU; Sudan=SDN; Ethiopia=ETH",
		[]string{"SAU SDN 045 hyp", "SAU ETH 045 hyp", "SAU SDN 039", "SAU ETH 039"},
		"2:amod:ADJ 4:nsubj:PROPN 4:cop:AUX 0:root:ADJ 6:mark:PART 4:xcomp:VERB 8:case:ADP 6:obl:PROPN 10:cc:CCONJ 8:conj:PROPN 4:punct:PUNCT"},
	{"offered to mediate", "Qatar offered to mediate between Ethiopia and Eritrea.", "Qatar=QAT; Ethiopia=ETH; Eritrea=ERI",
		[]string{"QAT ETH 039", "QAT ERI 039"},
		"2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 6:case:ADP 4:obl:PROPN 8:cc:CCONJ 6:conj:PROPN 2:punct:PUNCT"},
	// the mediator of talks between two mediates between them (045)
	{"mediated talks between", "South Africa mediated talks between Russia and Ukraine.", "South Africa=ZAF; Russia=RUS; Ukraine=UKR",
		[]string{"ZAF RUS 045", "ZAF UKR 045"},
		"2:compound:PROPN 3:nsubj:PROPN 0:root:VERB 3:obj:NOUN 6:case:ADP 4:nmod:PROPN 8:cc:CCONJ 6:conj:PROPN 3:punct:PUNCT"},
	{"brokered a deal between", "Qatar brokered a deal between Israel and Hamas.", "Qatar=QAT; Israel=ISR; Hamas=PSEREB",
		[]string{"QAT ISR 045", "QAT PSEREB 045"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 4:nmod:PROPN 8:cc:CCONJ 6:conj:PROPN 2:punct:PUNCT"},
	// a boycott of a vote or of parliament is a protest (143), its target no one named
	{"boycotted the elections", "The opposition boycotted the elections.", "",
		[]string{"---OPP --- 143"},
		"2:det:DET 3:nsubj:NOUN 0:root:VERB 5:det:DET 3:obj:NOUN 3:punct:PUNCT"},
	{"boycotted parliament", "Opposition parties in Japan boycotted parliament.", "Japan=JPN",
		[]string{"JPNOPP ---LEG 143"},
		"2:compound:NOUN 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 5:obj:NOUN 5:punct:PUNCT"},
	{"boycott threatened", "The opposition threatened to boycott the elections.", "",
		[]string{"---OPP --- 133"},
		"2:det:DET 3:nsubj:NOUN 0:root:VERB 5:mark:PART 3:xcomp:VERB 7:det:DET 5:obj:NOUN 3:punct:PUNCT"},
	// an agreement signed in the passive is signed by its by-phrase, each with the other (057)
	{"agreement signed by", "The peace agreement was signed by Sudan and South Sudan.", "Sudan=SDN; South Sudan=SSD",
		[]string{"SDN SSD 057", "SSD SDN 057"},
		"3:det:DET 3:compound:NOUN 5:nsubj:pass:NOUN 5:aux:pass:AUX 0:root:VERB 7:case:ADP 5:obl:agent:PROPN 10:cc:CCONJ 10:compound:PROPN 7:conj:PROPN 5:punct:PUNCT"},
	{"accord signed by", "The trade pact was signed by Chile and Peru on Tuesday.", "Chile=CHL; Peru=PER",
		[]string{"CHL PER 057", "PER CHL 057"},
		"3:det:DET 3:compound:NOUN 5:nsubj:pass:NOUN 5:aux:pass:AUX 0:root:VERB 7:case:ADP 5:obl:agent:PROPN 9:cc:CCONJ 7:conj:PROPN 11:case:ADP 7:nmod:PROPN 5:punct:PUNCT"},
	{"letter received by", "The letter was received by Japan.", "Japan=JPN",
		nil,
		""},
	// received by a host in the passive: the host receives (043), the guest visits (042)
	{"received by", "Macron was warmly received by President Tebboune of Algeria.", "Macron=FRAGOV; Tebboune=DZAGOV; Algeria=DZA",
		[]string{"DZAGOV FRAGOV 043", "FRAGOV DZAGOV 042"},
		"4:nsubj:pass:PROPN 4:aux:pass:AUX 4:advmod:ADV 0:root:VERB 7:case:ADP 7:compound:PROPN 4:obl:agent:PROPN 9:case:ADP 7:nmod:PROPN 4:punct:PUNCT"},
	// an intent one states or shows is one's own, and so is the act intended: the act hypothetical, its intent announced (03x)
	{"plans announced", "Japan announced plans to provide aid to Sri Lanka.", "Japan=JPN; Sri Lanka=LKA",
		[]string{"JPN LKA 070 hyp", "JPN LKA 033"},
		"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 5:mark:PART 3:acl:VERB 5:obj:NOUN 9:case:ADP 9:compound:PROPN 5:obl:PROPN 2:punct:PUNCT"},
	{"willingness signalled", "Azerbaijan signalled willingness to sign a peace treaty with Armenia.", "Azerbaijan=AZE; Armenia=ARM",
		[]string{"AZE ARM 057 hyp", "AZE ARM 032"},
		"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 5:mark:PART 3:acl:VERB 8:det:DET 8:compound:NOUN 5:obj:NOUN 10:case:ADP 8:nmod:PROPN 2:punct:PUNCT"},
	// another's willingness described is no intent stated by the subject of the sentence
	{"willingness of others", "Analysts doubted the willingness of Chinese banks to buy Japanese bonds.", "Chinese=CHN#; Japanese=JPN#",
		nil,
		"2:nsubj:NOUN 0:root:VERB 4:det:DET 2:obj:NOUN 7:case:ADP 7:amod:ADJ 4:nmod:NOUN 9:mark:PART 2:advcl:VERB 11:amod:ADJ 9:obj:NOUN 2:punct:PUNCT"},
	{"offer rejected", "Kenya rejected the offer to mediate between Ethiopia and Eritrea.", "Kenya=KEN; Ethiopia=ETH; Eritrea=ERI",
		nil,
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:mark:PART 4:acl:VERB 8:case:ADP 6:obl:PROPN 10:cc:CCONJ 8:conj:PROPN 2:punct:PUNCT"},
	{"willingness announced with his", "Lula announced his willingness to negotiate with Argentina.", "Lula=BRAGOV; Argentina=ARG",
		[]string{"BRAGOV ARG 046 hyp", "BRAGOV ARG 036"},
		"2:nsubj:PROPN 0:root:VERB 4:nmod:poss:PRON 2:obj:NOUN 6:mark:PART 4:acl:VERB 8:case:ADP 6:obl:PROPN 2:punct:PUNCT"},
	// agreeing in principle is agreeing (03x); being open to talks is the intent to negotiate (036)
	{"agreed in principle to talks", "Iran agreed in principle to talks with the United States.", "Iran=IRN; United States=USA",
		[]string{"IRN USA 036"},
		"2:nsubj:PROPN 0:root:VERB 4:case:ADP 2:obl:NOUN 6:case:ADP 4:nmod:NOUN 10:case:ADP 10:det:DET 10:amod:ADJ 6:nmod:PROPN 2:punct:PUNCT"},
	{"agreed in principle to extradite", "Chile agreed in principle to extradite the suspect to Peru.", "Chile=CHL; Peru=PER",
		[]string{"CHL PER 063 hyp", "CHL PER 0313"},
		"2:nsubj:PROPN 0:root:VERB 4:case:ADP 2:obl:NOUN 6:mark:PART 2:xcomp:VERB 8:det:DET 6:obj:NOUN 10:case:ADP 8:nmod:PROPN 2:punct:PUNCT"},
	{"open to talks", "Ukraine said it was open to talks with Russia.", "Ukraine=UKR; Russia=RUS",
		[]string{"UKR RUS 036"},
		"2:nsubj:PROPN 0:root:VERB 5:nsubj:PRON 5:cop:AUX 2:ccomp:ADJ 7:case:PART 5:obl:NOUN 9:case:ADP 7:nmod:PROPN 2:punct:PUNCT"},
	{"open to investors", "The market is open to foreign investors from Japan.", "Japan=JPN",
		nil,
		""},
	// a sum of money pledged to someone is economic aid promised (0331)
	{"euros pledged to", "France pledged 100 million euros to Lebanon.", "France=FRA; Lebanon=LBN",
		[]string{"FRA LBN 0331"},
		"2:nsubj:PROPN 0:root:VERB 4:compound:NUM 5:nummod:NUM 2:obj:NOUN 7:case:ADP 2:obl:PROPN 2:punct:PUNCT"},
	{"yen promised to", "Japan promised 5 billion yen to Indonesia.", "Japan=JPN; Indonesia=IDN",
		[]string{"JPN IDN 0331"},
		"2:nsubj:PROPN 0:root:VERB 4:compound:NUM 5:nummod:NUM 2:obj:NOUN 7:case:ADP 2:obl:PROPN 2:punct:PUNCT"},
	// a British -ised verb the tagger reads as an adjective of the root noun after it is the finite verb
	{"normalised relations", "Bahrain normalised relations with Israel.", "Bahrain=BHR; Israel=ISR",
		[]string{"BHR ISR 050"},
		"2:nsubj:PROPN 3:amod:VERB 0:root:NOUN 5:case:ADP 3:nmod:PROPN 3:punct:PUNCT"},
	{"organised crime is an adjective", "The organised crime groups in Italy attacked the police.", "Italy=ITA",
		[]string{"ITA ---COP 190"},
		"4:det:DET 4:amod:ADJ 4:compound:NOUN 7:nsubj:NOUN 6:case:ADP 4:nmod:PROPN 0:root:VERB 9:det:DET 7:obj:NOUN 7:punct:PUNCT"},
	// praise or backing won or received from someone is their praise of the one who gets it (051)
	{"praise won from", "The plan of Egypt won praise from France.", "Egypt=EGY; France=FRA",
		[]string{"FRA EGY 051"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 5:obj:NOUN 8:case:ADP 5:obl:PROPN 5:punct:PUNCT"},
	{"backing received", "Kenya received the backing of the African Union.", "Kenya=KEN; African Union=IGOAFRAFU",
		[]string{"IGOAFRAFU KEN 051"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:VERB 8:case:ADP 8:det:DET 8:amod:ADJ 4:nmod:NOUN 2:punct:PUNCT"},
	{"support won", "Morocco won the support of the United States for its autonomy plan.", "Morocco=MAR; United States=USA",
		[]string{"USA MAR 051"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 8:case:ADP 8:det:DET 8:amod:ADJ 4:nmod:PROPN 12:case:ADP 12:nmod:poss:PRON 12:compound:NOUN 4:nmod:NOUN 2:punct:PUNCT"},
	{"market support is no praise", "The dollar drew support from the Bundesbank.", "Bundesbank=DEUBUS",
		nil,
		""},
	// coming out in support of someone endorses them (051)
	{"came out in support", "Turkey came out in support of Azerbaijan.", "Turkey=TUR; Azerbaijan=AZE",
		[]string{"TUR AZE 051"},
		"2:nsubj:PROPN 0:root:VERB 2:advmod:ADV 5:case:ADP 2:obl:NOUN 7:case:ADP 5:nmod:PROPN 2:punct:PUNCT"},
	// taking part in or joining a protest is protesting (141); walking off the job or joining a strike is a strike (143)
	{"took part in a protest", "Thousands of Israelis took part in a protest against the government.", "Israelis=ISR#",
		[]string{"ISR ---GOV 140"},
		"4:nsubj:NOUN 3:case:ADP 1:nmod:PROPN 0:root:VERB 4:obj:NOUN 8:case:ADP 8:det:DET 4:obl:NOUN 11:case:ADP 11:det:DET 8:nmod:NOUN 4:punct:PUNCT"},
	{"joined the demonstrations", "Students in Chile joined the demonstrations.", "Chile=CHL",
		[]string{"CHLEDU --- 141"},
		"4:nsubj:NOUN 3:case:ADP 1:nmod:PROPN 0:root:VERB 6:det:DET 4:obj:NOUN 4:punct:PUNCT"},
	{"walked off the job", "Dock workers in Australia walked off the job.", "Australia=AUS",
		[]string{"AUSLAB --- 143"},
		"2:compound:NOUN 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 8:case:ADP 8:det:DET 5:obl:NOUN 5:punct:PUNCT"},
	{"joined the strike", "Nurses in Britain joined the strike.", "Britain=GBR",
		[]string{"GBRHLH --- 143"},
		"4:nsubj:NOUN 3:case:ADP 1:nmod:PROPN 0:root:VERB 6:det:DET 4:obj:NOUN 4:punct:PUNCT"},
	{"joining talks is no protest", "Japan joined the talks.", "Japan=JPN",
		nil,
		""},
	// a wish stated for closer ties is the intent to cooperate (030), readiness for talks the intent to negotiate (036)
	{"desire for closer ties", "China expressed its desire for closer ties with Vietnam.", "China=CHN; Vietnam=VNM",
		[]string{"CHN VNM 030"},
		"2:nsubj:PROPN 0:root:VERB 4:nmod:poss:PRON 2:obj:NOUN 7:case:ADP 7:amod:ADJ 2:obl:NOUN 9:case:ADP 7:nmod:PROPN 2:punct:PUNCT"},
	{"readiness for talks", "Iran voiced its readiness for talks with the United States.", "Iran=IRN; United States=USA",
		[]string{"IRN USA 036"},
		"2:nsubj:PROPN 0:root:VERB 4:nmod:poss:PRON 2:obj:NOUN 6:case:ADP 2:obl:NOUN 10:case:ADP 10:det:DET 10:amod:ADJ 6:nmod:PROPN 2:punct:PUNCT"},
	{"hope for prices", "Analysts expressed hope for a rise in prices in Japan.", "Japan=JPN",
		nil,
		""},
	// weapons named by their kind are military aid promised (0332)
	{"air defence promised", "Germany promised Ukraine more air defence systems.", "Germany=DEU; Ukraine=UKR",
		[]string{"DEU UKR 0332"},
		"2:nsubj:PROPN 0:root:VERB 7:compound:PROPN 5:amod:ADJ 7:compound:NOUN 7:compound:NOUN 2:obj:NOUN 2:punct:PUNCT"},
	{"artillery pledged", "The United States pledged artillery to Ukraine.", "United States=USA; Ukraine=UKR",
		[]string{"USA UKR 0332"},
		"3:det:DET 3:amod:ADJ 4:nsubj:PROPN 0:root:VERB 4:obj:NOUN 7:case:ADP 4:obl:PROPN 4:punct:PUNCT"},
}

// agreeLemmas are the syntax stage's lemmas of the cases' inflected verbs
// that the coder reads by lemma ("signall" is its stem of "signalled").
var agreeLemmas = map[string]string{"announced": "announce", "signalled": "signall", "rejected": "reject",
	"doubted": "doubt", "agreed": "agree", "offered": "offer", "plans": "plan"}

func TestRecallAgree(t *testing.T) { runRecall(t, agreeCases, agreeLemmas) }
