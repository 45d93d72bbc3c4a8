package events

import "testing"

// recallReutCases are sentences written for these tests, of kinds of news
// a trained coder finds in Reuters political and trade news and the coder
// missed.
var recallReutCases = []recallCase{
	// a trip made "for talks with" someone holds those talks (04), as "after
	// talks with" does; "for" on a verb of asking names what is asked for
	{"flew for talks with", "The Italian minister flew to Tokyo for talks with Japanese officials.",
		"Italian minister=ITAGOV; Tokyo=JPN@; Japanese officials=JPNGOV", []string{"ITAGOV JPN 042", "ITAGOV JPNGOV 040"},
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 6:case:ADP/IN 4:obl:PROPN/NNP 8:case:ADP/IN 4:obl:NOUN/NNS 11:case:ADP/IN 11:amod:ADJ/JJ 8:nmod:NOUN/NNS 4:punct:PUNCT/."},
	{"arrived for negotiations with", "The Korean envoy arrived in Madrid for negotiations with Spanish leaders.",
		"Korean envoy=KORGOV; Madrid=ESP@; Spanish leaders=ESPGOV", []string{"KORGOV ESP 042", "KORGOV ESPGOV 046"},
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 6:case:ADP/IN 4:obl:PROPN/NNP 8:case:ADP/IN 4:obl:NOUN/NNS 11:case:ADP/IN 11:amod:ADJ/JJ 8:nmod:NOUN/NNS 4:punct:PUNCT/."},
	{"called for talks with", "France called for talks with German leaders.", "France=FRA; German=DEU",
		[]string{"FRA DEU 026"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:case:ADP/IN 2:obl:NOUN/NNS 7:case:ADP/IN 7:amod:ADJ/JJ 4:nmod:NOUN/NNS 2:punct:PUNCT/."},
}

func TestRecallReut(t *testing.T) { runRecall(t, recallReutCases, nil) }
