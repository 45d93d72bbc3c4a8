package events

import (
	"strings"

	"dyad"
)

// stateProtest reports whether match m, a protest (14), is made by
// states, governments or international bodies alone to another country
// or body: "France protested to Canada over the fishing ban", "the Chilean
// government strongly protests against the closing of Peruvian ports",
// "Indonesia made a formal protest to the EC". CAMEO's 14 is dissent,
// collective action in the street; a state that protests to another
// complains officially (114, PLOVER's diplomatic complaint). People who
// protest (farmers, workers, the opposition, "Chileans", "thousands of
// Chileans") dissent, and so does a protest at home or, but for a
// government's, at no one named. A
// country named alone protests as a state only by a verb ("a Chilean
// protest" may be a crowd's); a government's protest is its own however
// the tagger reads the word.
func (c *coder) stateProtest(m *match) bool {
	if len(m.srcs) == 0 || !strings.HasPrefix(strings.ToLower(c.word(m.ts)), "protest") {
		return false
	}
	if len(m.tgts) == 0 {
		// a government's protest at no one named is still its complaint
		// (114, which codes nothing with no one complained to), no dissent
		// (14 is the public's): "Shultz is expected to protest about the
		// spying"
		for _, g := range m.srcs {
			if cd := c.groups[g].code; len(cd) != 6 || cd[3:] != "GOV" || c.groups[g].nat {
				return false
			}
		}
		return true
	}
	verb := false
	if t := c.tr; t != nil {
		if v := t.wordAtToken(m.ts); v >= 0 {
			verb = t.words[v].UPOS == "VERB"
		}
	}
	for _, g := range m.srcs {
		gr := &c.groups[g]
		cd := gr.code
		switch {
		case gr.nat || gr.place || gr.ts > 0 && c.quantOf(gr.ts-1, c.sentStart(gr.ts)):
			return false
		case strings.HasPrefix(cd, "IGO"), len(cd) == 6 && cd[3:] == "GOV":
		case len(cd) == 3 && cd != "---" && verb:
		default:
			return false
		}
	}
	own := c.groups[m.srcs[0]].code[:3]
	for _, g := range m.tgts {
		if cd := c.groups[g].code; len(cd) < 3 || cd[:3] == "---" || cd[:3] == own {
			return false // a complaint at home, or at no one named, is dissent
		}
	}
	return true
}

// noDet reports whether match m, an act of cooperation, aid or
// restriction (roots 03 to 09, 16 and 17) coded cd, has "no" for the
// determiner of its thing: of the noun it begins with ("conducts no trade
// with Nicaragua") or of its verb's object ("has bought no U.S. wheat",
// "would impose no restrictions on them"). The act is denied: negated.
// Refusals and words ("say no to", "made no concessions") have codes of
// their own and keep them.
func (c *coder) noDet(m *match, cd string) bool {
	switch dyad.RootOf(cd) {
	case "03", "04", "05", "06", "07", "08", "09", "16", "17":
	default:
		return false
	}
	if m.ts > 0 && strings.EqualFold(c.word(m.ts-1), "no") {
		return true
	}
	next := m.ts + 1
	if next < len(c.fl) && c.fl[m.ts]&flagDet == 0 && strings.EqualFold(c.word(next), "no") {
		return true
	}
	return false
}
