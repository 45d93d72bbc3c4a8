package events

import (
	"context"
	"testing"

	"dyad"
)

// recallSanctionCases are sentences of the kinds of news of sanctions (16),
// threats (13), mobilisation (15) and material cooperation (06), written
// for these tests after the CAMEO codebook's descriptions of the codes:
// each names who did what to whom as the codebook codes it, or nothing
// where the words only look like such an event.
var recallSanctionCases = []recallCase{
	// 13: threatening to do an act is a control verb: the act is coded,
	// hypothetical, and its threat by kind (1384 for force, 130 for an act
	// the codebook has no threat of its own for)
	{"threatened to shoot down", "North Korea threatened to shoot down American planes .", "North Korea=PRK; American=USA#",
		[]string{"PRK USA 193 hyp", "PRK USA 1384"},
		"3:nsubj:PROPN 3:flat:PROPN 0:root:VERB 5:mark:PART 3:xcomp:VERB 5:compound:prt:ADP 8:amod:ADJ 5:obj:NOUN 3:punct:PUNCT"},
	{"threatened to veto", "Turkey threatened to veto the membership of Sweden .", "Turkey=TUR; Sweden=SWE",
		[]string{"TUR SWE 129 hyp", "TUR SWE 130"},
		"2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 6:det:DET 4:obj:NOUN 8:case:ADP 6:nmod:PROPN 2:punct:PUNCT"},
	{"threatened to recognise", "Serbia threatened to recognise the independence of Kosovo .", "Serbia=SRB; Kosovo=KSV",
		[]string{"SRB KSV 054 hyp", "SRB KSV 130"},
		"2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 6:det:DET 4:obj:NOUN 8:case:ADP 6:nmod:PROPN 2:punct:PUNCT"},
	{"threatened with an offensive", "Azerbaijan threatened Armenia with a new offensive.", "Azerbaijan=AZE; Armenia=ARM",
		[]string{"AZE ARM 1384"}, ""},
	// a strike threatened alone is a strike of labour (133), not force
	{"threatened a strike", "The unions threatened a general strike against the government.", "",
		[]string{"---LAB ---GOV 133"}, ""},
	// a warning that the warner itself will act threatens that act: talks
	// halted (134), peacekeepers expelled (136), relations cut (1313)
	{"warned it would break off talks", "Iran warned it would break off negotiations with Germany .", "Iran=IRN; Germany=DEU",
		[]string{"IRN DEU 164 hyp", "IRN DEU 134"},
		"2:nsubj:PROPN 0:root:VERB 5:nsubj:PRON 5:aux:AUX 2:ccomp:VERB 5:compound:prt:ADP 5:obj:NOUN 9:case:ADP 5:obl:PROPN 2:punct:PUNCT"},
	{"warned it would expel", "Hungary warned it would expel the Dutch ambassador .", "Hungary=HUN; Dutch ambassador=NLDGOV#",
		[]string{"HUN NLDGOV 161 hyp", "HUN NLDGOV 1313"},
		"2:nsubj:PROPN 0:root:VERB 5:nsubj:PRON 5:aux:AUX 2:ccomp:VERB 8:det:DET 8:amod:ADJ 5:obj:NOUN 2:punct:PUNCT"},
	// the warning of another's act is no threat of the warner's own (its
	// warning only)
	{"warned others would", "Iran warned that the rebels would break off negotiations with Germany .", "Iran=IRN; Germany=DEU",
		[]string{"IRN ---REB 130"},
		"2:nsubj:PROPN 0:root:VERB 7:mark:SCONJ 5:det:DET 7:nsubj:NOUN 7:aux:AUX 2:ccomp:VERB 7:compound:prt:ADP 7:obj:NOUN 11:case:ADP 7:obl:PROPN 2:punct:PUNCT"},
	// a threat of force may name no one, as force may: the threatened stays
	// no one named, never the threatening state itself
	{"threatened to attack no one named", "The rebels threatened to attack the capital .", "",
		[]string{"---REB --- 1384"},
		"2:det:DET 3:nsubj:NOUN 0:root:VERB 5:mark:PART 3:xcomp:VERB 7:det:DET 5:obj:NOUN 3:punct:PUNCT"},
	// 15: forces and police shown, deployed, put on alert or called up are
	// the state's own (the object names no one acted on), and may name no
	// target, a city "in" which they are deployed being where, not whom
	{"reservists mobilised", "Armenia mobilised its reservists .", "Armenia=ARM",
		[]string{"ARM --- 154"},
		"2:nsubj:PROPN 0:root:VERB 4:nmod:poss:PRON 2:obj:NOUN 2:punct:PUNCT"},
	{"security tightened", "Pakistan tightened security in Islamabad .", "Pakistan=PAK; Islamabad=PAK@",
		[]string{"PAK --- 153"},
		"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 5:case:ADP 2:obl:PROPN 2:punct:PUNCT"},
	{"presence boosted", "China boosted its military presence near Taiwan.", "China=CHN; Taiwan=TWN",
		[]string{"CHN TWN 154"}, ""},
	{"deployment announced", "The Pentagon announced the deployment of 3000 troops to Poland .", "Pentagon=USAMIL; Poland=POL",
		[]string{"USAMIL POL 154"},
		"2:det:DET 3:nsubj:PROPN 0:root:VERB 5:det:DET 3:obj:NOUN 8:case:ADP 8:nummod:NUM 5:nmod:NOUN 10:case:ADP 5:nmod:PROPN 3:punct:PUNCT"},
	// a nuclear test carried out shows military power (150), and its threat
	// is one of force (138)
	{"nuclear test", "The Soviet Union carried out a nuclear test .", "Soviet Union=RUS",
		[]string{"RUS --- 150"},
		"3:det:DET 3:compound:PROPN 4:nsubj:PROPN 0:root:VERB 4:compound:prt:ADP 8:det:DET 8:amod:ADJ 4:obj:NOUN 4:punct:PUNCT"},
	{"nuclear test threatened", "North Korea threatened to conduct a nuclear test .", "North Korea=PRK",
		[]string{"PRK --- 150 hyp", "PRK --- 138"},
		"2:compound:PROPN 3:nsubj:PROPN 0:root:VERB 5:mark:PART 3:xcomp:VERB 8:det:DET 8:amod:ADJ 5:obj:NOUN 3:punct:PUNCT"},
	// a boycott of elections threatened is dissent (133), not sanctions;
	// ambassadors expelled reduce relations (161)
	{"boycott of elections threatened", "The opposition threatened to boycott the elections.", "",
		[]string{"---OPP --- 133"},
		"2:det:DET 3:nsubj:NOUN 0:root:VERB 5:mark:PART 3:xcomp:VERB 7:det:DET 5:obj:NOUN 3:punct:PUNCT"},
	{"ambassadors expelled", "Turkey expelled ten Western ambassadors.", "Turkey=TUR", []string{"TUR ---GOV 161"}, ""},
	// a military that puts its own troops on alert acts on no one
	{"own troops on alert", "The Philippine military put its troops on red alert .", "Philippine military=PHLMIL#",
		[]string{"PHLMIL --- 152"},
		"4:det:DET 4:amod:ADJ 4:nsubj:NOUN 0:root:VERB 6:nmod:poss:PRON 4:obj:NOUN 9:case:ADP 9:amod:ADJ 4:obl:NOUN 4:punct:PUNCT"},
	// forces deployed in the passive are deployed by their own state
	{"troops were deployed", "Ethiopian troops were deployed along the border with Eritrea .", "Ethiopian troops=ETHMIL#; Eritrea=ERI",
		[]string{"ETHMIL ERI 154"},
		"2:amod:ADJ 4:nsubj:pass:NOUN 4:aux:pass:AUX 0:root:VERB/VBN 7:case:ADP 7:det:DET 4:obl:NOUN 9:case:ADP 7:nmod:PROPN 4:punct:PUNCT"},
	{"sector mobilised", "The Japanese sector was mobilised .", "Japanese=JPN#",
		nil,
		"3:det:DET 3:amod:ADJ 5:nsubj:pass:NOUN 5:aux:pass:AUX 0:root:VERB/VBN 5:punct:PUNCT"},
	// strength shown in an economy is no power shown
	{"strength in exports", "Japan showed strength in its exports .", "Japan=JPN",
		nil,
		"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 6:case:ADP 6:nmod:poss:PRON 3:nmod:NOUN 2:punct:PUNCT"},
	// exercises held jointly are military cooperation of those who hold them (062), wherever
	{"joint exercises in a sea", "China and Russia held joint naval exercises in the Sea of Japan .", "China=CHN; Russia=RUS; Japan=JPN",
		[]string{"CHN RUS 062", "RUS CHN 062"},
		"4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 7:amod:ADJ 7:amod:ADJ 4:obj:NOUN 10:case:ADP 10:det:DET 7:nmod:PROPN 12:case:ADP 10:nmod:PROPN 4:punct:PUNCT"},
	{"joint drills launched", "The United States and the Philippines launched joint military drills.", "United States=USA; Philippines=PHL",
		[]string{"USA PHL 062", "PHL USA 062"}, ""},
	// 16: a member suspended from a body (160), treaties in the plural ended
	// (160), military aid paused (1622), dialogue suspended or talks called
	// off (164), a mission or foreign forces ordered out (166, 1661)
	{"membership suspended", "The African Union suspended Mali's membership.", "African Union=IGOAFRAFU; Mali=MLI",
		[]string{"IGOAFRAFU MLI 160"}, ""},
	{"suspended from a body", "The African Union suspended Niger from all its activities.", "African Union=IGOAFRAFU; Niger=NER",
		[]string{"IGOAFRAFU NER 160"}, ""},
	{"agreements terminated", "Mali terminated its defence agreements with France.", "Mali=MLI; France=FRA",
		[]string{"MLI FRA 160"}, ""},
	{"military aid paused", "The United States paused military aid to Ukraine.", "United States=USA; Ukraine=UKR",
		[]string{"USA UKR 1622"}, ""},
	{"dialogue suspended", "Kosovo and Serbia suspended their dialogue.", "Kosovo=KSV; Serbia=SRB",
		[]string{"KSV SRB 164", "SRB KSV 164"}, ""},
	{"talks called off", "North Korea called off talks with South Korea.", "North Korea=PRK; South Korea=KOR",
		[]string{"PRK KOR 164"}, ""},
	{"office told to leave", "Venezuela ordered the UN human rights office to leave the country.", "Venezuela=VEN; UN=IGOUNO",
		[]string{"VEN IGOUNO 166"}, ""},
	{"troops told to leave", "Niger ordered French troops to leave the country.", "Niger=NER; French troops=FRAMIL#",
		[]string{"NER FRAMIL 166"}, ""},
	{"peacekeepers ordered out", "The Congo ordered the UN peacekeepers out of the country.", "Congo=COD; UN=IGOUNO",
		[]string{"COD IGOUNO 1661"}, ""},
	{"expulsion of a mission", "Kinshasa ordered the expulsion of the UN mission.", "Kinshasa=COD; UN=IGOUNO",
		[]string{"COD IGOUNO 166"}, ""},
	// a company suspended from trading leaves no body
	{"suspended from trading", "The exchange suspended Sony from trading.", "Sony=JPNBUS", nil, ""},
	// 06: a pact of defence or economic cooperation signed (062, 061);
	// intelligence exchanged by two, or agreed to be (064, 0314); bilateral
	// trade grown by both (061); partners who team up (060); an
	// investigation held jointly (063)
	{"defence cooperation pact", "India and Japan signed a defence cooperation pact.", "India=IND; Japan=JPN",
		[]string{"IND JPN 062", "JPN IND 062"}, ""},
	{"economic cooperation agreement", "Vietnam and Laos signed an economic cooperation agreement.", "Vietnam=VNM; Laos=LAO",
		[]string{"VNM LAO 061", "LAO VNM 061"}, ""},
	{"intelligence exchanged", "The United States and Mexico exchanged intelligence on the cartels.", "United States=USA; Mexico=MEX",
		[]string{"USA MEX 064", "MEX USA 064"}, ""},
	{"agreed to exchange intelligence", "Japan and Australia agreed to exchange intelligence.", "Japan=JPN; Australia=AUS",
		[]string{"JPN AUS 0314", "AUS JPN 0314"}, ""},
	{"bilateral trade boosted", "China and Pakistan boosted bilateral trade.", "China=CHN; Pakistan=PAK",
		[]string{"CHN PAK 061", "PAK CHN 061"}, ""},
	{"trade surplus grown", "Japan and Taiwan increased their trade surpluses.", "Japan=JPN; Taiwan=TWN", nil, ""},
	{"teamed up", "Germany and France teamed up to build a tank.", "Germany=DEU; France=FRA",
		[]string{"DEU FRA 060", "FRA DEU 060"}, ""},
	{"joint investigation", "Brazil and Argentina launched a joint investigation into the smuggling ring.", "Brazil=BRA; Argentina=ARG",
		[]string{"BRA ARG 063", "ARG BRA 063"}, ""},
	// cooperating on something is done with each other (060); cooperation
	// of a kind stepped up is that kind (061-064); a prisoner transferred or
	// evidence handed to another state's authorities is judicial (063)
	{"agreed to cooperate on", "Mexico and Peru agreed to cooperate on border security.", "Mexico=MEX; Peru=PER",
		[]string{"MEX PER 060 hyp", "PER MEX 060 hyp", "MEX PER 031", "PER MEX 031"}, ""},
	{"security cooperation strengthened", "India and Bangladesh strengthened security cooperation.", "India=IND; Bangladesh=BGD",
		[]string{"IND BGD 062", "BGD IND 062"}, ""},
	{"economic cooperation expanded", "China and Russia expanded economic cooperation.", "China=CHN; Russia=RUS",
		[]string{"CHN RUS 061", "RUS CHN 061"}, ""},
	{"prisoner transferred", "Brazil transferred the prisoner to Paraguay.", "Brazil=BRA; Paraguay=PRY",
		[]string{"BRA PRY 063"}, ""},
	{"evidence handed over", "Ireland handed over evidence to Britain.", "Ireland=IRL; Britain=GBR",
		[]string{"IRL GBR 063"}, ""},
	{"evidence of a crime handed over", "Ireland handed over evidence of the smuggling to Britain.", "Ireland=IRL; Britain=GBR",
		[]string{"IRL GBR 063"}, ""},
	// force or arrests done jointly: the act on its target, and the two
	// cooperating militarily (062) or judicially (063)
	{"joint operation against", "Kenya and Somalia launched a joint operation against al-Shabaab .", "Kenya=KEN; Somalia=SOM; al-Shabaab=SOMREB",
		[]string{"KEN SOMREB 190", "SOM SOMREB 190", "KEN SOM 062", "SOM KEN 062"},
		"4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 7:det:DET 7:amod:ADJ 4:obj:NOUN 9:case:ADP 4:obl:PROPN 4:punct:PUNCT"},
	{"jointly arrested", "Spain and Portugal jointly arrested the smugglers .", "Spain=ESP; Portugal=PRT",
		[]string{"ESP --- 173", "ESP PRT 063", "PRT --- 173", "PRT ESP 063"},
		"5:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 5:advmod:ADV 0:root:VERB 7:det:DET 5:obj:NOUN 5:punct:PUNCT"},
	{"attacked apart", "Chad and Niger attacked the rebels .", "Chad=TCD; Niger=NER",
		[]string{"TCD ---REB 190", "NER ---REB 190"},
		"4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 6:det:DET 4:obj:NOUN 4:punct:PUNCT"},
	// 16 more: an organisation or a court quit (160; from a country a state
	// withdraws forces, no relations), joint drills called off (160), trade
	// halted (163), visas revoked (163), an embassy's closure (161), talks
	// put off (164, no meeting), a military mission ended (1622)
	{"court quit", "Burundi withdrew from the International Criminal Court.", "Burundi=BDI; International Criminal Court=IGOJUDICC",
		[]string{"BDI IGOJUDICC 160"}, ""},
	{"drills called off", "Israel cancelled joint military exercises with Turkey.", "Israel=ISR; Turkey=TUR",
		[]string{"ISR TUR 160"}, ""},
	{"trade suspended", "India suspended trade with Pakistan.", "India=IND; Pakistan=PAK",
		[]string{"IND PAK 163"}, ""},
	{"visas revoked", "The United States revoked the visas of Nicaraguan officials.", "United States=USA; Nicaraguan officials=NICGOV#",
		[]string{"USA NICGOV 163"}, ""},
	{"embassy closure ordered", "Azerbaijan ordered the closure of the French embassy.", "Azerbaijan=AZE; French=FRA#",
		[]string{"AZE FRA 161"}, ""},
	{"talks postponed", "Egypt postponed talks with Ethiopia.", "Egypt=EGY; Ethiopia=ETH",
		[]string{"EGY ETH 164"}, ""},
	{"mission ended", "Germany ended its military training mission in Niger.", "Germany=DEU; Niger=NER",
		[]string{"DEU NER 1622"}, ""},
	// the same acts named by a noun: the source is the one that announces
	// it, or its by-phrase
	{"suspension of relations announced", "Ghana announced the suspension of diplomatic relations with Morocco .", "Ghana=GHA; Morocco=MAR",
		[]string{"GHA MAR 160"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 7:case:ADP 7:amod:ADJ 4:nmod:NOUN 9:case:ADP 7:nmod:PROPN 2:punct:PUNCT"},
	{"withdrawal of ambassador announced", "Peru announced the withdrawal of its ambassador from Mexico .", "Peru=PER; Mexico=MEX",
		[]string{"PER MEX 161"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 7:case:ADP 7:nmod:poss:PRON 4:nmod:NOUN 9:case:ADP 7:nmod:PROPN 2:punct:PUNCT"},
	{"suspension of aid by", "The suspension of aid to Haiti by Canada was announced on Monday.", "Haiti=HTI; Canada=CAN",
		[]string{"CAN HTI 162"}, ""},
	// a junta is a government (GOV), as the Phoenix agents code it
	{"junta expelled", "The junta expelled the French ambassador.", "French ambassador=FRAGOV#",
		[]string{"---GOV FRAGOV 161"}, ""},
	// retaliation of trade threatened is a threat of sanctions (1312), not
	// of force; and a threat of a kind may name no one
	{"trade retaliation threatened", "Washington threatened trade retaliation against Japan.", "Washington=USA; Japan=JPN",
		[]string{"USA JPN 1312"}, ""},
	{"retaliation against goods", "Reagan threatened retaliation against Japanese semiconductors.", "Reagan=USAGOV; Japanese=JPN#",
		[]string{"USAGOV JPN 1312"}, ""},
	{"tariffs threatened, no one named", "Washington threatened new tariffs .", "Washington=USA",
		[]string{"USA --- 1312"},
		"2:nsubj:PROPN 0:root:VERB 4:amod:ADJ 2:obj:NOUN 2:punct:PUNCT"},
	// economic senses and acts to come: cut rates, recalled cars, an alert
	// over inflation code nothing; what may or will be done is flagged
	{"rates cut", "The central bank of Japan cut interest rates.", "Japan=JPN", nil, ""},
	{"cars recalled", "Toyota recalled its cars from the United States.", "Toyota=JPNBUS; United States=USA", nil, ""},
	{"profit forecast cut", "Sony cut its profit forecast for Europe.", "Sony=JPNBUS; Europe=EUR", nil, ""},
	{"will expel", "Norway will expel the Russian diplomats.", "Norway=NOR; Russian diplomats=RUSGOV#",
		[]string{"NOR RUSGOV 161 hyp"}, ""},
	{"may recall", "Poland may recall its ambassador from Belarus.", "Poland=POL; Belarus=BLR",
		[]string{"POL BLR 161 hyp"}, ""},
	{"could suspend aid", "Britain could suspend aid to Rwanda.", "Britain=GBR; Rwanda=RWA",
		[]string{"GBR RWA 162 hyp"}, ""},
}

// recallLemmas are the lemmas of the parses above, as the parser gives them.
var recallLemmas = map[string]string{"warned": "warn", "threatened": "threaten", "would": "would"}

func TestRecallSanctionCases(t *testing.T) { runRecall(t, recallSanctionCases, recallLemmas) }

// TestHyphenHead: a token the parser reads as several words ("test-fired" as
// test, -, fired) is read at the word that heads the others, so the show
// of force is the verb's, with its subject (150).
func TestHyphenHead(t *testing.T) {
	text := "Iran test-fired missiles near Israel ."
	a := build(text, "Iran=IRN; Israel=ISR")
	var words []dyad.SyntaxWord
	add := func(tok int, word string, head int, rel, upos string) {
		tk := a.Tokens[tok]
		words = append(words, dyad.SyntaxWord{Token: tok, Span: dyad.Span{Start: tk.Start, End: tk.End}, Text: word, UPOS: upos, Head: head, Rel: rel})
	}
	add(0, "Iran", 3, "nsubj:pass", "PROPN")
	add(1, "test", 3, "obl:unmarked", "NOUN")
	add(1, "-", 1, "punct", "PUNCT")
	add(1, "fired", -1, "root", "VERB")
	add(2, "missiles", 3, "obj", "NOUN")
	add(3, "near", 6, "case", "ADP")
	add(4, "Israel", 3, "obl", "PROPN")
	add(5, ".", 3, "punct", "PUNCT")
	a.Syntax = []dyad.Parse{{Sentence: 0, Words: words}}
	if err := Stage(nil).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	checkKeys(t, text, a.Events, []string{"IRN ISR 150"})
}

// TestMisreadPassive: a passive takes no direct object, so a passive
// subject with an object and no passive auxiliary ("Russia had expelled
// two diplomats" read with Russia as nsubj:pass) is an active verb's
// subject; with the auxiliary it stays a passive.
func TestMisreadPassive(t *testing.T) {
	for _, tc := range []struct {
		parse string
		want  bool
	}{
		{"3:nsubj:pass:PROPN 3:aux:AUX 0:root:VERB/VBN 5:nummod:NUM 3:obj:NOUN 3:punct:PUNCT", false},
		{"3:nsubj:pass:PROPN 3:aux:pass:AUX 0:root:VERB/VBN 5:nummod:NUM 3:obj:NOUN 3:punct:PUNCT", true},
	} {
		a := build("Russia had expelled two diplomats .", "Russia=RUS")
		withParse(t, a, tc.parse)
		tr := &ptree{words: a.Syntax[0].Words, kids: make([][]int, len(a.Syntax[0].Words))}
		for i, w := range tr.words {
			if w.Head >= 0 {
				tr.kids[w.Head] = append(tr.kids[w.Head], i)
			}
		}
		if got := tr.passive(2); got != tc.want {
			t.Errorf("%s: passive = %v, want %v", tc.parse, got, tc.want)
		}
		if got := tr.subjectOf(2); !tc.want && got != 0 {
			t.Errorf("%s: subject = %d, want 0", tc.parse, got)
		}
	}
}
