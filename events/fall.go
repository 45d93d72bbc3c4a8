package events

import (
	"strings"

	"dyad"
)

// fall reports whether match m, a refusal (12), is the verb "decline" that
// the parse gives nothing declined: no object, no infinitive or clause and
// no passive subject. Such a "decline" is a fall in amount or standing
// ("the Soviet Union has declined as an exporter", "Iran's exports
// declined"), no rejection; "declined the offer", "declined to meet" and
// "the request was declined" still refuse.
func (c *coder) fall(m *match) bool {
	t := c.tr
	if t == nil || dyad.RootOf(m.r.code.Code) != "12" || m.te != m.ts+1 {
		return false
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" || !strings.HasPrefix(strings.ToLower(t.words[v].Text), "declin") {
		return false
	}
	for _, k := range t.kids[v] {
		switch t.words[k].Rel {
		case "obj", "iobj", "xcomp", "ccomp", "nsubj:pass", "csubj":
			return false
		}
	}
	return true
}

// metNouns are what is met that is no one met: a demand or a condition
// fulfilled, a reaction or a fate encountered ("met the lenders' criteria",
// "met stiff resistance").
var metNouns = map[string]bool{
	"demand": true, "demands": true, "needs": true, "target": true, "targets": true,
	"requirement": true, "requirements": true, "expectations": true, "obligations": true,
	"criterion": true, "criteria": true, "deadline": true, "costs": true, "goal": true, "goals": true,
	"conditions": true, "standards": true, "terms": true, "request": true, "requests": true,
	"payments": true, "shortfall": true, "resistance": true, "opposition": true, "objections": true,
	"criticism": true, "approval": true, "response": true, "reaction": true, "fate": true,
}

// metThing reports whether match m, a meeting (04), is the verb "meet"
// whose object in the parse is a demand, a condition or a reaction
// (metNouns), or a part of one, however many words stand before it: "met the first two
// Venezuelan criteria" fulfils them and meets no one.
func (c *coder) metThing(m *match) bool {
	t := c.tr
	if t == nil || dyad.RootOf(m.r.code.Code) != "04" {
		return false
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" {
		return false
	}
	if w := strings.ToLower(t.words[v].Text); !strings.HasPrefix(w, "meet") && w != "met" {
		return false
	}
	for _, k := range t.kids[v] {
		if t.words[k].Rel != "obj" {
			continue
		}
		if metNouns[strings.ToLower(t.words[k].Text)] {
			return true
		}
		for _, j := range t.kids[k] {
			if t.words[j].Rel == "nmod" && t.caseOf(j) == "of" && metNouns[strings.ToLower(t.words[j].Text)] {
				return true // "met all of the lenders' conditions"
			}
		}
	}
	return false
}

// speakerNouns are things that speak for the one who issued them: "the
// statement threatened reprisals" is its issuer's threat.
var speakerNouns = map[string]bool{
	"statement": true, "communique": true, "letter": true, "broadcast": true, "radio": true,
	"television": true, "newspaper": true, "message": true, "note": true, "declaration": true,
	"resolution": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"statements": true, "report": true, "remarks": true, "comments": true,
}

// threatThing reports whether match m, a threat (13), is the verb
// "threaten" whose subject in the parse is a common noun of an economic
// quantity, a measure or an idea (economicNouns, eventSubjects,
// abstractNouns) that is no actor and speaks for none: "the sale
// threatened national security", "rising debt threatens growth" say a
// thing endangers another, which no one threatens. A noun that may stand
// for an actor named before ("the group threatened to kill") is left be.
func (c *coder) threatThing(m *match) bool {
	t := c.tr
	if t == nil || dyad.RootOf(m.r.code.Code) != "13" {
		return false
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" || !strings.HasPrefix(strings.ToLower(t.words[v].Text), "threat") {
		return false
	}
	for _, k := range t.kids[v] {
		if t.words[k].Rel == "nsubj" {
			w := strings.ToLower(t.words[k].Text)
			return t.words[k].UPOS == "NOUN" && c.groupAt(k) < 0 && !speakerNouns[w] &&
				(economicNouns[w] || eventSubjects[w] || abstractNouns[w])
		}
	}
	return false
}

// officeNouns are places in a body or a ranking, which one holds and no
// force takes: "occupies the EC presidency", "the seat occupied by Kenya".
// Not "post" or "position": troops occupy border posts and positions.
var officeNouns = map[string]bool{
	"seat": true, "seats": true, "chair": true, "chairmanship": true, "presidency": true,
	"slot": true, "rank": true, "role": true,
}

// heldOffice reports whether match m, an occupation (19), is the verb
// "occupy" whose object, passive subject or the noun it describes is a
// seat or a post (officeNouns): holding an office is no occupation of
// territory (192).
func (c *coder) heldOffice(m *match) bool {
	t := c.tr
	if t == nil || dyad.RootOf(m.r.code.Code) != "19" {
		return false
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" || !strings.HasPrefix(strings.ToLower(t.words[v].Text), "occup") {
		return false
	}
	for _, k := range t.kids[v] {
		if r := t.words[k].Rel; (r == "obj" || r == "nsubj:pass") && officeNouns[strings.ToLower(t.words[k].Text)] {
			return true
		}
	}
	if h := t.words[v].Head; h >= 0 && officeNouns[strings.ToLower(t.words[h].Text)] {
		return true // "the seat currently occupied by Kenya"
	}
	for _, k := range t.kids[v] {
		if t.words[k].Rel == "obl:agent" {
			// "will take the seat currently occupied by Kenya", the
			// participle parsed as a clause of the verb
			if h := t.words[v].Head; h >= 0 {
				for _, j := range t.kids[h] {
					if t.words[j].Rel == "obj" && officeNouns[strings.ToLower(t.words[j].Text)] && j < v {
						return true
					}
				}
			}
		}
	}
	return false
}

// troopsMarch reports whether match m, a protest (14), is "march" done by
// armed forces alone: "Syrian troops marched into the camp" moves
// soldiers and protests nothing, unless it says it does ("marched in
// protest").
func (c *coder) troopsMarch(m *match) bool {
	if dyad.RootOf(m.r.code.Code) != "14" || len(m.srcs) == 0 || !strings.HasPrefix(strings.ToLower(c.word(m.ts)), "march") {
		return false
	}
	for j := m.ts + 1; j < m.te+3 && j < len(c.actor); j++ {
		if strings.EqualFold(c.word(j), "protest") {
			return false // "soldiers marched in protest"
		}
	}
	for _, g := range m.srcs {
		if cd := c.groups[g].code; len(cd) < 6 || cd[len(cd)-3:] != "MIL" {
			return false
		}
	}
	return true
}

// describedNoun reports whether match m, an intent (03) whose pattern
// ends in "to", is "offered", "promised" or "pledged" right after a common noun that has no object
// and is followed by no infinitive but by a noun: "the interest rates
// offered to farmers", "the terms promised to Peru" are a participle
// that describes a thing, of no one named offering it now ("Japan offered
// to help", "the ministry offered aid to Peru" still offer).
func (c *coder) describedNoun(m *match) bool {
	t := c.tr
	if t == nil || dyad.RootOf(m.r.code.Code) != "03" || !strings.EqualFold(c.word(m.te-1), "to") {
		return false
	}
	v := t.headWord(m.ts, m.ts+1)
	if v < 1 || t.words[v].UPOS != "VERB" || t.words[v-1].UPOS != "NOUN" || t.child(v, "obj", "aux", "aux:pass") >= 0 {
		return false
	}
	if w := strings.ToLower(t.words[v].Text); w != "offered" && w != "promised" && w != "pledged" {
		return false // "ministers agree to the package": "agree" describes no thing
	}
	n := t.wordAtToken(m.te)
	return n >= 0 && t.words[n].UPOS != "VERB" && t.words[n].UPOS != "AUX"
}
