package annotate

import (
	"strings"

	"dyad"
)

// quote kinds of a quotation mark token
const (
	qNone     = iota
	qStraight // "
	qOpen     // “ or ``
	qClose    // ” or ''
)

func (sc *scanner) quoteMark(k int) int {
	t := &sc.toks[k]
	if t.kind != kPunct {
		return qNone
	}
	switch sc.text[t.s] {
	case '"', '`', '\'', 0xE2: // the first byte of every mark; “ ” „ start with 0xE2
	default:
		return qNone
	}
	switch sc.text[t.s:t.e] {
	case "\"":
		if alnumAt(sc.text, int(t.s)-1) && alnumAt(sc.text, int(t.e)) {
			return qNone // isn"t: an apostrophe typed as a quote
		}
		return qStraight
	case "“", "``", "„":
		return qOpen
	case "”", "''":
		return qClose
	}
	return qNone
}

// paragraphBreak reports whether a blank line separates tokens k-1 and k.
func (sc *scanner) paragraphBreak(k int) bool {
	if k <= 0 {
		return false
	}
	gap := sc.text[sc.toks[k-1].e:sc.toks[k].s]
	if len(gap) < 2 {
		return false
	}
	first := strings.IndexByte(gap, '\n')
	return first >= 0 && strings.IndexByte(gap[first+1:], '\n') >= 0
}

// maxQuote is the longest quotation, in bytes, the stage accepts; an
// unclosed mark further than that is left alone.
const maxQuote = 4000

// quotes finds quotations and their speakers. The result is the scanner's
// scratch, valid until the next call.
func (sc *scanner) quotes(mentions []dyad.Mention) []dyad.Quote {
	if !sc.hasQuote {
		return nil
	}
	out := sc.qbuf[:0]
	defer func() { sc.qbuf = out }()
	lastSpeaker, lastActor, lastSpeakerEnd := "", "", 0
	open := -1
	for k := range sc.toks {
		m := sc.quoteMark(k)
		if open >= 0 && (sc.paragraphBreak(k) || int(sc.toks[k].s-sc.toks[open].e) > maxQuote) {
			// a quotation that runs on into the next paragraph reopens there
			if m == qStraight || m == qOpen {
				if q, ok := sc.quote(open, k-1, true); ok {
					out = append(out, q)
				}
				open = k
				continue
			}
			open = -1
		}
		switch {
		case m == qNone:
			continue
		case open < 0 && (m == qStraight || m == qOpen):
			open = k
			continue
		case open >= 0 && m == qOpen:
			open = k
			continue
		case open < 0:
			continue
		}
		q, ok := sc.quote(open, k, false)
		o := open
		open = -1
		if !ok {
			continue
		}
		q = sc.attribute(q, o, k, mentions)
		switch strings.ToLower(q.Speaker) {
		case "":
		case "he", "she":
			q.Speaker, q.Actor = lastSpeaker, lastActor
			if m := lastPerson(mentions, q.Start); m != nil && (lastSpeaker == "" || m.End > lastSpeakerEnd) {
				q.Speaker, q.Actor = m.Text, m.Actor
			} else if lastSpeaker == "" && len(mentions) == 0 {
				q.Speaker = sc.lastSayer(o)
			}
		case "they", "we", "i", "it":
			q.Speaker = ""
		default:
			lastSpeaker, lastActor, lastSpeakerEnd = q.Speaker, q.Actor, q.End
		}
		out = append(out, q)
	}
	return out
}

// quote builds the quotation between the mark tokens o and c (exclusive);
// with runOn, c is the last token inside.
func (sc *scanner) quote(o, c int, runOn bool) (dyad.Quote, bool) {
	s := int(sc.toks[o].e)
	e := int(sc.toks[c].s)
	if runOn {
		e = int(sc.toks[c].e)
	}
	if e <= s {
		return dyad.Quote{}, false
	}
	inner := sc.text[s:e]
	lead := len(inner) - len(strings.TrimLeft(inner, " \t\r\n"))
	inner = strings.TrimRight(inner, " \t\r\n,.;:")
	s += lead
	e = s + len(inner) - lead
	if e <= s {
		return dyad.Quote{}, false
	}
	return dyad.Quote{Text: sc.text[s:e], Span: dyad.Span{Start: s, End: e}}, true
}

// attribute finds the speaker of the quotation between mark tokens o and c.
func (sc *scanner) attribute(q dyad.Quote, o, c int, mentions []dyad.Mention) dyad.Quote {
	words := 0
	for k := o + 1; k < c; k++ {
		if sc.toks[k].kind == kWord || sc.toks[k].kind == kNum {
			words++
		}
	}
	endsSentence := false
	if c > o+1 {
		switch sc.raw(c - 1) {
		case ".":
			endsSentence = true
		}
	}
	ss, se, verb := -1, -1, ""
	if !endsSentence {
		ss, se, verb = sc.speakerAfter(c + 1)
	}
	if verb == "" {
		ss, se, verb = sc.speakerBefore(o - 1)
	}
	if verb == "" {
		q.Scare = words > 0 && words <= 4
		return q
	}
	q.Verb = verb
	if ss >= 0 {
		s, e := int(sc.toks[ss].s), int(sc.toks[se].e)
		q.Speaker = sc.text[s:e]
		for _, m := range mentions {
			if m.Start < e && s < m.End && m.Actor != "" {
				q.Actor = m.Actor
				break
			}
		}
	}
	return q
}

// speakerAfter reads an attribution after a closing quote at k:
// `, said X`, `, X said`, `, X told reporters`, `, according to X`.
func (sc *scanner) speakerAfter(k int) (ss, se int, verb string) {
	if sc.isPunct(k, ",") {
		k++
	}
	if k >= len(sc.toks) {
		return -1, -1, ""
	}
	if sc.is(k, "according") && sc.is(k+1, "to") {
		if s, e := sc.nameForward(k + 2); s >= 0 {
			return s, e, "according to"
		}
		return -1, -1, ""
	}
	if v := sc.speechAt(k); v != "" && v != "according" {
		s, e := sc.nameForward(k + 1)
		return s, e, v
	}
	if sc.flags(k)&fPronoun != 0 && sc.toks[k].kind == kWord {
		if v := sc.speechAt(k + 1 + sc.adverbs(k+1)); v != "" && v != "according" {
			return k, k, v
		}
		return -1, -1, ""
	}
	s, e := sc.nameForward(k)
	if s < 0 {
		return -1, -1, ""
	}
	next := e + 1
	if sc.isPunct(next, ",") {
		// `X, a ministry spokesman, said`
		for n := next + 1; n < len(sc.toks) && n < next+14; n++ {
			if sc.endsClause(n) || sc.quoteMark(n) != qNone {
				break
			}
			if sc.isPunct(n, ",") {
				next = n + 1
				break
			}
		}
	}
	if v := sc.speechAt(next + sc.adverbs(next)); v != "" && v != "according" {
		return s, e, v
	}
	return -1, -1, ""
}

// appositiveBefore reads `X, chief of the division, said` backwards from the
// comma at j, and returns the name X.
func (sc *scanner) appositiveBefore(j int) (s, e int) {
	if !sc.isPunct(j, ",") {
		return -1, -1
	}
	for p := j - 1; p >= 0 && p > j-14; p-- {
		if sc.endsClause(p) || sc.quoteMark(p) != qNone {
			return -1, -1
		}
		if sc.isPunct(p, ",") {
			if s, e := sc.nameBackward(p - 1); s >= 0 && sc.toks[e].cap {
				return s, e
			}
			return -1, -1
		}
	}
	return -1, -1
}

// adverbs counts the auxiliaries and adverbs at k that may stand between a
// speaker and the speech verb: "has also said".
func (sc *scanner) adverbs(k int) int {
	n := 0
	for ; n < 3 && k+n < len(sc.toks); n++ {
		switch sc.key(k + n) {
		case "has", "had", "have", "also", "later", "earlier", "again", "then", "once", "would", "will", "recently", "previously", "repeatedly", "publicly":
			continue
		}
		break
	}
	return n
}

// speakerBefore finds a speech verb before an opening quote at k, within the
// clause, and the speaker before it: `X said: "`, `X called the visit "`.
func (sc *scanner) speakerBefore(k int) (ss, se int, verb string) {
	o := k + 1
	for n := 0; k >= 0 && n < 14; k, n = k-1, n+1 {
		if sc.toks[k].kind == kPunct {
			switch sc.raw(k) {
			case ".", "!", "?", ";":
				return -1, -1, ""
			}
			if sc.quoteMark(k) != qNone {
				return -1, -1, ""
			}
			continue
		}
		v := sc.speechAt(k)
		if v == "" {
			continue
		}
		if v == "according" {
			if sc.is(k+1, "to") {
				if s, e := sc.nameForward(k + 2); s >= 0 && e < o {
					return s, e, "according to"
				}
			}
			continue
		}
		j := k - 1
		for j >= 0 && sc.adverbsAt(j) {
			j--
		}
		if j >= 0 && sc.flags(j)&fPronoun != 0 && sc.toks[j].kind == kWord {
			return j, j, v
		}
		if s, e := sc.nameBackward(j); s >= 0 {
			return s, e, v
		}
		if s, e := sc.appositiveBefore(j); s >= 0 {
			return s, e, v
		}
		// `said Foreign Minister Wang Yi: "`; but `told Reuters` names the listener
		if v != "tell" {
			s, e := sc.nameForward(k + 1)
			if s >= 0 && (e == o-1 || e == o-2 && (sc.isPunct(o-1, ":") || sc.isPunct(o-1, ","))) {
				return s, e, v
			}
		}
		return -1, -1, v
	}
	return -1, -1, ""
}

func (sc *scanner) adverbsAt(j int) bool {
	switch sc.key(j) {
	case "has", "had", "have", "also", "later", "earlier", "again", "then", "once", "would", "will", "recently", "previously", "repeatedly", "publicly":
		return true
	}
	return false
}

// nameWord reports whether token k may be part of a speaker's name phrase.
func (sc *scanner) nameWord(k int) bool {
	if k < 0 || k >= len(sc.toks) || sc.used[k] {
		return false
	}
	t := sc.toks[k]
	if t.kind != kWord {
		return false
	}
	f := sc.flags(k)
	if f&fRole != 0 {
		return true
	}
	if !t.cap {
		return false
	}
	if t.e-t.s >= 2 && allUpper(sc.raw(k)) {
		return true // US, UN, EU
	}
	return f&(fStop|fPronoun|fMonth|fWeekday) == 0
}

// nameForward reads a speaker's name phrase starting at k: "Foreign Ministry
// spokesman Wang Wenbin", "a company spokesman", "the White House".
func (sc *scanner) nameForward(k int) (s, e int) {
	if determiners[sc.key(k)] || sc.is(k, "the") {
		k++
	}
	s, e = -1, -1
	mods := 0
	for n := 0; k < len(sc.toks) && n < 10; k, n = k+1, n+1 {
		switch {
		case sc.nameWord(k):
			if s < 0 {
				s = k - mods
			}
			e = k
			mods = 0
		case sc.toks[k].kind == kClitic && s >= 0 && sc.nameWord(k+1):
		case sc.is(k, "of") && s >= 0 && sc.nameWord(k+1) && sc.toks[k+1].cap:
		case s < 0 && mods < 2 && sc.toks[k].kind == kWord && sc.flags(k)&(fStop|fPronoun|fSpeech) == 0 && !sc.toks[k].cap:
			mods++ // "senior" in "a senior official"
		default:
			if s >= 0 && e >= s {
				return s, e
			}
			return -1, -1
		}
	}
	if s >= 0 && e >= s {
		return s, e
	}
	return -1, -1
}

// nameBackward reads a speaker's name phrase ending at token k.
func (sc *scanner) nameBackward(k int) (s, e int) {
	if !sc.nameWord(k) {
		return -1, -1
	}
	e, s = k, k
	role := sc.flags(k)&fRole != 0
	mods := 0
	for j := k - 1; j >= 0 && k-j < 10; j-- {
		switch {
		case sc.nameWord(j):
			s = j
			role = role || sc.flags(j)&fRole != 0
		case sc.toks[j].kind == kClitic && sc.nameWord(j-1):
			s = j
		case sc.is(j, "of") && sc.nameWord(j-1) && sc.toks[s].cap:
			s = j
		case role && mods < 2 && sc.toks[j].kind == kWord && !sc.toks[j].cap && sc.flags(j)&(fStop|fPronoun|fSpeech|fNotObj) == 0:
			mods++ // "company" in "a company spokesman"
			s = j
		default:
			return s, e
		}
	}
	return s, e
}

// allUpper reports whether s has no lower-case ASCII letter.
func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return false
		}
	}
	return true
}

// speechAt returns the lemma of a lower-case speech verb at k, or "".
func (sc *scanner) speechAt(k int) string {
	if k < 0 || k >= len(sc.toks) || sc.toks[k].kind != kWord || sc.toks[k].hyph {
		return "" // so-called
	}
	if sc.toks[k].cap && sc.key(k) != "according" {
		return "" // the United States
	}
	if e := sc.entry(k); e != nil && e.flags&fSpeech != 0 {
		return e.lemma
	}
	return ""
}

// lastSayer returns the name of the last named subject of a speech verb
// before token o ("Treasury Secretary James Baker said"), for a quotation
// attributed to "he" or "she" when no earlier quotation had a speaker.
func (sc *scanner) lastSayer(o int) string {
	for k := o - 1; k > 0 && k > o-600; k-- {
		if sc.speechAt(k) == "" {
			continue
		}
		j := k - 1
		for j >= 0 && sc.adverbsAt(j) {
			j--
		}
		if s, e := sc.nameBackward(j); s >= 0 && sc.toks[e].cap {
			return sc.text[sc.toks[s].s:sc.toks[e].e]
		}
	}
	return ""
}

// lastPerson returns the last PERSON mention that ends before byte b.
func lastPerson(mentions []dyad.Mention, b int) *dyad.Mention {
	var best *dyad.Mention
	for i := range mentions {
		m := &mentions[i]
		if m.Kind == dyad.KindPerson && m.End <= b && (best == nil || m.End > best.End) {
			best = m
		}
	}
	return best
}
