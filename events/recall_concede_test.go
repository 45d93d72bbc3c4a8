package events

import "testing"

// concedeCases are sentences of yielding (CAMEO 080-083, PLOVER CONCEDE),
// of release, easing and de-escalation (084-087, 0813, 0814, RETREAT) and
// of aid (07, AID), written for these tests from the codebook's
// descriptions, with look-alikes that are no such event. The parse is the
// syntax stage's, as the pipeline codes them.
var concedeCases = []struct {
	name, text, actors string
	want               []string
	parse              string // HEAD:REL:UPOS a word (tree_test.go); "" codes by word order
}{
	// yielding (080): to pressure from someone, or to pressure of no one named; concessions made
	{"bowed to pressure from", "The government of Pakistan bowed to pressure from the United States.", "Pakistan=PAK; United States=USA",
		[]string{"PAKGOV USA 080"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 7:mark:PART 5:xcomp:VERB 11:case:ADP 11:det:DET 11:amod:ADJ 7:obl:PROPN 5:punct:PUNCT"},
	{"bowed to pressure", "The government of Myanmar bowed to international pressure.", "Myanmar=MMR",
		[]string{"MMRGOV --- 080"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 8:case:ADP 8:amod:ADJ 5:obl:NOUN 5:punct:PUNCT"},
	{"made concessions", "The Thai government made concessions to the opposition.", "Thai=THA#",
		[]string{"THAGOV ---OPP 080"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 4:obj:NOUN 8:case:ADP 8:det:DET 4:obl:NOUN 4:punct:PUNCT"},
	// making no concessions refuses to yield (124); complying with a law or a ratio is no concession
	{"made no concessions", "Iran made no concessions to the United States.", "Iran=IRN; United States=USA",
		[]string{"IRN USA 124"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 8:case:ADP 8:det:DET 8:amod:ADJ 4:nmod:PROPN 2:punct:PUNCT"},
	{"complied with demands", "Iraq complied with UN demands.", "Iraq=IRQ; UN=IGOUNO",
		[]string{"IRQ IGOUNO 080"},
		"2:nsubj:PROPN 0:root:VERB 5:case:ADP 5:compound:PROPN 2:obl:NOUN 2:punct:PUNCT"},
	{"comply with the law", "Japan said it would comply with the law.", "Japan=JPN",
		nil,
		""},
	// a leader who resigns or steps down changes leadership (0831), to no one named; agreeing to step
	// down promises it (034), the act itself hypothetical; a board's director is no state's leader
	{"resigned", "President Rajapaksa of Sri Lanka resigned after weeks of protests.", "Rajapaksa=LKAGOV; Sri Lanka=LKA",
		[]string{"LKAGOV --- 0831"},
		"2:nmod:desc:PROPN 6:nsubj:PROPN 5:case:ADP 5:compound:PROPN 2:nmod:PROPN 0:root:VERB 8:case:ADP 6:obl:NOUN 10:case:ADP 8:nmod:NOUN 6:punct:PUNCT"},
	{"stepped down", "The Prime Minister of Lebanon stepped down.", "Lebanon=LBN",
		[]string{"LBNGOV --- 0831"},
		"3:det:DET 3:amod:ADJ 6:nsubj:PROPN 5:case:ADP 3:nmod:PROPN 0:root:VERB 6:compound:prt:ADV 6:punct:PUNCT"},
	{"tendered resignation", "Foreign Minister Lavrov of Russia tendered his resignation.", "Lavrov=RUSGOV; Russia=RUS",
		[]string{"RUSGOV --- 0831"},
		"3:amod:ADJ 3:compound:PROPN 6:nsubj:PROPN 5:case:ADP 3:nmod:PROPN 0:root:VERB 8:nmod:poss:PRON 6:obj:NOUN 6:punct:PUNCT"},
	{"agreed to step down", "Prime Minister Sharif of Pakistan agreed to step down.", "Sharif=PAKGOV; Pakistan=PAK",
		[]string{"PAKGOV --- 0831 hyp", "PAKGOV --- 034"},
		"2:amod:ADJ 3:nmod:desc:PROPN 6:nsubj:PROPN 5:case:ADP 3:nmod:PROPN 0:root:VERB 8:mark:PART 6:xcomp:VERB 8:advmod:ADV 6:punct:PUNCT"},
	{"resigned from the board", "The Japanese directors resigned from the board of Fujitsu.", "Japanese=JPN#",
		nil,
		""},
	// a law, reform or tax increase withdrawn or repealed changes policy (0832); policies shelved
	// to increase revenue are no tax increase
	{"withdrew the reform", "The French government withdrew the pension reform after nationwide strikes.", "French=FRA#",
		[]string{"FRAGOV --- 0832"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 7:det:DET 7:compound:NOUN 4:obj:NOUN 10:case:SCONJ 10:compound:NOUN 4:obl:NOUN 4:punct:PUNCT"},
	{"scrapped the tax increase", "Kenya's government scrapped the tax increase.", "Kenya=KEN",
		[]string{"KENGOV --- 0832"},
		"3:nmod:poss:PROPN 1:case:PART 4:nsubj:NOUN 0:root:VERB 7:det:DET 7:compound:NOUN 4:obj:NOUN 4:punct:PUNCT"},
	{"repealed the laws", "The Indian government repealed the farm laws.", "Indian=IND#",
		[]string{"INDGOV --- 0832"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 7:det:DET 7:compound:NOUN 4:obj:NOUN 4:punct:PUNCT"},
	{"shelved policies", "Finland shelved privatisation policies to increase revenue.", "Finland=FIN",
		nil,
		""},
	// someone's demand met or agreed to (083), one for elections a change of institutions (0834);
	// domestic demand met is a market's
	{"demand for elections", "The Algerian government agreed to the opposition's demand for early elections.", "Algerian=DZA#",
		[]string{"DZAGOV ---OPP 0834"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 9:case:ADP 7:det:DET 9:nmod:poss:NOUN 7:case:PART 4:obl:NOUN 12:case:ADP 12:amod:ADJ 9:nmod:NOUN 4:punct:PUNCT"},
	{"met domestic demand", "Brazil met domestic demand for sugar.", "Brazil=BRA",
		nil,
		""},
	{"constitutional reform", "The Thai government agreed to constitutional reform.", "Thai=THA#",
		[]string{"THAGOV --- 0834"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 7:case:ADP 7:amod:ADJ 4:obl:NOUN 4:punct:PUNCT"},
	// rights restored of someone or autonomy granted them (0833); internet restored (0811); a ban on
	// imports lifted eases an embargo (085)
	{"rights restored", "The government of Myanmar restored the rights of the Rohingya.", "Myanmar=MMR; Rohingya=MMRCVL",
		[]string{"MMRGOV MMRCVL 0833"},
		""},
	{"granted autonomy", "Indonesia granted East Timor autonomy.", "Indonesia=IDN; East Timor=TMP",
		[]string{"IDN TMP 0833"},
		"2:nsubj:PROPN 0:root:VERB 4:compound:PROPN 5:compound:PROPN 2:obj:NOUN 2:punct:PUNCT"},
	{"internet restored", "Iran restored internet access after the protests.", "Iran=IRN",
		[]string{"IRN --- 0811"},
		"2:nsubj:PROPN 0:root:VERB 4:compound:NOUN 2:obj:NOUN 7:case:ADP 7:det:DET 4:nmod:NOUN 2:punct:PUNCT"},
	{"import ban lifted", "China lifted its ban on Australian wine imports.", "China=CHN; Australian=AUS#",
		[]string{"CHN AUS 085"},
		"2:nsubj:PROPN 0:root:VERB 4:nmod:poss:PRON 2:obj:NOUN 8:case:ADP 8:amod:ADJ 8:compound:NOUN 2:obl:NOUN 2:punct:PUNCT"},
	// protesters or strikers who call off or end their own protest ease dissent (082); rebels
	// calling off attacks or an army halting an offensive de-escalate (087)
	{"called off protests", "Opposition supporters in Kenya called off their protests.", "Kenya=KEN",
		[]string{"KENOPP --- 082"},
		"2:compound:NOUN 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 5:compound:prt:ADP 8:nmod:poss:PRON 5:obj:NOUN 5:punct:PUNCT"},
	{"called off the strike", "The teachers' union of Nigeria called off the strike.", "Nigeria=NGA",
		[]string{"---EDU --- 082"},
		"2:det:DET 4:nmod:poss:NOUN 2:case:PART 7:nsubj:NOUN 6:case:ADP 4:nmod:PROPN 0:root:VERB 7:compound:prt:ADP 10:det:DET 7:obj:NOUN 7:punct:PUNCT"},
	{"ended hunger strike", "Activists in Bahrain ended their hunger strike.", "Bahrain=BHR",
		[]string{"BHROPP --- 082"},
		"4:nsubj:NOUN 3:case:ADP 1:nmod:PROPN 0:root:VERB 7:nmod:poss:PRON 7:compound:NOUN 4:obj:NOUN 4:punct:PUNCT"},
	{"called off attacks", "Rebels in Colombia called off their attacks.", "Colombia=COL",
		[]string{"COLREB --- 087"},
		"4:nsubj:NOUN 3:case:ADP 1:nmod:PROPN 0:root:VERB 4:compound:prt:ADP 7:nmod:poss:PRON 4:obj:NOUN 4:punct:PUNCT"},
	{"halted offensive", "The Syrian army halted its offensive.", "Syrian=SYR#",
		[]string{"SYRMIL --- 087"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 6:nmod:poss:PRON 4:obj:ADJ 4:punct:PUNCT"},
	// persons repatriated are released (0841), profits are not; assets unfrozen are property (0842)
	{"repatriated fishermen", "North Korea repatriated the South Korean fishermen.", "North Korea=PRK; South Korean=KOR#",
		[]string{"PRK KOR 0841"},
		"2:compound:PROPN 3:nsubj:PROPN 0:root:VERB 7:det:DET 6:amod:ADJ 7:amod:ADJ 3:obj:NOUN 3:punct:PUNCT"},
	{"repatriated profits", "Japanese firms repatriated profits from Britain.", "Japanese=JPN#; Britain=GBR",
		nil,
		""},
	{"unfroze assets", "The United States released frozen Iranian assets.", "United States=USA; Iranian=IRN#",
		[]string{"USA IRN 0842"},
		"3:det:DET 3:amod:ADJ 4:nsubj:PROPN 0:root:VERB 7:amod:ADJ 7:amod:ADJ 4:obj:NOUN 4:punct:PUNCT"},
	// a deployment of peacekeepers or troops accepted (0861); access granted to someone (086); a crossing
	// opened for aid (0863), not a corridor of trade
	{"deployment agreed", "Sudan agreed to the deployment of UN peacekeepers.", "Sudan=SDN; UN=IGOUNO",
		[]string{"SDN IGOUNO 0861"},
		"2:nsubj:PROPN 0:root:VERB 5:case:ADP 5:det:DET 2:obl:NOUN 8:case:ADP 8:compound:PROPN 5:nmod:NOUN 2:punct:PUNCT"},
	{"deployment accepted", "Mali accepted the deployment of African Union troops.", "Mali=MLI; African Union=IGOAFRAFU",
		[]string{"MLI IGOAFRAFUMIL 0861"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 8:case:ADP 7:amod:ADJ 8:compound:NOUN 4:nmod:NOUN 2:punct:PUNCT"},
	{"granted access", "Myanmar granted the Red Cross access to prisoners.", "Myanmar=MMR; Red Cross=NGOHLHIRC",
		[]string{"MMR NGOHLHIRC 086"},
		"2:nsubj:PROPN 0:root:VERB 6:det:DET 5:amod:ADJ 6:compound:PROPN 2:obj:NOUN 8:case:ADP 6:nmod:NOUN 2:punct:PUNCT"},
	{"crossing opened for aid", "Israel opened the Kerem Shalom crossing for aid convoys.", "Israel=ISR",
		[]string{"ISR --- 0863"},
		"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:compound:PROPN 6:nsubj:PROPN 2:ccomp:VERB 9:case:ADP 9:compound:NOUN 6:obl:NOUN 2:punct:PUNCT"},
	{"trade corridor opened", "Zimbabwe opened the Beira corridor.", "Zimbabwe=ZWE",
		nil,
		""},
	// troops that retreat (0874) or pull out (087) name no one when they leave a place; a company
	// withdrawing from a market yields to no one
	{"troops retreated", "Iraqi troops retreated from Mosul.", "Iraqi=IRQ#; Mosul=IRQ@",
		[]string{"IRQMIL --- 0874"},
		"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 5:case:ADP 3:obl:PROPN 3:punct:PUNCT"},
	{"troops pulled out", "Ukrainian troops pulled out of Bakhmut.", "Ukrainian=UKR#; Bakhmut=UKR@",
		[]string{"UKRMIL --- 087"},
		"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 6:case:ADP 6:case:ADP 3:obl:PROPN 3:punct:PUNCT"},
	{"withdrew from market", "Britain withdrew from the gilt market.", "Britain=GBR",
		nil,
		""},
	// power handed over or a bid for another term dropped change the leadership (0831); early elections
	// called, a referendum on a constitution or a return to civilian rule agreed change institutions (0834)
	{"handed power", "President Mubarak of Egypt handed power to the army.", "Mubarak=EGYGOV; Egypt=EGY",
		[]string{"EGYGOV ---MIL 0831"},
		"2:compound:PROPN 5:nsubj:PROPN 4:case:ADP 2:nmod:PROPN 0:root:VERB 5:obj:NOUN 9:case:ADP 9:det:DET 5:obl:NOUN 5:punct:PUNCT"},
	{"dropped bid for term", "President Bouteflika of Algeria dropped his bid for a fifth term.", "Bouteflika=DZAGOV; Algeria=DZA",
		[]string{"DZAGOV --- 0831"},
		"2:compound:PROPN 5:nsubj:PROPN 4:case:ADP 2:nmod:PROPN 0:root:VERB 7:nmod:poss:PRON 5:obj:NOUN 11:case:ADP 11:det:DET 11:amod:ADJ 5:obl:NOUN 5:punct:PUNCT"},
	{"dropped bid for company", "Britain dropped its bid for the Dutch company.", "Britain=GBR; Dutch=NLD#",
		nil,
		"2:nsubj:PROPN 0:root:VERB 4:nmod:poss:PRON 2:obj:NOUN 8:case:ADP 8:det:DET 8:amod:ADJ 2:obl:NOUN 2:punct:PUNCT"},
	{"snap elections called", "Prime Minister Sanchez of Spain called snap elections.", "Sanchez=ESPGOV; Spain=ESP",
		[]string{"ESPGOV --- 0834"},
		"2:amod:ADJ 3:nmod:desc:PROPN 6:nsubj:PROPN 5:case:ADP 3:nmod:PROPN 0:root:VERB 8:compound:NOUN 6:obj:NOUN 6:punct:PUNCT"},
	{"transition to civilian rule", "The army of Mali agreed to a transition to civilian rule.", "Mali=MLI",
		[]string{"MLIMIL --- 0834"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 8:case:ADP 8:det:DET 5:obl:NOUN 11:case:ADP 11:amod:ADJ 8:nmod:NOUN 5:punct:PUNCT"},
	{"referendum on constitution", "The Chilean government agreed to a referendum on a new constitution.", "Chilean=CHL#",
		[]string{"CHLGOV --- 0834"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 7:case:ADP 7:det:DET 4:obl:NOUN 11:case:ADP 11:det:DET 11:amod:ADJ 7:nmod:NOUN 4:punct:PUNCT"},
	// the passive of demands met (083), no meeting; a state taken off a blacklist (081)
	{"demands were met", "The demands of the protesters were met by the government of Iraq.", "Iraq=IRQ",
		[]string{"IRQGOV ---CVL 083"},
		"2:det:DET 7:nsubj:pass:NOUN 5:case:ADP 5:det:DET 2:nmod:NOUN 7:aux:pass:AUX 0:root:VERB 10:case:ADP 10:det:DET 7:obl:agent:NOUN 12:case:ADP 10:nmod:PROPN 7:punct:PUNCT"},
	{"removed from list", "The United States removed Cuba from its list of state sponsors of terrorism.", "United States=USA; Cuba=CUB",
		[]string{"USA CUB 081"},
		"3:det:DET 3:amod:ADJ 4:nsubj:PROPN 0:root:VERB 4:obj:PROPN 8:case:ADP 8:nmod:poss:PRON 4:obl:NOUN 11:case:ADP 11:compound:NOUN 8:nmod:NOUN 13:case:ADP 11:nmod:NOUN 4:punct:PUNCT"},
	// a boycott of parliament ended eases dissent (082), as strikers going back to work do; a trade
	// boycott lifted stays 085; hostilities ceased are a truce (0871), rocket fire stopped de-escalates (087)
	{"ended boycott of parliament", "Opposition lawmakers in Georgia ended their boycott of parliament.", "Georgia=GEO",
		[]string{"---OPP ---LEG 082"},
		"2:compound:NOUN 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 7:nmod:poss:PRON 5:obj:NOUN 9:case:ADP 7:nmod:NOUN 5:punct:PUNCT"},
	{"trade boycott lifted", "The Arab League lifted its boycott of Egypt.", "Arab League=IGOARL; Egypt=EGY",
		[]string{"IGOARL EGY 085"},
		"3:det:DET 3:amod:ADJ 4:nsubj:PROPN 0:root:VERB 6:nmod:poss:PRON 4:obj:NOUN 8:case:ADP 6:nmod:PROPN 4:punct:PUNCT"},
	{"strikers back to work", "Striking workers returned to work in Chile.", "Chile=CHL",
		[]string{"---LAB --- 082"},
		"2:amod:VERB 3:nsubj:NOUN 0:root:VERB 5:mark:PART 3:xcomp:VERB 7:case:ADP 5:obl:PROPN 3:punct:PUNCT"},
	{"back to work after holiday", "Workers in Chile returned to work after the holiday.", "Chile=CHL",
		nil,
		""},
	{"hostilities ceased", "Ethiopia and Eritrea ceased hostilities.", "Ethiopia=ETH; Eritrea=ERI",
		[]string{"ETH ERI 0871", "ERI ETH 0871"},
		"4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 4:obj:NOUN 4:punct:PUNCT"},
	{"agreed to stop rocket fire", "The Palestinian factions agreed to stop rocket fire.", "Palestinian=PSE#",
		[]string{"PSE --- 087 hyp", "PSE --- 0356"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 6:mark:PART 4:xcomp:VERB 8:compound:NOUN 6:obj:NOUN 4:punct:PUNCT"},
	// prisoners freed or pardoned (0841), of no country named; data released is no one freed; who wins
	// someone's release does not free them
	{"freed political prisoners", "The Venezuelan government freed 20 political prisoners.", "Venezuelan=VEN#",
		[]string{"VENGOV --- 0841"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 7:nummod:NUM 7:amod:ADJ 4:obj:NOUN 4:punct:PUNCT"},
	{"pardoned prisoners", "The government of Myanmar pardoned thousands of prisoners.", "Myanmar=MMR",
		[]string{"MMRGOV --- 0841"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 5:obj:NOUN 8:case:ADP 6:nmod:NOUN 5:punct:PUNCT"},
	{"released on bail", "Thai police released the protest leaders on bail.", "Thai=THA#",
		[]string{"THACOP --- 0841"},
		"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 6:det:DET 6:compound:NOUN 3:obj:NOUN 8:case:ADP 6:nmod:NOUN 3:punct:PUNCT"},
	{"release of data", "The release of national income and product data by the United States was delayed.", "United States=USA",
		nil,
		""},
	{"gained release", "Britain gained the release of the hostages held in Lebanon.", "Britain=GBR; Lebanon=LBN",
		nil,
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 7:case:ADP 7:det:DET 4:nmod:NOUN 2:xcomp:VERB 10:case:ADP 8:obl:PROPN 2:punct:PUNCT"},
	// inspectors accepted from no one named (0862)
	{"accepted inspectors", "North Korea accepted international inspectors.", "North Korea=PRK",
		[]string{"PRK --- 0862"},
		"2:compound:PROPN 3:nsubj:PROPN 0:root:VERB 5:amod:ADJ 3:obj:NOUN 3:punct:PUNCT"},
	// yielding with no one named (080): gave in, backed off, climbed down, acquiesced, defeat conceded;
	// opposition or a claim dropped; someone's terms accepted; a policy backtracked on (0832)
	{"backed off", "The Hungarian government backed off.", "Hungarian=HUN#",
		[]string{"HUNGOV --- 080"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 4:compound:prt:ADP 4:punct:PUNCT"},
	{"climbed down", "The British government climbed down over the tax plan.", "British=GBR#",
		[]string{"GBRGOV --- 080"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 4:compound:prt:ADV 9:case:ADP 9:det:DET 9:compound:NOUN 4:obl:NOUN 4:punct:PUNCT"},
	{"acquiesced", "The government of Peru acquiesced.", "Peru=PER",
		[]string{"PERGOV --- 080"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 5:punct:PUNCT"},
	{"conceded defeat", "The opposition in Kenya conceded defeat.", "Kenya=KEN",
		[]string{"KENOPP --- 080"},
		"2:det:DET 6:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 6:amod:VERB 0:root:NOUN 6:punct:PUNCT"},
	{"dropped opposition", "Turkey dropped its opposition to Sweden.", "Turkey=TUR; Sweden=SWE",
		[]string{"TUR SWE 080"},
		"2:nsubj:PROPN 0:root:VERB 4:nmod:poss:PRON 2:obj:NOUN 6:case:ADP 4:nmod:PROPN 2:punct:PUNCT"},
	{"renounced claim", "Greece renounced its claim to the islands.", "Greece=GRC",
		[]string{"GRC --- 080"},
		"2:nsubj:PROPN 0:root:VERB 4:nmod:poss:PRON 2:obj:NOUN 7:case:ADP 7:det:DET 2:obl:NOUN 2:punct:PUNCT"},
	{"accepted conditions", "The Kenyan government accepted the conditions of the IMF.", "Kenyan=KEN#; IMF=IGOUNOIMF",
		[]string{"KENGOV IGOUNOIMF 080"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 6:det:DET 4:obj:NOUN 9:case:ADP 9:det:DET 6:nmod:PROPN 4:punct:PUNCT"},
	{"backtracked", "The government of Chile backtracked on the reform.", "Chile=CHL",
		[]string{"CHLGOV --- 0832"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 8:case:ADP 8:det:DET 5:obl:NOUN 5:punct:PUNCT"},
	// asylum granted to someone named first, refugees taken in (075); relief rushed or flown (073);
	// an amount in pounds is no pounding
	{"granted asylum first object", "Russia granted Snowden asylum.", "Russia=RUS; Snowden=USACVL",
		[]string{"RUS USACVL 075"},
		""},
	{"welcomed refugees", "Canada welcomed thousands of Syrian refugees.", "Canada=CAN; Syrian=SYR#",
		[]string{"CAN SYRREF 075"},
		"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 6:case:ADP 6:amod:ADJ 3:nmod:NOUN 2:punct:PUNCT"},
	{"rushed relief", "India rushed relief supplies to Sri Lanka.", "India=IND; Sri Lanka=LKA",
		[]string{"IND LKA 073"},
		"2:nsubj:PROPN 0:root:VERB 4:compound:NOUN 2:obj:NOUN 7:case:ADP 7:compound:PROPN 2:obl:PROPN 2:punct:PUNCT"},
	{"aid worth", "Japan extended emergency aid worth 5 million dollars to Turkey.", "Japan=JPN; Turkey=TUR",
		[]string{"JPN TUR 073"},
		"2:nsubj:PROPN 0:root:VERB 4:compound:NOUN 2:obj:NOUN 4:amod:ADJ 7:compound:NUM 8:nummod:NUM 5:obj:NOUN 10:case:ADP 5:obl:PROPN 2:punct:PUNCT"},
	{"airdropped food", "The United States airdropped food to Gaza.", "United States=USA; Gaza=PSEGZA",
		[]string{"USA PSEGZA 073"},
		"3:det:DET 3:amod:ADJ 4:nsubj:PROPN 0:root:VERB 4:obj:NOUN 7:case:ADP 4:obl:PROPN 4:punct:PUNCT"},
	{"million pounds", "Britain gave 10 million pounds to the UN.", "Britain=GBR; UN=IGOUNO",
		[]string{"GBR IGOUNO 071"},
		"2:nsubj:PROPN 0:root:VERB 4:compound:NUM 5:nummod:NUM 2:obj:NOUN 8:case:ADP 8:det:DET 2:obl:PROPN 2:punct:PUNCT"},
	// a ban on protests lifted (0811, no ban imposed); charges or a case dropped against someone (081, no
	// charging); a bill postponed or suspended (0832); a lawsuit dismissed by a judge is rejected, not eased
	{"ban on demonstrations lifted", "Authorities in Guinea lifted the ban on demonstrations.", "Guinea=GIN",
		[]string{"GINGOV --- 0811"},
		"4:nsubj:NOUN 3:case:ADP 1:nmod:NOUN 0:root:VERB 6:det:DET 4:obj:NOUN 8:case:ADP 4:obl:NOUN 4:punct:PUNCT"},
	{"charges dropped", "The authorities in Hong Kong dropped charges against the activists.", "Hong Kong=HKG",
		[]string{"HKGGOV ---OPP 081"},
		"2:det:DET 6:nsubj:NOUN 5:case:ADP 5:compound:PROPN 2:nmod:PROPN 0:root:VERB 6:obj:NOUN 10:case:ADP 10:det:DET 7:nmod:NOUN 6:punct:PUNCT"},
	{"bill postponed", "Thailand's government postponed the controversial bill after protests.", "Thailand=THA",
		[]string{"THAGOV --- 0832"},
		"3:nmod:poss:PROPN 1:case:PART 4:nsubj:NOUN 0:root:VERB 7:det:DET 7:amod:ADJ 4:obj:NOUN 9:case:ADP 7:nmod:NOUN 4:punct:PUNCT"},
	{"lawsuit dismissed", "A judge in Brazil dismissed a lawsuit by the opposition.", "Brazil=BRA",
		[]string{"BRA ---OPP 120"},
		"2:det:DET 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 7:det:DET 5:obj:NOUN 10:case:ADP 10:det:DET 7:nmod:NOUN 5:punct:PUNCT"},
}

func TestRecallConcede(t *testing.T) {
	for _, tc := range concedeCases {
		t.Run(tc.name, func(t *testing.T) {
			evs := code(t, tc.text, tc.actors)
			if tc.parse != "" {
				evs = codeParsed(t, nil, tc.text, tc.actors, tc.parse)
			}
			checkKeys(t, tc.text, evs, tc.want)
		})
	}
}
