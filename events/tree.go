package events

import (
	"slices"
	"sort"
	"strings"

	"dyad"
)

// Roles from the dependency parse. When the syntax stage parsed a sentence,
// the coder takes an event's source and target from the tree instead of
// from word order: the source is the subject of the trigger verb (the
// "by" phrase in the passive), the target its object or the oblique that
// the pattern's preposition names; coordinated actors all take part; a
// subject is shared by verbs in coordination, by infinitives of control
// ("pledged to strengthen"), and by the antecedent of a relative clause.
// What is reported in a clause of saying has its own subject, so the
// reporter is never the source of what it reports, and a reporting clause
// ("..., the ministry said") is never a target. A trigger the tagger reads
// as a noun is an event only as the object of a verb ("mounted an
// invasion of"); otherwise ("finance ministers", "in March") it is none.
// Where the tree gives no source or no target, the word order rules of
// roles decide (see treeRoles).

// ptree is the parse of the sentence being coded.
type ptree struct {
	words  []dyad.SyntaxWord
	s, e   int   // tokens of the sentence
	wordOf []int // by token - s: the first word of the token, -1
	kids   [][]int
}

// setTree readies the parse of sentence si, whose tokens are [s, e), or
// clears it when the sentence was not parsed.
func (c *coder) setTree(si, s, e int) {
	c.tr = nil
	if si < 0 || si >= len(c.parseOf) || c.parseOf[si] < 0 {
		return
	}
	p := &c.a.Syntax[c.parseOf[si]]
	t := &c.treeBuf
	t.words, t.s, t.e = p.Words, s, e
	if v, h := finiteIsed(p.Words); v >= 0 {
		c.wordBuf = append(c.wordBuf[:0], p.Words...)
		w := c.wordBuf
		for i := range w {
			if w[i].Head == h && (w[i].Rel == "nsubj" || w[i].Rel == "punct") {
				w[i].Head = v
			}
		}
		w[v].Head, w[v].Rel, w[v].UPOS = w[h].Head, w[h].Rel, "VERB"
		w[h].Head, w[h].Rel = v, "obj"
		t.words = w
	}
	t.wordOf = grow(t.wordOf, e-s)
	for i := range t.wordOf {
		t.wordOf[i] = -1
	}
	n := len(p.Words)
	if cap(t.kids) < n {
		t.kids = make([][]int, n)
	}
	t.kids = t.kids[:n]
	for i := range t.kids {
		t.kids[i] = t.kids[i][:0]
	}
	for i, w := range t.words {
		if k := w.Token - s; k >= 0 && k < len(t.wordOf) && t.wordOf[k] < 0 {
			t.wordOf[k] = i
		}
		if w.Head < -1 || w.Head >= n {
			return // not a tree: code from word order
		}
		if w.Head >= 0 {
			t.kids[w.Head] = append(t.kids[w.Head], i)
		}
	}
	// a token the parser reads as several words ("test-fired" as test, -,
	// fired) is the word that heads the others: "fired", not "test"
	for i, w := range t.words {
		k := w.Token - s
		if k < 0 || k >= len(t.wordOf) || t.wordOf[k] == i {
			continue
		}
		f := t.wordOf[k]
		if h := t.words[f].Head; h >= 0 && t.words[h].Token == w.Token && (w.Head < 0 || t.words[w.Head].Token != w.Token) {
			t.wordOf[k] = i
		}
	}
	c.tr = t
}

// finiteIsed finds a finite verb of British spelling that the tagger
// read as an adjective of the noun after it, the noun then the root:
// "Bahrain normalised relations with Israel", "the workers organised a
// strike" (the American "normalized" is read as the verb). It returns the
// verb and the noun, or -1, -1: a word ending in -ised or -ysed, modifying
// a root noun after it, with a subject before it on either of them, and
// no verb elsewhere in the sentence that could be the clause's own.
func finiteIsed(ws []dyad.SyntaxWord) (v, h int) {
	for i, w := range ws {
		l := strings.ToLower(w.Text)
		if w.Rel != "amod" || !strings.HasSuffix(l, "ised") && !strings.HasSuffix(l, "ysed") {
			continue
		}
		h := w.Head
		if h <= i || ws[h].Rel != "root" || ws[h].UPOS != "NOUN" {
			continue
		}
		subj, verb := false, false
		for j, x := range ws {
			if x.Rel == "nsubj" && j < i && (x.Head == i || x.Head == h) {
				subj = true
			}
			if j != i && (x.UPOS == "VERB" || x.UPOS == "AUX") && x.Head >= 0 && (ws[x.Head].Rel == "root" || x.Head == h) {
				verb = true
			}
		}
		if subj && !verb {
			return i, h
		}
	}
	return -1, -1
}

// indexParses maps each sentence to its parse.
func (c *coder) indexParses() {
	c.parseOf = grow(c.parseOf, len(c.a.Sentences))
	for i := range c.parseOf {
		c.parseOf[i] = -1
	}
	for i, p := range c.a.Syntax {
		if p.Sentence >= 0 && p.Sentence < len(c.parseOf) {
			c.parseOf[p.Sentence] = i
		}
	}
}

// parsedVerb reports whether the parse of token k's sentence reads the
// token as a verb ("the government condemned": government is no
// adjective). When the sentence was not parsed it is false, except while
// the coder selects the sentences to parse: then any word may be a verb.
func (c *coder) parsedVerb(k int) bool {
	si := c.a.Tokens[k].Sentence
	if si < 0 || si >= len(c.parseOf) || c.parseOf[si] < 0 || c.parseOf[si] >= len(c.a.Syntax) {
		return c.selecting
	}
	for _, w := range c.a.Syntax[c.parseOf[si]].Words {
		if w.Token == k {
			return w.UPOS == "VERB"
		}
	}
	return false
}

// headWord returns the word of tokens [ts, te) whose head lies outside
// them: the syntactic head of a match. -1 when no word is found.
func (t *ptree) headWord(ts, te int) int {
	first := -1
	for k := ts; k < te; k++ {
		if k < t.s || k >= t.e {
			continue
		}
		w := t.wordOf[k-t.s]
		if w < 0 {
			continue
		}
		if first < 0 {
			first = w
		}
		h := t.words[w].Head
		if h < 0 {
			return w
		}
		if ht := t.words[h].Token; ht < ts || ht >= te {
			return w
		}
	}
	return first
}

func (t *ptree) child(w int, rels ...string) int {
	for _, k := range t.kids[w] {
		for _, r := range rels {
			if t.words[k].Rel == r {
				return k
			}
		}
	}
	return -1
}

// nearestChild returns the child of w with one of rels nearest to w on its
// left, else the first on its right: where a parse gives a verb two
// subjects ("Palestinian leader / Yasser Arafat defended"), the one next
// to the verb is its subject.
func (t *ptree) nearestChild(w int, rels ...string) int {
	best := -1
	for _, k := range t.kids[w] {
		for _, r := range rels {
			if t.words[k].Rel == r {
				if k < w || best < 0 {
					best = k
				}
				break
			}
		}
	}
	return best
}

// caseOf returns the preposition of word w ("with" in "with Russia"), lower-cased.
// It looks one level down too, where a parse may hang the preposition on
// a modifier ("to/case 18/nummod rebels").
func (t *ptree) caseOf(w int) string {
	if k := t.child(w, "case"); k >= 0 {
		return strings.ToLower(t.words[k].Text)
	}
	if k := t.first(w); k < w && t.words[k].Rel == "advmod" && prepAdverbs[strings.ToLower(t.words[k].Text)] {
		// "fighting alongside/ADV U.S. troops": the word that opens the
		// noun's phrase is a preposition, though tagged an adverb
		return strings.ToLower(t.words[k].Text)
	}
	for _, k := range t.kids[w] {
		if k < w {
			if j := t.child(k, "case"); j >= 0 && j < k {
				return strings.ToLower(t.words[j].Text)
			}
		}
	}
	return ""
}

// prepAdverbs are prepositions the tagger may read as adverbs.
var prepAdverbs = map[string]bool{"alongside": true, "beside": true, "behind": true, "inside": true, "outside": true, "near": true}

// first returns the first word of the phrase of word w, to a depth no
// sentence reaches (a cycle cannot pass), as span does for tokens.
func (t *ptree) first(w int) int {
	return t.firstFrom(w, 0)
}

func (t *ptree) firstFrom(w, depth int) int {
	f := w
	if depth > 64 {
		return f
	}
	for _, k := range t.kids[w] {
		if k < f {
			f = min(f, t.firstFrom(k, depth+1))
		}
	}
	return f
}

// notTargets are prepositions of place, origin, time, cause and
// comparison: what follows them is where, when or why, not whom ("decline
// because of competition from South Korea", "following talks with").
var notTargets = map[string]bool{
	"because": true, "due": true, "owing": true, "thanks": true, "following": true, "according": true,
	"ahead": true, "prior": true, "than": true, "unlike": true, "except": true, "instead": true, "regardless": true,
	"in": true, "near": true, "inside": true, "outside": true, "across": true, "throughout": true,
	"around": true, "from": true, "during": true, "after": true, "before": true, "since": true,
	"within": true, "until": true, "amid": true, "despite": true, "of": true, "like": true, "as": true,
	"by": true, "via": true, "alongside": true, "beside": true, "besides": true, "without": true,
}

// actorOf returns the actor group a noun phrase headed by word w names:
// the group holding w, else the nearest one held by its modifiers, up to
// three levels down ("the Russian army", "Iran's navy", "a part of
// Syria's second city"). -1 when none.
func (c *coder) actorOf(w int) int {
	g, _ := c.actorWord(w)
	return g
}

// actorWord is actorOf, and returns also the word whose mention gave the
// actor (-1 with no actor).
func (c *coder) actorWord(w int) (int, int) {
	t := c.tr
	if g := c.groupAt(w); g >= 0 {
		if cd := c.groups[g].code; strings.HasPrefix(cd, "---") && len(cd) > 3 {
			// an agent of no country whose possessor holds the same role
			// with a country: "Chancellor Helmut Kohl's coalition
			// government" is Kohl's, DEUGOV
			for _, k := range t.kids[w] {
				if t.words[k].Rel != "nmod:poss" {
					continue
				}
				if p := c.groupAt(k); p >= 0 && len(c.groups[p].code) > 3 && !strings.HasPrefix(c.groups[p].code, "---") &&
					strings.HasSuffix(c.groups[p].code, cd[3:]) {
					return p, k
				}
			}
		}
		return g, w
	}
	level := []int{w}
	for range 3 {
		var next []int
		best, bestW := -1, -1
		for _, h := range level {
			for _, k := range t.kids[h] {
				switch t.words[k].Rel {
				case "compound", "amod", "nmod:poss", "flat", "appos", "nmod", "nmod:desc", "nummod", "obl:npmod", "nmod:npmod":
					if t.words[k].Rel == "nmod" && (timeCase[t.caseOf(k)] || locCase[t.caseOf(k)] && c.isPlace(k)) {
						continue // "a statement in Beijing": where, not who
					}
					if t.words[k].Rel == "nmod" && towardCase[t.caseOf(k)] {
						continue // "the Iraqi attack on the frigate Stark, which killed": whom, not who
					}
					if t.words[k].Rel == "nmod" && t.framework(k) {
						continue // "measures under GATT rules": the rules followed, not who
					}
					if t.words[k].Rel == "compound" && !c.visits && c.isPlace(k) {
						continue // "the Paris agreement", "the Tokyo talks": where, not who
					}
					// of the actors at one level, the most specific: "the
					// Palestinian leader Yasser Arafat" is PSEGOV, not PSE
					if g := c.groupAt(k); g >= 0 && (best < 0 || len(c.groups[g].code) > len(c.groups[best].code)) {
						best, bestW = g, k
					}
					next = append(next, k)
				}
			}
		}
		if best >= 0 {
			return best, bestW
		}
		level = next
	}
	return -1, -1
}

// lemma returns word w's lemma in lower case, its text where the parse
// gives none.
func (t *ptree) lemma(w int) string {
	if l := t.words[w].Lemma; l != "" {
		return strings.ToLower(l)
	}
	return strings.ToLower(t.words[w].Text)
}

// naturalEvent are the lemmas of nouns naming what happens by nature or
// by accident: as the subject of a verb they are no actor, and the verb no
// event ("the quake killed eight people", "floods hit Kerala"), whatever
// country modifies them.
var naturalEvent = map[string]bool{
	"earthquake": true, "quake": true, "tremor": true, "aftershock": true, "tsunami": true,
	"flood": true, "flooding": true, "storm": true, "cyclone": true, "typhoon": true,
	"hurricane": true, "tornado": true, "landslide": true, "mudslide": true, "avalanche": true,
	"drought": true, "wildfire": true, "fire": true, "blaze": true, "eruption": true,
	"volcano": true, "heatwave": true, "rain": true, "rainfall": true, "snowstorm": true,
	"lightning": true, "disease": true, "epidemic": true, "outbreak": true, "virus": true,
	"pandemic": true, "accident": true, "crash": true, "collision": true, "derailment": true,
	"hailstorm": true, "hail": true, "wind": true, "gale": true, "blizzard": true, "frost": true,
	"snow": true, "monsoon": true, "downpour": true,
}

// towardCase are the prepositions of a noun's phrase that name whom what
// the noun says is done to or aimed at: "an attack on", "sanctions
// against", "aid to".
var towardCase = map[string]bool{"on": true, "against": true, "upon": true, "toward": true, "towards": true}

// accident reports whether verb v has a phrase of "in" whose noun, or a
// noun compounded with it, names a happening of nature or an accident
// ("injured in a rock fall", "killed in a mine collapse").
func (c *coder) accident(v int) bool {
	t := c.tr
	for _, k := range t.kids[v] {
		if t.words[k].Rel != "obl" || t.caseOf(k) != "in" {
			continue
		}
		for _, w := range append([]int{k}, t.kids[k]...) {
			if w == k || t.words[w].Rel == "compound" {
				if accidentNouns[t.lemma(w)] {
					return true
				}
				for _, j := range t.kids[w] {
					if t.words[j].Rel == "compound" && accidentNouns[t.lemma(j)+" "+t.lemma(w)] {
						return true
					}
				}
				if i := t.words[w].Head; t.words[w].Rel == "compound" && accidentNouns[t.lemma(w)+" "+t.lemma(i)] {
					return true
				}
			}
		}
	}
	return false
}

// exercise reports whether verb v has a phrase of "during" or "in" whose
// noun names an exercise, a drill or training: force rehearsed is no force
// used ("soldiers fired artillery during a military exercise"; showing
// force, 15x, is the exercise's own pattern).
func (c *coder) exercise(v int) bool {
	t := c.tr
	for _, k := range t.kids[v] {
		if t.words[k].Rel != "obl" || (t.caseOf(k) != "during" && t.caseOf(k) != "in") {
			continue
		}
		if exerciseNouns[strings.ToLower(t.lemma(k))] {
			return true
		}
	}
	return false
}

var exerciseNouns = map[string]bool{
	"exercise": true, "exercises": true, "drill": true, "drills": true, "manoeuvre": true,
	"manoeuvres": true, "maneuver": true, "maneuvers": true, "training": true, "wargame": true,
	"wargames": true, "rehearsal": true,
}

// accidentVerbs are what vehicles and buildings do when no one does it
// to them: what follows from it ("..., killing 520 people") is no force.
var accidentVerbs = map[string]bool{
	"crash": true, "collapse": true, "capsize": true, "sink": true, "derail": true, "overturn": true,
	// their past forms, where a parse gives no lemma
	"crashed": true, "collapsed": true, "capsized": true, "sank": true, "derailed": true, "overturned": true,
}

// accidentNouns are what people are killed or hurt in when no one did it;
// not fire, which may be gunfire.
var accidentNouns = map[string]bool{
	"accident": true, "collision": true, "derailment": true, "rockfall": true, "rock fall": true,
	"cave-in": true, "earthquake": true, "quake": true, "flood": true, "flooding": true, "storm": true,
	"landslide": true, "mudslide": true, "avalanche": true, "cyclone": true, "typhoon": true,
	"hurricane": true, "tornado": true, "tsunami": true, "eruption": true,
}

// venueCase are the prepositions of where a meeting is held.
var venueCase = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true}

// locCase are prepositions of place: a city after them is where.
var locCase = map[string]bool{
	"in": true, "at": true, "near": true, "inside": true, "outside": true, "across": true,
	"throughout": true, "around": true, "from": true, "to": true, "into": true,
}

// isPlace reports whether word w is in a located place with no actor code
// of its own (a city), not a country or a region with a code.
func (c *coder) isPlace(w int) bool {
	g := c.groupAt(w)
	return g >= 0 && c.groups[g].place && !c.groups[g].region
}

// timeCase are prepositions whose phrase inside a noun phrase says when or
// how, never who.
var timeCase = map[string]bool{
	"during": true, "after": true, "before": true, "since": true, "until": true, "amid": true,
	"despite": true, "like": true, "as": true, "without": true,
}

func (c *coder) groupAt(w int) int {
	tok := c.tr.words[w].Token
	if tok < 0 || tok >= len(c.actor) {
		return -1
	}
	return int(c.actor[tok])
}

// actorsOf appends the actors of the noun phrase headed by w and of the
// phrases coordinated with it ("Japan, India and Australia").
//
// Coordination counts where the actor was found too: "ties with Georgia,
// Armenia and Azerbaijan" (the actors of the object's phrase), "lawmakers
// in France and Germany" (an agent of the countries after it, joined to
// the first one's mention by the agents rule).
func (c *coder) actorsOf(w int, out []int) []int {
	t := c.tr
	g, at := c.actorWord(w)
	if g >= 0 {
		out = appendNew(out, g)
	}
	out = c.conjActors(w, out)
	if g < 0 {
		return out
	}
	if at != w {
		return c.conjActors(at, out)
	}
	// the agent's mention reaches into its phrase of a country
	for _, k := range t.kids[w] {
		if t.words[k].Rel == "nmod" && c.groupAt(k) == g {
			out = c.conjActors(k, out)
		}
		// "Indian and Chinese soldiers": the parse hangs the second
		// demonym on the first, which modifies the noun; both are its
		if t.words[k].Rel == "amod" && t.words[k].Token < t.words[w].Token && c.conjHas(k, g) {
			if a := c.actorOf(k); a >= 0 {
				out = appendNew(out, a)
			}
			out = c.conjActors(k, out)
		}
	}
	return out
}

// conjHas reports whether a phrase coordinated with word w holds actor g.
func (c *coder) conjHas(w, g int) bool {
	for _, k := range c.tr.kids[w] {
		if c.tr.words[k].Rel == "conj" && c.actorOf(k) == g {
			return true
		}
	}
	return false
}

// conjActors appends the actors of the phrases coordinated with word w.
func (c *coder) conjActors(w int, out []int) []int {
	for _, k := range c.tr.kids[w] {
		if c.tr.words[k].Rel == "conj" {
			if g := c.actorOf(k); g >= 0 {
				out = appendNew(out, g)
			}
		}
	}
	return out
}

func appendNew(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// subjectOf returns the subject word of verb v, following coordination,
// control and relative clauses up to a few levels; -1 when none.
func (t *ptree) subjectOf(v int) int {
	for n := range 4 {
		rels := []string{"nsubj", "csubj"}
		if n > 0 || t.misreadPassive(v) {
			rels = append(rels, "nsubj:pass") // "Obama is scheduled to attend"
		}
		if h := t.words[v].Head; t.words[v].Rel == "acl" && h >= 0 && t.infinitive(v) && t.child(v, "nsubj") < 0 &&
			intentNouns[t.lemma(h)] && t.words[h].Rel == "obj" && t.words[h].Head >= 0 && ownIntent[t.lemma(t.words[h].Head)] &&
			!t.ownerNamed(h) {
			// "Japan announced plans to provide aid", "Azerbaijan signalled
			// its willingness to sign": an intent one states or shows is
			// one's own, and so is the act intended
			v = t.words[h].Head
			continue
		}
		if r := t.words[v].Rel; (r == "acl" || r == "acl:relcl") && t.words[v].Head >= 0 &&
			t.child(v, "nsubj", "nsubj:pass", "aux:pass") < 0 && (t.child(v, "obj") >= 0 || t.activeParticiple(v)) {
			// "Palestinians blamed Israel" parsed as a noun with a reduced
			// relative: a participle takes no direct object, and a verb
			// with no passive none at all ("Hundreds of people
			// demonstrated in Tehran"), so the
			// noun is the subject of a finite verb; a verb it hangs on
			// is the verb of a clause of purpose ("police opened fire to
			// disperse demonstrators"), whose subject is its own
			h := t.words[v].Head
			if u := t.words[h].UPOS; u != "VERB" && u != "AUX" {
				return h
			}
			v = h
			continue
		}
		if k := t.nearestChild(v, rels...); k >= 0 {
			if t.isRelPron(k) && t.words[v].Rel == "acl:relcl" && t.words[v].Head >= 0 {
				return t.words[v].Head // "rebels who attacked"
			}
			return k
		}
		h := t.words[v].Head
		if h < 0 {
			return -1
		}
		switch t.words[v].Rel {
		case "xcomp":
			if o := t.child(h, "obj", "iobj"); o >= 0 && objControl[strings.ToLower(t.words[h].Text)] {
				return o // "pushed Kyiv to negotiate": Kyiv negotiates
			}
			v = h // "pledged to strengthen"
		case "conj":
			v = h // "attacked and seized"
		case "advcl":
			if !strings.HasSuffix(strings.ToLower(t.words[v].Text), "ing") || t.child(v, "mark") >= 0 && !t.byMeans(v, h) {
				return -1
			}
			v = h // "..., killing eight": the subject of the clause it hangs on
		default:
			return -1
		}
	}
	return -1
}

// intentNouns name an intent whose infinitive is the act intended ("plans
// to provide aid", "its readiness to negotiate"); ownIntent are the verbs
// by which one states or shows an intent of one's own, so that the act is
// the verb's subject's. Not verbs of reacting to another's intent:
// "rejected the offer to mediate". ("signall" is the lemmatiser's stem of "signalled".)
var intentNouns = map[string]bool{
	"plan": true, "pledge": true, "promise": true, "offer": true, "commitment": true, "vow": true,
	"willingness": true, "readiness": true, "determination": true, "intention": true, "desire": true,
}

var ownIntent = map[string]bool{
	"announce": true, "unveil": true, "outline": true, "express": true, "signal": true, "signall": true, "voice": true,
	"reiterate": true, "reaffirm": true, "indicate": true, "make": true, "give": true, "renew": true,
	"show": true, "confirm": true, "declare": true, "state": true,
}

// byMeans reports whether the -ing clause v says by what act the verb of
// response h it hangs on was done ("Morocco retaliated by expelling four
// diplomats", "responded by recalling its ambassador"): the one who
// responds does v, as of a participle clause with no mark. Only where the
// response is done: h is active, with no modal, no "to" and no mark of a
// condition or a time of its own ("as long as America reacts by
// launching strikes").
func (t *ptree) byMeans(v, h int) bool {
	return strings.EqualFold(t.markOf(v), "by") && responseVerbs[strings.ToLower(t.words[h].Text)] &&
		!t.passive(h) && !t.modal(h) && t.child(h, "mark") < 0
}

// responseVerbs are the forms of the verbs of answering another's act
// whose "by" clause names the act that answers it: "Morocco retaliated by
// expelling four diplomats", "responded by recalling its ambassador".
var responseVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []string{"retaliate", "respond", "react", "reply", "answer", "counter"} {
		all, _, _ := verbForms(l, nil)
		for _, f := range all {
			m[f] = true
		}
	}
	return m
}()

// responseMeans reports whether match m, a gerund after "by", is the act by
// which a verb of response right before it was done, and done: the verb is
// no infinitive ("threatened to retaliate by expelling") and has no modal
// ("could respond by recalling"). By words, as the parse may not be made yet.
func (c *coder) responseMeans(m *match) bool {
	j := m.ts - 2 // the verb, before "by"
	if j < 0 || !strings.EqualFold(c.word(m.ts-1), "by") {
		return false
	}
	if strings.EqualFold(c.word(j), "back") && j > 0 && strings.HasPrefix(strings.ToLower(c.word(j-1)), "hit") {
		j-- // "hit back by"
	} else if !responseVerbs[strings.ToLower(c.word(j))] {
		return false
	}
	if j > 0 {
		switch p := strings.ToLower(c.word(j - 1)); {
		case p == "to" || modalAux[p]:
			return false
		}
	}
	return true
}

// ownerNamed reports whether noun n has a modifier other than a pronoun
// that may name whose it is: "a Soviet willingness to purchase", "China's
// offer to mediate" are not the stating verb's subject's.
func (t *ptree) ownerNamed(n int) bool {
	for _, k := range t.kids[n] {
		switch t.words[k].Rel {
		case "amod", "nmod", "nmod:poss", "compound":
			if t.words[k].UPOS != "PRON" {
				return true
			}
		}
	}
	return false
}

// objControl are the forms of the verbs whose object, not subject, is
// the subject of their infinitive: "urged Iran to free", "asked Algeria to
// take back", "pushed Kyiv to negotiate" (the act is asked for, so not
// done). Not the verbs of letting or enabling ("allowed Italy to take a
// share", "help Canada take the fight"), whose infinitive the mood does
// not read as not done.
var objControl = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []string{"ask", "urge", "press", "push", "pressure", "tell", "order", "force", "persuade",
		"encourage", "invite", "warn", "advise", "instruct", "compel", "convince", "require", "implore",
		"exhort", "beg", "challenge", "oblige"} {
		all, _, _ := verbForms(l, nil)
		for _, f := range all {
			m[f] = true
		}
	}
	return m
}()

func (t *ptree) isRelPron(w int) bool {
	switch strings.ToLower(t.words[w].Text) {
	case "who", "which", "that", "whom":
		return true
	}
	return false
}

// passive reports whether verb v is in the passive: it has a passive
// auxiliary or subject or a by-agent, or it is a participle modifying a
// noun ("Syria, backed by Moscow").
func (t *ptree) passive(v int) bool {
	if t.misreadPassive(v) {
		return false
	}
	if t.child(v, "aux:pass", "nsubj:pass", "obl:agent") >= 0 {
		return true
	}
	w := &t.words[v]
	if (w.XPOS == "VBN" || w.XPOS == "JJ" && strings.HasSuffix(strings.ToLower(w.Text), "ed")) && t.child(v, "cop") >= 0 {
		return true // "four people were injured", read as a copula and an adjective
	}
	if (w.XPOS == "VBN" || w.XPOS == "JJ" && strings.HasSuffix(strings.ToLower(w.Text), "ed") && t.child(v, "nsubj", "obj") < 0) &&
		w.Rel == "conj" && w.Head >= 0 && w.Head < v && t.passive(w.Head) {
		// "were killed and injured": the auxiliary is shared, also by a
		// participle read as an adjective ("were killed and 58 wounded")
		return true
	}
	// a participle takes no direct object: "forces shelled rebel
	// positions" read as a noun with a reduced relative is active, as
	// subjectOf reads it
	return w.XPOS == "VBN" && (w.Rel == "acl" && t.child(v, "obj") < 0 && !t.activeParticiple(v) || w.Rel == "amod" || t.sharedAgent(v) >= 0)
}

// misreadPassive reports whether verb v has a passive subject but no
// passive auxiliary, no by-agent and a direct object: a passive takes no
// object, so the parse misread an active verb ("Iran test-fired missiles",
// with "test" read apart and "Iran" as the subject of a passive).
func (t *ptree) misreadPassive(v int) bool {
	return t.child(v, "nsubj:pass") >= 0 && t.child(v, "aux:pass", "obl:agent") < 0 && t.child(v, "obj") >= 0
}

// noPassive are the past forms of verbs of protest and clashes, which
// have no passive in news use: an -ed form of one hanging on a noun is
// that noun's own verb.
var noPassive = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []string{"demonstrate", "protest", "march", "rally", "riot", "clash"} {
		_, past, _ := verbForms(l, nil)
		for _, f := range past {
			m[f] = true
		}
	}
	return m
}()

// activeParticiple reports whether participle v hanging on a noun as a
// reduced relative is a finite verb misread: a verb with no passive and
// no by-agent ("Students protested in Dhaka", read as students who were
// protested).
func (t *ptree) activeParticiple(v int) bool {
	w := &t.words[v]
	return w.Rel == "acl" && (w.XPOS == "VBN" || w.XPOS == "VBD") && noPassive[strings.ToLower(w.Text)] && t.child(v, "obl:agent") < 0
}

// sharedAgent returns the by-agent of the last of the participles
// coordinated with participle v, which all of them share ("supported,
// trained and armed by Paris"), or -1.
func (t *ptree) sharedAgent(v int) int {
	if t.words[v].XPOS != "VBN" {
		return -1
	}
	for i := len(t.kids[v]) - 1; i >= 0; i-- {
		k := t.kids[v][i]
		if t.words[k].Rel == "conj" && t.words[k].XPOS == "VBN" {
			return t.child(k, "obl:agent")
		}
	}
	return -1
}

// patient returns the noun a passive participle hangs on when it has no
// passive subject of its own ("the rebels, backed by Moscow": whatever
// relation the parse gives it), or -1.
func (t *ptree) patient(v int) int {
	w := &t.words[v]
	if w.XPOS != "VBN" || w.Head < 0 || t.child(v, "aux:pass", "aux") >= 0 {
		return -1
	}
	switch w.Rel {
	case "acl", "amod", "parataxis", "appos", "advcl":
	default:
		return -1
	}
	switch t.words[w.Head].UPOS {
	case "NOUN", "PROPN", "PRON":
		return w.Head
	}
	return -1
}

// parseRoles sets the sources and targets of match k from the parse and
// says what the parse decided: treeSkip when the sentence has no parse or
// the pattern is one of actors "between" each other, which word order
// codes; treeNone when the trigger is no event; else treeDone, with the
// roles the parse gives (maybe none).
func (c *coder) parseRoles(k int) treeResult {
	t := c.tr
	m := &c.ms[k]
	if t == nil {
		return treeSkip
	}
	if w := t.wordAtToken(m.ts); w >= 0 && t.words[w].Rel == "compound" && t.words[w].UPOS == "NOUN" && !c.nameInMatch(w, m) {
		return treeNone // "finance ministers": a noun modifying a noun
	}
	if m.r.between {
		return treeSkip
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 {
		return treeSkip
	}
	m.srcs, m.tgts, m.pron, m.noDoer, m.bomb, m.doer, m.subj, m.alone, m.verb = m.srcs[:0], m.tgts[:0], false, false, "", "", false, false, -1
	if t.words[v].UPOS == "ADJ" && c.verbFirst(m, v) && (t.words[v].Rel == "amod" || c.copula(v)) && !c.participle(m, v) {
		// a verb of the pattern that the parse reads as an adjective
		// describing a noun or after "be" is a quality, no act: "free
		// trade", "the most pressing issue", "a stricken ferry", "banks
		// were free to hold stakes"; a participle may still be a verb
		// ("were wounded", "killed one and wounded several others")
		return treeNone
	}
	if c.thingAllows(m, v) {
		return treeNone // "the reduction in Iraqi attacks allowed Iran's output to rise": no one yields
	}
	if t.words[v].UPOS == "ADJ" && (t.words[v].Rel == "xcomp" || t.words[v].Rel == "obj") && t.words[v].Head >= 0 &&
		carryVerbs[t.lemma(t.words[v].Head)] && t.child(v, "nsubj", "nsubj:pass", "obj", "cop") < 0 {
		// "planned to evacuate wounded from the camps": those wounded
		// before, carried or treated now, a noun; no one wounds them here
		return treeNone
	}
	if m.r.lexicon && t.words[v].UPOS == "VERB" && c.tr.wordAtToken(m.ts) == v {
		switch t.words[v].Rel {
		case "nsubj", "nsubj:pass", "obj", "iobj":
			// the lexicon's verbs code at verbs; a "verb" that is the
			// subject or object of another is a noun the tagger misread:
			// "U.S. corn exports to Canada are so small"
			return treeNone
		}
	}
	if t.words[v].UPOS == "NOUN" && objectNouns[strings.ToLower(t.words[v].Text)] && c.tr.wordAtToken(m.ts) == v {
		return treeNone // "the deficit target", "regular targets for Iranian planes": what is aimed at, no act
	}
	if r := dyad.RootOf(m.r.code.Code); (r == "06" || r == "07") && t.words[v].UPOS == "NOUN" && t.statistic(v) {
		return treeNone // "West German exports to the EC were 21.60 billion marks": a figure, no act
	}
	if m.nominal && t.words[v].UPOS == "PROPN" && c.caps[m.ts] {
		return treeNone // a word of a name: "Jiji Press", "the Peace Corps"
	}
	if m.nominal && t.words[v].UPOS == "VERB" && t.passive(v) && t.wordAtToken(m.ts) != v {
		// a pattern from a noun to the passive verb it is the subject
		// of is the verb's: "the law was repealed by parliament"
		return c.passiveRoles(v, m)
	}
	if m.nominal {
		switch t.words[v].UPOS {
		case "NUM", "DET", "PRON", "ADP", "ADV", "PART":
			return treeNone // "did not roll back import barriers": no noun, no event
		}
	}
	if m.nominal {
		// "the attack on Gaza"; or as the object of a verb, by its
		// subject ("announced the expulsion of 60 Russian diplomats");
		// else word order decides
		if r := c.nominalRoles(v, m); r != treeSkip || t.words[v].UPOS != "NOUN" {
			return r
		}
		m.srcs, m.tgts = m.srcs[:0], m.tgts[:0]
		if c.supportVerb(t.words[v].Head) && c.supportedNoun(v, m) == treeDone && len(m.srcs) > 0 && len(m.tgts) > 0 {
			return treeDone
		}
		m.srcs, m.tgts = m.srcs[:0], m.tgts[:0]
		if c.circumstance(v, m) {
			return treeDone
		}
		m.srcs, m.tgts = m.srcs[:0], m.tgts[:0]
		if h := t.words[v].Head; h >= 0 && t.words[v].Rel == "obj" && t.words[h].UPOS == "VERB" && !c.supportVerb(h) && !c.nameInMatch(v, m) && !c.ownedNoun(v) {
			// "the United States is considering the request", "rejected
			// the offer": the verb's subject reacts to what someone else
			// did; who did it is not said here
			return treeNone
		}
		return treeSkip
	}
	switch t.words[v].UPOS {
	case "NOUN":
		if m.te-m.ts == 1 && strings.HasPrefix(m.r.code.Code, "01") {
			return treeNone // "GCC states", "the reports", "their claims": no one says anything
		}
		// "US sanctions against Iran hurt", "launched an attack on"
		if c.nominalRoles(v, m) == treeDone {
			return treeDone
		}
		m.srcs, m.tgts = m.srcs[:0], m.tgts[:0]
		if c.circumstance(v, m) {
			return treeDone
		}
		m.srcs, m.tgts = m.srcs[:0], m.tgts[:0]
		return c.supportedNoun(v, m)
	case "PROPN", "NUM", "DET", "PRON", "ADP", "ADV", "PART":
		// "in March", "a pound", "pulled back": no verb, no event
		return treeNone
	}
	if t.passive(v) {
		return c.passiveRoles(v, m)
	}
	return c.activeRoles(v, m)
}

// objectNouns are nouns of the patterns' verbs that name what the act is
// done to, not the act: a target is aimed at.
var objectNouns = map[string]bool{"target": true, "targets": true}

// verbFirst reports whether word v is the first word of match m and the
// pattern's first item there is a verb (+verb).
func (c *coder) verbFirst(m *match, v int) bool {
	if c.tr.wordAtToken(m.ts) != v {
		return false
	}
	for _, it := range m.r.items {
		if it.kind == itemWord {
			return it.verb
		}
	}
	return false
}

// participle reports whether word v, the first of match m, is a form of
// the pattern's first item that may be a past participle: "were wounded"
// read as an adjective is still a passive.
func (c *coder) participle(m *match, v int) bool {
	w := strings.ToLower(c.tr.words[v].Text)
	for _, it := range m.r.items {
		if it.kind == itemWord {
			return slices.Contains(it.parts, w)
		}
	}
	return false
}

// copula reports whether word v has a copula ("is", "were") among its
// children.
func (c *coder) copula(v int) bool {
	for _, k := range c.tr.kids[v] {
		if c.tr.words[k].Rel == "cop" {
			return true
		}
	}
	return false
}

// ownedNoun reports whether noun n has an actor among its possessive,
// adjective or compound modifiers: "Sri Lanka's request", "Chinese
// demands" name who made them.
func (c *coder) ownedNoun(n int) bool {
	for _, k := range c.tr.kids[n] {
		switch c.tr.words[k].Rel {
		case "nmod:poss", "amod", "compound":
			if c.actorOf(k) >= 0 {
				return true
			}
		}
	}
	return false
}

// supportVerb reports whether word w is a verb that says its object noun
// is done (launch, carry out, stage, hold, order, announce, ...), not one
// that reacts to it ("rejected a call for", "following the killing of").
func (c *coder) supportVerb(w int) bool {
	if w < 0 || c.tr.words[w].UPOS != "VERB" {
		return false
	}
	tok := c.tr.words[w].Token
	if tok < 0 || tok >= len(c.fl) {
		return false
	}
	return c.fl[tok]&flagSupport != 0 || strings.HasPrefix(c.tr.lemma(w), "announc")
}

// nameInMatch reports whether compound word w modifies another word of
// match m's own pattern: "air strikes" is one name, where in "finance
// ministers" ("+finance _") the noun modified is the target slot's.
func (c *coder) nameInMatch(w int, m *match) bool {
	h := c.tr.words[w].Head
	if h < 0 {
		return false
	}
	ht := c.tr.words[h].Token
	if ht < m.ts || ht >= m.te {
		return false
	}
	if m.slot >= 0 {
		if g := c.groups[m.slot]; ht >= g.ts && ht < g.te {
			return false
		}
	}
	return true
}

// passiveRoles sets the roles of match m whose verb v the parse reads as
// passive: the by-agent (or, for force, where it came from) is the source,
// the passive subject or the noun the participle describes the target.
func (c *coder) passiveRoles(v int, m *match) treeResult {
	t := c.tr
	agent := t.sharedAgent(v)
	for _, k := range t.kids[v] {
		if r := t.words[k].Rel; r == "obl:agent" || r == "obl" && t.caseOf(k) == "by" {
			agent = k
			break
		}
	}
	if agent >= 0 && compassWords[t.lemma(agent)] && t.child(agent, "nmod") >= 0 {
		agent = -1 // "hit by a missile south of Iran's Kharg island": where, not who
	}
	if agent < 0 && physical(m.r.code.Code) && (c.accident(v) || c.exercise(v)) {
		return treeNone // "killed and two injured in a rock fall", "killed in a training exercise": no one did it
	}
	if agent < 0 && physical(m.r.code.Code) {
		// "a mortar was fired from Gaza", "soldiers killed in
		// Ukraine": violence comes from where it is said to come
		for _, cs := range []string{"from", "in"} {
			for _, k := range t.kids[v] {
				if t.words[k].Rel == "obl" && t.caseOf(k) == cs && c.actorOf(k) >= 0 {
					agent = k
					break
				}
			}
			if agent >= 0 {
				break
			}
		}
	}
	if agent < 0 && dyad.RootOf(m.r.code.Code) == "15" {
		// "thousands of Ethiopian troops were deployed along the border":
		// forces shown, deployed or put on alert are their own state's, who
		// mobilises them (15); whom, the verb's phrases say
		s := t.child(v, "nsubj:pass")
		if s >= 0 && !forceNouns[t.lemma(s)] {
			if k := t.child(s, "nmod"); k >= 0 && forceNouns[t.lemma(k)] {
				s = k // "thousands of troops"
			} else {
				s = -1 // "the private sector should be mobilized": no forces
			}
		}
		if s >= 0 {
			if n := len(m.srcs); len(c.actorsOf(s, m.srcs)) > n {
				m.srcs = c.actorsOf(s, m.srcs[:n])
				m.tgts = c.obliqueTargets(v, m)
				return treeDone
			}
		}
	}
	if agent < 0 && physical(m.r.code.Code) && t.words[v].Rel == "conj" {
		// "six workers were killed and four injured in a rock fall": a
		// participle sharing a passive with no one named doing it; word
		// order, which does not see the shared auxiliary, would take the
		// victims for the doers
		return treeNone
	}
	if agent < 0 && c.noDoerCode(m) && (t.child(v, "aux:pass") >= 0 || t.child(v, "cop") >= 0) && !c.mishap(v) {
		// "a journalist was arrested in Cairo", "three soldiers were
		// killed": force or coercion on an actor whom no one named did it
		// to (CAMEO's unknown source, "---"; the nodoer task)
		s := t.child(v, "nsubj:pass")
		if s < 0 && t.child(v, "cop") >= 0 {
			s = t.child(v, "nsubj")
		}
		if s >= 0 {
			tg := slices.DeleteFunc(c.actorsOf(s, nil), func(g int) bool {
				// a country or a company as the subject is an economic or
				// figurative sense more often than force ("Malaysia was hit
				// hard", "the firm was attacked"): persons and institutions only
				cd := c.groups[g].code
				return len(cd) <= 3 || strings.HasSuffix(cd, "BUS")
			})
			if len(tg) > 0 {
				m.tgts = append(m.tgts[:0], tg...)
				m.noDoer = true
				if physical(m.r.code.Code) {
					for _, k := range t.kids[v] {
						if t.words[k].Rel == "obl" && (t.caseOf(k) == "in" || t.caseOf(k) == "by") {
							if bc := c.bombCode(k); bc != "" {
								m.bomb = bc // "two soldiers were killed in an IED blast": a roadside bombing
								break
							}
						}
					}
				}
				return treeDone
			}
		}
	}
	if agent < 0 {
		return treeDone // nobody named did it: word order decides
	}
	if naturalEvent[t.lemma(agent)] {
		return treeNone // "victims killed by the MH17 crash": no one did it
	}
	m.srcs = c.actorsOf(agent, m.srcs)
	if c.groupAt(agent) >= 0 && t.child(v, "aux:pass") >= 0 && t.words[agent].Head == v {
		// the agent of a passive is who acts, as an active's subject:
		// "the proposal was rejected by Israel" may be Israel's act alone
		// (oneSided)
		m.subj, m.verb = true, v
	}
	if s := t.child(v, "nsubj:pass"); s >= 0 {
		m.tgts = c.actorsOf(s, m.tgts)
		if len(m.tgts) == 0 {
			// "sanctions on Iran were lifted": the subject's oblique
			for _, k := range t.kids[s] {
				if t.words[k].Rel == "nmod" && towardCase[t.caseOf(k)] {
					m.tgts = c.actorsOf(k, m.tgts)
					break
				}
			}
		}
	} else if s := t.child(v, "nsubj"); s >= 0 && t.child(v, "cop") >= 0 {
		// "soldiers were wounded by troops" read as a copula and an
		// adjective: its subject is the passive's
		m.tgts = c.actorsOf(s, m.tgts)
	} else if h := t.patient(v); h >= 0 {
		m.tgts = c.actorsOf(h, m.tgts) // "the rebels, backed by Moscow"
	} else {
		m.tgts = c.obliqueTargets(v, m)
	}
	return treeDone
}

// tripSubject returns the subject of verb v, and for the gerund of a
// meeting, talks or a visit (04) after "after" or "before", with no subject
// of its own, the subject of the clause it hangs on, whose trip it is:
// "Kohl spoke to reporters after meeting Mitterrand" is Kohl meeting him,
// as "after talks with" is (circumstance). Not "of", "for" or "about",
// whose gerund is what a verb speaks of ("accused Iran of meeting").
func (c *coder) tripSubject(v int, m *match) int {
	t := c.tr
	s := t.subjectOf(v)
	if s >= 0 || !strings.HasPrefix(m.r.code.Code, "04") || t.words[v].Rel != "advcl" ||
		!strings.HasSuffix(strings.ToLower(t.words[v].Text), "ing") || t.child(v, "nsubj", "nsubj:pass") >= 0 {
		return s
	}
	if mk := t.markOf(v); (mk == "after" || mk == "before") && t.words[v].Head >= 0 {
		return t.subjectOf(t.words[v].Head)
	}
	return s
}

// activeRoles sets the roles of match m whose verb v is active: the
// subject is the source; the target slot, the object (or its phrase of a
// preposition) or the oblique the pattern names is the target.
func (c *coder) activeRoles(v int, m *match) treeResult {
	t := c.tr
	if h := t.words[v].Head; h >= 0 && physical(m.r.code.Code) && (t.words[v].Rel == "advcl" || t.words[v].Rel == "conj") && accidentVerbs[t.lemma(h)] {
		return treeNone // "the jet crashed into a mountain, killing 520 people": no one killed them
	}
	if s := t.subjectOf(v); s >= 0 && naturalEvent[t.lemma(s)] {
		return treeNone // "an earthquake on Indonesia's Java killed eight": no one did it
	}
	if physical(m.r.code.Code) && c.exercise(v) {
		return treeNone // "fired artillery during a military exercise": rehearsed, not used
	}
	if s := c.tripSubject(v, m); s >= 0 {
		m.srcs = c.actorsOf(s, m.srcs)
		if t.words[v].Rel != "conj" {
			// "Malian soldiers and Russian mercenaries killed": a noun the
			// parse coordinates with the verb, between its subject and it,
			// is the subject's conjunct (a verb has no noun conjunct)
			for _, k := range t.kids[v] {
				if t.words[k].Rel == "conj" && s < k && k < v && t.child(k, "cc") >= 0 &&
					(t.words[k].UPOS == "NOUN" || t.words[k].UPOS == "PROPN") {
					m.srcs = c.actorsOf(k, m.srcs)
				}
			}
		}
		if len(m.srcs) == 0 && m.speech >= 0 && t.words[s].UPOS == "PRON" && !t.isRelPron(s) {
			m.srcs = append(m.srcs, c.ms[m.speech].srcs...) // "Obama said he would"
			m.pron = true
		}
		if len(m.srcs) == 0 && m.speech < 0 && m.warner > 0 && t.words[s].UPOS == "PRON" && !t.isRelPron(s) {
			m.srcs = append(m.srcs, c.ms[m.warner-1].srcs...) // "Turkey warned it would ban the party"
			m.pron = true
		}
		if len(m.srcs) == 0 && m.speech < 0 && m.warner == 0 && t.words[s].UPOS == "PRON" {
			if g := c.openingActor(t.words[s].Token); g >= 0 {
				m.srcs = append(m.srcs, g) // "Ghana took a tough line. It recalled its ambassador."
				m.pron = true
			}
		}
	}
	if len(m.srcs) == 0 && physical(m.r.code.Code) && !m.r.lexicon {
		if s := t.subjectOf(v); s >= 0 {
			if bc := c.bombCode(s); bc != "" {
				// "a car bomb killed 12 people in Baghdad": a device that
				// kills or wounds was set off by someone no one names
				// (the nodoer task)
				if o := t.child(v, "obj"); o >= 0 {
					// its victims are persons: a company or a state hit by
					// a blast names no one attacked
					m.tgts = slices.DeleteFunc(c.actorsOf(o, m.tgts), func(g int) bool { return !people(c.groups[g].code) })
				}
				if len(m.tgts) > 0 {
					m.noDoer, m.bomb = true, bc
				}
			}
		}
	}
	if len(m.srcs) == 0 {
		return treeDone
	}
	if s := t.subjectOf(v); s >= 0 && (c.groupAt(s) >= 0 || m.pron) && t.words[v].Rel != "acl" && !c.bareParticiple(v) {
		// the subject itself is the actor (not "U.K. investment"), of a
		// finite verb: a match with no target named may be the act of
		// this source alone (oneSided)
		m.subj = true
	}
	m.verb = v
	if m.slot >= 0 {
		m.tgts = append(m.tgts, m.slot)
		return treeDone
	}
	// the object is the last verb's of the match: "wants to help Israel"
	for k := m.te - 1; k > m.ts; k-- {
		if k >= t.s && k < t.e {
			if w := t.wordOf[k-t.s]; w >= 0 && t.words[w].UPOS == "VERB" && w != v {
				v = w
				break
			}
		}
	}
	if m.r.speech && !m.r.endsPrep {
		return treeDone // what follows a verb of saying is what was said
	}
	// an object with a preposition is an oblique the parse mislabelled:
	// "fighting alongside Iraqi forces against" fights no ally
	if o := t.child(v, "obj", "iobj"); o >= 0 && !m.r.endsPrep && !notTargets[t.caseOf(o)] && !t.framework(o) {
		m.tgts = c.actorsOf(o, m.tgts)
		if len(m.tgts) == 0 {
			// "imposed sanctions on Iran": the object's oblique
			for _, k := range t.kids[o] {
				if t.words[k].Rel == "nmod" && !notTargets[t.caseOf(k)] && !t.framework(k) {
					m.tgts = c.actorsOf(k, m.tgts)
					break
				}
			}
		}
	}
	if len(m.tgts) == 0 {
		m.tgts = c.obliqueTargets(v, m)
	}
	if len(m.tgts) == 0 && m.r.control && m.r.to {
		m.tgts = c.partnerOf(v, m.tgts) // "agreed to set up a company with Liberia"
	}
	// one actor is not both sides
	out := m.tgts[:0]
	for _, g := range m.tgts {
		if !containsInt(m.srcs, g) {
			out = append(out, g)
		}
	}
	m.tgts = out
	return treeDone
}

// forceAim returns, for force with no target ("its forces were battling
// to dislodge Iranian troops", "rebels fought to capture the garrison of
// Kandahar"), the actors of the object of the infinitive that says what
// the force is for: those it is used on. Other kinds of act leave their
// infinitives to their own patterns ("pledged to strengthen ties with").
func (c *coder) forceAim(m *match, out []int) []int {
	switch dyad.RootOf(m.r.code.Code) {
	case "18", "19", "20":
	default:
		return out
	}
	t := c.tr
	v := t.headWord(m.ts, m.te)
	if v < 0 {
		return out
	}
	x := t.child(v, "xcomp")
	if x < 0 || !t.infinitive(x) {
		return out
	}
	if tok := t.words[x].Token; tok >= 0 && tok < len(c.ids) && c.ids[tok] >= 0 {
		for _, ri := range c.p.first[c.ids[tok]] {
			switch dyad.RootOf(c.p.rules[ri].code.Code) {
			case "17", "18", "19", "20":
				return out // "fought to repel Iranian forces": the infinitive is force of its own
			}
		}
	}
	for _, k := range t.kids[x] {
		if t.words[k].Rel == "obj" {
			for _, g := range c.actorsOf(k, nil) {
				if !containsInt(m.srcs, g) {
					out = append(out, g)
				}
			}
		}
	}
	return out
}

// partnerOf returns the actors of a "with" phrase in the infinitive that
// control verb v governs, on the infinitive or on its object: those agreed,
// promised or offered to act with ("Nigeria and Guinea agreed to set up a
// new company with Liberia" is agreed with Liberia, not only with each
// other).
func (c *coder) partnerOf(v int, out []int) []int {
	t := c.tr
	x := t.child(v, "xcomp")
	if x < 0 {
		return out
	}
	for _, k := range t.kids[x] {
		switch t.words[k].Rel {
		case "obl":
			if t.caseOf(k) == "with" {
				out = c.actorsOf(k, out)
			}
		case "obj":
			for _, j := range t.kids[k] {
				if t.words[j].Rel == "nmod" && t.caseOf(j) == "with" {
					out = c.actorsOf(j, out)
				}
			}
		}
	}
	return out
}

// supportedNoun codes a trigger that the parse reads as a noun. As the
// object of a verb ("Israel mounted an invasion of Lebanon", "launched
// attacks on"), the verb's subject is the source and the noun's phrase of
// on, against, of, at, into, to or with its target; otherwise the word is
// no event ("finance ministers").
func (c *coder) supportedNoun(n int, m *match) treeResult {
	t := c.tr
	sv := t.words[n].Head
	if sv < 0 || t.words[n].Rel != "obj" || t.words[sv].UPOS != "VERB" {
		return treeNone
	}
	if s := t.subjectOf(sv); s >= 0 && !t.passive(sv) {
		m.srcs = c.actorsOf(s, m.srcs)
	}
	if len(m.srcs) == 0 {
		return treeDone
	}
	for _, k := range t.kids[n] {
		if t.words[k].Rel != "nmod" {
			continue
		}
		switch t.caseOf(k) {
		case "on", "against", "of", "at", "into", "to", "with":
			m.tgts = c.actorsOf(k, m.tgts)
		}
		if len(m.tgts) > 0 {
			break
		}
	}
	if len(m.tgts) == 0 {
		m.tgts = c.obliqueTargets(sv, m)
	}
	return treeDone
}

// circumstance sets the roles of a meeting, talks or a visit (04) named
// by noun n in a phrase of time or circumstance: after, during, following,
// before, on, at or upon talks with someone, a visit to somewhere. The one
// who met or visited is the subject of the verb the phrase hangs on ("Kohl
// said after talks with Mitterrand"), or the actor the phrase describes
// ("Kohl, on a three-day visit to Spain, said"); the one met or visited is
// the noun's phrase of with or to. It reports whether it found both.
func (c *coder) circumstance(n int, m *match) bool {
	t := c.tr
	if !strings.HasPrefix(m.r.code.Code, "04") || t.words[n].UPOS != "NOUN" {
		return false
	}
	h := t.words[n].Head
	if h < 0 || !circumstanceCase[t.caseOf(n)] && !(t.caseOf(n) == "for" && travelVerb[strings.ToLower(t.words[h].Text)]) {
		return false
	}
	switch r := t.words[n].Rel; {
	case (r == "obl" || r == "advcl") && t.words[h].UPOS == "VERB" && !t.passive(h):
		if s := t.subjectOf(h); s >= 0 {
			m.srcs = c.actorsOf(s, m.srcs)
		}
	case r == "appos" || r == "nmod" || r == "acl":
		if g := c.groupAt(h); g >= 0 {
			m.srcs = append(m.srcs, g)
		}
	}
	if len(m.srcs) == 0 {
		return false
	}
	for _, k := range t.kids[n] {
		if t.words[k].Rel == "nmod" && (t.caseOf(k) == "with" || t.caseOf(k) == "to") {
			m.tgts = c.actorsOf(k, m.tgts)
		}
	}
	m.tgts = slices.DeleteFunc(m.tgts, func(g int) bool { return containsInt(m.srcs, g) })
	return len(m.tgts) > 0
}

// circumstanceCase are the prepositions of a phrase that says when or in
// what course something was done.
var circumstanceCase = map[string]bool{
	"after": true, "during": true, "following": true, "before": true, "on": true, "at": true,
	"upon": true, "ahead": true,
}

// travelVerb are the lemmas of verbs of going somewhere or being there,
// whose phrase of "for" names the purpose of the trip: who "flew to Tokyo
// for talks with" someone holds those talks. A "for" on other verbs asks
// or hopes for them ("called for talks with", "pressed for talks"): no
// talks held.
var travelVerb = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []string{"arrive", "fly", "travel", "go", "come", "leave", "head", "visit",
		"return", "depart", "stay", "be"} {
		all, _, _ := verbForms(l, nil)
		for _, f := range all {
			m[f] = true
		}
	}
	return m
}()

// nominalRoles reads the roles of an event named by a noun ("the
// attack"): its source an actor modifying it ("Turkish air strikes",
// "Israel's attack") or its by-phrase, else the subject of the verb it is
// the object of ("launched an attack"); its target the phrase of on,
// against, at, into, to or with ("the attack on Gaza"). When the tree does
// not give both, word order decides.
func (c *coder) nominalRoles(n int, m *match) treeResult {
	t := c.tr
	if t.words[n].UPOS != "NOUN" {
		return treeSkip
	}
	for _, k := range t.kids[n] {
		switch r := t.words[k].Rel; {
		case r == "amod" || r == "nmod:poss" || r == "compound" || r == "nmod" && t.caseOf(k) == "by":
			if g := c.actorOf(k); g >= 0 && !c.isPlace(k) {
				m.srcs = appendNew(m.srcs, g)
			}
		case r == "nmod":
			switch t.caseOf(k) {
			case "on", "against", "at", "into", "to", "with":
				m.tgts = c.actorsOf(k, m.tgts)
			case "of":
				// a pattern ending in "of" names its target there:
				// "Germany's criticism of Turkey"
				if m.r.endsPrep && strings.ToLower(c.word(m.te-1)) == "of" {
					m.tgts = c.actorsOf(k, m.tgts)
				}
			}
		}
	}
	c.askedRoles(n, m)
	if s := t.child(n, "nsubj"); len(m.srcs) == 0 && s >= 0 {
		// "hundreds of workers had been on strike": the noun is the
		// predicate of a copula, its subject the source
		m.srcs = c.actorsOf(s, m.srcs)
	}
	if h := t.words[n].Head; len(m.srcs) == 0 && h >= 0 && t.words[n].Rel == "obl" && t.caseOf(n) == "for" &&
		strings.ToLower(t.words[h].Text) == "responsible" {
		// "Hezbollah was responsible for the attack": whoever is
		// responsible for an act did it, as one behind it did ("was behind
		// the attack", the noun's own subject)
		if s := t.child(h, "nsubj"); s >= 0 {
			m.srcs = c.actorsOf(s, m.srcs)
		}
	}
	if sv := t.words[n].Head; len(m.srcs) == 0 && sv >= 0 && t.words[n].Rel == "obj" && t.words[sv].UPOS == "VERB" && !t.passive(sv) &&
		!reactVerb[strings.ToLower(t.words[sv].Text)] {
		// the subject of the verb ("staged a protest", "joined the
		// strike"), not of one that reacts to it or reports it ("police
		// banned the protest", "the government condemned the strike")
		if s := t.subjectOf(sv); s >= 0 {
			m.srcs = c.actorsOf(s, m.srcs)
		}
	}
	if len(m.srcs) > 0 && len(m.tgts) == 0 && physical(m.r.code.Code) {
		m.tgts = c.victims(n, m.tgts)
	}
	out := m.tgts[:0]
	for _, g := range m.tgts {
		if !containsInt(m.srcs, g) {
			out = append(out, g)
		}
	}
	m.tgts = out
	if len(m.srcs) > 0 && len(m.tgts) == 0 && targetless(m.r.code.Code) && dyad.RootOf(m.r.code.Code) != "09" && !instrument[t.lemma(n)] &&
		c.namesNoTarget(n) && !c.forceVerbOver(n) {
		// "died in Turkish air strikes on Kurdish positions": force
		// against no one named, as a verb's against a thing; a noun
		// naming what force uses is no act ("Indonesian natural gas")
		return treeDone
	}
	if len(m.srcs) == 0 || len(m.tgts) == 0 {
		return treeSkip
	}
	return treeDone
}

// reactVerb are the forms of the verbs whose subject acts on or speaks of
// the act its object names, not taking part in it: "banned the protest",
// "condemned the strike", "covered the march", "repelled the attack".
var reactVerb = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []string{"ban", "prohibit", "outlaw", "forbid", "condemn", "criticise", "denounce",
		"deplore", "decry", "cover", "report", "witness", "watch", "film", "photograph", "investigate",
		"probe", "blame", "disperse", "crush", "suppress", "quell", "repress", "prevent", "oppose",
		"reject", "welcome", "praise", "hail", "mourn", "fear", "predict", "avert", "repel", "repulse",
		"foil", "thwart", "survive", "deny", "confirm"} {
		all, _, _ := verbForms(l, nil)
		for _, f := range all {
			m[f] = true
		}
	}
	return m
}()

// instrument are nouns that verbs of force share a form with but that
// name a thing force may use, not the act: "+gas" and "natural gas".
var instrument = map[string]bool{"gas": true, "fire": true, "mine": true, "arm": true, "shell": true}

// namesNoTarget reports whether the phrases of noun n that may name a
// target (its nmod phrases other than by) name no actor, through the
// parse or through the mentions between them (a parse may attach "in
// northern Iraq" to the noun or elsewhere: the noun's own phrases decide).
func (c *coder) namesNoTarget(n int) bool {
	t := c.tr
	for _, k := range t.kids[n] {
		if t.words[k].Rel == "nmod" && t.caseOf(k) != "by" {
			if locCase[t.caseOf(k)] && c.isPlace(k) {
				continue // "on strike in Belgrade": where
			}
			if len(c.actorsOf(k, nil)) > 0 || !c.thing(k) && !c.isPlace(k) {
				return false
			}
		}
	}
	return true
}

// forceVerbOver reports whether noun n hangs on a verb that a pattern of
// force codes: "soldiers were killed in a Taliban attack" is one event,
// the killing, whose agent the attack names.
func (c *coder) forceVerbOver(n int) bool {
	t := c.tr
	v := t.words[n].Head
	if v < 0 {
		return false
	}
	tok := t.words[v].Token
	for i := range c.ms {
		if o := &c.ms[i]; tok >= o.ts && tok < o.te && physical(o.r.code.Code) {
			return true
		}
	}
	return false
}

// victims returns the actors who undergo a violent event named by noun n
// that is the oblique of their verb: "three soldiers died in Turkish air
// strikes", "civilians were killed in the shelling".
func (c *coder) victims(n int, out []int) []int {
	t := c.tr
	v := t.words[n].Head
	if v < 0 || t.words[n].Rel != "obl" || t.words[v].UPOS != "VERB" {
		return out
	}
	switch t.caseOf(n) {
	case "in", "by", "during", "from":
	default:
		return out
	}
	if s := t.subjectOf(v); s >= 0 {
		out = c.actorsOf(s, out)
	}
	return out
}

// obliqueTargets returns the actors of the verb's oblique that can be a
// target: the phrase of the pattern's last word when it is a preposition
// (on the verb, or on its object: "lifted sanctions on Iran"), else the
// first oblique whose preposition is not one of place or time.
func (c *coder) obliqueTargets(v int, m *match) []int {
	t := c.tr
	want := ""
	if m.r.endsPrep && m.te > 0 {
		want = strings.ToLower(c.word(m.te - 1))
	}
	if venueCase[want] && c.mutual(m) {
		return m.tgts // "met in Tokyo": where they met, not whom
	}
	for _, k := range t.kids[v] {
		r := t.words[k].Rel
		if r != "obl" && r != "obl:arg" && r != "obj" && r != "iobj" {
			continue
		}
		cs := t.caseOf(k)
		if want == "" && locCase[cs] && c.isPlace(k) {
			continue // "met at Camp David"
		}
		if want != "" && cs == want || want == "" && cs != "" && !notTargets[cs] && !t.framework(k) {
			if out := c.actorsOf(k, m.tgts); len(out) > 0 {
				return out
			}
		}
		if r == "obj" && want != "" {
			// the pattern's phrase on the object: "launched missiles at"
			for _, j := range t.kids[k] {
				if t.words[j].Rel == "nmod" && t.caseOf(j) == want {
					if out := c.actorsOf(j, m.tgts); len(out) > 0 {
						return out
					}
				}
			}
		}
	}
	return m.tgts
}

// physical reports whether code is force: assault, fight, mass violence
// (roots 18 to 20).
func physical(code string) bool {
	return len(code) >= 2 && (code[:2] == "18" || code[:2] == "19" || code[:2] == "20")
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// treeResult is what the parse says of a match's roles.
type treeResult int

const (
	treeSkip treeResult = iota // the parse does not decide: word order does
	treeDone                   // roles set from the parse, maybe none
	treeNone                   // the trigger is no event here
)

// wordAtToken returns the first word of token k of the sentence, -1 none.
func (t *ptree) wordAtToken(k int) int {
	if k < t.s || k >= t.e {
		return -1
	}
	return t.wordOf[k-t.s]
}

// treeRoles sets the roles of match k from the parse when the parse gives
// both a source and a target (or several sources of a symmetric event),
// or shows that the trigger is no event (then with no roles). Otherwise
// it leaves the match to the word order rules of roles and reports false:
// word order still codes what the tree does not reach, so that a parse
// error costs no more than the rules it replaces.
func (c *coder) treeRoles(k int) bool {
	m := &c.ms[k]
	res := c.parseRoles(k)
	if res == treeDone && len(m.srcs) > 0 && len(m.tgts) == 0 {
		m.tgts = c.forceAim(m, m.tgts)
	}
	if res == treeDone && len(m.tgts) > 0 {
		// where a meeting or a negotiation is held is no one met, a
		// country no more than a city: "will resume talks on the issue
		// in Luxembourg"
		tg := m.tgts[:0]
		for _, g := range m.tgts {
			if !c.venue(m, g) || !meetingCode(m.r.code.Code) {
				tg = append(tg, g)
			}
		}
		m.tgts = tg
	}
	if res == treeDone && len(m.srcs) == 0 && len(m.tgts) == 0 && c.dissentNoun(m) {
		return true // "protests erupted in Tehran": coded with the doer its noun names
	}
	if res == treeDone && m.noDoer && len(m.srcs) == 0 && len(m.tgts) > 0 {
		return true // force done by no one named: coded with the source "---"
	}
	if res == treeDone && len(m.srcs) == 0 && c.reducedRelative(m) {
		// "a mob lynched a man accused of theft": a participle describing
		// a noun, with no by-agent, names no doer; the subject of the
		// clause it sits in is not its doer, as word order would take it
		m.tgts = m.tgts[:0]
		return true
	}
	done := res == treeDone && (len(m.srcs) > 0 && len(m.tgts) > 0 || len(m.srcs) >= 2 && c.mutual(m) ||
		len(m.srcs) > 0 && !m.r.lexicon && (!m.r.endsPrep || c.byLast(m) || ownTargetless[m.r.code.Code] || (physical(m.r.code.Code) || dyad.RootOf(m.r.code.Code) == "14" || yieldTargetless[m.r.code.Code]) && c.thingAfterPrep(m) || yieldTargetless[m.r.code.Code] && c.particleEnd(m)) && !m.r.hasSlot && targetless(m.r.code.Code) && dyad.RootOf(m.r.code.Code) != "09" && (m.r.code.Code != "1712" && !c.hasObject(m) || m.r.code.Code == "1712" && (c.armed(m.srcs) || c.riot(m.r.code.Code, m.srcs))) && !c.threatNamed(m))
	if res == treeDone && len(m.tgts) == 0 && !done && m.r.endsPrep && !targetless(m.r.code.Code) && strings.EqualFold(c.word(m.te-1), "with") {
		if n := c.phraseAfter(m); n >= 0 && len(c.actorsOf(n, nil)) == 0 && !c.actorInside(n) {
			// "pursuing negotiations with creditor banks", "reached
			// agreement with commercial banks": the one the pattern's
			// preposition names is there and no actor; word order must not
			// take another actor of the sentence in its place
			done = false
			res = treeNone
		}
	}
	if res == treeDone && c.toldAudience(m) {
		done = false
		res = treeNone // "told a congress of young communists": an audience, no one told
	}
	if res == treeNone || !done && (m.r.lexicon || res == treeDone && c.addresseeNamed(m)) {
		m.srcs, m.tgts = m.srcs[:0], m.tgts[:0]
		return true // no event; a verb of the lexicon only with the parse's roles
	}
	return done
}

// comingVerb reports whether word v is a verb in no past tense: not a
// simple past (VBD), nor a participle with "have" ("has agreed") or in a
// passive with a past auxiliary ("was signed"). A noun is none: "a
// meeting" may be dated by a phrase of another act.
func (t *ptree) comingVerb(v int) bool {
	if v < 0 || t.words[v].UPOS != "VERB" {
		return false
	}
	switch t.words[v].XPOS {
	case "VBD":
		return false
	case "VBN":
		for _, k := range t.kids[v] {
			if r := t.words[k].Rel; r == "aux" || r == "aux:pass" {
				switch strings.ToLower(t.words[k].Text) {
				case "has", "have", "had", "was", "were", "'ve", "'d":
					return false
				}
			}
		}
	}
	return true
}

// reducedRelative reports whether the verb of match m is a past
// participle in a reduced relative clause, passive and with no by-agent:
// "a man accused of theft", "the goods seized last week".
func (c *coder) reducedRelative(m *match) bool {
	t := c.tr
	v := t.headWord(m.ts, m.te)
	if v < 0 {
		return false
	}
	w := &t.words[v]
	if w.Rel != "acl" || w.XPOS != "VBN" || !t.passive(v) || t.child(v, "obl:agent", "nsubj", "nsubj:pass") >= 0 || t.sharedAgent(v) >= 0 {
		return false
	}
	// the sentence has its verb elsewhere; where its root is no verb the
	// parse is broken, and the participle may be that verb ("the group of
	// ministers met with the president", with "palace" for root)
	for i := range t.words {
		if t.words[i].Head == -1 {
			return t.words[i].UPOS == "VERB" || t.words[i].UPOS == "AUX" || t.child(i, "cop") >= 0
		}
	}
	return false
}

// actorInside reports whether a word of noun n's phrase, at any depth
// outside its clauses, is an actor's.
func (c *coder) actorInside(n int) bool {
	t := c.tr
	for _, k := range t.kids[n] {
		if r := t.words[k].Rel; r == "acl" || r == "acl:relcl" {
			continue
		}
		if c.groupAt(k) >= 0 || c.actorInside(k) {
			return true
		}
	}
	return false
}

// armed reports whether every group of srcs is an armed force, police,
// rebels or protesters (by their agent code; a crowd is too, see riot):
// their destruction of
// property ("militants set fire to a school", "rioters torched cars") is
// an event with no one named as its target, where a shipbreaker's
// demolishing vessels is trade.
func (c *coder) armed(srcs []int) bool {
	for _, g := range srcs {
		cd := c.groups[g].code
		if len(cd) < 6 || !armedAgents[cd[len(cd)-3:]] {
			return false
		}
	}
	return len(srcs) > 0
}

var armedAgents = map[string]bool{"MIL": true, "COP": true, "REB": true, "UAF": true, "INS": true, "OPP": true, "RAD": true, "SEP": true}

// threatNamed reports whether match m is a threat (13), or a show of force
// (150), with an actor after it in the sentence: whom "threatened to attack
// Iraq's oil terminals" threatens is the attack's object, which the
// threat's own verb does not hold, and "test-fired missiles near Israel"
// shows force to Israel: word order looks for it.
func (c *coder) threatNamed(m *match) bool {
	return (dyad.RootOf(m.r.code.Code) == "13" || m.r.code.Code == "150") && c.actorBefore(m.ts+1, c.tr.e)
}

// inClause reports whether actor group g, a target word order found for
// match m, is in the clause of m's verb: the parse shows it is not when
// the path from the actor up to the verb enters another clause first.
// Clauses of their own are those that say when, why or on what condition
// ("after Turkey agreed", "because Japan failed to keep an agreement"),
// those beside the verb's or above it ("..., the foreign ministry said"),
// another verb coordinated with it ("requested membership, receiving a
// reply from Brussels"), an infinitive describing a noun ("an agreement
// to supply Venezuelan crude"), and what a verb of saying reports ("told
// the committee the United States is pressing"). A verb's complement
// (xcomp: "threatened to impose sanctions on Germany", an infinitive of
// purpose the parse hung on the verb, a that-clause of an accusation or
// demand) and a clause describing a noun of its phrase ("crimes committed
// by Croatian forces") belong to the verb's event, and so does the noun a
// clause describes ("the station, which was raided by police"). An object shared by
// coordinated verbs ("arrested and beat six members") is each verb's.
func (c *coder) inClause(g int, m *match) bool {
	t := c.tr
	v := t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" {
		return true
	}
	// the noun a clause of v's describes: "the station, which was raided
	// by police", "rebels backed by Moscow"
	described := -1
	if r := t.words[v].Rel; r == "acl" || r == "acl:relcl" {
		described = t.words[v].Head
	}
	w := t.wordAtToken(c.groups[g].ts)
	last := strings.ToLower(c.word(m.te - 1))
	prev := "" // the relation by which the path came up to w
	// a passive with no subject of its own is a parse slip whose subject
	// is in the clause above: "The civilians imprisoned for ... were
	// released by Putin" read with "imprisoned" as the main verb
	orphan := t.passive(v) && t.child(v, "nsubj:pass") < 0
	// the verb a clause of means hangs on is the act's own: "Morocco
	// retaliated by expelling four diplomats" (byMeans)
	means := -1
	if h := t.words[v].Head; h >= 0 && t.words[v].Rel == "advcl" && t.byMeans(v, h) {
		means = h
	}
	for range len(t.words) {
		if w < 0 || w == v || w == described || w == means {
			return true
		}
		inMatch := t.words[w].Token >= m.ts && t.words[w].Token < m.te
		if !inMatch && (t.comparedOrCaused(w) || t.framework(w)) {
			return false // "less than West German yards", "unlike Greece"
		}
		// the clause after a pattern ending in "that" is its complement,
		// however the parse hung it ("charged that ... have disrupted")
		thatClause := last == "that" && t.words[w].Token >= m.te
		switch t.words[w].Rel {
		case "ccomp":
			if !inMatch && last != "that" && (m.r.speech || strings.HasPrefix(m.r.code.Code, "01")) {
				return false
			}
		case "advcl":
			if !t.infinitive(w) {
				return false
			}
		case "acl":
			if t.infinitive(w) {
				return false
			}
		case "conj":
			if t.words[w].UPOS == "VERB" && !thatClause && (t.words[w].Head != v || t.child(v, "obj") >= 0 || prev != "obj" || t.child(w, "nsubj") >= 0) {
				return false // "Japan agreed to ... and the United States agreed to": its own subject
			}
			if t.afterClauseComma(w) {
				return false // "London, which threatened to retaliate, and Washington": London's conjunct
			}
		case "parataxis", "csubj", "root":
			if !thatClause && !orphan {
				return false
			}
		}
		prev = t.words[w].Rel
		w = t.words[w].Head
	}
	return true
}

// afterClauseComma reports whether word w, a noun the parse coordinates
// with a verb of a relative clause, follows ", and" (or ", or"): nouns are
// not coordinated with verbs, and a noun after the comma that closes a
// relative clause is the
// conjunct of the clause's antecedent ("both London, which has threatened
// to retaliate, and Washington"), not a phrase of the clause's verb.
func (t *ptree) afterClauseComma(w int) bool {
	if u := t.words[w].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	h := t.words[w].Head
	if h < 0 || t.words[h].UPOS != "VERB" {
		return false
	}
	cc := t.child(w, "cc")
	if cc <= 0 || t.words[cc-1].Text != "," {
		return false
	}
	for k := h; k >= 0; k = t.words[k].Head {
		switch t.words[k].Rel {
		case "acl:relcl":
			return true
		case "xcomp", "conj":
		default:
			return false
		}
	}
	return false
}

// ruleWords are the nouns of a phrase of "under" that names the rules an
// act follows: "under GATT rules", "under the farm act".
var ruleWords = map[string]bool{
	"rules": true, "rule": true, "law": true, "laws": true, "act": true, "program": true,
	"programme": true, "scheme": true, "system": true, "provisions": true, "article": true,
	"section": true, "clause": true, "auspices": true, "regulations": true, "legislation": true,
	"constitution": true, "framework": true, "guidelines": true, "statute": true, "umbrella": true,
}

// framework reports whether the phrase headed by word w is one of "under"
// that names the rules or programme an act follows, or a body's name
// standing for its rules ("consider measures under GATT rules", "under the
// General Agreement on Tariffs and Trade", "under the auspices of the UN"),
// not whom the act is done to; an accord's partner ("under an
// accord with Egypt") still is.
func (t *ptree) framework(w int) bool {
	if t.caseOf(w) != "under" || !ruleWords[strings.ToLower(t.words[w].Text)] && t.words[w].UPOS != "PROPN" {
		return false
	}
	for _, k := range t.kids[w] {
		if t.words[k].Rel == "nmod" && t.caseOf(k) == "with" {
			return false // "under an agreement with Egypt": the accord's partner
		}
	}
	return true
}

// comparedWith are the words that make a phrase what something is
// compared with, or done despite or because of: never whom it is done to.
var comparedWith = map[string]bool{
	"than": true, "unlike": true, "despite": true, "because": true, "due": true, "owing": true,
	"according": true, "instead": true, "rather": true, "except": true, "regardless": true,
}

// comparedOrCaused reports whether the phrase headed by word w is one of
// comparison or cause: a word of comparedWith before w marks it, as its
// case, or fixed to an adverb of degree ("less than", "rather than").
func (t *ptree) comparedOrCaused(w int) bool {
	for _, k := range t.kids[w] {
		if k > w {
			break
		}
		switch t.words[k].Rel {
		case "case", "mark":
			if comparedWith[strings.ToLower(t.words[k].Text)] {
				return true
			}
		case "advmod":
			for _, f := range t.kids[k] {
				if t.words[f].Rel == "fixed" && comparedWith[strings.ToLower(t.words[f].Text)] {
					return true
				}
			}
		}
	}
	return false
}

// meetingCode reports whether code is a meeting, a negotiation or their
// end (040, 041, 043, 045, 046, 164): what is held somewhere, with whom
// is said apart from where.
func meetingCode(code string) bool {
	switch code[:min(3, len(code))] {
	case "040", "041", "043", "045", "046", "164":
		return true
	}
	return false
}

// visitCode reports whether code is a visit, a hosting or a meeting at a
// place (042, 043, 044), whose place is whom it concerns.
func visitCode(code string) bool {
	return code == "042" || code == "043" || code == "044"
}

// selfEvent reports whether cooperation or speech between groups sg and tg
// is a country with itself, the country's side named only by a modifier
// or a place: "Baldrige leaves on a trip to help spur U.S. trade" is no
// USAGOV aid to the USA, "the government added the debt onto the British
// Gas balance sheet" no British yielding to Britain. Where the country is
// an argument itself ("Turkey will allow Turkish Kurd refugees to
// return") the event stands; so does conflict within a country ("police
// arrested protesters in Kenya").
func (c *coder) selfEvent(sg, tg int) bool {
	if c.tr == nil || tg < 0 {
		return false
	}
	src, tgt := c.groups[sg].code, c.groups[tg].code
	if len(src) < 3 || len(tgt) < 3 || src[:3] != tgt[:3] || src[:3] == "---" || src[:3] == "IGO" {
		return false
	}
	bare := -1
	switch {
	case len(src) == 3:
		bare = sg
	case len(tgt) == 3:
		bare = tg
	default:
		return false
	}
	if c.groups[bare].place {
		return true
	}
	if w := c.groupHead(bare); w >= 0 {
		switch c.tr.words[w].Rel {
		case "amod", "compound", "nmod:poss", "nmod":
			return true
		}
	}
	return false
}

// groupHead returns the head word of actor group g's name in the parse:
// the word of it whose head lies outside it; -1 when none.
func (c *coder) groupHead(g int) int {
	t, gr := c.tr, c.groups[g]
	for k := gr.ts; k < gr.te; k++ {
		w := t.wordAtToken(k)
		if w < 0 {
			continue
		}
		if h := t.words[w].Head; h < 0 || t.words[h].Token < gr.ts || t.words[h].Token >= gr.te {
			return w
		}
	}
	return -1
}

// placeName reports whether actor group g is a place named as a modifier
// of a noun: "the Paris accord", "the Tokyo talks" say where, not who.
// venuePhrase reports whether the parse puts group g, a place, in a
// phrase of where ("in Paris", "at Geneva") that match m's pattern does
// not end with, of the match's verb or of a gathering in its phrase: where
// the act was done, which word order must not take for whom ("six nations
// pledged in Paris to stabilise currencies", "pressed for quotas at a
// meeting of producers in London"). A place that says where another noun
// is stays ("condemned the strike in Paris").
func (c *coder) venuePhrase(g int, m *match) bool {
	t := c.tr
	w := c.groupHead(g)
	v := t.headWord(m.ts, m.te)
	if w < 0 || v < 0 || !c.isPlace(w) {
		return false
	}
	cs := t.caseOf(w)
	if !venueCase[cs] || m.r.endsPrep && strings.EqualFold(c.word(m.te-1), cs) {
		return false
	}
	for h, n := t.words[w].Head, 0; h >= 0 && n < 4; h, n = t.words[h].Head, n+1 {
		if h == v {
			return n == 0 // the verb's own phrase of where
		}
		if audienceNouns[t.lemma(h)] || meetingWords[strings.ToLower(t.words[h].Text)] {
			return t.inPhrase(h, v)
		}
	}
	return false
}

// inPhrase reports whether word w lies in the phrase of word v.
func (t *ptree) inPhrase(w, v int) bool {
	for n := 0; w >= 0 && n < len(t.words); n++ {
		if w == v {
			return true
		}
		w = t.words[w].Head
	}
	return false
}

func (c *coder) placeName(g int) bool {
	w := c.groupHead(g)
	return w >= 0 && c.tr.words[w].Rel == "compound" && c.isPlace(w)
}

// addresseeNamed reports whether the parse gives match m's verb of telling
// (tell, inform, brief, assure, ...) an addressee that is no actor: "X
// told Reuters that ...", "told a parliamentary session", "told him".
// Then no one else in the sentence is the one told, and word order must
// not pick a target from what was said.
func (c *coder) addresseeNamed(m *match) bool {
	if m.slot >= 0 || m.r.endsPrep {
		return false
	}
	t := c.tr
	v, o := c.toldObject(m)
	if o < 0 || t.passive(v) || t.caseOf(o) != "" {
		return false
	}
	if tk := t.words[o].Token; tk >= m.ts && tk < m.te {
		return false
	}
	return c.actorOf(o) < 0
}

// toldObject returns the verb of telling of match m and its object (the
// indirect one first), or -1s.
func (c *coder) toldObject(m *match) (v, o int) {
	t := c.tr
	if m.nominal {
		return -1, -1
	}
	v = t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" || !addressee[t.lemma(v)] {
		return -1, -1
	}
	return v, t.child(v, "iobj", "obj")
}

// toldAudience reports whether the object of match m's verb of telling is
// an audience, whoever is in it: "told a U.S.-USSR business meeting", "told
// a congress of the Union of Young Communists".
func (c *coder) toldAudience(m *match) bool {
	t := c.tr
	_, o := c.toldObject(m)
	if o < 0 || c.groupAt(o) >= 0 {
		return false
	}
	w := t.words[o].Text
	return audienceNouns[t.lemma(o)] && w != "" && w[0] >= 'a' && w[0] <= 'z' // not "the National Assembly"
}

// audienceNouns name gatherings spoken to.
var audienceNouns = map[string]bool{
	"meeting": true, "conference": true, "session": true, "symposium": true,
	"seminar": true, "gathering": true, "forum": true, "convention": true, "rally": true,
	"audience": true, "hearing": true, "luncheon": true, "dinner": true, "assembly": true,
	"crowd": true, "workshop": true, "briefing": true, "summit": true,
}

// addressee are the lemmas of verbs whose object is the one spoken to.
var addressee = map[string]bool{
	"tell": true, "inform": true, "brief": true, "assure": true, "remind": true, "notify": true,
	"warn": true, "address": true,
}

// byLast reports whether match m's pattern ends in "by", which names the
// source ("a strike by Brazilian seamen"), not a target.
func (c *coder) byLast(m *match) bool {
	return m.te > m.ts && strings.EqualFold(c.word(m.te-1), "by")
}

// thingAfterPrep reports whether the preposition that ends match m's
// pattern heads, in the parse, an oblique of its verb that names no
// actor: "opened fire on a bus" names what was hit, and no one the coder
// knows. (Only force reads it so: "marched through the city" says where,
// and a protest's target may come later, "in a protest against the EC".)
// particleEnd reports whether the last word of match m, a preposition of
// its pattern, is the particle of its verb (compound:prt or advmod in the
// parse) that opens no phrase: "the government gave in", "caved in".
// Such a yielding names no one it yields to.
func (c *coder) particleEnd(m *match) bool {
	t := c.tr
	if t == nil || m.te <= m.ts {
		return false
	}
	w := t.wordAtToken(m.te - 1)
	if w < 0 {
		return false
	}
	r := t.words[w].Rel
	return (r == "compound:prt" || r == "advmod") && len(t.kids[w]) == 0
}

func (c *coder) thingAfterPrep(m *match) bool {
	t := c.tr
	v := t.headWord(m.ts, m.te)
	if v < 0 || m.te <= m.ts {
		return false
	}
	want := strings.ToLower(c.word(m.te - 1))
	noun := t.words[v].UPOS == "NOUN" // "air strikes on Kurdish positions"
	for _, k := range t.kids[v] {
		if r := t.words[k].Rel; (r == "obl" || r == "obl:arg" || noun && r == "nmod") && t.caseOf(k) == want {
			return len(c.actorsOf(k, nil)) == 0
		}
	}
	// the phrase on the object: "carried out two grenade attacks in
	// Berg and Pulwama districts"
	for _, k := range t.kids[v] {
		if t.words[k].Rel != "obj" {
			continue
		}
		for _, j := range t.kids[k] {
			if t.words[j].Rel == "nmod" && t.caseOf(j) == want {
				return len(c.actorsOf(j, nil)) == 0
			}
		}
	}
	return false
}

// hasObject reports whether the parse gives match m's verb a direct or
// indirect object outside the match that is or may be an actor: "attack
// it", "targeting the rebels' leader" name their target where word order
// may find it; "attacked on Monday", "staged a sit-in" (the object is the
// pattern's own word) and, for force, "attacked a church" (a thing) name
// none. A protest's object is no thing protested: "demonstrated its
// ability" is no protest.
func (c *coder) hasObject(m *match) bool {
	t := c.tr
	v := t.headWord(m.ts, m.te)
	if v < 0 {
		return false
	}
	for _, k := range t.kids[v] {
		if r := t.words[k].Rel; (r == "obj" || r == "iobj") && !notTargets[t.caseOf(k)] {
			// an "object" with a preposition is an oblique the parse
			// mislabelled ("fighting alongside U.S. troops"), no object;
			// a riot's object may be a thing, as force's: "rioters looted shops" (145)
			if tok := t.words[k].Token; (tok < m.ts || tok >= m.te) && !((physical(m.r.code.Code) || strings.HasPrefix(m.r.code.Code, "145")) && c.thing(k)) &&
				!(dyad.RootOf(m.r.code.Code) == "15" && t.forceNoun(k)) {
				return true
			}
		}
	}
	return false
}

// forceNouns are the forces a state mobilises, deploys or puts on alert
// (15): as the object of such a verb they are its own, no one acted on
// ("Armenia mobilised its reservists"); "IBM deployed the new software"
// mobilises nothing.
var forceNouns = map[string]bool{
	"troops": true, "troop": true, "soldiers": true, "soldier": true, "forces": true, "force": true,
	"army": true, "armies": true, "reservists": true, "reservist": true, "reserves": true,
	"reinforcements": true, "units": true, "unit": true, "battalions": true, "battalion": true,
	"brigades": true, "brigade": true, "divisions": true, "division": true, "police": true,
	"policemen": true, "officers": true, "gendarmes": true, "warships": true, "warship": true,
	"tanks": true, "tank": true, "jets": true, "bombers": true, "warplanes": true, "missiles": true,
	"marines": true, "navy": true, "militia": true, "militias": true, "paratroopers": true,
	"personnel": true, "guards": true, "guardsmen": true, "commandos": true, "contingent": true,
	"helicopters": true, "helicopter": true, "aircraft": true, "drones": true, "drone": true,
	"ships": true, "vessels": true, "submarines": true, "submarine": true, "carrier": true,
	"carriers": true, "artillery": true, "vehicles": true, "batteries": true, "fleet": true,
	"squadron": true, "squadrons": true, "fighters": true, "boats": true,
	// the lemmas of the plurals
	"reinforcement": true, "reserve": true, "policeman": true, "officer": true, "gendarme": true,
	"jet": true, "bomber": true, "warplane": true, "missile": true, "marine": true, "paratrooper": true,
	"guard": true, "guardsman": true, "commando": true, "ship": true, "vessel": true, "vehicle": true,
	"battery": true, "fighter": true, "boat": true,
}

// thing reports whether word w is a common noun whose phrase names no
// actor: "attacked a church", "stormed the Pakistan Stock Exchange
// building" hit something and no one the coder knows.
func (c *coder) thing(w int) bool {
	t := c.tr
	if t.words[w].UPOS != "NOUN" {
		return false
	}
	var named func(w, depth int) bool
	named = func(w, depth int) bool {
		if c.actorOf(w) >= 0 || depth > 8 {
			return true
		}
		for _, k := range t.kids[w] {
			if named(k, depth+1) {
				return true
			}
		}
		return false
	}
	return !named(w, 0)
}

// oneSided reports whether match m, whose sources srcs the parse gave as the
// subject of its verb (m.subj) and whose target neither the parse nor word
// order found, is an act of its source with no one named as its target,
// as the codebook has such acts: "China appealed for calm" (0256),
// "Israel rejected the proposal" (127), "Germany pledged aid" (033),
// "the Fed opposed the legislation" (110). Only a rule of dyad's own
// codes so (the lexicon's verbs need the parse's roles), of a kind whose
// target may go unnamed (aloneCode), where no phrase of the verb names an
// actor (then the parse missed whom the act is aimed at: "welcomed
// proposals announced by Japan's ruling party", "imposed the sanctions,
// saying Tokyo had failed"), and where the source is no company: a firm
// that agrees to buy or declines to comment does no act of the codebook.
func (c *coder) oneSided(m *match, srcs []int) bool {
	if m.r.lexicon || m.r.hasSlot || !aloneCode(m.r.code.Code) {
		return false
	}
	for _, g := range srcs {
		if cd := c.groups[g].code; len(cd) >= 6 && strings.Contains(cd[3:], "BUS") || m.pron && c.groups[g].nat {
			// a company; or a demonym a pronoun took for the speaker, of
			// whom it was a word: "American Motors said it broke off
			// talks", "Dutch steel concern Hoogovens said it had reached
			// agreement"
			return false
		}
	}
	t := c.tr
	if t == nil || m.verb < 0 || m.verb >= len(t.words) {
		return false
	}
	if r := dyad.RootOf(m.r.code.Code); (r == "02" || r == "10") && m.te-m.ts == 1 && t.child(m.verb, "obj", "xcomp", "ccomp", "obl") < 0 {
		return false // an appeal or a demand names what it asks: "Sassou-Nguesso asked." asks a question
	}
	for _, k := range t.kids[m.verb] {
		switch t.words[k].Rel {
		case "obj", "iobj", "obl", "xcomp", "ccomp", "advcl":
			if c.actorUnder(k) {
				return false
			}
		}
	}
	return true
}

// bareParticiple reports whether word v is a past participle (VBN) with no
// auxiliary of its own or of the verb it is coordinated with: no finite
// verb, but a participle describing the noun the parse made its subject
// ("French officials accused of fraud fled": the officials were accused).
func (c *coder) bareParticiple(v int) bool {
	t := c.tr
	if t.words[v].XPOS != "VBN" {
		return false
	}
	if t.child(v, "aux", "aux:pass") >= 0 {
		return false
	}
	h := t.words[v].Head
	return t.words[v].Rel != "conj" || h < 0 || t.child(h, "aux", "aux:pass") < 0
}

// actorUnder reports whether a word of the subtree of word n is an actor's.
func (c *coder) actorUnder(n int) bool {
	if c.groupAt(n) >= 0 {
		return true
	}
	for _, k := range c.tr.kids[n] {
		if c.actorUnder(k) {
			return true
		}
	}
	return false
}

// aloneCode reports whether an act of code may be its source's alone, with
// no target named: appeals (02: whom one appeals to is often no one
// named), intents (03), diplomatic cooperation (05: welcoming, endorsing,
// signing), cooperation (06), aid (07), yielding (08), demands (10),
// disapproval (11: criticising or opposing a policy), rejection (12),
// reduced relations (16: sanctions imposed) and coercion (17: arrests).
// Not statements (01: every verb of saying), consultation (04: a meeting
// needs the one met) or the bare return or release (084: "investment is
// returning" is no release; 0841 and 0842 name persons and property), nor
// the kinds the rules already code so (targetless).
func aloneCode(code string) bool {
	switch dyad.RootOf(code) {
	case "02", "03", "05", "06", "07", "08", "10", "11", "12", "16", "17":
		return code != "084"
	}
	return false
}

// forceNoun reports whether word k names forces (forceNouns), itself or
// as the noun a number word counts: "thousands of reservists", "tens of
// thousands of troops".
func (t *ptree) forceNoun(k int) bool {
	for range 3 {
		if k < 0 || forceNouns[t.lemma(k)] {
			return k >= 0
		}
		switch strings.ToLower(t.words[k].Text) {
		case "thousands", "hundreds", "tens", "dozens", "scores":
			k = t.child(k, "nmod")
		default:
			return false
		}
	}
	return false
}

// targetless reports whether an event of code may name no target: a
// protest (14), force (18-20), a ceasefire declared (0871: "the rebels
// declared a unilateral ceasefire", with no one named to keep it), and acts
// a state does on its own forces or ground, whom the codebook names no one
// for: de-escalation (087-0873: "Russia withdrew its troops"; not 0874,
// since rates "retreat" too), a curfew or a state of emergency imposed or
// lifted and rallies banned (1723, 1724, 0813, 0814, 1721: "Ethiopia
// lifted the state of emergency"), forces or police shown, put on alert,
// deployed or called up (150-154: "Turkey put its army on high alert",
// "Kenya deployed riot police in Nairobi", "China staged drills"), and
// threats of a kind (13 but 130: "the rebels threatened to attack the
// capital", "the junta threatened to impose a curfew", "Yeutter threatened
// trade retaliation if the tax is approved"), which name whom as rarely as
// the acts do; a bare threat or warning (130) and an ultimatum (139) name
// whom. Their phrase of place
// names where, not whom ("withdrew its troops from Kherson"). Not persons
// freed (0841): "release" of data and of hostages sought are nouns too.
func targetless(code string) bool {
	return dyad.RootOf(code) == "14" || physical(code) || ownTargetless[code] || yieldTargetless[code] || refuseTargetless[code]
}

// ownTargetless are codes whose act may name no one it is done to; an
// investigation (09x) among them only where word order finds no one either
// and the match names it ("launched an investigation into the shooting",
// see probeWord): the parse decides no such match alone.
var ownTargetless = map[string]bool{"0871": true, "087": true, "0872": true, "0873": true,
	"0813": true, "0814": true, "1721": true, "1723": true, "1724": true, "150": true, "151": true, "152": true, "153": true, "154": true,
	"1712": true, "090": true, "091": true, "092": true, "093": true, "094": true,
	"131": true, "1311": true, "1312": true, "1313": true, "132": true, "1321": true, "1322": true,
	"1323": true, "1324": true, "133": true, "134": true, "135": true, "136": true, "137": true,
	"138": true, "1381": true, "1382": true, "1383": true, "1384": true, "1385": true}

// yieldTargetless are the codes of yielding whose demanders the news
// seldom names: yielding (080: "bowed to international pressure"), a
// leader's resignation (0831), a policy or law withdrawn (0832),
// institutional reform agreed to (0834), censorship eased (0811), dissent
// called off (082: "called off their protests"), a military retreat
// (0874: "troops retreated from Mosul"; "rates retreated" matches no
// pattern), a crossing opened for aid (0863), prisoners freed (0841: "freed
// 20 political prisoners", of no country named) and inspectors or
// peacekeepers accepted (0861, 0862) from no one named. As for force, a pattern
// ending in a preposition names no one only when its phrase names no
// actor: "bowed to pressure from the United States" yields to the US.
var yieldTargetless = map[string]bool{"080": true, "0831": true, "0832": true, "0834": true,
	"0811": true, "082": true, "0874": true, "0863": true, "0841": true, "0861": true, "0862": true}

// refuseTargetless are the refusals of those yieldings (CAMEO 123-124: decline
// to yield, to step down, to change a policy or the institutions, to end
// dissent): refused to no one named as the yielding would be granted to no
// one named ("President Bashir refused to resign": 1231), as the negated
// yielding already is ("would not resign"). Not a release refused (1243):
// "refused to release details" is of data as often as of persons.
var refuseTargetless = map[string]bool{"123": true, "124": true, "1231": true, "1232": true,
	"1234": true, "1242": true}

// treeMood reads negation and modality of match k's verb from the parse,
// beyond the words right before it that mood reads: "not" or "never"
// anywhere on the verb, a modal auxiliary (may, might, could, would,
// should), a condition ("if", "unless"), and the verb it is the
// infinitive of: "failed to persuade", "refused to meet" are not done;
// "plans to visit", "threatened to attack" not yet. Up to three verbs up.
func (c *coder) treeMood(k int) (neg, hyp bool) {
	t := c.tr
	m := &c.ms[k]
	if t == nil {
		return false, false
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 {
		return false, false
	}
	if t.words[v].UPOS == "NOUN" {
		return c.nounMood(v)
	}
	if m.nominal || t.words[v].UPOS != "VERB" {
		return false, false
	}
	return t.verbMood(v)
}

// nounMood reads negation and modality of a noun naming an event from an
// adjective of possibility on it ("possible sanctions") and from the words
// that govern it: a noun of intent it is the matter of ("plans
// for talks", "the threat of sanctions", "an offer of aid"); a verb of
// intent it is the object of ("threatened sanctions", "called for talks",
// "failed to reach an agreement"), as such verbs take infinitives; and
// the mood of a verb that says the noun is done, read as treeMood reads a
// verb ("may launch an attack", "talks will be held"). Another verb's
// mood is its own: "did not mention the sanctions", "would retaliate for
// the attacks" say nothing of whether the sanctions or attacks were.
func (c *coder) nounMood(n int) (neg, hyp bool) {
	t := c.tr
	for _, k := range t.kids[n] {
		if t.words[k].Rel == "amod" && possibleAdj[strings.ToLower(t.words[k].Text)] {
			return false, true // "possible sanctions", "the proposed tax", "a planned visit"
		}
		if t.words[k].Rel == "det" && strings.EqualFold(t.words[k].Text, "any") {
			return false, true // "any Iranian attack on Soviet ships will bring a response"
		}
	}
	for range 2 {
		h := t.words[n].Head
		if h < 0 {
			return false, false
		}
		switch t.words[n].Rel {
		case "nmod":
			return false, t.words[h].UPOS == "NOUN" && intentNoun[t.lemma(h)]
		case "obj", "nsubj:pass", "obl":
			if t.words[h].UPOS != "VERB" {
				return false, false
			}
			if t.words[n].Rel == "obl" {
				if t.caseOf(n) != "for" {
					return false, false
				}
				return intentVerb(t.lemma(h)) // "called for talks"
			}
			if c.supportVerb(h) {
				return t.verbMood(h)
			}
			if l := t.lemma(h); t.words[n].Rel == "obj" && !nameVerb[l] {
				return intentVerb(l)
			}
			return false, false
		case "nsubj":
			if t.words[h].UPOS == "VERB" && occurVerb[t.lemma(h)] {
				return t.verbMood(h) // "the talks could resume next month"
			}
			return false, false
		case "compound", "conj":
			n = h // "peace talks", "talks and an accord"
			continue
		}
		return false, false
	}
	return false, false
}

// occurVerb are verbs whose subject, a noun of an event, is what they say
// happens: "talks could resume", "the strike will begin" are to come as
// the verb is. Other verbs say what the event did ("the attack could lead
// to war"), which is no mood of the event.
// statistic reports whether noun n, a flow of trade or aid, is the subject
// of a figure: of a verb of quantity ("aid to Bolivia will rise to 91 mln
// marks", "exports totalled") or of a copula whose predicate is a number
// ("exports to the EC were 21.60 billion marks"). The figure measures the
// flow over a period; it reports no act.
func (t *ptree) statistic(n int) bool {
	h := t.words[n].Head
	if h < 0 || t.words[n].Rel != "nsubj" {
		return false
	}
	if t.words[h].UPOS == "VERB" && quantityVerb[t.lemma(h)] {
		return true
	}
	return t.child(h, "cop") >= 0 && (t.words[h].UPOS == "NUM" || t.child(h, "nummod") >= 0)
}

// quantityVerb are verbs that give or change a figure.
var quantityVerb = map[string]bool{
	"rise": true, "fall": true, "total": true, "reach": true, "drop": true, "increase": true,
	"decline": true, "grow": true, "climb": true, "jump": true, "slip": true, "amount": true,
	"stand": true, "double": true, "triple": true, "surge": true, "plunge": true, "dip": true,
	"decrease": true, "ease": true, "soar": true, "slump": true, "fell": true, "rose": true,
}

var occurVerb = map[string]bool{
	"resume": true, "start": true, "begin": true, "open": true, "happen": true, "occur": true,
	"restart": true, "recommence": true,
}

// possibleAdj are adjectives that make the event a noun names possible,
// not done.
var possibleAdj = map[string]bool{
	"possible": true, "potential": true, "proposed": true, "planned": true,
	"expected": true, "likely": true, "prospective": true, "future": true, "hypothetical": true,
	"eventual": true, "intended": true, "contemplated": true, "impending": true,
}

// intentNoun are the lemmas of nouns whose matter is not done: "plans for
// talks", "the threat of sanctions".
var intentNoun = map[string]bool{
	"plan": true, "threat": true, "proposal": true, "offer": true, "call": true, "demand": true,
	"request": true, "bid": true, "attempt": true, "hope": true, "promise": true, "pledge": true,
	"possibility": true, "prospect": true, "risk": true, "fear": true, "idea": true, "option": true,
	"intention": true, "willingness": true, "readiness": true,
	// what is prepared or made possible is still to come: "paved the way
	// for talks", "preparations for an attack", "the chance of a deal"
	"way": true, "preparation": true, "groundwork": true, "precondition": true, "chance": true,
}

// doneNoun are nouns whose infinitive usually reports the act itself:
// "Reagan's decision to impose tariffs", "the move to expel".
var doneNoun = map[string]bool{"decision": true, "move": true, "step": true, "vote": true, "action": true}

// ordinal reports whether noun n is counted in an order ("the first
// country to recognize", "the only state to vote against"): its
// infinitive is done.
func (t *ptree) ordinal(n int) bool {
	for _, k := range t.kids[n] {
		switch strings.ToLower(t.words[k].Text) {
		case "first", "last", "only", "second", "third", "latest", "next":
			return true
		}
	}
	return false
}

// nameVerb are verbs of intent whose object is no plan: "called the
// charges false", "considered the meeting a success".
var nameVerb = map[string]bool{"call": true, "consider": true, "expect": true}

// intentVerb says what a governing verb makes of what it governs, its
// infinitive or its object: "failed to persuade" is not done ("neg"),
// "plans to visit", "threatened sanctions", "urged talks" not yet ("hyp").
func intentVerb(lemma string) (neg, hyp bool) {
	switch lemma {
	case "fail", "refuse", "decline",
		// "had been unable to resolve the claims", "are unwilling to
		// provide new credits"
		"unable", "unwilling":
		return true, false
	case "plan", "intend", "threaten", "hope", "want", "seek", "expect", "consider", "aim",
		"propose", "prepare", "try", "attempt", "wish", "vow", "pledge", "promise",
		// what someone is urged, asked or pressed to do is not done yet
		"urge", "ask", "call", "press", "persuade", "push", "demand", "require", "order",
		// what is recommended or weighed is not done yet: "recommending
		// trade sanctions against Japan", "weighing sanctions"
		"recommend", "suggest", "advocate", "favor", "favour", "request", "contemplate",
		"mull", "weigh",
		"invite", "encourage", "tell",
		// what one is authorized or permitted to do is not done yet:
		// "Zaire has been authorized to purchase 30,000 tonnes of rice"
		"authorize", "authorise", "permit", "empower", "entitle",
		// "is willing to send troops", "ready to talk"
		"willing", "ready", "prepared", "eager", "keen":
		return false, true
	}
	return false, false
}

// verbMood reads negation and modality of verb v: "not" or "never" on
// it, a modal auxiliary on it or on the verb it is coordinated with, a
// condition, and up to three verbs above it (see treeMood).
func (t *ptree) verbMood(v int) (neg, hyp bool) {
	return t.verbMoodDepth(v, 0)
}

// temporalMarks introduce a clause of time: under a verb that is only
// possible or to come, what they say is to come too ("will not negotiate
// until Turkey withdraws its troops").
var temporalMarks = map[string]bool{"until": true, "till": true, "before": true, "after": true, "once": true, "when": true}

func (t *ptree) verbMoodDepth(v, depth int) (neg, hyp bool) {
	clause := false // v is a verb above the trigger's clause: its modality only
	if h := t.words[v].Head; h >= 0 && t.words[v].Rel == "conj" && t.child(v, "aux", "nsubj") < 0 {
		// "should discard its prejudice and admit China": the second verb
		// shares the first's auxiliary, and its mood: "a trip to help spur
		// trade and improve relations", "until Turkey recognises Greek
		// rights and withdraws its troops"
		hyp = t.modal(h)
		if depth < 3 && t.words[h].UPOS == "VERB" {
			if _, h2 := t.verbMoodDepth(h, depth+1); h2 {
				hyp = true
			}
		}
	}
	for range 3 {
		for _, k := range t.kids[v] {
			w := strings.ToLower(t.words[k].Text)
			switch t.words[k].Rel {
			case "advmod":
				neg = neg || !clause && (w == "not" || w == "n't" || w == "never")
			case "aux":
				hyp = hyp || modalAux[w]
			case "mark":
				hyp = hyp || !clause && (w == "if" || w == "unless")
			}
		}
		h := t.words[v].Head
		if h >= 0 && t.words[v].Rel == "ccomp" {
			// "he may recommend that the US retaliate": a clause under a
			// verb that is only possible, or that proposes it, is not done
			clause = true
			if proposal[t.lemma(h)] {
				hyp = true
			}
			if implication[t.lemma(h)] && t.negated(h) {
				// "did not mean the US was sending a warning": not done
				neg = true
			}
			v = h
			continue
		}
		if h >= 0 && t.words[v].Rel == "acl" && t.infinitive(v) && !doneNoun[t.lemma(h)] && !t.ordinal(h) {
			// "a plan to sell arms", "efforts to protect Kuwaiti tankers":
			// what a plan or an effort is for is not done; with "no",
			// none is planned ("there are no plans for Funaro to meet")
			hyp = true
			if d := t.child(h, "det"); d >= 0 && strings.EqualFold(t.words[d].Text, "no") {
				neg = true
			}
			break
		}
		if h >= 0 && t.words[v].Rel == "acl" && t.words[v].XPOS == "VBG" && t.words[h].UPOS == "NOUN" && gerundNoun(t.lemma(h)) {
			// "the possibility of resuming loans", "the threat of
			// imposing tariffs", "no objection to Italy joining": a
			// gerund is the matter of a noun of intent or of a hindrance
			// as a noun is ("the threat of sanctions"), and not done; with
			// "no", none is intended ("no possibility of sending troops"),
			// while no obstacle to a thing says nothing of whether it is
			hyp = true
			if d := t.child(h, "det"); d >= 0 && strings.EqualFold(t.words[d].Text, "no") && intentNoun[t.lemma(h)] {
				neg = true
			}
			break
		}
		if h >= 0 && t.words[v].Rel == "advcl" && !clause && temporalMarks[t.markOf(v)] {
			// "will not negotiate until Turkey withdraws": a time to come
			hyp = hyp || t.modal(h)
		}
		causes := h >= 0 && causative[t.lemma(h)] && t.child(h, "obj") >= 0 && !t.passive(h)
		if h >= 0 && t.words[v].Rel == "advcl" && t.infinitive(v) && !causes {
			// "cut rates to boost growth", "sanctions to force Tokyo to
			// open its market": a purpose, not done
			hyp = true
			break
		}
		if t.words[v].Rel != "xcomp" && !causes || h < 0 {
			break
		}
		switch l := t.lemma(h); l {
		case "rule":
			// "ruled out sending tanks": not done
			if k := t.child(h, "compound:prt"); k >= 0 && strings.EqualFold(t.words[k].Text, "out") {
				neg = neg || !clause
			}
		case "reject", "avoid":
			// "rejected sending tanks", "avoided attacking": not done (a
			// request rejected was made: nouns keep their mood)
			neg = neg || !clause
		case "force", "allow", "permit":
			// "to force Japan to open its market" is not done; "was
			// forced to abandon the bill" is
			hyp = hyp || !t.passive(h)
		default:
			// "refused to say whether it would attack": what is refused
			// is the saying; the clause said is neither done nor denied
			n2, h2 := intentVerb(l)
			if !n2 && !h2 {
				// an adjective the tagger read as a participle keeps its
				// form: "unwilling" (lemma "unwill"), "willing"
				n2, h2 = intentVerb(strings.ToLower(t.words[h].Text))
			}
			neg, hyp = neg || n2 && !clause, hyp || h2
		}
		v = h
	}
	return neg, hyp
}

// implication are verbs by which a fact implies another: a clause under
// one negated is said not to be so ("the move does not mean Japan will
// retaliate").
var implication = map[string]bool{
	"mean": true, "indicate": true, "imply": true, "suggest": true, "signal": true, "signify": true,
}

// negated reports whether verb v has "not", "n't" or "never".
func (t *ptree) negated(v int) bool {
	for _, k := range t.kids[v] {
		if t.words[k].Rel == "advmod" {
			switch strings.ToLower(t.words[k].Text) {
			case "not", "n't", "never":
				return true
			}
		}
	}
	return false
}

// causative are verbs whose object does what their infinitive says when
// they are done: "the outbreak prompted Botswana to stop imports" (which
// the parse may read as a purpose, advcl, in place of xcomp) has Botswana
// stop them, as the verb's own mood says.
var causative = map[string]bool{
	"prompt": true, "cause": true, "lead": true, "compel": true, "induce": true, "spur": true,
}

// modal reports whether verb v has a modal auxiliary ("will", "could").
func (t *ptree) modal(v int) bool {
	for _, k := range t.kids[v] {
		if t.words[k].Rel == "aux" && modalAux[strings.ToLower(t.words[k].Text)] {
			return true
		}
	}
	return false
}

// markOf returns the lower-case word that marks clause v ("until", "if"),
// or "".
func (t *ptree) markOf(v int) string {
	if k := t.child(v, "mark"); k >= 0 {
		return strings.ToLower(t.words[k].Text)
	}
	return ""
}

// infinitive reports whether verb v is a to-infinitive: its "mark" is "to".
func (t *ptree) infinitive(v int) bool {
	for _, k := range t.kids[v] {
		if t.words[k].Rel == "mark" && strings.EqualFold(t.words[k].Text, "to") {
			return true
		}
	}
	return false
}

// proposal are the lemmas of verbs whose that-clause is proposed, not
// done: "recommended that the US retaliate".
var proposal = map[string]bool{
	"recommend": true, "propose": true, "suggest": true, "urge": true, "demand": true,
	"insist": true, "ask": true, "request": true, "want": true, "wish": true, "hope": true,
}

// modalAux are the auxiliaries that make what they go with possible, not
// done.
var modalAux = map[string]bool{"may": true, "might": true, "could": true, "would": true, "should": true, "must": true, "ought": true,
	"will": true, "shall": true, "'ll": true, "wo": true}

// placeCase are the prepositions that say where an event happened.
var placeCase = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "across": true,
	"throughout": true, "around": true, "over": true, "on": true, "off": true,
}

// treePlace returns the place of verb v from the parse: a located place in
// an oblique of v introduced by a preposition of place ("killed in
// Baghdad", "shelled positions near Kharkiv"), looking one level into the
// verb's object and obliques ("a bomb detonated in a busy area in western
// Baghdad"), nearest first; nil when there is none.
func (c *coder) treePlace(v int) *dyad.Place {
	t := c.tr
	if t == nil || v < 0 {
		return nil
	}
	level := []int{v}
	for depth := 0; depth < 3 && len(level) > 0; depth++ {
		var next []int
		for _, h := range level {
			for _, k := range t.kids[h] {
				r := t.words[k].Rel
				if r != "obl" && r != "nmod" && r != "obj" && r != "nsubj:pass" && r != "advcl" {
					continue
				}
				if (r == "obl" || r == "nmod") && placeCase[t.caseOf(k)] {
					if p := c.placeIn(k); p != nil {
						return p
					}
				}
				next = append(next, k)
			}
		}
		level = next
	}
	return nil
}

// suicide reports whether a source of match m is a suicide attacker: a
// word "suicide" in the source's words ("suicide bombers", "a suicide
// attacker").
func (c *coder) suicide(m *match) bool {
	for _, g := range m.srcs {
		for k := c.groups[g].ts; k < c.groups[g].te; k++ {
			if strings.EqualFold(c.word(k), "suicide") {
				return true
			}
		}
	}
	return false
}

// abstractNouns are objects no force can be used on: an attack on them is
// an attack in words (CAMEO 111, criticize or denounce).
var abstractNouns = map[string]bool{
	"policy": true, "policies": true, "proposal": true, "proposals": true, "plan": true, "plans": true,
	"decision": true, "decisions": true, "remarks": true, "comments": true, "statement": true,
	"statements": true, "stance": true, "idea": true, "ideas": true, "report": true,
	"move": true, "law": true, "laws": true, "bill": true, "budget": true, "approach": true,
	"strategy": true, "handling": true, "conduct": true, "leadership": true,
	"views": true, "view": true, "claims": true, "demands": true, "offer": true,
	"resolution": true, "agreement": true, "deal": true, "measures": true, "reforms": true, "reform": true,
	"rise": true, "increase": true, "fall": true, "decline": true, "cut": true, "cuts": true, "hike": true,
	"forecast": true, "forecasts": true, "estimate": true, "estimates": true, "figures": true,
	"projections": true, "data": true, "statistics": true, "assessment": true, "analysis": true,
	"practices": true, "practice": true, "barriers": true, "restrictions": true,
	"attempt": true, "attempts": true, "effort": true, "efforts": true, "legislation": true,
	"ruling": true, "tax": true, "taxes": true, "protectionism": true, "corruption": true,
	"poverty": true, "crime": true, "unemployment": true, "fraud": true,
}

// figureDomains are modifiers that make a noun of force a figure of
// speech: "a trade war", "the veto fight", "a legal battle".
var figureDomains = map[string]bool{
	"trade": true, "price": true, "tariff": true, "veto": true, "budget": true, "legal": true,
	"court": true, "political": true, "bidding": true, "takeover": true, "proxy": true,
	"currency": true, "tax": true, "election": true, "electoral": true, "bureaucratic": true,
}

// economicNouns are what economic news attacks, hits and injures in a
// figure of speech: no force is used on them, and no one is criticised.
var economicNouns = map[string]bool{
	"deficit": true, "deficits": true, "surplus": true, "surpluses": true, "inflation": true,
	"unemployment": true, "prices": true, "price": true, "problem": true, "problems": true,
	"poverty": true, "debt": true, "crisis": true, "recession": true, "costs": true,
	"industry": true, "industries": true, "economy": true, "market": true, "markets": true,
	"exports": true, "imports": true, "sales": true, "trade": true, "earnings": true, "profits": true,
	"goods": true, "products": true, "sale": true, "competition": true, "competitors": true,
	"takeover": true, "merger": true, "acquisition": true, "protectionism": true, "dumping": true,
	"tax": true, "taxes": true, "rates": true, "shares": true, "bonds": true,
	"currencies": true, "currency": true,
}

// marketCase are the prepositions of where or whither a figure of force or
// protest moves in economic news: "a rally in markets", "a march toward
// higher rates".
var marketCase = map[string]bool{"in": true, "toward": true, "towards": true}

// eventSubjects are subjects that are a happening or a measure, not an
// actor: a verb of force with one is a figure of speech ("the dismantling
// would hit German farmers", "sanctions hit Iran's economy"). A strike is
// not one of them: an air strike kills.
var eventSubjects = map[string]bool{
	"protest": true, "protests": true, "dismantling": true,
	"crisis": true, "slump": true, "fall": true, "decline": true, "rise": true, "increase": true,
	"cuts": true, "tariffs": true, "tariff": true, "quotas": true, "ban": true, "embargo": true,
	"sanctions": true, "recession": true, "devaluation": true, "shortage": true, "shortages": true,
}

// economic reports whether the parse gives the trigger of a violent match
// an object that is an economic quantity or sector ("attack the trade
// deficit", "injured the U.S. semiconductor industry"), or a by-agent
// that is an idea or a measure ("exporters would be hit by the Pakistani
// move"): a figure of speech, no event.
func (c *coder) economic(m *match) bool {
	t := c.tr
	if t == nil {
		return false
	}
	if c.figureHit(m) {
		return true // "exporters would be hard hit", "the tanker hit a mine"
	}
	v := t.headWord(m.ts, m.te)
	if v >= 0 && t.words[v].UPOS == "NOUN" {
		for _, k := range t.kids[v] {
			if r := t.words[k].Rel; (r == "compound" || r == "amod") && figureDomains[strings.ToLower(t.words[k].Text)] {
				return true // "the veto fight", "a trade war"
			}
			if t.words[k].Rel == "nmod" && marketCase[t.caseOf(k)] && economicNouns[strings.ToLower(t.words[k].Text)] {
				return true // "a rally in financial markets"
			}
		}
		return false
	}
	if v < 0 || t.words[v].UPOS != "VERB" {
		return false
	}
	for _, k := range t.kids[v] {
		w := strings.ToLower(t.words[k].Text)
		switch r := t.words[k].Rel; {
		case r == "obj" || r == "nsubj:pass":
			if economicNouns[w] {
				return true
			}
			for _, j := range t.kids[k] {
				if t.words[j].Rel == "nmod" && marketCase[t.caseOf(j)] && economicNouns[strings.ToLower(t.words[j].Text)] {
					return true // "staged a rally in financial markets"
				}
			}
		case r == "obl:agent" || r == "obl" && t.caseOf(k) == "by":
			if economicNouns[w] || abstractNouns[w] {
				return true
			}
		case r == "nsubj":
			if eventSubjects[w] || abstractNouns[w] {
				return true
			}
		case r == "obl" && (t.caseOf(k) == "against" || t.caseOf(k) == "on" || marketCase[t.caseOf(k)]):
			if economicNouns[w] {
				return true // "retaliate against Canadian goods", "march toward higher interest rates"
			}
		}
	}
	return false
}

// strikeOfWork reports whether match m is the noun "strike" with nothing
// that makes it force: no modifier of arms ("air", "missile",
// "retaliatory", ...) and no phrase of "on" or "against". "The recent
// British Telecom strike", "supported a strike in support of wage
// negotiations" are strikes of work (143).
func (c *coder) strikeOfWork(m *match) bool {
	t := c.tr
	if t == nil || m.te != m.ts+1 {
		return false
	}
	v := t.wordAtToken(m.ts)
	if v < 0 || t.words[v].UPOS != "NOUN" || t.lemma(v) != "strike" {
		return false
	}
	for _, k := range t.kids[v] {
		switch t.words[k].Rel {
		case "amod", "compound":
			if armsWords[t.lemma(k)] || c.actorOf(k) >= 0 && t.words[k].UPOS == "NOUN" && !c.caps[t.words[k].Token] {
				return false
			}
		case "nmod":
			if cs := t.caseOf(k); cs == "on" || cs == "against" {
				return false
			}
		}
	}
	// and the sentence speaks of work: a bare "the strike" in a story of
	// war is the air strike told before
	for w := range t.words {
		if labourWords[t.lemma(w)] {
			return true
		}
	}
	return false
}

// labourWords are lemmas that show a strike is one of work.
var labourWords = map[string]bool{
	"worker": true, "employee": true, "union": true, "wage": true, "pay": true, "staff": true,
	"labour": true, "labor": true, "dockworker": true, "miner": true, "teacher": true,
	"nurse": true, "telecom": true, "seaman": true, "salary": true, "walkout": true,
	"picket": true, "stoppage": true,
}

// armsWords are modifiers that make a strike one of arms.
var armsWords = map[string]bool{
	"air": true, "missile": true, "retaliatory": true, "military": true, "nuclear": true,
	"pre-emptive": true, "preemptive": true, "drone": true, "surgical": true, "rocket": true,
	"artillery": true, "naval": true, "offshore": true, "aerial": true, "punitive": true,
	"first": true, "counter": true, "precision": true, "bombing": true, "cruise": true,
}

// striving reports whether the trigger of a match of force is a verb with
// an infinitive of what is striven for and no object: "Reagan, fighting
// to regain public confidence", "battling to save the deal" strive, they
// use no force.
func (c *coder) striving(m *match) bool {
	t := c.tr
	if t == nil {
		return false
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" || t.child(v, "obj") >= 0 {
		return false
	}
	for _, k := range t.kids[v] {
		if (t.words[k].Rel == "xcomp" || t.words[k].Rel == "advcl") && t.infinitive(k) {
			return true
		}
	}
	return false
}

// figurative reports whether the parse gives the trigger of a violent
// match an object that is an idea, not a target of force: "openly
// attacked Japan's fiscal policy", "hit out at the proposal".
func (c *coder) figurative(m *match) bool {
	t := c.tr
	if t == nil {
		return false
	}
	v := t.headWord(m.ts, m.te)
	if v < 0 || t.words[v].UPOS != "VERB" {
		return false
	}
	for _, k := range t.kids[v] {
		if r := t.words[k].Rel; r == "obj" || r == "nsubj:pass" || r == "obl" && t.caseOf(k) == "at" {
			if l := t.lemma(v); (l == "strike" || l == "struck") && hitBargains[t.lemma(k)] {
				return false // "an agreement was struck": a deal reached, no words against anyone
			}
			return abstractNouns[strings.ToLower(t.words[k].Text)]
		}
	}
	return false
}

// treeReported reports whether match k is what its verb of saying says
// by the parse: the verb of saying is above the trigger in the tree.
// Without a parse, or when the parse does not place either, the word
// order's reading stands (true).
func (c *coder) treeReported(k int) bool {
	t := c.tr
	m := &c.ms[k]
	if t == nil || m.speech < 0 {
		return true
	}
	sp := &c.ms[m.speech]
	v, sv := t.headWord(m.ts, m.te), t.headWord(sp.ts, sp.te)
	if v < 0 || sv < 0 {
		return true
	}
	for n := 0; v >= 0 && n < 64; n++ {
		if v == sv {
			return true
		}
		v = t.words[v].Head
	}
	return false
}

// treeDate returns the date the parse attaches to the trigger word v: a
// date expression in the subtree of a temporal modifier of v ("on
// Thursday", "May 16", "yesterday"), the nearest first, or "" when there
// is none; the sentence's nearest date is the coder's next choice.
func (c *coder) treeDate(v int) string {
	t := c.tr
	if t == nil || v < 0 {
		return ""
	}
	best, dist := "", 1<<30
	for _, k := range t.kids[v] {
		switch t.words[k].Rel {
		case "obl:tmod", "nmod:tmod", "obl:npmod", "obl", "advmod":
		default:
			continue
		}
		lo, hi := t.words[k].Token, t.words[k].Token
		t.span(k, &lo, &hi, 0)
		for _, d := range c.dates {
			if d.tok >= lo && d.tok <= hi {
				if n := abs(t.words[k].Token - t.words[v].Token); n < dist {
					best, dist = d.date, n
				}
			}
		}
	}
	return best
}

// span widens [lo, hi] to the tokens of word w's subtree, to a depth
// that no sentence of the length bound reaches (and a cycle cannot pass).
func (t *ptree) span(w int, lo, hi *int, depth int) {
	tok := t.words[w].Token
	*lo, *hi = min(*lo, tok), max(*hi, tok)
	if depth > 64 {
		return
	}
	for _, k := range t.kids[w] {
		t.span(k, lo, hi, depth+1)
	}
}

// placeIn returns the located place at word w or among its modifiers
// ("western Baghdad", "the southern countryside of Idlib").
func (c *coder) placeIn(w int) *dyad.Place {
	t := c.tr
	cands := append([]int{w}, t.kids[w]...)
	for _, k := range t.kids[w] {
		if t.words[k].Rel == "nmod" {
			cands = append(cands, t.kids[k]...)
		}
	}
	for _, x := range cands {
		tok := t.words[x].Token
		for _, p := range c.places {
			if p.tok == tok {
				cp := *p.place
				return &cp
			}
		}
	}
	return nil
}

// PlaceOf returns the place of the event whose trigger spans
// a.Article.Text[start:end], found as the coder finds it: from the parse
// of its sentence when there is one, else from the words around it; nil
// when the sentence names no place for it. a must hold the tokens,
// mentions and, for the parse, the syntax of the earlier stages.
func PlaceOf(a *dyad.Analysis, start, end int) *dyad.Place {
	toks := a.Tokens
	ts := sort.Search(len(toks), func(k int) bool { return toks[k].End > start })
	te := ts
	for te < len(toks) && toks[te].Start < end {
		te++
	}
	if ts >= len(toks) || te == ts {
		return nil
	}
	c := scratchPool.Get().(*coder)
	defer scratchPool.Put(c)
	c.p, c.a = DefaultPatterns(), a
	defer func() { c.p, c.a, c.tr = nil, nil, nil }()
	c.words(toks)
	c.indexParses()
	c.actors(toks)
	c.findPlaces(toks)
	if len(c.places) == 0 {
		return nil
	}
	s, e := c.sentStart(ts), c.sentEnd(ts)
	c.setTree(toks[ts].Sentence, s, e)
	if c.tr != nil {
		if p := c.treePlace(c.tr.headWord(ts, te)); p != nil {
			return p
		}
	}
	return c.eventPlace(ts, s, e)
}

// noDoerCode reports whether match m is force or coercion (roots 17 to 20,
// dyad's own patterns) that the codebook codes when no one is named doing
// it: a passive with no agent ("were killed", "was arrested") is still the
// act, its source unknown. Not the lexicon's verbs, whose passives of
// general meaning ("was hit", "were cut") are seldom force.
func (c *coder) noDoerCode(m *match) bool {
	switch {
	case m.r.lexicon, strings.HasPrefix(m.r.code.Code, "171"):
		return false // damage to property: an actor as its subject is no property
	}
	if w := c.tr.wordAtToken(m.ts); w >= 0 && t0lemma(c.tr, w) == "engage" {
		return false // "was engaged in activities", "is engaged in a debate": one's own doing
	}
	return noDoerCode(m.r.code.Code)
}

func t0lemma(t *ptree, w int) string { return strings.ToLower(t.lemma(w)) }

// mishapNouns are what people are killed or hurt in when no one is
// said to have done it, besides nature's and accidents: "two people were
// killed in an explosion and fire at the refinery".
var mishapNouns = map[string]bool{"explosion": true, "fire": true, "blaze": true, "crash": true, "accident": true, "collision": true,
	"fall": true, "rockfall": true, "stampede": true, "cave-in": true}

// mishap reports whether passive verb v, or a verb coordinated with it,
// has a phrase of "in" naming an accident or a disaster of nature ("were
// killed in a helicopter crash", "six workers were killed and four
// injured in a rock fall"): no one did it.
func (c *coder) mishap(v int) bool {
	t := c.tr
	verbs := []int{v}
	for _, k := range t.kids[v] {
		if t.words[k].Rel == "conj" {
			verbs = append(verbs, k)
		}
	}
	if h := t.words[v].Head; h >= 0 && t.words[v].Rel == "conj" {
		verbs = append(verbs, h)
	}
	for _, u := range verbs {
		if c.accident(u) {
			return true
		}
		for _, k := range t.kids[u] {
			// "were killed when the building collapsed", "when a flood
			// swept the village": a clause of time whose verb is what
			// vehicles and buildings do by accident, or whose subject is
			// nature or a mishap
			if t.words[k].Rel != "advcl" || t.words[k].UPOS != "VERB" {
				continue
			}
			if accidentVerbs[t0lemma(t, k)] || accidentVerbs[strings.ToLower(t.words[k].Text)] {
				return true
			}
			if sb := t.child(k, "nsubj"); sb >= 0 && (naturalEvent[t0lemma(t, sb)] || mishapNouns[t0lemma(t, sb)]) {
				return true
			}
		}
		for _, k := range t.kids[u] {
			if r := t.words[k].Rel; (r == "obl" || r == "ccomp" || r == "advcl") && t.caseOf(k) == "in" { // "in crashes" misread as a verb
				l, w := t0lemma(t, k), strings.ToLower(t.words[k].Text)
				if mishapNouns[l] || naturalEvent[l] || mishapNouns[strings.TrimSuffix(w, "es")] || mishapNouns[strings.TrimSuffix(w, "s")] {
					return true
				}
			}
		}
	}
	return false
}

// noDoerCode reports whether an event of code is force or coercion, or a
// sentence passed (116: "was sentenced to five years"), whose passive
// names its act when no one is named doing it.
func noDoerCode(code string) bool {
	r := dyad.RootOf(code)
	return r == "17" || r == "18" || r == "19" || r == "20" || code == "116"
}

// bombs are the lemmas of explosive devices, with the CAMEO code of
// bombing by them: a car bomb is a car bombing (1832), a roadside bomb,
// an IED or a landmine a roadside bombing (1833), a suicide bomb or
// bomber a suicide bombing (1831), any other bomb, grenade or explosive
// a non-military bombing (183).
var bombs = map[string]string{
	"bomb": "183", "grenade": "183", "explosive": "183", "landmine": "1833", "ied": "1833",
	"device": "", "mine": "",
}

// bombModifier are the words that, compounded with a device, name the
// kind of bombing.
var bombModifier = map[string]string{
	"car": "1832", "truck": "1832", "vehicle": "1832", "roadside": "1833", "suicide": "1831",
	"explosive": "183", "land": "1833", "improvised": "1833", "nail": "183", "pipe": "183",
	"petrol": "183", "hand": "183", "parcel": "183", "letter": "183", "mail": "183",
}

// bombCode returns the code of bombing for noun n when it names an
// explosive device ("a car bomb", "an IED", "a roadside device"), or "".
// A bare "device" or "mine" needs a modifier that makes it a weapon.
func (c *coder) bombCode(n int) string {
	t := c.tr
	if t.words[n].UPOS != "NOUN" && t.words[n].UPOS != "PROPN" {
		return ""
	}
	code, ok := bombs[strings.ToLower(t.lemma(n))]
	if !ok {
		if l := strings.ToLower(t.lemma(n)); l == "blast" || l == "explosion" || l == "attack" {
			// "an IED blast", "a landmine explosion", "a car bomb attack":
			// the blast of a device is its bombing
			for _, k := range t.kids[n] {
				if r := t.words[k].Rel; r == "compound" || r == "amod" {
					if bc := c.bombCode(k); bc != "" {
						return bc
					}
					if bc := bombs[strings.ToLower(t.words[k].Text)]; bc != "" {
						return bc // "an IED blast", whatever the tagger read "IED" as
					}
				}
			}
		}
		return ""
	}
	for _, k := range t.kids[n] {
		if r := t.words[k].Rel; r == "compound" || r == "amod" {
			if mc, ok := bombModifier[strings.ToLower(t.lemma(k))]; ok && (code == "" || code == "183") {
				code = mc
			}
		}
	}
	return code
}

// dissentDoer are the codes of protest and fighting that a noun names
// as the subject of a verb of happening (the nodoer patterns), with the
// doer the noun implies: protesters and rioters are the opposition
// (---OPP), strikers labour (---LAB), fighting has no one named.
var dissentDoer = map[string]string{"140": "---OPP", "141": "---OPP", "145": "---OPP", "143": "---LAB", "190": ""}

// dissentNoun reports, and marks m so, whether match m is a noun of
// protest or fighting whose first word is the subject of the match's verb
// ("protests erupted in Tehran", "clashes broke out in Karachi") with no
// actor among its modifiers and no actor in the verb's object: the
// protest or the fighting of someone no one names.
func (c *coder) dissentNoun(m *match) bool {
	t := c.tr
	doer, ok := dissentDoer[m.r.code.Code]
	if !ok || m.r.lexicon || t == nil {
		return false
	}
	n := t.wordAtToken(m.ts)
	if n < 0 || t.words[n].UPOS != "NOUN" || !strings.HasPrefix(t.words[n].Rel, "nsubj") {
		return false
	}
	v := t.words[n].Head // the verb of happening, a word of the match
	if v < 0 || t.words[v].Token < m.ts || t.words[v].Token >= m.te {
		return false
	}
	if t.words[n].Rel == "nsubj" && t.words[v].UPOS != "VERB" {
		return false
	}
	if len(c.actorsOf(n, nil)) > 0 || c.actorInside(n) {
		return false
	}
	for _, k := range t.kids[n] {
		if r := t.words[k].Rel; (r == "compound" || r == "amod" || r == "nmod") && (figureDomains[strings.ToLower(t.words[k].Text)] || economicNouns[strings.ToLower(t.words[k].Text)]) {
			return false // "the trade fighting continued", "unrest in the markets": no dissent
		}
	}
	if o := t.child(v, "obj"); o >= 0 && len(c.actorsOf(o, nil)) > 0 && m.r.code.Code != "143" {
		return false // "protests rocked the government": whose they are is not said, but a target is
	}
	m.noDoer, m.doer = true, doer
	return true
}

// isDissent reports whether code is one of dissentDoer's.
func isDissent(code string) bool {
	_, ok := dissentDoer[code]
	return ok
}

// gerundNoun reports whether a gerund hung on a noun of this lemma ("the
// possibility of resuming loans", "no obstacle to Italy joining") is still
// to come: the nouns of intent, and nouns of what stands in a thing's way,
// whose matter has not happened.
func gerundNoun(lemma string) bool {
	switch lemma {
	case "difficulty", "obstacle", "objection", "impediment", "barrier", "hurdle":
		return true
	}
	return intentNoun[lemma]
}

// thingAllows reports whether match m, yielding (08) by a verb of letting
// ("allow", "enable", "permit"), has a thing for its subject, not an
// actor: a happening or a measure, named by an abstract noun ("the
// reduction in Iraqi air attacks allowed Iran's output to reach 2.2 mln
// bpd", "financing which would enable Argentina to repay"). It makes a
// thing possible; no one lets anyone do anything, and the actor that
// modifies the noun yields nothing (CAMEO 08 is an actor's concession).
func (c *coder) thingAllows(m *match, v int) bool {
	t := c.tr
	if !strings.HasPrefix(m.r.code.Code, "08") || t.words[v].UPOS != "VERB" {
		return false
	}
	switch t.lemma(v) {
	case "allow", "enable", "permit":
	default:
		return false
	}
	s := t.child(v, "nsubj")
	if s >= 0 && t.words[s].UPOS == "PRON" && t.words[v].Rel == "acl:relcl" {
		s = t.words[v].Head // "financing which would enable"
	}
	if s < 0 || t.words[s].UPOS != "NOUN" || c.groupAt(s) >= 0 {
		return false
	}
	w := strings.ToLower(t.words[s].Text)
	if eventSubjects[w] {
		return true
	}
	for _, suf := range []string{"tion", "tions", "sion", "sions", "ment", "ments", "ing", "ance", "ence", "ure", "ures"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
