// Package search parses dyad's full-text query language into a small tree
// that each store translates to its engine (FTS5 for SQLite, tsquery for
// PostgreSQL), so that a query means the same on both and no engine ever
// sees text the user did not mean as syntax.
//
// The language:
//
//	sanctions iran            both words (AND is implied)
//	sanctions AND iran        the same
//	sanctions OR tariffs      either word
//	sanctions NOT iran        the first without the second
//	sanctions -iran           the same
//	"electric vehicles"       a phrase: the words next to each other
//	sanction*                 words starting with "sanction"
//	(sanctions OR tariffs) AND iran   parentheses group
//
// AND, OR and NOT are operators only in capitals; NOT binds tightest, then
// AND, then OR. Everything else is a word, punctuation included ("U.S.",
// "OPEC-led", "Iran's"): the engine's tokenizer splits it as it splits the
// stored text. A word with no letter or digit ("-", "&") is left out. Syntax
// errors are *dyad.Error values with code EINVALID that name the character
// where the problem is and show an example.
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// Limits that keep a query within what both engines take.
const (
	MaxDepth = 32  // parentheses nested at most this deep
	MaxTerms = 500 // words and phrases in one query
)

// Node is a parsed query: a *Term, *Phrase, *And or *Or.
type Node interface {
	node()
	// String writes the node back in the query language; parsing it gives
	// the same tree.
	String() string
}

// Term is one word as typed, punctuation included. Prefix means the query
// asked for the words that start with it (sanction*).
type Term struct {
	Text   string
	Prefix bool
}

// Phrase is the text between double quotes: its words next to each other,
// in order.
type Phrase struct {
	Text string
}

// And matches what matches every node of Must and none of Not. Must is never
// empty, and holds no *And (they are merged into this one).
type And struct {
	Must []Node
	Not  []Node
}

// Or matches what matches any of its nodes (at least two, none an *Or).
type Or struct {
	Any []Node
}

func (*Term) node()   {}
func (*Phrase) node() {}
func (*And) node()    {}
func (*Or) node()     {}

func (t *Term) String() string {
	if t.Prefix {
		return t.Text + "*"
	}
	return t.Text
}

func (p *Phrase) String() string { return `"` + p.Text + `"` }

func (a *And) String() string {
	var parts []string
	for _, n := range a.Must {
		parts = append(parts, group(n, false))
	}
	for _, n := range a.Not {
		parts = append(parts, "-"+group(n, true))
	}
	return strings.Join(parts, " ")
}

func (o *Or) String() string {
	parts := make([]string, len(o.Any))
	for i, n := range o.Any {
		parts[i] = n.String()
	}
	return strings.Join(parts, " OR ")
}

// group writes n inside an AND: an OR needs parentheses there, and a
// negated AND too, and a negated word that starts with '-'.
func group(n Node, negated bool) string {
	switch t := n.(type) {
	case *Or:
		return "(" + n.String() + ")"
	case *And:
		if negated {
			return "(" + n.String() + ")"
		}
	case *Term:
		if negated && strings.HasPrefix(t.Text, "-") { // -(--x), not ---x
			return "(" + n.String() + ")"
		}
	}
	return n.String()
}

// Examples shown with syntax errors.
const (
	exampleGroup  = "(sanctions OR tariffs) AND iran"
	examplePhrase = `"electric vehicles"`
	exampleNot    = "sanctions -iran"
	examplePrefix = "sanction*"
	exampleWords  = "U.S. sanctions"
)

// Parse parses a query. An empty query, one without any word, and a syntax
// error are EINVALID; the message names the character (counted from 1)
// where the problem is and shows an example of what works.
func Parse(text string) (Node, error) {
	p := &parser{text: text}
	if err := p.lex(); err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, dyad.Errorf(dyad.EINVALID, "search: nothing to search for; for example: %s", exampleWords)
	}
	if len(p.toks) == 0 {
		return nil, noWords(text)
	}
	n, err := p.or(0)
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) { // only a ')' stops the top level early
		return nil, p.errorf(p.toks[p.i], "')' at character %d has no '('; for example: %s", exampleGroup)
	}
	if n == nil {
		return nil, noWords(text)
	}
	return n, nil
}

func noWords(text string) error {
	return dyad.Errorf(dyad.EINVALID, "search: no words to search for in %q, only punctuation; for example: %s", text, exampleWords)
}

type kind int

const (
	tWord kind = iota
	tPhrase
	tAnd
	tOr
	tNot
	tMinus // '-' before a word, phrase or group
	tOpen
	tClose
)

type token struct {
	kind   kind
	text   string
	prefix bool
	pos    int // byte offset in the query
}

type parser struct {
	text  string
	toks  []token
	i     int
	terms int
}

// errorf returns an EINVALID error about tok; format takes the character
// position of tok first.
func (p *parser) errorf(tok token, format string, args ...any) error {
	col := utf8.RuneCountInString(p.text[:tok.pos]) + 1
	return dyad.Errorf(dyad.EINVALID, "search: "+format, append([]any{col}, args...)...)
}

// lex splits the query into tokens, leaving out words without a letter or
// digit.
func (p *parser) lex() error {
	s := p.text
	for i, r := range s {
		if r == 0 || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return p.errorf(token{pos: i}, "the query is not UTF-8 text at character %d; for example: %s", exampleWords)
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(':
			p.toks = append(p.toks, token{kind: tOpen, pos: i})
			i++
		case r == ')':
			p.toks = append(p.toks, token{kind: tClose, pos: i})
			i++
		case r == '"':
			end := strings.IndexByte(s[i+1:], '"')
			if end < 0 {
				return p.errorf(token{pos: i}, "the quote at character %d is not closed; for example: %s", examplePhrase)
			}
			body := s[i+1 : i+1+end]
			next := i + end + 2
			if next < len(s) && s[next] == '*' {
				return p.errorf(token{pos: next}, "'*' at character %d follows a phrase; a prefix goes at the end of a word, for example: %s", examplePrefix)
			}
			if hasWord(body) {
				p.toks = append(p.toks, token{kind: tPhrase, text: body, pos: i})
			}
			i = next
		case r == '-' && startsItem(s[i+1:]):
			p.toks = append(p.toks, token{kind: tMinus, pos: i})
			i++
		default:
			end := wordEnd(s, i)
			word := s[i:end]
			t := token{kind: tWord, pos: i}
			switch word {
			case "AND":
				t.kind = tAnd
			case "OR":
				t.kind = tOr
			case "NOT":
				t.kind = tNot
			default:
				t.text = strings.TrimRight(word, "*")
				t.prefix = len(t.text) < len(word)
			}
			if t.kind != tWord || hasWord(t.text) {
				p.toks = append(p.toks, t)
			}
			i = end
		}
	}
	return nil
}

// wordEnd returns where the word starting at s[i] ends: at white space, a
// parenthesis or a double quote.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '(' || r == ')' || r == '"' {
			return i
		}
		i += size
	}
	return i
}

// startsItem says whether s, after a '-', starts what '-' can leave out: a
// group, a phrase or a word with a letter or digit that does not start with
// another '-' ("--x" is a word).
func startsItem(s string) bool {
	switch {
	case s == "":
		return false
	case s[0] == '(' || s[0] == '"':
		return true
	case s[0] == '-':
		return false
	}
	return hasWord(s[:wordEnd(s, 0)])
}

// hasWord says whether s holds a letter or digit, something both engines'
// tokenizers keep.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

func (p *parser) peek() (token, bool) {
	if p.i < len(p.toks) {
		return p.toks[p.i], true
	}
	return token{}, false
}

// or parses items joined by OR, up to a ')' or the end. It returns nil for
// nothing at all.
func (p *parser) or(depth int) (Node, error) {
	var any []Node
	var orTok token
	for {
		n, err := p.and(depth)
		if err != nil {
			return nil, err
		}
		if n == nil && len(any) > 0 {
			return nil, p.errorf(orTok, "OR at character %d needs a word after it; for example: %s", exampleGroup)
		}
		if o, ok := n.(*Or); ok {
			any = append(any, o.Any...)
		} else if n != nil {
			any = append(any, n)
		}
		t, ok := p.peek()
		if !ok || t.kind != tOr {
			break
		}
		if n == nil {
			return nil, p.errorf(t, "OR at character %d needs a word before it; for example: %s", exampleGroup)
		}
		orTok = t
		p.i++
	}
	switch len(any) {
	case 0:
		return nil, nil
	case 1:
		return any[0], nil
	}
	return &Or{Any: any}, nil
}

// and parses items joined by AND or nothing, some left out by NOT or '-',
// up to an OR, a ')' or the end. It returns nil for nothing at all.
func (p *parser) and(depth int) (Node, error) {
	a := &And{}
	var firstNot *token
	for {
		t, ok := p.peek()
		if !ok || t.kind == tOr || t.kind == tClose {
			break
		}
		p.i++
		op, negated := t, false
		if t.kind == tAnd || t.kind == tNot {
			if len(a.Must)+len(a.Not) == 0 {
				return nil, p.errorf(t, "%[2]s at character %[1]d needs a word before it; for example: %[3]s", opName(t.kind), exampleOf(t.kind))
			}
			if n, ok := p.peek(); ok && t.kind == tAnd && n.kind == tNot { // AND NOT
				op = n
				p.i++
			}
			negated = op.kind == tNot
			if t, ok = p.peek(); !ok || t.kind != tWord && t.kind != tPhrase && t.kind != tOpen && t.kind != tMinus {
				return nil, p.errorf(op, "%[2]s at character %[1]d needs a word after it; for example: %[3]s", opName(op.kind), exampleOf(op.kind))
			}
			p.i++
		}
		if t.kind == tMinus {
			if negated {
				return nil, p.errorf(t, "'-' at character %d follows NOT; use one of them, for example: %s", exampleNot)
			}
			op, negated = t, true
			if t, ok = p.peek(); !ok || t.kind != tWord && t.kind != tPhrase && t.kind != tOpen {
				return nil, p.errorf(op, "'-' at character %d leaves out nothing; for example: %s", exampleNot)
			}
			p.i++
		}
		n, err := p.item(t, depth)
		if err != nil {
			return nil, err
		}
		switch {
		case negated:
			a.Not = append(a.Not, n)
			if firstNot == nil {
				firstNot = &op
			}
		case isAnd(n):
			a.Must = append(a.Must, n.(*And).Must...)
			a.Not = append(a.Not, n.(*And).Not...)
		default:
			a.Must = append(a.Must, n)
		}
	}
	if len(a.Must) == 0 {
		if firstNot != nil {
			return nil, p.errorf(*firstNot, "%[2]s at character %[1]d leaves words out, but nothing beside it says what to find; for example: %[3]s", opName(firstNot.kind), exampleNot)
		}
		return nil, nil
	}
	if len(a.Must) == 1 && len(a.Not) == 0 {
		return a.Must[0], nil
	}
	return a, nil
}

func isAnd(n Node) bool { _, ok := n.(*And); return ok }

func opName(k kind) string {
	switch k {
	case tAnd:
		return "AND"
	case tNot:
		return "NOT"
	}
	return "'-'"
}

func exampleOf(k kind) string {
	if k == tAnd {
		return exampleGroup
	}
	return exampleNot
}

// item parses one word, phrase or group starting at tok (already consumed).
func (p *parser) item(tok token, depth int) (Node, error) {
	switch tok.kind {
	case tWord, tPhrase:
		if p.terms++; p.terms > MaxTerms {
			return nil, p.errorf(tok, "the word at character %d is one too many: a query holds at most %d words; for example: %s", MaxTerms, exampleWords)
		}
		if tok.kind == tPhrase {
			return &Phrase{Text: tok.text}, nil
		}
		return &Term{Text: tok.text, Prefix: tok.prefix}, nil
	case tOpen:
		if depth >= MaxDepth {
			return nil, p.errorf(tok, "'(' at character %d nests parentheses deeper than %d; for example: %s", MaxDepth, exampleGroup)
		}
		n, err := p.or(depth + 1)
		if err != nil {
			return nil, err
		}
		t, ok := p.peek()
		if !ok || t.kind != tClose {
			return nil, p.errorf(tok, "'(' at character %d has no ')'; for example: %s", exampleGroup)
		}
		p.i++
		if n == nil {
			return nil, p.errorf(tok, "the parentheses at character %d hold no words; for example: %s", exampleGroup)
		}
		return n, nil
	case tClose:
		return nil, p.errorf(tok, "')' at character %d has no '('; for example: %s", exampleGroup)
	}
	return nil, p.errorf(tok, "%[2]s at character %[1]d needs a word after it; for example: %[3]s", opName(tok.kind), exampleOf(tok.kind))
}
