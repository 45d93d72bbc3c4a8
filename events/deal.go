package events

import (
	"strings"

	"dyad"
)

// quantityNouns head a phrase whose "of" names what is counted: "a series
// of disputes", "a number of countries".
var quantityNouns = map[string]bool{
	"series": true, "number": true, "host": true, "range": true, "variety": true, "group": true,
	"couple": true, "handful": true, "lot": true, "set": true,
}

// handledThing reports whether match m, diplomatic cooperation (05), is
// the verb "deal" with no actor to deal with: "deal with the debt crisis",
// "ready to deal with any Iranian response", "dealing on the stock
// market" handle a matter or trade; only dealing with an actor engages it
// ("deal with Canada", "dealt with the rebels' leaders").
func (c *coder) handledThing(m *match) bool {
	t := c.tr
	v := c.matchVerb(m, "05", "deal")
	if v < 0 {
		return false
	}
	for _, k := range t.kids[v] {
		if r := t.words[k].Rel; (r == "obl" || r == "nmod") && t.caseOf(k) == "with" {
			if t.words[k].UPOS == "PRON" || c.groupAt(k) >= 0 {
				return false // "deal with them", "deal with Canada"
			}
			if quantityNouns[strings.ToLower(t.words[k].Text)] {
				for _, j := range t.kids[k] {
					if t.words[j].Rel == "nmod" && t.caseOf(j) == "of" && c.groupAt(j) >= 0 {
						return false // "a number of countries"
					}
				}
			}
			return t.words[k].UPOS != "PROPN" // a name, known or not, may be an actor
		}
	}
	return true // "dealing on Tokyo's stock market"
}

// orderedGoods are things bought by an order: "Pakistan ordered 180
// military trucks", "the 20 fighters ordered by Cairo".
var orderedGoods = map[string]bool{
	"truck": true, "aircraft": true, "plane": true, "jet": true, "fighter": true, "ship": true,
	"vessel": true, "tank": true, "missile": true, "helicopter": true, "locomotive": true,
	"part": true, "equipment": true, "unit": true, "tonne": true, "ton": true, "barrel": true,
	"engine": true, "car": true, "vehicle": true, "bus": true, "reactor": true, "frigate": true,
	"submarine": true, "airliner": true, "satellite": true, "computer": true,
}

// orderedThing reports whether match m, a demand (10), is the verb
// "order" whose object, passive subject or described noun is goods
// (orderedGoods): an order placed buys; it demands nothing of anyone
// (CAMEO 10 is a demand on an actor).
func (c *coder) orderedThing(m *match) bool {
	v := c.matchVerb(m, "10", "order")
	return v >= 0 && c.orderedNoun(v, orderedGoods)
}

// matchVerb returns the verb the parse makes of match m, a code of root,
// when the verb is lemma (by its lemma, or by its form when the
// lemmatiser missed it: "dealing"); -1 otherwise.
func (c *coder) matchVerb(m *match, root, lemma string) int {
	t := c.tr
	if t == nil || dyad.RootOf(m.r.code.Code) != root {
		return -1
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" || t.lemma(v) != lemma && !strings.HasPrefix(strings.ToLower(t.words[v].Text), lemma) {
		return -1
	}
	return v
}

// orderedNoun reports whether verb v, a form of "order", has for its
// object, passive subject or described noun ("the 20 fighters ordered
// by Cairo", "the tariffs Reagan ordered") a word of set.
func (c *coder) orderedNoun(v int, set map[string]bool) bool {
	t := c.tr
	in := func(k int) bool {
		l := strings.ToLower(t.lemma(k))
		return set[l] || set[strings.TrimSuffix(l, "s")]
	}
	for _, k := range t.kids[v] {
		if r := t.words[k].Rel; (r == "obj" || r == "nsubj:pass") && in(k) {
			return true
		}
	}
	h := t.words[v].Head
	return h >= 0 && strings.HasPrefix(t.words[v].Rel, "acl") && in(h)
}

// orderedMeasures are the measures CAMEO 163 imposes: embargoes,
// boycotts and sanctions, tariffs and duties among them.
var orderedMeasures = map[string]bool{
	"sanction": true, "tariff": true, "duty": true, "embargo": true, "boycott": true,
	"quota": true, "levy": true,
}

// orderedMeasure reports whether match m, a demand (10), is the verb
// "order" whose object or described noun is a sanction (orderedMeasures):
// to order tariffs on a country's goods is to impose them (163), no demand
// made of anyone ("the tariffs Reagan ordered on Japanese goods").
func (c *coder) orderedMeasure(m *match) bool {
	v := c.matchVerb(m, "10", "order")
	return v >= 0 && c.orderedNoun(v, orderedMeasures)
}
