package gazetteer

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad"
	"dyad/internal/fold"
)

// entry is one phrase the matcher knows.
type entry struct {
	toks   []string // the phrase's tokens as written
	hashes []uint64 // fold.Hash of each token
	strict bool     // exact case only, and never in an all-capitals sentence
	loose  bool     // a one-word country name or demonym of 4 letters or more: matches in odd case ("iSrael")
	kind   dyad.MentionKind
	code   string // actor code; "" with kind "" for a stop phrase
	name   string // canonical name
	place  *dyad.Place
	usOnly bool // kept only when the text also names the United States
}

// roleEntry is one role phrase.
type roleEntry struct {
	toks   []string
	hashes []uint64
	code   string
}

// matcher finds the phrases of the gazetteer in tokens. It is built once
// and read only after, so it is safe for concurrent use.
type matcher struct {
	entries    []entry
	first      map[uint64][]int32 // first token's hash -> entries, longest first
	roles      []roleEntry
	roleFirst  map[uint64][]int32
	breakers   map[uint64]bool
	adjectives map[uint64]bool
}

var defaultMatcher *matcher

func buildMatcher() *matcher {
	b := &matcherBuilder{
		m: &matcher{
			first:      map[uint64][]int32{},
			roleFirst:  map[uint64][]int32{},
			breakers:   map[uint64]bool{},
			adjectives: map[uint64]bool{},
		},
		seen: map[string]bool{},
	}
	// The order of the tables is the order of precedence: the first table
	// naming a phrase gives its entry.
	b.addCountryTables()
	b.addRegions()
	b.addCities()
	b.addLandmarks()
	for _, s := range stopPhrases {
		b.add(s, entry{})
	}
	m := b.m
	longestFirst(m.first, func(i int32) int { return len(m.entries[i].toks) })
	b.addRoles()
	longestFirst(m.roleFirst, func(i int32) int { return len(m.roles[i].toks) })
	for _, w := range phraseBreakers {
		m.breakers[fold.Hash(w)] = true
	}
	for _, w := range phraseAdjectives {
		m.adjectives[fold.Hash(w)] = true
	}
	return m
}

// matcherBuilder adds the phrases of the tables to a matcher, each once.
type matcherBuilder struct {
	m    *matcher
	seen map[string]bool // the phrases added, as tokens joined by spaces
}

// add adds the entry e for pattern, a name of the tables: "!" leaves it
// out, "=" makes it strict (case as written).
func (b *matcherBuilder) add(pattern string, e entry) {
	if strings.HasPrefix(pattern, "!") {
		return
	}
	e.strict = strings.HasPrefix(pattern, "=")
	e.toks = splitPattern(plain(pattern))
	key := strings.Join(e.toks, " ")
	if len(e.toks) == 0 || b.seen[key] {
		return // an earlier table already has it: the first one wins
	}
	b.seen[key] = true
	for _, t := range e.toks {
		e.hashes = append(e.hashes, fold.Hash(t))
	}
	e.loose = !e.strict && len(e.toks) == 1 && (e.kind == dyad.KindCountry || e.kind == dyad.KindNationality) &&
		letters(e.toks[0]) >= 4
	m := b.m
	m.first[e.hashes[0]] = append(m.first[e.hashes[0]], int32(len(m.entries)))
	m.entries = append(m.entries, e)
}

// addCountryTables adds the names of countries, then of organisations,
// then the demonyms of countries, then their capitals.
func (b *matcherBuilder) addCountryTables() {
	for i, r := range rows {
		c := countries[i]
		for _, n := range r.names {
			b.add(n, entry{kind: dyad.KindCountry, code: c.Code, name: c.Name})
		}
	}
	for i, r := range orgRows {
		o := orgs[i]
		for _, n := range r.names {
			b.add(n, entry{kind: dyad.KindOrg, code: o.Code, name: o.Name})
		}
	}
	for i, r := range rows {
		c := countries[i]
		for _, n := range r.adjs {
			b.add(n, entry{kind: dyad.KindNationality, code: c.Code, name: c.Name})
		}
	}
	for i, r := range rows {
		c := countries[i]
		if len(r.capitals) == 0 {
			continue
		}
		p := &dyad.Place{Name: c.Capital, Country: c.Code, Lat: c.Lat, Lon: c.Lon}
		for _, n := range r.capitals {
			b.add(n, entry{kind: dyad.KindLocation, code: c.Code, name: c.Capital, place: p})
		}
	}
}

// addRegions adds the regions: code|name|other names|country|lat|lon.
func (b *matcherBuilder) addRegions() {
	for line := range strings.Lines(regionData) {
		f := strings.Split(strings.TrimSpace(line), "|")
		if len(f) != 6 {
			continue
		}
		p := &dyad.Place{Name: f[1], Country: f[3], Lat: parseFloat(f[4]), Lon: parseFloat(f[5])}
		for _, n := range append([]string{f[1]}, splitList(f[2])...) {
			b.add(n, entry{kind: dyad.KindLocation, code: f[0], name: f[1], place: p})
		}
	}
}

// addCities adds the cities: names (the first the canonical one, ';'
// between them)|country|lat|lon.
func (b *matcherBuilder) addCities() {
	for line := range strings.Lines(cityData) {
		f := strings.Split(strings.TrimSpace(line), "|")
		if len(f) != 4 {
			continue
		}
		lat, lon := parseFloat(f[2]), parseFloat(f[3])
		names := strings.Split(f[0], ";")
		p := &dyad.Place{Name: names[0], Country: f[1], Lat: lat, Lon: lon}
		for _, n := range names {
			b.add(n, entry{kind: dyad.KindLocation, name: names[0], place: p})
		}
	}
}

// addLandmarks adds the landmarks and institutions: code|name|names.
func (b *matcherBuilder) addLandmarks() {
	for line := range strings.Lines(landmarkData) {
		f := strings.Split(strings.TrimSpace(line), "|")
		if len(f) != 3 {
			continue
		}
		for _, n := range strings.Split(f[2], ";") {
			b.add(n, entry{kind: dyad.KindOrg, code: f[0], name: f[1], usOnly: strings.HasPrefix(n, "=Congress")})
		}
	}
}

// addRoles adds the role phrases.
func (b *matcherBuilder) addRoles() {
	m := b.m
	for _, r := range roles {
		e := roleEntry{toks: strings.Fields(r.phrase), code: r.code}
		for _, t := range e.toks {
			e.hashes = append(e.hashes, fold.Hash(t))
		}
		m.roleFirst[e.hashes[0]] = append(m.roleFirst[e.hashes[0]], int32(len(m.roles)))
		m.roles = append(m.roles, e)
	}
}

// longestFirst orders each list of first, entries starting with one word,
// by the number of tokens, the longest first, so that the longest phrase
// matches.
func longestFirst(first map[uint64][]int32, tokens func(int32) int) {
	for h, list := range first {
		slices.SortStableFunc(list, func(a, b int32) int {
			return cmp.Compare(tokens(b), tokens(a))
		})
		first[h] = list
	}
}

func parseFloat(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// splitPattern cuts a name of the tables into the tokens the segmenter
// makes of it: words at spaces, and a possessive "'s" on its own
// ("People's" -> "People" "'s").
func splitPattern(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		for _, suf := range []string{"'s", "’s"} {
			if len(w) > len(suf) && strings.HasSuffix(w, suf) {
				out = append(out, w[:len(w)-len(suf)])
				w = suf
				break
			}
		}
		out = append(out, w)
	}
	return out
}

// caseOK reports whether the token surface may stand for the pattern token:
// the same, all in capitals (a headline), or with its first letter raised
// ("Trinidad And Tobago"). A strict pattern accepts only itself.
func caseOK(surface, pattern string, strict bool) bool {
	if surface == pattern {
		return true
	}
	if strict {
		return false
	}
	return sameRunes(surface, pattern, 0) || sameRunes(surface, pattern, 1) || sameRunes(surface, pattern, -1)
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// oddCase reports whether w mixes cases as no word is written: it has a
// lower-case letter and an upper-case one after its first letter
// ("iSrael", "ChINA"), so it is neither all lower case, all capitals nor
// Title case.
func oddCase(w string) bool {
	lower, laterUpper := false, false
	for i, r := range w {
		if unicode.IsLower(r) {
			lower = true
		} else if i > 0 && unicode.IsUpper(r) {
			laterUpper = true
		}
	}
	return lower && laterUpper
}

// hasUpper reports whether w has a letter in upper case.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' {
			return true
		} else if c >= utf8.RuneSelf {
			return strings.IndexFunc(w[i:], unicode.IsUpper) >= 0
		}
	}
	return false
}

// sameRunes compares surface with pattern, taking the two apostrophes as
// one, with the first raise letters of pattern raised to capitals (all of
// them when raise < 0).
func sameRunes(surface, pattern string, raise int) bool {
	i, j, k := 0, 0, 0
	for i < len(surface) && j < len(pattern) {
		sr, sw := utf8.DecodeRuneInString(surface[i:])
		pr, pw := utf8.DecodeRuneInString(pattern[j:])
		if sr == '’' {
			sr = '\''
		}
		if pr == '’' {
			pr = '\''
		}
		if raise < 0 || k < raise {
			pr = unicode.ToUpper(pr)
		}
		if sr != pr {
			return false
		}
		i, j, k = i+sw, j+pw, k+1
	}
	return i == len(surface) && j == len(pattern)
}

// Match finds the countries, nationalities, capitals, cities and
// organisations named in tokens of text, longest match first, and returns
// them as mentions ordered by Start. Tokens must be in text order (as
// segment writes them); a token whose span is not inside text is ignored.
func Match(text string, toks []dyad.Token) []dyad.Mention {
	ms, _ := defaultMatcher.find(context.Background(), text, toks)
	return ms
}

// scan is the state of one find.
type scan struct {
	m        *matcher
	text     string
	toks     []dyad.Token
	capsSent int // the sentence whose all-capitals state is cached, -1 for none
	caps     bool
}

func (s *scan) tok(i int) string {
	t := s.toks[i]
	if t.Start < 0 || t.Start > t.End || t.End > len(s.text) {
		return ""
	}
	return s.text[t.Start:t.End]
}

func (m *matcher) find(ctx context.Context, text string, toks []dyad.Token) ([]dyad.Mention, error) {
	s := &scan{m: m, text: text, toks: toks, capsSent: -1}
	var out []dyad.Mention
	for i := 0; i < len(toks); {
		if i&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		e, n := s.matchAt(i)
		if n == 0 {
			if p, k := s.cityAt(i); k > 0 {
				if mn, ok := s.cityMention(p, i, k); ok {
					out = append(out, mn)
				}
				i += k
				continue
			}
			i++
			continue
		}
		if e.kind == "" { // a stop phrase
			i += n
			continue
		}
		end := i + n
		actor := e.code
		if e.kind == dyad.KindCountry || e.kind == dyad.KindNationality {
			if j, role := s.role(end, e.kind == dyad.KindNationality); role != "" {
				end, actor = j, actor+role
			}
		}
		start, stop := toks[i].Start, toks[end-1].End
		if start > stop || stop > len(text) || start < 0 {
			i = end
			continue
		}
		mn := dyad.Mention{
			Sentence: toks[i].Sentence, Kind: e.kind, Text: text[start:stop], Span: dyad.Span{Start: start, End: stop}, Name: e.name, Actor: actor,
		}
		if e.place != nil {
			p := *e.place
			mn.Place = &p
		}
		if e.usOnly {
			mn.Actor = "?" + mn.Actor
		}
		out = append(out, mn)
		i = end
	}
	return usContext(out), nil
}

// usContext keeps the mentions that stand for the United States only in
// context ("Congress") when another mention names it, and drops them
// otherwise.
func usContext(ms []dyad.Mention) []dyad.Mention {
	us, cond := false, false
	for _, m := range ms {
		if strings.HasPrefix(m.Actor, "?") {
			cond = true
		} else if strings.HasPrefix(m.Actor, "USA") || m.Place != nil && m.Place.Country == "USA" {
			us = true
		}
	}
	if !cond {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if strings.HasPrefix(m.Actor, "?") {
			if !us {
				continue
			}
			m.Actor = m.Actor[1:]
		}
		out = append(out, m)
	}
	return out
}

// matchAt returns the longest entry that matches at token i and its length
// in tokens, or n == 0.
func (s *scan) matchAt(i int) (e *entry, n int) {
	w := s.tok(i)
	if w == "" {
		return nil, 0
	}
	if c := w[0]; c < utf8.RuneSelf && !('A' <= c && c <= 'Z') && !hasUpper(w) {
		return nil, 0 // every phrase starts with a capital or is a word in odd case
	}
	cands := s.m.first[fold.Hash(w)]
	sent := s.toks[i].Sentence
next:
	for _, ci := range cands {
		e := &s.m.entries[ci]
		n := len(e.toks)
		if i+n > len(s.toks) {
			continue
		}
		for k := range n {
			t := s.toks[i+k]
			if t.Sentence != sent {
				continue next
			}
			w := s.tok(i + k)
			if k > 0 && fold.Hash(w) != e.hashes[k] {
				continue next
			}
			if !caseOK(w, e.toks[k], e.strict) && !(e.loose && oddCase(w) && strings.EqualFold(w, e.toks[k])) {
				continue next
			}
		}
		if e.strict && s.allCaps(i) {
			continue
		}
		return e, n
	}
	return nil, 0
}

// allCaps reports whether the sentence of token i has no lower-case letter:
// a headline.
func (s *scan) allCaps(i int) bool {
	sent := s.toks[i].Sentence
	if sent == s.capsSent {
		return s.caps
	}
	lo, hi := i, i
	for lo > 0 && s.toks[lo-1].Sentence == sent {
		lo--
	}
	for hi+1 < len(s.toks) && s.toks[hi+1].Sentence == sent {
		hi++
	}
	caps := true
	for k := lo; k <= hi && caps; k++ {
		for _, r := range s.tok(k) {
			if unicode.IsLower(r) {
				caps = false
				break
			}
		}
	}
	s.capsSent, s.caps = sent, caps
	return caps
}

// role looks for a role word in the noun phrase after a country or
// demonym that ends before token p: after an optional "'s", up to three
// words may come before it. It returns the token after the role phrase and
// the role code, or "" when there is none.
func (s *scan) role(p int, demonym bool) (int, string) {
	if p >= len(s.toks) {
		return p, ""
	}
	sent := s.toks[p-1].Sentence
	poss := false
	if w := s.tok(p); s.toks[p].Sentence == sent && (w == "'s" || w == "’s" || w == "'S" || w == "’S") {
		p++
		poss = true
	}
	for gap := 0; gap <= 3 && p < len(s.toks) && s.toks[p].Sentence == sent; gap++ {
		if j, code := s.roleAt(p, sent); code != "" {
			return j, code
		}
		w := s.tok(p)
		if w == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			break
		}
		h := fold.Hash(w)
		if s.m.breakers[h] {
			break
		}
		if !poss && !demonym && !unicode.IsUpper(r) && !s.m.adjectives[h] {
			break
		}
		if _, n := s.matchAt(p); n > 0 {
			break // another country, place or organisation
		}
		p++
	}
	return p, ""
}

// roleAt returns the end and code of the longest role phrase at token p.
func (s *scan) roleAt(p, sent int) (int, string) {
	cands := s.m.roleFirst[fold.Hash(s.tok(p))]
next:
	for _, ci := range cands {
		e := &s.m.roles[ci]
		n := len(e.toks)
		if p+n > len(s.toks) {
			continue
		}
		for k := range n {
			if s.toks[p+k].Sentence != sent || !strings.EqualFold(s.tok(p+k), e.toks[k]) {
				continue next
			}
		}
		return p + n, e.code
	}
	return p, ""
}

// Stage returns the stage named "gazetteer". It reads a.Tokens (written by
// the segmenter), appends a mention for every country, nationality,
// capital, city and organisation found, and keeps a.Mentions ordered by
// Start.
func Stage() dyad.Stage {
	return dyad.StageFunc{StageName: "gazetteer", Fn: func(ctx context.Context, a *dyad.Analysis) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		ms, err := defaultMatcher.find(ctx, a.Article.Text, a.Tokens)
		if err != nil {
			return err
		}
		if len(ms) == 0 {
			return nil
		}
		a.Mentions = append(a.Mentions, ms...)
		slices.SortStableFunc(a.Mentions, func(x, y dyad.Mention) int { return cmp.Compare(x.Start, y.Start) })
		return nil
	}}
}
