package events

import (
	"slices"

	"dyad"
)

// Candidates selects the sentences whose parse can change what the coder
// codes: those where a pattern matches (and is not suppressed as no
// event) and at least two actors stand, since an event joins two, or one
// actor and a pattern of a protest or force, whose target may be no one
// named, or, when the tagger reads a word of it as a verb, of an act an
// actor may do alone (aloneCode: "China appealed for calm"). It runs the
// coder's own matching, so no sentence that could hold an event is left
// out. A Candidates is safe for concurrent use; its Sentences
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

// Sentences reports, for each sentence of a, whether it is a candidate:
// whether SentencesIfVerb keeps it or names tokens for it.
func (s *Candidates) Sentences(a *dyad.Analysis) []bool {
	keep, ifVerb := s.SentencesIfVerb(a)
	for si, v := range ifVerb {
		if len(v) > 0 {
			keep[si] = true
		}
	}
	return keep
}

// SentencesIfVerb reports, for each sentence of a, whether to parse it,
// and for a sentence not kept where no pattern of dyad's own can code but
// one of the lexicon matches, the tokens where such a match starts: the
// lexicon codes only at a verb of the parse, so the sentence is worth
// parsing only when the tagger reads one of them as a verb. So too a
// sentence of one actor whose only matches are acts it may do alone
// (aloneWords). It reads
// a.Tokens, a.Sentences and a.Mentions; it makes the syntax stage's
// selection (syntax.VerbSelector).
func (s *Candidates) SentencesIfVerb(a *dyad.Analysis) (keep []bool, ifVerb [][]int) {
	keep = make([]bool, len(a.Sentences))
	toks := a.Tokens
	if len(toks) == 0 {
		return keep, nil
	}
	c := scratchPool.Get().(*coder)
	defer scratchPool.Put(c)
	c.p, c.a, c.selecting = s.p, a, true
	defer func() { c.p, c.a, c.selecting, c.itTok = nil, nil, false, -1 }()
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
		c.itTok = -1
		if c.openingActor(st) >= 0 {
			// "It recalled its ambassador": the actor opening the sentence
			// before is this one's subject (openingActor)
			c.itTok = st
			n = min(n+1, 2)
		}
		if n == 1 && !c.oneActorWord(st, e) {
			n = 0 // no pattern that may need no target: nothing to look for
		}
		if si >= 0 && si < len(keep) && n >= 1 && !c.sports(st, e) && !c.fiction(st, e) {
			c.ms = c.ms[:0]
			c.find(st, e, false)
			c.suppress(st, e)
			keep[si] = c.ownEvent(st, e, n)
			var v []int
			switch {
			case keep[si]:
			case n >= 2:
				v = c.lexiconStarts(st, e, nil)
			default:
				v = c.aloneWords(st, e, nil)
			}
			if len(v) > 0 {
				if ifVerb == nil {
					ifVerb = make([][]int, len(keep))
				}
				ifVerb[si] = v
			}
		}
		st = e
	}
	return keep, ifVerb
}

// ownEvent reports whether a match of c.ms, in the sentence of tokens
// [s, e) with n actor groups (up to two), may code an event once parsed.
// A verb of saying with no target in its pattern codes none itself ("X
// said": what follows is what was said, coded by matches of its own)
// unless it is a passive with its agent ("a truce was declared by"), and
// with one actor only a protest or force can be an event, its target no
// one named, when the actor stands before it, after a "by" that follows
// it, or, for force, anywhere after it ("hostages were killed in France").
func (c *coder) ownEvent(s, e, n int) bool {
	for k := range c.ms {
		m := &c.ms[k]
		if m.suppressed || m.r.code.Code == NoEvent || m.r.speech && !m.r.endsPrep && m.slot < 0 && c.byAt(m.te, e) < 0 {
			continue
		}
		if n >= 2 || targetless(m.r.code.Code) && (c.actorBefore(s, m.ts) || physical(m.r.code.Code) && c.actorBefore(m.te, e) || c.byActor(m.ts+1, e)) ||
			!m.r.lexicon && noDoerCode(m.r.code.Code) && c.actorBefore(s, m.ts) ||
			!m.r.lexicon && isDissent(m.r.code.Code) && c.actorBefore(m.te, e) {
			return true
		}
	}
	return false
}

// aloneWords appends to out the tokens of the matches of c.ms in tokens
// [s, e) that may code an act of the sentence's one actor alone
// (aloneCode), the actor before them or after a "by" that follows them. Such an act is coded only at a verb
// of the parse, so the sentence is worth parsing only when the tagger
// reads one of these words as a verb ("Germany pledged aid", not "German
// aid pledges").
func (c *coder) aloneWords(s, e int, out []int) []int {
	for k := range c.ms {
		m := &c.ms[k]
		if m.suppressed || m.r.lexicon || !aloneCode(m.r.code.Code) || !c.actorBefore(s, m.ts) && !c.byActor(m.ts+1, e) {
			continue
		}
		for i := m.ts; i < m.te; i++ {
			if !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
	}
	return out
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

// byActor reports whether an actor follows a "by" in tokens [i, e): the
// one actor of a sentence can be the agent of a passive trigger before
// i ("farmers hit by European Community measures").
func (c *coder) byActor(i, e int) bool {
	k := c.byAt(i, e)
	return k >= 0 && c.actorBefore(k+1, e)
}

// byAt returns the first token of [i, e) that is "by", or -1.
func (c *coder) byAt(i, e int) int {
	for ; i < e; i++ {
		if c.fl[i]&flagBy != 0 {
			return i
		}
	}
	return -1
}

// lexiconStarts appends to out the tokens of [s, e) where a pattern of
// the lexicon that codes an event matches, outside the matches of dyad's
// own patterns in c.ms. Without a parse any word may be the verb.
func (c *coder) lexiconStarts(s, e int, out []int) []int {
	for i := s; i < e; i++ {
		id := c.ids[i]
		if id < 0 || c.covered(i) {
			continue
		}
		for _, ri := range c.p.first[id] {
			if r := c.p.rules[ri]; r.lexicon && (r.code.Code != NoEvent || r.hasPass && r.passive.Code != NoEvent) {
				if end, _ := c.try(r.items[1:], i+1, e); end >= 0 {
					out = append(out, i)
					break
				}
			}
		}
	}
	return out
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
	if c.selecting && c.itTok >= s && c.itTok < t {
		return true
	}
	for k := s; k < t; k++ {
		if c.actor[k] >= 0 {
			return true
		}
	}
	return false
}
