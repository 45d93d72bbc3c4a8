package events

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"dyad"
)

// withParse adds a hand-written parse of sentence 0 to a: one word per
// token, each given as "HEAD:REL:UPOS" (or "HEAD:REL:UPOS/XPOS") with HEAD the 1-based index of the
// head word, 0 for the root (as in CoNLL-U).
func withParse(t *testing.T, a *dyad.Analysis, parse string) {
	t.Helper()
	withParseAt(t, a, 0, parse)
}

// withParseAt appends the parse of sentence si to a.Syntax: HEAD:REL:UPOS
// a word, one word a token of the sentence, heads counted from 1 in it.
func withParseAt(t *testing.T, a *dyad.Analysis, si int, parse string) {
	t.Helper()
	first := 0
	for first < len(a.Tokens) && a.Tokens[first].Sentence != si {
		first++
	}
	var words []dyad.SyntaxWord
	for j, f := range strings.Fields(parse) {
		i := first + j
		parts := strings.SplitN(f, ":", 3)
		if len(parts) < 3 {
			t.Fatalf("word %d %q: want HEAD:REL:UPOS", j+1, f)
		}
		h, err := strconv.Atoi(parts[0])
		if err != nil {
			t.Fatal(err)
		}
		rel, pos := parts[1], parts[2]
		if j := strings.LastIndexByte(parts[2], ':'); j >= 0 {
			rel, pos = parts[1]+":"+parts[2][:j], parts[2][j+1:]
		}
		if i >= len(a.Tokens) || a.Tokens[i].Sentence != si {
			t.Fatalf("word %d %q: no token", j+1, f)
		}
		tok := a.Tokens[i]
		pos, xpos, _ := strings.Cut(pos, "/") // "VERB/VBN"
		words = append(words, dyad.SyntaxWord{Token: i, Span: dyad.Span{Start: tok.Start, End: tok.End}, Text: a.Article.Text[tok.Start:tok.End], UPOS: pos, XPOS: xpos, Head: h - 1, Rel: rel})
	}
	if n := countTokens(a, si); n != len(words) {
		t.Fatalf("%d words for %d tokens", len(words), n)
	}
	a.Syntax = append(a.Syntax, dyad.Parse{Sentence: si, Words: words})
}

func countTokens(a *dyad.Analysis, si int) int {
	n := 0
	for _, tk := range a.Tokens {
		if tk.Sentence == si {
			n++
		}
	}
	return n
}

// shown writes events with show, sorted.
func shown(evs []dyad.Event, show func(dyad.Event) string) []string {
	var out []string
	for _, e := range evs {
		out = append(out, show(e))
	}
	slices.Sort(out)
	return out
}

// TestTreeRoles codes sentences with hand-written parses: the roles come
// from the tree where word order misleads.
func TestTreeRoles(t *testing.T) {
	for _, tt := range []struct {
		text, actors, parse string
		want                []string // "SRC TGT ROOT", sorted
	}{
		{
			// the reporting clause is not a target
			"Chile and Peru signed an accord , the Chilean ministry said .",
			"Chile=CHL; Peru=PER; Chilean ministry=CHLGOV",
			"4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 6:det:DET 4:obj:NOUN 11:punct:PUNCT 10:det:DET 10:amod:ADJ 11:nsubj:NOUN 4:parataxis:VERB 4:punct:PUNCT",
			[]string{"CHL PER 05", "PER CHL 05"},
		},
		{
			// buying is no act of the buyers with each other: "cooperate
			// economically" (06x) is mutual only where its pattern says so
			"Egypt and India bought white sugar last week .",
			"Egypt=EGY; India=IND",
			"4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 6:amod:ADJ 4:obj:NOUN 8:amod:ADJ 4:obl:tmod:NOUN 4:punct:PUNCT",
			[]string{},
		},
		{
			// where talks are held is no one they are held with, a
			// country no more than a city
			"The ministers resumed talks on the issue in Belgium .",
			"Belgium=BEL",
			"2:det:DET 3:nsubj:NOUN 0:root:VERB 3:obj:NOUN 7:case:ADP 7:det:DET 3:obl:NOUN 9:case:ADP 7:nmod:PROPN 3:punct:PUNCT",
			[]string{},
		},
		{
			// a word of a pattern that the parse reads as an adverb is none
			"Japan did not roll back Chilean barriers .",
			"Japan=JPN; Chilean=CHL#",
			"4:nsubj:PROPN 4:aux:AUX 4:advmod:PART 0:root:VERB 4:advmod:ADV 7:amod:ADJ 4:obj:NOUN 4:punct:PUNCT",
			[]string{},
		},
		{
			// a participle sharing a passive with no one named doing it
			// names no doer: the victims are not
			"Six workers were killed and four injured in a fall in Santiago .",
			"Santiago=CHL@",
			"2:nummod:NUM 4:nsubj:pass:NOUN 4:aux:pass:AUX 0:root:VERB/VBN 7:cc:CCONJ 7:nummod:NUM 4:conj:VERB/VBN 10:case:ADP 10:det:DET 7:obl:NOUN 12:case:ADP 10:nmod:PROPN 4:punct:PUNCT",
			[]string{},
		},
		{
			// an agent of no country is its possessor's when the possessor
			// holds the same role with a country
			"Pinochet's coalition government criticised Peru .",
			"Pinochet=CHLGOV; Peru=PER",
			"4:nmod:poss:PROPN 1:case:PART 4:compound:NOUN 5:nsubj:NOUN 0:root:VERB 5:obj:PROPN 5:punct:PUNCT",
			[]string{"CHLGOV PER 11"},
		},
		{
			// workers who strike strike work: no blow
			"Workers struck in Belgrade .",
			"Belgrade=SRB@",
			"2:nsubj:NOUN 0:root:VERB 4:case:ADP 2:obl:PROPN 2:punct:PUNCT",
			[]string{"SRBLAB SRB 14"},
		},
		{
			// joining a bloc makes a member: no meeting of the joiners
			// (the lexicon's JOIN is a verb of gathering, 040)
			"Spain and Portugal joined the bloc last year .",
			"Spain=ESP; Portugal=PRT",
			"4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 6:det:DET 4:obj:NOUN 8:amod:ADJ 4:obl:tmod:NOUN 4:punct:PUNCT",
			[]string{},
		},
		{
			// coordination where the actor is found, inside the object's
			// phrase: one event for each
			"Russia welcomed the resumption of ties with Georgia , Armenia and Azerbaijan .",
			"Russia=RUS; Georgia=GEO; Armenia=ARM; Azerbaijan=AZE",
			"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 4:nmod:NOUN 8:case:ADP 6:nmod:PROPN 10:punct:PUNCT 8:conj:PROPN 12:cc:CCONJ 8:conj:PROPN 2:punct:PUNCT",
			[]string{"RUS ARM 05", "RUS AZE 05", "RUS GEO 05"},
		},
		{
			// an agent in coordinated countries is each country's
			"Lawmakers in France and Germany condemned Russia .",
			"France=FRA; Germany=DEU; Russia=RUS",
			"6:nsubj:NOUN 3:case:ADP 1:nmod:PROPN 5:cc:CCONJ 3:conj:PROPN 0:root:VERB 6:obj:PROPN 6:punct:PUNCT",
			[]string{"DEULEG RUS 11", "FRALEG RUS 11"},
		},
		{
			// a noun of force by a named actor on a thing: force against
			// no one named; the noun's words that modify each other are
			// one name, not "finance ministers"
			"Dozens died in Turkish air strikes on Kurdish positions in northern Iraq .",
			"Turkish=TUR; Iraq=IRQ",
			"2:nsubj:NOUN 0:root:VERB 6:case:ADP 6:amod:ADJ 6:compound:NOUN 2:obl:NOUN 9:case:ADP 9:amod:ADJ 6:nmod:NOUN 12:case:ADP 12:amod:ADJ 2:obl:PROPN 2:punct:PUNCT",
			[]string{"TUR --- 19"},
		},
		{
			// the attack names who killed: one event, not two
			"Five soldiers were killed in a Taliban attack on a checkpoint .",
			"Taliban=AFGINS",
			"2:nummod:NUM 4:nsubj:pass:NOUN 4:aux:pass:AUX 0:root:VERB/VBN 8:case:ADP 8:det:DET 8:compound:PROPN 4:obl:NOUN 11:case:ADP 11:det:DET 8:nmod:NOUN 4:punct:PUNCT",
			[]string{"AFGINS AFGMIL 19"}, // the soldiers' country inferred from the article's one
		},
		{
			// a participle takes no direct object: read as a noun with a
			// reduced relative, the verb is still active
			"Syrian forces shelled rebel positions in Idlib .",
			"Syrian forces=SYRMIL; Idlib=SYR@",
			"2:amod:ADJ 0:root:NOUN 2:acl:VERB/VBN 5:compound:NOUN 3:obj:NOUN 7:case:ADP 3:obl:PROPN 2:punct:PUNCT",
			[]string{"SYRMIL SYR 19"}, // no one named, in Idlib: inferred
		},
		{
			// an "object" with a preposition is an oblique: no ally is fought
			"British troops are fighting alongside Iraqi forces against Islamic State .",
			"British troops=GBRMIL; Iraqi forces=IRQMIL; Islamic State=IMGMUSISI",
			"2:amod:ADJ 4:nsubj:NOUN 4:aux:AUX 0:root:VERB 7:case:ADP 7:amod:ADJ 4:obj:NOUN 10:case:ADP 10:amod:ADJ 4:obl:PROPN 4:punct:PUNCT",
			[]string{"GBRMIL IMGMUSISI 19"},
		},
		{
			// a natural event as the agent is no one: no event, and the
			// place is not the source
			"Ten people were killed by the earthquake in Turkey .",
			"Turkey=TUR",
			"2:nummod:NUM 4:nsubj:pass:NOUN 4:aux:pass:AUX 0:root:VERB/VBN 7:case:ADP 7:det:DET 4:obl:agent:NOUN 9:case:ADP 4:obl:PROPN 4:punct:PUNCT",
			[]string{},
		},
		{
			// a past tense before a noun is a verb where the parse reads
			// one, not a participle used as an adjective ("exiled leaders")
			"Israeli tanks shelled positions of the Palestinian security forces .",
			"Israeli=ISR; Palestinian security forces=PSEMIL",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB/VBD 3:obj:NOUN 9:case:ADP 9:det:DET 9:amod:ADJ 9:compound:NOUN 4:nmod:NOUN 3:punct:PUNCT",
			[]string{"ISR PSEMIL 19"},
		},
		{
			// a clause of purpose parsed as a relative on the verb: its
			// subject is the verb's ("police opened fire to disperse")
			"Egyptian police opened fire on Israeli tourists to disperse Islamist demonstrators .",
			"Egyptian police=EGYCOP; Israeli=ISR",
			"2:amod:ADJ 0:root:NOUN 2:acl:VERB/VBD 3:obj:NOUN 7:case:ADP 7:amod:ADJ 3:obl:NOUN 9:mark:PART 3:acl:VERB 11:amod:ADJ 9:obj:NOUN 2:punct:PUNCT",
			[]string{"EGYCOP ---OPP 17", "EGYCOP ISR 19"},
		},
		{
			// force on no one named in the source's own country: the
			// target stays no one (it was dropped as source = target)
			"Syria shelled towns in Aleppo .",
			"Syria=SYR; Aleppo=SYR@",
			"2:nsubj:PROPN 0:root:VERB/VBD 2:obj:NOUN 5:case:ADP 2:obl:PROPN 2:punct:PUNCT",
			[]string{"SYR --- 19"},
		},
		{
			// a noun event after a determiner, as the object of a verb
			// that says it is done: the verb's subject is the source
			"Washington announced the expulsion of 60 Russian diplomats .",
			"Washington=USA; Russian diplomats=RUSGOV",
			"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 8:case:ADP 8:nummod:NUM 8:amod:ADJ 4:nmod:NOUN 2:punct:PUNCT",
			[]string{"USA RUSGOV 16"},
		},
		{
			// a noun naming what force uses is no act of force
			"Prices of Indonesian gas rose .",
			"Indonesian=IDN",
			"5:nsubj:NOUN 4:case:ADP 4:amod:ADJ 1:nmod:NOUN 0:root:VERB 5:punct:PUNCT",
			[]string{},
		},
		{
			// the pattern's phrase on the object names a thing: force on
			// no one named (grenades are bombings, 183)
			"Militants carried out two grenade attacks in Pulwama districts .",
			"",
			"2:nsubj:NOUN 0:root:VERB 2:compound:prt:ADP 6:nummod:NUM 6:compound:NOUN 2:obj:NOUN 9:case:ADP 9:compound:PROPN 6:nmod:NOUN 2:punct:PUNCT",
			[]string{"---REB --- 18"},
		},
		{
			// a participle after a copula is a passive: the injured are no
			// source, but the target of force whose doer is not named
			// (the nodoer task: "---")
			"Four people were injured .",
			"",
			"2:nummod:NUM 4:nsubj:NOUN 4:cop:AUX 0:root:ADJ/JJ 4:punct:PUNCT",
			[]string{"--- ---CVL 18"},
		},
		{
			// a verb of the lexicon in what was said: its pronoun subject
			// is the speakers
			"The US and Russia announced they were launching talks .",
			"US=USA; Russia=RUS",
			"2:det:DET 5:nsubj:PROPN 4:cc:CCONJ 2:conj:PROPN 0:root:VERB 8:nsubj:PRON 8:aux:AUX 5:ccomp:VERB 8:obj:NOUN 5:punct:PUNCT",
			[]string{"RUS USA 04", "USA RUS 04"},
		},
		{
			// a ceasefire declared with no one named on the other side
			"The rebels declared a unilateral ceasefire .",
			"",
			"2:det:DET 3:nsubj:NOUN 0:root:VERB 6:det:DET 6:amod:ADJ 3:obj:NOUN 3:punct:PUNCT",
			[]string{"---REB --- 08"},
		},
		{
			// force on an economic quantity is a figure of speech
			"Congress tried to attack the trade deficit .",
			"Congress=USALEG",
			"2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 7:det:DET 7:compound:NOUN 4:obj:NOUN 2:punct:PUNCT",
			[]string{},
		},
		{
			// attacking forecasts is criticising them
			"Japan attacked Chilean forecasts .",
			"Japan=JPN; Chilean=CHL#",
			"2:nsubj:PROPN 0:root:VERB 4:amod:ADJ 2:obj:NOUN 2:punct:PUNCT",
			[]string{"JPN CHL 11"},
		},
		{
			// and so is attacking practices: they are a state's conduct
			"Japan attacked unfair Chilean trade practices .",
			"Japan=JPN; Chilean=CHL#",
			"2:nsubj:PROPN 0:root:VERB 6:amod:ADJ 6:amod:ADJ 6:compound:NOUN 2:obj:NOUN 2:punct:PUNCT",
			[]string{"JPN CHL 11"},
		},
		{
			// whom an attack is on is not who attacks: the relative clause
			// on the attack is the attacker's
			"Washington condemned the Iraqi missile attack on Kuwait , which killed nine sailors .",
			"Washington=USA; Iraqi=IRQ#; Kuwait=KWT",
			"2:nsubj:PROPN 0:root:VERB 6:det:DET 5:amod:ADJ 6:compound:NOUN 2:obj:NOUN 8:case:ADP 6:nmod:PROPN 11:punct:PUNCT 11:nsubj:PRON 6:acl:relcl:VERB 13:nummod:NUM 11:obj:NOUN 2:punct:PUNCT",
			[]string{"IRQ --- 19", "IRQ KWT 19", "USA IRQ 11"},
		},
		{
			// an agreement with someone who is no actor is neither the
			// subjects' with each other nor with another actor
			"Venezuela and Chile reached agreement with commercial banks .",
			"Venezuela=VEN; Chile=CHL",
			"4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 4:obj:NOUN 8:case:ADP 8:amod:ADJ 5:nmod:NOUN 4:punct:PUNCT",
			[]string{},
		},
		{
			// nor does a crash
			"A Chilean jet crashed in Peru , killing 50 people .",
			"Chilean=CHL#; Peru=PER",
			"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 6:case:ADP 4:obl:PROPN 8:punct:PUNCT 4:advcl:VERB 10:nummod:NUM 8:obj:NOUN 4:punct:PUNCT",
			[]string{},
		},
		{
			// weather kills no one on purpose
			"A hailstorm in south China killed two people .",
			"China=CHN",
			"2:det:DET 6:nsubj:NOUN 5:case:ADP 5:amod:ADJ 2:nmod:PROPN 0:root:VERB 8:nummod:NUM 6:obj:NOUN 6:punct:PUNCT",
			[]string{},
		},
		{
			// a strike with nothing of arms about it, in a sentence of work,
			// is a strike of work (143)
			"The British Telecom strike delayed the installation .",
			"British=GBR#",
			"4:det:DET 4:amod:ADJ 4:compound:PROPN 5:nsubj:NOUN 0:root:VERB 7:det:DET 5:obj:NOUN 5:punct:PUNCT",
			[]string{"GBR --- 14"},
		},
		{
			// fighting to do something is striving, no force
			"Chilean bankers fought to protect their interests .",
			"Chilean bankers=CHLBUS",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 5:mark:PART 3:xcomp:VERB 7:nmod:poss:PRON 5:obj:NOUN 3:punct:PUNCT",
			[]string{},
		},
		{
			// a target is what is aimed at, no act
			"Peru and Chile have been regular targets for Bolivian planes .",
			"Peru=PER; Chile=CHL; Bolivian=BOL#",
			"7:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 7:aux:AUX 7:cop:AUX 7:amod:ADJ 0:root:NOUN 10:case:ADP 10:amod:ADJ 7:nmod:NOUN 7:punct:PUNCT",
			[]string{},
		},
		{
			// hurt in an accident, no one did it
			"Six Chilean miners were killed and two injured in a rock fall at a Peruvian mine .",
			"Chilean=CHL#; Peruvian=PER#",
			"3:nummod:NUM 3:amod:ADJ 5:nsubj:pass:NOUN 5:aux:pass:AUX 0:root:VERB/VBN 8:cc:CCONJ 8:nsubj:pass:NUM 5:conj:VERB/VBN 12:case:ADP 12:det:DET 12:compound:NOUN 8:obl:NOUN 16:case:ADP 16:det:DET 16:amod:ADJ 12:nmod:NOUN 5:punct:PUNCT",
			[]string{},
		},
		{
			// property destroyed by an armed group or a crowd is an event
			// with no one named as its target
			"Pakistani militants torched a school .",
			"Pakistani militants=PAKREB",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 5:det:DET 3:obj:NOUN 3:punct:PUNCT",
			[]string{"PAKREB PAK 17"},
		},
		{
			// by traders, it is trade
			"Chilean traders demolished old ships .",
			"Chilean traders=CHLBUS",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 5:amod:ADJ 3:obj:NOUN 3:punct:PUNCT",
			[]string{},
		},
		{
			// a rally in the markets is no protest
			"Chilean traders staged a rally in financial markets .",
			"Chilean traders=CHLBUS",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 5:det:DET 3:obj:NOUN 8:case:ADP 8:amod:ADJ 5:nmod:NOUN 3:punct:PUNCT",
			[]string{},
		},
		{
			// nor a march toward higher rates
			"Chilean farmers march toward higher interest rates .",
			"Chilean farmers=CHLAGR",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 7:case:ADP 7:amod:ADJ 7:compound:NOUN 3:obl:NOUN 3:punct:PUNCT",
			[]string{},
		},
		{
			// a verb of general meaning codes only with the words after it
			// that give its sense: taking goods is no seizure
			"Poland took more Cuban sugar .",
			"Poland=POL; Cuban=CUB#",
			"2:nsubj:PROPN 0:root:VERB 4:advmod:ADV 5:amod:ADJ 2:obj:NOUN 2:punct:PUNCT",
			[]string{},
		},
		{
			"Peruvian rebels took control of the Chilean embassy .",
			"Peruvian=PER#; Chilean=CHL#",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 3:obj:NOUN 8:case:ADP 8:det:DET 8:amod:ADJ 4:nmod:NOUN 3:punct:PUNCT",
			[]string{"PERREB CHL 19"},
		},
		{
			"The IMF gave Kenya a loan .",
			"IMF=IGOUNOIMF; Kenya=KEN",
			"2:det:DET 3:nsubj:PROPN 0:root:VERB 3:iobj:PROPN 6:det:DET 3:obj:NOUN 3:punct:PUNCT",
			[]string{"IGOUNOIMF KEN 07"},
		},
		{
			// a verb of the patterns read as an adjective of a noun is no act
			"Chile won free access to the Peruvian market .",
			"Chile=CHL; Peruvian=PER#",
			"2:nsubj:PROPN 0:root:VERB 4:amod:ADJ 2:obj:NOUN 8:case:ADP 8:det:DET 8:amod:ADJ 4:nmod:NOUN 2:punct:PUNCT",
			[]string{},
		},
		{
			// nor after "be"
			"Chilean banks were free to hold stakes in Peru .",
			"Chilean=CHL#; Peru=PER",
			"2:amod:ADJ 4:nsubj:NOUN 4:cop:AUX 0:root:ADJ 6:mark:PART 4:advcl:VERB 6:obj:NOUN 9:case:ADP 6:obl:PROPN 4:punct:PUNCT",
			[]string{},
		},
		{
			// but a participle so read may still be a passive
			"Chilean soldiers were wounded by Peruvian troops .",
			"Chilean=CHL#; Peruvian=PER#",
			"2:amod:ADJ 4:nsubj:NOUN 4:cop:AUX 0:root:ADJ/JJ 7:case:ADP 7:amod:ADJ 4:obl:NOUN 4:punct:PUNCT",
			[]string{"PERMIL CHLMIL 18"},
		},
		{
			// and on a sale or on competition
			"Congress fought the planned sale of Chilean arms .",
			"Congress=USALEG; Chilean=CHL#",
			"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:obj:NOUN 8:case:ADP 8:amod:ADJ 5:nmod:NOUN 2:punct:PUNCT",
			[]string{},
		},
		{
			// and so is force by a measure
			"Exporters were hit by the Pakistani move .",
			"Pakistani=PAK",
			"3:nsubj:pass:NOUN 3:aux:pass:AUX 0:root:VERB/VBN 7:case:ADP 7:det:DET 7:amod:ADJ 3:obl:agent:NOUN 3:punct:PUNCT",
			[]string{},
		},
		{
			// a strike of labour, its strikers the subject of "on strike"
			"Hundreds of workers in Serbia were on strike .",
			"Serbia=SRB",
			"8:nsubj:NOUN 3:case:ADP 1:nmod:NOUN 5:case:ADP 3:nmod:PROPN 8:cop:AUX 8:case:ADP 0:root:NOUN 8:punct:PUNCT",
			[]string{"SRBLAB SRB 14"}, // no one named, in Serbia: inferred
		},
		{
			// or its by-phrase: no blow of force (seamen are workers, LAB)
			"A strike by Brazilian seamen delayed exports .",
			"Brazilian=BRA",
			"2:det:DET 6:nsubj:NOUN 5:case:ADP 5:amod:ADJ 2:nmod:NOUN 0:root:VERB 6:obj:NOUN 6:punct:PUNCT",
			[]string{"BRALAB BRA 14"},
		},
		{
			// retaliating against goods is trade, not force
			"Korea would retaliate against American goods .",
			"Korea=KOR; American=USA",
			"3:nsubj:PROPN 3:aux:AUX 0:root:VERB 6:case:ADP 6:amod:ADJ 3:obl:NOUN 3:punct:PUNCT",
			[]string{},
		},
		{
			// a measure as the subject of a verb of force: a figure of speech
			"The dismantling of Germany's subsidies would hit French farmers .",
			"Germany=DEU; French=FRA",
			"2:det:DET 8:nsubj:NOUN 6:case:ADP 6:nmod:poss:PROPN 4:case:PART 2:nmod:NOUN 8:aux:AUX 0:root:VERB 10:amod:ADJ 8:obj:NOUN 8:punct:PUNCT",
			[]string{},
		},
		{
			// an attack on a rise is criticism
			"Baker attacked the rise in German rates .",
			"Baker=USAGOV; German=DEU",
			"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 7:case:ADP 7:amod:ADJ 4:nmod:NOUN 2:punct:PUNCT",
			[]string{"USAGOV DEU 11"},
		},
		{
			// a fight over a veto is no fight
			"Reagan won the veto fight with Congress .",
			"Reagan=USAGOV; Congress=USALEG",
			"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:compound:NOUN 2:obj:NOUN 7:case:ADP 5:nmod:PROPN 2:punct:PUNCT",
			[]string{},
		},
		{
			// a compound subject of a symmetric verb: every ordered pair
			"Japan , India and Australia met on Monday .",
			"Japan=JPN; India=IND; Australia=AUS",
			"6:nsubj:PROPN 3:punct:PUNCT 1:conj:PROPN 5:cc:CCONJ 1:conj:PROPN 0:root:VERB 8:case:ADP 6:obl:PROPN 6:punct:PUNCT",
			[]string{"AUS IND 04", "AUS JPN 04", "IND AUS 04", "IND JPN 04", "JPN AUS 04", "JPN IND 04"},
		},
		{
			// a protest or force with no named target: against no one
			// named, where the parse gives the source (the country of the
			// place is inferred where there is one, TestInfer)
			"Pakistani students staged a sit-in .",
			"Pakistani students=PAKEDU",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 5:det:DET 3:obj:NOUN 3:punct:PUNCT",
			[]string{"PAKEDU PAK 14"},
		},
		{
			"Russian troops attacked on Monday .",
			"Russian troops=RUSMIL",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 5:case:ADP 3:obl:PROPN 3:punct:PUNCT",
			[]string{"RUSMIL RUS 19"},
		},
		{
			// force against a thing (an object or an oblique of the
			// pattern's preposition that names no actor): against no one
			// named
			"Pakistani gunmen attacked a church .",
			"Pakistani gunmen=PAKUAF",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 5:det:DET 3:obj:NOUN 3:punct:PUNCT",
			[]string{"PAKUAF PAK 19"},
		},
		{
			"Pakistani gunmen opened fire on a bus .",
			"Pakistani gunmen=PAKUAF",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 3:obj:NOUN 7:case:ADP 7:det:DET 3:obl:NOUN 3:punct:PUNCT",
			[]string{"PAKUAF PAK 19"},
		},
		{
			// ... but a pronoun may be anyone
			"Pakistani gunmen attacked them .",
			"Pakistani gunmen=PAKUAF",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 3:obj:PRON 3:punct:PUNCT",
			[]string{}, // no event
		},
		{
			// ... and a thing of an actor is that actor's
			"Pakistani gunmen attacked the Indian embassy .",
			"Pakistani gunmen=PAKUAF; Indian=IND",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 6:det:DET 6:amod:ADJ 3:obj:NOUN 3:punct:PUNCT",
			[]string{"PAKUAF IND 19"},
		},
		{
			// the tree's subject (shared by coordinated verbs) stays the
			// source when word order finds the target the tree did not
			// reach: not the nearest actor before the second verb
			"Chechen rebels have kidnapped up to 12 Georgian civilian engineers from a village market and exploded a series of bombs in the capital Tbilisi , western diplomatic sources in neighbouring Armenia said today .",
			"Chechen rebels=RUSREB; Georgian civilian=GEOCVL; Tbilisi=GEO; Armenia=ARM",
			"2:amod:ADJ 4:nsubj:NOUN 4:aux:AUX 0:root:VERB 4:compound:prt:ADP 10:case:ADP 10:nummod:NUM 10:amod:ADJ 10:amod:ADJ 4:obl:NOUN 14:case:ADP 14:det:DET 14:compound:NOUN 10:nmod:NOUN 16:cc:CCONJ 4:conj:VERB 18:det:DET 16:obj:NOUN 20:case:ADP 18:nmod:NOUN 23:case:ADP 23:det:DET 20:nmod:NOUN 23:appos:PROPN 28:punct:PUNCT 28:amod:ADJ 28:amod:ADJ 32:nsubj:pass:NOUN 30:mark:SCONJ 32:advcl:VERB 32:nsubj:PROPN 4:advcl:VERB 32:obl:unmarked:NOUN 4:punct:PUNCT",
			[]string{"RUSREB GEO 18", "RUSREB GEOCVL 18"},
		},
		{
			// to call into question is to doubt, not to telephone (the
			// lexicon's CALL)
			"Brazil called the US strategy into question .",
			"Brazil=BRA; US=USA",
			"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:compound:PROPN 2:obj:NOUN 7:case:ADP 2:obl:NOUN 2:punct:PUNCT",
			[]string{}, // no event
		},
		{
			// nature does not act: no event, though a country modifies it
			"A Chilean earthquake killed eight people .",
			"Chilean=CHL",
			"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 6:nummod:NUM 4:obj:NOUN 4:punct:PUNCT",
			[]string{}, // no event
		},
		{
			// an attack on an idea is an attack in words (111)
			"Japan attacked the Soviet proposal .",
			"Japan=JPN; Soviet=RUS",
			"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:obj:NOUN 2:punct:PUNCT",
			[]string{"JPN RUS 11"},
		},
		{
			// ... but not an attack on a defensive position
			"Japan attacked a Soviet position .",
			"Japan=JPN; Soviet=RUS",
			"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:obj:NOUN 2:punct:PUNCT",
			[]string{"JPN RUS 19"},
		},
		{
			// a meeting's place is where they met, not a target, even
			// when the place names a country's capital
			"Japan , India and Australia met in Tokyo .",
			"Japan=JPN; India=IND; Australia=AUS; Tokyo=JPN",
			"6:nsubj:PROPN 3:punct:PUNCT 1:conj:PROPN 5:cc:CCONJ 1:conj:PROPN 0:root:VERB 8:case:ADP 6:obl:PROPN 6:punct:PUNCT",
			[]string{"AUS IND 04", "AUS JPN 04", "IND AUS 04", "IND JPN 04", "JPN AUS 04", "JPN IND 04"},
		},
		{
			// those who died in a violent event named by a noun are its
			// targets
			"Iraqi soldiers died in Turkish strikes .",
			"Iraqi soldiers=IRQMIL; Turkish=TUR",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 6:case:ADP 6:amod:ADJ 3:obl:NOUN 3:punct:PUNCT",
			[]string{"TUR IRQMIL 19"},
		},
		{
			// control: the subject of "pledged" strengthens the ties
			"Russia pledged to strengthen ties with China .",
			"Russia=RUS; China=CHN",
			"2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 4:obj:NOUN 7:case:ADP 5:nmod:PROPN 2:punct:PUNCT",
			nil, // checked below: a source and a target, RUS on CHN
		},
		{
			// the passive: the by-phrase is the source
			"The envoy of France was expelled by Iran .",
			"France=FRA; Iran=IRN",
			"2:det:DET 6:nsubj:pass:NOUN 4:case:ADP 2:nmod:PROPN 6:aux:pass:AUX 0:root:VERB 8:case:ADP 6:obl:agent:PROPN 6:punct:PUNCT",
			[]string{"IRN FRA 16"},
		},
		{
			// coordinated participles share the last one's by-agent
			"Rebels , supported and armed by Libya , attacked Chad .",
			"Rebels=---REB; Libya=LBY; Chad=TCD",
			"9:nsubj:NOUN 3:punct:PUNCT 1:acl:VERB/VBN 5:cc:CCONJ 3:conj:VERB/VBN 7:case:ADP 5:obl:agent:PROPN 3:punct:PUNCT 0:root:VERB 9:obj:PROPN 9:punct:PUNCT",
			nil, // checked below: LBY supports the rebels
		},
		{
			// what a country says others did has their subject
			"Iran said Iraqi forces attacked Kuwait .",
			"Iran=IRN; Iraqi forces=IRQMIL; Kuwait=KWT",
			"2:nsubj:PROPN 0:root:VERB 4:amod:ADJ 5:nsubj:NOUN 2:ccomp:VERB 5:obj:PROPN 2:punct:PUNCT",
			nil, // checked below: no event with IRN attacking
		},
	} {
		a := build(tt.text, tt.actors)
		withParse(t, a, tt.parse)
		if err := Stage(nil).Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range a.Events {
			got = append(got, e.Source+" "+e.Target+" "+e.Root)
		}
		slices.Sort(got)
		switch {
		case tt.want != nil:
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got %v\nwant %v", tt.text, got, tt.want)
			}
		case strings.HasPrefix(tt.text, "Rebels , supported"):
			if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "LBY ") && strings.Contains(s, "REB") }) {
				t.Errorf("%s: got %v, want Libya acting on the rebels", tt.text, got)
			}
		case strings.HasPrefix(tt.text, "Russia"):
			if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "RUS CHN ") }) {
				t.Errorf("%s: got %v, want RUS acting on CHN", tt.text, got)
			}
		case strings.HasPrefix(tt.text, "Iran"):
			if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "IRN KWT") || strings.HasPrefix(s, "IRN IRQMIL 19") }) {
				t.Errorf("%s: got %v: the speaker is not the attacker", tt.text, got)
			}
			if !slices.ContainsFunc(got, func(s string) bool {
				return strings.HasPrefix(s, "IRQMIL KWT 19") || strings.HasPrefix(s, "IRN IRQMIL 11")
			}) {
				t.Errorf("%s: got %v, want IRQMIL attacking KWT or IRN accusing IRQMIL", tt.text, got)
			}
		}
	}
}

// TestTreeNounTrigger: a pattern word that the parse reads as a noun
// codes nothing unless a verb carries it.
func TestTreeNounTrigger(t *testing.T) {
	a := build("Japan's finance ministers visited Germany .", "Japan=JPN; Germany=DEU")
	withParse(t, a, "4:nmod:poss:PROPN 1:case:PART 4:compound:NOUN 5:nsubj:NOUN 0:root:VERB 5:obj:PROPN 5:punct:PUNCT")
	if err := Stage(nil).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Events {
		if e.Root == "07" {
			t.Errorf("%+v: 'finance' as a noun coded as aid", e)
		}
	}
	// a noun with its source and target on it, in subject position
	n := build("US sanctions against Iran hurt its economy .", "US=USA; Iran=IRN")
	withParse(t, n, "2:compound:PROPN 5:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 0:root:VERB 7:nmod:poss:PRON 5:obj:NOUN 5:punct:PUNCT")
	if err := Stage(nil).Run(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	if len(n.Events) != 1 || n.Events[0].Source != "USA" || n.Events[0].Target != "IRN" || n.Events[0].Root != "16" {
		t.Errorf("US sanctions against Iran: %+v", n.Events)
	}
	b := build("Israel mounted an invasion of Lebanon .", "Israel=ISR; Lebanon=LBN")
	withParse(t, b, "2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 4:nmod:PROPN 2:punct:PUNCT")
	if err := Stage(nil).Run(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	if len(b.Events) == 0 || b.Events[0].Source != "ISR" || b.Events[0].Target != "LBN" {
		t.Errorf("mounted an invasion: %+v", b.Events)
	}
}

// FuzzTreeRoles codes sentences under arbitrary parses, trees or not: the
// coder must not panic and must keep every event inside the text.
func FuzzTreeRoles(f *testing.F) {
	f.Add("Russia attacked Ukraine and China condemned it .", []byte{2, 0, 2, 2, 2, 2, 6, 7, 2})
	f.Add("The envoy was expelled by Iran , officials said .", []byte{1, 3, 3, 0, 7, 3, 9, 9, 3, 3})
	rels := []string{"nsubj", "obj", "obl", "nmod", "conj", "xcomp", "acl", "acl:relcl", "nsubj:pass",
		"obl:agent", "aux:pass", "case", "compound", "amod", "flat", "appos", "advcl", "parataxis", "root"}
	pos := []string{"NOUN", "PROPN", "VERB", "ADP", "ADJ", "PRON", "AUX"}
	f.Fuzz(func(t *testing.T, text string, shape []byte) {
		a := build(text, "Russia=RUS; Ukraine=UKR; China=CHN; Iran=IRN; envoy=---GOV")
		n := countTokens(a, 0)
		if n == 0 || len(shape) == 0 {
			return
		}
		words := make([]dyad.SyntaxWord, n)
		for i := range words {
			b := int(shape[i%len(shape)])
			tok := a.Tokens[i]
			words[i] = dyad.SyntaxWord{Token: i, Span: dyad.Span{Start: tok.Start, End: tok.End}, Text: a.Article.Text[tok.Start:tok.End],
				Head: b%(n+1) - 1, Rel: rels[b%len(rels)], UPOS: pos[(b/3)%len(pos)], XPOS: "VBN"}
		}
		a.Syntax = []dyad.Parse{{Sentence: 0, Words: words}}
		if err := Stage(nil).Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, e := range a.Events {
			if e.Trigger.Start < 0 || e.Trigger.End > len(text) || e.Trigger.Start > e.Trigger.End || e.Source == "" || e.Target == "" {
				t.Fatalf("event %+v", e)
			}
		}
	})
}

// TestTreeMood reads negation and modality from the tree.
func TestTreeMood(t *testing.T) {
	for _, tt := range []struct {
		text, parse string
		neg, hyp    bool
	}{
		{"Russia failed to attack Ukraine .", "2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 4:obj:PROPN 2:punct:PUNCT", true, false},
		{"Russia plans to attack Ukraine .", "2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 4:obj:PROPN 2:punct:PUNCT", false, true},
		{"Russia attacked Ukraine .", "2:nsubj:PROPN 0:root:VERB 2:obj:PROPN 2:punct:PUNCT", false, false},
		// an obligation is not done yet
		{"Russia must attack Ukraine .", "3:nsubj:PROPN 3:aux:AUX 0:root:VERB 3:obj:PROPN 3:punct:PUNCT", false, true},
		// a that-clause under a possible or proposing verb is not done;
		// a negation above it does not negate it
		{"Lavrov may recommend that Russia attack Ukraine .", "3:nsubj:PROPN 3:aux:AUX 0:root:VERB 6:mark:SCONJ 6:nsubj:PROPN 3:ccomp:VERB 6:obj:PROPN 3:punct:PUNCT", false, true},
		{"Lavrov recommended that Russia attack Ukraine .", "2:nsubj:PROPN 0:root:VERB 5:mark:SCONJ 5:nsubj:PROPN 2:ccomp:VERB 5:obj:PROPN 2:punct:PUNCT", false, true},
		// coordinated verbs share an auxiliary
		{"Russia could mobilise its reserves quickly and attack Ukraine .", "3:nsubj:PROPN 3:aux:AUX 0:root:VERB 5:nmod:poss:PRON 3:obj:NOUN 3:advmod:ADV 8:cc:CCONJ 3:conj:VERB 8:obj:PROPN 3:punct:PUNCT", false, true},
		// what one is pushed to do, or does something for, is not done;
		// what one was forced to do is
		{"Lavrov pushed Russia to attack Ukraine .", "2:nsubj:PROPN 0:root:VERB 2:obj:PROPN 5:mark:PART 2:xcomp:VERB 5:obj:PROPN 2:punct:PUNCT", false, true},
		{"Russia was forced to attack Ukraine .", "3:nsubj:pass:PROPN 3:aux:pass:AUX 0:root:VERB/VBN 5:mark:PART 3:xcomp:VERB 5:obj:PROPN 3:punct:PUNCT", false, false},
		{"Russia mobilised to attack Ukraine .", "2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:advcl:VERB 4:obj:PROPN 2:punct:PUNCT", false, true},
		// the future is planned, not done
		{"Russia will mobilise its reserves quickly and attack Ukraine .", "3:nsubj:PROPN 3:aux:AUX 0:root:VERB 5:nmod:poss:PRON 3:obj:NOUN 3:advmod:ADV 8:cc:CCONJ 3:conj:VERB 8:obj:PROPN 3:punct:PUNCT", false, true},
		{"Lavrov did not deny that Russia attacked Ukraine .", "4:nsubj:PROPN 4:aux:AUX 4:advmod:PART 0:root:VERB 7:mark:SCONJ 7:nsubj:PROPN 4:ccomp:VERB 7:obj:PROPN 4:punct:PUNCT", false, false},
		// a verb coordinated with one not done is not done either
		{"Russia mobilised to scare NATO and attack Ukraine .", "2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:advcl:VERB 4:obj:PROPN 7:cc:CCONJ 4:conj:VERB 7:obj:PROPN 2:punct:PUNCT", false, true},
		// a time to come, under a verb to come
		{"Lavrov will wait until Russia attacks Ukraine .", "3:nsubj:PROPN 3:aux:AUX 0:root:VERB 6:mark:SCONJ 6:nsubj:PROPN 3:advcl:VERB 6:obj:PROPN 3:punct:PUNCT", false, true},
		{"Lavrov waited until Russia attacked Ukraine .", "2:nsubj:PROPN 0:root:VERB 5:mark:SCONJ 5:nsubj:PROPN 2:advcl:VERB 5:obj:PROPN 2:punct:PUNCT", false, false},
		// an event that may start is to come
		{"An attack by Russia on Ukraine could start soon .", "2:det:DET 8:nsubj:NOUN 4:case:ADP 2:nmod:PROPN 6:case:ADP 2:nmod:PROPN 8:aux:AUX 0:root:VERB 8:advmod:ADV 8:punct:PUNCT", false, true},
	} {
		a := build(tt.text, "Russia=RUS; Ukraine=UKR")
		withParse(t, a, tt.parse)
		// the lemmas the tree reads
		for i := range a.Syntax[0].Words {
			w := &a.Syntax[0].Words[i]
			w.Lemma = map[string]string{"failed": "fail", "plans": "plan", "recommend": "recommend", "recommended": "recommend", "deny": "deny",
				"pushed": "push", "forced": "force", "start": "start"}[w.Text]
		}
		if err := Stage(nil).Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		var found bool
		for _, e := range a.Events {
			if e.Source == "RUS" && e.Target == "UKR" && e.Root == "19" {
				found = true
				if e.Negated != tt.neg || e.Hypothetical != tt.hyp {
					t.Errorf("%s: negated %v hypothetical %v, want %v %v", tt.text, e.Negated, e.Hypothetical, tt.neg, tt.hyp)
				}
			}
		}
		if !found {
			t.Errorf("%s: no RUS UKR 19 event in %+v", tt.text, a.Events)
		}
	}
}

// TestSharedPassive: a participle coordinated with a passive verb shares
// its auxiliary, so its subject is what was done to: "soldiers were
// killed and wounded" never makes the soldiers the source.
func TestSharedPassive(t *testing.T) {
	a := build("Six Chadian soldiers were killed and ten wounded in a blast .", "Chadian soldiers=TCDMIL")
	withParse(t, a, "3:nummod:NUM 3:amod:ADJ 5:nsubj:pass:NOUN 5:aux:pass:AUX 0:root:VERB/VBN 8:cc:CCONJ 8:nummod:NUM 5:conj:VERB/VBN 11:case:ADP 11:det:DET 8:obl:NOUN 5:punct:PUNCT")
	if err := Stage(nil).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Events {
		if e.Source == "TCDMIL" {
			t.Errorf("the victims act: %+v", e)
		}
	}
}

// TestNounMood: a noun of an event takes the mood of the verb that says
// it is done, and of the verb or noun of intent it is the matter of; not
// of a verb that only speaks of it.
func TestNounMood(t *testing.T) {
	for _, tt := range []struct {
		text, parse string
		lemmas      map[string]string
		hyp         bool
	}{
		{"Russia may launch an attack on Ukraine .",
			"3:nsubj:PROPN 3:aux:AUX 0:root:VERB 5:det:DET 3:obj:NOUN 7:case:ADP 5:nmod:PROPN 3:punct:PUNCT",
			map[string]string{"launch": "launch"}, true},
		{"Russia may stage an attack on Ukraine .",
			"3:nsubj:PROPN 3:aux:AUX 0:root:VERB 5:det:DET 3:obj:NOUN 7:case:ADP 5:nmod:PROPN 3:punct:PUNCT",
			map[string]string{"stage": "stage"}, true},
		{"Russia launched an attack on Ukraine .",
			"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 4:nmod:PROPN 2:punct:PUNCT",
			map[string]string{"launched": "launch"}, false},
		{"Officials discussed plans for a Russian attack on Ukraine .",
			"2:nsubj:NOUN 0:root:VERB 2:obj:NOUN 7:case:ADP 7:det:DET 7:amod:ADJ 3:nmod:NOUN 9:case:ADP 7:nmod:PROPN 2:punct:PUNCT",
			map[string]string{"discussed": "discuss", "plans": "plan"}, true},
		{"Officials discussed a Russian attack on Ukraine .",
			"2:nsubj:NOUN 0:root:VERB 5:det:DET 5:amod:ADJ 2:obj:NOUN 7:case:ADP 5:nmod:PROPN 2:punct:PUNCT",
			map[string]string{"discussed": "discuss"}, false},
		// what a way is opened for, or preparations are made for, is to come
		{"The vote opened the way for a Russian attack on Ukraine .",
			"2:det:DET 3:nsubj:NOUN 0:root:VERB 5:det:DET 3:obj:NOUN 9:case:ADP 9:det:DET 9:amod:ADJ 5:nmod:NOUN 11:case:ADP 9:nmod:PROPN 3:punct:PUNCT",
			map[string]string{"opened": "open"}, true},
		{"Officials discussed preparations for a Russian attack on Ukraine .",
			"2:nsubj:NOUN 0:root:VERB 2:obj:NOUN 7:case:ADP 7:det:DET 7:amod:ADJ 3:nmod:NOUN 9:case:ADP 7:nmod:PROPN 2:punct:PUNCT",
			map[string]string{"discussed": "discuss", "preparations": "preparation"}, true},
		// what is recommended is not done yet
		{"Officials recommended a Russian attack on Ukraine .",
			"2:nsubj:NOUN 0:root:VERB 5:det:DET 5:amod:ADJ 2:obj:NOUN 7:case:ADP 5:nmod:PROPN 2:punct:PUNCT",
			map[string]string{"recommended": "recommend"}, true},
		// an adjective of possibility
		{"Officials discussed a possible Russian attack on Ukraine .",
			"2:nsubj:NOUN 0:root:VERB 6:det:DET 6:amod:ADJ 6:amod:ADJ 2:obj:NOUN 8:case:ADP 6:nmod:PROPN 2:punct:PUNCT",
			map[string]string{"discussed": "discuss"}, true},
		// what something is sent for is not done; what the first one did is
		{"Russia sent a force to attack Ukraine .",
			"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:mark:PART 4:acl:VERB 6:obj:PROPN 2:punct:PUNCT",
			map[string]string{"sent": "send", "attack": "attack"}, true},
		{"Russia was the first state to attack Ukraine .",
			"5:nsubj:PROPN 5:cop:AUX 5:det:DET 5:amod:ADJ 0:root:NOUN 7:mark:PART 5:acl:VERB 7:obj:PROPN 5:punct:PUNCT",
			map[string]string{"attack": "attack"}, false},
		// the verb's own mood is not the attack's
		{"Russia would avenge the attack on Ukraine .",
			"3:nsubj:PROPN 3:aux:AUX 0:root:VERB 5:det:DET 3:obj:NOUN 7:case:ADP 5:nmod:PROPN 3:punct:PUNCT",
			map[string]string{"avenge": "avenge"}, false},
	} {
		evs := codeLemmas(t, nil, tt.text, "Russia=RUS; Russian=RUS; Ukraine=UKR", tt.parse, tt.lemmas)
		var found bool
		for _, e := range evs {
			if e.Source == "RUS" && e.Target == "UKR" && e.Root == "19" {
				found = true
				if e.Hypothetical != tt.hyp {
					t.Errorf("%s: hypothetical %v, want %v", tt.text, e.Hypothetical, tt.hyp)
				}
			}
		}
		if !found {
			t.Errorf("%s: no RUS UKR 19 event in %+v", tt.text, evs)
		}
	}
}

// TestAddressee: one told is the object of the verb of telling; when that
// is no actor, no other actor of the sentence is the one told.
func TestAddressee(t *testing.T) {
	for _, tt := range []struct {
		text, parse string
		want        []string
	}{
		{"Lavrov told Reuters that Ukraine was ready .",
			"2:nsubj:PROPN 0:root:VERB 2:obj:PROPN 7:mark:SCONJ 7:nsubj:PROPN 7:cop:AUX 2:ccomp:ADJ 2:punct:PUNCT",
			nil},
		{"Lavrov told Ukraine that Russia was ready .",
			"2:nsubj:PROPN 0:root:VERB 2:obj:PROPN 7:mark:SCONJ 7:nsubj:PROPN 7:cop:AUX 2:ccomp:ADJ 2:punct:PUNCT",
			[]string{"RUSGOV UKR 010"}},
		// an audience is no one told, whoever is in it
		{"Lavrov told a Ukraine business meeting that Russia was ready .",
			"2:nsubj:PROPN 0:root:VERB 6:det:DET 6:compound:PROPN 6:compound:NOUN 2:obj:NOUN 11:mark:SCONJ 11:nsubj:PROPN 11:cop:AUX 2:ccomp:ADJ 2:punct:PUNCT",
			nil},
	} {
		evs := codeLemmas(t, nil, tt.text, "Lavrov=RUSGOV; Ukraine=UKR; Russia=RUS", tt.parse,
			map[string]string{"told": "tell", "meeting": "meeting"})
		got := shown(evs, func(e dyad.Event) string { return e.Source + " " + e.Target + " " + e.Code })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

// TestClauseOfTarget: a target word order finds must be in the clause of
// the trigger's verb, not in a clause of its own beside or below it; and
// a city naming a thing is where, not who.
func TestClauseOfTarget(t *testing.T) {
	for _, tt := range []struct {
		text, parse string
		want        []string // "SRC TGT ROOT", sorted
	}{
		{"Turkey criticized the Paris accord .",
			"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:compound:PROPN 2:obj:NOUN 2:punct:PUNCT",
			nil},
		{"Turkey criticized the Belgian accord .",
			"2:nsubj:PROPN 0:root:VERB 5:det:DET 5:amod:ADJ 2:obj:NOUN 2:punct:PUNCT",
			[]string{"TUR BEL 11"}},
		{"Turkey requested membership , receiving a reply from Belgium .",
			"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 5:punct:PUNCT 2:advcl:VERB 7:det:DET 5:obj:NOUN 9:case:ADP 7:nmod:PROPN 2:punct:PUNCT",
			nil},
		// a passive with no subject of its own reads its patient from the
		// clause the parse put above it
		{"Ukrainian soldiers jailed for spying were released by Turkey .",
			"2:amod:ADJ 3:nsubj:NOUN 0:root:VERB 5:mark:SCONJ 3:advcl:VERB 7:aux:pass:AUX 3:advcl:VERB 9:case:ADP 7:obl:agent:PROPN 3:punct:PUNCT",
			[]string{"TUR UKRMIL 08"}},
		// cooperation of a country with itself named by a modifier is no
		// event; conflict within a country is
		{"The Turkish government helped Turkish exporters .",
			"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 6:amod:ADJ 4:obj:NOUN 4:punct:PUNCT",
			nil},
		{"The Turkish government attacked Turkish exporters .",
			"3:det:DET 3:amod:ADJ 4:nsubj:NOUN 0:root:VERB 6:amod:ADJ 4:obj:NOUN 4:punct:PUNCT",
			[]string{"TURGOV TUR 19"}},
		// a noun of an event that is a word of a name is no event: "Jiji
		// Press", "Royal Dutch/Shell"
		{"In Belgium the Jiji Press quoted Turkey .",
			"2:case:ADP 6:obl:PROPN 5:det:DET 5:compound:PROPN 6:nsubj:PROPN 0:root:VERB 6:obj:PROPN 6:punct:PUNCT",
			nil},
		// what an act is compared with, or is done despite or because of,
		// names no target: "less than Belgian yards", "unlike Greece"
		{"Turkey offered to build the ship at 30 mln marks less than Belgian yards .",
			"2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 6:det:DET 4:obj:NOUN 10:case:ADP 10:nummod:NUM 10:amod:ADJ 4:obl:NOUN 14:advmod:ADJ 11:fixed:ADP 14:amod:ADJ 10:nmod:NOUN 2:punct:PUNCT",
			nil},
		{"Turkey offered to build the ship for Belgian yards .",
			"2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 6:det:DET 4:obj:NOUN 9:case:ADP 9:amod:ADJ 4:obl:NOUN 2:punct:PUNCT",
			[]string{"TUR BEL 03"}},
		{"Turkey offered help , unlike Greece .",
			"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 6:punct:PUNCT 6:case:ADP 2:obl:PROPN 2:punct:PUNCT",
			nil},
		// agreed to act with someone: agreed with them
		{"Turkey and Greece agreed to build a road with Belgium .",
			"4:nsubj:PROPN 3:cc:CCONJ 1:conj:PROPN 0:root:VERB 6:mark:PART 4:xcomp:VERB 8:det:DET 6:obj:NOUN 10:case:ADP 6:obl:PROPN 4:punct:PUNCT",
			[]string{"GRC BEL 03", "TUR BEL 03"}},
		// talks or a visit in a phrase of circumstance: the clause's
		// subject met or visited
		{"Turkey spoke after talks with Belgium .",
			"2:nsubj:PROPN 0:root:VERB 4:case:ADP 2:obl:NOUN 6:case:ADP 4:nmod:PROPN 2:punct:PUNCT",
			[]string{"TUR BEL 04"}},
		{"Turkey , on a visit to Belgium , spoke .",
			"8:nsubj:PROPN 5:punct:PUNCT 5:case:ADP 5:det:DET 1:appos:NOUN 7:case:ADP 5:nmod:PROPN 1:punct:PUNCT 0:root:VERB 8:punct:PUNCT",
			[]string{"TUR BEL 04"}},
		// a verb of saying read as a noun says nothing
		{"The Turkish report on Belgium was leaked .",
			"3:det:DET 3:amod:ADJ 7:nsubj:pass:NOUN 5:case:ADP 3:nmod:PROPN 7:aux:pass:AUX 0:root:VERB 7:punct:PUNCT",
			nil},
		// who reacts to a request did not make it
		{"Turkey forwarded the request from Belgium .",
			"2:nsubj:PROPN 0:root:VERB 4:det:DET 2:obj:NOUN 6:case:ADP 4:nmod:PROPN 2:punct:PUNCT",
			nil},
		// a verb coordinated with its own subject is its own clause: the
		// request is made to no one named (an act of Turkey alone)
		{"Turkey requested membership and Belgium agreed .",
			"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 6:cc:CCONJ 6:nsubj:PROPN 2:conj:VERB 2:punct:PUNCT",
			[]string{"TUR --- 02"}},
		{"Turkey requested membership and accused Belgium .",
			"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 5:cc:CCONJ 2:conj:VERB 5:obj:PROPN 2:punct:PUNCT",
			[]string{"TUR --- 02", "TUR BEL 11"}},
	} {
		evs := codeParsed(t, nil, tt.text, "Turkey=TUR; Belgium=BEL; Belgian=BEL#; Paris=FRA@; Ukrainian soldiers=UKRMIL; Turkish government=TURGOV; Turkish=TUR#; Greece=GRC", tt.parse)
		got := shown(evs, func(e dyad.Event) string { return e.Source + " " + e.Target + " " + e.Root })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

// TestRuledOut: what is ruled out, rejected or avoided is not done.
func TestRuledOut(t *testing.T) {
	for _, tt := range []struct {
		text, parse, trigger string
		neg                  bool
	}{
		{"Russia ruled out attacking Ukraine .", "2:nsubj:PROPN 0:root:VERB 2:compound:prt:ADP 2:xcomp:VERB 4:obj:PROPN 2:punct:PUNCT", "attacking", true},
		{"Russia rejected attacking Ukraine .", "2:nsubj:PROPN 0:root:VERB 2:xcomp:VERB 3:obj:PROPN 2:punct:PUNCT", "attacking", true},
	} {
		a := build(tt.text, "Russia=RUS; Ukraine=UKR")
		withParse(t, a, tt.parse)
		for i := range a.Syntax[0].Words {
			w := &a.Syntax[0].Words[i]
			w.Lemma = map[string]string{"ruled": "rule", "rejected": "reject", "attacking": "attack", "request": "request"}[w.Text]
		}
		if err := Stage(nil).Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range a.Events {
			if strings.HasPrefix(e.Trigger.Text, tt.trigger) {
				found = true
				if e.Negated != tt.neg {
					t.Errorf("%s: %s %s %s negated %v, want %v", tt.text, e.Source, e.Target, e.Code, e.Negated, tt.neg)
				}
			}
		}
		if !found {
			t.Errorf("%s: no event at %q in %+v", tt.text, tt.trigger, a.Events)
		}
	}
}
