package events

import "strings"

// stateProtest reports whether match m, a protest (14), is made by
// states, governments or international bodies alone to another country
// or body: "France protested to Canada over the fishing ban", "the Chilean
// government strongly protests against the closing of Peruvian ports",
// "Indonesia made a formal protest to the EC". CAMEO's 14 is dissent,
// collective action in the street; a state that protests to another
// complains officially (114, PLOVER's diplomatic complaint). People who
// protest (farmers, workers, the opposition, "Chileans", "thousands of
// Chileans") dissent, and so does a protest at home or at no one named. A
// country named alone protests as a state only by a verb ("a Chilean
// protest" may be a crowd's); a government's protest is its own however
// the tagger reads the word.
func (c *coder) stateProtest(m *match) bool {
	if len(m.srcs) == 0 || len(m.tgts) == 0 || !strings.HasPrefix(strings.ToLower(c.word(m.ts)), "protest") {
		return false
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
