package events

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"

	"dyad"
	"dyad/internal/fold"
)

// Word classes the coder tests tokens for, one bit each.
const (
	flagNeg      uint32 = 1 << iota // not, n't, never
	flagModal                       // may, might, could, would, plans
	flagBe                          // was, were, is, been: passive auxiliaries
	flagDet                         // the, a, its: a noun follows
	flagPoss                        // 's
	flagBoundary                    // ; : but while: clause boundary
	flagConj                        // and , &: joins actors
	flagComma                       // ,
	flagLoc                         // in, at, near: a place, not an actor
	flagBy                          // by: passive agent
	flagCompPrep                    // of, for, about: a gerund after it is not an event
	flagMarket                      // shares, prices: market reports
	flagSports                      // beat, match, cup: sports reports
	flagTo                          // to
	flagThat                        // that
	flagAdv                         // also, reportedly: skipped between auxiliary and verb
	flagSupport                     // launched, carried, staged: support verbs of nominal triggers
	flagPart                        // a past participle of a pattern verb
	flagIng                         // an -ing form of a pattern verb
	flagAux                         // will, can, did, to: a verb follows
	flagAgent                       // rebels, government: an agent word (agentWords)
	flagDate                        // Monday, May, yesterday: a date word (dateWords)
	flagPron                        // he, they: a pronoun subject
	flagRel                         // who, which: a relative clause starts
	flagVerb                        // a form of a pattern verb
	flagFiction                     // film, novel: a word of films and books
	flagPlot                        // starring, sequel: a sure sign of a film or book
	flagQuant                       // thousands, dozens, group: "thousands of protesters" is a subject
	flagFuture                      // will, would, won't: with a negation, a refusal
	flagCrowd                       // protesters, rioters: their violence is a violent protest
)

// wordClasses gives the coder's function words their classes.
var wordClasses = func() map[string]uint32 {
	m := map[string]uint32{}
	add := func(fl uint32, ws ...string) {
		for _, w := range ws {
			m[w] |= fl
		}
	}
	add(flagNeg, "not", "n't", "never", "no", "cannot", "neither", "nor")
	add(flagModal, "may", "might", "could", "would", "should", "must", "ought", "will", "shall", "'ll", "if", "unless", "plan", "plans",
		"planned", "planning", "intend", "intends", "intended", "intending", "expected", "likely",
		"consider", "considers", "considering", "mulling", "possible", "possibly", "aims", "aim", "hopes", "hoped",
		"want", "wants", "wanted", "seek", "seeks", "seeking")
	add(flagBe, "is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "getting")
	add(flagDet, "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
		"our", "new", "fresh", "further", "another", "any", "such")
	add(flagPoss, "'s", "'")
	add(flagBoundary, ";", ":", "but", "while", "whereas", "although", "though", ".", "!", "?",
		"\"", "“", "”", "(", ")", "—", "–", "``", "''", "`", "--")
	add(flagFiction, "film", "films", "movie", "movies", "novel", "novels", "documentary", "thriller",
		"episode", "premiere", "plot", "character", "characters", "actor", "actress", "director",
		"hero", "heroine", "villain", "book", "fictional", "drama", "comedy", "screen", "cinema")
	add(flagPlot, "starring", "screenplay", "sequel", "blockbuster", "sitcom", "box-office", "co-starring")
	add(flagPron, "he", "she", "they", "it", "we", "i")
	add(flagQuant, "thousands", "hundreds", "dozens", "scores", "millions", "tens", "some", "many",
		"most", "all", "several", "group", "groups", "crowd", "crowds", "number", "majority", "handful",
		"none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "band",
		"bands", "minority", "few", "both", "each", "unit", "units", "contingent")
	add(flagFuture, "will", "would", "shall", "'ll", "wo")
	add(flagCrowd, "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
		"rioter", "rioters", "mob", "mobs")
	add(flagRel, "who", "which", "whose", "whom")
	add(flagConj, "and", ",", "&")
	add(flagComma, ",")
	add(flagLoc, "in", "at", "near", "inside", "outside", "across", "throughout", "around")
	add(flagBy, "by")
	add(flagCompPrep, "of", "for", "from", "about", "against", "over", "after", "before", "without", "since", "by")
	add(flagMarket, "shares", "stocks", "stock", "prices", "price", "index", "indexes", "indices", "markets",
		"bonds", "yields", "currency", "futures", "equities", "exchange", "bourse", "dollar", "yen", "euro")
	add(flagSports, "beat", "beats", "beaten", "defeat", "defeated", "defeats", "win", "won", "wins",
		"draw", "drew", "drawn", "lost", "match", "game", "cup", "league", "goal", "goals", "final",
		"scored", "victory", "championship", "tournament", "season", "innings", "wickets", "striker",
		"midfielder", "coach", "semifinal", "quarterfinal", "olympic", "olympics", "team", "squad")
	add(flagTo, "to")
	add(flagAux, "to", "will", "shall", "can", "must", "do", "does", "did", "'ll", "may", "might",
		"could", "would", "should", "not", "n't", "never", "also", "and", "jointly", "today", "yesterday")
	add(flagThat, "that")
	add(flagAdv, "also", "reportedly", "allegedly", "later", "then", "already", "now", "still",
		"again", "repeatedly", "formally", "officially", "jointly", "strongly", "sharply",
		"publicly", "recently", "finally", "quickly", "swiftly", "immediately", "reportedly",
		"apparently", "has", "have", "had", "just", "once", "twice", "yesterday", "today",
		"tonight", "separately", "further", "even", "all", "both", "each", "firmly", "angrily",
		"openly", "directly", "briefly", "personally", "previously", "earlier", "subsequently",
		"week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "tomorrow", "soon", "morning", "evening", "night", "overnight", "last")
	add(flagSupport, "launch", "launched", "launches", "launching", "carried", "carry", "carries",
		"carrying", "out", "conducted", "conduct", "conducts", "conducting", "staged", "stage",
		"stages", "staging", "mounted", "mount", "mounts", "began", "begin", "begins", "ordered",
		"order", "orders", "made", "make", "makes", "making", "held", "hold", "holds", "holding",
		"issued", "issue", "issues", "waged", "wage", "wages", "stepped", "up", "intensified",
		// what goes on is done too: "Iran had kept up its attacks"
		"kept", "keep", "keeps", "keeping", "continued", "continue", "continues", "continuing",
		"resumed", "resume", "resumes", "resuming", "renewed", "renew", "renews", "renewing",
		"escalated", "escalate", "escalates", "escalating")
	return m
}()

// Stage returns the event coder as a pipeline stage named "events". It reads
// a.Tokens, a.Sentences, the mentions whose Actor is set and a.Dates (an
// event takes the date of the nearest date expression of its sentence that
// names a day, so the annotate stage, which resolves them, runs first), and
// appends to a.Events, each event with its PLOVER category ([PLOVER]). A nil
// p means DefaultPatterns.
func Stage(p *Patterns) dyad.Stage {
	if p == nil {
		p = DefaultPatterns()
	}
	return &stage{p: p}
}

type stage struct{ p *Patterns }

func (s *stage) Name() string { return "events" }

func (s *stage) Run(ctx context.Context, a *dyad.Analysis) error {
	c := scratchPool.Get().(*coder)
	defer scratchPool.Put(c)
	n := len(a.Events)
	err := c.run(ctx, s.p, a)
	for i := n; i < len(a.Events); i++ {
		a.Events[i].Plover = PLOVER(a.Events[i].Code)
	}
	return err
}

var scratchPool = sync.Pool{New: func() any { return new(coder) }}

// group is an actor: one mention, or adjacent mentions of one actor
// ("Russian Foreign Minister Sergei Lavrov"), as a token range.
type group struct {
	ts, te int // tokens [ts, te)
	code   string
	region bool // a place with a code of its own (the Gaza Strip PSEGZA)
	place  bool // a located place: a city, a region
	nat    bool // a demonym alone ("Russian")
	except bool // named after "except": no side of the sentence's acts
	person bool // a person's name is among its mentions
}

// match is one pattern matched over tokens [ts, te).
type match struct {
	r          *rule
	ts, te     int
	slot       int // group in the target slot, -1 for none
	suppressed bool
	ownAct     bool   // a bare warning whose clause is its own act, threatened: "warned that it would expel"
	warner     int    // 1 + the bare warning (130) whose own act this is ("warned it would ban"), or 0
	nominal    bool   // a noun after a determiner: "the attack on"
	srcs, tgts []int  // groups, set while coding
	speech     int    // the match of the verb of saying whose clause holds this one, -1 for none
	ctrl       int    // the match of the control verb whose infinitive this is, -1 for none
	pron       bool   // the source is a pronoun taken to be the speaker
	comp       int    // a demand's or an appeal's first match in what it asks (demandKind, appealKind); -1 for none
	noDoer     bool   // force or coercion whose doer the sentence does not name: the source is "---"
	bomb       string // the code of bombing when a device is the subject ("a car bomb killed"), "" for none
	doer       string // with noDoer and no target: the doer the noun names by role ("protests erupted": ---OPP)
	subj       bool   // the sources are the subject of the match's verb, active voice
	alone      bool   // an act of its source alone: no target named
	verb       int    // the parse's word of the match's verb when its roles are the verb's, -1 for none
}

// coder holds the scratch memory of coding one article; it is reused.
type coder struct {
	p      *Patterns
	a      *dyad.Analysis
	ids    []int32  // by token: word ID, -1 when the word is in no pattern
	fl     []uint32 // by token: word classes
	actor  []int32  // by token: group index, -1 when no actor
	caps   []bool   // by token: starts with a capital letter
	groups []group
	order  []int
	ms     []match
	evs    []dyad.Event
	dates  []dateRef
	places []placeRef
	buf    [64]byte

	parseOf []int  // by sentence: index in a.Syntax, -1 when not parsed
	tr      *ptree // the parse of the sentence being coded, nil for none
	treeBuf ptree
	wordBuf []dyad.SyntaxWord // a parse's words repaired (see finiteIsed)
	srcBuf  []int             // the sources the tree gave a match, kept while word order looks
	visits  bool              // the match being coded is a visit or a meeting in a place: a place named is its target
	itTok   int               // while selecting: a sentence-initial "it" that stands for an actor (openingActor), else -1

	dominant *string // the article's dominant country, once known (dominantCountry)

	// selecting: the coder chooses what to parse (Candidates), and a word
	// of a sentence not yet parsed may be a verb
	selecting bool
}

func (c *coder) run(ctx context.Context, p *Patterns, a *dyad.Analysis) error {
	c.p, c.a, c.dominant = p, a, nil
	defer func() { c.p, c.a, c.tr = nil, nil, nil }()
	toks := a.Tokens
	if len(toks) == 0 {
		return nil
	}
	c.words(toks)
	c.indexParses()
	c.actors(toks)
	c.findPlaces(toks)
	date := a.Article.Date()
	for s := 0; s < len(toks); {
		if err := ctx.Err(); err != nil {
			return err
		}
		e := s + 1
		for e < len(toks) && toks[e].Sentence == toks[s].Sentence {
			e++
		}
		c.sentence(s, e, toks[s].Sentence, date)
		s = e
	}
	return nil
}

// words looks every token up in the vocabulary, lower-cased in a fixed
// buffer so that the lookup does not allocate.
func (c *coder) words(toks []dyad.Token) {
	n := len(toks)
	c.ids = grow(c.ids, n)
	c.fl = grow(c.fl, n)
	c.caps = grow(c.caps, n)
	text := c.a.Article.Text
	for i, t := range toks {
		c.ids[i], c.fl[i], c.caps[i] = -1, 0, false
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End || t.End-t.Start > len(c.buf) {
			continue
		}
		w := text[t.Start:t.End]
		c.caps[i] = 'A' <= w[0] && w[0] <= 'Z'
		if id, ok := c.p.vocab[string(fold.Into(c.buf[:], w))]; ok {
			c.ids[i], c.fl[i] = id, c.p.flags[id]
		}
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// actors maps the mentions that have an actor code onto tokens, joining
// mentions of one actor that follow each other.
// question reports whether the clause of token t, up to e, ends in a
// question mark.
func (c *coder) question(t, e int) bool {
	for k := t; k < e; k++ {
		switch c.word(k) {
		case "?":
			return true
		case ".", "!", ";":
			return false
		}
	}
	return false
}

// currencyWords name money: a country or demonym right before one names a
// currency ("Swiss francs", "U.S. dlrs", "Japanese yen"), not an actor.
var currencyWords = map[string]bool{
	"dollar": true, "dollars": true, "dlr": true, "dlrs": true, "franc": true, "francs": true,
	"yen": true, "mark": true, "marks": true, "pound": true, "pounds": true, "sterling": true,
	"stg": true, "lira": true, "lire": true, "peseta": true, "pesetas": true, "guilder": true,
	"guilders": true, "crown": true, "crowns": true, "krona": true, "kronor": true, "krone": true,
	"kroner": true, "rupee": true, "rupees": true, "rand": true, "peso": true, "pesos": true,
	"yuan": true, "renminbi": true, "rouble": true, "roubles": true, "ruble": true, "rubles": true,
	"dinar": true, "dinars": true, "riyal": true, "riyals": true, "schilling": true, "schillings": true,
	"escudo": true, "escudos": true, "drachma": true, "drachmas": true, "euro": true,
	"euros": true, "ringgit": true, "baht": true, "rupiah": true, "shekel": true, "shekels": true,
	"cruzado": true, "cruzados": true, "austral": true, "australs": true, "currency": true,
}

func (c *coder) actors(toks []dyad.Token) {
	ms := c.a.Mentions
	c.actor = grow(c.actor, len(toks))
	for i := range c.actor {
		c.actor[i] = -1
	}
	c.groups = c.groups[:0]
	c.order = c.order[:0]
	for i := range ms {
		if ms[i].Actor != "" && ms[i].Start < ms[i].End {
			c.order = append(c.order, i)
		}
	}
	sort.SliceStable(c.order, func(i, j int) bool { return ms[c.order[i]].Start < ms[c.order[j]].Start })
	for _, mi := range c.order {
		m := &ms[mi]
		ts := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.Start })
		te := ts
		for te < len(toks) && toks[te].End <= m.End && toks[te].Sentence == toks[ts].Sentence {
			te++
		}
		if te == ts {
			continue
		}
		free := true
		for k := ts; k < te; k++ {
			if c.actor[k] >= 0 {
				free = false
				break
			}
		}
		if !free || te < len(toks) && toks[te].Sentence == toks[ts].Sentence && currencyWords[strings.ToLower(c.word(te))] {
			continue // "100 mln Swiss francs", "U.S. dollars": money, not an actor
		}
		if n := len(c.groups); n > 0 && c.possessed(&c.groups[n-1], ts, m, toks) {
			// "Egypt's Muslim Brotherhood": the head after "'s" is the actor
			g := &c.groups[n-1]
			g.code, g.region = m.Actor, false
			g.person = g.person || m.Kind == dyad.KindPerson
			for k := g.te; k < te; k++ {
				c.actor[k] = int32(n - 1)
			}
			g.te = te
			continue
		}
		if n := len(c.groups); n > 0 && c.joins(&c.groups[n-1], ts, m.Actor, toks) {
			g := &c.groups[n-1]
			if len(m.Actor) > len(g.code) {
				g.code = m.Actor
			}
			g.person = g.person || m.Kind == dyad.KindPerson
			for k := g.te; k < te; k++ {
				c.actor[k] = int32(n - 1)
			}
			g.te = te
			continue
		}
		code := m.Actor
		if e := c.companyAfter(m, te, toks); e > te {
			// "Anglo American Gold Investment Co", "Japanese Nissan Motor
			// Co": a company of that country (BUS), not the country
			code, te = countryOf(code)+"BUS", e
		}
		c.groups = append(c.groups, group{ts: ts, te: te, code: code, region: m.Place != nil && len(m.Actor) > 3, place: m.Place != nil,
			nat: m.Kind == dyad.KindNationality && len(code) == 3, person: m.Kind == dyad.KindPerson})
		for k := ts; k < te; k++ {
			c.actor[k] = int32(len(c.groups) - 1)
		}
	}
	c.agents(toks)
	c.sharedHeads(toks)
	c.excepted(toks)
}

// excepted marks the actors named after "except" or "excluding", and those
// coordinated with them: "all members except Zaire and Australia agreed"
// is no act of Zaire's or Australia's, nor one done to them.
func (c *coder) excepted(toks []dyad.Token) {
	for gi := range c.groups {
		g := &c.groups[gi]
		sent := toks[g.ts].Sentence
		j := g.ts - 1
		for j >= 0 && toks[j].Sentence == sent {
			if c.actor[j] >= 0 {
				j = c.groups[c.actor[j]].ts - 1
				continue
			}
			switch strings.ToLower(c.word(j)) {
			case "and", ",", "or", "the", "for":
				j--
				continue
			case "except", "excluding":
				g.except = true
			}
			break
		}
	}
}

// sharedHeads gives a demonym coordinated with the next actor the role
// that actor's words add to its own demonym: "the Russian and Chinese
// foreign ministers" are RUSGOV and CHNGOV, "Israeli and Palestinian
// leaders" ISRGOV and PSEGOV. Adjectives joined by "and" modify one head.
func (c *coder) sharedHeads(toks []dyad.Token) {
	for gi := len(c.groups) - 2; gi >= 0; gi-- {
		g, h := &c.groups[gi], &c.groups[gi+1]
		j := g.te // the conjunction
		if !g.nat || j+1 >= len(toks) || toks[j].Sentence != toks[g.ts].Sentence || c.fl[j]&flagConj == 0 ||
			h.ts != j+1 || toks[h.ts].Sentence != toks[j].Sentence {
			continue
		}
		if len(g.code) != 3 || len(h.code) <= 3 || h.code[:3] == g.code || strings.HasPrefix(h.code, "IGO") || h.te-h.ts < 2 ||
			!c.caps[h.ts] || c.caps[h.ts+1] {
			continue // "Russian and Chinese Foreign Minister Wang": a name, not a role;
			// "Russian and Ukrainian troops": the agent words gave both their role already
		}
		g.code += h.code[3:]
	}
}

// companyAfter returns the end token of the company (an organisation of
// no known actor whose name ends in a word such as Co, Corp, Ltd or Bank)
// that starts at token te right after the country or demonym mention m,
// in its sentence, or te when there is none.
func (c *coder) companyAfter(m *dyad.Mention, te int, toks []dyad.Token) int {
	if m.Kind != dyad.KindCountry && m.Kind != dyad.KindNationality || len(m.Actor) != 3 ||
		te >= len(toks) || toks[te].Sentence != toks[te-1].Sentence {
		return te
	}
	for i := range c.a.Mentions {
		o := &c.a.Mentions[i]
		if o.Kind != dyad.KindOrg || o.Actor != "" || o.Start != toks[te].Start {
			continue
		}
		e := te
		for e < len(toks) && toks[e].End <= o.End && toks[e].Sentence == toks[te].Sentence {
			e++
		}
		if !companyWords[strings.ToLower(strings.TrimSuffix(c.word(e-1), "."))] {
			return te // "U.S. Negotiators": capitals, no company
		}
		return e
	}
	return te
}

// companyWords end the names of companies.
var companyWords = map[string]bool{
	"co": true, "corp": true, "corporation": true, "company": true, "inc": true,
	"incorporated": true, "ltd": true, "limited": true, "plc": true, "ag": true, "sa": true,
	"nv": true, "bv": true, "spa": true, "gmbh": true, "bhd": true, "pty": true, "kk": true,
	"bank": true, "group": true, "holdings": true, "motors": true, "airlines": true,
	"airways": true, "petroleum": true, "industries": true, "oil": true, "steel": true,
}

// agents adds the agent words outside mentions as actors (see agentWords):
// joined to an adjacent actor before them ("UN troops"), to the country of
// an "of" or "from" phrase after them ("the mayor of Nablus"), or with an
// unknown country ("---REB").
func (c *coder) agents(toks []dyad.Token) {
	n0 := len(c.groups)
	for i := 0; i < len(toks); i++ {
		if c.actor[i] < 0 && i > 0 && toks[i-1].Sentence == toks[i].Sentence && c.isPossPronoun(i-1) && homeWords[strings.ToLower(c.word(i))] {
			// "the minister said his country's firms would buy": one's
			// country is the country of the actor the pronoun refers to
			if g := c.antecedentOf(i-1, toks[i].Sentence, toks); g >= 0 {
				if cc := countryOf(c.groups[g].code); len(cc) == 3 && cc != "---" {
					c.groups = append(c.groups, group{ts: i, te: i + 1, code: cc})
					c.actor[i] = int32(len(c.groups) - 1)
				}
			}
			continue
		}
		if c.actor[i] >= 0 || c.fl[i]&flagAgent == 0 {
			continue
		}
		sent := toks[i].Sentence
		id := c.ids[i]
		if j := c.possBefore(i, sent, toks); j >= 0 && j < i-1 && c.p.agent[id] == "GOV" {
			// "Sorsa and his centre-left majority government resigned": the
			// words between the pronoun and the government describe it
			if w := strings.ToLower(c.word(j)); w == "his" || w == "her" {
				if g := c.antecedent(j, sent, toks); g >= 0 && strings.HasSuffix(c.groups[g].code, "GOV") && len(c.groups[g].code) == 6 {
					c.groups = append(c.groups, group{ts: i, te: i + 1, code: c.groups[g].code})
					c.actor[i] = int32(len(c.groups) - 1)
					continue
				}
			}
		}
		if i > 0 && toks[i-1].Sentence == sent && c.isPossPronoun(i-1) {
			// "Iraq said its forces killed": the nearest actor before
			// names a thing's or a group's own ("its", "their"); a
			// person's ("his forces") the coder cannot tell, but for a
			// member of a government, "his government"
			w := strings.ToLower(c.word(i - 1))
			if code := c.p.agent[id]; code == "GOV" && (w == "his" || w == "her") {
				// "Kohl said his government would cut taxes": a member of
				// a government whose government it is
				if g := c.antecedent(i-1, sent, toks); g >= 0 && strings.HasSuffix(c.groups[g].code, "GOV") && len(c.groups[g].code) == 6 {
					c.groups = append(c.groups, group{ts: i, te: i + 1, code: c.groups[g].code})
					c.actor[i] = int32(len(c.groups) - 1)
				}
			} else if code != "" && !c.p.adj[id] { // "their opposition to the plan" is no party
				if w == "its" || w == "their" || w == "whose" { // "the Iraqi army corps, whose troops"
					if g := c.antecedent(i-1, sent, toks); g >= 0 {
						c.groups = append(c.groups, group{ts: i, te: i + 1, code: countryOf(c.groups[g].code) + code})
						c.actor[i] = int32(len(c.groups) - 1)
					}
				}
			}
			continue
		}
		code, end := "", i+1
		if i+1 < len(toks) && toks[i+1].Sentence == sent && c.ids[i+1] >= 0 && c.actor[i+1] < 0 {
			if pc, ok := c.p.pairs[[2]int32{id, c.ids[i+1]}]; ok {
				code, end = pc, i+2
			}
		}
		if code == "" {
			code = c.p.agent[id]
			if code == "" {
				continue
			}
			// "hundreds of soldiers": the noun after the number names who,
			// unless it is a people no actor names ("hundreds of Sikhs")
			if j := i + 1; j < len(toks) && toks[j].Sentence == sent && c.ids[j] == c.p.idOf && crowdWords[strings.ToLower(c.word(i))] &&
				!(j+1 < len(toks) && toks[j+1].Sentence == sent && c.actor[j+1] < 0 && c.fl[j+1]&flagAgent == 0 && c.caps[j+1]) {
				continue
			}
			// an adjective: "military exercises", "government spending"
			if j := i + 1; c.p.adj[id] && j < len(toks) && toks[j].Sentence == sent && c.actor[j] < 0 &&
				(c.fl[j] == 0 || c.fl[j]&flagDet != 0) && !c.parsedVerb(j) {
				continue
			}
		}
		// an actor right before: "UN troops", "Ukrainian lawmakers",
		// "Russia's army", "Russia's elite troops"
		if b := c.owner(i, sent, toks); b >= 0 {
			c.ownAgent(b, end, code, sent, toks)
			i = end - 1
			continue
		}
		// "of" or "from" a country: "the mayor of the West Bank city of
		// Nablus"; "in" a country: "a court in Peru", "lawmakers in
		// France and Germany" (each country's)
		if g := c.ofCountry(end, sent, toks); g >= 0 {
			og := &c.groups[g]
			og.code = countryOf(og.code) + code
			for k := i; k < og.ts; k++ {
				c.actor[k] = int32(g)
			}
			og.ts = i
			i = og.te - 1
			c.agentRight(g, code, sent, toks)
			continue
		}
		c.groups = append(c.groups, group{ts: i, te: end, code: "---" + code})
		for k := i; k < end; k++ {
			c.actor[k] = int32(len(c.groups) - 1)
		}
		i = end - 1
	}
	if len(c.groups) == n0 {
		return
	}
	c.reorderGroups()
}

// ownAgent gives the agent code of the words up to end to the actor
// group b right before them ("UN troops", "Russia's army"), and to the
// countries coordinated with it ("Indian and Pakistani troops").
func (c *coder) ownAgent(b, end int, code string, sent int, toks []dyad.Token) {
	g := &c.groups[b]
	if g.region {
		// "Gaza militants": the agent is the region's country's
		g.code, g.region = countryOf(g.code)+code, false
	} else if base := g.code; len(base) == 3 || len(base) >= 3 && base[:3] == "IGO" && !hasAgentSuffix(base) {
		g.code = base + code
		// "Indian and Pakistani troops": the agent is each one's
		for h, n := b, 0; n < 6 && c.groups[h].ts >= 2; n++ {
			j := c.groups[h].ts - 1
			if c.fl[j]&flagConj == 0 || c.actor[j-1] < 0 || toks[j-1].Sentence != sent {
				break
			}
			h = int(c.actor[j-1])
			if len(c.groups[h].code) != 3 {
				break
			}
			c.groups[h].code += code
		}
	}
	for k := g.te; k < end; k++ {
		c.actor[k] = int32(b)
	}
	g.te = end
}

// reorderGroups keeps the groups in text order after agents added some,
// as the role search expects, and renumbers the tokens' groups.
func (c *coder) reorderGroups() {
	slices.SortFunc(c.groups, func(a, b group) int { return a.ts - b.ts })
	for i := range c.actor {
		c.actor[i] = -1
	}
	for gi, g := range c.groups {
		for k := g.ts; k < g.te; k++ {
			c.actor[k] = int32(gi)
		}
	}
}

// antecedent returns the actor group nearest before token j in sentence
// sent, if it names a country or an organisation ("Iraq", "the Iraqi
// army"), else -1: an actor of no known country ("the rebels") gives its
// pronoun no country.
func (c *coder) antecedent(j, sent int, toks []dyad.Token) int {
	best := -1
	for g := range c.groups {
		gr := &c.groups[g]
		if gr.te > j || toks[gr.ts].Sentence != sent || best >= 0 && c.groups[best].te >= gr.te {
			continue
		}
		best = g
	}
	if best < 0 || strings.HasPrefix(c.groups[best].code, "---") || c.groups[best].place {
		return -1
	}
	return best
}

// antecedentOf returns the antecedent of the possessive pronoun at token j:
// for "his" and "her" the nearest actor before it with a role (a person
// is coded with one: "Funaro rejected a U.K. suggestion that his country"
// is Brazil's Funaro, not the U.K.), else, when there is none, as
// antecedent.
func (c *coder) antecedentOf(j, sent int, toks []dyad.Token) int {
	switch strings.ToLower(c.word(j)) {
	case "his", "her":
	default:
		return c.antecedent(j, sent, toks)
	}
	best := -1
	for g := range c.groups {
		gr := &c.groups[g]
		if gr.te > j || toks[gr.ts].Sentence != sent || len(gr.code) != 6 || gr.place ||
			strings.HasPrefix(gr.code, "---") || strings.HasPrefix(gr.code, "IGO") ||
			best >= 0 && c.groups[best].te >= gr.te {
			continue
		}
		best = g
	}
	if best < 0 {
		return c.antecedent(j, sent, toks) // "the Venezuelan minister" named with no role
	}
	return best
}

// possBefore returns the possessive pronoun before token i with up to
// five plain lower-case words between ("his centre-left majority
// government"), else -1.
func (c *coder) possBefore(i, sent int, toks []dyad.Token) int {
	for j := i - 1; j >= 0 && j >= i-6 && toks[j].Sentence == sent; j-- {
		if c.isPossPronoun(j) {
			return j
		}
		if c.actor[j] >= 0 || c.caps[j] || c.fl[j]&(flagAux|flagModal|flagNeg|flagConj|flagDet|flagBoundary|flagRel|flagPron|flagBe) != 0 {
			return -1
		}
	}
	return -1
}

// homeWords name one's own country after "his", "its", "their" ...
var homeWords = map[string]bool{"country": true, "nation": true}

// isPossPronoun reports whether token j is its, their, his, her, our or
// whose.
func (c *coder) isPossPronoun(j int) bool {
	switch w := c.word(j); w {
	case "its", "their", "his", "her", "our", "whose", "Its", "Their", "His", "Her", "Our":
		return true
	}
	return false
}

// owner returns the group of the actor whose agent the word at token i
// is: an actor right before it, or before "'s", with at most two plain
// lower-case words between ("Russia's elite troops"); or -1.
func (c *coder) owner(i, sent int, toks []dyad.Token) int {
	j := i - 1
	for n := 0; n < 2 && j >= 0 && toks[j].Sentence == sent && c.ids[j] < 0 && c.actor[j] < 0 && !c.caps[j]; n++ {
		j--
	}
	if j >= 0 && toks[j].Sentence == sent && c.fl[j]&flagPoss != 0 {
		j--
	}
	if j < 0 || toks[j].Sentence != sent || c.actor[j] < 0 {
		return -1
	}
	return int(c.actor[j])
}

// agentRight gives agent code to the countries coordinated after group
// g, which an agent word before it has just joined: "the presidents of
// France and Germany", "lawmakers in Britain, Ireland and France". A
// country with an agent or "'s" of its own is left as it is.
func (c *coder) agentRight(g int, code string, sent int, toks []dyad.Token) {
	for n := 0; n < 6; n++ {
		j := c.groups[g].te
		if j+1 >= len(toks) || toks[j+1].Sentence != sent {
			return
		}
		if c.fl[j]&flagComma != 0 && c.fl[j+1]&flagConj != 0 {
			j++ // "Britain, Ireland, and France"
		}
		if c.fl[j]&(flagConj|flagComma) == 0 || c.actor[j+1] < 0 {
			return
		}
		h := int(c.actor[j+1])
		ng := &c.groups[h]
		if ng.ts != j+1 || len(ng.code) != 3 || ng.place || ng.region {
			return
		}
		if k := ng.te; k < len(toks) && toks[k].Sentence == sent && c.fl[k]&(flagAgent|flagPoss) != 0 {
			return // "France and Germany's president"
		}
		ng.code += code
		g = h
	}
}

// ofCountry finds "of", "from" or "in" at token p followed, within four
// words that are no actor, by an actor of a country or organisation ("in":
// of a country), and returns its group, or -1.
func (c *coder) ofCountry(p, sent int, toks []dyad.Token) int {
	if p >= len(toks) || toks[p].Sentence != sent || (c.ids[p] != c.p.idOf && c.ids[p] != c.p.idFrom && c.ids[p] != c.p.idIn) {
		return -1
	}
	for k := p + 1; k < len(toks) && k <= p+5 && toks[k].Sentence == sent; k++ {
		if a := c.actor[k]; a >= 0 {
			if g := &c.groups[a]; g.ts == k && len(g.code) >= 3 && g.code[:3] != "---" &&
				(c.ids[p] != c.p.idIn || len(g.code) == 3 && !g.place && !g.region) {
				return int(a)
			}
			return -1
		}
		if c.fl[k]&(flagBoundary|flagComma|flagConj|flagAgent) != 0 {
			return -1
		}
		if c.ids[k] >= 0 && c.fl[k]&flagDet == 0 && c.fl[k] != 0 && c.ids[k] != c.p.idOf {
			return -1 // a function word other than an article: another phrase
		}
	}
	return -1
}

// countryOf returns the country part of an actor code: the code of an
// organisation whole, else its first three letters.
func countryOf(code string) string {
	if len(code) >= 3 && code[:3] == "IGO" {
		return code
	}
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// hasAgentSuffix reports whether an organisation code already ends in an
// agent code ("IGOUNOMIL").
func hasAgentSuffix(code string) bool {
	if len(code) < 9 {
		return false
	}
	suf := code[len(code)-3:]
	for _, a := range agentWords {
		if a.code == suf {
			return true
		}
	}
	return false
}

// findPlaces lists the mentions with a place, at their first token.
func (c *coder) findPlaces(toks []dyad.Token) {
	c.places = c.places[:0]
	for i := range c.a.Mentions {
		m := &c.a.Mentions[i]
		if m.Place == nil || m.Start >= m.End {
			continue
		}
		k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.Start })
		if k < len(toks) && toks[k].Start == m.Start {
			c.places = append(c.places, placeRef{tok: k, place: m.Place})
		}
	}
}

// joins reports whether a mention of actor code starting at token ts
// continues group g: one code extends the other ("RUS", "RUSGOV") and only
// capitalised words lie between ("Russian Foreign Minister Sergei Lavrov").
func (c *coder) joins(g *group, ts int, code string, toks []dyad.Token) bool {
	if ts < g.te || ts-g.te > 3 || toks[ts].Sentence != toks[g.ts].Sentence {
		return false
	}
	if !(len(code) >= len(g.code) && code[:len(g.code)] == g.code) && !(len(g.code) > len(code) && g.code[:len(code)] == code) {
		return false
	}
	for k := g.te; k < ts; k++ {
		if !c.caps[k] {
			return false
		}
	}
	return true
}

// possessed reports whether the mention m at token ts is the head of a
// possessive whose owner is group g: "X's Y" with only the "'s" between,
// where Y is an actor more specific than a country or a place ("Egypt's
// Muslim Brotherhood" is EGYOPPMUS, "Iran's Revolutionary Guards" IRNMIL).
// A place or a bare country after "'s" modifies what follows ("Israel's
// Gaza offensive", "Britain's Chinese community") and is no head.
func (c *coder) possessed(g *group, ts int, m *dyad.Mention, toks []dyad.Token) bool {
	if ts != g.te+1 || ts >= len(toks) || toks[ts].Sentence != toks[g.ts].Sentence ||
		toks[g.te].Sentence != toks[ts].Sentence || c.fl[g.te]&flagPoss == 0 {
		return false
	}
	return len(m.Actor) > 3 && m.Place == nil && m.Kind != dyad.KindLocation
}

// sentence codes tokens [s, e), all of sentence si.
func (c *coder) sentence(s, e, si int, date string) {
	if c.sports(s, e) || c.fiction(s, e) {
		return
	}
	c.ms = c.ms[:0]
	c.setTree(si, s, e)
	c.find(s, e, false)
	c.suppress(s, e)
	c.reported(e)
	c.findDates(s, e)
	c.evs = c.evs[:0]
	own := len(c.ms)
	for k := range own {
		c.code(k, s, e, si, date)
	}
	// then the lexicon's verbs that no pattern of dyad's own covers,
	// coded from the parse alone
	c.find(s, e, true)
	c.reported(e) // "the US and Russia announced they were launching talks"
	for k := own; k < len(c.ms); k++ {
		c.code(k, s, e, si, date)
	}
	// a statement counts only when nothing else was coded
	other := false
	for i := range c.evs {
		if c.evs[i].Code != "010" {
			other = true
			break
		}
	}
	for _, ev := range c.evs {
		if other && ev.Code == "010" {
			continue
		}
		c.a.Events = append(c.a.Events, ev)
	}
}

// code codes match k of the sentence [s, e), adding its events to c.evs.
func (c *coder) code(k, s, e, si int, date string) {
	m := &c.ms[k]
	cd := m.r.code
	if m.r.hasPass && c.tr != nil {
		if v := c.tr.headWord(m.ts, m.te); v >= 0 && c.tr.passive(v) {
			cd = m.r.passive // "[041:042]": the dictionary's code in the passive voice
		}
	}
	if m.suppressed || cd.Code == NoEvent {
		return
	}
	if m.speech >= 0 && !c.treeReported(k) {
		m.speech = -1 // "Russia, which said it wanted peace, attacked": not what was said
	}
	// "attend the Beijing Olympics" visits China; "backed the Paris
	// accord" backs no France
	c.visits = visitCode(cd.Code)
	fromTree := c.visitor(k, s)
	if !fromTree {
		fromTree = c.treeRoles(k)
	}
	if !fromTree {
		// word order finds what the tree did not; a source the tree gave
		// stays ("the reason why the U.S. has restricted sales to India":
		// the subject, not the nearest actor before the verb)
		treeSrcs := append(c.srcBuf[:0], m.srcs...)
		c.srcBuf = treeSrcs
		c.roles(k, s, e)
		if c.tr != nil {
			m.tgts = slices.DeleteFunc(m.tgts, func(g int) bool {
				return !c.inClause(g, m) || !c.visits && (c.placeName(g) || dyad.RootOf(m.r.code.Code) < "14" && c.venuePhrase(g, m))
			})
		}
		if meetingCode(m.r.code.Code) {
			// where a meeting is held holds none of it, before the noun as
			// after: "a news conference in Luxembourg during a meeting of
			// EC ministers" is no meeting of Luxembourg's
			m.srcs = slices.DeleteFunc(m.srcs, func(g int) bool { return !containsInt(treeSrcs, g) && c.venue(m, g) })
		}
		if len(treeSrcs) > 0 && len(m.tgts) > 0 && c.tr != nil {
			m.srcs = append(m.srcs[:0], treeSrcs...)
			m.tgts = slices.DeleteFunc(m.tgts, func(g int) bool { return containsInt(m.srcs, g) })
		} else if len(treeSrcs) > 0 && len(m.tgts) == 0 && c.tr != nil && c.threatNamed(m) {
			// a threat whose actors after it are none it threatens stays a
			// threat against no one named, its source the parse's
			m.srcs = append(m.srcs[:0], treeSrcs...)
			fromTree = true
		} else if len(treeSrcs) > 0 && len(m.tgts) == 0 && c.tr != nil && m.subj && c.oneSided(m, treeSrcs) && !(len(m.srcs) >= 2 && c.mutual(m)) {
			m.srcs = append(m.srcs[:0], treeSrcs...)
			m.alone, fromTree = true, true
		} else if len(treeSrcs) > 0 && len(m.tgts) == 0 && c.tr != nil && dyad.RootOf(m.r.code.Code) == "09" && c.probeWord(m) {
			// an investigation whose phrases name no one it looks into
			// ("launched an investigation into the shooting") is the
			// parse's source's, into no one named, as a threat's is
			m.srcs = append(m.srcs[:0], treeSrcs...)
			fromTree = true
		}
	}
	if len(m.srcs) == 0 && m.noDoer && (len(m.tgts) == 0 || !c.economic(m)) {
		// "two policemen were shot dead in Srinagar": force or coercion
		// done by no one named (the nodoer task)
		cd = c.recode(k, s, cd)
		if bc, ok := Lookup(m.bomb); ok {
			cd = bc // "a roadside bomb killed two soldiers": a roadside bombing
		}
		cd, neg, hyp := c.moodOf(k, s, e, cd)
		for _, tg := range m.tgts {
			c.emit(m, cd, -1, tg, si, date, neg, hyp)
		}
		if len(m.tgts) == 0 {
			c.emit(m, cd, -1, -1, si, date, neg, hyp) // "protests erupted in Tehran": on no one named
		}
		return
	}
	if len(m.srcs) == 0 || c.market(m, s) || c.fall(m) || c.metThing(m) || c.threatThing(m) || c.heldOffice(m) || c.troopsMarch(m) || c.describedNoun(m) || c.handledThing(m) || c.curbedQuantity(m) || c.votedDown(m) || c.orderedThing(m) {
		return // "Japanese shares hit ...", "Iran has declined as an exporter"
	}
	if c.pressParty(m) {
		return // "discussing the results with reporters": a briefing, no consultation
	}
	cd = c.recode(k, s, cd)
	if m.ownAct && cd.Code == "130" {
		return // "warned that it would expel the diplomats": the act is the threat (1313)
	}
	if physical(cd.Code) && len(m.tgts) == 0 && c.striving(m) {
		return // "Reagan, fighting to regain public confidence": effort, no force
	}
	if (physical(cd.Code) || dyad.RootOf(cd.Code) == "14" || m.r.lexicon && pressureRoot[dyad.RootOf(cd.Code)]) && c.economic(m) {
		return // "Congress is trying to attack the trade deficit", "exporters hit by the move"
	}
	cd, neg, hyp := c.moodOf(k, s, e, cd)
	if !neg && c.noDet(m, cd.Code) {
		neg = true // "conducts no trade with Nicaragua", "has bought no U.S. wheat"
	}
	if m.speech >= 0 && c.deniedAct(k, s, si, date, hyp) {
		return
	}
	if m.speech >= 0 && c.demandedAct(k, si, date) {
		return
	}
	if m.speech >= 0 && cd.Code == m.r.code.Code && c.reportedConflict(k, si, date, neg, hyp) {
		return
	}
	if m.speech >= 0 && cd.Code == "128" && !neg && c.reportedDefiance(k, si, date, hyp) {
		return
	}
	c.emitAll(m, cd, si, date, neg, hyp, fromTree)
	if jc, ok := c.jointAct(m, cd.Code); ok && !neg {
		// "Kenya and Somalia launched a joint operation against
		// al-Shabaab": the two who use force or arrest together
		// cooperate militarily (062) or judicially (063), each with the
		// other, besides the act on its target
		for _, a := range m.srcs {
			for _, b := range m.srcs {
				if a != b {
					c.emit(m, jc, a, b, si, date, false, hyp)
				}
			}
		}
	}
	if hyp && !neg && !c.question(m.ts, e) {
		// "Norway is willing to send troops": the troops are not sent
		// (the act stays, hypothetical, as PETRARCH codes it), the intent
		// is announced now
		if ic, ok := intentCode(cd.Code, c.intentOf(k), m.pron); ok {
			if len(m.tgts) == 0 && fromTree && targetless(cd.Code) && !targetless(ic.Code) &&
				!(len(m.srcs) >= 2 && c.mutual(m)) {
				// "the rebels threatened to attack the capital": the threat
				// of an act that names no one names no one either; a
				// yielding promised to no one named ("agreed to step down",
				// "offered to resign") is promised all the same
				for _, sg := range m.srcs {
					c.emit(m, ic, sg, -1, si, date, false, false)
				}
			} else {
				c.emitAll(m, ic, si, date, false, false, fromTree)
			}
		}
	}
}

// pressureRoot are the roots of acts done to someone (appeals, demands,
// rejections, coercion) that the lexicon's verbs also use for markets: to
// push, curb or raise prices, exports or rates acts on a figure, whoever
// owns it ("would not seek to push OPEC oil prices above 18 dlrs").
var pressureRoot = map[string]bool{"02": true, "10": true, "12": true, "17": true}

// visitor sets the roles of match k when it is the -ing form of a visit
// or meeting right before an actor, as an adjective: "Deng told visiting
// U.S. Secretary of State Shultz" is Shultz visiting, the host the
// subject before it (a parse reads the participle as a verb of "told"
// often enough that word order decides). It reports whether it did.
func (c *coder) visitor(k, s int) bool {
	m := &c.ms[k]
	if dyad.RootOf(m.r.code.Code) != "04" || m.te != m.ts+1 || c.fl[m.ts]&flagIng == 0 ||
		m.te >= len(c.actor) || c.actor[m.te] < 0 || m.ts <= s || c.actor[m.ts-1] >= 0 ||
		c.fl[m.ts-1]&(flagAux|flagBe|flagModal|flagNeg|flagCompPrep) != 0 {
		// after a preposition the -ing form is a gerund, a verb: "left
		// after visiting Japan" is the subject's visit
		return false
	}
	src := int(c.actor[m.te])
	host := c.subject(m.ts-1, s)
	if host < 0 || host == src {
		return false
	}
	m.srcs = append(m.srcs[:0], src)
	m.tgts = append(m.tgts[:0], host)
	return true
}

// recode returns the code of match k, whose pattern gives cd, where the
// sentence says more: a restated event, a suicide attack, an attack in
// words, a riot.
func (c *coder) recode(k, s int, cd Code) Code {
	m := &c.ms[k]
	if p := c.restated(k, s); p >= 0 {
		// "imposed sanctions on Iran, targeting its leader": the
		// sanctions, not an attack
		cd = c.ms[p].r.code
	}
	if physical(cd.Code) && cd.Code[:3] != "183" && c.suicide(m) {
		cd, _ = Lookup("1831") // "a suicide bomber killed": CAMEO's suicide bombing, not conventional force
	}
	if physical(cd.Code) && c.figurative(m) {
		cd, _ = Lookup("111") // "attacked Japan's fiscal policy": words, not force
	}
	if c.riot(cd.Code, m.srcs) {
		cd, _ = Lookup("145") // "a protester demolished the building"
	}
	if physical(cd.Code) && (c.labourStrike(m) || c.strikeOfWork(m)) {
		cd, _ = Lookup("143") // "1,700 workers struck", "the recent British Telecom strike": a strike, not a blow
	}
	if c.orderedMeasure(m) {
		cd, _ = Lookup("163") // "the tariffs Reagan ordered on Japanese goods": a sanction imposed, no demand
	}
	if dyad.RootOf(cd.Code) == "14" && c.stateProtest(m) {
		cd, _ = Lookup("114") // "France protested to Canada over the ban": a state's official complaint
	}
	if cd.Code == "173" && c.accusation(m) {
		cd, _ = Lookup("112") // "Washington charged Japan with violating GATT rules"
	}
	if cd.Code == "100" && m.comp >= 0 {
		if dc, ok := c.demandKind(m.comp); ok {
			cd = dc // "demanded that Sharif step down": a demand for a change of leadership (1041)
		}
	}
	if cd.Code == "020" && m.comp >= 0 {
		if ac, ok := c.appealKind(m.comp); ok {
			cd = ac // "urged Pakistan to hand back the pilot": an appeal for a release (0253)
		}
	}
	return cd
}

// labourStrike reports whether match m, a form of "strike" with no one
// struck, has workers as its source: they strike work (143).
func (c *coder) labourStrike(m *match) bool {
	if m.te != m.ts+1 || len(m.tgts) > 0 || len(m.srcs) == 0 || !strings.HasPrefix(strings.ToLower(c.word(m.ts)), "stru") && !strings.HasPrefix(strings.ToLower(c.word(m.ts)), "strik") {
		return false
	}
	for _, g := range m.srcs {
		cd := c.groups[g].code
		if len(cd) < 6 {
			return false
		}
		switch cd[3:6] {
		case "LAB", "EDU", "HLH", "AGR":
		default:
			return false
		}
	}
	return true
}

// accusation reports whether match m, a charge, is an accusation (112),
// not the legal action of CAMEO's 173: charges are brought by police,
// prosecutors and courts, and against people; a state or a body that
// charges another with unfair practices or violations accuses it.
func (c *coder) accusation(m *match) bool {
	if !strings.HasPrefix(strings.ToLower(c.word(m.ts)), "charg") || len(m.tgts) == 0 {
		return false
	}
	for _, g := range m.srcs {
		if cd := c.groups[g].code; strings.Contains(cd, "COP") || strings.Contains(cd, "JUD") {
			return false
		}
	}
	for _, g := range m.tgts {
		if c.person(g) {
			return false
		}
	}
	return true
}

// foreignWords say that the people of an agent word are of other
// countries: "foreign governments", "Western diplomats", "overseas
// lenders".
var foreignWords = map[string]bool{
	"foreign": true, "overseas": true, "western": true, "international": true, "other": true, "outside": true,
}

// foreignGroup reports whether group g, an actor of no named country, is
// said to be of other countries by the word before it, or by the words
// it holds ("foreign governments", "western creditor governments"); a
// foreign minister is no foreigner.
func (c *coder) foreignGroup(g int) bool {
	gr := &c.groups[g]
	if !strings.HasPrefix(gr.code, "---") {
		return false
	}
	for k := max(gr.ts-2, 0); k < gr.te; k++ {
		if !foreignWords[strings.ToLower(c.word(k))] {
			continue
		}
		if next := strings.ToLower(c.word(min(k+1, len(c.fl)-1))); strings.HasPrefix(next, "minist") || strings.HasPrefix(next, "secretar") {
			continue // "the foreign minister", "foreign ministers of the EC"
		}
		// only modifiers between it and the group
		ok := true
		for j := k + 1; j < gr.ts; j++ {
			if c.fl[j]&flagBoundary != 0 || c.caps[j] {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// person reports whether group g names people who may be charged in
// court: a person's name, or an agent word for people ("Polish
// citizens"); not the police or the armed forces as a body, whom a charge
// of others accuses ("protesters charged the police with brutality").
func (c *coder) person(g int) bool {
	gr := &c.groups[g]
	if cd := gr.code; people(cd) && !strings.HasSuffix(cd, "MIL") && !strings.HasSuffix(cd, "COP") {
		return true
	}
	start := c.a.Tokens[gr.ts].Start
	for _, mn := range c.a.Mentions {
		if mn.Start <= start && start < mn.End {
			return mn.Kind == dyad.KindPerson
		}
	}
	return false
}

// moodOf returns whether match k is negated or hypothetical, and its code
// once a refusal is read as one: "he would not provide support" is a
// rejection, not a negated support.
func (c *coder) moodOf(k, s, e int, cd Code) (Code, bool, bool) {
	m := &c.ms[k]
	neg, hyp := false, false
	if !c.parsedNoun(m) {
		// the words before the trigger; a noun's governing words are the
		// tree's to read ("would avenge the attack": the attack was)
		neg, hyp = c.mood(m, s)
	}
	if c.question(m.ts, e) {
		hyp = true // "Will Russia attack Ukraine?": asked, not done
	}
	if n2, h2 := c.treeMood(k); n2 || h2 {
		neg, hyp = neg || n2, hyp || h2
	}
	if m.ctrl >= 0 {
		// "Qatar pledged to expel": the controller's words count too
		n2, _ := c.mood(&c.ms[m.ctrl], s)
		neg, hyp = neg || n2, true
	}
	if hyp && !neg && dyad.RootOf(cd.Code) == "13" && m.speech >= 0 && c.pronounSubject(k) && !c.question(m.ts, e) {
		// "Iran said it would reconsider its relations with Britain": a
		// threat its maker speaks of as its own is made as it is said
		hyp = false
	}
	if m.ts < len(c.fl) && c.fl[m.ts]&flagNeg != 0 && dyad.RootOf(cd.Code) == "13" {
		// "would not rule out the use of force": the negation is the
		// pattern's own word, and the threat is made as it is said
		neg, hyp = false, false
	}
	if neg && c.refusal(m, s) {
		if rc, ok := refusalCode(cd.Code); ok {
			cd, neg, hyp = rc, false, false
		}
	}
	return cd, neg, hyp
}

// parsedNoun reports whether the parse reads match m's trigger as a noun.
func (c *coder) parsedNoun(m *match) bool {
	if c.tr == nil {
		return false
	}
	v := c.tr.headWord(m.ts, m.te)
	return v >= 0 && c.tr.words[v].UPOS == "NOUN"
}

// emitAll emits the events of match m with code cd: each source on each
// target, both ways between the sources of a mutual event with no target,
// and against no one named for a protest or force whose source the parse
// gave (fromTree).
func (c *coder) emitAll(m *match, cd Code, si int, date string, neg, hyp, fromTree bool) {
	m.srcs = slices.DeleteFunc(m.srcs, func(g int) bool { return c.groups[g].except })
	m.tgts = slices.DeleteFunc(m.tgts, func(g int) bool { return c.groups[g].except })
	// "Sorsa and his government resigned": two groups of one actor are one
	// side, and one event
	m.srcs = c.oneEach(m.srcs)
	if (cd.Code == "087" || cd.Code == "0356") && len(m.tgts) > 0 && c.withdrawsOwn(m, cd, si, date, neg, hyp) {
		return
	}
	if len(m.tgts) == 0 && len(m.srcs) >= 2 && c.mutual(m) {
		// "China and Russia signed an agreement": each with the other,
		// in the order of the text
		slices.Sort(m.srcs)
		for _, a := range m.srcs {
			for _, b := range m.srcs {
				c.emit(m, cd, a, b, si, date, neg, hyp)
			}
		}
		return
	}
	if len(m.tgts) == 0 && fromTree && (targetless(cd.Code) || m.alone || yieldTargetless[m.r.code.Code] && !m.r.lexicon && dyad.RootOf(cd.Code) == "12") {
		// a protest names whom it is against only at times ("thousands
		// marched in Belgrade"), and violence its victims ("gunmen opened
		// fire in central Mali"): the target is no one named, and the
		// country of its place, inferred and marked so; only where the
		// parse gave the source, as word order alone finds one too easily.
		// A yielding refused is refused to no one named as well ("the
		// government would not back down": 124)
		for _, sg := range m.srcs {
			c.emit(m, cd, sg, -1, si, date, neg, hyp)
		}
		return
	}
	for _, sg := range m.srcs {
		for _, tg := range m.tgts {
			a, b := sg, tg
			if m.r.swap {
				a, b = tg, sg // the loop's own variables stay: each target is swapped with the source
			}
			c.emit(m, cd, a, b, si, date, neg, hyp)
			if m.r.hasRev {
				c.emit(m, m.r.reverse, b, a, si, date, neg, hyp)
			}
		}
	}
}

// oneEach keeps the first of the groups of gs with the same code.
func (c *coder) oneEach(gs []int) []int {
	out := gs[:0]
	for _, g := range gs {
		dup := false
		for _, h := range out {
			if c.groups[h].code == c.groups[g].code {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, g)
		}
	}
	return out
}

// reported links the matches after a verb of saying, up to the end of its
// clause, to it: they are what was said.
func (c *coder) reported(e int) {
	for k := range c.ms {
		m := &c.ms[k]
		if !m.suppressed && m.r.code.Code == "130" && c.ownThreatClause(m.te, k, c.sentStart(m.ts)) && k+1 < len(c.ms) {
			// "Turkey warned it would ban the party": the pronoun is the
			// one who warns (its own act, threatened); "Iran's minister
			// warned Tehran would expel the diplomats": the act is the threat
			c.ms[k+1].warner = k + 1
			m.ownAct = m.ownAct || c.fl[m.te]&flagPron == 0 && c.threatAct(k, m.te)
		}
		if !m.r.speech || m.suppressed {
			continue
		}
		stop := e
		for j := m.te; j < e; j++ {
			if c.fl[j]&flagBoundary != 0 {
				stop = j
				break
			}
		}
		for j := k + 1; j < len(c.ms) && c.ms[j].ts < stop; j++ {
			if c.ms[j].speech < 0 {
				c.ms[j].speech = k
			}
		}
	}
}

// reportedConflict codes violence that a speaker reports as PETRARCH-2's
// gold does: "X said Y attacked Z" is X accusing Y (112), and "X said they
// attacked Z", the speaker speaking of itself or of its own country's
// forces, is X claiming responsibility (015). It reports whether it coded
// match k so.
func (c *coder) reportedConflict(k, si int, date string, neg, hyp bool) bool {
	m := &c.ms[k]
	sp := &c.ms[m.speech]
	if !violent(m.r.code.Code) || len(sp.srcs) == 0 || c.mediaSpeaker(sp) {
		return false
	}
	if (m.pron || c.ownSide(sp.srcs, m.srcs)) && lawfulCoercion(m.r.code.Code) && !c.fighters(m.srcs) {
		// "Venezuelan authorities said they had arrested a US citizen": an
		// arrest, an expulsion or an administrative sanction a state
		// announces of itself is the act, done by law, not violence
		// claimed; what troops "captured" in a war stays claimed
		return false
	}
	if m.pron || c.ownSide(sp.srcs, m.srcs) {
		// "Iraq said Iraqi forces killed 500 Iranian soldiers": its own
		// side's act, claimed, not an accusation of itself
		claim, _ := Lookup("015")
		for _, a := range sp.srcs {
			for _, t := range m.tgts {
				c.emit(m, claim, a, t, si, date, neg, hyp)
			}
		}
		return true
	}
	accuse, _ := Lookup("112")
	for _, a := range sp.srcs {
		for _, b := range m.srcs {
			c.emit(m, accuse, a, b, si, date, neg, hyp)
		}
	}
	return true
}

// reportedDefiance codes a breach of a law or an accord (128) that a
// speaker reports of another as the speaker's accusation (112) of the
// one who breached it, as reported violence is: "Turkey said Greece had
// violated the accord" is TUR->GRC 112, and "Washington imposed the
// sanctions, saying Tokyo had failed to abide by the pact" USA->JPN 112.
// A speaker who reports its own side's breach, or the press, accuses no
// one: the act stands. It reports whether it coded match k so.
func (c *coder) reportedDefiance(k, si int, date string, hyp bool) bool {
	m := &c.ms[k]
	sp := &c.ms[m.speech]
	if len(sp.srcs) == 0 || len(m.srcs) == 0 || m.pron || c.mediaSpeaker(sp) || c.ownSide(sp.srcs, m.srcs) {
		return false
	}
	accuse, _ := Lookup("112")
	for _, a := range sp.srcs {
		for _, b := range m.srcs {
			if a != b {
				c.emit(m, accuse, a, b, si, date, false, hyp)
			}
		}
	}
	return true
}

// deniedAct codes an act its doer denies as the denial (016, deny
// responsibility) toward the act's target, as the codebook has it: "Iran
// denied that it had supplied drones to Russia" is IRN->RUS 016, as "denied
// supplying drones to Russia" is, not the supply. An act of others that a
// speaker denies was not done and is not coded; a denial denied ("did not
// deny that Russia attacked") leaves the act as it stands. It reports
// whether match k was a denied act.
func (c *coder) deniedAct(k, s, si int, date string, hyp bool) bool {
	m := &c.ms[k]
	sp := &c.ms[m.speech]
	if sp.r.code.Code != "016" {
		return false
	}
	if neg, _ := c.mood(sp, s); neg {
		return false
	}
	if len(sp.srcs) == 0 || !m.pron && !c.ownSide(sp.srcs, m.srcs) {
		return true
	}
	for _, a := range sp.srcs {
		for _, t := range m.tgts {
			c.emit(m, sp.r.code, a, t, si, date, false, hyp)
		}
	}
	return true
}

// demandedAct codes an act that a speaker says another must do as the
// speaker's demand of the doer, of the act's kind (demandKind), as "told
// Iran that it must" is: "Russia said Ukraine must withdraw its troops" is
// RUS->UKR 1056, and no withdrawal; "must not" demands as such (100). A
// speaker's own side ("Iraq said its forces must hold"), a pronoun taken
// for the speaker ("said it must cut costs") and the media are no demand.
// It reports whether match k was so coded.
func (c *coder) demandedAct(k, si int, date string) bool {
	m := &c.ms[k]
	sp := &c.ms[m.speech]
	t := c.tr
	if t == nil || m.pron || len(sp.srcs) == 0 || len(m.srcs) == 0 || c.mediaSpeaker(sp) || c.ownSide(sp.srcs, m.srcs) {
		return false
	}
	v := t.headWord(m.ts, m.ts+1)
	if v < 0 || t.words[v].Rel != "ccomp" {
		return false
	}
	must, neg := false, false
	for _, a := range t.kids[v] {
		switch w := strings.ToLower(t.words[a].Text); {
		case t.words[a].Rel == "aux" && w == "must":
			must = true
		case w == "not" || w == "n't" || w == "never":
			neg = true
		}
	}
	if !must {
		return false
	}
	cd, ok := c.demandKind(k)
	if !ok || neg {
		cd, _ = Lookup("100")
	}
	for _, a := range sp.srcs {
		for _, b := range m.srcs {
			if a != b {
				c.emit(m, cd, a, b, si, date, false, false)
			}
		}
	}
	return true
}

// ownSide reports whether every actor of doers is of the country of one
// of the speakers.
func (c *coder) ownSide(speakers, doers []int) bool {
	if len(doers) == 0 {
		return false
	}
	for _, d := range doers {
		dc := c.groups[d].code
		if len(dc) < 3 || dc[:3] == "---" {
			return false
		}
		mine := false
		for _, sg := range speakers {
			if sc := c.groups[sg].code; len(sc) >= 3 && sc[:3] == dc[:3] {
				mine = true
			}
		}
		if !mine {
			return false
		}
	}
	return true
}

// mediaWords name the press: a speaker named by one reports what others
// did, it accuses no one ("Beirut radio said Israeli gunships raided").
var mediaWords = map[string]bool{
	"radio": true, "television": true, "tv": true, "agency": true, "newspaper": true,
	"daily": true, "broadcaster": true, "media": true, "station": true, "stations": true,
	"network": true, "networks": true, "press": true,
}

// mediaSpeaker reports whether a word of the press stands between the
// first source of the verb of saying sp and the verb.
func (c *coder) mediaSpeaker(sp *match) bool {
	if len(sp.srcs) == 0 {
		return false
	}
	for i := c.groups[sp.srcs[0]].ts; i < sp.ts; i++ {
		if mediaWords[strings.ToLower(c.word(i))] {
			return true
		}
	}
	return false
}

// restated returns the match that match k restates, or -1: a violent verb
// as a participle right after a coded event that is no violence, or after
// a comma following it, names that event's target ("imposed sanctions on
// Iran, targeting its supreme leader"; "new sanctions targeting Iran's
// leader").
func (c *coder) restated(k, s int) int {
	m := &c.ms[k]
	if k == 0 || !violent(m.r.code.Code) || m.te != m.ts+1 || c.fl[m.ts]&flagIng == 0 {
		return -1
	}
	j := k - 1
	for j >= 0 && (c.ms[j].suppressed || c.ms[j].r.code.Code == NoEvent) {
		j--
	}
	if j < 0 {
		return -1
	}
	p := &c.ms[j]
	if r := dyad.RootOf(p.r.code.Code); r == "01" || violent(p.r.code.Code) || p.r.speech {
		return -1
	}
	if p.te == m.ts {
		return j
	}
	if m.ts-1 > s && c.fl[m.ts-1]&flagComma != 0 {
		for q := p.te; q < m.ts-1; q++ {
			if c.fl[q]&(flagBoundary|flagComma) != 0 {
				return -1
			}
		}
		return j
	}
	return -1
}

// riot reports whether code, done by the sources srcs, is a violent
// protest: destruction or assault (171, 18) by protesters, demonstrators
// or rioters, named by the source or right after it ("a Ukrainian
// protester"). Their use of weapons (19) stays fighting, as the PETRARCH-2
// gold codes it.
func (c *coder) riot(code string, srcs []int) bool {
	if dyad.RootOf(code) != "18" && (len(code) < 3 || code[:3] != "171") {
		return false
	}
	for _, g := range srcs {
		te := c.groups[g].te
		if c.fl[te-1]&flagCrowd != 0 || te < len(c.fl) && c.fl[te]&flagCrowd != 0 {
			return true
		}
	}
	return false
}

// refusal reports whether a form of "will" stands with the negation
// between the source and the trigger: "would not provide", "won't meet".
func (c *coder) refusal(m *match, s int) bool {
	from := max(s, m.ts-5)
	for _, g := range m.srcs {
		if te := c.groups[g].te; te <= m.ts && te > from {
			from = te
		}
	}
	for j := from; j < m.ts; j++ {
		if c.fl[j]&flagFuture != 0 {
			return true
		}
	}
	return false
}

// refusals map cooperation that an actor says it will not give to the
// CAMEO rejection of it: meeting to 125, material cooperation and aid to
// 121, yielding to 124 and its kinds.
var refusals = map[string]string{
	"040": "125", "041": "125", "042": "125", "043": "125", "044": "125", "045": "126", "046": "125",
	"060": "121", "061": "1211", "062": "1212", "063": "121", "064": "121",
	"070": "121", "071": "1211", "072": "1212", "073": "122", "074": "1212", "075": "121",
	"080": "124", "081": "1241", "0811": "1241", "0812": "1241", "0813": "1241", "0814": "1241",
	"082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "123",
	"084": "1243", "0841": "1243", "0842": "1243", "085": "1244", "086": "1245", "0861": "1245",
	"0862": "1245", "0863": "1245", "087": "1246", "0871": "1246", "0872": "1246", "0873": "1246",
	"0874": "1246",
}

// refusalCode returns the rejection of cooperation code cd, if it has one.
func refusalCode(cd string) (Code, bool) {
	r, ok := refusals[cd]
	if !ok {
		return Code{}, false
	}
	return Lookup(r)
}

// lawfulCoercion reports whether code is a coercion a state does by law
// and announces as its own act, not claims: administrative sanctions
// (172x), arrests and charges (173), expulsions (174).
func lawfulCoercion(code string) bool {
	return strings.HasPrefix(code, "172") || code == "173" || code == "174"
}

// fighters reports whether an actor of srcs is a side that fights
// (armed forces, rebels, armed groups), not police or a government.
func (c *coder) fighters(srcs []int) bool {
	for _, g := range srcs {
		cd := c.groups[g].code
		if len(cd) >= 6 && armedAgents[cd[len(cd)-3:]] && cd[len(cd)-3:] != "COP" && cd[len(cd)-3:] != "OPP" {
			return true
		}
	}
	return false
}

// violent reports whether code is coercion or violence (roots 17 to 20).
func violent(code string) bool {
	r := dyad.RootOf(code)
	return r == "17" || r == "18" || r == "19" || r == "20"
}

// emit adds one event with code cd unless the sentence has it already.
func (c *coder) emit(m *match, cd Code, sg, tg, si int, date string, neg, hyp bool) {
	src, tgt := NoEvent, NoEvent // sg -1: no doer named; tg -1: no one named
	if sg >= 0 {
		src = c.groups[sg].code
	} else if m.doer != "" {
		src = m.doer // "protests erupted": protesters no one names
	}
	if tg >= 0 {
		tgt = c.groups[tg].code
	}
	if src == tgt && tg >= 0 && dyad.RootOf(cd.Code) == "15" && !m.r.lexicon {
		// "the Philippine military put its troops on red alert": forces
		// mobilised are their own, no one acted on
		tg, tgt = -1, NoEvent
	}
	if src == tgt && (sg >= 0 || tg >= 0) {
		return // "clashes broke out" (no one named on either side) stays
	}
	if cd.Code < "10" && c.selfEvent(sg, tg) {
		if !c.groups[tg].place || m.r.lexicon || !ownTargetless[cd.Code] && !yieldTargetless[cd.Code] {
			return
		}
		// an act on one's own forces or ground names no one: a place of
		// one's own country is where it is done ("Iraqi troops retreated
		// from Mosul", "Ukrainian troops pulled out of Bakhmut")
		tg, tgt = -1, NoEvent
	}
	if cd.Code == "084" && people(tgt) {
		cd, _ = Lookup("0841") // "released the civilians": persons
	}
	for i := range c.evs {
		if ev := &c.evs[i]; ev.Source == src && ev.Target == tgt && ev.Code == cd.Code {
			return
		}
	}
	toks, text := c.a.Tokens, c.a.Article.Text
	start, end := toks[m.ts].Start, toks[m.te-1].End
	if start < 0 || end > len(text) || start > end {
		return
	}
	ev := dyad.Event{
		Sentence:     si,
		Date:         date,
		Source:       src,
		Target:       tgt,
		Code:         cd.Code,
		Root:         dyad.RootOf(cd.Code),
		Quad:         cd.Quad,
		Goldstein:    cd.Goldstein,
		Trigger:      dyad.Trigger{Span: dyad.Span{Start: start, End: end}, Text: text[start:end]},
		Negated:      neg,
		Hypothetical: hyp,
	}
	d := ""
	if c.tr != nil && len(c.dates) > 0 {
		d = c.treeDate(c.tr.headWord(m.ts, m.te))
	}
	if d == "" {
		d = c.eventDate(m.ts)
	}
	if d != "" {
		ev.Date, ev.DateFromText = d, true
		if date != "" && d > date && c.tr != nil && c.tr.comingVerb(c.tr.headWord(m.ts, m.te)) && ev.Root != "03" && ev.Root != "13" {
			// an act the text dates after the article, its verb in no
			// past tense, is to come, not done: "the French president
			// visits Berlin next week", "officials meet tomorrow"; one
			// done already stays done ("agreed to operate flights from
			// May 31", "proposed a strike for July 15"), and so do an
			// intent or a threat, whose date is the act promised
			ev.Hypothetical = true
		}
	}
	if len(c.places) > 0 {
		if c.tr != nil {
			ev.Place = c.treePlace(c.tr.headWord(m.ts, m.te))
		}
		if ev.Place == nil {
			ev.Place = c.eventPlace(m.ts, c.sentStart(m.ts), c.sentEnd(m.ts))
		}
	}
	// whom an act its source may do alone is done to, named by no one, is
	// no one: not the country of where it was done ("six nations pledged
	// in Paris to stabilise currencies" pledged nothing to France)
	c.infer(&ev, si, sg >= 0 && c.foreignGroup(sg), tg >= 0 && c.foreignGroup(tg) || tg < 0 && (m.alone || aloneCode(ev.Code)) && ev.Root < "14")
	if ev.Source == ev.Target {
		// "Sidhoum, Algeria's activist, staged a hunger strike": the one
		// country is the source's; the target stays no one named
		ev.Source, ev.Target, ev.Inferred = src, tgt, ""
	}
	c.evs = append(c.evs, ev)
}

// withdrawsOwn handles de-escalation (087), or the intent to de-escalate
// (0356: "agreed to withdraw its troops from Georgia"), whose only targets
// are the source's own forces, the ones withdrawn or reduced ("announced
// the withdrawal of its troops from Syria", "reduced its troops"): they are
// what the act moves, not whom it is done to. The act is toward the
// actor of a place after "from" or "in", else toward no one named; it
// reports whether it emitted the events so.
func (c *coder) withdrawsOwn(m *match, cd Code, si int, date string, neg, hyp bool) bool {
	for _, g := range m.tgts {
		if !c.ownForces(m.srcs, g) {
			return false
		}
	}
	tg := c.placeAgent(m.ts, c.sentEnd(m.ts))
	if tg >= 0 && c.ownForces(m.srcs, tg) {
		tg = -1
	}
	for _, sg := range m.srcs {
		c.emit(m, cd, sg, tg, si, date, neg, hyp)
	}
	return true
}

// ownForces reports whether group g is the armed men of a source in
// srcs: the armed forces (MIL) of a state or its forces ("Russia" and "its
// troops"), or the fighters (UAF, REB) of an armed group ("the PKK" and
// "its fighters"), of the same country.
func (c *coder) ownForces(srcs []int, g int) bool {
	t := c.groups[g].code
	if len(t) != 6 || t[:3] == "---" {
		return false
	}
	for _, sg := range srcs {
		s := c.groups[sg].code
		if len(s) < 3 || s[:3] != t[:3] || s == t {
			continue
		}
		armed := len(s) == 6 && (s[3:] == "REB" || s[3:] == "UAF")
		if t[3:] == "MIL" && !armed && (len(s) == 3 || s[3:] == "GOV" || s[3:] == "MIL") ||
			(t[3:] == "UAF" || t[3:] == "REB") && armed {
			return true
		}
	}
	return false
}

// people reports whether an actor code names people rather than an
// institution: its agent is civilians, opposition, media, rebels, soldiers
// or police ("---CVL", "RUSOPP").
func people(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[len(code)-3:] {
	case "CVL", "OPP", "MED", "REB", "MIL", "COP", "REF", "HRI", "EDU", "LAB":
		return true
	}
	return false
}

// sentStart and sentEnd return the token range of the sentence of token t.
func (c *coder) sentStart(t int) int {
	toks := c.a.Tokens
	s := t
	for s > 0 && toks[s-1].Sentence == toks[t].Sentence {
		s--
	}
	return s
}

// openingActor returns the actor that token t, the pronoun "it" opening
// its sentence, refers to: the actor that opens the sentence before, as
// its subject ("Ghana took a tough line with Togo. It recalled its
// ambassador."), when that actor is no person, place or demonym; else -1.
func (c *coder) openingActor(t int) int {
	toks := c.a.Tokens
	if t <= 0 || t >= len(toks) || c.sentStart(t) != t || !strings.EqualFold(c.word(t), "it") {
		return -1
	}
	k := c.sentStart(t - 1)
	if strings.EqualFold(c.word(k), "the") && k+1 < t {
		k++
	}
	g := c.actor[k]
	if g < 0 || c.groups[g].ts > k {
		return -1
	}
	gr := &c.groups[g]
	if gr.person || gr.place || gr.nat || gr.except {
		return -1
	}
	// the actor is the subject: no comma or preposition right after it
	// ("China, Japan and Korea", "In Tokyo, ...")
	if e := gr.te; e < t-1 {
		switch strings.ToLower(c.word(e)) {
		case ",", "and", "of", "'s", "said":
			return -1
		}
	}
	return int(g)
}

func (c *coder) sentEnd(t int) int {
	toks := c.a.Tokens
	e := t + 1
	for e < len(toks) && toks[e].Sentence == toks[t].Sentence {
		e++
	}
	return e
}

// find matches the patterns over tokens [s, e), left to right, taking the
// longest match at each position.
func (c *coder) find(s, e int, lex bool) {
	own := len(c.ms)
	for i := s; i < e; {
		id := c.ids[i]
		if id < 0 || lex && !c.lexiconVerb(i, own) {
			i++
			continue
		}
		if c.dateAt(i) {
			i++ // "will tender March 12": a date, not a march
			continue
		}
		if c.portfolio(i, e) {
			i++ // "sent to finance ministers": a minister's title, not financing
			continue
		}
		if c.looseHyphen(i) {
			i++ // "WASHINGTON - Baker holds talks": a dash, not "U.S.-Japan"
			continue
		}
		if g := c.actor[i]; g >= 0 && c.caps[i] && int(g) < len(c.groups) && i > c.groups[g].ts {
			i++ // "the International Monetary Fund criticised": a word of a name
			continue
		}
		best := match{te: -1, slot: -1, speech: -1, ctrl: -1, comp: -1}
		bestLits := -1
		for _, ri := range c.p.first[id] {
			r := c.p.rules[ri]
			if r.lexicon != lex {
				continue
			}
			if dyad.RootOf(r.code.Code) == "10" && c.asserts(i) {
				continue // "insisted that the country was living up to the pact": said, not demanded
			}
			end, slot := c.try(r.items[1:], i+1, e)
			if end < 0 || r.before != nil && !c.before(r.before, i, s) {
				continue
			}
			if end > best.te || end == best.te && r.lits >= bestLits {
				best = match{r: r, ts: i, te: end, slot: slot, speech: -1, ctrl: -1, comp: -1}
				bestLits = r.lits
			}
		}
		if best.te < 0 || c.adjective(&best, s, e) {
			i++
			continue
		}
		// a verb of the lexicon is a verb of the parse: never a noun
		best.nominal = !lex && (i > s && c.fl[i-1]&flagDet != 0 || c.bareNoun(&best, s))
		if !lex && c.rate(i, s) {
			i++ // "one cent a pound": a unit of measure
			continue
		}
		if !lex && (best.nominal || c.parsedNoun(&best)) && c.otherSense(i, e) {
			i++ // "the pound", "a decline in", "domestic demand"
			continue
		}
		c.ms = append(c.ms, best)
		if lex {
			i++ // each verb of the lexicon is coded on its own
			continue
		}
		i = best.te
	}
}

// otherSense reports whether the noun at token i, read as a nominal event,
// has a sense of its own that is no act of the verb it shares its form with:
// "the pound" is a currency or a weight, "a decline in exports" a fall
// (the noun of declining to do something is a refusal), and "demand" with
// no one's "'s" or "its" before it and no "that" or "by" after it the
// demand of markets ("domestic demand", "U.S. oil demand for imports"); "China's
// demand", "the demand that Japan open" and "demands" stay acts.
func (c *coder) otherSense(i, e int) bool {
	switch strings.ToLower(c.word(i)) {
	case "pound", "decline":
		return true

	case "demand":
		if i > 0 && (c.word(i-1) == "'s" || c.isPossPronoun(i-1)) {
			return false // "China's demand", "renewed its demand for"
		}
		if i+1 < e {
			switch strings.ToLower(c.word(i + 1)) {
			case "that", "by":
				return false
			}
		}
		return true
	}
	return false
}

// asserts reports whether the verb at token i is "insist" with a
// that-clause in the indicative: what one insists is so ("insisted that
// the country was living up to its pact", "insist that they will not
// liberalize imports") is said, where what one insists be done ("insisted
// that Japan open its market", "that it should withdraw") is demanded.
func (c *coder) asserts(i int) bool {
	if c.tr == nil || !strings.HasPrefix(strings.ToLower(c.word(i)), "insist") {
		return false
	}
	t := c.tr
	v := t.wordAtToken(i)
	if v < 0 {
		return false
	}
	x := t.child(v, "ccomp")
	if x < 0 {
		return false
	}
	aux := false
	for _, k := range t.kids[x] {
		if r := t.words[k].Rel; r == "aux" || r == "cop" || r == "aux:pass" {
			aux = true
			switch strings.ToLower(t.words[k].Text) {
			case "was", "were", "is", "are", "will", "would", "can", "could", "has", "have", "had", "'s", "'re", "wo":
				return true
			case "be", "should", "must":
				return false // "insist that disputes be resolved", "that it should withdraw"
			}
		}
	}
	// a past or third-person form ("insisted that Japan opened"); the base
	// form is the demand's ("insisted that Japan open")
	w := strings.ToLower(t.words[x].Text)
	return !aux && t.words[x].UPOS == "VERB" && w != t.lemma(x) && !strings.HasSuffix(w, "ing")
}

// portfolio reports whether token i names a minister's portfolio before
// the word for the minister or the ministry ("finance ministers", "trade
// ministry officials"): a word of a title, whatever verb it may also be.
func (c *coder) portfolio(i, e int) bool {
	if i+1 >= e || !portfolioWords[strings.ToLower(c.word(i))] {
		return false
	}
	return ministerWords[strings.ToLower(c.word(i+1))]
}

var portfolioWords = map[string]bool{"finance": true, "trade": true, "defence": true, "defense": true, "interior": true, "labour": true, "labor": true, "transport": true, "supply": true}

var ministerWords = map[string]bool{
	"minister": true, "ministers": true, "ministry": true, "ministries": true, "secretary": true,
	"secretaries": true, "department": true, "committee": true, "chief": true, "chiefs": true,
}

// dateAt reports whether token i lies in a date expression the annotate
// stage found (a.Dates): no pattern starts there.
func (c *coder) dateAt(i int) bool {
	t := c.a.Tokens[i]
	for _, d := range c.a.Dates {
		if t.Start >= d.Start && t.End <= d.End {
			return true
		}
	}
	return false
}

// maxBefore is how far before a pattern's first word its !before word may
// stand: "the military quickly rushed", "troops were rushed".
const maxBefore = 4

// before reports whether a word or phrase of it ends within maxBefore
// tokens before token i, not before the sentence's first token s nor
// across a comma or a clause boundary: in "after the air strikes, rebels
// attacked" the strikes are not the rebels'.
func (c *coder) before(it *item, i, s int) bool {
	for j := i - 1; j >= s && j >= i-maxBefore; j-- {
		if c.fl[j]&(flagComma|flagBoundary) != 0 {
			return false
		}
		if contains(it.ids, c.ids[j]) {
			return true
		}
		for _, ph := range it.pids {
			if st := j - len(ph) + 1; st >= s && c.phraseAt(ph, st, j+1) {
				return true
			}
		}
	}
	return false
}

// lexiconVerb reports whether token i can start a match of the lexicon:
// the parse reads it as a verb, and no match of dyad's own patterns (the
// first own of c.ms) covers it.
func (c *coder) lexiconVerb(i, own int) bool {
	if c.tr == nil {
		return false
	}
	w := c.tr.wordAtToken(i)
	if w < 0 || c.tr.words[w].UPOS != "VERB" {
		return false
	}
	for k := range own {
		if i >= c.ms[k].ts && i < c.ms[k].te {
			return false
		}
	}
	return true
}

// adjective reports whether a one-word match is a participle used as an
// adjective: "exiled leaders", "the two exiled dissidents". The word after
// it is a noun and the word before it can be no subject of a verb.
func (c *coder) adjective(m *match, s, e int) bool {
	if c.fl[m.ts]&flagPart != 0 && m.ts > s && articles[strings.ToLower(c.word(m.ts-1))] {
		return true // "the stricken British ferry", "its armed forces": no verb follows an article
	}
	if m.te != m.ts+1 || c.fl[m.ts]&flagPart == 0 || m.te >= e {
		return false
	}
	if n := m.te; c.caps[n] || c.fl[n] != 0 && c.fl[n]&flagAgent == 0 || c.ids[n] < 0 && c.actor[n] >= 0 {
		return false // "exiled Egypt", "attacked by", "attacked the"
	}
	j := m.ts - 1
	if j < s || c.actor[j] >= 0 {
		return false
	}
	if c.fl[j]&(flagAux|flagBe|flagAdv|flagNeg|flagConj|flagModal|flagPron|flagRel|flagBoundary) != 0 {
		return false
	}
	// the parse knows a verb from an adjective: "tanks shelled positions"
	// has a subject, "exiled leaders" modifies a noun; a sentence not yet
	// parsed may be, so selection keeps it
	if c.tr != nil {
		if w := c.tr.wordAtToken(m.ts); w >= 0 {
			return c.tr.words[w].Rel == "amod" || c.tr.words[w].UPOS == "ADJ"
		}
	}
	return !c.selecting
}

// articles and possessives stand before a noun phrase, never before a verb
// ("that" and "those" may: "the ships that attacked").
var articles = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "this": true, "these": true}

// bareNoun reports whether a verb pattern matched a base or -s form where
// no verb can stand: "bipartisan praise", "domestic demand". A verb form
// needs an actor, an auxiliary, an adverb or a conjunction before it.
func (c *coder) bareNoun(m *match, s int) bool {
	if !m.r.items[0].verb || c.fl[m.ts]&(flagPart|flagIng) != 0 {
		return false
	}
	if m.ts+1 < m.te && c.fl[m.ts+1]&flagTo != 0 {
		return false // "wants to help": a verb with its infinitive
	}
	j := m.ts - 1
	if j < s {
		return false
	}
	if c.actor[j] >= 0 || c.fl[j]&(flagAux|flagModal|flagNeg|flagAdv|flagConj) != 0 {
		return false
	}
	return true
}

// try matches items from token pos, before e. It returns the end of the
// longest match, -1 for none, and the group in the target slot.
func (c *coder) try(items []item, pos, e int) (end, slot int) {
	if len(items) == 0 {
		return pos, -1
	}
	it := &items[0]
	end, slot = -1, -1
	switch it.kind {
	case itemWord:
		if pos < e && contains(it.ids, c.ids[pos]) {
			end, slot = c.try(items[1:], pos+1, e)
		}
		for _, ph := range it.pids {
			if c.phraseAt(ph, pos, e) {
				if e2, s2 := c.try(items[1:], pos+len(ph), e); e2 > end {
					end, slot = e2, s2
				}
			}
		}
	case itemGap:
		for j := 0; j <= it.max && pos+j <= e; j++ {
			if j > 0 && c.fl[pos+j-1]&(flagBoundary|flagComma) != 0 {
				break
			}
			if e2, s2 := c.try(items[1:], pos+j, e); e2 > end {
				end, slot = e2, s2
			}
		}
	case itemSlot:
		// the target, after an article and up to three plain words ("the
		// two exiled dissidents"), with up to two plain nouns after it
		// ("Filipino peacekeepers")
		p := pos
		if p < e && c.fl[p]&flagDet != 0 {
			p++
		}
		for n := 0; n < 3 && p < e && c.actor[p] < 0 && !c.caps[p] && c.fl[p]&^(flagPart|flagVerb|flagQuant) == 0; n++ {
			p++
		}
		if p < e && c.actor[p] >= 0 && c.groups[c.actor[p]].ts == p {
			g := int(c.actor[p])
			q := c.groups[g].te
			for n := 0; ; n++ {
				if e2, _ := c.try(items[1:], q, e); e2 > end {
					end, slot = e2, g
				}
				if n == 2 || q >= e || c.actor[q] >= 0 || c.caps[q] || c.fl[q] != 0 {
					break
				}
				q++
			}
		}
	}
	if it.opt {
		if e2, s2 := c.try(items[1:], pos, e); e2 > end {
			end, slot = e2, s2
		}
	}
	return end, slot
}

// phraseAt reports whether the words of ph stand at pos, before e.
func (c *coder) phraseAt(ph []int32, pos, e int) bool {
	if pos+len(ph) > e {
		return false
	}
	for j, id := range ph {
		if c.ids[pos+j] != id {
			return false
		}
	}
	return true
}

func contains(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// metBefore reports whether match m is the gerund of a meeting, talks or
// a visit (04) after "after" or "before": a step of the subject's trip,
// done as the main verb is ("Kohl spoke after meeting Mitterrand", "left
// for Moscow after visiting Japan"), as the noun is ("after talks with").
// A gerund after other prepositions is what is spoken of ("accused X of
// meeting Y", "talked about visiting Japan").
func (c *coder) metBefore(m *match) bool {
	if !strings.HasPrefix(m.r.code.Code, "04") {
		return false
	}
	w := strings.ToLower(c.word(m.ts - 1))
	return w == "after" || w == "before"
}

// looseHyphen reports whether token j is a hyphen that does not join an
// actor to the next word: "U.S.-Japan trade talks" names the two who hold
// them, a dash after a dateline ("WASHINGTON - Baker holds talks") does
// not, and starts no pattern.
func (c *coder) looseHyphen(j int) bool {
	if c.word(j) != "-" {
		return false
	}
	toks := c.a.Tokens
	return j == 0 || j+1 >= len(toks) || c.actor[j-1] < 0 || toks[j-1].End != toks[j].Start || toks[j].End != toks[j+1].Start
}

// suppress marks the matches that are not events of their own: a gerund
// after a preposition ("accused X of attacking"), and the complement of a
// verb of appeal, intent, demand, rejection or threat ("urged X to stop
// attacking", "threatened to invade").
func (c *coder) suppress(s, e int) {
	for k := range c.ms {
		m := &c.ms[k]
		if m.ts > s && c.fl[m.ts]&flagIng != 0 && c.fl[m.ts-1]&flagCompPrep != 0 && !c.responseMeans(m) && !c.metBefore(m) {
			m.suppressed = true
		}
		// "an attack targeting civilians": the participle describes a noun;
		// "sanctions targeting Iran's leader" restates the sanctions
		if m.ts > s && c.fl[m.ts]&flagIng != 0 && c.actor[m.ts-1] < 0 && !c.caps[m.ts-1] &&
			(c.fl[m.ts-1] == 0 || k > 0 && c.ms[k-1].nominal && c.ms[k-1].te == m.ts) && c.restated(k, s) < 0 {
			m.suppressed = true
		}
	}
	for k := range c.ms {
		m := &c.ms[k]
		if m.suppressed {
			continue
		}
		if m.r.control && m.r.to {
			// "pledged to expel", "wants to help": the infinitive is the
			// event, done by the subject of the control verb
			if j := c.infinitive(k, e); j >= 0 {
				c.ms[j].ctrl = k
				m.suppressed = true
				continue
			}
		}
		from := -1
		var marks uint32
		switch m.r.code.Code[:2] {
		case "02", "10", "12", "13":
			marks = flagTo | flagThat
		case "03":
			marks = flagTo
		case "11":
			marks = flagThat
		}
		if m.r.code.Code == "015" && m.r.endsPrep {
			from = m.te // "claimed responsibility for the attack on"
		}
		if m.r.code.Code[:2] == "10" && m.te > m.ts && (c.fl[m.te-1]&flagThat != 0 || strings.EqualFold(c.word(m.te-1), "must")) {
			// "demanded that Turkey withdraw", "said Japan must open its
			// markets": what is demanded is no event of its own
			from = m.te
		}
		if from >= 0 {
		} else if m.r.to && marks != 0 {
			from = m.te // "threatened to invade"
		} else {
			if marks != 0 {
				for j := m.te; j < e && j < m.te+6; j++ {
					if c.fl[j]&(flagBoundary|flagComma) != 0 {
						break
					}
					if c.fl[j]&marks != 0 {
						from = j
						break
					}
				}
			}
		}
		if from >= 0 && m.r.code.Code == "130" && c.ownThreatClause(from, k, c.sentStart(m.ts)) && c.threatAct(k, from) {
			// "warned that it would expel the diplomats": the clause is the
			// warner's own act, coded with the warner as its source, and
			// threatened by its kind (1313, intentOf), not swallowed as what
			// a bare warning (130) says
			m.ownAct = true
			c.ms[k+1].warner = k + 1
			continue
		}
		if from < 0 {
			continue
		}
		end := from
		for end < e && (end == from || c.fl[end]&(flagBoundary|flagComma) == 0) {
			end++
		}
		for j := k + 1; j < len(c.ms); j++ {
			if c.ms[j].ts >= from && c.ms[j].ts < end {
				c.ms[j].suppressed = true
				// what a demand asks is its that-clause's act; what an appeal
				// asks, its infinitive's ("urged Japan to open its market") or
				// its that-clause's ("urged that Russia withdraw")
				if m.comp < 0 && (m.r.code.Code[:2] == "10" || m.r.code.Code == "020" && (c.appealVerb(c.ms[j].ts) || c.fl[from]&flagThat != 0)) {
					m.comp = j
				}
			}
		}
	}
}

// ownThreatClause reports whether the "that" at token j, after the bare
// warning k of sentence start s, opens a clause of the warner's own act: a
// pronoun subject, or an actor of the warner's own country ("Lavrov warned
// that Moscow would retaliate"), and a modal ("warned that it would expel
// the diplomats", "that they could cut ties"). Its act is then coded as the
// threat of its kind, as "warned it would expel" is, not swallowed as what
// the bare warning (130) says.
func (c *coder) ownThreatClause(j, k, s int) bool {
	if j >= 0 && j < len(c.fl) && c.fl[j]&flagThat == 0 {
		j-- // "warned it would": no "that"
	}
	if j < 0 || j+2 >= len(c.fl) || j+1 >= len(c.actor) {
		return false
	}
	m := j + 2
	if c.fl[j+1]&flagPron == 0 {
		g := int(c.actor[j+1])
		if g < 0 || !c.ownCountry(g, c.subject(c.ms[k].ts-1, s)) {
			return false
		}
		m = c.groups[g].te
	}
	if m >= len(c.fl) {
		return false
	}
	switch strings.ToLower(c.word(m)) {
	case "will", "would", "'ll", "could", "might", "may":
		return true
	}
	return false
}

// ownCountry reports whether groups g and h are actors of one named country
// ("Moscow" and "Foreign Minister Lavrov of Russia").
func (c *coder) ownCountry(g, h int) bool {
	if g < 0 || h < 0 || g == h {
		return false
	}
	a, b := c.groups[g].code, c.groups[h].code
	return len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3] && a[:3] != NoEvent && a[:3] != "IGO"
}

// threatAct reports whether the first match after match k in the clause
// opened at token from is the verb of that clause's act ("that it would
// expel the diplomats": "expel" right after the modal, an adverb or "not"
// between) and an act whose threat has a kind of its own (threatIntent).
func (c *coder) threatAct(k, from int) bool {
	if k+1 >= len(c.ms) {
		return false
	}
	n := &c.ms[k+1]
	start := -1 // the word after the clause's modal
	for j := from; j < n.ts && j < from+8; j++ {
		switch strings.ToLower(c.word(j)) {
		case "will", "would", "'ll", "could", "might", "may":
			start = j + 1
		}
		if start >= 0 {
			break
		}
	}
	if start < 0 || n.r.code.Code == NoEvent {
		return false
	}
	for j := start; j < n.ts; j++ {
		if c.fl[j]&(flagAdv|flagNeg) == 0 {
			return false
		}
	}
	return true
}

// infinitive returns the match that follows the "to" of control verb
// match k at once (an adverb or "not" may stand between), when it codes
// an event other than a statement, or -1.
func (c *coder) infinitive(k, e int) int {
	m := &c.ms[k]
	if k+1 >= len(c.ms) {
		return -1
	}
	n := &c.ms[k+1]
	if n.ts < m.te || n.ts > m.te+2 || n.r.code.Code == NoEvent || dyad.RootOf(n.r.code.Code) == "01" {
		return -1
	}
	for j := m.te; j < n.ts; j++ {
		if c.fl[j]&(flagAdv|flagNeg) == 0 {
			return -1
		}
	}
	return k + 1
}

// roles finds the sources and targets of match k.
func (c *coder) roles(k, s, e int) {
	m := &c.ms[k]
	m.srcs, m.tgts, m.pron = m.srcs[:0], m.tgts[:0], false
	limit := e // the target lies before the next verb that is coded
	for j := k + 1; j < len(c.ms); j++ {
		if n := &c.ms[j]; !n.suppressed && !n.nominal && n.r.code.Code != NoEvent {
			limit = c.ms[j].ts
			break
		}
	}
	lo := s // what was said has its own subject, after the verb of saying
	if m.speech >= 0 {
		lo = c.ms[m.speech].te
	}
	if m.r.between && m.r.mutual {
		// "talks between China and Russia": the actors after "between"
		// act on each other
		if t := c.object(m.te, limit, ""); t >= 0 && c.groups[t].ts == m.te+c.detAt(m.te, e) {
			if m.srcs = c.expandRight(t, e, m.srcs); len(m.srcs) >= 2 {
				return
			}
			m.srcs = m.srcs[:0]
		}
	}
	if c.passive(m, lo) {
		c.passiveOrder(m, lo, limit)
		return
	}
	if !c.sourceOrder(k, lo, limit) {
		return
	}
	if len(m.srcs) == 0 && m.speech >= 0 && c.pronounSubject(k) {
		// "Obama said he would ...": the pronoun is the speaker
		m.srcs = append(m.srcs, c.ms[m.speech].srcs...)
		m.pron = true
	}
	if len(m.srcs) == 0 && m.speech < 0 && m.warner > 0 && m.warner-1 < k {
		// "Turkey warned it would ban the party": the one who warns
		m.srcs = append(m.srcs, c.ms[m.warner-1].srcs...)
		m.pron = true
	}
	if len(m.srcs) == 0 {
		return
	}
	// the target
	if m.slot >= 0 {
		m.tgts = c.expandRight(m.slot, e, m.tgts)
		return
	}
	if m.r.speech && !m.r.endsPrep {
		return // "said" has no object: what follows is what was said
	}
	from := m.ts + 1
	if m.r.endsPrep {
		from = m.te
	}
	if t := c.object(from, limit, c.groups[m.srcs[0]].code); t >= 0 && !c.venue(m, t) {
		m.tgts = c.expandRight(t, e, m.tgts)
	}
}

// passiveOrder sets the roles of a passive match by word order: the
// by-agent (or, for violence, where it came from) is the source, the
// subject or the preposition's object the target.
func (c *coder) passiveOrder(m *match, lo, limit int) {
	agent := c.agent(m.te, limit)
	if agent < 0 && violent(m.r.code.Code) {
		agent = c.placeAgent(m.te, limit) // "fired from Gaza", "killed in Ukraine"
	}
	if agent < 0 {
		return
	}
	m.srcs = append(m.srcs, agent)
	if subj := c.subject(m.ts-1, lo); subj >= 0 && subj != agent {
		m.tgts = c.expandLeft(subj, lo, m.tgts)
	} else if m.r.endsPrep {
		// "rockets were fired at Israel": the preposition's object
		if t := c.object(m.te, limit, c.groups[agent].code); t >= 0 && t != agent {
			m.tgts = append(m.tgts, t)
		}
	}
}

// sourceOrder sets the sources of active match k by word order: the
// subject of its control verb, of a verb it is coordinated with, of the
// verb before a participle clause, or its own. It reports false when the
// match is no event of its own (the dead of an attack already coded).
func (c *coder) sourceOrder(k, lo, limit int) bool {
	m := &c.ms[k]
	src := -1
	switch {
	case m.ctrl >= 0:
		cm := &c.ms[m.ctrl]
		if prev := c.coordinated(m.ctrl, lo); prev != nil {
			m.srcs = append(m.srcs, prev.srcs...)
		} else if src = c.subject(cm.ts-1, lo); src >= 0 {
			m.srcs = c.expandLeft(src, lo, m.srcs)
		}
	case m.nominal:
		src = c.nominalSubject(k, lo)
		if src < 0 {
			src = c.agent(m.te, limit)
		}
		if src >= 0 {
			m.srcs = append(m.srcs, src)
		}
	case m.ts > lo && c.fl[m.ts]&flagIng != 0 && c.fl[m.ts-1]&flagComma != 0:
		// "Insurgents bombarded Aleppo, killing eight": the participle
		// clause has the subject of the verb before it; the dead of an
		// attack already coded are that attack, not another event
		for j := k - 1; j >= 0; j-- {
			if p := &c.ms[j]; !p.suppressed && p.r.code.Code != NoEvent {
				if violent(p.r.code.Code) && violent(m.r.code.Code) && len(p.tgts) > 0 && c.restated(k, lo) < 0 {
					return false
				}
				m.srcs = append(m.srcs, p.srcs...)
				break
			}
		}
	default:
		if prev := c.coordinated(k, lo); prev != nil {
			m.srcs = append(m.srcs, prev.srcs...)
		} else if src = c.subject(m.ts-1, lo); src >= 0 {
			m.srcs = c.expandLeft(src, lo, m.srcs)
		}
	}
	return true
}

// detAt returns 1 when token j is an article or other determiner, else 0.
func (c *coder) detAt(j, e int) int {
	if j < e && c.fl[j]&flagDet != 0 {
		return 1
	}
	return 0
}

// venue reports whether group t, found as the object of match m, is only
// where m happened: a place after "in", "at" or "near" that
// is not the pattern's own preposition, when m is a meeting ("met in
// Beijing"; a visit goes to its place, and a summit's subject may be one)
// or acts both ways among a compound
// subject ("Xi and Putin signed a statement in Beijing").
func (c *coder) venue(m *match, t int) bool {
	g := &c.groups[t]
	if g.ts == 0 || c.fl[g.ts-1]&flagLoc == 0 {
		return false
	}
	if len(m.srcs) >= 2 && c.mutual(m) {
		return true // "Obama and Netanyahu met in Jerusalem"
	}
	cd := m.r.code.Code
	if g.ts-1 == m.te-1 && m.r.endsPrep {
		// "arrived in Moscow" is a visit of Russia; "OPEC meets in
		// Vienna" meets no Austrian: 044's place is a third party's
		return cd[:min(3, len(cd))] == "044" && g.place
	}
	return dyad.RootOf(cd) == "04" && cd[:3] != "042" && cd[:3] != "044"
}

// mutual reports whether match m, with a compound subject and no target,
// has its actors act on each other: a pattern marked !mutual, or a meeting,
// call or negotiation ("Obama and Netanyahu met").
func (c *coder) mutual(m *match) bool {
	if m.r.mutual {
		return true
	}
	if m.r.endsPrep && m.te > m.ts && strings.EqualFold(c.word(m.te-1), "with") && c.phraseAfter(m) >= 0 {
		// "Venezuela, Chile and the Philippines have all reached agreement
		// with commercial banks": the partner the pattern names is there,
		// no actor, and the subjects did not agree with each other
		return false
	}
	// meeting, negotiating and signing an agreement are done together:
	// "China and Russia signed an accord" is each with the other
	switch cd := m.r.code.Code; cd[:min(3, len(cd))] {
	case "040", "041", "044", "046", "057":
		// the lexicon codes going, travelling and gathering as meeting
		// (040) too: "Volcker and Miyazawa went unheeded" is no meeting
		// of the two; of its verbs, those of doing something together
		// or of a meeting named ("opened talks", "come to terms")
		return !m.r.lexicon || c.tr == nil || reciprocal[c.tr.lemma(max(c.tr.headWord(m.ts, m.te), 0))] ||
			c.matchHas(m, meetingWords)
	case "061", "062", "063", "064":
		// cooperation is mutual when its words say it is joint or an
		// agreement ("held joint exercises", "signed a trade treaty"):
		// buying, arming or funding together is no act of the buyers
		// with each other ("Egypt and India bought sugar")
		return c.matchHas(m, jointWords)
	}
	return false
}

// phraseAfter returns the noun that the preposition ending match m (whose
// pattern ends in one) introduces in the parse, actor or not; -1 for none.
func (c *coder) phraseAfter(m *match) int {
	t := c.tr
	if t == nil {
		return -1
	}
	p := t.wordAtToken(m.te - 1)
	if p < 0 || t.words[p].Rel != "case" || t.words[p].Head <= p || t.words[t.words[p].Head].UPOS != "NOUN" {
		return -1
	}
	return t.words[p].Head
}

// jointAct returns the code of the cooperation of the sources of match m,
// an act of force (18-20) or an arrest (173) of code cd, when it has two
// sources or more and its words, or an adverb right before it, say they
// do it together ("a joint operation against", "jointly arrested"): 062
// for force, 063 for an arrest.
func (c *coder) jointAct(m *match, cd string) (Code, bool) {
	if len(m.srcs) < 2 || !physical(cd) && !strings.HasPrefix(cd, "173") {
		return Code{}, false
	}
	joint := c.matchHas(m, togetherWords)
	for j := m.ts - 1; !joint && j >= 0 && j >= m.ts-2 && c.fl[j]&flagAdv != 0; j-- {
		joint = togetherWords[strings.ToLower(c.word(j))]
	}
	if !joint {
		return Code{}, false
	}
	if physical(cd) {
		return Lookup("062")
	}
	return Lookup("063")
}

// togetherWords say that an act is done together.
var togetherWords = map[string]bool{"joint": true, "jointly": true, "together": true, "combined": true}

// matchHas reports whether one of match m's words, in lower case, is in
// words.
func (c *coder) matchHas(m *match, words map[string]bool) bool {
	for j := m.ts; j < m.te; j++ {
		if words[strings.ToLower(c.word(j))] {
			return true
		}
	}
	return false
}

// reciprocal are the lemmas of the lexicon's verbs of meeting, talking
// and agreeing that two do with each other.
var reciprocal = map[string]bool{
	"meet": true, "talk": true, "confer": true, "consult": true, "negotiate": true, "discuss": true,
	"sign": true, "agree": true, "hold": true, "converse": true, "speak": true, "telephone": true,
	"phone": true, "call": true, "huddle": true, "convene": true, "gather": true, "assemble": true,
	"parley": true, "reconcile": true, "conclude": true, "reach": true, "ink": true, "seal": true,
	"initial": true, "finalize": true, "finalise": true, "exchange": true, "correspond": true,
	"chat": true, "debate": true, "bargain": true, "cooperate": true, "collaborate": true, "sit": true,
}

// meetingWords name what two hold or reach together.
var meetingWords = map[string]bool{
	"talks": true, "negotiations": true, "meeting": true, "meetings": true, "summit": true,
	"discussions": true, "consultations": true, "terms": true, "agreement": true, "accord": true,
	"deal": true, "treaty": true, "pact": true, "conference": true,
}

// jointWords say that cooperation is done together.
var jointWords = map[string]bool{
	"joint": true, "jointly": true, "together": true, "bilateral": true, "mutual": true,
	"agreement": true, "agreements": true, "accord": true, "accords": true, "deal": true, "deals": true,
	"treaty": true, "treaties": true, "pact": true, "pacts": true, "ties": true, "relations": true,
	"exercise": true, "exercises": true, "drills": true, "maneuvers": true, "manoeuvres": true,
	"games": true, "patrols": true,
}

// pronounSubject reports whether match k, said by match m.speech, has a
// pronoun subject right after the verb of saying ("said (that) he
// would"), with only auxiliaries, adverbs and negation before the verb.
func (c *coder) pronounSubject(k int) bool {
	m := &c.ms[k]
	sp := &c.ms[m.speech]
	j := sp.te
	if j < m.ts && c.fl[j]&flagThat != 0 {
		j++
	}
	if j >= m.ts || c.fl[j]&flagPron == 0 {
		return false
	}
	for j++; j < m.ts; j++ {
		if c.fl[j]&(flagAux|flagAdv|flagNeg|flagModal|flagBe) == 0 {
			return false
		}
	}
	return true
}

// placeAgent finds "from ACTOR" or a place ("in Ukraine") after token
// from, before limit: where violence without a "by" phrase came from.
func (c *coder) placeAgent(from, limit int) int {
	for j := from; j < limit; j++ {
		if c.fl[j]&flagBoundary != 0 || c.gerund(j) {
			return -1 // "arrested on returning from Syria": the place is the other verb's
		}
		if c.fl[j]&flagLoc != 0 || c.ids[j] == c.p.idFrom {
			p := j + 1
			if p < limit && c.fl[p]&flagDet != 0 {
				p++
			}
			if p < limit && c.actor[p] >= 0 {
				return int(c.actor[p])
			}
		}
	}
	return -1
}

// gerund reports whether token j is a lower-case -ing form right after a
// preposition or conjunction: a verb that starts a phrase of its own ("on
// returning from", "after fleeing"), not a noun ("in the morning").
func (c *coder) gerund(j int) bool {
	w := c.word(j)
	if len(w) <= 5 || !strings.HasSuffix(w, "ing") || c.caps[j] || w == "during" || j == 0 {
		return false
	}
	switch strings.ToLower(c.word(j - 1)) {
	case "on", "upon", "after", "before", "while", "when", "for", "without", "since", "despite", "by":
		return true
	}
	return false
}

// passive reports whether the match is a past participle after a form of
// "be": "was attacked", "were not released".
func (c *coder) passive(m *match, s int) bool {
	if c.fl[m.ts]&flagPart == 0 || m.r.code.Code == NoEvent || m.r.control {
		return false
	}
	// "there were 10 Russian soldiers killed": a participle right after
	// an actor that follows a form of "be"
	if j := m.ts - 1; j >= s && c.actor[j] >= 0 {
		g := &c.groups[c.actor[j]]
		for b, n := g.ts-1, 0; b >= s && n < 2; b, n = b-1, n+1 {
			if c.fl[b]&flagBe != 0 {
				return true
			}
			if c.ids[b] >= 0 {
				break
			}
		}
		// "civilians imprisoned for ...", "soldiers killed by rebels"
		n := m.te
		return m.te == m.ts+1 && !m.r.endsPrep && m.slot < 0 && n < len(c.ids) && c.a.Tokens[n].Sentence == c.a.Tokens[m.ts].Sentence &&
			c.fl[n]&(flagBy|flagCompPrep|flagLoc) != 0
	}
	for j := m.ts - 1; j >= s && j >= m.ts-4; j-- {
		switch f := c.fl[j]; {
		case f&flagBe != 0:
			return true
		case f&(flagAdv|flagNeg) != 0:
			continue
		}
		return false
	}
	return false
}

// agent finds "by ACTOR" after token from, before limit.
func (c *coder) agent(from, limit int) int {
	for j := from; j < limit; j++ {
		if c.fl[j]&flagBoundary != 0 {
			return -1
		}
		if c.fl[j]&flagBy != 0 {
			p := j + 1
			if p < limit && c.fl[p]&flagDet != 0 {
				p++
			}
			if p < limit && c.actor[p] >= 0 {
				return int(c.actor[p])
			}
		}
	}
	return -1
}

// subject finds the nearest actor at or before token from, in the same
// clause, preferring one that is not a place ("in Beijing").
func (c *coder) subject(from, s int) int {
	fallback := -1
	// "Putin, who is on a visit to China, said": skip the apposition or
	// relative clause between commas right before the verb
	j := from
	for j >= s && c.fl[j]&(flagAux|flagModal|flagNeg|flagAdv|flagBe) != 0 && c.fl[j]&flagConj == 0 {
		j--
	}
	if j > s && c.fl[j]&flagComma != 0 {
		if k := c.apposition(j, s); k >= 0 {
			if a := c.subject(k-1, s); a >= 0 {
				return a
			}
			// "Mr. Wang, a senior Chinese official, met": the
			// apposition names the subject
		}
	}
	// a plain word right before the verb may be its subject ("the analysts
	// said"): then an actor behind a comma is another clause's
	plain := false
	for j := from; j >= s; j-- {
		if c.actor[j] >= 0 || c.fl[j]&(flagAux|flagModal|flagNeg|flagAdv|flagBe|flagConj) == 0 {
			plain = c.actor[j] < 0 && c.fl[j]&(flagBoundary|flagComma) == 0
			break
		}
	}
	for j := from; j >= s; j-- {
		if c.fl[j]&flagBoundary != 0 {
			break
		}
		if plain && c.fl[j]&flagComma != 0 && (j == s || c.actor[j-1] < 0) {
			break
		}
		if a := c.actor[j]; a >= 0 {
			g := &c.groups[a]
			if g.ts > s && c.fl[g.ts-1]&(flagLoc|flagCompPrep) != 0 && !c.quantOf(g.ts-1, s) {
				// "in Beijing", "for acting against Moscow": a place or the
				// object of a preposition, used only when there is no other
				if fallback < 0 {
					fallback = int(a)
				}
				j = g.ts
				continue
			}
			if c.verbObject(int(a), s) {
				return -1 // "attacked Iraq and taken Mosul": Iraq is no subject
			}
			return int(a)
		}
	}
	return fallback
}

// quantOf reports whether token j is an "of" after a quantity, so that the
// actor after it heads the noun phrase: "thousands of protesters", "a group
// of rebels", "3,000 of the soldiers".
func (c *coder) quantOf(j, s int) bool {
	if j <= s || c.ids[j] != c.p.idOf {
		return false
	}
	return c.fl[j-1]&flagQuant != 0 || isNumber(c.word(j-1))
}

// rate reports whether token i is the unit of a rate: after "a", "an" or
// "per" that follow a quantity, a number and the words of its unit ("one
// U.S. cent a pound", "18 dlrs per barrel", "five cents a share").
func (c *coder) rate(i, s int) bool {
	if i-2 < s {
		return false
	}
	switch strings.ToLower(c.word(i - 1)) {
	case "a", "an", "per":
	default:
		return false
	}
	for j := i - 2; j >= s && j >= i-5; j-- {
		w := c.word(j)
		if isNumber(w) || numberWords[strings.ToLower(w)] {
			return true
		}
		if c.fl[j] != 0 && c.actor[j] < 0 {
			return false // a function word: "killed five in a raid" has no unit
		}
	}
	return false
}

// numberWords are numbers written out, as a quantity starts.
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "half": true, "quarter": true, "few": true, "several": true,
}

// isNumber reports whether w is written in digits, with commas or points
// between them: "12", "3,000", "1.5".
func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if b := w[i]; (b < '0' || b > '9') && b != ',' && b != '.' {
			return false
		}
	}
	return true
}

// apposition returns the comma that opens an apposition or relative
// clause closed by the comma at token j ("Putin, who is ..., said"; "the
// Observatory, a group that ..., said"), or -1.
func (c *coder) apposition(j, s int) int {
	for k := j - 1; k > s && k >= j-20; k-- {
		f := c.fl[k]
		if f&flagBoundary != 0 {
			return -1
		}
		if f&flagComma != 0 {
			if c.fl[k+1]&(flagRel|flagDet) != 0 {
				return k
			}
			return -1
		}
	}
	return -1
}

// nominalSubject finds the owner of a noun trigger ("Russia's attack", "the
// Russian offensive", "Russia launched an attack"): an actor at most three
// words back, or the subject of a support verb.
func (c *coder) nominalSubject(k, s int) int {
	m := &c.ms[k]
	for j, n := m.ts-1, 0; j >= s && n < 4; j, n = j-1, n+1 {
		if a := c.actor[j]; a >= 0 {
			return int(a)
		}
		if c.fl[j]&flagSupport != 0 {
			return c.subject(j-1, s)
		}
		if c.fl[j]&(flagBoundary|flagComma|flagCompPrep|flagLoc|flagBy) != 0 || c.inMatch(j, k) {
			return -1
		}
	}
	return -1
}

// inMatch reports whether token j lies in a match before match k.
func (c *coder) inMatch(j, k int) bool {
	for i := k - 1; i >= 0; i-- {
		if j >= c.ms[i].ts && j < c.ms[i].te {
			return true
		}
	}
	return false
}

// coordinated returns the earlier match whose subject match k shares:
// "Russia attacked Ukraine and bombed Kyiv".
func (c *coder) coordinated(k, s int) *match {
	if k == 0 {
		return nil
	}
	j := c.ms[k].ts - 1
	for j >= s && c.fl[j]&(flagAdv|flagNeg|flagModal) != 0 && c.fl[j]&flagConj == 0 {
		j--
	}
	if j < s || c.fl[j]&flagConj == 0 || c.fl[j]&flagComma != 0 {
		return nil // no "and" right before the verb
	}
	prev := &c.ms[k-1]
	if prev.suppressed || len(prev.srcs) == 0 {
		return nil
	}
	// the words between are the earlier verb's object: no actor starts a
	// new subject right before the conjunction's verb
	end := prev.te
	for _, t := range prev.tgts {
		if c.groups[t].te > end {
			end = c.groups[t].te
		}
	}
	if j < end || j-end > 4 {
		return nil
	}
	return prev
}

// verbObject reports whether group g follows a coded verb (not a verb of
// saying) at once, with at most an article between: it is that verb's
// object.
func (c *coder) verbObject(g, s int) bool {
	j := c.groups[g].ts - 1
	if j >= s && c.fl[j]&flagDet != 0 {
		j--
	}
	if j < s {
		return false
	}
	for k := range c.ms {
		m := &c.ms[k]
		if !m.suppressed && !m.r.speech && m.r.code.Code != NoEvent && j >= m.ts && j < m.te && !m.r.endsPrep && m.slot < 0 {
			return true
		}
	}
	return false
}

// expandLeft adds group g and the actors joined to it on its left: "China
// and Russia", "China, Russia and Iran".
func (c *coder) expandLeft(g, s int, out []int) []int {
	out = append(out, g)
	sawAnd := false
	for n := 0; n < 6; n++ {
		j := c.groups[g].ts - 1
		if j > s && c.fl[j]&flagDet != 0 && c.fl[j-1]&flagConj != 0 {
			j-- // an article after "and": "the rebels and the government met"
		}
		if j < s || c.fl[j]&flagConj == 0 {
			break
		}
		if c.fl[j]&flagComma == 0 {
			sawAnd = true
		} else if !sawAnd {
			break
		}
		if j-1 < s || c.actor[j-1] < 0 {
			break
		}
		g = int(c.actor[j-1])
		if c.isObject(g, s) {
			break // "Russia attacked Ukraine and China condemned"
		}
		out = append(out, g)
	}
	return out
}

// isObject reports whether group g follows a coded verb at once: the
// verb's object, not a subject.
func (c *coder) isObject(g, s int) bool {
	j := c.groups[g].ts - 1
	if j >= s && c.fl[j]&flagDet != 0 {
		j--
	}
	if j < s {
		return false
	}
	for k := range c.ms {
		if !c.ms[k].suppressed && j >= c.ms[k].ts && j < c.ms[k].te {
			return true
		}
	}
	return false
}

// expandRight adds group g and the actors joined to it on its right,
// stopping before an actor that starts a new clause ("... Ukraine and China
// condemned").
func (c *coder) expandRight(g, e int, out []int) []int {
	out = append(out, g)
	base := len(out)
	keep := base
	for n := 0; n < 6; n++ {
		j := c.groups[g].te
		if j >= e || c.fl[j]&flagConj == 0 || j+1 >= e {
			break
		}
		p := j + 1
		if c.fl[p]&flagDet != 0 && p+1 < e {
			p++ // "Japan and the United States"
		}
		if c.actor[p] < 0 {
			break
		}
		next := int(c.actor[p])
		if c.startsClause(c.groups[next].te, e) {
			break
		}
		g = next
		out = append(out, g)
		if c.fl[j]&flagComma == 0 {
			keep = len(out)
		}
	}
	return out[:keep]
}

// startsClause reports whether a coded verb follows token j closely, making
// the actor before j a subject.
func (c *coder) startsClause(j, e int) bool {
	for n := 0; j < e && n < 4; j, n = j+1, n+1 {
		for k := range c.ms {
			if c.ms[k].ts == j {
				return true
			}
		}
		if c.fl[j]&(flagAdv|flagNeg|flagModal|flagBe) == 0 {
			return false
		}
	}
	return false
}

// object finds the first actor from token from, before limit, in the same
// clause, other than the source, preferring one that is not a place.
func (c *coder) object(from, limit int, src string) int {
	fallback := -1
	for j := from; j < limit; j++ {
		if c.fl[j]&flagBoundary != 0 {
			break
		}
		a := c.actor[j]
		if a < 0 {
			continue
		}
		g := &c.groups[a]
		j = g.te - 1
		if g.code == src {
			continue
		}
		if g.ts > from && c.fl[g.ts-1]&flagComma != 0 && c.startsClause(g.te, len(c.ids)) {
			break // "..., Syrian state media reported"
		}
		if g.ts > 0 && c.fl[g.ts-1]&flagLoc != 0 {
			if fallback < 0 {
				fallback = int(a)
			}
			continue
		}
		return int(a)
	}
	return fallback
}

// mood reads the words before the trigger, after the source, for negation
// and for modality.
func (c *coder) mood(m *match, s int) (neg, hyp bool) {
	from := max(s, m.ts-5)
	for _, g := range m.srcs {
		if te := c.groups[g].te; te <= m.ts && te > from {
			from = te
		}
	}
	for j := from; j < m.ts; j++ {
		switch strings.ToLower(c.word(j)) {
		case "that":
			// "did not say that it attacked": the words before a
			// that-clause are the governing verb's, not the trigger's
			neg, hyp = false, false
			continue
		case "whether":
			// "did not say whether it would attack": asked, neither done
			// nor denied
			neg, hyp = false, true
			continue
		}
		f := c.fl[j]
		neg = neg || f&flagNeg != 0
		hyp = hyp || f&flagModal != 0
	}
	return neg, hyp
}

// market reports whether a market word stands between the source and the
// trigger ("Japanese shares hit ...").
func (c *coder) market(m *match, s int) bool {
	for _, g := range m.srcs {
		te := c.groups[g].te
		if te > m.ts {
			continue
		}
		for j := te; j < m.ts; j++ {
			if c.fl[j]&flagMarket != 0 {
				return true
			}
		}
	}
	return false
}

// fiction reports whether tokens [s, e) read like the plot of a film or a
// book: a sure sign ("starring", "sequel") or two words of the trade.
func (c *coder) fiction(s, e int) bool {
	n := 0
	for j := s; j < e; j++ {
		if c.fl[j]&flagPlot != 0 {
			return true
		}
		if c.fl[j]&flagFiction != 0 {
			n++
		}
	}
	return n >= 2
}

// sports reports whether tokens [s, e) read like a sports result: a score
// ("2-1") and a sports word.
func (c *coder) sports(s, e int) bool {
	score, word := false, false
	toks, text := c.a.Tokens, c.a.Article.Text
	for j := s; j < e; j++ {
		word = word || c.fl[j]&flagSports != 0
		t := toks[j]
		if score || t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			continue
		}
		score = isScore(text[t.Start:t.End])
		if !score && j+2 < e && text[t.Start:t.End] != "" && isDigits(text[t.Start:t.End]) {
			n, m := toks[j+1], toks[j+2]
			if n.Start >= 0 && n.End <= len(text) && n.Start < n.End && text[n.Start:n.End] == "-" &&
				m.Start >= 0 && m.End <= len(text) && m.Start < m.End && isDigits(text[m.Start:m.End]) {
				score = true
			}
		}
	}
	return score && word
}

func isDigits(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isScore reports whether s looks like "2-1".
func isScore(s string) bool {
	for i := 1; i < len(s)-1; i++ {
		if s[i] == '-' {
			return isDigits(s[:i]) && isDigits(s[i+1:])
		}
	}
	return false
}

// probeWord reports whether match m names an investigation in a word of
// its own ("launched an investigation into the shooting", "are investigating
// the deal", "a probe", "an inquiry"): only such an investigation may name
// no one investigated (CAMEO 09x); what is examined or looked into is an idea
// or a problem as often ("would examine ideas", "is looking into the
// problem").
func (c *coder) probeWord(m *match) bool {
	for i := m.ts; i < m.te; i++ {
		w := strings.ToLower(c.word(i))
		for _, p := range []string{"investigat", "inquir", "enquir", "probe"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// demandKind returns the code of demanding the act of match j, the first
// match of a demand's that-clause, by the codebook's parallel of demands
// (10x) with the acts they ask for: cooperation, aid, talks, mediation
// and yielding of each kind ("demanded that Iran release the sailors" is
// 1053, "that the opposition call off its protests" 1052). The act must
// be the clause's verb, where there is a parse: "demanded that Japan
// apologise for the visit" asks for no visit. The bare verb of such a
// clause (the mandative subjunctive: "that Germany supply tanks", "that
// the opposition call off its protests") is often read as a noun; a noun
// right after no determiner and with no preposition of its own is taken
// for it.
func (c *coder) demandKind(j int) (Code, bool) {
	n := &c.ms[j]
	if t := c.tr; t != nil {
		v := t.headWord(n.ts, n.ts+1) // the pattern's verb ("step down": the parse may head it at "down")
		if v < 0 || t.words[v].UPOS != "VERB" && t.words[v].UPOS != "NOUN" {
			return Code{}, false
		}
		if v > 0 && (t.words[v-1].UPOS == "DET" || t.words[v-1].Rel == "nmod:poss") {
			return Code{}, false // "that Japan allow the visit": a noun after its determiner
		}
		for _, k := range t.kids[v] {
			if t.words[k].Rel == "case" {
				return Code{}, false
			}
		}
	}
	cd := n.r.code.Code
	switch dyad.RootOf(cd) {
	case "04":
		if cd == "045" {
			return lookupFirst([]string{"108"})
		}
		return lookupFirst([]string{"106"})
	case "05":
		if cd == "055" || cd == "056" {
			return Code{}, false // an apology or forgiveness demanded is a demand as such (100)
		}
		return lookupFirst([]string{"102"})
	case "06":
		return lookupFirst([]string{map[string]string{"061": "1011", "062": "1012", "063": "1013", "064": "1014"}[cd], "101"})
	case "07":
		if cd == "070" {
			return Code{}, false // "give", "provide": what is given may be no aid (an answer, guarantees)
		}
		return lookupFirst([]string{map[string]string{"071": "1031", "072": "1032", "073": "1033", "074": "1034"}[cd], "103"})
	case "08":
		switch {
		case cd == "080":
			return lookupFirst([]string{"105"})
		case strings.HasPrefix(cd, "081"):
			return lookupFirst([]string{"1051"})
		case cd == "082":
			return lookupFirst([]string{"1052"})
		case strings.HasPrefix(cd, "083"):
			return lookupFirst([]string{map[string]string{"0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044"}[cd], "104"})
		case strings.HasPrefix(cd, "084"):
			return lookupFirst([]string{"1053"})
		case cd == "085":
			return lookupFirst([]string{"1054"})
		case strings.HasPrefix(cd, "086"):
			return lookupFirst([]string{"1055"})
		case strings.HasPrefix(cd, "087"):
			return lookupFirst([]string{"1056"})
		}
		return lookupFirst([]string{"105"})
	}
	return Code{}, false
}
