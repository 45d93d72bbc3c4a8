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
