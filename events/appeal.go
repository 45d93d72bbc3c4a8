package events

import (
	"slices"
	"strings"

	"dyad"
)

// appealKind returns the code of appealing for the act of match j, the
// first match of what an appeal (020) asks: the codebook's appeals (02x)
// parallel its demands (10x) kind by kind, an appeal being the milder
// request ("urged Japan to open its market" asks for economic cooperation,
// 0211, as "demanded that Japan open its market" demands it, 1011;
// "called on Russia to withdraw its troops" is 0256, "appealed to both
// sides to negotiate" 026). The act is read as demandKind reads it.
func (c *coder) appealKind(j int) (Code, bool) {
	dc, ok := c.demandKind(j)
	if !ok || len(dc.Code) < 3 || dc.Code[:2] != "10" {
		return Code{}, false
	}
	return lookupFirst([]string{"02" + dc.Code[2:]})
}

// appealVerb reports whether a match starting at token ts is the verb of
// an infinitive, right after its "to" or after an adverb ("called on
// Congress to quickly approve"): what an appeal asks is that verb's act,
// not an act named further on ("asked Japan to remove the restrictions
// when he visits", "to approve an extension of negotiating authority"). A
// verb of starting again or keeping up before it says the act is what is
// asked: "asked Australia to resume trade with China".
func (c *coder) appealVerb(ts int) bool {
	if ts >= 1 && strings.EqualFold(c.word(ts-1), "to") {
		return true
	}
	if ts < 2 || !strings.EqualFold(c.word(ts-2), "to") {
		return false
	}
	if c.fl[ts-1]&flagAdv != 0 {
		return true
	}
	w := strings.ToLower(c.word(ts - 1))
	for _, r := range []string{"resume", "restore", "renew", "restart", "continue", "begin", "start", "expand", "increase", "boost", "deepen", "strengthen"} {
		if w == r {
			return true
		}
	}
	return false
}

// askedRoles reads the roles of a request, an appeal or a demand (02x,
// 10x) named by noun n that its "from" phrases name: one right on the noun
// is who asks ("a request from Mexico for a loan"), one on the thing asked
// for is who is asked ("the demand by Iran for compensation from Iraq"),
// as in "demanded compensation from Iraq". With who asks and no one asked
// named, the one who grants, approves or turns it down is the one asked:
// "a request from Mexico for a loan was approved by the IMF".
func (c *coder) askedRoles(n int, m *match) {
	if r := dyad.RootOf(m.r.code.Code); r != "02" && r != "10" {
		return
	}
	t := c.tr
	for _, k := range t.kids[n] {
		if t.words[k].Rel != "nmod" {
			continue
		}
		switch t.caseOf(k) {
		case "from":
			if len(m.srcs) == 0 && !c.isPlace(k) {
				m.srcs = c.actorsOf(k, m.srcs)
			}
		case "for":
			for _, j := range t.kids[k] {
				if t.words[j].Rel == "nmod" && t.caseOf(j) == "from" && !c.isPlace(j) {
					m.tgts = c.actorsOf(j, m.tgts)
				}
			}
		}
	}
	if len(m.srcs) == 0 || len(m.tgts) > 0 {
		return
	}
	v := t.words[n].Head
	if v < 0 || t.words[v].UPOS != "VERB" || !answerVerb[strings.ToLower(t.words[v].Text)] {
		return
	}
	switch r := t.words[n].Rel; {
	case r == "obj" && !t.passive(v):
		if s := t.subjectOf(v); s >= 0 {
			m.tgts = c.actorsOf(s, m.tgts)
		}
	case r == "nsubj:pass":
		for _, k := range t.kids[v] {
			if t.words[k].Rel == "obl:agent" || t.words[k].Rel == "obl" && t.caseOf(k) == "by" {
				m.tgts = c.actorsOf(k, m.tgts)
			}
		}
	}
	m.tgts = slices.DeleteFunc(m.tgts, func(g int) bool { return containsInt(m.srcs, g) })
}

// answerVerb are the forms of the verbs whose subject answers a request
// made of it.
var answerVerb = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []string{"approve", "grant", "reject", "accept", "refuse", "decline", "heed", "answer",
		"rebuff", "deny", "fulfil", "fulfill"} {
		all, _, _ := verbForms(l, nil)
		for _, f := range all {
			m[f] = true
		}
	}
	return m
}()
