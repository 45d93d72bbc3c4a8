package actors

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"dyad"
	"dyad/internal/fold"
)

//go:embed people.txt
var peopleData string

// Term is one period in which a person or institution holds an actor code.
type Term struct {
	Code string    // CAMEO actor code: "RUSGOV", "IGOUNO"
	From time.Time // first day; zero for "since always"
	To   time.Time // last day; zero while still in office
	Role string    // free text: "president", "foreign minister"; may be ""
}

// Person is a person or an institution of the dictionary.
type Person struct {
	Name    string           // canonical name
	Aliases []string         // other forms the news uses
	Terms   []Term           // dated codes, in the order written
	Country string           // the code outside every term ("RUS"); may be ""
	Kind    dyad.MentionKind // PERSON, or ORG for an institution
}

// Dictionary maps names to people and institutions with dated actor codes,
// and role words to agent codes. Load data into it before use; once loaded
// it is read only and safe for concurrent use by any number of stages.
type Dictionary struct {
	people  []entity
	phrases map[uint64]*phrase // sequence hash -> phrase
	first   map[uint64]uint16  // first token hash -> longest phrase starting with it | titleBit | lowerBit
	agents  map[uint64]*agent  // sequence hash -> agent phrase
	agentN  map[uint64]uint8   // first token hash -> longest agent phrase
	starts  []uint64           // start filters over the top hash bits (see setFirst)
}

// entity is a person with its terms compiled to day numbers.
type entity struct {
	Person
	terms   []cterm
	surname string // last token of the canonical name, for coreference
}

// cterm is a term as day numbers since 1970-01-01, both ends inclusive.
type cterm struct {
	code     string
	role     string
	from, to int32
	dated    bool
}

// phrase is one name as tokens with the entities it may stand for (more
// than one for a shared alias such as "Clinton", told apart by date).
type phrase struct {
	toks  []string
	hash  []uint64
	cands []int32
}

// agent is a generic role phrase ("police", "foreign minister") with its
// agent code ("COP", "GOV"); prefix agents go before the country code.
type agent struct {
	toks   []string
	hash   []uint64
	code   string
	prefix bool
}

// maxPhrase is the longest phrase, in tokens, the dictionary keeps.
const maxPhrase = 12

// New returns an empty dictionary.
func New() *Dictionary {
	d := &Dictionary{
		phrases: map[uint64]*phrase{},
		first:   map[uint64]uint16{},
		agents:  map[uint64]*agent{},
		agentN:  map[uint64]uint8{},
		starts:  make([]uint64, 2*startWords),
	}
	for _, t := range titles {
		d.setFirst(t.hash[0], d.first[t.hash[0]]|titleBit)
	}
	return d
}

// startWords is the size in 64-bit words of each of the two halves of
// Dictionary.starts: 2^16 bits, 8 KiB, so that both stay in the fastest
// cache.
const startWords = 1 << 10

// startShift leaves the top 16 bits of a hash, the best mixed, to index
// the start filters.
const startShift = 64 - 16

// setFirst sets first[h] and marks h in the start filters: the first half
// of d.starts for any entry, the second for one that a word without a
// capital may start (a title, a phrase whose first word has no capital).
func (d *Dictionary) setFirst(h uint64, f uint16) {
	d.first[h] = f
	b := h >> startShift
	d.starts[b>>6] |= 1 << (b & 63)
	if f&(titleBit|lowerBit) != 0 {
		d.starts[startWords+b>>6] |= 1 << (b & 63)
	}
}

// startFilter returns the first start filter of d, or nil when d has none
// (a zero Dictionary).
func (d *Dictionary) startFilter() *[startWords]uint64 {
	if len(d.starts) != 2*startWords {
		return nil
	}
	return (*[startWords]uint64)(d.starts[:startWords])
}

// firstOf returns first[h]; the bit set answers most tokens, which start
// neither a name nor a title, without a map lookup.
func (d *Dictionary) firstOf(h uint64) uint16 {
	b := h >> startShift
	if w := b >> 6; w < uint64(len(d.starts)) && d.starts[w]&(1<<(b&63)) == 0 {
		return 0
	}
	return d.first[h]
}

// firstOfWord is firstOf for a token of hash h whose text is w, except
// that it returns 0 when w has no capital and only entries that need one
// start with h: matchAt would find nothing there.
func (d *Dictionary) firstOfWord(h uint64, w string) uint16 {
	b := h >> startShift
	if i := b >> 6; startWords+i < uint64(len(d.starts)) {
		bit := uint64(1) << (b & 63)
		if d.starts[i]&bit == 0 || d.starts[startWords+i]&bit == 0 && !upperFirst(w) {
			return 0
		}
	}
	return d.first[h]
}

// Dictionary.first holds, for the hash of a first token, the length of the
// longest phrase starting with it (the low byte) and these bits, so that
// one lookup per token tells all.
const (
	titleBit = 0x100 // a title starts with the token
	lowerBit = 0x200 // a phrase starting with it has no capital in its first word
)

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
)

// Default returns a new dictionary holding the built-in people and
// institutions of people.txt. The file is parsed once; each call returns
// its own copy, which may be extended with Load methods without changing
// the others.
func Default() *Dictionary {
	defaultOnce.Do(func() {
		d := New()
		d.LoadPeople(strings.NewReader(peopleData), "people.txt")
		if warns, err := d.LoadPhoenixAgents(strings.NewReader(phoenixAgents), "phoenix_agents.txt"); err != nil || len(warns) > 0 {
			panic(fmt.Sprintf("actors: embedded phoenix_agents.txt: %v %v", err, warns)) // a build defect, caught by any test
		}
		defaultDict = d
	})
	return defaultDict.clone()
}

// clone copies d deeply enough that loading into the copy leaves d as it is.
func (d *Dictionary) clone() *Dictionary {
	c := &Dictionary{
		people:  slices.Clone(d.people),
		phrases: make(map[uint64]*phrase, len(d.phrases)),
		first:   make(map[uint64]uint16, len(d.first)),
		agents:  make(map[uint64]*agent, len(d.agents)),
		agentN:  make(map[uint64]uint8, len(d.agentN)),
		starts:  slices.Clone(d.starts),
	}
	for h, p := range d.phrases {
		q := *p
		q.cands = slices.Clip(q.cands) // appends copy
		c.phrases[h] = &q
	}
	for h, n := range d.first {
		c.first[h] = n
	}
	for h, a := range d.agents {
		c.agents[h] = a
	}
	for h, n := range d.agentN {
		c.agentN[h] = n
	}
	return c
}

// Len returns the number of people and institutions in d.
func (d *Dictionary) Len() int { return len(d.people) }

// People returns a copy of every person and institution of d.
func (d *Dictionary) People() []Person {
	out := make([]Person, len(d.people))
	for i, e := range d.people {
		out[i] = e.Person
	}
	return out
}

// LoadPeople reads entries in the format of people.txt (see
// docs/actors.md) and adds them to d. A malformed line gives a warning
// naming name and the line, and the rest loads; only a read error is
// returned as err.
func (d *Dictionary) LoadPeople(r io.Reader, name string) (warnings []error, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	kind := dyad.KindPerson
	line := 0
	warn := func(format string, args ...any) {
		warnings = append(warnings, &dyad.InputError{Name: name, Line: line, Offset: -1, Err: fmt.Errorf(format, args...)})
	}
	for sc.Scan() {
		line++
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		s = strings.TrimSpace(s)
		switch strings.ToLower(s) {
		case "":
			continue
		case "[people]":
			kind = dyad.KindPerson
			continue
		case "[organisations]", "[organizations]":
			kind = dyad.KindOrg
			continue
		}
		f := strings.Split(s, "|")
		if len(f) != 4 {
			warn("want 4 fields separated by |, got %d", len(f))
			continue
		}
		p := Person{Country: strings.TrimSpace(f[0]), Name: strings.TrimSpace(f[1]), Kind: kind}
		if !isCode(p.Country) || len(p.Country) != 3 {
			warn("bad country code %q", p.Country)
			continue
		}
		if p.Name == "" {
			warn("empty name")
			continue
		}
		for _, a := range strings.Split(f[2], ",") {
			if a = strings.TrimSpace(a); a != "" {
				p.Aliases = append(p.Aliases, a)
			}
		}
		bad := false
		for _, t := range strings.Split(f[3], ";") {
			if t = strings.TrimSpace(t); t == "" {
				continue
			}
			term, err := parseTerm(t)
			if err != nil {
				warn("%v", err)
				bad = true
				break
			}
			p.Terms = append(p.Terms, term)
		}
		if bad {
			continue
		}
		if err := d.Add(p); err != nil {
			warn("%v", err)
		}
	}
	if err := sc.Err(); err != nil {
		return warnings, fmt.Errorf("%s: %w", name, err)
	}
	return warnings, nil
}

// parseTerm reads "CODE FROM..TO role".
func parseTerm(s string) (Term, error) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return Term{}, fmt.Errorf("term %q: want CODE FROM..TO", s)
	}
	t := Term{Code: f[0], Role: strings.Join(f[2:], " ")}
	if !isCode(t.Code) {
		return Term{}, fmt.Errorf("term %q: bad code %q", s, t.Code)
	}
	from, to, ok := strings.Cut(f[1], "..")
	if !ok {
		return Term{}, fmt.Errorf("term %q: want dates FROM..TO", s)
	}
	var err error
	if t.From, _, err = parseDate(from, false); err != nil || from == "" {
		return Term{}, fmt.Errorf("term %q: bad start date %q", s, from)
	}
	if to != "" {
		if t.To, _, err = parseDate(to, true); err != nil {
			return Term{}, fmt.Errorf("term %q: bad end date %q", s, to)
		}
		if t.To.Before(t.From) {
			return Term{}, fmt.Errorf("term %q: ends before it starts", s)
		}
	}
	return t, nil
}

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD; with end set, a year or a
// month stands for its last day.
func parseDate(s string, end bool) (time.Time, string, error) {
	for _, l := range []struct{ layout, prec string }{{"2006-01-02", "day"}, {"2006-01", "month"}, {"2006", "year"}} {
		if len(s) != len(l.layout) {
			continue
		}
		t, err := time.Parse(l.layout, s)
		if err != nil {
			return time.Time{}, "", err
		}
		if end {
			switch l.prec {
			case "month":
				t = t.AddDate(0, 1, -1)
			case "year":
				t = t.AddDate(1, 0, -1)
			}
		}
		return t, l.prec, nil
	}
	return time.Time{}, "", errors.New("bad date")
}

// isCode reports whether s is a plausible CAMEO code: upper-case letters
// and digits, 3 to 15 of them.
func isCode(s string) bool {
	if len(s) < 3 || len(s) > 15 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// Add adds a person or institution to d, with its name and aliases as
// phrases to match. An alias that another entry also has is shared: the
// date, then the country of the context, tell them apart. Kind "" means
// PERSON.
func (d *Dictionary) Add(p Person) error {
	if strings.TrimSpace(p.Name) == "" {
		return errors.New("empty name")
	}
	if p.Kind == "" {
		p.Kind = dyad.KindPerson
	}
	e := entity{Person: p}
	for _, t := range p.Terms {
		if t.Code == "" {
			return fmt.Errorf("%s: term without code", p.Name)
		}
		c := cterm{code: t.Code, role: t.Role, from: math.MinInt32, to: math.MaxInt32}
		if !t.From.IsZero() {
			c.from, c.dated = dayOf(t.From), true
		}
		if !t.To.IsZero() {
			c.to, c.dated = dayOf(t.To), true
		}
		if c.to < c.from {
			return fmt.Errorf("%s: term %s ends before it starts", p.Name, t.Code)
		}
		e.terms = append(e.terms, c)
	}
	if toks := splitName(p.Name); len(toks) > 1 && p.Kind == dyad.KindPerson {
		if last := toks[len(toks)-1]; upperFirst(last) && len(last) > 1 {
			e.surname = last
		}
	}
	idx := int32(len(d.people))
	added := false
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		if d.addPhrase(n, idx) {
			added = true
		}
	}
	if !added {
		return fmt.Errorf("%s: no name to match", p.Name)
	}
	d.people = append(d.people, e)
	return nil
}

// addPhrase indexes name for entity idx; it reports whether it did.
func (d *Dictionary) addPhrase(name string, idx int32) bool {
	toks := splitName(name)
	if len(toks) == 0 || len(toks) > maxPhrase {
		return false
	}
	h := fold.SeqSeed
	hs := make([]uint64, len(toks))
	for i, t := range toks {
		hs[i] = fold.Hash(t)
		h = fold.Seq(h, hs[i])
	}
	p := d.phrases[h]
	if p == nil {
		p = &phrase{toks: toks, hash: hs}
		d.phrases[h] = p
		f := d.first[hs[0]]
		if n := uint16(len(toks)); n > f&0xff {
			f = f&^0xff | n
		}
		if !upperFirst(toks[0]) {
			f |= lowerBit
		}
		d.setFirst(hs[0], f)
	}
	if slices.Contains(p.cands, idx) {
		return true
	}
	p.cands = append(p.cands, idx)
	return true
}

// dayOf returns the day number of t's calendar date.
func dayOf(t time.Time) int32 {
	y, m, dd := t.Date()
	return int32(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// noDay marks an unknown date: the latest term applies.
const noDay = math.MinInt32

func dayOrNone(t time.Time) int32 {
	if t.IsZero() {
		return noDay
	}
	return dayOf(t)
}

// term returns the term of e that holds on day: the shortest one that
// contains it; with no date, the latest term. ok is false when none holds.
func (e *entity) term(day int32) (cterm, bool) {
	if len(e.terms) == 0 {
		return cterm{}, false
	}
	if day == noDay {
		best := -1
		for i, t := range e.terms {
			if best < 0 || t.from > e.terms[best].from || t.from == e.terms[best].from && t.to > e.terms[best].to {
				best = i
			}
		}
		return e.terms[best], true
	}
	best := -1
	var span int64
	for i, t := range e.terms {
		if t.from <= day && day <= t.to {
			if s := int64(t.to) - int64(t.from); best < 0 || s < span {
				best, span = i, s
			}
		}
	}
	if best < 0 {
		return cterm{}, false
	}
	return e.terms[best], true
}

// inOffice reports whether a dated term of e holds on day.
func (e *entity) inOffice(day int32) bool {
	for _, t := range e.terms {
		if t.dated && t.from <= day && day <= t.to {
			return true
		}
	}
	return false
}

// codeAt returns e's code on day, or its country outside every term.
func (e *entity) codeAt(day int32) (code, role string) {
	if t, ok := e.term(day); ok {
		return t.code, t.role
	}
	return e.Country, ""
}

// CodeAt returns the actor code p holds on date (the latest term's when
// date is zero), or p.Country outside every term.
func (p Person) CodeAt(date time.Time) string {
	e := entity{Person: p}
	for _, t := range p.Terms {
		c := cterm{code: t.Code, from: math.MinInt32, to: math.MaxInt32}
		if !t.From.IsZero() {
			c.from, c.dated = dayOf(t.From), true
		}
		if !t.To.IsZero() {
			c.to, c.dated = dayOf(t.To), true
		}
		e.terms = append(e.terms, c)
	}
	code, _ := e.codeAt(dayOrNone(date))
	return code
}

// pick chooses among the candidates of a phrase: the only one, else the one
// in office on day, else the only one of country (when country is set). It
// returns -1 when the phrase stays ambiguous.
func (d *Dictionary) pick(cands []int32, day int32, country string) int32 {
	if len(cands) == 1 {
		return cands[0]
	}
	found := int32(-1)
	for pass := 0; pass < 3; pass++ {
		n := 0
		for _, c := range cands {
			e := &d.people[c]
			ok := false
			switch pass {
			case 0: // in office and of the context's country
				ok = country != "" && e.Country == country && (day == noDay || e.inOffice(day))
			case 1: // in office
				ok = day != noDay && e.inOffice(day)
			case 2: // of the context's country
				ok = country != "" && e.Country == country
			}
			if ok {
				found, n = c, n+1
			}
		}
		if n == 1 {
			return found
		}
	}
	// none in office, all of one country ("Bush" in 2012, "Trudeau" in
	// 1990): the country is known whoever it is; the name goes to the
	// one who left office last before the day
	if day == noDay {
		return -1
	}
	best, bestEnd := int32(-1), int32(0)
	for _, c := range cands {
		e := &d.people[c]
		if e.inOffice(day) || d.people[cands[0]].Country != e.Country {
			return -1
		}
		for _, t := range e.terms {
			if t.dated && t.to < day && (best < 0 || t.to > bestEnd) {
				best, bestEnd = c, t.to
			}
		}
	}
	if best < 0 {
		return cands[0]
	}
	return best
}

// Resolve returns the actor code of the person or institution called name
// on date: the code of the term that holds then, the person's country
// outside every term, the latest term's code when date is zero. ok is false
// when name is unknown or stands for several people none of whom the date
// singles out.
func (d *Dictionary) Resolve(name string, date time.Time) (code string, ok bool) {
	toks := splitName(name)
	if len(toks) == 0 {
		return "", false
	}
	h := fold.SeqSeed
	for _, t := range toks {
		h = fold.Seq(h, fold.Hash(t))
	}
	p := d.phrases[h]
	if p == nil {
		return "", false
	}
	i := d.pick(p.cands, dayOrNone(date), "")
	if i < 0 {
		return "", false
	}
	code, _ = d.people[i].codeAt(dayOrNone(date))
	return code, code != ""
}

// Lookup returns the person or institution called name, when exactly one
// is (on date, for a shared alias).
func (d *Dictionary) Lookup(name string, date time.Time) (Person, bool) {
	toks := splitName(name)
	h := fold.SeqSeed
	for _, t := range toks {
		h = fold.Seq(h, fold.Hash(t))
	}
	p := d.phrases[h]
	if p == nil || len(toks) == 0 {
		return Person{}, false
	}
	i := d.pick(p.cands, dayOrNone(date), "")
	if i < 0 {
		return Person{}, false
	}
	return d.people[i].Person, true
}
