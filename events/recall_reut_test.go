package events

import (
	"context"
	"strings"
	"testing"

	"dyad"
)

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
	// a meeting or a visit named by a gerund after "after" or "before" is
	// the subject's own, done as the main verb is, even after a verb of
	// speaking to the press; a gerund after "of" or "about" is what is
	// spoken of
	{"after meeting", "The Italian minister spoke to reporters after meeting Brazilian officials.",
		"Italian minister=ITAGOV; Brazilian officials=BRAGOV", []string{"ITAGOV BRAGOV 040"},
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBD 6:case:ADP/IN 4:obl:NOUN/NNS 8:mark:SCONJ/IN 4:advcl:VERB/VBG 10:amod:ADJ/JJ 8:obj:NOUN/NNS 4:punct:PUNCT/."},
	{"after visiting", "The Dutch premier left for Paris after visiting Ghana.",
		"Dutch premier=NLDGOV; Paris=FRA@; Ghana=GHA", []string{"NLDGOV FRA 042", "NLDGOV GHA 042"},
		"3:det:DET/DT 3:amod:ADJ/JJ 4:nsubj:NOUN/NN 0:root:VERB/VBN 6:case:ADP/IN 4:obl:PROPN/NNP 8:mark:SCONJ/IN 4:advcl:VERB/VBG 8:obj:PROPN/NNP 4:punct:PUNCT/."},
	{"accused of meeting", "France accused Germany of meeting Iranian officials.",
		"France=FRA; Germany=DEU; Iranian officials=IRNGOV", []string{"FRA DEU 112"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:PROPN/NNP 5:mark:SCONJ/IN 2:advcl:VERB/VBG 7:amod:ADJ/JJ 5:obj:NOUN/NNS 2:punct:PUNCT/."},
	{"talked about visiting", "Canada talked about visiting Peru.", "Canada=CAN; Peru=PER", nil,
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:mark:SCONJ/IN 2:advcl:VERB/VBG 4:obj:PROPN/NNP 2:punct:PUNCT/."},
	// a state, a government or a body that protests to another complains
	// officially (114); a people named by its demonym, or workers, protest
	// (14)
	{"state protested", "France protested over the Canadian decision.", "France=FRA; Canadian=CAN#",
		[]string{"FRA CAN 114"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 6:case:ADP/IN 6:det:DET/DT 6:amod:ADJ/JJ 2:obl:NOUN/NN 2:punct:PUNCT/."},
	{"made a formal protest to", "Japan made a formal protest to China.", "Japan=JPN; China=CHN",
		[]string{"JPN CHN 114"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:det:DET/DT 5:amod:ADJ/JJ 2:obj:NOUN/NN 7:case:ADP/IN 2:obl:PROPN/NNP 2:punct:PUNCT/."},
	{"demonym protested", "Palestinians protested against the Israeli raid.", "Palestinians=PSE#; Israeli=ISR#",
		[]string{"PSE ISR 140"},
		"2:nsubj:PROPN/NNPS 0:root:VERB/VBD 6:case:ADP/IN 6:det:DET/DT 6:amod:ADJ/JJ 2:obl:VERB/VB 2:punct:PUNCT/."},
	{"farmers protested", "Farmers protested against the French government.", "Farmers=---AGR; French government=FRAGOV",
		[]string{"---AGR FRAGOV 140"},
		"2:nsubj:NOUN/NNS 0:root:VERB/VBD 6:case:ADP/IN 6:det:DET/DT 6:amod:ADJ/JJ 2:obl:NOUN/NN 2:punct:PUNCT/."},
	// a loan approved for someone is aid (071) however many words name its
	// size and kind
	{"loan approved for", "The World Bank approved a 90 mln dlr structural adjustment loan for Ghana.",
		"World Bank=IGOUNODEVWBK; Ghana=GHA", []string{"IGOUNODEVWBK GHA 071"},
		"3:det:DET/DT 3:compound:PROPN/NNP 4:nsubj:PROPN/NNP 0:root:VERB/VBD 11:det:DET/DT 7:nummod:NUM/CD 8:compound:NOUN/NN 9:compound:NOUN/NN 11:compound:NOUN/NN 11:compound:NOUN/NN 4:obj:NOUN/NN 13:case:ADP/IN 11:nmod:PROPN/NNP 4:punct:PUNCT/."},
	// failing to abide by an accord defies it (128); a breach another is
	// said to have made is the speaker's accusation (112), as reported
	// violence is; one's own side's breach reported stays the act
	{"failed to abide by", "Peru failed to abide by the trade agreement.", "Peru=PER", []string{"PER --- 128"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:mark:PART/TO 2:xcomp:VERB/VB 8:case:ADP/IN 8:det:DET/DT 8:compound:NOUN/NN 4:obl:NOUN/NN 2:punct:PUNCT/."},
	{"said failed to honour", "Chile said Peru had failed to honour the pact.", "Chile=CHL; Peru=PER", []string{"CHL PER 112"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 5:nsubj:PROPN/NNP 5:aux:AUX/VBD 2:ccomp:VERB/VBN 7:mark:PART/TO 5:xcomp:VERB/VB 9:det:DET/DT 7:obj:NOUN/NN 2:punct:PUNCT/."},
	{"said violated the accord", "Turkey said Greek ships had violated the accord.", "Turkey=TUR; Greek ships=GRCMIL",
		[]string{"TUR GRCMIL 112"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:amod:ADJ/JJ 6:nsubj:pass:NOUN/NNS 6:aux:AUX/VBD 2:ccomp:VERB/VBN 8:det:DET/DT 6:obj:NOUN/NN 2:punct:PUNCT/."},
	{"own side violated", "Iraq said Iraqi forces had violated the accord.", "Iraq=IRQ; Iraqi forces=IRQMIL",
		[]string{"IRQMIL --- 128"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:amod:ADJ/JJ 6:nsubj:pass:NOUN/NNS 6:aux:AUX/VBD 2:ccomp:VERB/VBN 8:det:DET/DT 6:obj:NOUN/NN 2:punct:PUNCT/."},
	// two sides that settle their dispute cooperate with each other (050,
	// as the lexicon's SETTLE * &DISPUTE); asked to settle it, they are
	// appealed to (027)
	{"settled their dispute", "Japan and China settled their dispute over the islands.", "Japan=JPN; China=CHN",
		[]string{"JPN CHN 050", "CHN JPN 050"},
		"4:nsubj:PROPN/NNP 3:cc:CCONJ/CC 1:conj:PROPN/NNP 0:root:VERB/VBD 6:nmod:poss:PRON/PRP$ 4:obj:NOUN/NN 9:case:ADP/IN 9:det:DET/DT 4:obl:NOUN/NNS 4:punct:PUNCT/."},
	{"urged to settle their dispute", "Chile urged Peru and Bolivia to settle their dispute.", "Chile=CHL; Peru=PER; Bolivia=BOL",
		[]string{"CHL PER 027", "CHL BOL 027"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 2:obj:PROPN/NNP 5:cc:CCONJ/CC 3:conj:PROPN/NNP 7:mark:PART/TO 2:advcl:VERB/VB 9:nmod:poss:PRON/PRP$ 7:obj:NOUN/NN 2:punct:PUNCT/."},
	// an agreement signed with someone is signed with them (057) however
	// many words name its size and kind
	{"signed a loan agreement with", "Kenya signed a 40 mln dlr loan agreement with the World Bank.",
		"Kenya=KEN; World Bank=IGOUNODEVWBK", []string{"KEN IGOUNODEVWBK 057"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 8:det:DET/DT 5:nummod:NUM/CD 6:compound:NOUN/NN 8:compound:NOUN/NN 8:compound:NOUN/NN 2:obj:NOUN/NN 12:case:ADP/IN 12:det:DET/DT 12:compound:PROPN/NNP 8:nmod:PROPN/NNP 2:punct:PUNCT/."},
	// a dash after a dateline joins no actors (TestRecallReutHyphen)
	{"dateline dash", "ROME - Italian officials held talks with Peru.", "Italian officials=ITAGOV; Peru=PER",
		[]string{"ITAGOV PER 040"}, ""},
	// calling someone a friend or an ally, or saying they are one, praises
	// them (051), no phone call (041)
	{"called a friend", "Reagan called Japan a close friend and ally.", "Reagan=USAGOV; Japan=JPN",
		[]string{"USAGOV JPN 051"}, ""},
	{"said was an ally", "Baldrige said Japan was a friend and an ally.", "Baldrige=USAGOV; Japan=JPN",
		[]string{"USAGOV JPN 051"}, ""},
	// talks with someone are talks with them when a place, a time or a
	// subject comes between
	{"talks in a city with", "The Chilean minister's talks in Lima with Peruvian officials were frank.",
		"Chilean minister=CHLGOV; Lima=PER@; Peruvian officials=PERGOV", []string{"CHLGOV PERGOV 040"},
		"3:det:DET/DT 3:amod:ADJ/JJ 5:nmod:poss:NOUN/NN 3:case:PART/POS 12:nsubj:NOUN/NNS 7:case:ADP/IN 5:nmod:PROPN/NNP 10:case:ADP/IN 10:amod:ADJ/JJ 5:nmod:NOUN/NNS 12:cop:AUX/VBD 0:root:PROPN/NNP 12:punct:PUNCT/."},
	// not ruling out sanctions or force holds them out as a threat (1312,
	// 138), no rejection (120); retaliatory measures taken are sanctions
	{"did not rule out retaliation", "The EC did not rule out retaliation against Canada.", "EC=IGOEUREEC; Canada=CAN",
		[]string{"IGOEUREEC CAN 1312"},
		"2:det:DET/DT 5:nsubj:PROPN/NNP 5:aux:AUX/VBD 5:advmod:PART/RB 0:root:VERB/VB 5:compound:prt:ADP/RP 5:obj:NOUN/NN 9:case:ADP/IN 5:obl:PROPN/NNP 5:punct:PUNCT/."},
	{"refused to rule out military action", "Israel refused to rule out military action against Iran.", "Israel=ISR; Iran=IRN",
		[]string{"ISR IRN 138"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:mark:PART/TO 2:xcomp:VERB/VB 4:compound:prt:ADP/RP 7:amod:ADJ/JJ 4:obj:NOUN/NN 9:case:ADP/IN 7:nmod:PROPN/NNP 2:punct:PUNCT/."},
	{"took retaliatory measures", "Washington took retaliatory measures against Tokyo.", "Washington=USA; Tokyo=JPN",
		[]string{"USA JPN 163"},
		"2:nsubj:PROPN/NNP 0:root:VERB/VBD 4:amod:ADJ/JJ 2:obj:NOUN/NNS 6:case:ADP/IN 2:obl:PROPN/NNP 2:punct:PUNCT/."},
}

func TestRecallReut(t *testing.T) { runRecall(t, recallReutCases, nil) }

// TestRecallReutHyphen: talks or a meeting named by two actors joined by a
// hyphen ("U.S.-Japan trade talks") are held by both, each with the other.
// The mentions are made by hand: the test tokenizer keeps a hyphenated word
// whole, where the segmenter cuts "U.S.-Japan" into three tokens.
func TestRecallReutHyphen(t *testing.T) {
	for _, tc := range []struct {
		text, a, b string
		want       []string
	}{
		{"The EC-Japan trade talks resumed in Tokyo.", "EC", "Japan", []string{"IGOEUREEC JPN 046", "JPN IGOEUREEC 046"}},
		{"The EC-Soviet summit ended in Geneva.", "EC", "Soviet", []string{"IGOEUREEC SUN 040", "SUN IGOEUREEC 040"}},
	} {
		a := build(tc.text, "")
		var toks []dyad.Token
		for _, tk := range a.Tokens {
			w := tc.text[tk.Start:tk.End]
			if i := strings.Index(w, "-"); i > 0 {
				toks = append(toks, dyad.Token{Start: tk.Start, End: tk.Start + i, Sentence: tk.Sentence},
					dyad.Token{Start: tk.Start + i, End: tk.Start + i + 1, Sentence: tk.Sentence},
					dyad.Token{Start: tk.Start + i + 1, End: tk.End, Sentence: tk.Sentence})
				continue
			}
			toks = append(toks, tk)
		}
		a.Tokens = toks
		codes := map[string]string{"EC": "IGOEUREEC", "Japan": "JPN", "Soviet": "SUN"}
		for _, name := range []string{tc.a, tc.b} {
			i := strings.Index(tc.text, name)
			a.Mentions = append(a.Mentions, dyad.Mention{Kind: dyad.KindCountry, Text: name,
				Span: dyad.Span{Start: i, End: i + len(name)}, Actor: codes[name]})
		}
		if err := Stage(nil).Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		checkKeys(t, tc.text, a.Events, tc.want)
	}
}
