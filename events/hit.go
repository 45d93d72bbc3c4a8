package events

import (
	"strings"

	"dyad"
)

// hitDegree are adverbs of how badly one is affected: "hard hit", "worst
// hit", "badly hit" say how much a blow of fortune or of the market
// hurt, and name no one who struck.
var hitDegree = map[string]bool{
	"hard": true, "harder": true, "hardest": true, "worst": true, "badly": true,
	"severely": true, "seriously": true,
}

// hitObstacles are what a ship or a vehicle runs into: "the tanker hit a
// mine" is the tanker struck, by no one it names; it attacks nothing.
var hitObstacles = map[string]bool{
	"mine": true, "reef": true, "rock": true, "iceberg": true, "sandbank": true,
	"sandbar": true, "shoal": true,
}

// hitBargains are what is struck as one strikes a deal: "the accord
// struck in Paris" was reached, no one was struck.
var hitBargains = map[string]bool{
	"accord": true, "agreement": true, "deal": true, "bargain": true, "compromise": true,
	"pact": true, "treaty": true, "balance": true,
}

// voteNouns are what a vote defeats or kills: a bill, a budget or a
// motion voted down is rejected in a vote, with no force.
var voteNouns = map[string]bool{
	"bill": true, "bills": true, "budget": true, "motion": true, "amendment": true,
	"amendments": true, "legislation": true, "resolution": true, "proposal": true,
	"measure": true, "veto": true, "vote": true,
}

// votedDown reports whether match m, force (18-20), is "defeat", "kill",
// "scuttle" or "torpedo" with a bill, a budget or a vote as its object,
// passive subject or oblique: "the House defeated the budget on a 394 to
// 27 vote" votes it down, with no force, and criticises no one (the 111
// an attack on a policy gets).
func (c *coder) votedDown(m *match) bool {
	t := c.tr
	if t == nil || !physical(m.r.code.Code) {
		return false
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" {
		return false
	}
	l := strings.ToLower(t.words[v].Text)
	if !strings.HasPrefix(l, "defeat") && !strings.HasPrefix(l, "kill") && !strings.HasPrefix(l, "scuttl") && !strings.HasPrefix(l, "torpedo") {
		return false
	}
	for _, k := range t.kids[v] {
		if r := t.words[k].Rel; (r == "obj" || r == "obl" || r == "nsubj:pass") && voteNouns[t.lemma(k)] {
			return true
		}
	}
	return false
}

// figureHit reports whether match m, force (18-20), is the verb or noun
// "hit" or "strike" in a sense of no force (CAMEO 190 is force used by an
// actor on another):
//   - with an adverb of degree: "exporters would be hard hit", "the
//     worst hit farmers";
//   - done by a happening or a measure, or by a strike of work, as
//     subject or by-agent: "Ghana, hit by a slump", "the dock strike has
//     badly hit the ports", "a strike which hit the ports";
//   - on an obstacle run into: "the tanker hit a mine";
//   - of a deal struck: "the accord struck in Paris".
func (c *coder) figureHit(m *match) bool {
	t := c.tr
	if t == nil || !physical(m.r.code.Code) {
		return false
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 {
		return false
	}
	for _, k := range t.kids[v] {
		if t.words[k].Rel == "nsubj" && t.words[k].UPOS == "NOUN" && c.groupAt(k) < 0 && economicNouns[strings.ToLower(t.words[k].Text)] {
			// "Brazilian orange juice imports have injured U.S.
			// producers", "exports to Canada have hurt growers": trade
			// does the harm, no actor uses force
			return true
		}
	}
	if l := t.lemma(v); l != "hit" && l != "strike" && l != "struck" {
		return false
	}
	if h := t.words[v].Head; h >= 0 && t.words[v].Rel == "acl" && hitBargains[t.lemma(h)] {
		return true // "the accord struck in Paris"
	}
	for _, k := range t.kids[v] {
		w := strings.ToLower(t.words[k].Text)
		switch r := t.words[k].Rel; {
		case hitDegree[w] && (t.words[k].UPOS == "ADV" || t.words[k].UPOS == "ADJ"):
			return true // "hard hit", "worst hit" (parsed as its subject)
		case r == "obj" && hitObstacles[t.lemma(k)]:
			return true
		case r == "obj" || r == "nsubj:pass":
			if hitBargains[t.lemma(k)] {
				return true // "struck a balance", "the deal was struck"
			}
		case r == "nsubj" || r == "obl:agent" || r == "obl" && t.caseOf(k) == "by":
			if r == "nsubj" && t.words[k].UPOS == "PRON" && t.words[v].Rel == "acl:relcl" && t.words[v].Head >= 0 {
				k = t.words[v].Head // "the strike, which has hit the ports"
			}
			if c.causeNoun(k) {
				return true
			}
		}
	}
	if h := t.words[v].Head; h >= 0 && t.words[v].Rel == "conj" && t.child(v, "nsubj", "nsubj:pass") < 0 {
		// "a strike by dock workers closed the ports and hit ferry
		// services": the subject of the verb it is joined to
		if k := t.child(h, "nsubj"); k >= 0 && c.causeNoun(k) {
			return true
		}
	}
	return false
}

// causeNoun reports whether word k, the subject or by-agent of "hit", is
// no actor but a happening or a measure (eventSubjects) or a strike of
// work.
func (c *coder) causeNoun(k int) bool {
	return c.groupAt(k) < 0 && (eventSubjects[strings.ToLower(c.tr.words[k].Text)] || c.workStrike(k))
}

// workStrike reports whether word k is the noun "strike" of a strike of
// work: no modifier of arms ("air", "missile") and a word of labour in
// the sentence ("the seamen's strike", "a strike by public employees").
func (c *coder) workStrike(k int) bool {
	t := c.tr
	if t.words[k].UPOS != "NOUN" || t.lemma(k) != "strike" {
		return false
	}
	for _, j := range t.kids[k] {
		if r := t.words[j].Rel; (r == "amod" || r == "compound") && armsWords[t.lemma(j)] {
			return false
		}
	}
	for w := range t.words {
		if labourWords[t.lemma(w)] || dockWords[t.lemma(w)] {
			return true
		}
	}
	return false
}

// dockWords are workers whose strikes news names by their trade.
var dockWords = map[string]bool{
	"dock": true, "docker": true, "rail": true, "railway": true, "sailor": true, "seamen": true,
}

// curbedQuantities are amounts and activities that are curbed, limited or
// restricted as economic policy: "restrict the level of prices", "has
// restricted its production of oil", "restrict trading in futures".
var curbedQuantities = map[string]bool{
	"level": true, "levels": true, "volume": true, "volumes": true, "production": true,
	"output": true, "supply": true, "supplies": true, "growth": true, "amount": true,
	"trading": true, "spending": true, "borrowing": true, "lending": true, "credit": true,
	"presence": true, "variability": true, "volatility": true,
}

// curbedQuantity reports whether match m, coercion (17), is a verb whose
// object is an amount or an activity (curbedQuantities, economicNouns),
// or one "of" an economic quantity: curbing one's output or prices is
// economic policy, no restriction imposed on an actor (CAMEO 172 is
// sanctions on people or bodies: curfews, bans, restrictions on freedoms).
func (c *coder) curbedQuantity(m *match) bool {
	t := c.tr
	if t == nil || dyad.RootOf(m.r.code.Code) != "17" {
		return false
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" {
		return false
	}
	o := t.child(v, "obj")
	if o < 0 || t.words[o].UPOS != "NOUN" || c.groupAt(o) >= 0 {
		return false
	}
	for _, k := range t.kids[o] {
		if t.words[k].Rel == "nmod" && c.actorOf(k) >= 0 {
			return false // "restricted the presence of U.N. monitors": others restricted
		}
	}
	w := strings.ToLower(t.words[o].Text)
	return curbedQuantities[w] || economicNouns[w]
}

// compassWords head a phrase of place, "south of Kharg island", that the
// parse may hang a by-agent on ("hit by a missile south of Iran's Kharg
// island", the missile read as a compound): a place names no doer.
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true,
}

// carryVerbs move or tend people: their object "wounded" or "injured" is
// those hurt before ("evacuate wounded", "treated injured").
var carryVerbs = map[string]bool{
	"evacuate": true, "carry": true, "treat": true, "fly": true, "airlift": true, "transport": true,
	"rescue": true, "move": true, "ferry": true, "bring": true, "take": true,
}
