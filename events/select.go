package events

import (
	"dyad"
)

// Candidates selects the sentences whose parse can change what the coder
// codes: those where a pattern matches (and is not suppressed as no
// event) and at least two actors stand, since an event joins two, or one
// actor and a pattern of a protest or force, whose target may be no one
// named. It runs the coder's own matching, so no sentence that could hold
// an event is left out. A Candidates is safe for concurrent use; its Sentences
// method is the selection of the syntax stage.
type Candidates struct{ p *Patterns }

// NewCandidates returns the selection for the patterns p (nil means
// DefaultPatterns).
func NewCandidates(p *Patterns) *Candidates {
	if p == nil {
		p = DefaultPatterns()
	}
	return &Candidates{p: p}
}

// Sentences reports, for each sentence of a, whether it is a candidate.
// It reads a.Tokens, a.Sentences and a.Mentions.
func (s *Candidates) Sentences(a *dyad.Analysis) []bool {
	keep := make([]bool, len(a.Sentences))
	toks := a.Tokens
	if len(toks) == 0 {
		return keep
	}
	c := scratchPool.Get().(*coder)
	defer scratchPool.Put(c)
	c.p, c.a = s.p, a
	defer func() { c.p, c.a = nil, nil }()
	c.words(toks)
	c.indexParses() // none yet: this selects what to parse
	c.actors(toks)
	for st := 0; st < len(toks); {
		e := st + 1
		for e < len(toks) && toks[e].Sentence == toks[st].Sentence {
			e++
		}
		si := toks[st].Sentence
		n := c.actorGroups(st, e)
		if n == 1 && !c.oneActorWord(st, e) {
			n = 0 // no pattern that may need no target: nothing to look for
		}
		if si >= 0 && si < len(keep) && n >= 1 && !c.sports(st, e) && !c.fiction(st, e) {
			c.ms = c.ms[:0]
			c.find(st, e, false)
			c.suppress(st, e)
			for k := range c.ms {
				// with one actor, only a protest or force can be an event:
				// its target may be no one named
				if m := &c.ms[k]; !m.suppressed && m.r.code.Code != NoEvent && (n >= 2 || targetless(m.r.code.Code) && c.actorBefore(st, m.ts)) {
					keep[si] = true
					break
				}
			}
			if !keep[si] && n >= 2 && c.lexiconEvent(st, e) {
				keep[si] = true
			}
		}
		st = e
	}
	return keep
}

// actorGroups returns how many actor groups tokens [s, e) hold, counting
// up to two.
func (c *coder) actorGroups(s, e int) int {
	first := int32(-1)
	for k := s; k < e; k++ {
		if g := c.actor[k]; g >= 0 {
			if first >= 0 && g != first {
				return 2
			}
			first = g
		}
	}
	if first >= 0 {
		return 1
	}
	return 0
}

// lexiconEvent reports whether a pattern of the lexicon that codes an
// event matches in [s, e) outside the matches of dyad's own patterns in
// c.ms. Without a parse any word may be the verb.
func (c *coder) lexiconEvent(s, e int) bool {
	for i := s; i < e; i++ {
		id := c.ids[i]
		if id < 0 || c.covered(i) {
			continue
		}
		for _, ri := range c.p.first[id] {
			if r := c.p.rules[ri]; r.lexicon && (r.code.Code != NoEvent || r.hasPass && r.passive.Code != NoEvent) {
				if end, _ := c.try(r.items[1:], i+1, e); end >= 0 {
					return true
				}
			}
		}
	}
	return false
}

// covered reports whether token i lies in a match of c.ms.
func (c *coder) covered(i int) bool {
	for k := range c.ms {
		if i >= c.ms[k].ts && i < c.ms[k].te {
			return true
		}
	}
	return false
}

// oneActorWord reports whether a word of tokens [s, e) starts a pattern
// of dyad's own whose event may name no target.
func (c *coder) oneActorWord(s, e int) bool {
	for k := s; k < e; k++ {
		if id := c.ids[k]; id >= 0 && c.p.oneActor[id] {
			return true
		}
	}
	return false
}

// actorBefore reports whether an actor stands in tokens [s, t): the one
// actor of a sentence can be the source of a trigger at t only there.
func (c *coder) actorBefore(s, t int) bool {
	for k := s; k < t; k++ {
		if c.actor[k] >= 0 {
			return true
		}
	}
	return false
}
