package events

import (
	"strings"

	"dyad"
)

// An act that an actor says it will do is, in CAMEO, an event of its own:
// the expression of intent (03: "offer, promise, agree to, or otherwise
// indicate willingness or commitment to cooperate") or the threat (13).
// "Norway is willing to send troops", "the UN will provide food aid" and
// "Qatar pledged to expel the diplomats" are done as statements now,
// whatever comes of them.

// intent is how a match's act is announced.
type intent int

const (
	noIntent   intent = iota
	future            // "will provide": said to come, by no verb of commitment
	commitment        // "pledged to", "agreed to", "is willing to", "offered aid"
	threat            // "threatened to", "warned it would"
)

// commitVerbs are the lemmas of verbs that commit their subject to what
// they govern; threatVerbs those that threaten it.
var (
	commitVerbs = map[string]bool{
		"promise": true, "pledge": true, "vow": true, "offer": true, "agree": true, "commit": true,
		"undertake": true, "intend": true, "plan": true, "volunteer": true, "consent": true,
	}
	commitAdjs = map[string]bool{
		"willing": true, "ready": true, "prepared": true, "committed": true, "determined": true,
		"eager": true, "keen": true,
	}
	commitNouns = map[string]bool{
		"promise": true, "pledge": true, "vow": true, "offer": true, "agreement": true, "commitment": true,
		"plan": true, "undertaking": true,
	}
	threatVerbs = map[string]bool{"threaten": true, "warn": true}
	speechVerbs = map[string]bool{
		"say": true, "tell": true, "announce": true, "state": true, "declare": true, "add": true,
		"confirm": true, "insist": true, "write": true,
	}
)

// intentOf says how match k's act is announced, from the parse: a verb of
// commitment or threat, or an adjective of readiness, that the act is the
// complement of (up to three levels: "said it was ready to agree to
// send"), a noun of commitment whose infinitive the act is ("a pledge to
// supply arms", "a plan to protect the tankers"), or a verb that
// the act's noun is the object of ("offered aid", "threatened
// sanctions"); else the future of the act's own verb ("will provide", and
// "would" in what was said: "Iraq said it would allow").
func (c *coder) intentOf(k int) intent {
	t := c.tr
	m := &c.ms[k]
	if m.ctrl >= 0 {
		// the control verb of a pattern: "pledged to expel"
		cm := &c.ms[m.ctrl]
		for j := cm.ts; j < cm.te; j++ {
			if in := intentWord(strings.ToLower(c.word(j))); in != noIntent {
				return in
			}
		}
	}
	if t == nil {
		return noIntent
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 {
		return noIntent
	}
	if t.words[v].UPOS == "NOUN" {
		if h := t.words[v].Head; h >= 0 && t.words[v].Rel == "obj" && t.words[h].UPOS == "VERB" {
			return verbIntent(t.lemma(h))
		}
		return noIntent
	}
	if t.words[v].UPOS != "VERB" {
		return noIntent
	}
	if h := t.words[v].Head; h >= 0 && t.words[v].Rel == "acl" && t.infinitive(v) && commitNouns[t.lemma(h)] {
		return commitment // "a pledge to supply arms", "an agreement to cooperate"
	}
	if h := t.words[v].Head; h >= 0 && t.words[v].Rel == "acl" && t.infinitive(v) && intentNouns[t.lemma(h)] &&
		t.words[h].Rel == "obj" && t.words[h].Head >= 0 && ownIntent[t.lemma(t.words[h].Head)] {
		return commitment // "signalled its willingness to sign", not "the willingness of buyers to buy"
	}
	w := v
	for range 3 {
		h := t.words[w].Head
		if h < 0 || t.words[w].Rel != "xcomp" {
			break
		}
		l := t.lemma(h)
		if in := verbIntent(l); in != noIntent {
			return in
		}
		if commitAdjs[l] {
			return commitment
		}
		w = h
	}
	if mk := t.markOf(v); t.words[v].Rel == "ccomp" && (mk == "whether" || mk == "if") {
		// "did not say whether it would cut aid", "asked if Chile will
		// help": a question, no act announced
		return noIntent
	}
	for _, a := range t.kids[v] {
		if t.words[a].Rel != "aux" {
			continue
		}
		aux := strings.ToLower(t.words[a].Text)
		if h := t.words[v].Head; (aux == "will" || aux == "would" || aux == "'ll" || aux == "could" || aux == "might" || aux == "may") && h >= 0 &&
			t.words[v].Rel == "ccomp" && threatVerbs[t.lemma(h)] && (c.pronounSubjectWord(v) || m.warner > 0) {
			return threat // "Iran warned it would break off the talks", "warned it might expel": its own act, threatened
		}
		switch aux {
		case "will", "shall", "'ll":
			return future
		case "would", "could", "might", "may":
			// "said it could cut ties": an act of conflict its doer says it
			// may do threatens it as "would" does (intentCode wants the
			// speaker's own act); "said he might call an election" promises
			// nothing
			if h := t.words[v].Head; h >= 0 && t.words[v].Rel == "ccomp" && speechVerbs[t.lemma(h)] &&
				(aux == "would" || len(threatIntent(m.r.code.Code)) > 0) {
				return future // the future of what was said
			}
		}
	}
	return noIntent
}

// verbIntent is the intent a governing verb of lemma l gives.
func verbIntent(l string) intent {
	switch {
	case commitVerbs[l]:
		return commitment
	case threatVerbs[l]:
		return threat
	}
	return noIntent
}

// intentWord is intentOf for a word of a control pattern, read without a
// parse: its stem.
func intentWord(w string) intent {
	for _, p := range []string{"promis", "pledg", "vow", "offer", "agre", "commit", "undert", "intend",
		"plan", "willing", "ready", "prepared", "determined"} {
		if strings.HasPrefix(w, p) {
			return commitment
		}
	}
	if strings.HasPrefix(w, "threat") || strings.HasPrefix(w, "warn") {
		return threat
	}
	return noIntent
}

// intentCode returns the code of announcing the act of code cd with intent
// in, and whether there is one. Cooperation (04 to 08) announced is its
// kind of intent to cooperate (03); force, coercion, reduced relations
// and protest are threats of their kind (13). A future is announced only
// by the one who will act: "Iran said it would retaliate" (pron: the
// act's subject is the speaker), not "China will receive loans from
// Japan" or "the rebels will attack", which are forecasts.
func intentCode(cd string, in intent, pron bool) (Code, bool) {
	if in == noIntent || in == future && !pron {
		return Code{}, false // "China will receive loans from Japan": a forecast
	}
	root := dyad.RootOf(cd)
	if root >= "04" && root <= "08" {
		if in == threat {
			// "warned it would meet" is no promise, and "threatened to
			// recognise Kosovo" a threat all the same (130)
			return lookupFirst([]string{"130"})
		}
		return lookupFirst(cooperationIntent(cd))
	}
	if c, ok := lookupFirst(threatIntent(cd)); ok {
		return c, true
	}
	if in == threat {
		// "threatened to block Sweden's bid": a threat of an act the codebook
		// has no threat of its own for is a threat all the same (130)
		return lookupFirst([]string{"130"})
	}
	return Code{}, false
}

// cooperationIntent maps a code of cooperation to the 03 code of the
// intent to do it, most specific first.
func cooperationIntent(cd string) []string {
	switch dyad.RootOf(cd) {
	case "04":
		if cd == "045" {
			return []string{"039"} // "was willing to mediate": intent to mediate
		}
		return []string{"036"}
	case "05":
		return []string{"032"}
	case "06":
		return []string{map[string]string{"061": "0311", "062": "0312", "063": "0313", "064": "0314"}[cd], "031"}
	case "07":
		return []string{map[string]string{"071": "0331", "072": "0332", "073": "0333", "074": "0334"}[cd], "033"}
	case "08":
		switch {
		case strings.HasPrefix(cd, "081"):
			return []string{"0351"}
		case cd == "082":
			return []string{"0352"}
		case strings.HasPrefix(cd, "083"):
			return []string{"034"}
		case strings.HasPrefix(cd, "084"):
			return []string{"0353"}
		case cd == "085":
			return []string{"0354"}
		case strings.HasPrefix(cd, "086"):
			return []string{"0355"}
		case strings.HasPrefix(cd, "087"):
			return []string{"0356"}
		}
		return []string{"035"}
	}
	return nil
}

// threatIntent maps a code of conflict to the 13 code of threatening it.
func threatIntent(cd string) []string {
	switch dyad.RootOf(cd) {
	case "14":
		return []string{"133"}
	case "15":
		return []string{"138"}
	case "16":
		// reducing relations, aid, talks, mediation or involvement threatened
		// is the threat of that kind (1313, 1311, 1312, 134, 135, 136)
		switch {
		case cd == "160" || cd == "161":
			return []string{"1313"}
		case strings.HasPrefix(cd, "162"):
			return []string{"1311"}
		case cd == "163":
			return []string{"1312"}
		case cd == "164":
			return []string{"134"}
		case cd == "165":
			return []string{"135"}
		case strings.HasPrefix(cd, "166"):
			return []string{"136"}
		}
		return []string{"131"}
	case "17":
		switch {
		case len(cd) == 4 && strings.HasPrefix(cd, "172"):
			return []string{"13" + cd[2:]} // 1721 -> 1321, ..., 1724 -> 1324
		case strings.HasPrefix(cd, "172"), cd == "173":
			// administrative sanctions and arrests threatened are threats of
			// administrative sanctions (132), as "threatened to arrest" is
			return []string{"132"}
		}
		return []string{"137"}
	case "18":
		return []string{"1383"}
	case "19":
		return []string{map[string]string{"191": "1381", "192": "1382"}[cd], "1384"}
	case "20":
		return []string{"1385"}
	}
	return nil
}

// lookupFirst returns the first code of cds the codebook has.
func lookupFirst(cds []string) (Code, bool) {
	for _, cd := range cds {
		if cd == "" {
			continue
		}
		if c, ok := Lookup(cd); ok {
			return c, true
		}
	}
	return Code{}, false
}

// pronounSubjectWord reports whether verb v of the parse has a personal
// pronoun as its subject ("warned it would", "warned they will"): the one
// who warns, speaking of its own act.
func (c *coder) pronounSubjectWord(v int) bool {
	t := c.tr
	for _, k := range t.kids[v] {
		if t.words[k].Rel == "nsubj" {
			switch strings.ToLower(t.words[k].Text) {
			case "it", "they", "we", "he", "she":
				return true
			}
		}
	}
	return false
}
