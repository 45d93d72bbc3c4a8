package events

import "testing"

// accuseCases are sentences of investigating (CAMEO 09x, PLOVER ACCUSE),
// disapproving and accusing (11x, ACCUSE), demanding (10x, REQUEST) and
// rejecting (12x, REJECT), written for these tests from the codebook's
// descriptions, with look-alikes that are no such event. The parse is the
// syntax stage's, as the pipeline codes them.
var accuseCases = []struct {
	name, text, actors string
	want               []string
	parse              string // HEAD:REL:UPOS a word (tree_test.go); "" codes by word order
}{
	// investigating (09x): an investigation launched or ordered into an act, a probe for a crime; looking into something investigates it
	{"probe ordered", "South Africa ordered a probe into the deaths of Zimbabwean migrants.", "South Africa=ZAF; Zimbabwean=ZWE#",
		[]string{"ZAF ZWECVL 090"},
		"2:compound:PROPN 3:nsubj:PROPN 0:root:VERB 5:det:DET 3:obj:NOUN 8:case:ADP 8:det:DET 3:obl:NOUN 11:case:ADP 11:amod:ADJ 8:nmod:NOUN 3:punct:PUNCT"},
	{"corruption probe", "Brazilian prosecutors opened a corruption probe into the mayor of Sao Paulo.", "Brazilian=BRA#; Sao Paulo=BRA@",
		[]string{"BRAJUD BRAGOV 091"},
		"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 6:det:DET 6:compound:NOUN 3:obj:NOUN 9:case:ADP 9:det:DET 3:obl:NOUN 12:case:ADP 12:compound:PROPN 9:nmod:PROPN 3:punct:PUNCT"},
	{"war crimes investigated", "The ICC prosecutor is investigating war crimes in Sudan.", "ICC=IGOJUDICC; Sudan=SDN",
		[]string{"IGOJUDICC SDN 094"},
		"3:det:DET 3:compound:PROPN 5:nsubj:NOUN 5:aux:AUX 0:root:VERB 7:compound:NOUN 5:obj:NOUN 9:case:ADP 5:obl:PROPN 5:punct:PUNCT"},
	// an investigation named by its own word may name no one investigated: into no one named; an examination of ideas is none
	{"investigation into shooting", "Police in Kenya launched an investigation into the shooting.", "Kenya=KEN",
		[]string{"KENCOP --- 093"},
		"4:nsubj:NOUN 3:case:ADP 1:nmod:PROPN 0:root:VERB 6:det:DET 4:obj:NOUN 9:case:ADP 9:det:DET 6:nmod:NOUN 4:punct:PUNCT"},
	{"investigating embezzlement", "Prosecutors in Peru are investigating the embezzlement.", "Peru=PER",
		[]string{"PERJUD --- 090"},
		"5:nsubj:NOUN 3:case:ADP 1:nmod:PROPN 5:aux:AUX 0:root:VERB 7:det:DET 5:obj:NOUN 5:punct:PUNCT"},
	{"ideas examined", "Officials in Japan will examine the ideas.", "Japan=JPN@",
		nil,
		"5:nsubj:NOUN 3:case:ADP 1:nmod:PROPN 5:aux:AUX 0:root:VERB 7:det:DET 5:obj:NOUN 5:punct:PUNCT"},
	{"looking into", "Police in France are looking into the attack on the Chinese embassy.", "France=FRA; Chinese=CHN#",
		[]string{"FRACOP CHN 090"},
		"5:nsubj:NOUN 3:case:ADP 1:nmod:PROPN 5:aux:AUX 0:root:VERB 8:case:ADP 8:det:DET 5:obl:NOUN 12:case:ADP 12:det:DET 12:amod:ADJ 8:nmod:NOUN 5:punct:PUNCT"},
	// disapproving, criticising and accusing (110-112): the passive keeps its doer, criticism drawn or faced is its giver's
	{"criticized passive", "Iran was sharply criticized by France for its nuclear program.", "Iran=IRN; France=FRA",
		[]string{"FRA IRN 111"},
		"4:nsubj:pass:PROPN 4:aux:pass:AUX 4:advmod:ADV 0:root:VERB 6:case:ADP 4:obl:agent:PROPN 10:case:ADP 10:nmod:poss:PRON 10:amod:ADJ 4:obl:NOUN 4:punct:PUNCT"},
	{"criticism drawn", "Israel drew sharp criticism from Turkey for the raid.", "Israel=ISR; Turkey=TUR",
		[]string{"TUR ISR 111"},
		"2:nsubj:PROPN 0:root:VERB 4:amod:ADJ 2:obj:NOUN 6:case:ADP 2:obl:PROPN 9:case:ADP 9:det:DET 2:obl:NOUN 2:punct:PUNCT"},
	{"criticism faced", "Japan faced criticism from the United States over its trade surplus.", "Japan=JPN; United States=USA",
		[]string{"USA JPN 111"},
		"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 7:case:ADP 7:det:DET 7:amod:ADJ 3:nmod:PROPN 11:case:ADP 11:nmod:poss:PRON 11:compound:NOUN 3:nmod:NOUN 2:punct:PUNCT"},
	{"opposition voiced", "Japan voiced opposition to China's plan to build a dam.", "Japan=JPN; China=CHN",
		[]string{"JPN CHN 110"},
		"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 7:case:ADP 7:nmod:poss:PROPN 5:case:PART 2:obl:NOUN 9:mark:PART 7:acl:VERB 11:det:DET 9:obj:NOUN 2:punct:PUNCT"},
	{"accused of spying", "Russia accused a Polish diplomat of spying.", "Russia=RUS; Polish=POL#",
		[]string{"RUS POLGOV 1125"},
		"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:obj:NOUN 7:case:ADP 5:nmod:VERB 2:punct:PUNCT"},
	{"accused of war crimes", "Ukraine accused Russian forces of committing war crimes in Bucha.", "Ukraine=UKR; Russian=RUS#",
		[]string{"UKR RUSMIL 1124"},
		"2:nsubj:PROPN 0:root:VERB 4:amod:ADJ 2:obj:NOUN 6:mark:SCONJ 4:acl:VERB 8:compound:NOUN 6:obj:NOUN 10:case:ADP 6:obl:PROPN 2:punct:PUNCT"},
	{"blamed passive", "Russia was blamed by Ukraine for the explosion.", "Russia=RUS; Ukraine=UKR",
		[]string{"UKR RUS 112"},
		"3:nsubj:pass:PROPN 3:aux:pass:AUX 0:root:VERB 5:case:ADP 3:obl:agent:PROPN 8:case:ADP 8:det:DET 3:obl:NOUN 3:punct:PUNCT"},
	// an act called or described as a violation or a provocation is denounced
	{"called a violation", "Turkey called the Greek decision a violation of international law.", "Turkey=TUR; Greek=GRC#",
		[]string{"TUR GRC 111"},
		"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:obj:NOUN 7:det:DET 2:xcomp:NOUN 10:case:ADP 10:amod:ADJ 7:nmod:NOUN 2:punct:PUNCT"},
	{"described as provocation", "Poland described the Russian move as a provocation.", "Poland=POL; Russian=RUS#",
		[]string{"POL RUS 111"},
		"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:obj:NOUN 8:case:ADP 8:det:DET 2:obl:NOUN 2:punct:PUNCT"},
	{"called a flagrant breach", "Japan called the Chinese ban a flagrant breach of the accord.", "Japan=JPN; Chinese=CHN#",
		[]string{"JPN CHN 111"},
		"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:obj:NOUN 8:det:DET 8:compound:NOUN 2:xcomp:NOUN 11:case:ADP 11:det:DET 8:nmod:NOUN 2:punct:PUNCT"},
	{"described as a blatant violation", "Egypt described the Israeli raid as a blatant violation of the treaty.", "Egypt=EGY; Israeli=ISR#",
		[]string{"EGY ISR 111"},
		"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:xcomp:VERB 9:case:ADP 9:det:DET 9:amod:ADJ 5:obl:NOUN 12:case:ADP 12:det:DET 9:nmod:NOUN 2:punct:PUNCT"},
	// a noun of a pattern ending in "of" names its target there, its possessor the source
	{"criticism of", "Germany's criticism of Turkey was harsh.", "Germany=DEU; Turkey=TUR",
		[]string{"DEU TUR 111"},
		"3:nmod:poss:PROPN 1:case:PART 7:nsubj:NOUN 5:case:ADP 3:nmod:PROPN 7:cop:AUX 0:root:ADJ 7:punct:PUNCT"},
	{"condemnation of", "The French condemnation of Mali drew a swift response.", "French=FRA#; Mali=MLI",
		[]string{"FRA MLI 111"},
		"3:det:DET 3:amod:ADJ 6:nsubj:NOUN 5:case:ADP 3:nmod:PROPN 0:root:VERB 9:det:DET 9:compound:PROPN 6:obj:NOUN 6:punct:PUNCT"},
	// one said to be responsible for an attack is accused of it, as one said to be behind it is
	{"said responsible", "The French government said Iran was responsible for the attack.", "French=FRA#; Iran=IRN",
		[]string{"FRAGOV IRN 112"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 7:nsubj:PROPN 7:cop:AUX 4:ccomp:ADJ 10:case:ADP 10:det:DET 7:obl:NOUN 4:punct:PUNCT"},
	{"said behind", "Israel said Hezbollah was behind the attack.", "Israel=ISR; Hezbollah=LBNREB",
		[]string{"ISR LBNREB 112"},
		"2:nsubj:PROPN 0:root:VERB 7:nsubj:PROPN 7:cop:AUX 7:case:ADP 7:det:DET 2:ccomp:NOUN 2:punct:PUNCT"},
	// official complaints, lawsuits and convictions (114-116); taking someone to a court sues them
	{"protest lodged", "China lodged a formal protest with Japan over the visit.", "China=CHN; Japan=JPN",
		[]string{"CHN JPN 114"},
		"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:obj:NOUN 7:case:ADP 5:nmod:PROPN 10:case:ADP 10:det:DET 2:obl:NOUN 2:punct:PUNCT"},
	{"taken to court", "Ukraine took Russia to the International Court of Justice.", "Ukraine=UKR; Russia=RUS",
		[]string{"UKR RUS 115"},
		"2:nsubj:PROPN 0:root:VERB 2:obj:PROPN 9:case:ADP 9:det:DET 9:amod:ADJ 9:compound:PROPN 9:case:ADP 3:nmod:PROPN 2:punct:PUNCT"},
	{"lawsuit filed", "Argentina filed a lawsuit against the United States.", "Argentina=ARG; United States=USA",
		[]string{"ARG USA 115"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 8:case:ADP 8:det:DET 8:amod:ADJ 4:nmod:PROPN 2:punct:PUNCT"},
	// demands (10x) by kind; a call or an urging stays an appeal (02x), as the codebook separates them
	{"demanded withdrawal", "Iraq demanded that Turkey withdraw its troops from Kurdistan.", "Iraq=IRQ; Turkey=TUR; Kurdistan=IRQ@",
		[]string{"IRQ TUR 1056"},
		"2:nsubj:PROPN 0:root:VERB 5:mark:SCONJ 5:nsubj:PROPN 2:ccomp:VERB 7:nmod:poss:PRON 5:obj:NOUN 9:case:ADP 5:obl:PROPN 2:punct:PUNCT"},
	{"demanded release", "Hamas demanded the release of prisoners held by Israel.", "Hamas=PSEREB; Israel=ISR",
		[]string{"PSEREB ISR 1053"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 4:nmod:NOUN 6:acl:VERB 9:case:ADP 7:obl:agent:PROPN 2:punct:PUNCT"},
	{"demanded compensation", "Iraq demanded compensation from Kuwait.", "Iraq=IRQ; Kuwait=KWT",
		[]string{"IRQ KWT 1031"},
		"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 5:case:ADP 2:obl:PROPN 2:punct:PUNCT"},
	{"demanded talks", "North Korea demanded direct talks with the United States.", "North Korea=PRK; United States=USA",
		[]string{"PRK USA 106"},
		"2:compound:PROPN 3:nsubj:PROPN 0:root:VERB 5:amod:ADJ 3:obj:NOUN 9:case:ADP 9:det:DET 9:amod:ADJ 5:nmod:PROPN 3:punct:PUNCT"},
	{"urged to lift", "Cuba urged the United States to lift its embargo.", "Cuba=CUB; United States=USA",
		[]string{"CUB USA 0254"},
		"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:iobj:PROPN 7:mark:PART 2:xcomp:VERB 9:nmod:poss:PRON 7:obj:NOUN 2:punct:PUNCT"},
	// a letter written or sent asking or demanding something is the appeal or demand made to its addressee;
	// telling someone that they must do something demands it
	{"wrote asking", "Germany wrote to Poland asking it to reconsider the decision.", "Germany=DEU; Poland=POL",
		[]string{"DEU POL 020"},
		"2:nsubj:PROPN 0:root:VERB 4:case:ADP 2:obl:PROPN 2:advcl:VERB 5:obj:PRON 8:mark:PART 5:xcomp:VERB 10:det:DET 8:obj:NOUN 2:punct:PUNCT"},
	{"letter requesting", "Egypt sent a letter to Israel requesting the return of the prisoners.", "Egypt=EGY; Israel=ISR",
		[]string{"EGY ISR 020"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 4:nmod:PROPN 4:acl:VERB 9:det:DET 7:obj:NOUN 12:case:ADP 12:det:DET 9:nmod:NOUN 2:punct:PUNCT"},
	{"wrote demanding", "Iraq wrote to the United Nations demanding an apology.", "Iraq=IRQ; United Nations=IGOUNO",
		[]string{"IRQ IGOUNO 100"},
		"2:nsubj:PROPN 0:root:VERB 6:case:ADP 6:det:DET 6:amod:ADJ 2:obl:PROPN 2:advcl:VERB 9:det:DET 7:obj:NOUN 2:punct:PUNCT"},
	{"letter demanding", "Cuba sent a note to Spain demanding an apology.", "Cuba=CUB; Spain=ESP",
		[]string{"CUB ESP 100"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 4:nmod:PROPN 4:acl:VERB 9:det:DET 7:obj:NOUN 2:punct:PUNCT"},
	{"told must", "Iran told the United States that it must lift sanctions.", "Iran=IRN; United States=USA",
		[]string{"IRN USA 100"},
		"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:iobj:PROPN 9:mark:SCONJ 9:nsubj:PRON 9:aux:AUX 2:ccomp:VERB 9:obj:NOUN 2:punct:PUNCT"},
	{"wrote about", "Japan wrote to the United States about the trade figures.", "Japan=JPN; United States=USA",
		[]string{"JPN USA 010"},
		"2:nsubj:PROPN 0:root:VERB 6:case:ADP 6:det:DET 6:amod:ADJ 2:obl:PROPN 10:case:ADP 10:det:DET 10:compound:NOUN 2:obl:NOUN 2:punct:PUNCT"},
	// rejections (12x): of talks, mediation, a plan, a veto; brushing aside or shrugging off rejects
	{"offer of talks rejected", "North Korea rejected an offer of talks from South Korea.", "North Korea=PRK; South Korea=KOR",
		[]string{"PRK KOR 125"},
		"2:compound:PROPN 3:nsubj:PROPN 0:root:VERB 5:det:DET 3:obj:NOUN 7:case:ADP 5:nmod:NOUN 10:case:ADP 10:compound:PROPN 7:nmod:PROPN 3:punct:PUNCT"},
	{"mediation rejected", "Ethiopia rejected mediation by the African Union.", "Ethiopia=ETH; African Union=IGOAFRAFU",
		[]string{"ETH IGOAFRAFU 126"},
		"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 7:case:ADP 7:det:DET 7:amod:ADJ 2:obl:PROPN 2:punct:PUNCT"},
	{"vetoed", "Russia vetoed a resolution on Syria.", "Russia=RUS; Syria=SYR",
		[]string{"RUS SYR 129"},
		"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 2:obl:PROPN 2:punct:PUNCT"},
	{"brushed aside", "Japan brushed aside the demands of China.", "Japan=JPN; China=CHN",
		[]string{"JPN CHN 120"},
		"2:nsubj:PROPN 0:root:VERB 5:case:ADP 5:det:DET 2:obl:NOUN 7:case:ADP 5:nmod:PROPN 2:punct:PUNCT"},
	{"shrugged off", "Iran shrugged off the warnings of France.", "Iran=IRN; France=FRA",
		[]string{"IRN FRA 120"},
		"2:nsubj:PROPN 0:root:VERB 5:case:ADP 5:det:DET 2:obl:NOUN 7:case:ADP 5:nmod:PROPN 2:punct:PUNCT"},
	{"refused to lift sanctions", "The United States refused to lift sanctions on Cuba.", "United States=USA; Cuba=CUB",
		[]string{"USA CUB 1244"},
		"3:det:DET 3:amod:ADJ 4:nsubj:PROPN 0:root:VERB 6:mark:PART 4:xcomp:VERB 6:obj:NOUN 9:case:ADP 6:obl:PROPN 4:punct:PUNCT"},
	// a refusal to yield names those who demanded it as seldom as the yielding does: to no one named
	{"refused to resign", "President Bashir of Sudan refused to resign.", "Bashir=SDNGOV; Sudan=SDN",
		[]string{"SDNGOV --- 1231"},
		"2:nmod:desc:PROPN 5:nsubj:PROPN 4:case:ADP 2:nmod:PROPN 0:root:VERB 7:mark:PART 5:xcomp:VERB 5:punct:PUNCT"},
	{"refused to back down", "The Greek government refused to back down.", "Greek=GRC#",
		[]string{"GRCGOV --- 124"},
		"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 6:mark:PART 4:xcomp:VERB 6:compound:prt:ADP 4:punct:PUNCT"},
	{"refused to change policy", "Hungary refused to change its asylum policy.", "Hungary=HUN",
		[]string{"HUN --- 1232"},
		"2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 7:nmod:poss:PRON 7:compound:NOUN 4:obj:NOUN 2:punct:PUNCT"},
	// look-alikes: companies and markets, economic demand and data, future and negated forms stay flagged
	{"company probe", "Apple launched an investigation into its supply chain.", "",
		nil,
		""},
	{"takeover rejected", "The company rejected the takeover bid.", "",
		nil,
		""},
	{"demand from buyers", "Exporters in Brazil faced strong demand from Japan.", "Brazil=BRA; Japan=JPN",
		nil,
		"4:nsubj:NOUN 3:case:ADP 1:nmod:PROPN 0:root:VERB 6:amod:ADJ 4:obj:NOUN 8:case:ADP 4:obl:PROPN 4:punct:PUNCT"},
	{"demand rose", "Demand for oil from China rose.", "China=CHN",
		nil,
		""},
	{"details not released", "The department in Sweden refused to release details of the trip.", "Sweden=SWE",
		nil,
		""},
	{"matter looked into", "The committee will look into the matter.", "",
		nil,
		""},
	{"may reject", "Iran may reject the proposal of France.", "Iran=IRN; France=FRA",
		[]string{"IRN FRA 127 hyp"},
		"3:nsubj:PROPN 3:aux:AUX 0:root:VERB 5:det:DET 3:obj:NOUN 7:case:ADP 5:nmod:PROPN 3:punct:PUNCT"},
	{"did not veto", "Russia did not veto the resolution on Syria.", "Russia=RUS; Syria=SYR",
		[]string{"RUS SYR 129 neg"},
		"4:nsubj:PROPN 4:aux:AUX 4:advmod:PART 0:root:VERB 6:det:DET 4:obj:NOUN 8:case:ADP 6:nmod:PROPN 4:punct:PUNCT"},
}

func TestRecallAccuse(t *testing.T) {
	for _, tc := range accuseCases {
		t.Run(tc.name, func(t *testing.T) {
			evs := code(t, tc.text, tc.actors)
			if tc.parse != "" {
				evs = codeParsed(t, nil, tc.text, tc.actors, tc.parse)
			}
			checkKeys(t, tc.text, evs, tc.want)
		})
	}
}
