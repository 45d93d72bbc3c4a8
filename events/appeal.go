package events

import "strings"

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
