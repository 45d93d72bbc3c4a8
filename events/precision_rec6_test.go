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
	// a clause under a verb of saying or of denial is not what that verb
	// is: "did not say whether X" neither does nor denies X, it leaves it
	// asked (hyp), and no intent is announced; "did not deny that X" does
	// not deny X; "refused to say whether X" refuses the saying only
	{"did not say whether", "Chile did not say whether it would impose sanctions on Peru.", "Chile=CHL; Peru=PER",
		[]string{"CHL PER 163 hyp"},
		"4:nsubj:PROPN/NNP 4:aux:AUX/VBD 4:advmod:PART/RB 0:root:VERB/VB 8:mark:SCONJ/IN 8:nsubj:PRON/PRP 8:aux:AUX/MD 4:ccomp:VERB/VB 8:obj:NOUN/NNS 11:case:ADP/IN 8:obl:PROPN/NNP 4:punct:PUNCT/."},
	{"did not say whether, no threat", "Chile did not say whether it would reconsider its relations with Peru.", "Chile=CHL; Peru=PER",
		[]string{"CHL PER 1313 hyp"},
		"4:nsubj:PROPN/NNP 4:aux:AUX/VBD 4:advmod:PART/RB 0:root:VERB/VB 8:mark:SCONJ/IN 8:nsubj:PRON/PRP 8:aux:AUX/MD 4:ccomp:VERB/VB 10:nmod:poss:PRON/PRP$ 8:obj:NOUN/NNS 12:case:ADP/IN 8:obl:PROPN/NNP 4:punct:PUNCT/."},
	{"said it would, a threat", "Chile said it would reconsider its relations with Peru.", "Chile=CHL; Peru=PER",
		[]string{"CHL PER 1313"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:nsubj:PRON/PRP 5:aux:AUX/MD 2:ccomp:VERB/VB 7:nmod:poss:PRON/PRP$ 5:obj:NOUN/NNS 9:case:ADP/IN 5:obl:PROPN/NNP 2:punct:PUNCT/."},
	{"asked if, no intent", "Reporters asked if Chile will send aid to Peru.", "Chile=CHL; Peru=PER",
		[]string{"CHL PER 070 hyp"},
		"2:nsubj:NOUN/NNS 0:root:VERB/VBD 6:mark:SCONJ/IN 6:nsubj:PROPN/NNP 6:aux:AUX/MD 2:ccomp:VERB/VB 6:obj:NOUN/NN 9:case:ADP/IN 6:obl:PROPN/NNP 2:punct:PUNCT/."},
	{"refused to say whether", "Chile refused to say whether Peru would impose sanctions on Bolivia.", "Chile=CHL; Peru=PER; Bolivia=BOL",
		[]string{"PER BOL 163 hyp"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:mark:PART/TO 2:xcomp:VERB/VB 8:mark:SCONJ/IN 8:nsubj:PROPN/NNP 8:aux:AUX/MD 4:ccomp:VERB/VB 8:obj:NOUN/NNS 11:case:ADP/IN 8:obl:PROPN/NNP 2:punct:PUNCT/."},
	{"did not deny that", "Chile did not deny that it had imposed sanctions on Peru.", "Chile=CHL; Peru=PER",
		[]string{"CHL PER 163"},
		"4:nsubj:PROPN/NNP 4:aux:AUX/VBD 4:advmod:PART/RB 0:root:VERB/VB 8:mark:SCONJ/IN 8:nsubj:PRON/PRP 8:aux:AUX/VBD 4:ccomp:VERB/VBN 8:obj:NOUN/NNS 11:case:ADP/IN 8:obl:PROPN/NNP 4:punct:PUNCT/."},
	{"said it would not", "Chile said it would not impose sanctions on Peru.", "Chile=CHL; Peru=PER",
		[]string{"CHL PER 163 neg hyp"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 6:nsubj:PRON/PRP 6:aux:AUX/MD 6:advmod:PART/RB 2:ccomp:VERB/VB 6:obj:NOUN/NNS 9:case:ADP/IN 6:obl:PROPN/NNP 2:punct:PUNCT/."},
	// to strike a deal is to reach it (hitBargains): an agreement struck,
	// in the passive too, is no attack, nor words against anyone (111);
	// an agreement attacked still is
	{"agreement was struck", "A rescheduling agreement for Peru was struck last May in Washington.", "Peru=PER; Washington=USA",
		nil,
		"3:det:DET/DT 3:compound:NOUN/NN 7:nsubj:pass:NOUN/NN 5:case:ADP/IN 3:nmod:PROPN/NNP 7:aux:pass:AUX/VBD 0:root:VERB/VBN 9:amod:ADJ/JJ 7:obj:PROPN/NNP 11:case:ADP/IN 9:nmod:PROPN/NNP 7:punct:PUNCT/."},
	{"agreement attacked", "Chile attacked the agreement with Peru.", "Chile=CHL; Peru=PER",
		[]string{"CHL PER 111"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:det:DET/DT 2:obj:NOUN/NN 6:case:ADP/IN 4:nmod:PROPN/NNP 2:punct:PUNCT/."},
	// a march "in protest against" an actor demonstrates against that
	// actor (141, 1412 against its policies), however many words of route
	// and time come between; the city marched through is no target. With
	// no actor after it, the march keeps the target it had
	{"marched far in protest against policies", "French farmers marched through the southern city of Lyon today in a protest against Spanish trade policies.",
		"French=FRA; Lyon=FRA@; Spanish=ESP", []string{"FRAAGR ESP 1412"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 7:case:ADP/IN 7:det:DET/DT 7:amod:ADJ/JJ 3:obl:NOUN/NN 9:case:ADP/IN 7:nmod:PROPN/NNP 3:obl:unmarked:NOUN/NN 13:case:ADP/IN 13:det:DET/DT 3:obl:NOUN/NN 17:case:ADP/IN 17:amod:ADJ/JJ 17:compound:NOUN/NN 13:nmod:NOUN/NNS 3:punct:PUNCT/."},
	{"marched in protest against imports", "Chilean farmers marched through Santiago on Monday in protest against Peruvian imports.",
		"Chilean=CHL; Santiago=CHL@; Peruvian=PER", []string{"CHLAGR PER 141"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 5:case:ADP/IN 3:obl:PROPN/NNP 7:case:ADP/IN 5:nmod:PROPN/NNP 9:case:ADP/IN 3:obl:NOUN/NN 12:case:ADP/IN 12:amod:ADJ/JJ 9:nmod:NOUN/NNS 3:punct:PUNCT/."},
	{"marched in protest against no actor", "Thousands of Chilean farmers marched through Santiago on Monday in protest against price increases.",
		"Chilean=CHL; Santiago=CHL@", []string{"CHLAGR CHL 141"},
		"5:nsubj:NOUN/NNS 4:case:ADP/IN 4:amod:ADJ/JJ 1:nmod:NOUN/NNS 0:root:VERB/VBD 7:case:ADP/IN 5:obl:PROPN/NNP 9:case:ADP/IN 7:nmod:PROPN/NNP 11:case:ADP/IN 5:obl:NOUN/NN 14:case:ADP/IN 14:compound:NOUN/NN 11:nmod:NOUN/NNS 5:punct:PUNCT/."},
	// a verb of letting (08 in the lexicon) whose subject is a thing, a
	// happening or a measure named by an abstract noun, makes something
	// possible: no actor yields, and the actor modifying the noun is no
	// source; an actor that allows something still yields
	{"reduction allowed", "The reduction in Peruvian tariffs allowed Chilean exports to rise.", "Peruvian=PER; Chilean=CHL",
		nil,
		"2:det:DET/DT 6:nsubj:NOUN/NN 5:case:ADP/IN 5:amod:ADJ/JJ 2:nmod:NOUN/NNS 0:root:VERB/VBD 8:amod:ADJ/JJ 6:obj:NOUN/NNS 10:mark:PART/TO 8:acl:VERB/VB 6:punct:PUNCT/."},
	{"financing which would enable", "Chile is expected to qualify for IMF financing which would enable Chile to repay a bridge loan.",
		"Chile=CHL; IMF=IGOUNOIMF", nil,
		"3:nsubj:pass:PROPN/NNP 3:aux:pass:AUX/VBZ 0:root:VERB/VBN 5:mark:PART/TO 3:xcomp:VERB/VB 8:case:ADP/IN 8:compound:PROPN/NNP 5:obl:NOUN/NN 11:nsubj:PRON/WDT 11:aux:AUX/MD 8:acl:relcl:VERB/VB 11:obj:PROPN/NNP 14:mark:PART/TO 11:xcomp:VERB/VB 17:det:DET/DT 17:compound:NOUN/NN 14:obj:NOUN/NN 3:punct:PUNCT/."},
	{"government allowed", "The Chilean government allowed Peruvian banks to open branches.", "Chilean government=CHLGOV; Peruvian banks=PERBUS",
		[]string{"CHLGOV PERBUS 080"},
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 6:amod:ADJ/JJ 4:obj:NOUN/NNS 8:mark:PART/TO 6:acl:VERB/VB 8:obj:NOUN/NNS 4:punct:PUNCT/."},
}

func TestPrecisionRec6(t *testing.T) {
	runRecall(t, precisionRec6Cases, map[string]string{"refused": "refuse", "allowed": "allow", "said": "say", "asked": "ask", "imposed": "impose", "relations": "relation", "sanctions": "sanction"})
}
