package events

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"dyad"
)

//go:embed patterns.txt
var defaultPatternsText string

// Item kinds of a pattern.
const (
	itemWord = iota // one word out of a set of forms
	itemGap         // up to max words of any kind
	itemSlot        // the target actor
)

// maxItems bounds the length of a pattern; maxGap the width of a gap.
const (
	maxItems = 16
	maxGap   = 6
	maxLine  = 4096
)

type item struct {
	kind  uint8
	opt   bool
	max   int      // itemGap: most words skipped
	forms []string // itemWord: every surface form
	parts []string // itemWord: the forms that may be past participles
	verb  bool     // itemWord: some alternative is a +verb
	ids   []int32  // itemWord: forms as word IDs, set by compile
	// itemWord from a synset (&NAME) with phrases of several words: the
	// item matches one of them too, without expanding the pattern
	phrases [][]string
	pids    [][]int32 // phrases as word IDs, set by compile
}

// rule is one pattern line.
type rule struct {
	code     Code
	items    []item
	phrase   string // the pattern as written
	file     string
	line     int
	lits     int  // word items: the more, the more specific
	endsPrep bool // the last item is a preposition that introduces the target
	hasSlot  bool
	to       bool // the last item is "to": an infinitive complement follows
	between  bool // the last item is "between": the actors after it act on each other
	mutual   bool // !mutual: a compound subject acts on itself both ways
	swap     bool // !swap: the subject is the target
	speech   bool // !speech: a verb of saying; no direct object, reported speech follows
	control  bool // !control: an infinitive after it is the event ("pledged to expel")
	reverse  Code // !reverse=CODE: the target also acts on the source with this code
	hasRev   bool
	lexicon  bool // from a verb dictionary (LexiconPatterns): coded only when the parse gives the roles
	passive  Code // CODE:PASSIVE: the code when the parse reads the verb as passive
	hasPass  bool
	before   *item // !before=...: a word that must stand shortly before the first item
}

// NoEvent is the code of patterns that match words which are not an event,
// so that shorter patterns do not code them: "---  +meet * demands".
const NoEvent = "---"

// Patterns is a compiled set of event patterns. It is read-only once built
// and safe for concurrent use by many coders.
type Patterns struct {
	rules  []*rule
	vocab  map[string]int32 // lower-case word -> word ID
	flags  []uint32         // by word ID: the word's classes (flag* constants)
	first  [][]int32        // by word ID: rules whose first item may be that word
	agent  []string         // by word ID: the agent code of an agent word ("REB"), or ""
	adj    []bool           // by word ID: the agent word may be an adjective
	pairs  map[[2]int32]string
	idOf   int32 // the IDs of "of", "from" and "in", which attach a country to an agent
	idFrom int32
	idIn   int32
	// by word ID: a rule of dyad's own that may need no target (protest,
	// force) starts with the word, so a sentence with one actor may hold
	// an event
	oneActor []bool
}

// Len returns the number of patterns.
func (p *Patterns) Len() int { return len(p.rules) }

// lexiconText is the PETRARCH-2 verb dictionary CAMEO.2.0.txt as dyad
// patterns, derived by internal/genlexicon (see WriteLexicon).
//
//go:generate go run ./internal/genlexicon -in ../../shared/reference/phoenix/CAMEO.2.0.txt -out lexicon.txt
//go:embed lexicon.txt
var lexiconText string

var (
	defaultOnce        sync.Once
	lexOnce            sync.Once
	ownRules, lexRules []*rule
	defaultPats        *Patterns
	lexPats            *Patterns
)

// builtinRules reads the embedded pattern files once.
func builtinRules() {
	own, err := loadRules(strings.NewReader(defaultPatternsText), "patterns.txt")
	if err != nil {
		panic("events: embedded patterns.txt: " + err.Error()) // a build defect, caught by any test
	}
	lex, err := loadRules(strings.NewReader(lexiconText), "lexicon.txt")
	if err != nil {
		panic("events: embedded lexicon.txt: " + err.Error())
	}
	lex = slices.DeleteFunc(lex, func(r *rule) bool {
		return len(r.items) == 1 && bareDefault[r.phrase]
	})
	for _, r := range lex {
		r.lexicon = true
	}
	ownRules, lexRules = own, lex
}

// bareDefault are the verbs of the built-in lexicon whose code alone, with
// no words after them, dyad does not take: verbs of general meaning whose
// sense, and so their CAMEO code, comes from what follows them. To see is
// not to make a statement (010: "Japan sees growth slowing"); to consider,
// go or leave is not to consult (040: "consider retaliation", "go ahead
// with sanctions"); to add, give, lead, head or control is no material
// cooperation (060: "he added", "give room for", "a team headed by",
// "Renault controls American Motors"); to pass or submit is not to yield
// (080: "passed a bill", "submit a list of questions"); to take is not to
// seize (171: "took more Cuban sugar"). Nor is to expect an intent (030:
// "diplomats expected the tankers to sail"), to persuade or affect
// cooperation (050: what one is persuaded to do is coded from its own
// verb), to face a meeting (040: "faces opposition"), or to repeat or
// address a statement (010: "repeated an invitation", "address
// complaints"), to enact no cooperation (060: "the sanctions law enacted
// by the United States"), to distribute no statement (010), to plan no
// intent of its own (030: "plans an official stock exchange"; what is
// planned to be done is coded from its own verb), to estimate or predict a
// figure no statement to anyone (010: "USDA estimated Soviet grain
// imports at 10 mln tonnes"), to assign or tender no cooperation (060:
// "the quota assigned by OPEC"; 062: "Morocco will tender for 120,000
// tonnes of U.S. wheat"), to quote or refer to someone no statement to
// them (010: "the China Daily quoted Zhou", "referring to the Iran arms
// program"), to clear no yielding (080: "clear the way for", "clear its
// debts"). Their patterns with more words stay ("give * aid",
// "take * control").
var bareDefault = map[string]bool{
	"+see": true, "+consider": true, "+go": true, "+leave": true, "+add": true,
	"+give": true, "+head": true, "+lead": true, "+pass": true, "+take": true,
	"+control": true, "+submit": true, "+expect": true, "+persuade": true, "+affect": true,
	"+face": true, "+repeat": true, "+address": true, "+enact": true, "+distribute": true,
	"+plan": true, "+estimate": true, "+predict": true, "+assign": true, "+tender": true,
	"+quote": true, "+refer": true, "+clear": true, "+combine": true,
}

// loadDefaults compiles the built-in patterns, the lexicon's and dyad's
// own, into one set.
func loadDefaults() {
	builtinRules()
	defaultPats = compile(append(append(make([]*rule, 0, len(lexRules)+len(ownRules)), lexRules...), ownRules...))
}

// DefaultPatterns returns the built-in patterns, parsed once and shared:
// the PETRARCH-2 verb dictionary CAMEO.2.0.txt (BuiltinLexicon) as the
// base, and dyad's own patterns (patterns.txt) for what they add. The coder
// tries dyad's own first; the lexicon's code the verbs of the parse that
// none of them covers.
func DefaultPatterns() *Patterns {
	defaultOnce.Do(loadDefaults)
	return defaultPats
}

// BuiltinLexicon returns the built-in verb lexicon alone: CAMEO.2.0.txt
// converted by WriteLexicon (events/lexicon.txt). Its patterns code an
// event only where the parse gives the roles.
func BuiltinLexicon() *Patterns {
	defaultOnce.Do(loadDefaults)
	lexOnce.Do(func() { lexPats = compile(lexRules) })
	return lexPats
}

// PatternsWith returns the patterns of the verb dictionaries given alone,
// in place of the built-in ones (lexicon and dyad's own): PETRARCH's unit
// tests, say, run with their own verb dictionary, and CAMEO.2.0.txt given
// this way codes the way PETRARCH's lexicon does, without dyad's patterns.
// Their patterns code where the parse gives the roles. With no dictionary
// it returns DefaultPatterns.
func PatternsWith(dicts ...*VerbDict) (*Patterns, error) {
	if len(dicts) == 0 {
		return DefaultPatterns(), nil
	}
	all := make([]*Patterns, 0, len(dicts)+1)
	for _, d := range dicts {
		p, _, err := LexiconPatterns(d)
		if err != nil {
			return nil, err
		}
		all = append(all, p)
	}
	return Merge(all...), nil
}

// Merge returns one set holding the patterns of every set in order. When two
// patterns match the same words equally well, the later one wins, so a
// user's file merged after DefaultPatterns overrides it.
func Merge(ps ...*Patterns) *Patterns {
	var rules []*rule
	for _, p := range ps {
		if p != nil {
			rules = append(rules, p.rules...)
		}
	}
	return compile(rules)
}

// LoadPatterns reads patterns in dyad's pattern format (docs/events.md):
// one pattern a line, "CODE ITEM ITEM ... [!option]", '#' comments, and
// "irregular LEMMA PAST PARTICIPLE" lines for verbs the built-in table
// lacks. name names the input in errors, which are *dyad.InputError values
// carrying the line number.
func LoadPatterns(r io.Reader, name string) (*Patterns, error) {
	rules, err := loadRules(r, name)
	if err != nil {
		return nil, err
	}
	return compile(rules), nil
}

// loadRules reads the rules of a pattern file (see LoadPatterns).
func loadRules(r io.Reader, name string) ([]*rule, error) {
	return loadRulesEnv(r, name, &fileEnv{})
}

// loadRulesEnv reads the rules of a pattern file with the settings of env.
func loadRulesEnv(r io.Reader, name string, env *fileEnv) ([]*rule, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1024), maxLine)
	env.irr, env.sets = map[string][2]string{}, map[string]field{}
	irr := env.irr
	var rules []*rule
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		fail := func(err error) error {
			return &dyad.InputError{Name: name, Line: n, Offset: -1, Err: err}
		}
		f := strings.Fields(line)
		if f[0] == "synset" {
			if err := env.synset(line); err != nil {
				return nil, fail(err)
			}
			continue
		}
		if f[0] == "irregular" {
			if len(f) != 4 {
				return nil, fail(errors.New("irregular: want LEMMA PAST PARTICIPLE"))
			}
			for _, w := range f[1:] {
				for _, g := range strings.Split(w, "|") {
					if !isWord(g) {
						return nil, fail(fmt.Errorf("irregular: bad form %q", w))
					}
				}
			}
			irr[f[1]] = [2]string{f[2], f[3]}
			continue
		}
		rs, err := parseLine(line, env)
		if err != nil {
			return nil, fail(err)
		}
		for _, ru := range rs {
			ru.file, ru.line = name, n
		}
		rules = append(rules, rs...)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line longer than %d bytes", maxLine)
		}
		return nil, &dyad.InputError{Name: name, Line: n + 1, Offset: -1, Err: err}
	}
	return rules, nil
}

// fileEnv is what the lines of one pattern file define for the lines after
// them: irregular verbs and synsets.
// dictCode is a code a user's verb dictionary gives that the codebook
// lacks ("1717", "174K" in PETRARCH's unit tests): kept as written, with
// the quad class of its root and the Goldstein value of its nearest
// parent in the codebook (0 when none).
func dictCode(code string) Code {
	c := Code{Code: code, Name: "code " + code + " of a verb dictionary", Quad: QuadOf(code)}
	for n := len(code) - 1; n >= 2; n-- {
		if p, ok := Lookup(code[:n]); ok {
			c.Goldstein = p.Goldstein
			break
		}
	}
	return c
}

type fileEnv struct {
	irr   map[string][2]string
	sets  map[string]field
	items map[string]item // the items of the synsets patterns named, made once
	// anyCode accepts event codes the codebook lacks (dictCode): set for
	// the patterns of a user's verb dictionary
	anyCode bool
}

// synsetItem fills the item of synset name: its words as forms, its
// phrases as phrases; the item is kept for the next pattern naming it.
func (env *fileEnv) synsetItem(it *item, name string) error {
	for _, a := range env.sets[name].alts {
		if len(a) == 1 {
			forms, parts, err := parseAlternatives(a[0], env.irr)
			if err != nil {
				return err
			}
			it.forms = append(it.forms, forms...)
			it.parts = append(it.parts, parts...)
			it.verb = it.verb || strings.HasPrefix(a[0], "+") || strings.Contains(a[0], "|+")
		} else if len(a) > 1 {
			it.phrases = append(it.phrases, a)
		}
	}
	if env.items == nil {
		env.items = map[string]item{}
	}
	c := *it
	c.opt = false
	env.items[name] = c
	return nil
}

// synset reads "synset &NAME {a|b c|...}": a group a pattern names as
// &NAME, as PETRARCH's dictionaries name their synonym sets.
func (env *fileEnv) synset(line string) error {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "synset"))
	name, body, ok := strings.Cut(rest, " ")
	body = strings.TrimSpace(body)
	if !ok || len(name) < 2 || name[0] != '&' || !isWord(name[1:]) {
		return errors.New("synset: want synset &NAME {word|a phrase|...}")
	}
	if len(body) < 2 || body[0] != '{' || body[len(body)-1] != '}' || strings.Count(body, "{") != 1 {
		return fmt.Errorf("synset %s: want one {...} group", name)
	}
	if _, dup := env.sets[name[1:]]; dup {
		return fmt.Errorf("synset %s defined twice", name)
	}
	f, err := parseGroup(body[1:len(body)-1], false)
	if err != nil {
		return fmt.Errorf("synset %s: %w", name, err)
	}
	env.sets[name[1:]] = f
	return nil
}

// maxExpansions bounds the patterns one line may expand to.
const maxExpansions = 512

// field is one item of a line, or a {...} group of phrases.
type field struct {
	alts [][]string // each alternative is a sequence of items
}

// parseLine parses one pattern line into the patterns its groups expand to.
func parseLine(line string, env *fileEnv) ([]*rule, error) {
	code, rest := line, ""
	if i := strings.IndexAny(line, " \t"); i >= 0 {
		code, rest = line[:i], line[i:]
	}
	code = strings.TrimSpace(code)
	var pc Code
	hasPass := false
	if a, b, cut := strings.Cut(code, ":"); cut {
		// "042:043": the code when the verb is passive after the colon
		var pok bool
		if pc, pok = Lookup(b); !pok && env.anyCode && vdCodeOK(b) {
			pc, pok = dictCode(b), true
		}
		if !pok {
			return nil, fmt.Errorf("unknown CAMEO code %q (passive) in %q", b, code)
		}
		code, hasPass = a, true
	}
	c, ok := Lookup(code)
	if code == NoEvent {
		c, ok = Code{Code: NoEvent, Name: "no event"}, true
	}
	if !ok && env.anyCode && vdCodeOK(code) && !strings.Contains(code, ":") {
		c, ok = dictCode(code), true
	}
	if !ok {
		return nil, fmt.Errorf("unknown CAMEO code %q", code)
	}
	fields, opts, err := splitFields(rest, env.sets)
	if err != nil {
		return nil, err
	}
	if len(fields) == 0 {
		return nil, errors.New("pattern has no words")
	}
	seqs := [][]string{nil}
	for _, f := range fields {
		if len(seqs)*len(f.alts) > maxExpansions {
			return nil, fmt.Errorf("line expands to more than %d patterns", maxExpansions)
		}
		next := make([][]string, 0, len(seqs)*len(f.alts))
		for _, s := range seqs {
			for _, a := range f.alts {
				next = append(next, append(append([]string(nil), s...), a...))
			}
		}
		seqs = next
	}
	out := make([]*rule, 0, len(seqs))
	for _, s := range seqs {
		ru, err := parseRule(c, s, env)
		if err != nil {
			return nil, err
		}
		ru.passive, ru.hasPass = pc, hasPass
		if err := env.options(ru, opts); err != nil {
			return nil, err
		}
		out = append(out, ru)
	}
	return out, nil
}

// options sets the !options of a line on its rule ru; splitFields has
// checked their names and codes.
func (env *fileEnv) options(ru *rule, opts []string) error {
	for _, o := range opts {
		switch o {
		case "!mutual":
			ru.mutual = true
		case "!swap":
			ru.swap = true
		case "!speech":
			ru.speech = true
		case "!control":
			ru.control = true
		default:
			if b, ok := strings.CutPrefix(o, "!before="); ok {
				// PETRARCH's "- WORD * ...": the word stands before the verb
				it := item{kind: itemWord}
				if b[0] == '&' {
					if cached, ok := env.items[b[1:]]; ok {
						it = cached
					} else if err := env.synsetItem(&it, b[1:]); err != nil {
						return err
					}
				} else {
					forms, _, err := parseAlternatives(b, env.irr)
					if err != nil {
						return err
					}
					it.forms = forms
				}
				ru.before = &it
				ru.lits++ // as specific as a word more
				continue
			}
			// !reverse=CODE
			rc, _ := Lookup(strings.TrimPrefix(o, "!reverse="))
			ru.reverse, ru.hasRev = rc, true
		}
	}
	return nil
}

// splitFields cuts the items of a line at white space, keeping {...} groups
// whole, and returns the !options apart.
func splitFields(s string, sets map[string]field) (fields []field, opts []string, err error) {
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\r' {
			i++
			continue
		}
		if len(opts) > 0 && c != '!' {
			return nil, nil, errors.New("options (!...) must come last")
		}
		if c == '{' {
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				return nil, nil, errors.New("unclosed {")
			}
			body := s[i+1 : i+j]
			i += j + 1
			opt := false
			if i < len(s) && s[i] == '?' {
				opt = true
				i++
			}
			if i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\r' {
				return nil, nil, errors.New("} must be followed by ? or a space")
			}
			f, err := parseGroup(body, opt)
			if err != nil {
				return nil, nil, err
			}
			fields = append(fields, f)
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\r' {
			j++
		}
		w := s[i:j]
		i = j
		if strings.ContainsAny(w, "{}") {
			return nil, nil, fmt.Errorf("stray brace in %q", w)
		}
		if w[0] == '&' && len(w) > 1 {
			if _, ok := sets[w[1:]]; !ok {
				return nil, nil, fmt.Errorf("unknown synset %s (define it above with a synset line)", w)
			}
		}
		if w[0] == '!' {
			if rc, ok := strings.CutPrefix(w, "!reverse="); ok {
				if _, known := Lookup(rc); !known {
					return nil, nil, fmt.Errorf("unknown CAMEO code %q in %s", rc, w)
				}
			} else if b, ok := strings.CutPrefix(w, "!before="); ok {
				if b == "" || b[0] == '&' && sets[b[1:]].alts == nil {
					return nil, nil, fmt.Errorf("bad %s: want !before=word|word or !before=&synset", w)
				}
			} else if w != "!mutual" && w != "!swap" && w != "!speech" && w != "!control" {
				return nil, nil, fmt.Errorf("unknown option %q", w)
			}
			opts = append(opts, w)
			continue
		}
		fields = append(fields, field{alts: [][]string{{w}}})
	}
	return fields, opts, nil
}

// parseGroup reads the body of a {...} group. One-word alternatives are
// folded into one item, so "{a|b|c d}" yields the phrases "a|b" and "c d".
func parseGroup(body string, opt bool) (field, error) {
	if strings.ContainsAny(body, "{!_*") {
		return field{}, fmt.Errorf("a group holds words only: {%s}", body)
	}
	var f field
	var singles []string
	for _, a := range strings.Split(body, "|") {
		ws := strings.Fields(a)
		switch {
		case len(ws) == 0:
			return field{}, fmt.Errorf("empty alternative in {%s}", body)
		case len(ws) == 1 && !strings.HasSuffix(ws[0], "?"):
			singles = append(singles, ws[0])
		default:
			f.alts = append(f.alts, ws)
		}
	}
	if len(singles) > 0 {
		f.alts = append([][]string{{strings.Join(singles, "|")}}, f.alts...)
	}
	if opt {
		f.alts = append(f.alts, nil)
	}
	return f, nil
}

// prepositions that introduce the target when a pattern ends with them.
var targetPreps = map[string]bool{
	"with": true, "against": true, "to": true, "on": true, "at": true, "into": true,
	"from": true, "for": true, "upon": true, "toward": true, "towards": true, "over": true,
	"in": true, "of": true, "by": true, "onto": true, "inside": true, "between": true,
	"targeting": true, "near": true, "along": true, "behind": true,
}

// parseRule builds one pattern from its items.
func parseRule(c Code, f []string, env *fileEnv) (*rule, error) {
	if len(f) == 0 {
		return nil, errors.New("pattern has no words")
	}
	if len(f) > maxItems {
		return nil, fmt.Errorf("pattern longer than %d items", maxItems)
	}
	ru := &rule{code: c, phrase: strings.Join(f, " ")}
	for k, s := range f {
		it, err := env.parseItem(s, k == 0, ru)
		if err != nil {
			return nil, err
		}
		if k == 0 && (it.kind != itemWord || it.opt) {
			return nil, errors.New("a pattern must start with a word that is not optional")
		}
		ru.items = append(ru.items, it)
	}
	last := ru.items[len(ru.items)-1]
	if last.kind == itemGap {
		return nil, errors.New("a pattern cannot end with a gap")
	}
	if last.kind == itemWord {
		for _, w := range last.forms {
			if targetPreps[w] {
				ru.endsPrep = true
			}
			if w == "to" {
				ru.to = true
			}
			if w == "between" {
				ru.between = true
			}
		}
	}
	return ru, nil
}

// parseItem reads one item s of rule ru ("_", "*2", "&set", "a|+b|~c",
// each maybe with "?"), first when it starts the pattern, and counts its
// words in ru.lits.
func (env *fileEnv) parseItem(s string, first bool, ru *rule) (item, error) {
	var it item
	if len(s) > 1 && strings.HasSuffix(s, "?") {
		it.opt = true
		s = s[:len(s)-1]
	}
	switch {
	case s == "_":
		if ru.hasSlot {
			return it, errors.New("more than one target slot _")
		}
		it.kind, ru.hasSlot = itemSlot, true
	case s[0] == '*':
		it.kind, it.max = itemGap, 3
		if len(s) > 1 {
			m, err := strconv.Atoi(s[1:])
			if err != nil || m < 1 || m > maxGap {
				return it, fmt.Errorf("bad gap %q: want * or *1 to *%d", s, maxGap)
			}
			it.max = m
		}
		if it.opt {
			return it, fmt.Errorf("gap %q cannot be optional", s)
		}
	case s[0] == '&' && len(s) > 1:
		// a synset: its words, and its phrases as phrases
		if cached, ok := env.items[s[1:]]; ok {
			cached.opt = it.opt
			it = cached
		} else if err := env.synsetItem(&it, s[1:]); err != nil {
			return it, err
		}
		if first && len(it.phrases) > 0 {
			return it, fmt.Errorf("a pattern cannot start with synset %s: it holds phrases", s)
		}
		if !it.opt {
			ru.lits++
		}
	default:
		forms, parts, err := parseAlternatives(s, env.irr)
		if err != nil {
			return it, err
		}
		it.forms, it.parts = forms, parts
		it.verb = strings.HasPrefix(s, "+") || strings.Contains(s, "|+")
		if !it.opt {
			ru.lits++ // an optional word makes no pattern more specific
		}
	}
	return it, nil
}

// parseAlternatives expands "a|+b|~c" into surface forms, and returns the
// past forms of its verbs apart.
func parseAlternatives(s string, irr map[string][2]string) (forms, parts []string, err error) {
	if s == "" {
		return nil, nil, errors.New("empty item")
	}
	for _, alt := range strings.Split(s, "|") {
		switch {
		case alt == "":
			return nil, nil, fmt.Errorf("empty alternative in %q", s)
		case alt[0] == '+':
			if !isWord(alt[1:]) {
				return nil, nil, fmt.Errorf("bad verb %q", alt)
			}
			all, past, _ := verbForms(alt[1:], irr)
			forms = append(forms, all...)
			parts = append(parts, past...)
		case alt[0] == '~':
			if !isWord(alt[1:]) {
				return nil, nil, fmt.Errorf("bad noun %q", alt)
			}
			forms = append(forms, nounForms(alt[1:])...)
		default:
			if !isWord(alt) && !isMark(alt) {
				return nil, nil, fmt.Errorf("bad word %q (lower case letters, digits, ' and - only)", alt)
			}
			forms = append(forms, alt)
		}
	}
	return forms, parts, nil
}

// isWord reports whether s is a lower-case pattern word.
func isWord(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '\'' || c >= 0x80) {
			return false
		}
	}
	return true
}

// isMark reports whether s is one punctuation mark a pattern may name.
func isMark(s string) bool { return s == "," || s == ":" || s == "-" || s == "&" }

// compile interns every word into the vocabulary and builds the first-word
// index.
func compile(src []*rule) *Patterns {
	p := &Patterns{vocab: make(map[string]int32, 4096)}
	agents, adjs := p.internClasses()
	ic := itemCompiler{p: p, shared: map[*string][]int32{}, sharedPh: map[*[]string][][]int32{}}
	for _, r := range src {
		c := *r
		c.items = make([]item, len(r.items))
		for k, it := range r.items {
			c.items[k] = ic.item(it)
		}
		if !c.lexicon {
			p.verbClasses(c.items)
		}
		if r.before != nil {
			b := *r.before
			b.ids, b.pids = nil, nil
			for _, w := range b.forms {
				b.ids = append(b.ids, p.intern(w))
			}
			b.pids = ic.phraseIDs(b.phrases)
			c.before = &b
		}
		p.rules = append(p.rules, &c)
	}
	// participles: the past forms of every verb in the rules, for voice
	for _, r := range src {
		if r.lexicon {
			continue
		}
		for _, it := range r.items {
			for _, w := range it.parts {
				p.flags[p.vocab[w]] |= flagPart
			}
		}
	}
	p.agent = make([]string, len(p.flags))
	p.adj = make([]bool, len(p.flags))
	for id, code := range agents {
		p.agent[id], p.adj[id] = code, adjs[id]
	}
	p.first = make([][]int32, len(p.flags))
	p.oneActor = make([]bool, len(p.flags))
	for i, r := range p.rules {
		for _, id := range r.items[0].ids {
			if n := len(p.first[id]); n == 0 || p.first[id][n-1] != int32(i) {
				p.first[id] = append(p.first[id], int32(i))
			}
			if !r.lexicon && (targetless(r.code.Code) || noDoerCode(r.code.Code) || aloneCode(r.code.Code)) {
				p.oneActor[id] = true
			}
		}
	}
	return p
}

// intern returns the ID of word w, adding it to the vocabulary.
func (p *Patterns) intern(w string) int32 {
	if id, ok := p.vocab[w]; ok {
		return id
	}
	id := int32(len(p.flags))
	p.vocab[w] = id
	p.flags = append(p.flags, 0)
	return id
}

// internClasses interns the words of the built-in classes (function
// words, agents, agent pairs, dates) with their flags, and returns the
// agent code and adjective use of each agent word by ID.
func (p *Patterns) internClasses() (map[int32]string, map[int32]bool) {
	for w, fl := range wordClasses {
		p.flags[p.intern(w)] |= fl
	}
	agents := map[int32]string{}
	adjs := map[int32]bool{}
	for _, a := range agentWords {
		id := p.intern(a.word)
		p.flags[id] |= flagAgent
		agents[id], adjs[id] = a.code, a.adj
	}
	p.pairs = make(map[[2]int32]string, len(agentPairs))
	for _, a := range agentPairs {
		id := p.intern(a.first)
		p.flags[id] |= flagAgent
		p.pairs[[2]int32{id, p.intern(a.second)}] = a.code
	}
	for _, w := range dateWords {
		p.flags[p.intern(w)] |= flagDate
	}
	p.idOf, p.idFrom, p.idIn = p.intern("of"), p.intern("from"), p.intern("in")
	return agents, adjs
}

// verbClasses flags the verb forms of items that can be participles or
// -ing forms, for voice. Only dyad's own rules set them: the lexicon's
// are coded from the parse and leave the word classes of the word order
// rules as dyad's own patterns set them.
func (p *Patterns) verbClasses(items []item) {
	for _, it := range items {
		for _, w := range it.forms {
			if it.verb {
				p.flags[p.vocab[w]] |= flagVerb
			}
			if strings.HasSuffix(w, "ing") && len(w) > 4 {
				p.flags[p.vocab[w]] |= flagIng
			}
		}
	}
}

// itemCompiler interns the words of items; items of one synset share
// their forms, so their IDs are made once.
type itemCompiler struct {
	p        *Patterns
	shared   map[*string][]int32
	sharedPh map[*[]string][][]int32
}

// item returns it with the IDs of its forms and phrases.
func (ic *itemCompiler) item(it item) item {
	var key *string
	if len(it.forms) > 0 {
		key = &it.forms[0]
	}
	if ids, ok := ic.shared[key]; ok && key != nil {
		it.ids = ids
	} else {
		it.ids = make([]int32, 0, len(it.forms))
		for _, w := range it.forms {
			it.ids = append(it.ids, ic.p.intern(w))
		}
		if key != nil {
			ic.shared[key] = it.ids
		}
	}
	if len(it.phrases) > 0 {
		if pids, ok := ic.sharedPh[&it.phrases[0]]; ok {
			it.pids = pids
		} else {
			it.pids = ic.phraseIDs(it.phrases)
			ic.sharedPh[&it.phrases[0]] = it.pids
		}
	}
	return it
}

// phraseIDs returns the word IDs of each phrase.
func (ic *itemCompiler) phraseIDs(phrases [][]string) [][]int32 {
	if len(phrases) == 0 {
		return nil
	}
	out := make([][]int32, len(phrases))
	for j, ph := range phrases {
		for _, w := range ph {
			out[j] = append(out[j], ic.p.intern(w))
		}
	}
	return out
}
