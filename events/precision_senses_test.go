package events

import "testing"

// sensesCases are sentences written for these tests, of verbs whose
// CAMEO code depends on what they are done to, and of places that are
// where an act was done, not whom it was done to.
var sensesCases = []recallCase{
	// defending a place is a posture of force, as the PETRARCH lexicon
	// codes defending a town (152); defending a decision or a stance is
	// defence in words (052)
	{"defended the town", "Syrian troops defended the town against Turkish forces.",
		"Syrian troops=SYRMIL; Turkish forces=TURMIL", []string{"SYRMIL TURMIL 152"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 5:det:DET/DT 3:obj:NOUN/NN 8:case:ADP/IN 8:amod:ADJ/JJ 5:nmod:NOUN/NNS 3:punct:PUNCT/."},
	{"defending the border", "Ethiopian soldiers are defending the border with Eritrea.",
		"Ethiopian soldiers=ETHMIL; Eritrea=ERI", []string{"ETHMIL ERI 152"},
		"2:amod:ADJ/JJ 4:nsubj:NOUN/NNS 4:aux:AUX/VBP 0:root:VERB/VBG 6:det:DET/DT 4:obj:NOUN/NN 8:case:ADP/IN 6:nmod:PROPN/NNP 4:punct:PUNCT/."},
	{"defended the decision", "Syria defended the Turkish decision.",
		"Syria=SYR; Turkish=TUR#", []string{"SYR TUR 052"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:det:DET/DT 5:amod:ADJ/JJ 2:obj:NOUN/NN 2:punct:PUNCT/."},
	{"defended its position", "Britain defended its position on Turkey.",
		"Britain=GBR; Turkey=TUR", []string{"GBR TUR 052"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:nmod:poss:PRON/PRP$ 2:obj:NOUN/NN 6:case:ADP/IN 4:nmod:PROPN/NNP 2:punct:PUNCT/."},
	// fighting alongside an armed force is fighting with it, not against
	// it, where the tagger reads "alongside" as an adverb too: the phrase
	// it opens is an oblique, no object, and no one is fought ("against"
	// names who is)
	{"alongside before an adjective", "Turkish troops are fighting alongside American soldiers.",
		"Turkish troops=TURMIL; American soldiers=USAMIL", []string{"TURMIL --- 193"},
		"2:amod:ADJ/JJ 4:nsubj:NOUN/NNS 4:aux:AUX/VBP 0:root:VERB/VBG 6:advmod:ADV/RB 7:amod:ADJ/JJ 4:obj:NOUN/NNS 4:punct:PUNCT/."},
	{"alongside on the noun", "Iranian militias are fighting alongside Saudi troops.",
		"Iranian militias=IRNUAF; Saudi troops=SAUMIL", []string{"IRNUAF --- 193"},
		"2:amod:ADJ/JJ 4:nsubj:NOUN/NNS 4:aux:AUX/VBP 0:root:VERB/VBG 7:advmod:ADV/RB 7:amod:ADJ/JJ 4:obj:NOUN/NNS 4:punct:PUNCT/."},
	{"alongside and against", "Iranian militias are fighting alongside Iraqi troops against Kurdish rebels.",
		"Iranian militias=IRNUAF; Iraqi troops=IRQMIL; Kurdish rebels=---REB", []string{"IRNUAF ---REB 193"},
		"2:amod:ADJ/JJ 4:nsubj:NOUN/NNS 4:aux:AUX/VBP 0:root:VERB/VBG 7:case:ADV/RB 7:amod:ADJ/JJ 4:obj:NOUN/NNS 10:case:ADP/IN 10:amod:ADJ/JJ 4:obl:NOUN/NNS 4:punct:PUNCT/."},
	{"fighting troops", "Iranian militias are fighting Iraqi troops.",
		"Iranian militias=IRNUAF; Iraqi troops=IRQMIL", []string{"IRNUAF IRQMIL 193"},
		"2:amod:ADJ/JJ 4:nsubj:NOUN/NNS 4:aux:AUX/VBP 0:root:VERB/VBG 6:amod:ADJ/JJ 4:obj:NOUN/NNS 4:punct:PUNCT/."},
	// a place in a phrase of where is no target of an intent, an appeal
	// or a criticism, though word order finds it after the verb ...
	{"pledged in Paris", "Six nations, Britain, Canada and Japan, pledged in Paris to stabilise currencies.",
		"Britain=GBR; Canada=CAN; Japan=JPN; Paris=FRA@", nil,
		"2:nummod:NUM/CD 10:nsubj:NOUN/NNS 4:punct:PUNCT/, 2:appos:PROPN/NNP 6:punct:PUNCT/, 4:conj:PROPN/NNP 8:cc:CCONJ/CC 4:conj:PROPN/NNP 10:punct:PUNCT/, 0:root:VERB/VBD 12:case:ADP/IN 10:obl:PROPN/NNP 14:mark:PART/TO 10:xcomp:VERB/VB 14:obj:NOUN/NNS 10:punct:PUNCT/."},
	{"at a meeting in London", "India will press for export quotas at a meeting of coffee producers in London.",
		"India=IND; London=GBR@", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 6:case:ADP/IN 6:compound:NOUN/NN 3:obl:NOUN/NNS 9:case:ADP/IN 9:det:DET/DT 3:obl:NOUN/NN 12:case:ADP/IN 12:compound:NOUN/NN 9:nmod:NOUN/NNS 14:case:ADP/IN 12:nmod:PROPN/NNP 3:punct:PUNCT/."},
	// a place that says where the object is may name whom it is done to
	{"condemned the strike in Paris", "The government condemned the strike in Paris.", "Paris=FRA@",
		[]string{"---GOV FRA 111"},
		"2:det:DET/DT 3:nsubj:NOUN/NN 0:root:VERB/VBD 5:det:DET/DT 3:obj:NOUN/NN 7:case:ADP/IN 5:nmod:PROPN/NNP 3:punct:PUNCT/."},
	// a participle describing a noun, with no by-agent, names no doer:
	// the subject of the clause around it is not its doer
	{"a man accused of theft", "A mob lynched a man accused of theft in Kenya.", "Kenya=KEN", nil,
		"2:det:DET/DT 3:nsubj:NOUN/NN 0:root:VERB/VBD 5:det:DET/DT 3:obj:NOUN/NN 5:acl:VERB/VBN 8:case:ADP/IN 6:obl:NOUN/NN 10:case:ADP/IN 6:obl:PROPN/NNP 3:punct:PUNCT/."},
	{"goods seized from traders", "Protesters in Kenya burned goods seized from Ugandan traders.",
		"Kenya=KEN@; Ugandan traders=UGABUS", nil,
		"4:nsubj:NOUN/NNS 3:case:ADP/IN 1:nmod:PROPN/NNP 0:root:VERB/VBD 4:obj:NOUN/NNS 5:acl:VERB/VBN 9:case:ADP/IN 9:amod:ADJ/JJ 6:obl:NOUN/NNS 4:punct:PUNCT/."},
	// regret voiced over what another did disapproves of it; regret
	// expressed to someone apologises to them
	{"regret over a decision", "Japan voiced regret over the Chinese decision.", "Japan=JPN; Chinese=CHN#",
		[]string{"JPN CHN 110"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:xcomp:VERB/VB 7:case:ADP/IN 7:det:DET/DT 7:amod:ADJ/JJ 3:obl:NOUN/NN 2:punct:PUNCT/."},
	{"regret to a state", "Japan expressed regret to China for the incident.", "Japan=JPN; China=CHN",
		[]string{"JPN CHN 055"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:xcomp:VERB/VB 5:case:ADP/IN 3:obl:PROPN/NNP 8:case:ADP/IN 8:det:DET/DT 3:obl:NOUN/NN 2:punct:PUNCT/."},
	// engaging in business is no force; engaging in fighting is, and an
	// attempt fought is fought in words (111)
	{"engaged in exploration", "A French firm is engaged in oil exploration in Chad.", "French=FRA#; Chad=TCD@", nil, ""},
	{"engaged in fighting with", "Iraqi troops engaged in heavy fighting with Iranian forces.",
		"Iraqi troops=IRQMIL; Iranian forces=IRNMIL", []string{"IRQMIL IRNMIL 193"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 6:case:ADP/IN 6:amod:ADJ/JJ 3:obl:NOUN/NN 9:case:ADP/IN 9:amod:ADJ/JJ 6:nmod:NOUN/NNS 3:punct:PUNCT/."},
	{"engaged forces", "Iraqi troops engaged Iranian forces near Basra.",
		"Iraqi troops=IRQMIL; Iranian forces=IRNMIL; Basra=IRQ@", []string{"IRQMIL IRNMIL 190"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 5:amod:ADJ/JJ 3:obj:NOUN/NNS 7:case:ADP/IN 3:obl:PROPN/NNP 3:punct:PUNCT/."},
	{"fight an attempt", "Britain would fight the Japanese attempt to block the deal.",
		"Britain=GBR; Japanese=JPN#", []string{"GBR JPN 111 hyp"},
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 6:det:DET/DT 6:amod:ADJ/JJ 3:obj:NOUN/NN 8:mark:PART/TO 6:acl:VERB/VB 10:det:DET/DT 8:obj:NOUN/NN 3:punct:PUNCT/."},
	// diplomatic recognition (054) is of a state or a government: a need
	// or a fact recognised is acknowledged, and another's rights
	// recognised are acceded to (0833)
	{"recognised a state", "Sweden recognised Palestine.", "Sweden=SWE; Palestine=PSE", []string{"SWE PSE 054"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:PROPN/NNP 2:punct:PUNCT/."},
	{"recognises the need", "Canada recognises the need of Japan to cut its subsidies.", "Canada=CAN; Japan=JPN", nil, ""},
	{"recognises rights", "Turkey recognises Greek rights in the Aegean.", "Turkey=TUR; Greek=GRC#", []string{"TUR GRC 0833"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBZ 4:amod:ADJ/JJ 2:obj:NOUN/NNS 7:case:ADP/IN 7:det:DET/DT 4:nmod:PROPN/NNP 2:punct:PUNCT/."},
	// what one is unwilling to do is not done, though the tagger reads
	// "unwilling" as a participle (lemma "unwill")
	{"unwilling to lend", "Japanese banks are unwilling to provide new credits to Nigeria.",
		"Japanese banks=JPNBUS; Nigeria=NGA", []string{"JPNBUS NGA 071 neg"},
		"2:amod:ADJ/JJ 4:nsubj:NOUN/NNS 4:aux:AUX/VBP 0:root:VERB/VBG 6:mark:PART/TO 4:xcomp:VERB/VB 8:amod:ADJ/JJ 6:obj:NOUN/NNS 10:case:ADP/IN 6:obl:PROPN/NNP 4:punct:PUNCT/."},
	// an accord honoured is kept, no one praised; a person honoured is
	{"honour its commitment", "Russia will honour its commitment with Canada to buy corn.",
		"Russia=RUS; Canada=CAN", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 5:nmod:poss:PRON/PRP$ 3:obj:NOUN/NN 7:case:ADP/IN 5:nmod:PROPN/NNP 9:mark:PART/TO 3:advcl:VERB/VB 9:obj:NOUN/NN 3:punct:PUNCT/."},
	{"honoured a president", "China honoured the French president.", "China=CHN; French president=FRAGOV",
		[]string{"CHN FRAGOV 051"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:det:DET/DT 5:amod:ADJ/JJ 2:obj:NOUN/NN 2:punct:PUNCT/."},
	// support given with no kind named backs a party or a line (051);
	// financial or military support is aid
	{"gave support to a line", "Britain gave general support to the French line.",
		"Britain=GBR; French=FRA#", []string{"GBR FRA 051"}, ""},
	{"gave financial support", "Britain gave financial support to Kenya.", "Britain=GBR; Kenya=KEN",
		[]string{"GBR KEN 071"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:amod:ADJ/JJ 2:obj:NOUN/NN 6:case:ADP/IN 2:obl:PROPN/NNP 2:punct:PUNCT/."},
	// aid blocked or vetoed is stopped (162), no aid given
	{"vetoed aid", "Germany vetoed aid to Greece.", "Germany=DEU; Greece=GRC", []string{"DEU GRC 162"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:NOUN/NN 5:case:ADP/IN 3:nmod:PROPN/NNP 2:punct:PUNCT/."},
	{"blocked military aid", "The Senate blocked military aid to Nicaraguan rebels.",
		"Senate=USALEG; Nicaraguan rebels=NICREB", []string{"USALEG NICREB 1622"},
		"2:det:DET/DT 3:nsubj:PROPN/NNP 0:root:VERB/VBD 5:amod:ADJ/JJ 3:obj:NOUN/NN 8:case:ADP/IN 8:amod:ADJ/JJ 5:nmod:NOUN/NNS 3:punct:PUNCT/."},
	// to sanction a cut or a plan approves it; to sanction a state
	// penalises it (163)
	{"sanctioned a cut", "The British government sanctioned a half percentage point cut in interest rates.",
		"British government=GBRGOV", nil,
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 9:det:DET/DT 9:amod:NOUN/NN 9:compound:NOUN/NN 9:compound:NOUN/NN 4:obj:NOUN/NN 12:case:ADP/IN 12:compound:NOUN/NN 9:nmod:NOUN/NNS 4:punct:PUNCT/."},
	{"sanctioned a state", "The United States sanctioned Iran.", "United States=USA; Iran=IRN", []string{"USA IRN 163"},
		"3:det:DET/DT 3:amod:ADJ/NNP 4:nsubj:PROPN/NNPS 0:root:VERB/VBD 4:obj:PROPN/NNP 4:punct:PUNCT/."},
}

func TestPrecisionSenses(t *testing.T) { runRecall(t, sensesCases, nil) }

// TestAloneTargetNotInferred checks that whom an act its source may do
// alone is done to, when no one is named, is not inferred to be the
// country of the place where it was done (the test's keys show inferred
// countries as "---", so it reads the events themselves); force done in a
// place still is (the convention of the nodoer task).
func TestAloneTargetNotInferred(t *testing.T) {
	for _, tc := range []struct {
		name, text, actors, parse, code, target string
	}{
		{"resigned in Helsinki", "The Finnish government resigned in Helsinki.",
			"Finnish government=FINGOV; Helsinki=FIN@",
			"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 6:case:ADP/IN 4:obl:PROPN/NNP 4:punct:PUNCT/.",
			"0831", "---"},
		{"shot dead in Srinagar", "Two policemen were shot dead in Srinagar.",
			"Srinagar=IND@",
			"2:nummod:NUM/CD 4:nsubj:pass:NOUN/NNS 4:aux:pass:AUX/VBD 0:root:VERB/VBN 4:xcomp:ADJ/JJ 7:case:ADP/IN 4:obl:PROPN/NNP 4:punct:PUNCT/.",
			"", "INDCOP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := codeParsed(t, nil, tc.text, tc.actors, tc.parse)
			if len(evs) != 1 {
				t.Fatalf("%d events, want 1: %+v", len(evs), evs)
			}
			if e := evs[0]; e.Target != tc.target || tc.code != "" && e.Code != tc.code {
				t.Errorf("got %s %s %s (inferred %q), want target %s", e.Source, e.Target, e.Code, e.Inferred, tc.target)
			}
		})
	}
}

// TestComingActs checks that an act the text dates after the article
// (build's articles are of 2024-05-16), its verb in no past tense, is
// hypothetical: to come, not done. A past tense is done whatever the
// date, and an intent or a threat is the saying, dated by what it
// promises.
func TestComingActs(t *testing.T) {
	for _, tc := range []struct {
		name, text, actors, parse string
		dates                     []string
		want                      []string
	}{
		{"meet tomorrow", "Chinese officials meet Russian officials in Beijing tomorrow.",
			"Chinese officials=CHNGOV; Russian officials=RUSGOV",
			"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBP 5:amod:ADJ/JJ 3:obj:NOUN/NNS 7:case:ADP/IN 3:obl:PROPN/NNP 3:obl:unmarked:NOUN/NN 3:punct:PUNCT/.",
			[]string{"tomorrow=2024-05-17"}, []string{"CHNGOV RUSGOV 040 hyp"}},
		{"met yesterday", "Chinese officials met Russian officials in Beijing yesterday.",
			"Chinese officials=CHNGOV; Russian officials=RUSGOV",
			"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 5:amod:ADJ/JJ 3:obj:NOUN/NNS 7:case:ADP/IN 3:obl:PROPN/NNP 3:obl:unmarked:NOUN/NN 3:punct:PUNCT/.",
			[]string{"yesterday=2024-05-15"}, []string{"CHNGOV RUSGOV 040"}},
		{"signed, dated after", "Japan signed an accord with Peru on June 1.", "Japan=JPN; Peru=PER",
			"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:det:DET/DT 2:obj:NOUN/NN 6:case:ADP/IN 4:nmod:PROPN/NNP 8:case:ADP/IN 2:obl:PROPN/NNP 8:nummod:NUM/CD 2:punct:PUNCT/.",
			[]string{"June 1=2024-06-01"}, []string{"JPN PER 057"}},
		{"signs on June 1", "Japan signs an accord with Peru on June 1.", "Japan=JPN; Peru=PER",
			"2:nsubj:PROPN/NNP 0:root:VERB/VBZ 4:det:DET/DT 2:obj:NOUN/NN 6:case:ADP/IN 4:nmod:PROPN/NNP 8:case:ADP/IN 2:obl:PROPN/NNP 8:nummod:NUM/CD 2:punct:PUNCT/.",
			[]string{"June 1=2024-06-01"}, []string{"JPN PER 057 hyp"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := withDates(build(tc.text, tc.actors), tc.dates...)
			withParse(t, a, tc.parse)
			checkKeys(t, tc.text, coded(t, a), tc.want)
		})
	}
}

// TestUnwillingParticiple checks the same negation with the lemma the
// pipeline gives "unwilling" when the tagger reads it as a participle.
func TestUnwillingParticiple(t *testing.T) {
	runRecall(t, []recallCase{
		{"unwilling to lend, lemma unwill", "Japanese banks are unwilling to provide new credits to Nigeria.",
			"Japanese banks=JPNBUS; Nigeria=NGA", []string{"JPNBUS NGA 071 neg"},
			"2:amod:ADJ/JJ 4:nsubj:NOUN/NNS 4:aux:AUX/VBP 0:root:VERB/VBG 6:mark:PART/TO 4:xcomp:VERB/VB 8:amod:ADJ/JJ 6:obj:NOUN/NNS 10:case:ADP/IN 6:obl:PROPN/NNP 4:punct:PUNCT/."},
	}, map[string]string{"unwilling": "unwill", "banks": "bank", "are": "be", "credits": "credit"})
}
