package events

import (
	"slices"
	"testing"
)

// precisionRec3Cases are sentences written for these tests, of kinds the
// coder misread in a third sample of Reuters events.
var precisionRec3Cases = []recallCase{
	// "hit" and "strike" code force (190) only where an actor strikes
	// another: one "hard hit" by a slump or a strike of work, a ship that
	// hits a mine and an accord struck name no one who used force
	{"hard hit", "Kenyan farmers were hard hit when Uganda closed the border.",
		"Kenyan farmers=KENAGR; Uganda=UGA", nil,
		"2:amod:ADJ/JJ 5:nsubj:pass:NOUN/NNS 5:aux:pass:AUX/VBD 5:advmod:ADV/RB 0:root:VERB/VBN 8:advmod:ADV/WRB 8:nsubj:PROPN/NNP 5:advcl:VERB/VBD 10:det:DET/DT 8:obj:NOUN/NN 5:punct:PUNCT/."},
	{"hit by a slump", "Zambia, hit by a slump in copper sales, owes Britain money.",
		"Zambia=ZMB; Britain=GBR", nil,
		"3:nsubj:PROPN/NNP 3:punct:PUNCT/, 11:advcl:VERB/VBN 6:case:ADP/IN 6:det:DET/DT 3:obl:agent:NOUN/NN 9:case:ADP/IN 9:compound:NOUN/NN 6:nmod:NOUN/NNS 3:punct:PUNCT/, 0:root:VERB/VBZ 11:iobj:PROPN/NNP 11:obj:NOUN/NN 11:punct:PUNCT/."},
	{"strike which has hit", "The strike by Chilean dockers, which has hit shipping to Peru, goes on.",
		"Chilean dockers=CHLLAB; Peru=PER", []string{"CHLLAB --- 143"},
		"2:det:DET/DT 14:nsubj:NOUN/NN 5:case:ADP/IN 5:amod:ADJ/JJ 2:nmod:NOUN/NNS 9:punct:PUNCT/, 9:nsubj:PRON/WDT 9:aux:AUX/VBZ 2:acl:relcl:VERB/VBN 9:obj:NOUN/NN 12:case:ADP/IN 9:obl:PROPN/NNP 2:punct:PUNCT/, 0:root:VERB/VBZ 14:advmod:ADV/RB 14:punct:PUNCT/."},
	{"strike closed and hit", "A strike by Chilean dock workers closed the ports and hit ferry services to Peru.",
		"Chilean dock workers=CHLLAB; Peru=PER", []string{"CHLLAB --- 143"},
		"2:det:DET/DT 7:nsubj:NOUN/NN 6:case:ADP/IN 6:amod:ADJ/JJ 6:compound:NOUN/NN 2:nmod:NOUN/NNS 0:root:VERB/VBD 9:det:DET/DT 7:obj:NOUN/NNS 11:cc:CCONJ/CC 7:conj:VERB/VBP 13:amod:ADJ/JJ 11:obj:NOUN/NNS 15:case:ADP/IN 11:obl:PROPN/NNP 7:punct:PUNCT/."},
	{"hit a mine", "A Panamanian freighter struck a mine near Bahrain.", "Panamanian=PAN; Bahrain=BHR", nil,
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 6:det:DET/DT 4:obj:NOUN/NN 8:case:ADP/IN 6:nmod:PROPN/NNP 4:punct:PUNCT/."},
	{"accord struck", "The accord struck by Chile in May will end the dispute.", "Chile=CHL", nil,
		"2:det:DET/DT 9:nsubj:NOUN/NN 2:acl:VERB/VBN 5:case:ADP/IN 3:obl:agent:PROPN/NNP 7:case:ADP/IN 3:obl:PROPN/NNP 9:aux:AUX/MD 0:root:VERB/VB 11:det:DET/DT 9:obj:NOUN/NN 9:punct:PUNCT/."},
	// force used stays force
	{"hit by a missile", "An Iranian tanker was hit by an Iraqi missile.", "Iranian=IRN; Iraqi=IRQ",
		[]string{"IRQ IRN 190"},
		"3:det:DET/DT 3:amod:ADJ/JJ 5:nsubj:pass:NOUN/NN 5:aux:pass:AUX/VBD 0:root:VERB/VBN 9:case:ADP/IN 9:det:DET/DT 9:amod:ADJ/JJ 5:obl:agent:NOUN/NN 5:punct:PUNCT/."},
	{"bombed and hit", "Iraqi jets bombed the port and hit an Iranian tanker.", "Iraqi=IRQ; Iranian=IRN",
		[]string{"IRQ IRN 190"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 5:det:DET/DT 3:obj:NOUN/NN 7:cc:CCONJ/CC 3:conj:VERB/VBD 10:det:DET/DT 10:amod:ADJ/JJ 7:obj:NOUN/NN 3:punct:PUNCT/."},
	// dealing with an actor engages it (05); dealing with a matter or a
	// response handles it, and dealing on a market trades: no event
	{"deal with a response", "Egypt is ready to deal with a Libyan reaction.", "Egypt=EGY; Libyan=LBY", nil,
		"3:nsubj:PROPN/NNP 3:cop:AUX/VBZ 0:root:ADJ/JJ 5:mark:PART/TO 3:xcomp:VERB/VB 9:case:ADP/IN 9:det:DET/DT 9:amod:ADJ/JJ 5:obl:NOUN/NN 3:punct:PUNCT/."},
	{"deal with disputes", "The Dutch premier has had to deal with a series of disputes with Belgium.",
		"Dutch premier=NLDGOV; Belgium=BEL", nil,
		"3:det:DET/DT 3:amod:ADJ/JJ 5:nsubj:NOUN/NN 5:aux:AUX/VBZ 0:root:VERB/VBN 7:mark:PART/TO 5:xcomp:VERB/VB 10:case:ADP/IN 10:det:DET/DT 7:obl:NOUN/NN 12:case:ADP/IN 10:nmod:NOUN/NNS 14:case:ADP/IN 12:nmod:PROPN/NNP 5:punct:PUNCT/."},
	{"dealing on a market", "Swiss banks were dealing on the Frankfurt bourse.", "Swiss banks=CHEBUS; Frankfurt=DEU", nil,
		"2:amod:ADJ/JJ 4:nsubj:NOUN/NNS 4:aux:AUX/VBD 0:root:VERB/VBG 8:case:ADP/IN 8:det:DET/DT 8:compound:PROPN/NNP 4:obl:NOUN/NN 4:punct:PUNCT/."},
	{"deal with a country", "Brazil will deal with Britain directly.", "Brazil=BRA; Britain=GBR",
		[]string{"BRA GBR 050 hyp"},
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 5:case:ADP/IN 3:obl:PROPN/NNP 3:advmod:ADV/RB 3:punct:PUNCT/."},
	{"deal directly with", "Mexico has started to deal directly with Peru on the matter.", "Mexico=MEX; Peru=PER",
		[]string{"MEX PER 050"},
		"3:nsubj:PROPN/NNP 3:aux:AUX/VBZ 0:root:VERB/VBN 5:mark:PART/TO 3:xcomp:VERB/VB 5:advmod:ADV/RB 8:case:ADP/IN 5:obl:PROPN/NNP 11:case:ADP/IN 11:det:DET/DT 5:obl:NOUN/NN 3:punct:PUNCT/."},
	// a participle joined to a passive shares its auxiliary, though the
	// parse reads it as an adjective: the victims are its subject, no doer
	{"killed and 30 wounded", "Eight Sudanese policemen were killed and 30 wounded.",
		"Sudanese policemen=SDNCOP", []string{"--- SDNCOP 190"},
		"3:nummod:NUM/CD 3:amod:ADJ/JJ 5:nsubj:pass:NOUN/NNS 5:aux:pass:AUX/VBD 0:root:VERB/VBN 8:cc:CCONJ/CC 8:nummod:NUM/CD 5:conj:ADJ/JJ 5:punct:PUNCT/."},
	{"killed, wounded or captured", "Dozens of Somali militiamen were killed, wounded or captured.",
		"Somali militiamen=SOMUAF", []string{"--- SOMUAF 190"},
		"6:nsubj:pass:NOUN/NNS 4:case:ADP/IN 4:amod:ADJ/JJ 1:nmod:NOUN/NNS 6:aux:pass:AUX/VBD 0:root:VERB/VBN 8:punct:PUNCT/, 6:conj:ADJ/JJ 10:cc:CCONJ/CC 6:conj:VERB/VBN 6:punct:PUNCT/."},
	{"killed and wounded, active", "Iraqi troops killed ten Iranians and wounded 40 others.",
		"Iraqi troops=IRQMIL; Iranians=IRN", []string{"IRQMIL IRN 190", "IRQMIL --- 182"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 5:nummod:NUM/CD 3:obj:PROPN/NNPS 7:cc:CCONJ/CC 3:conj:VERB/VBD 9:nummod:NUM/CD 7:obj:NOUN/NNS 3:punct:PUNCT/."},
	// trade that harms producers uses no force (18-20)
	{"imports injured", "Korean shoe imports have injured Italian makers.", "Korean=KOR; Italian=ITA", nil,
		"3:amod:ADJ/JJ 3:compound:NOUN/NN 5:nsubj:NOUN/NNS 5:aux:AUX/VBP 0:root:VERB/VBN 7:amod:ADJ/JJ 5:obj:NOUN/NNS 5:punct:PUNCT/."},
	// competing rivals someone in a market; it voices no disapproval (110)
	{"compete with exporters", "Canadian firms must compete with American exporters.",
		"Canadian firms=CANBUS; American exporters=USABUS", nil,
		"2:amod:ADJ/JJ 4:nsubj:NOUN/NNS 4:aux:AUX/MD 0:root:VERB/VB 7:case:ADP/IN 7:amod:ADJ/JJ 4:obl:NOUN/NNS 4:punct:PUNCT/."},
	{"compete with a code", "Chile must lower its taxes to compete with Peru's new mining code.",
		"Chile=CHL; Peru=PER", nil,
		"3:nsubj:PROPN/NNP 3:aux:AUX/MD 0:root:VERB/VB 5:nmod:poss:PRON/PRP$ 3:obj:NOUN/NNS 7:mark:PART/TO 3:xcomp:VERB/VB 13:case:ADP/IN 13:nmod:poss:PROPN/NNP 9:case:PART/POS 13:amod:ADJ/JJ 13:compound:NOUN/NN 7:obl:NOUN/NN 3:punct:PUNCT/."},
	// 172 restricts actors (curfews, bans, curbs on freedoms): curbing an
	// amount, prices or one's own presence is policy, no coercion
	{"restrict the volume of sales", "Zambia wants to restrict the volume of copper sales.", "Zambia=ZMB", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBZ 4:mark:PART/TO 2:xcomp:VERB/VB 6:det:DET/DT 4:obj:NOUN/NN 9:case:ADP/IN 9:compound:NOUN/NN 6:nmod:NOUN/NNS 2:punct:PUNCT/."},
	{"restrict its presence", "The Indian army will restrict its presence in the border villages.", "Indian army=INDMIL; Indian=IND", nil,
		"3:det:DET/DT 3:amod:ADJ/JJ 5:nsubj:NOUN/NN 5:aux:AUX/MD 0:root:VERB/VB 7:nmod:poss:PRON/PRP$ 5:obj:NOUN/NN 11:case:ADP/IN 11:det:DET/DT 11:compound:NOUN/NN 5:obl:NOUN/NNS 5:punct:PUNCT/."},
	{"restrict the presence of monitors", "Israel restricted the presence of Egyptian monitors.", "Israel=ISR; Egyptian=EGY",
		[]string{"ISR EGY 172"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:det:DET/DT 2:obj:NOUN/NN 7:case:ADP/IN 7:amod:ADJ/JJ 4:nmod:NOUN/NNS 2:punct:PUNCT/."},
	// a budget or a bill defeated in a vote is voted down, with no force
	{"defeated the budget", "The Italian Senate defeated Prime Minister Craxi's budget in a vote.",
		"Italian Senate=ITALEG; Prime Minister Craxi=ITAGOV", nil,
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:PROPN/NNP 0:root:VERB/VBD 7:compound:PROPN/NNP 7:compound:PROPN/NNP 9:nmod:poss:PROPN/NNP 7:case:PART/POS 4:obj:NOUN/NN 12:case:ADP/IN 12:det:DET/DT 4:obl:NOUN/NN 4:punct:PUNCT/."},
	{"defeated on a vote", "On Tuesday the Italian Senate defeated on a close vote the new budget of Prime Minister Craxi.",
		"Italian Senate=ITALEG; Prime Minister Craxi=ITAGOV", nil,
		"2:case:ADP/IN 6:obl:PROPN/NNP 5:det:DET/DT 5:amod:ADJ/JJ 6:nsubj:PROPN/NNP 0:root:VERB/VBD 10:case:ADP/IN 10:det:DET/DT 10:amod:ADJ/JJ 6:obl:NOUN/NN 13:det:DET/DT 13:amod:ADJ/JJ 6:obj:NOUN/NN 17:case:ADP/IN 17:compound:PROPN/NNP 17:compound:PROPN/NNP 13:nmod:PROPN/NNP 6:punct:PUNCT/."},
	{"defeated the rebels", "Chilean troops defeated the rebels in a battle.", "Chilean troops=CHLMIL; rebels=CHLREB",
		[]string{"CHLMIL CHLREB 190"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 5:det:DET/DT 3:obj:NOUN/NNS 8:case:ADP/IN 8:det:DET/DT 3:obl:NOUN/NN 3:punct:PUNCT/."},
	// "no" on a plan negates what the plan is for
	{"no plans for X to meet", "Officials said there are no plans for Chile's finance minister to meet the IMF chief.",
		"Chile's finance minister=CHLGOV; IMF=IGOUNOIMF", []string{"CHLGOV IGOUNOIMF 040 neg hyp"},
		"2:nsubj:NOUN/NNS 0:root:VERB/VBD 4:expl:PRON/EX 2:ccomp:VERB/VBP 6:det:DET/DT 4:nsubj:NOUN/NNS 11:case:ADP/IN 11:nmod:poss:PROPN/NNP 8:case:PART/POS 11:compound:NOUN/NN 6:nmod:NOUN/NN 13:mark:PART/TO 6:acl:VERB/VB 16:det:DET/DT 16:compound:PROPN/NNP 13:obj:NOUN/NN 2:punct:PUNCT/."},
	{"plans for X to meet", "Officials said there are plans for Chile's finance minister to meet the IMF chief.",
		"Chile's finance minister=CHLGOV; IMF=IGOUNOIMF", []string{"CHLGOV IGOUNOIMF 040 hyp"},
		"2:nsubj:NOUN/NNS 0:root:VERB/VBD 4:expl:PRON/EX 2:ccomp:VERB/VBP 4:nsubj:NOUN/NNS 10:case:ADP/IN 10:nmod:poss:PROPN/NNP 7:case:PART/POS 10:compound:NOUN/NN 5:nmod:NOUN/NN 12:mark:PART/TO 5:acl:VERB/VB 15:det:DET/DT 15:compound:PROPN/NNP 12:obj:NOUN/NN 2:punct:PUNCT/."},
	// a phrase of place ("south of Iran's Kharg island") that the parse
	// makes the by-agent names no doer
	{"struck by a rocket east of", "A Kuwaiti ship was struck by a rocket east of Iraq's Faw peninsula.",
		"Kuwaiti=KWT; Iraq=IRQ", nil,
		"3:det:DET/DT 3:amod:ADJ/JJ 5:nsubj:pass:NOUN/NN 5:aux:pass:AUX/VBD 0:root:VERB/VBN 9:case:ADP/IN 9:det:DET/DT 9:compound:NOUN/NN 5:obl:agent:NOUN/NN 14:case:ADP/IN 14:nmod:poss:PROPN/NNP 11:case:PART/POS 14:compound:PROPN/NNP 9:nmod:PROPN/NNP 5:punct:PUNCT/."},
	// "wounded" carried or treated is those hurt before, a noun: no one
	// wounds them here
	{"evacuate wounded", "Red Cross teams began to evacuate wounded from the Lebanese camps.",
		"Red Cross=NGOHLHIRC; Lebanese=LBN", nil,
		"2:amod:ADJ/NNP 3:compound:PROPN/NNP 4:nsubj:NOUN/NNS 0:root:VERB/VBD 6:mark:PART/TO 4:xcomp:VERB/VB 6:xcomp:ADJ/JJ 11:case:ADP/IN 11:det:DET/DT 11:amod:ADJ/JJ 7:obl:NOUN/NNS 4:punct:PUNCT/."},
	{"troops wounded villagers", "Israeli troops wounded Lebanese villagers.", "Israeli troops=ISRMIL; Lebanese villagers=LBNCVL",
		[]string{"ISRMIL LBNCVL 182"},
		"2:amod:ADJ/JJ 3:nsubj:NOUN/NNS 0:root:VERB/VBD 5:amod:ADJ/JJ 3:obj:NOUN/NNS 3:punct:PUNCT/."},
	// goods ordered are bought: an order placed demands nothing (10)
	{"ordered trucks", "Peru ordered 40 army trucks from a Brazilian firm.", "Peru=PER; Brazilian=BRA", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:nummod:NUM/CD 5:compound:NOUN/NN 2:obj:NOUN/NNS 9:case:ADP/IN 9:det:DET/DT 9:amod:ADJ/JJ 2:obl:NOUN/NN 2:punct:PUNCT/."},
	{"fighters ordered by", "The fighters ordered by Egypt will arrive in May.", "Egypt=EGY", nil,
		"2:det:DET/DT 7:nsubj:NOUN/NNS 2:acl:VERB/VBN 5:case:ADP/IN 3:obl:agent:PROPN/NNP 7:aux:AUX/MD 0:root:VERB/VB 9:case:ADP/IN 7:obl:PROPN/NNP 7:punct:PUNCT/."},
	{"ordered to withdraw", "Pakistan ordered India to withdraw its troops.", "Pakistan=PAK; India=IND", []string{"PAK IND 1056"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:PROPN/NNP 5:mark:PART/TO 2:xcomp:VERB/VB 7:nmod:poss:PRON/PRP$ 5:obj:NOUN/NNS 2:punct:PUNCT/."},
	// a source who asks not to be named asks for anonymity, no actor
	{"asked not to be identified", "Officials who asked not to be identified said Kenya had asked Britain for arms.",
		"Officials=---GOV; Kenya=KEN; Britain=GBR", []string{"KEN GBR 0232"},
		"8:nsubj:NOUN/NNS 3:nsubj:PRON/WP 1:acl:relcl:VERB/VBD 3:advmod:PART/RB 7:mark:PART/TO 7:aux:pass:AUX/VB 3:xcomp:VERB/VBN 0:root:VERB/VBD 11:nsubj:PROPN/NNP 11:aux:AUX/VBD 8:ccomp:VERB/VBN 11:iobj:PROPN/NNP 14:case:ADP/IN 11:obl:NOUN/NNS 8:punct:PUNCT/."},
}

func TestPrecisionRec3(t *testing.T) {
	runRecall(t, precisionRec3Cases, map[string]string{"workers": "worker", "dockers": "docker"})
}

// TestNoDoerNoState: force whose doer no one names, not even by a role,
// is no state's: the country of the text is inferred for a doer named by
// a role only ("gunmen"), never for the unknown source itself.
func TestNoDoerNoState(t *testing.T) {
	for _, tc := range []struct {
		name, text, actors string
		want               []string // "SRC TGT CODE inferred"
		parse              string
	}{
		{"killed, no doer", "Nine Kenyan soldiers were killed on Monday.", "Kenyan=KEN",
			[]string{"--- KENMIL 190 "},
			"3:nummod:NUM/CD 3:amod:ADJ/JJ 5:nsubj:pass:NOUN/NNS 5:aux:pass:AUX/VBD 0:root:VERB/VBN 7:case:ADP/IN 5:obl:PROPN/NNP 5:punct:PUNCT/."},
		{"wounded in a shooting", "Six Kenyan policemen were wounded in a shooting.", "Kenyan=KEN",
			[]string{"--- KENCOP 182 "},
			"3:nummod:NUM/CD 3:amod:ADJ/JJ 5:nsubj:NOUN/NNS 5:cop:AUX/VBD 0:root:ADJ/JJ 8:case:ADP/IN 8:det:DET/DT 5:obl:NOUN/NN 5:punct:PUNCT/."},
		{"gunmen still inferred", "Gunmen killed nine Kenyan villagers.", "Kenyan=KEN",
			[]string{"KENUAF KENCVL 190 source"},
			"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:nummod:NUM/CD 5:amod:ADJ/JJ 2:obj:NOUN/NNS 2:punct:PUNCT/."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range codeParsed(t, nil, tc.text, tc.actors, tc.parse) {
				got = append(got, e.Source+" "+e.Target+" "+e.Code+" "+e.Inferred)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}
