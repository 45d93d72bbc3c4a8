package actors

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"dyad"
	"dyad/internal/fold"
)

// LoadPhoenixActors reads a PETRARCH/Phoenix actors dictionary and adds its
// entries to d. An entry is a head phrase ("VLADIMIR_PUTIN_"), "+" synonym
// lines, and code lines ("[RUSGOV 000101-080506]", "[RUSELI]"); heads
// without codes share the codes that follow them. A code's date
// restriction is ">YYMMDD" (from), "<YYMMDD" (until), "YYMMDD-YYMMDD" or
// "YYMMDD-"; eight-digit dates are read as YYYYMMDD; a code without dates
// applies outside the dated ones. Comments start with "#". An entry that
// names someone d already knows adds its phrases to that person, whose
// built-in terms stay. An entry with a dated code is a PERSON, one with a
// bare three-letter code a COUNTRY-like place, any other an ORG.
//
// A malformed line gives a warning ("Phoenix.Countries.actors.txt:123:
// ...") and the rest loads; only a read error is returned as err.
func (d *Dictionary) LoadPhoenixActors(r io.Reader, name string) (warnings []error, err error) {
	ar := &actorsReader{d: d, name: name}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		ar.line++
		ar.readLine(sc.Text())
	}
	ar.flush()
	if err := sc.Err(); err != nil {
		return ar.warnings, fmt.Errorf("%s: %w", name, err)
	}
	return ar.warnings, nil
}

// actorsReader is the state of LoadPhoenixActors: the entry being read and
// the warnings so far.
type actorsReader struct {
	d        *Dictionary
	name     string
	line     int
	g        group
	warnings []error
}

// warn adds a warning about the current line.
func (ar *actorsReader) warn(format string, args ...any) {
	ar.warnAt(ar.line, fmt.Errorf(format, args...))
}

func (ar *actorsReader) warnAt(line int, err error) {
	ar.warnings = append(ar.warnings, &dyad.InputError{Name: ar.name, Line: line, Offset: -1, Err: err})
}

// flush adds the entry read so far, if any, and starts a new one. An entry
// that cannot be added is reported at its first line.
func (ar *actorsReader) flush() {
	if len(ar.g.phrases) > 0 {
		if err := ar.d.addGroup(&ar.g); err != nil {
			ar.warnAt(ar.g.line, err)
		}
	}
	ar.g = group{}
}

// readLine reads one line: a head phrase, a "+" synonym, codes, or a
// phrase with codes.
func (ar *actorsReader) readLine(s string) {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	phrase, codes, synonym, terms, bad := parseActorLine(s)
	if bad != nil {
		// the entry is dropped with the lines that go with it
		ar.warn("%v", bad)
		if phrase != "" && !synonym {
			ar.flush() // a bad head line starts an entry of its own
		}
		ar.g = group{broken: true}
		return
	}
	g := &ar.g
	switch {
	case phrase == "" || synonym:
		if g.broken {
			return
		}
		if len(g.phrases) == 0 {
			if synonym {
				ar.warn("synonym %q without a head phrase", phrase)
			} else {
				ar.warn("codes without a phrase")
			}
			return
		}
		if synonym {
			g.phrases = append(g.phrases, phrase)
		}
	default:
		if g.coded || g.broken {
			ar.flush()
		}
		if len(g.phrases) == 0 {
			g.line = ar.line
		}
		g.phrases = append(g.phrases, phrase)
	}
	if codes != "" {
		g.terms = append(g.terms, terms...)
		g.coded = true
	}
}

// parseActorLine cuts a line of an actors dictionary, without comment,
// into its phrase and its codes ("[RUSGOV 000101-080506]"), parsed into
// terms; synonym says it started with "+". bad is why the line is
// malformed.
func parseActorLine(s string) (phrase, codes string, synonym bool, terms []Term, bad error) {
	synonym = s[0] == '+'
	if synonym {
		s = strings.TrimSpace(s[1:])
	}
	phrase = s
	if i := strings.IndexByte(s, '['); i >= 0 {
		phrase, codes = strings.TrimSpace(s[:i]), s[i:]
	}
	if strings.ContainsAny(phrase, "[]") {
		return phrase, codes, synonym, nil, fmt.Errorf("stray bracket in %q", s)
	}
	if codes != "" {
		terms, bad = parsePhoenixCodes(codes)
	}
	return phrase, codes, synonym, terms, bad
}

// group is one Phoenix entry being read: its phrases and codes.
type group struct {
	phrases []string
	terms   []Term
	coded   bool
	broken  bool // a line of it was malformed: skip the rest
	line    int
}

// addGroup adds a Phoenix entry: to the person one of its phrases already
// names, or as a new entry.
func (d *Dictionary) addGroup(g *group) error {
	if len(g.terms) == 0 {
		return fmt.Errorf("%s: no code", g.phrases[0])
	}
	for _, p := range g.phrases {
		if ph := d.phrases[phraseHash(splitName(p))]; ph != nil && len(ph.cands) == 1 {
			idx := ph.cands[0]
			for _, q := range g.phrases {
				if d.addPhrase(q, idx) {
					d.people[idx].Aliases = append(d.people[idx].Aliases, prettyName(q))
				}
			}
			return nil
		}
	}
	p := Person{Name: prettyName(g.phrases[0]), Terms: g.terms, Kind: dyad.KindOrg}
	for _, q := range g.phrases[1:] {
		p.Aliases = append(p.Aliases, prettyName(q))
	}
	dated := false
	for _, t := range g.terms {
		dated = dated || !t.From.IsZero() || !t.To.IsZero()
		if p.Country == "" && len(t.Code) >= 3 && !nonCountry[t.Code[:3]] {
			p.Country = t.Code[:3]
		}
	}
	switch {
	case dated:
		p.Kind = dyad.KindPerson
	case len(g.terms) == 1 && len(g.terms[0].Code) == 3:
		p.Kind = dyad.KindCountry
	}
	return d.Add(p)
}

// nonCountry are the first three letters of codes that are not a country.
var nonCountry = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true, "UIS": true, "INT": true}

// phraseHash returns the sequence hash of tokens.
func phraseHash(toks []string) uint64 {
	h := fold.SeqSeed
	for _, t := range toks {
		h = fold.Seq(h, fold.Hash(t))
	}
	return h
}

// prettyName writes a Phoenix phrase as a name: "VLADIMIR_PUTIN_" ->
// "Vladimir Putin".
func prettyName(p string) string {
	words := strings.FieldsFunc(p, func(r rune) bool { return r == '_' || r == ' ' })
	for i, w := range words {
		if !strings.Contains(w, ".") {
			words[i] = titleCase(w)
		}
	}
	return strings.Join(words, " ")
}

func titleCase(w string) string {
	out := []rune(strings.ToLower(w))
	up := true
	for i, r := range out {
		if up {
			out[i] = []rune(strings.ToUpper(string(r)))[0]
		}
		up = r == '-' || r == '\''
	}
	return string(out)
}

// parsePhoenixCodes reads one or more "[CODE dates]" blocks.
func parsePhoenixCodes(s string) ([]Term, error) {
	var out []Term
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] != '[' {
			return nil, fmt.Errorf("text %q outside brackets", s)
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return nil, fmt.Errorf("unclosed bracket in %q", s)
		}
		f := strings.Fields(s[1:end])
		s = s[end+1:]
		if len(f) == 0 {
			return nil, errors.New("empty code block")
		}
		if len(f) > 2 {
			f = []string{f[0], strings.Join(f[1:], "")} // "[EGYGOV > 140608]"
		}
		code := f[0]
		if code == "---" || strings.Trim(code, "-") == "" {
			continue // a null code
		}
		if strings.HasPrefix(code, "~") || strings.HasSuffix(code, "~") {
			return nil, fmt.Errorf("agent code %q in an actors file", code)
		}
		if !isCode(code) {
			return nil, fmt.Errorf("bad code %q", code)
		}
		if len(code) == 3 && agentCodes[code] {
			continue // a bare agent ("[ELI]") with no country: nothing to code
		}
		t := Term{Code: code}
		if len(f) == 2 {
			var err error
			if t.From, t.To, err = phoenixDates(f[1]); err != nil {
				return nil, fmt.Errorf("code %s: %w", code, err)
			}
		}
		out = append(out, t)
	}
	return out, nil
}

// agentCodes are CAMEO agent codes; alone in an actors file they carry no
// country.
var agentCodes = map[string]bool{
	"GOV": true, "MIL": true, "REB": true, "OPP": true, "ELI": true, "BUS": true, "CVL": true,
	"JUD": true, "COP": true, "MED": true, "LEG": true, "EDU": true, "HLH": true, "LAB": true,
	"REL": true, "SPY": true, "UAF": true, "REF": true, "AGR": true, "CRM": true, "DEV": true,
	"ENV": true, "HRI": true, "MOD": true, "RAD": true, "PTY": true,
}

// phoenixDates reads ">YYMMDD", "<YYMMDD", "YYMMDD-YYMMDD" or "YYMMDD-".
func phoenixDates(s string) (from, to time.Time, err error) {
	switch {
	case strings.HasPrefix(s, ">"):
		from, err = phoenixDate(s[1:])
	case strings.HasPrefix(s, "<"):
		to, err = phoenixDate(s[1:])
	default:
		a, b, ok := strings.Cut(s, "-")
		if !ok {
			return from, to, fmt.Errorf("bad dates %q", s)
		}
		if from, err = phoenixDate(a); err != nil {
			return from, to, err
		}
		if b != "" {
			if to, err = phoenixDate(b); err != nil {
				return from, to, err
			}
			if to.Before(from) {
				return from, to, fmt.Errorf("dates %q end before they start", s)
			}
		}
	}
	return from, to, err
}

// phoenixDate reads YYMMDD (years up to 20 are 20YY) or YYYYMMDD.
func phoenixDate(s string) (time.Time, error) {
	if len(s) != 6 && len(s) != 8 {
		return time.Time{}, fmt.Errorf("bad date %q", s)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return time.Time{}, fmt.Errorf("bad date %q", s)
	}
	var y, m, dd int
	if len(s) == 6 {
		y, m, dd = n/10000, n/100%100, n%100
		if y <= 20 { // the files were written in the 2010s
			y += 2000
		} else {
			y += 1900
		}
	} else {
		y, m, dd = n/10000, n/100%100, n%100
	}
	if m < 1 || m > 12 || dd < 1 || dd > 31 {
		return time.Time{}, fmt.Errorf("bad date %q", s)
	}
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC), nil
}

// LoadPhoenixAgents reads a PETRARCH/Phoenix agents dictionary: lines
// "PHRASE [~CODE]" (an agent code added after a country: "POLICE [~COP]"),
// "PHRASE [CODE~]" (before it), optional plural forms "PHRASE {PLURAL ...}"
// ("{}" for none; otherwise a regular plural is made), and substitution sets
// "!NAME! = A, B" used inside phrases ("CATTLE!PERSON!"). The stage adds an
// agent's code to a country or nationality mention right before it
// ("Chinese farmers" -> CHNAGR).
//
// A malformed line gives a warning naming name and the line, and the rest
// loads; only a read error is returned as err.
func (d *Dictionary) LoadPhoenixAgents(r io.Reader, name string) (warnings []error, err error) {
	macros := map[string][]string{}
	line := 0
	warn := func(err error) {
		warnings = append(warnings, &dyad.InputError{Name: name, Line: line, Offset: -1, Err: err})
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	inComment := false
	for sc.Scan() {
		line++
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		s, inComment = stripXMLComments(s, inComment)
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if s[0] == '!' && strings.Contains(s, "=") && !strings.Contains(s, "[") {
			key, vals, err := parseSubstitution(s)
			if err != nil {
				warn(err)
				continue
			}
			macros[key] = vals
			continue
		}
		forms, code, prefix, err := parseAgentLine(s, macros)
		if err != nil {
			warn(err)
			continue
		}
		for _, f := range forms {
			d.addAgent(f, code, prefix)
		}
	}
	if err := sc.Err(); err != nil {
		return warnings, fmt.Errorf("%s: %w", name, err)
	}
	return warnings, nil
}

// parseSubstitution reads a substitution set: "!NAME! = value, value".
func parseSubstitution(s string) (key string, vals []string, err error) {
	key, val, ok := strings.Cut(s, "=")
	key = strings.TrimSpace(key)
	if !ok || len(key) < 3 || !strings.HasSuffix(key, "!") || strings.Count(key, "!") != 2 {
		return "", nil, fmt.Errorf("bad substitution set %q", s)
	}
	for _, v := range strings.Split(val, ",") {
		if v = strings.TrimSpace(v); v != "" {
			vals = append(vals, v)
		}
	}
	if len(vals) == 0 {
		return "", nil, fmt.Errorf("empty substitution set %s", key)
	}
	return key, vals, nil
}

// parseAgentLine reads an agent line, "PHRASE {PLURALS} [CODE]", into the
// forms to add (the phrase with its substitution sets expanded, and the
// plurals given or made), the code, and whether it goes before the
// country ("[CODE~]") rather than after it ("[~CODE]").
func parseAgentLine(s string, macros map[string][]string) (forms []string, code string, prefix bool, err error) {
	open := strings.IndexByte(s, '[')
	shut := strings.LastIndexByte(s, ']')
	if open < 0 || shut < open {
		return nil, "", false, fmt.Errorf("no [code] in %q", s)
	}
	code = strings.TrimSpace(s[open+1 : shut])
	prefix = strings.HasSuffix(code, "~") && !strings.HasPrefix(code, "~")
	code = strings.Trim(code, "~")
	if !isCode(code) || strings.TrimSpace(s[shut+1:]) != "" {
		return nil, "", false, fmt.Errorf("bad agent code in %q", s)
	}
	head := s[:open]
	var plurals []string
	explicit := false
	if i := strings.IndexByte(head, '{'); i >= 0 {
		j := strings.IndexByte(head, '}')
		if j < i {
			return nil, "", false, fmt.Errorf("unclosed { in %q", s)
		}
		plurals = strings.Fields(head[i+1 : j])
		explicit = true
		head = head[:i] + head[j+1:]
	}
	head = strings.TrimSpace(head)
	if head == "" {
		return nil, "", false, fmt.Errorf("empty phrase in %q", s)
	}
	forms, err = expand(head, macros)
	if err != nil {
		return nil, "", false, err
	}
	if !explicit {
		for _, f := range forms {
			plurals = append(plurals, plural(f))
		}
	}
	return append(forms, plurals...), code, prefix, nil
}

// expand replaces the substitution sets in a phrase by each of their
// values.
func expand(p string, macros map[string][]string) ([]string, error) {
	i := strings.IndexByte(p, '!')
	if i < 0 {
		return []string{p}, nil
	}
	j := strings.IndexByte(p[i+1:], '!')
	if j < 0 {
		return nil, fmt.Errorf("unclosed substitution in %q", p)
	}
	key := p[i : i+j+2]
	vals, ok := macros[key]
	if !ok {
		return nil, fmt.Errorf("unknown substitution set %s", key)
	}
	rest, err := expand(p[i+j+2:], macros)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, v := range vals {
		for _, r := range rest {
			out = append(out, p[:i]+v+r)
		}
	}
	if len(out) > 1000 {
		return nil, errors.New("substitutions expand to too many phrases")
	}
	return out, nil
}

// plural makes the regular plural of a phrase's last word.
func plural(p string) string {
	p = strings.TrimRight(p, "_ ")
	u := strings.ToUpper(p)
	switch {
	case strings.HasSuffix(u, "S") || strings.HasSuffix(u, "X") || strings.HasSuffix(u, "CH") || strings.HasSuffix(u, "SH"):
		return p + "ES"
	case strings.HasSuffix(u, "Y") && len(u) > 1 && !strings.ContainsRune("AEIOU", rune(u[len(u)-2])):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(u, "MAN"):
		return p[:len(p)-3] + "MEN"
	}
	return p + "S"
}

// addAgent indexes an agent phrase.
func (d *Dictionary) addAgent(p, code string, prefix bool) {
	toks := splitName(p)
	if len(toks) == 0 || len(toks) > maxPhrase {
		return
	}
	a := &agent{toks: toks, code: code, prefix: prefix}
	for _, t := range toks {
		a.hash = append(a.hash, fold.Hash(t))
	}
	h := phraseHash(toks)
	if _, ok := d.agents[h]; ok {
		return // the first entry of a phrase wins
	}
	d.agents[h] = a
	if n := uint8(len(toks)); n > d.agentN[a.hash[0]] {
		d.agentN[a.hash[0]] = n
	}
}

// stripXMLComments removes the "<!-- ... -->" comments of a line, the form
// PETRARCH's validation dictionaries use, also when one spans lines:
// inComment says whether the line starts inside one, and the result whether
// the next does.
func stripXMLComments(s string, inComment bool) (string, bool) {
	var b strings.Builder
	for {
		if inComment {
			j := strings.Index(s, "-->")
			if j < 0 {
				return b.String(), true
			}
			s, inComment = s[j+3:], false
			continue
		}
		i := strings.Index(s, "<!--")
		if i < 0 {
			b.WriteString(s)
			return b.String(), false
		}
		b.WriteString(s[:i])
		s, inComment = s[i+4:], true
	}
}
