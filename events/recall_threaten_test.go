package events

import "testing"

// threatenCases are threats (13x, PLOVER THREATEN) and shows, alerts and
// mobilisations of force (15x, PLOVER MOBILIZE) in the wording of wire
// news, written for these tests from the CAMEO codebook's descriptions:
// a threat is coded by the kind of act threatened (the act itself, when
// coded, is hypothetical), and forces raised, sent or massed are their
// own state's. A statement of what may come that threatens nothing (an
// election called) is no threat.
var threatenCases = []recallCase{
	{"warned that it would expel", "Russia warned that it would expel British diplomats.", "Russia=RUS; British diplomats=GBRGOV#", []string{"RUS GBRGOV 161 hyp", "RUS GBRGOV 1313"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 6:mark:SCONJ/IN 6:nsubj:PRON/PRP 6:aux:AUX/MD 2:ccomp:VERB/VB 8:amod:ADJ/JJ 6:obj:NOUN/NNS 2:punct:PUNCT/."},
	{"warned it might expel", "Poland warned it might expel Russian diplomats.", "Poland=POL; Russian diplomats=RUSGOV#", []string{"POL RUSGOV 161 hyp", "POL RUSGOV 1313"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:nsubj:PRON/PRP 5:aux:AUX/MD 2:ccomp:VERB/VB 7:amod:ADJ/JJ 5:obj:NOUN/NNS 2:punct:PUNCT/."},
	{"warned that it would impose sanctions", "China warned that it would impose sanctions on Lithuania.", "China=CHN; Lithuania=LTU", []string{"CHN LTU 163 hyp", "CHN LTU 1312"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 6:mark:SCONJ/IN 6:nsubj:PRON/PRP 6:aux:AUX/MD 2:ccomp:VERB/VB 6:obj:NOUN/NNS 9:case:ADP/IN 6:obl:PROPN/NNP 2:punct:PUNCT/."},
	{"warned it would ban a party", "Turkey warned it would ban the party.", "Turkey=TUR", []string{"TUR --- 1722 hyp", "TUR --- 1322"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:nsubj:PRON/PRP 5:aux:AUX/MD 2:ccomp:VERB/VB 7:det:DET/DT 5:obj:NOUN/NN 2:punct:PUNCT/."},
	{"warned that it would ban a party", "Turkey warned that it would ban the party.", "Turkey=TUR", []string{"TUR --- 1722 hyp", "TUR --- 1322"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 6:mark:SCONJ/IN 6:nsubj:PRON/PRP 6:aux:AUX/MD 2:ccomp:VERB/VB 8:det:DET/DT 6:obj:NOUN/NN 2:punct:PUNCT/."},
	{"warned it would impose a curfew", "Kenya warned it would impose a curfew.", "Kenya=KEN", []string{"KEN --- 1723 hyp", "KEN --- 1323"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:nsubj:PRON/PRP 5:aux:AUX/MD 2:ccomp:VERB/VB 7:det:DET/DT 5:obj:NOUN/NN 2:punct:PUNCT/."},
	{"said it could cut ties", "Turkey said it could cut ties with Sweden.", "Turkey=TUR; Sweden=SWE", []string{"TUR SWE 161 hyp", "TUR SWE 1313"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:nsubj:PRON/PRP 5:aux:AUX/MD 2:ccomp:VERB/VB 5:obj:NOUN/NNS 8:case:ADP/IN 5:obl:PROPN/NNP 2:punct:PUNCT/."},
	{"said it may impose sanctions", "China said it may impose sanctions on Lithuania.", "China=CHN; Lithuania=LTU", []string{"CHN LTU 163 hyp", "CHN LTU 1312"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:nsubj:PRON/PRP 5:aux:AUX/MD 2:ccomp:VERB/VB 5:obj:NOUN/NNS 8:case:ADP/IN 5:obl:PROPN/NNP 2:punct:PUNCT/."},
	{"said he might call an election", "Hawke said he might call an early election.", "Hawke=AUSGOV", []string{"AUSGOV --- 0834 hyp"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:nsubj:PRON/PRP 5:aux:AUX/MD 2:ccomp:VERB/VB 8:det:DET/DT 8:amod:ADJ/JJ 5:obj:NOUN/NN 2:punct:PUNCT/."},
	{"warned others would", "Iran warned that Israel would attack.", "Iran=IRN; Israel=ISR", []string{"IRN ISR 130"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 6:mark:SCONJ/IN 6:nsubj:PROPN/NNP 6:aux:AUX/MD 2:ccomp:VERB/VB 2:punct:PUNCT/."},
	{"thousands of reservists", "Israel mobilized thousands of reservists.", "Israel=ISR", []string{"ISR --- 154"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:NOUN/NNS 5:case:ADP/IN 3:nmod:NOUN/NNS 2:punct:PUNCT/."},
}

// threatenLemmas are the lemmas the intent of a threat is read by.
var threatenLemmas = map[string]string{"warned": "warn", "said": "say", "threatened": "threaten", "vowed": "vow", "would": "would"}

func TestRecallThreaten(t *testing.T) { runRecall(t, threatenCases, threatenLemmas) }
