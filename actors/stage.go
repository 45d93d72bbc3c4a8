package actors

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dyad"
	"dyad/internal/fold"
)

// Stage returns the stage named "actors". It reads a.Tokens and the
// mentions of earlier stages, and resolves names at a.Article.Published
// (the latest terms when it is zero):
//
//   - the dictionary's names, longest first, and titles with a name
//     ("President Xi", "Russian President Vladimir Putin") become PERSON or
//     ORG mentions with the dated code; a title with an unknown name after
//     a country or demonym gets the country's code with GOV (MIL for
//     generals and defence ministers);
//   - such a mention replaces every mention it overlaps; earlier PERSON and
//     ORG mentions the dictionary knows get their actor;
//   - within the article a surname, "the Russian leader" or "the minister"
//     stands for the last person it fits.
//
// a.Mentions stay sorted by Start, inside the text and without overlaps. A
// nil d means Default().
func Stage(d *Dictionary) dyad.Stage {
	if d == nil {
		d = Default()
	}
	return dyad.StageFunc{StageName: "actors", Fn: d.run}
}

// ante is a person an article has named, for coreference.
type ante struct {
	name, actor, country, role string
}

// scan is the state of one run over an article.
type scan struct {
	d       *Dictionary
	text    string
	toks    []dyad.Token
	hashes  []uint64
	cand    []int32        // the tokens find looks at, in order
	ms      []dyad.Mention // earlier mentions, sorted, valid
	at      []int32        // token -> index into ms of the mention holding its start, or -1
	day     int32
	out     []dyad.Mention // new mentions
	lastEnd int            // end of the last new mention
	byName  map[string]int // surname -> index into antes
	antes   []ante
}

var scanPool = sync.Pool{New: func() any { return new(scan) }}

func (d *Dictionary) run(ctx context.Context, a *dyad.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	text := a.Article.Text
	s := scanPool.Get().(*scan)
	defer func() {
		s.text, s.toks, s.ms, s.out, s.antes = "", nil, s.ms[:0], s.out[:0], s.antes[:0]
		clear(s.byName)
		scanPool.Put(s)
	}()
	s.d, s.text, s.toks, s.day, s.lastEnd = d, text, a.Tokens, dayOrNone(a.Article.Published), 0
	if s.byName == nil {
		s.byName = map[string]int{}
	}
	// earlier mentions: keep the valid ones, sorted by start
	s.ms = s.ms[:0]
	sorted := true
	for k := range a.Mentions {
		m := &a.Mentions[k]
		if 0 <= m.Start && m.Start < m.End && m.End <= len(text) {
			sorted = sorted && (len(s.ms) == 0 || s.ms[len(s.ms)-1].Start <= m.Start)
			s.ms = append(s.ms, *m)
		}
	}
	if !sorted {
		slices.SortStableFunc(s.ms, func(x, y dyad.Mention) int { return cmp.Compare(x.Start, y.Start) })
	}
	s.index()
	if err := s.find(ctx); err != nil {
		return err
	}
	a.Mentions = s.merge(a.Mentions[:0])
	return nil
}

// index hashes the tokens, maps each to the earlier mention that holds its
// start, and lists the tokens find must look at: those that may start a
// name or a title (by the start filter), that start with a capital or a
// non-ASCII letter (a surname), or where an earlier mention starts. The
// others, most tokens, find would pass over doing nothing.
func (s *scan) index() {
	n := len(s.toks)
	s.hashes = slices.Grow(s.hashes[:0], n)[:n]
	s.at = slices.Grow(s.at[:0], n)[:n]
	s.cand = s.cand[:0]
	text, toks, ms, hashes, at := s.text, s.toks, s.ms, s.hashes, s.at
	starts := s.d.startFilter()
	j := 0
	for i := range toks {
		t := &toks[i]
		for j < len(ms) && ms[j].End <= t.Start {
			j++
		}
		if t.Start < 0 || t.Start >= t.End || t.End > len(text) {
			hashes[i], at[i] = 0, -1 // not a word of the text
			continue
		}
		h := fold.HashIn(text, t.Start, t.End)
		hashes[i] = h
		m := int32(-1)
		if j < len(ms) && ms[j].Start <= t.Start {
			m = int32(j)
		}
		at[i] = m
		c := text[t.Start]
		b := h >> startShift
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf || starts == nil || starts[b>>6]&(1<<(b&63)) != 0 ||
			m >= 0 && ms[m].Start == t.Start {
			s.cand = append(s.cand, int32(i))
		}
	}
}

// tok returns the text of token i, or "" when its span is not in the text.
func (s *scan) tok(i int) string {
	t := s.toks[i]
	if t.Start < 0 || t.Start > t.End || t.End > len(s.text) {
		return ""
	}
	return s.text[t.Start:t.End]
}

// same reports whether tokens i and j are of one sentence and in order.
func (s *scan) same(i, j int) bool {
	return j < len(s.toks) && s.toks[i].Sentence == s.toks[j].Sentence && s.hashes[j] != 0 &&
		s.toks[j].Start >= s.toks[i].Start
}

func (s *scan) find(ctx context.Context) error {
	starts := s.d.startFilter()
	next := 0   // the first token not yet consumed
	block := -1 // sentence / 64 at the last check of ctx
	for _, c := range s.cand {
		i := int(c)
		if i < next {
			continue
		}
		next = i + 1
		if b := s.toks[i].Sentence >> 6; b != block {
			block = b
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		h := s.hashes[i]
		// Most tokens start no name nor title, as the start filter tells,
		// and are no surname when they have no capital or nobody has been
		// named.
		var f uint16
		if b := h >> startShift; starts == nil || starts[b>>6]&(1<<(b&63)) != 0 {
			f = s.d.firstOfWord(h, s.tok(i))
		}
		if f != 0 || len(s.antes) > 0 && upperFirst(s.tok(i)) {
			if j := s.matchAt(i, f); j > i {
				next = j
				continue
			}
		}
		if m := s.at[i]; m >= 0 && s.ms[m].Start == s.toks[i].Start {
			if j := s.earlier(i, int(m)); j > i {
				next = j
			}
		}
	}
	return nil
}

// phraseAt returns the longest dictionary phrase at token i and the token
// after it.
func (s *scan) phraseAt(i int) (*phrase, int) {
	f := s.d.firstOf(s.hashes[i])
	max := int(f & 0xff)
	if max == 0 || f&lowerBit == 0 && !upperFirst(s.tok(i)) {
		return nil, i // no phrase, or every one wants a capital here
	}
	var hs [maxPhrase]uint64
	h, n := fold.SeqSeed, 0
	for k := 0; k < max && (k == 0 || s.same(i, i+k)); k++ {
		h = fold.Seq(h, s.hashes[i+k])
		hs[k] = h
		n++
	}
	for n > 0 {
		p := s.d.phrases[hs[n-1]]
		if p != nil && len(p.toks) == n && s.caseOK(i, p) {
			return p, i + n
		}
		n--
	}
	return nil, i
}

// caseOK checks the case of the tokens at i against the phrase: a word
// written with a capital must have one in the text.
func (s *scan) caseOK(i int, p *phrase) bool {
	for k, w := range p.toks {
		if s.hashes[i+k] != p.hash[k] {
			return false
		}
		if upperFirst(w) && !upperFirst(s.tok(i+k)) {
			return false
		}
	}
	return true
}

// titleAt returns the longest title at token i and the token after it.
func (s *scan) titleAt(i int) (*title, int) {
	for _, ti := range titleFirst[s.hashes[i]] {
		t := &titles[ti]
		ok := true
		for k := range t.hash {
			if k > 0 && (!s.same(i, i+k) || s.hashes[i+k] != t.hash[k]) {
				ok = false
				break
			}
		}
		if ok {
			return t, i + len(t.hash)
		}
	}
	return nil, i
}

// context returns the earlier country, nationality or organisation mention
// that qualifies a title at token i: one that holds the title's first token
// ("Russian President", as the gazetteer writes it) or ends just before it,
// possibly with "'s" ("France's Foreign Minister").
func (s *scan) context(i int) (int, bool) {
	if m := s.at[i]; m >= 0 && s.ms[m].Start < s.toks[i].Start && countryLike(s.ms[m]) {
		return int(m), true
	}
	k := i - 1
	if k >= 0 && s.same(k, i) && (s.hashes[k] == possHash[0] || s.hashes[k] == possHash[1]) {
		k--
	}
	if k >= 0 && s.same(k, i) {
		if m := s.at[k]; m >= 0 && s.ms[m].End == s.toks[k].End && countryLike(s.ms[m]) {
			return int(m), true
		}
	}
	return 0, false
}

func countryLike(m dyad.Mention) bool {
	switch m.Kind {
	case dyad.KindCountry, dyad.KindNationality:
		return len(m.Actor) >= 3
	case dyad.KindOrg:
		return m.Actor != ""
	}
	return false
}

// countryOf returns the country part of a context mention's actor: the
// first three letters of a country's code, the whole code of an
// organisation.
func countryOf(m dyad.Mention) string {
	if m.Kind == dyad.KindOrg {
		return m.Actor
	}
	return m.Actor[:3]
}

// matchAt tries a dictionary name, a title with a name, and a surname of an
// earlier person at token i, whose entry in Dictionary.first is f. It
// returns the token after what it wrote, or i when it wrote nothing.
func (s *scan) matchAt(i int, f uint16) int {
	upper := upperFirst(s.tok(i))
	if f&lowerBit == 0 && !upper {
		f &^= 0xff // every phrase starting here wants a capital
	}
	if f&(0xff|titleBit) == 0 && (len(s.antes) == 0 || !upper) {
		return i // neither a name, a title nor a surname starts here
	}
	c := s.startAt(i, f)
	if end, ok := s.titledKnown(&c); ok {
		return end
	}
	if end, ok := s.knownName(&c); ok {
		return end
	}
	if end, ok := s.titledUnknown(&c); ok {
		return end
	}
	if end, ok := s.bareRole(&c); ok {
		return end
	}
	return s.surname(i)
}

// opening is what may start at token i: a dictionary phrase p (ending
// before pEnd), a title t (ending before tEnd) and a phrase tp right after
// it (ending before tpEnd); with a title, the mention ctx of the country or
// organisation before it ("Jordan's King"), if any, and its country.
type opening struct {
	i          int
	p, tp      *phrase
	t          *title
	pEnd, tEnd int
	tpEnd      int
	ctx        int // index into scan.ms, -1 for none
	country    string
}

// titleCode returns the code of c's title in its country's context
// mention ("Soviet Foreign Minister": RUSGOV), or "" when it has no agent
// or no country.
func (c *opening) titleCode() string {
	if c.t == nil || c.t.agent == "" || c.country == "" || c.ctx < 0 {
		return ""
	}
	return c.country + c.t.agent
}

// startAt finds what may start at token i, whose entry in
// Dictionary.first is f.
func (s *scan) startAt(i int, f uint16) opening {
	c := opening{i: i, pEnd: i, tEnd: i, ctx: -1}
	if f&0xff != 0 {
		c.p, c.pEnd = s.phraseAt(i)
	}
	if f&titleBit != 0 {
		c.t, c.tEnd = s.titleAt(i)
	}
	if c.t != nil && c.tEnd < len(s.toks) && s.same(i, c.tEnd) {
		c.tp, c.tpEnd = s.phraseAt(c.tEnd)
	}
	if c.t != nil {
		if m, ok := s.context(i); ok {
			c.ctx = m
			c.country = countryOf(s.ms[m])
		}
	}
	return c
}

// ctxStart returns the start of the context mention when it is after what
// was written last, so that the person's mention may begin with it.
func (s *scan) ctxStart(c *opening) (int, bool) {
	if c.ctx >= 0 && s.ms[c.ctx].Start >= s.lastEnd {
		return s.ms[c.ctx].Start, true
	}
	return 0, false
}

// titledKnown writes a title and a known name, unless a name alone is
// longer.
func (s *scan) titledKnown(c *opening) (int, bool) {
	if c.tp == nil || c.tpEnd <= c.pEnd {
		return 0, false
	}
	tp := c.tp
	e := s.d.pick(tp.cands, s.day, c.country)
	if e < 0 && s.byName[tp.toks[len(tp.toks)-1]] <= 0 {
		return 0, false
	}
	start := s.toks[c.i].Start
	if cs, ok := s.ctxStart(c); ok {
		start = cs
	}
	return c.tpEnd, s.emitPerson(tp, e, start, c.tEnd, c.tpEnd, c.titleCode())
}

// knownName writes a name of the dictionary, unless it is no person and
// the gazetteer has it already.
func (s *scan) knownName(c *opening) (int, bool) {
	if c.p == nil {
		return 0, false
	}
	e := s.d.pick(c.p.cands, s.day, "")
	if e >= 0 && s.d.people[e].Kind != dyad.KindPerson && s.exactEarlier(c.i, c.pEnd) {
		return 0, false // the gazetteer's own mention of it is better
	}
	start := s.toks[c.i].Start
	if cs, ok := s.ctxStart(c); ok && c.t != nil {
		start = cs // "Jordan's King Abdullah II"
	}
	return c.pEnd, s.emitPerson(c.p, e, start, c.i, c.pEnd, "")
}

// titledUnknown writes a title and a name the dictionary does not know:
// a person named earlier by that surname, or one of the country of the
// context mention.
func (s *scan) titledUnknown(c *opening) (int, bool) {
	t, i, tEnd := c.t, c.i, c.tEnd
	if t == nil || t.agent == "" || tEnd >= len(s.toks) || !s.same(i, tEnd) {
		return 0, false
	}
	nEnd := s.unknownName(tEnd)
	if nEnd <= tEnd {
		return 0, false
	}
	last := s.tok(nEnd - 1)
	if a, ok := s.byName[last]; ok && a > 0 && c.ctx < 0 {
		s.emit(dyad.KindPerson, s.toks[i].Start, s.toks[nEnd-1].End, s.antes[a-1].name, s.antes[a-1].actor, i)
		return nEnd, true
	}
	start, ok := s.ctxStart(c)
	if !ok {
		return 0, false
	}
	name := s.text[s.toks[tEnd].Start:s.toks[nEnd-1].End]
	code := c.country + t.agent
	if s.ms[c.ctx].Kind == dyad.KindOrg {
		code = c.country
	}
	s.emit(dyad.KindPerson, start, s.toks[nEnd-1].End, name, code, i)
	s.remember(ante{name: name, actor: code, country: c.country, role: t.role}, s.tok(nEnd-1))
	return nEnd, true
}

// bareRole writes "the minister", "the president": the last person of
// that role.
func (s *scan) bareRole(c *opening) (int, bool) {
	t, i, tEnd := c.t, c.i, c.tEnd
	if t == nil || t.role == "" || i == 0 || !s.same(i-1, i) || s.hashes[i-1] != theHash || s.at[i] >= 0 {
		return 0, false
	}
	if !s.bareEnd(i, tEnd) {
		return 0, false
	}
	key, ok := bareHash[s.seq(i, tEnd)]
	if !ok {
		return 0, false
	}
	a := s.lastOf(key, "")
	if a == nil {
		return 0, false
	}
	s.emit(dyad.KindPerson, s.toks[i].Start, s.toks[tEnd-1].End, a.name, a.actor, i)
	return tEnd, true
}

// surname writes a surname of someone named earlier at token i, when no
// other capitalised word follows it, and returns the token after it, or i.
func (s *scan) surname(i int) int {
	w := s.tok(i)
	if len(s.antes) == 0 || !upperFirst(w) {
		return i
	}
	if a := s.byName[w]; a > 0 && (i+1 >= len(s.toks) || !s.same(i, i+1) || !upperFirst(s.tok(i+1)) || s.at[i+1] >= 0) {
		an := s.antes[a-1]
		s.emit(dyad.KindPerson, s.toks[i].Start, s.toks[i].End, an.name, an.actor, i)
		return i + 1
	}
	return i
}

// bareEnd reports whether a role phrase that ends before token j stands
// alone: the sentence ends, a mark or a verb follows ("the minister said"),
// not a name or a noun ("the general election").
func (s *scan) bareEnd(i, j int) bool {
	if j >= len(s.toks) || !s.same(i, j) {
		return true
	}
	if followers[s.hashes[j]] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s.tok(j))
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// seq returns the sequence hash of tokens [i, j).
func (s *scan) seq(i, j int) uint64 {
	h := fold.SeqSeed
	for k := i; k < j; k++ {
		h = fold.Seq(h, s.hashes[k])
	}
	return h
}

// exactEarlier reports whether an earlier mention spans tokens [i, j)
// exactly.
func (s *scan) exactEarlier(i, j int) bool {
	m := s.at[i]
	return m >= 0 && s.ms[m].Start == s.toks[i].Start && s.ms[m].End == s.toks[j-1].End
}

// emitPerson writes the mention of dictionary entry e (or, when e < 0, of
// the earlier person whose surname ends the phrase) from byte start to the
// end of token end-1; nameFrom is the first token of the name. A one-word
// name is an earlier person's surname before it is a dictionary alias, so
// that "Clinton" after "Hillary Clinton" stays Hillary. It reports whether
// it wrote anything.
//
// titled is the code the mention's title and country give ("Soviet
// Foreign Minister": RUSGOV), "" for none: outside every term the
// dictionary lists, it wins over the person's own country, since the text
// says whom the person served then ("Soviet Foreign Minister Eduard
// Shevardnadze" in 1987, years before he led Georgia; "Japanese Prime
// Minister Ryutaro Hashimoto" in a text dated outside his term), unless
// "former" or "ex-" comes before it and the country is the person's own.
func (s *scan) emitPerson(p *phrase, e int32, start, nameFrom, end int, titled string) bool {
	if len(p.toks) == 1 {
		if a := s.byName[s.tok(nameFrom)]; a > 0 {
			an := s.antes[a-1]
			s.emit(dyad.KindPerson, start, s.toks[end-1].End, an.name, an.actor, nameFrom)
			return true
		}
	}
	if e < 0 {
		return false
	}
	ent := &s.d.people[e]
	code, role := ent.codeAt(s.day)
	if _, ok := ent.term(s.day); !ok && len(titled) > 3 && (titled[:3] != ent.Country || !s.former(start)) {
		code = titled
	}
	s.emit(ent.Kind, start, s.toks[end-1].End, ent.Name, code, nameFrom)
	if ent.Kind == dyad.KindPerson {
		a := ante{name: ent.Name, actor: code, country: ent.Country, role: role}
		s.remember(a, ent.surname)
		if last := s.tok(end - 1); last != ent.surname {
			s.remember(a, surnameOf(last))
		}
	}
	return true
}

// former reports whether the word before the mention starting at byte
// start says that what follows no longer holds: "former", "ex-", "late".
func (s *scan) former(start int) bool {
	i := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].Start >= start })
	if i <= 0 || i >= len(s.toks) || s.toks[i-1].Sentence != s.toks[i].Sentence {
		return false
	}
	switch strings.ToLower(strings.TrimSuffix(s.tok(i-1), "-")) {
	case "former", "ex", "late", "then":
		return true
	}
	return false
}

// surnameOf returns w when it may stand alone for a person: a capitalised
// word of two letters or more that is not an initial, an abbreviation or a
// regnal number.
func surnameOf(w string) string {
	if len(w) < 2 || !upperFirst(w) || strings.HasSuffix(w, ".") {
		return ""
	}
	roman := true
	for _, c := range w {
		if !strings.ContainsRune("IVXL", c) {
			roman = false
			break
		}
	}
	if roman || stopNames[fold.Hash(w)] {
		return ""
	}
	return w
}

// remember records a person for later surnames and role phrases.
func (s *scan) remember(a ante, surname string) {
	s.antes = append(s.antes, a)
	if surname = surnameOf(surname); surname != "" {
		s.byName[surname] = len(s.antes)
	}
}

// lastOf returns the last person named whose role fits key and, when
// country is set, of that country.
func (s *scan) lastOf(key, country string) *ante {
	for k := len(s.antes) - 1; k >= 0; k-- {
		a := &s.antes[k]
		if country != "" && a.country != country && !strings.HasPrefix(a.actor, country) {
			continue
		}
		if a.actor != "" && roleMatches(key, a.role) {
			return a
		}
	}
	return nil
}

// unknownName returns the end of a run of one to four capitalised words at
// token i (with particles such as "bin" or "de" inside), or i when there is
// none.
func (s *scan) unknownName(i int) int {
	j := i
	for j < len(s.toks) && j-i < 4 && s.same(i, j) {
		w := s.tok(j)
		if m := s.at[j]; m >= 0 && s.ms[m].Kind != dyad.KindPerson {
			break // a place, country or organisation
		}
		if particles[s.hashes[j]] && j > i && j+1 < len(s.toks) && s.same(i, j+1) && upperFirst(s.tok(j+1)) {
			j++
			continue
		}
		if !upperFirst(w) || stopNames[s.hashes[j]] || !nameWord(w) {
			break
		}
		if _, tEnd := s.titleAt(j); tEnd > j {
			break
		}
		j++
	}
	return j
}

// nameWord reports whether w is made of letters, hyphens, apostrophes and
// dots only.
func nameWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// emit appends a new mention from byte start to end.
func (s *scan) emit(kind dyad.MentionKind, start, end int, name, actor string, tok int) {
	if start < s.lastEnd || start >= end || end > len(s.text) {
		return
	}
	s.out = append(s.out, dyad.Mention{
		Sentence: s.toks[tok].Sentence, Kind: kind, Text: s.text[start:end], Span: dyad.Span{Start: start, End: end}, Name: name, Actor: actor,
	})
	s.lastEnd = end
}

// earlier handles the earlier mention m that starts at token i: a PERSON,
// ORG or LOCATION the dictionary knows gets its actor (a place the tagger
// found that the dictionary names as an actor: Gondor, Crimea); "the Russian leader" becomes the
// last Russian leader named; a country or demonym followed by an agent
// phrase takes the agent's code. It returns the token after what it
// consumed, or i.
func (s *scan) earlier(i, m int) int {
	mn := &s.ms[m]
	end := i
	for end < len(s.toks) && s.hashes[end] != 0 && s.toks[end].End <= mn.End && s.toks[end].Start >= mn.Start {
		end++
	}
	if end == i {
		return i
	}
	switch mn.Kind {
	case dyad.KindPerson, dyad.KindOrg, dyad.KindLocation:
		if mn.Actor == "" && int(s.d.firstOf(s.hashes[i])&0xff) >= end-i {
			if p := s.d.phrases[s.seq(i, end)]; p != nil && len(p.toks) == end-i {
				if e := s.d.pick(p.cands, s.day, ""); e >= 0 {
					ent := &s.d.people[e]
					mn.Actor, _ = ent.codeAt(s.day)
					mn.Name = ent.Name
				}
			}
		}
		if mn.Actor == "" && mn.Kind == dyad.KindPerson {
			if a := s.byName[s.tok(end-1)]; a > 0 {
				mn.Actor, mn.Name = s.antes[a-1].actor, s.antes[a-1].name
			}
		}
		return end
	case dyad.KindCountry, dyad.KindNationality:
		if len(mn.Actor) < 3 {
			return i
		}
		// "the Russian leader": the role word ends the mention
		if i > 0 && s.same(i-1, i) && s.hashes[i-1] == theHash && len(mn.Actor) > 3 {
			for k := i + 1; k < end; k++ {
				key, ok := bareHash[s.seq(k, end)]
				if !ok {
					continue
				}
				if !s.bareEnd(i, end) {
					break // a name or a noun follows: not a person
				}
				if a := s.lastOf(key, mn.Actor[:3]); a != nil {
					mn.Kind, mn.Name, mn.Actor = dyad.KindPerson, a.name, a.actor
				}
				return i
			}
		}
		// "the Russian leader" where the gazetteer gave no role: the bare
		// role word follows the mention.
		if len(mn.Actor) == 3 && i > 0 && s.same(i-1, i) && s.hashes[i-1] == theHash {
			for n := 1; n <= 2 && s.same(i, end+n-1); n++ {
				key, ok := bareHash[s.seq(end, end+n)]
				if !ok || s.at[end+n-1] >= 0 {
					continue
				}
				if !s.bareEnd(i, end+n) {
					break
				}
				if a := s.lastOf(key, mn.Actor); a != nil {
					mn.Kind, mn.Name, mn.Actor = dyad.KindPerson, a.name, a.actor
					mn.End = s.toks[end+n-1].End
					mn.Text = s.text[mn.Start:mn.End]
				}
				return i
			}
		}
		if len(mn.Actor) == 3 && len(s.d.agents) > 0 {
			s.agentAfter(mn, end)
		}
	}
	return i
}

// agentAfter extends a country or demonym mention that ends before token k
// with a Phoenix agent phrase right after it ("Chinese farmers" -> CHNAGR).
func (s *scan) agentAfter(mn *dyad.Mention, k int) {
	if k < len(s.toks) && s.same(k-1, k) && (s.hashes[k] == possHash[0] || s.hashes[k] == possHash[1]) {
		k++
	}
	if k >= len(s.toks) || !s.same(k-1, k) || s.at[k] >= 0 {
		return
	}
	max := int(s.d.agentN[s.hashes[k]])
	for n := min(max, len(s.toks)-k); n > 0; n-- {
		if !s.same(k, k+n-1) {
			continue
		}
		a := s.d.agents[s.seq(k, k+n)]
		if a == nil || len(a.toks) != n {
			continue
		}
		free := true
		for j := k; j < k+n; j++ {
			free = free && s.at[j] < 0
		}
		if !free || a.prefix {
			return
		}
		mn.End = s.toks[k+n-1].End
		mn.Text = s.text[mn.Start:mn.End]
		mn.Actor += a.code
		return
	}
}

// merge writes the earlier mentions that no new one overlaps and the new
// ones into dst, sorted by start and without overlaps.
func (s *scan) merge(dst []dyad.Mention) []dyad.Mention {
	dst = dst[:0]
	j := 0
	sorted := true
	for k := range s.ms {
		m := &s.ms[k]
		for j < len(s.out) && s.out[j].End <= m.Start {
			j++
		}
		if j < len(s.out) && s.out[j].Start < m.End {
			continue // a new mention overlaps it
		}
		sorted = sorted && (len(dst) == 0 || byStartLongest(&dst[len(dst)-1], m) <= 0)
		dst = append(dst, *m)
	}
	if sorted {
		// Both lists are in order (the new ones by construction): merge
		// them from the back, an earlier mention first among equals, as a
		// stable sort of the two would.
		a, b := len(dst)-1, len(s.out)-1
		dst = slices.Grow(dst, len(s.out))[:len(dst)+len(s.out)]
		for w := len(dst) - 1; b >= 0; w-- {
			if a >= 0 && byStartLongest(&dst[a], &s.out[b]) > 0 {
				dst[w] = dst[a]
				a--
			} else {
				dst[w] = s.out[b]
				b--
			}
		}
	} else {
		dst = append(dst, s.out...)
		slices.SortStableFunc(dst, func(x, y dyad.Mention) int { return byStartLongest(&x, &y) })
	}
	n, end := 0, 0
	for k := range dst {
		if dst[k].Start < end {
			continue
		}
		if n != k {
			dst[n] = dst[k]
		}
		end = dst[n].End
		n++
	}
	clear(dst[n:])
	return dst[:n]
}

// byStartLongest orders mentions by start, the longer first.
func byStartLongest(x, y *dyad.Mention) int {
	if c := cmp.Compare(x.Start, y.Start); c != 0 {
		return c
	}
	return cmp.Compare(y.End, x.End)
}
