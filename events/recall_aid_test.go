package events

import "testing"

// recallAidCases are sentences of the kinds of news of aid (07), sanctions
// that reduce relations (16) and material cooperation (06), written for
// these tests after the CAMEO codebook's descriptions of the codes: each
// names who did what to whom as the codebook codes it, or nothing where the
// words only look like such an event.
var recallAidCases = []recallCase{
	// 070-075: aid in its wordings
	// aid pledged is aid promised, an intent (033), not yet given
	{"pledged aid to", "Japan pledged $50 million in aid to Haiti.", "Japan=JPN; Haiti=HTI", []string{"JPN HTI 033"}, ""},
	{"delivered food to", "Egypt delivered food to Sudan.", "Egypt=EGY; Sudan=SDN", []string{"EGY SDN 073"}, ""},
	{"airlifted supplies to", "France airlifted supplies to Chad.", "France=FRA; Chad=TCD", []string{"FRA TCD 073"}, ""},
	{"sent doctors to", "Cuba sent doctors to Italy.", "Cuba=CUB; Italy=ITA", []string{"CUB ITA 073"}, ""},
	{"granted asylum to", "Ecuador granted asylum to Assange.", "Ecuador=ECU; Assange=GBRACT", []string{"ECU GBRACT 075"}, ""},
	{"granted asylum passive", "Assange was granted asylum by Ecuador.", "Ecuador=ECU; Assange=GBRACT", []string{"ECU GBRACT 075"}, ""},
	{"military training to", "Britain provided military training to Ukraine.", "Britain=GBR; Ukraine=UKR", []string{"GBR UKR 072"}, ""},
	{"trained forces", "Turkey trained Somali forces.", "Turkey=TUR; Somali=SOM", []string{"TUR SOMMIL 062"}, ""},
	{"donated vaccines", "China donated vaccines to Cambodia.", "China=CHN; Cambodia=KHM", []string{"CHN KHM 073"}, ""},
	{"aid from", "Yemen received food aid from Saudi Arabia.", "Yemen=YEM; Saudi Arabia=SAU", []string{"SAU YEM 073"}, ""},
	{"release of aid", "The World Bank approved the release of $200 million to Kenya.", "World Bank=IGOWBK; Kenya=KEN", []string{"IGOWBK KEN 071"}, ""},
	{"would send aid", "Germany said it would send humanitarian aid to Turkey.", "Germany=DEU; Turkey=TUR", []string{"DEU TUR 073 hyp"}, ""},
	{"sent peacekeepers", "Brazil sent peacekeepers to Haiti.", "Brazil=BRA; Haiti=HTI", []string{"BRA HTI 074"}, ""},
	{"loan to", "The IMF lent $1 billion to Pakistan.", "IMF=IGOUNOIMF; Pakistan=PAK", []string{"IGOUNOIMF PAK 071"}, ""},
	{"weapons to", "The United States shipped weapons to Israel.", "United States=USA; Israel=ISR", []string{"USA ISR 072"}, ""},
	{"compound subjects", "Norway and Sweden sent relief supplies to Nepal.", "Norway=NOR; Sweden=SWE; Nepal=NPL", []string{"NOR NPL 073", "SWE NPL 073"}, ""},
	{"title of country", "Foreign Minister Wang Yi of China pledged aid to Laos.", "Foreign Minister Wang Yi=CHNGOV; China=CHN; Laos=LAO", []string{"CHNGOV LAO 033"}, ""},
	{"credit line to", "Japan extended a credit line to India.", "Japan=JPN; India=IND", []string{"JPN IND 071"}, ""},
	{"could extend a credit line", "Analysts said Japan could extend a credit line to India.", "Japan=JPN; India=IND", []string{"JPN IND 071 hyp"}, ""},
	{"humanitarian aid for", "The United States announced 20 million dollars in humanitarian aid for Sudan.",
		"United States=USA; Sudan=SDN", []string{"USA SDN 073"}, ""},
	{"received vaccines from", "Sudan received vaccines from China.", "Sudan=SDN; China=CHN", []string{"CHN SDN 073"}, ""},
	// support lent is an endorsement (051), not a loan
	{"lent support", "Chile lent support to Peru's bid for the Games.", "Chile=CHL; Peru=PER", []string{"CHL PER 051"}, ""},
	// aid in the passive takes the by-phrase as its giver
	{"aid was sent", "The aid was sent to Haiti by the United States .", "Haiti=HTI; United States=USA", []string{"USA HTI 070"},
		"2:det:DET 4:nsubj:pass:NOUN 4:aux:pass:AUX 0:root:VERB 6:case:ADP 4:obl:PROPN 10:case:ADP 10:det:DET 10:amod:ADJ 4:obl:agent:PROPN 4:punct:PUNCT"},
	{"supplies were airlifted", "The food supplies were airlifted to Sudan by France .", "Sudan=SDN; France=FRA", []string{"FRA SDN 073"},
		"3:det:DET 3:compound:NOUN 5:nsubj:pass:NOUN 5:aux:pass:AUX 0:root:VERB 7:case:ADP 5:obl:PROPN 9:case:ADP 5:obl:agent:PROPN 5:punct:PUNCT"},
	{"weapons were delivered", "New weapons were delivered to Ukraine by Poland .", "Ukraine=UKR; Poland=POL", []string{"POL UKR 072"},
		"2:amod:ADJ 4:nsubj:pass:NOUN 4:aux:pass:AUX 0:root:VERB 6:case:ADP 4:obl:PROPN 8:case:ADP 4:obl:agent:PROPN 4:punct:PUNCT"},
	{"missile systems", "Russia delivered S-400 missile systems to Turkey.", "Russia=RUS; Turkey=TUR", []string{"RUS TUR 072"}, ""},
	// a gift or a sum of money given to a state is aid
	{"gifted helicopters", "India gifted two helicopters to Nepal.", "India=IND; Nepal=NPL", []string{"IND NPL 070"}, ""},
	{"donation of", "Qatar's donation of $100 million to Lebanon was welcomed.", "Qatar=QAT; Lebanon=LBN", []string{"QAT LBN 070"}, ""},
	{"gave dollars", "Japan gave 500 million dollars to Indonesia.", "Japan=JPN; Indonesia=IDN", []string{"JPN IDN 071"}, ""},
	// 160-166
	{"downgraded ties", "Morocco downgraded ties with Germany.", "Morocco=MAR; Germany=DEU", []string{"MAR DEU 160"}, ""},
	{"recalled ambassador", "Peru recalled its ambassador from Mexico.", "Peru=PER; Mexico=MEX", []string{"PER MEX 161"}, ""},
	{"broke off relations", "Bolivia broke off diplomatic relations with Israel.", "Bolivia=BOL; Israel=ISR", []string{"BOL ISR 161"}, ""},
	{"halted aid", "The United States halted aid to Niger.", "United States=USA; Niger=NER", []string{"USA NER 162"}, ""},
	{"froze assets", "Britain froze the assets of Russian banks.", "Britain=GBR; Russian=RUS", []string{"GBR RUS 163"}, ""},
	{"imposed sanctions", "Canada imposed sanctions on Iran.", "Canada=CAN; Iran=IRN", []string{"CAN IRN 163"}, ""},
	{"sanctions passive", "New sanctions were imposed on Syria by the European Union .", "Syria=SYR; European Union=IGOEEC", []string{"IGOEEC SYR 163"},
		"2:amod:ADJ 4:nsubj:pass:NOUN 4:aux:pass:AUX 0:root:VERB 6:case:ADP 4:obl:PROPN 10:case:ADP 10:det:DET 10:amod:ADJ 4:obl:agent:PROPN 4:punct:PUNCT"},
	{"suspended flights", "Russia suspended flights to Georgia.", "Russia=RUS; Georgia=GEO", []string{"RUS GEO 163"}, ""},
	{"closed embassy", "Canada closed its embassy in Iran.", "Canada=CAN; Iran=IRN", []string{"CAN IRN 161"}, ""},
	{"expelled diplomats", "Poland expelled 45 Russian diplomats.", "Poland=POL; Russian=RUS", []string{"POL RUSGOV 161"}, ""},
	{"cut off aid", "Sweden cut off development aid to Uganda.", "Sweden=SWE; Uganda=UGA", []string{"SWE UGA 1621"}, ""},
	{"expelled inspectors", "North Korea expelled UN inspectors.", "North Korea=PRK; UN=IGOUNO", []string{"PRK IGOUNO 1662"}, ""},
	{"suspension of aid", "Germany announced the suspension of aid to Mali .", "Germany=DEU; Mali=MLI", []string{"DEU MLI 162"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 4:nmod:NOUN 8:case:ADP 6:nmod:PROPN 2:punct:PUNCT"},
	// 060-064
	{"trade deal", "India signed a trade deal with Australia.", "India=IND; Australia=AUS", []string{"IND AUS 061"}, ""},
	// agreeing to do it is an intent to cooperate (03x), not yet done
	{"pipeline", "Russia agreed to build a pipeline with China.", "Russia=RUS; China=CHN", []string{"RUS CHN 030"}, ""},
	{"joint venture", "Toyota launched a joint venture with China.", "Toyota=JPNBUS; China=CHN", []string{"JPNBUS CHN 061"}, ""},
	{"joint exercises", "India held joint military exercises with France.", "India=IND; France=FRA", []string{"IND FRA 062"}, ""},
	{"share intelligence", "Jordan agreed to share intelligence with Israel.", "Jordan=JOR; Israel=ISR", []string{"JOR ISR 0314"}, ""},
	{"extradited", "Spain extradited the suspect to France.", "Spain=ESP; France=FRA", []string{"ESP FRA 063"}, ""},
	{"expanded economic ties", "Vietnam and the United States expanded economic ties.", "Vietnam=VNM; United States=USA",
		[]string{"VNM USA 061", "USA VNM 061"}, ""},
	{"joint border patrol", "Kenya and Uganda launched a joint border patrol.", "Kenya=KEN; Uganda=UGA", []string{"KEN UGA 062", "UGA KEN 062"}, ""},
	{"joint patrols with", "Kenya launched joint patrols with Somalia.", "Kenya=KEN; Somalia=SOM", []string{"KEN SOM 062"}, ""},
	// negatives
	{"released figures", "Japan released trade figures on Tuesday.", "Japan=JPN", nil, ""},
	{"lifted forecast", "Toyota lifted its profit forecast.", "Toyota=JPNBUS", nil, ""},
	{"wheat bought", "Egypt received wheat from the United States under the export program.", "Egypt=EGY; United States=USA", nil, ""},
	{"market liquidity", "The Bank of Japan provided the market with liquidity.", "Bank of Japan=JPNGOV", nil, ""},
}

func TestRecallAidCases(t *testing.T) { runRecall(t, recallAidCases, nil) }
