package events

import "testing"

// yieldCases are sentences of conceding (CAMEO 080-083, PLOVER CONCEDE) and
// of emergency rule lifted (0814, RETREAT) in the wordings recall_concede_test.go
// leaves out, written for these tests from the codebook's descriptions, with
// look-alikes that are no such event. The parse is the syntax stage's, as the
// pipeline codes them.
var yieldCases = []recallCase{
	// demands or calls heeded are acceded to (083) or yielded to (080), the target those who made them;
	// ground given yields (080)
	{"heeded the demands", "The government of Iraq heeded the demands of the protesters.", "Iraq=IRQ",
		[]string{"IRQGOV ---CVL 083"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 7:det:DET 5:obj:NOUN 10:case:ADP 10:det:DET 7:nmod:NOUN 5:punct:PUNCT"},
	{"heeded calls from", "Thailand heeded calls from the opposition.", "Thailand=THA",
		[]string{"THA ---OPP 080"},
		"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 6:case:ADP 6:det:DET 3:nmod:NOUN 2:punct:PUNCT"},
	{"gave ground", "Spain gave ground to Catalonia.", "Spain=ESP",
		[]string{"ESP --- 080"},
		"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 5:case:ADP 2:obl:PROPN 2:punct:PUNCT"},
	// emergency law or martial law lifted eases a state of emergency (0814), the passive's doer in its
	// by-phrase
	{"emergency law lifted", "Syria lifted the emergency law.", "Syria=SYR",
		[]string{"SYR --- 0814"},
		"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:compound:NOUN 2:obj:NOUN 2:punct:PUNCT"},
	{"martial law was lifted", "Martial law was lifted by the government of Thailand.", "Thailand=THA",
		[]string{"THAGOV --- 0814"},
		"2:amod:ADJ 4:nsubj:pass:NOUN 4:aux:pass:AUX 0:root:VERB 7:case:ADP 7:det:DET 4:obl:agent:NOUN 9:case:ADP 7:nmod:PROPN 4:punct:PUNCT"},
	// a constitution or dismissed judges restored, a cabinet dismissed, early elections agreed to: a change
	// of institutions (0834) or of leadership (0831) acceded to; one still to come is flagged (034)
	{"judges reinstated", "Pakistan reinstated the dismissed judges.", "Pakistan=PAK",
		[]string{"PAK --- 0834"},
		"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:VERB 2:obj:NOUN 2:punct:PUNCT"},
	{"constitution restored", "President Musharraf of Pakistan restored the constitution.", "Musharraf=PAKGOV; Pakistan=PAK",
		[]string{"PAKGOV --- 0834"},
		"2:compound:PROPN 5:nsubj:PROPN 4:case:ADP 2:nmod:PROPN 0:root:VERB 7:det:DET 5:obj:NOUN 5:punct:PUNCT"},
	{"dismissed the government", "President Bouteflika of Algeria dismissed the government.", "Bouteflika=DZAGOV; Algeria=DZA",
		[]string{"DZAGOV ---GOV 0831"},
		"2:compound:PROPN 5:nsubj:PROPN 4:case:ADP 2:nmod:PROPN 0:root:VERB 7:det:DET 5:obj:NOUN 5:punct:PUNCT"},
	{"agreed to hold early elections", "The government of Ecuador agreed to hold early elections.", "Ecuador=ECU",
		[]string{"ECUGOV --- 0834"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 7:mark:PART 5:xcomp:VERB 9:amod:ADJ 7:obj:NOUN 5:punct:PUNCT"},
	{"agreed to early elections", "The Ecuadorian government agreed to early elections.", "Ecuadorian=ECU#",
		[]string{"ECUGOV --- 0834"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 7:case:ADP 7:amod:ADJ 4:obl:NOUN 4:punct:PUNCT"},
	{"would agree to early elections", "President Mahuad of Ecuador said he would agree to early elections.", "Mahuad=ECUGOV; Ecuador=ECU",
		[]string{"ECUGOV --- 0834 hyp"},
		"2:nmod:desc:PROPN 5:nsubj:PROPN 4:case:ADP 2:nmod:PROPN 0:root:VERB 8:nsubj:PRON 8:aux:AUX 5:ccomp:VERB 11:case:ADP 11:amod:ADJ 8:obl:NOUN 5:punct:PUNCT"},
	// wordings the earlier blocks code, kept here so that they stay coded: given in, yielded, demands
	// accepted or met, conceded to, acquiesced, a decree scrapped, a state of emergency's lifting announced,
	// a curfew to be lifted (hypothetical), a refusal to bow (124)
	{"gave in to demands", "The government of Egypt gave in to the demands of the protesters.", "Egypt=EGY",
		[]string{"EGYGOV ---CVL 080"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 5:compound:prt:ADP 9:case:ADP 9:det:DET 5:obl:NOUN 12:case:ADP 12:det:DET 9:nmod:NOUN 5:punct:PUNCT"},
	{"yielded to pressure", "Japan yielded to pressure from China.", "Japan=JPN; China=CHN",
		[]string{"JPN CHN 080"},
		"2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 6:case:ADP 4:obl:PROPN 2:punct:PUNCT"},
	{"accepted the protesters' demands", "The Thai government accepted the protesters' demands.", "Thai=THA#",
		[]string{"THAGOV ---CVL 083"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 6:det:DET 8:nmod:poss:NOUN 6:case:PART 4:obj:NOUN 4:punct:PUNCT"},
	{"met the demands", "Prime Minister Imran Khan of Pakistan met the demands of the opposition.", "Imran Khan=PAKGOV; Pakistan=PAK",
		[]string{"PAKGOV ---OPP 083"},
		"4:amod:ADJ 4:compound:PROPN 4:compound:PROPN 7:nsubj:PROPN 6:case:ADP 4:nmod:PROPN 0:root:VERB 9:det:DET 7:obj:NOUN 12:case:ADP 12:det:DET 9:nmod:NOUN 7:punct:PUNCT"},
	{"conceded to the demands", "Armenia conceded to the demands of Azerbaijan.", "Armenia=ARM; Azerbaijan=AZE",
		[]string{"ARM AZE 080"},
		"2:nsubj:PROPN 0:root:VERB 5:case:ADP 5:det:DET 2:obl:NOUN 7:case:ADP 5:nmod:PROPN 2:punct:PUNCT"},
	{"acquiesced to the demands", "Morocco acquiesced to the demands of Spain.", "Morocco=MAR; Spain=ESP",
		[]string{"MAR ESP 080"},
		"2:nsubj:PROPN 0:root:VERB 5:case:ADP 5:det:DET 2:obl:NOUN 7:case:ADP 5:nmod:PROPN 2:punct:PUNCT"},
	{"scrapped the decree", "The Bolivian government scrapped the decree after protests by farmers.", "Bolivian=BOL#",
		[]string{"---AGR --- 140", "BOLGOV --- 0832"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 6:det:DET 4:obj:NOUN 8:case:SCONJ 6:nmod:NOUN 10:case:ADP 8:nmod:NOUN 4:punct:PUNCT"},
	{"the lifting of the state of emergency", "Ethiopia announced the lifting of the state of emergency.", "Ethiopia=ETH",
		[]string{"ETH --- 0814"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 7:case:ADP 7:det:DET 4:nmod:NOUN 9:case:ADP 7:nmod:NOUN 2:punct:PUNCT"},
	{"would lift the curfew", "Bangladesh said it would lift the curfew.", "Bangladesh=BGD",
		[]string{"BGD --- 0813 hyp"},
		"2:nsubj:PROPN 0:root:VERB 5:nsubj:PRON 5:aux:AUX 2:ccomp:VERB 7:det:DET 5:obj:NOUN 2:punct:PUNCT"},
	{"would not bow to pressure", "Japan said it would not bow to pressure from China.", "Japan=JPN; China=CHN",
		[]string{"JPN CHN 124"},
		"2:nsubj:PROPN 0:root:VERB 6:nsubj:PRON 6:aux:AUX 6:advmod:PART 2:ccomp:VERB 8:mark:PART 6:xcomp:VERB 10:case:ADP 8:obl:PROPN 2:punct:PUNCT"},
	// a state of siege or exception lifted eases emergency rule (0814), a siege of a place lifted eases a
	// blockade (0872); sentences commuted ease a legal sanction (081), clemency granted pardons (0841); a
	// newspaper's ban lifted eases press restrictions (0811), a ban on paper imports is trade (no 0811)
	{"state of siege lifted", "Chile lifted the state of siege.", "Chile=CHL",
		[]string{"CHL --- 0814"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 4:nmod:NOUN 2:punct:PUNCT"},
	{"sentences commuted", "The government of Sri Lanka commuted the death sentences of the dissidents.", "Sri Lanka=LKA",
		[]string{"LKAGOV ---OPP 081"},
		"2:det:DET 6:nsubj:NOUN 5:case:ADP 5:compound:PROPN 2:nmod:PROPN 0:root:VERB 9:det:DET 9:compound:NOUN 6:obj:NOUN 12:case:ADP 12:det:DET 9:nmod:NOUN 6:punct:PUNCT"},
	{"clemency granted", "President Duterte of the Philippines granted clemency to the soldiers.", "Duterte=PHLGOV; Philippines=PHL",
		[]string{"PHLGOV ---MIL 0841"},
		"2:nmod:desc:PROPN 6:nsubj:PROPN 5:case:ADP 5:det:DET 2:nmod:PROPN 0:root:VERB 6:xcomp:ADJ 10:case:ADP 10:det:DET 7:obl:NOUN 6:punct:PUNCT"},
	{"newspaper ban lifted", "Iran lifted the ban on the newspaper.", "Iran=IRN",
		[]string{"IRN --- 0811"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 7:case:ADP 7:det:DET 2:obl:NOUN 2:punct:PUNCT"},
	{"siege of a place lifted", "Israel lifted the siege of Gaza.", "Israel=ISR; Gaza=PSEGZA@",
		[]string{"ISR PSEGZA 0872"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 4:nmod:PROPN 2:punct:PUNCT"},
	{"ban on paper imports lifted", "Japan lifted the ban on paper imports.", "Japan=JPN",
		nil,
		""},
	// a yielding whose pattern ends in its verb's particle ("gave in", "caved in") names no one yielded to
	// when no phrase follows; a roof that caved in is no actor's; a ban on parties or protests lifted in
	// the passive eases it (0812, 0811), one imposed bans (1722)
	{"gave in, no one named", "The government of Togo gave in.", "Togo=TGO",
		[]string{"TGOGOV --- 080"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 5:advmod:ADV 5:punct:PUNCT"},
	{"caved in, no one named", "Belarus caved in.", "Belarus=BLR",
		[]string{"BLR --- 080"},
		"2:nsubj:PROPN 0:root:VERB 2:compound:prt:ADP 2:punct:PUNCT"},
	{"ban on parties was lifted", "The ban on opposition parties was lifted by the junta of Mali.", "Mali=MLI",
		[]string{"MLIGOV ---OPP 0812"},
		"2:det:DET 7:nsubj:pass:NOUN 5:case:ADP 5:compound:NOUN 2:nmod:NOUN 7:aux:pass:AUX 0:root:VERB 10:case:ADP 10:det:DET 7:obl:agent:NOUN 12:case:ADP 10:nmod:PROPN 7:punct:PUNCT"},
	{"ban on protests was lifted", "The ban on protests was lifted by the government of Belarus.", "Belarus=BLR",
		[]string{"BLRGOV --- 0811"},
		"2:det:DET 6:nsubj:pass:NOUN 4:case:ADP 2:nmod:NOUN 6:aux:pass:AUX 0:root:VERB 9:case:ADP 9:det:DET 6:obl:agent:NOUN 11:case:ADP 9:nmod:PROPN 6:punct:PUNCT"},
	{"ban on parties was imposed", "The ban on opposition parties was imposed by the junta of Mali.", "Mali=MLI",
		[]string{"MLIGOV ---OPP 170", "MLIGOV ---OPP 1722"},
		"2:det:DET 7:nsubj:pass:NOUN 5:case:ADP 5:compound:NOUN 2:nmod:NOUN 7:aux:pass:AUX 0:root:VERB 10:case:ADP 10:det:DET 7:obl:agent:NOUN 12:case:ADP 10:nmod:PROPN 7:punct:PUNCT"},
	{"roof caved in", "The roof of the building in Tokyo caved in.", "Tokyo=JPN@",
		nil,
		"2:det:DET 8:nsubj:NOUN 5:case:ADP 5:det:DET 2:nmod:NOUN 7:case:ADP 5:nmod:PROPN 0:root:VERB 8:compound:prt:ADP 8:punct:PUNCT"},
	// look-alikes: demands met or calls heeded by no actor, a currency giving ground, a government's
	// claims dismissed (a denial, 016, no cabinet dismissed), production restored, a warning heeded, martial
	// law imposed; restored in a clause that is said stays restored
	{"company met demands", "The company met the demands of the union.", "Nigeria=NGA",
		nil,
		""},
	{"firm heeded calls", "Toyota heeded calls from investors.", "Toyota=!ORG",
		nil,
		""},
	{"dollar gave ground", "The dollar gave ground against the yen.", "Tokyo=JPN@",
		nil,
		""},
	{"dismissed the government's claims", "Japan dismissed the government's claims.", "Japan=JPN",
		[]string{"JPN ---GOV 016"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 6:nmod:poss:NOUN 4:case:PART 2:obj:NOUN 2:punct:PUNCT"},
	{"production restored", "The oil company restored production.", "Nigeria=NGA",
		nil,
		""},
	{"heeded a warning", "Japan heeded the warning of the central bank.", "Japan=JPN",
		nil,
		""},
	{"restored the constitution, an aide said", "Thailand restored the constitution, an aide said.", "Thailand=THA",
		[]string{"THA --- 0834"},
		"2:nsubj:PROPN 8:ccomp:VERB 4:det:DET 2:obj:NOUN 8:punct:PUNCT 7:det:DET 8:nsubj:NOUN 0:root:VERB 8:punct:PUNCT"},
	{"martial law imposed", "Martial law was imposed by the government of Thailand.", "Thailand=THA",
		nil,
		""},
}

func TestRecallYield(t *testing.T) { runRecall(t, yieldCases, nil) }
