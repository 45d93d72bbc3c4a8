package events

import (
	"strings"

	"dyad"
)

// pressWords are the words that name the press as the people who report
// the news.
var pressWords = map[string]bool{
	"reporter": true, "reporters": true, "journalist": true, "journalists": true,
	"newsmen": true, "newsman": true, "correspondent": true, "correspondents": true,
	"press": true, "newspapermen": true,
}

// pressParty reports whether match m, a consultation (04: a meeting,
// talks, a visit), has for its source or target the reporters who cover
// the news (a media group, MED, named by a word of pressWords). Reporters
// are told or asked things; they are no party to a meeting or talks
// between political actors: "discussing the results with reporters" is a
// briefing, and "speaking to reporters after talks with Suharto" gives
// the talks to the speaker, not to the reporters.
func (c *coder) pressParty(m *match) bool {
	if dyad.RootOf(m.r.code.Code) != "04" {
		return false
	}
	press := func(g int) bool {
		gr := &c.groups[g]
		if !strings.HasSuffix(gr.code, "MED") {
			return false
		}
		for i := gr.ts; i < gr.te; i++ {
			if pressWords[strings.ToLower(c.word(i))] {
				return true
			}
		}
		return false
	}
	for _, g := range m.srcs {
		if press(g) {
			return true
		}
	}
	for _, g := range m.tgts {
		if press(g) {
			return true
		}
	}
	return false
}
