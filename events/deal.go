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
	if t == nil || dyad.RootOf(m.r.code.Code) != "05" {
		return false
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" || t.lemma(v) != "deal" && !strings.HasPrefix(strings.ToLower(t.words[v].Text), "deal") {
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
