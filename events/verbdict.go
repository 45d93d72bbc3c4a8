package events

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"unicode"

	"dyad"
)

// This file reads PETRARCH-2 verb dictionaries (CAMEO.2.0.txt and the
// dictionaries of PETRARCH's unit tests) into typed blocks, forms and
// patterns for a coder to match against a parse. It only reads: matching is
// the coder's job.

// Kinds of the warnings ReadVerbDict returns, for errors.Is.
var (
	// ErrVerbDictSyntax: a line, or a part of it, is not in the format.
	ErrVerbDictSyntax = errors.New("verb dictionary syntax")
	// ErrBadVerbCode: a [code] is not "---", 2 to 4 digits with at most one
	// letter after them, or a pair of those joined by ':'.
	ErrBadVerbCode = errors.New("bad event code")
	// ErrUndefinedSynset: a pattern names a synset (&NAME) that the
	// dictionary does not define; the pattern is skipped, as PETRARCH's
	// documentation says.
	ErrUndefinedSynset = errors.New("undefined synset")
	// ErrUnknownVerb: a transformation names a verb no block holds.
	ErrUnknownVerb = errors.New("unknown verb")
)

// VerbDict is a PETRARCH-2 verb dictionary: synonym sets, verb blocks with
// their forms and patterns, and transformations. It is read-only once
// ReadVerbDict returns and safe for concurrent use.
//
// The format, line by line ('#' and, for legacy files, ';' start a comment
// running to the end of the line; "<!-- ... -->" comments, also over several
// lines, and blank lines are skipped):
//
//	&NAME                          a synonym set; "+WORD" lines below are its members
//	+WORD  +TWO_WORDS  +EXACT_     a member: '_' joins the words of a phrase, and a
//	                               trailing '_' asks for no plural
//	---  NAME  [code]  ---         a verb block; the code is the verb's code alone
//	VERB {IRREGULAR FORMS} [code]  a verb of the block, with an optional own code
//	+VERB_PARTICLE  RE_+VERB       a multiword verb: '+' marks the inflected word
//	- BEFORE * AFTER [code] # VERB a pattern, '*' standing for the verb
//	~ a (a b ATTACK) SAY = a b 015 a transformation of nested events
//
// Regular inflections are generated for the forms a verb line does not give
// (see VerbForm). Pattern tokens are described at PatternToken; codes at
// VerbPattern.
type VerbDict struct {
	Name            string             // the name ReadVerbDict was given, for messages
	Synsets         map[string]*Synset // by name, without '&' and the trailing '_'
	Blocks          []*VerbBlock       // in file order
	Transformations []Transformation

	keys    map[string]int32        // upper-case form or phrase -> its span
	spans   []vdSpan                // by key: where its entries and blocks are
	entries []VerbEntry             // the entries of every key, key after key
	blocks  []*VerbBlock            // the blocks of every key, key after key
	names   map[string][]*VerbBlock // block name -> blocks
}

// vdSpan locates the entries and blocks of one key of the index.
type vdSpan struct{ e, ne, b, nb int32 }

// Synset is a synonym set: a pattern token &NAME matches any member.
type Synset struct {
	Name     string // without '&' and the trailing '_'
	NoPlural bool   // the label ended with '_': no plurals for any member
	Members  []SynsetMember
	Line     int // of the label
}

// SynsetMember is one "+" line of a synset: a word or a phrase, or, in
// TABARI-era dictionaries, another synset.
type SynsetMember struct {
	Words  []string // upper case; the words of a phrase in order
	Exact  bool     // a trailing '_': the phrase gets no plural
	Synset string   // "+&OTHER": the members of synset OTHER; Words is nil
	Line   int
}

// VerbBlock is one "--- NAME [code] ---" block: verbs that share patterns.
// PETRARCH-2 keys patterns by block name, so blocks sharing a name share
// their patterns there (see VerbDict.BlocksNamed).
type VerbBlock struct {
	Name     string // upper case, as written ("ACCELERATE")
	Code     string // the code of a verb of the block alone: "---" (no event) when none is given
	Passive  string // the code when the verb is passive ("042" of "[041:042]"), "" when none
	Line     int
	Forms    []VerbForm
	Patterns []VerbPattern // in file order
}

// VerbForm is one verb line of a block. Its inflections are the forms the
// line gives (the base and any {...} forms) and the regular forms generated
// for the slots those do not fill: third person -S, past -ED and -ING. The
// generator makes every form PETRARCH-2 makes (-S, or -ES after S, X or Z,
// or Y to -IES; -D after E, else -ED; -ING, dropping an E after a
// consonant) and the English forms it misses (-IED; -S after a vowel and
// Y; -ES after CH, SH and a consonant and O; -ING dropping the E of -UE,
// -YING for -IE; the doubled last consonant after consonant-vowel-consonant,
// beside the single one). Forms that are not words ("HURRYED") match
// nothing, so over-generation is harmless. A form in {...} ending in -S
// fills the -S slot, one ending in -ING the -ING slot, an -ISE/-IZE
// spelling of the base is a second base, and any other fills the past;
// PETRARCH-2 generates nothing for a line with {...}, so filling the slots
// its forms leave open is dyad's addition. Empty braces "{}" ask for no
// generated form.
type VerbForm struct {
	Lemma       string       // the verb word of the base form, upper case ("ASK" of "+ASK_FOR")
	Pre         []string     // words before the verb word in a multiword verb ("RE" of "RE_+ARREST")
	Post        []string     // words after it, such as a particle ("FOR" of "+ASK_FOR")
	Inflections []Inflection // the base form first
	Code        string       // the line's own code, "" when the block's applies
	Passive     string       // the line's own passive code, "" when none
	Line        int
	Comment     string // after '#', trimmed
}

// Multiword reports whether the verb is a phrase of several words.
func (f *VerbForm) Multiword() bool { return len(f.Pre)+len(f.Post) > 0 }

// Inflection is one surface form of a verb line.
type Inflection struct {
	Word  string   // the verb word, upper case ("ASKED")
	Pre   []string // the words around it in a multiword verb, as in VerbForm
	Post  []string
	Given bool // written in the dictionary, not generated
}

// Phrase returns the words of the form joined by spaces: "ASKED FOR".
func (in Inflection) Phrase() string {
	if len(in.Pre)+len(in.Post) == 0 {
		return in.Word
	}
	ws := make([]string, 0, len(in.Pre)+1+len(in.Post))
	ws = append(append(append(ws, in.Pre...), in.Word), in.Post...)
	return strings.Join(ws, " ")
}

// VerbPattern is one "- BEFORE * AFTER [code]" line: the tokens that precede
// the verb and those that follow it, and the event code when they match.
//
// A code is "---" (no event), an event code of 2 to 4 digits with at most
// one letter after them ("190", "0874", "174K" in the unit-test
// dictionary), or a pair "[active:passive]": the code in the active voice
// and the code when the verb is passive, either side possibly empty. An
// empty active side reads as "---", so "[:194]" has Code "---" and Passive
// "194".
type VerbPattern struct {
	Before    []PatternToken // in sentence order
	After     []PatternToken
	GluedVerb bool   // the verb directly follows the last Before token ("IN_*")
	Code      string // never "": "---" or an event code
	Passive   string // "" when the pattern gives no passive code
	Line      int
	Comment   string // after '#', trimmed
	Verb      string // the verb the pattern came from: the comment's first word when it is a form of the block, else ""
}

// PatternKind is the kind of a pattern token.
type PatternKind uint8

// Pattern token kinds.
const (
	PatWord     PatternKind = iota + 1 // a word, upper case: Text
	PatSynset                          // &NAME: any member of synset Text
	PatSource                          // $: the source actor
	PatTarget                          // +: the target actor
	PatSkip                            // ^: a phrase skipped over
	PatCompound                        // %: a compound actor (TABARI), as in "% * TALKS"
	PatNoun                            // {A B C}: a noun phrase; Sub holds its words, the head last
	PatPrep                            // (PREP ...): a prepositional phrase; Text the preposition, Sub its object
)

// PatternToken is one element of a pattern. In a PatPrep token, Text is the
// preposition, where '/' separates alternatives ("BY/WITH"; see Preps), and
// Sub what it governs, which may be empty ("(AGAINST)"). Words joined by '_'
// in the dictionary must be consecutive in the sentence: the later one is
// Glued. A trailing '_' ("WAS_") marks an exact word in TABARI; PETRARCH
// matches whole words only, so it is dropped.
type PatternToken struct {
	Kind  PatternKind
	Text  string
	Sub   []PatternToken
	Glued bool // no word may come between this token and the element before it
}

// Preps returns the alternatives of a preposition: "BY/WITH" gives BY and
// WITH.
func (t PatternToken) Preps() []string { return strings.Split(t.Text, "/") }

// String writes the token in the dictionary's syntax.
func (t PatternToken) String() string {
	var sb strings.Builder
	t.write(&sb)
	return sb.String()
}

func (t PatternToken) write(sb *strings.Builder) {
	switch t.Kind {
	case PatWord:
		sb.WriteString(t.Text)
	case PatSynset:
		sb.WriteByte('&')
		sb.WriteString(t.Text)
	case PatSource:
		sb.WriteByte('$')
	case PatTarget:
		sb.WriteByte('+')
	case PatSkip:
		sb.WriteByte('^')
	case PatCompound:
		sb.WriteByte('%')
	case PatNoun:
		sb.WriteByte('{')
		writeTokens(sb, t.Sub, false)
		sb.WriteByte('}')
	case PatPrep:
		sb.WriteByte('(')
		sb.WriteString(t.Text)
		writeTokens(sb, t.Sub, true)
		sb.WriteByte(')')
	}
}

// writeTokens writes tokens separated by spaces, or '_' where glued; lead
// asks for a separator before the first.
func writeTokens(sb *strings.Builder, ts []PatternToken, lead bool) {
	for i, t := range ts {
		switch {
		case t.Glued && (i > 0 || lead):
			sb.WriteByte('_')
		case i > 0 || lead:
			sb.WriteByte(' ')
		}
		t.write(sb)
	}
}

// CodeString returns the code as the dictionary writes it: "190", "---:173".
func (p *VerbPattern) CodeString() string {
	if p.Passive == "" {
		return p.Code
	}
	return p.Code + ":" + p.Passive
}

// String writes the pattern in the dictionary's syntax, without its
// comment: "- $ * (TO +) [042:043]".
func (p *VerbPattern) String() string {
	var sb strings.Builder
	sb.WriteByte('-')
	writeTokens(&sb, p.Before, true)
	if p.GluedVerb && len(p.Before) > 0 {
		sb.WriteString("_*")
	} else {
		sb.WriteString(" *")
	}
	writeTokens(&sb, p.After, true)
	sb.WriteString(" [")
	sb.WriteString(p.CodeString())
	sb.WriteByte(']')
	return sb.String()
}

// Transformation is one "~" line: an event whose target is another event
// ("a says that b attacked") recoded as one event ("a accuses b").
type Transformation struct {
	Event  TransformEvent // the left side: "a (a b ATTACK) SAY"
	Source string         // the right side: "a b 015"
	Target string
	Code   string // an event code, or "Q": the code of the nested event
	Line   int
}

// TransformEvent is one event of a transformation's left side. Actors are
// variables ("a", "b"), "_" or "."; PETRARCH's code leaves their meaning to
// the coder.
type TransformEvent struct {
	Source string
	Target string          // "" when Inner is the target
	Inner  *TransformEvent // the nested event
	Verb   string          // a verb of the dictionary, upper case, or "Q": any
}

// VerbEntry is one place a verb word occurs: a form of a block.
type VerbEntry struct {
	Block      *VerbBlock
	Form       *VerbForm
	Inflection int // index into Form.Inflections
}

// Lookup returns the blocks holding a form: a verb word ("brought",
// case-insensitive) or a multiword verb in words or joined by '_' ("asked
// for", "ASKED_FOR"). A word is found in blocks where it is a verb on its
// own or the inflected word of a multiword verb. The blocks are in file
// order; the slice belongs to the dictionary and must not be changed.
func (d *VerbDict) Lookup(form string) []*VerbBlock {
	if d == nil {
		return nil
	}
	i, ok := d.keys[vdKey(form)]
	if !ok {
		return nil
	}
	sp := d.spans[i]
	return d.blocks[sp.b : sp.b+sp.nb : sp.b+sp.nb]
}

// Entries returns every form whose inflected word is word, with its block,
// so that a coder can check the other words of a multiword verb. The slice
// belongs to the dictionary and must not be changed.
func (d *VerbDict) Entries(word string) []VerbEntry {
	if d == nil {
		return nil
	}
	i, ok := d.keys[vdKey(word)]
	if !ok || d.spans[i].ne == 0 {
		return nil
	}
	sp := d.spans[i]
	return d.entries[sp.e : sp.e+sp.ne : sp.e+sp.ne]
}

// BlocksNamed returns the blocks with a name ("--- NAME [code] ---"), in
// file order; PETRARCH-2 pools the patterns of blocks that share a name.
// The slice belongs to the dictionary and must not be changed.
func (d *VerbDict) BlocksNamed(name string) []*VerbBlock {
	if d == nil {
		return nil
	}
	return d.names[strings.ToUpper(strings.TrimSpace(name))]
}

// SynsetPhrases returns the phrases a synset token matches, each as its
// words: every member and, unless the member or the synset asks for none,
// its plurals (the last word made plural by PETRARCH-2's rule and by
// English's: -IES, -ES, -S). Members that are synsets are expanded. name
// may carry the '&'. It returns nil for an unknown synset.
func (d *VerbDict) SynsetPhrases(name string) [][]string {
	if d == nil {
		return nil
	}
	name = strings.TrimSuffix(strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(name)), "&"), "_")
	var out [][]string
	d.expandSynset(name, &out, map[string]bool{})
	return out
}

func (d *VerbDict) expandSynset(name string, out *[][]string, seen map[string]bool) {
	s := d.Synsets[name]
	if s == nil || seen[name] {
		return
	}
	seen[name] = true
	for _, m := range s.Members {
		if m.Synset != "" {
			d.expandSynset(m.Synset, out, seen)
			continue
		}
		*out = append(*out, m.Words)
		if m.Exact || s.NoPlural || len(m.Words) == 0 {
			continue
		}
		last := len(m.Words) - 1
		for _, pl := range vdPlurals(m.Words[last]) {
			ph := append(append(make([]string, 0, len(m.Words)), m.Words[:last]...), pl)
			*out = append(*out, ph)
		}
	}
}

// vdKey normalises a form for the indexes: upper case, words separated by
// one space.
func vdKey(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || c == '\t' || c == '\n' || c == '\r' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '_' || unicode.IsSpace(r) }), " ")
		}
	}
	return s
}

// vdMaxWarnings bounds the warnings of one read; a file of garbage would
// otherwise yield one a line.
const vdMaxWarnings = 1000

// ReadVerbDict reads a PETRARCH-2 verb dictionary (see VerbDict for the
// format). name names the input in messages. Lines, or parts of lines, that
// cannot be understood are skipped and reported in the returned warnings,
// each a *dyad.InputError naming the file and line whose Err matches one of
// ErrVerbDictSyntax, ErrBadVerbCode, ErrUndefinedSynset and ErrUnknownVerb
// with errors.Is; a pattern without a valid code is skipped whole. Only a
// failure to read r is an error, and then the dictionary is nil.
func ReadVerbDict(r io.Reader, name string) (*VerbDict, []error, error) {
	var sb strings.Builder
	if l, ok := r.(interface{ Len() int }); ok { // bytes.Reader, strings.Reader
		sb.Grow(l.Len())
	} else if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok { // os.File
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() < 1<<30 {
			sb.Grow(int(st.Size()))
		}
	}
	if _, err := io.Copy(&sb, r); err != nil {
		return nil, nil, &dyad.InputError{Name: name, Offset: -1, Err: fmt.Errorf("read verb dictionary: %w", err)}
	}
	p := &vdParser{name: name, d: &VerbDict{Name: name, Synsets: map[string]*Synset{}}}
	text := strings.TrimPrefix(sb.String(), "\ufeff")
	n := 0
	for text != "" {
		n++
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		content, comment := p.clean(line)
		p.line(n, strings.TrimSpace(content), comment)
	}
	if p.inXML {
		p.warn(n, ErrVerbDictSyntax, "a <!-- comment is not closed")
	}
	p.finish()
	return p.d, p.warns, nil
}

// vdError is a warning's message with its kind.
type vdError struct {
	kind error
	msg  string
}

func (e *vdError) Error() string { return e.msg }
func (e *vdError) Unwrap() error { return e.kind }

func vdErrorf(kind error, format string, args ...any) error {
	return &vdError{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// vdPending is a line kept for the end of the file, when every synset and
// verb is known.
type vdPending struct {
	block   *VerbBlock
	text    string
	comment string
	line    int
}

type vdParser struct {
	d       *VerbDict
	name    string
	warns   []error
	block   *VerbBlock // the open verb block
	syn     *Synset    // the open synset
	inXML   bool       // inside a <!-- comment
	pending []vdPending
	trans   []vdPending
}

func (p *vdParser) warn(line int, kind error, format string, args ...any) {
	p.warnErr(line, vdErrorf(kind, format, args...))
}

func (p *vdParser) warnErr(line int, err error) {
	switch {
	case len(p.warns) > vdMaxWarnings:
		return
	case len(p.warns) == vdMaxWarnings:
		err = vdErrorf(ErrVerbDictSyntax, "more than %d warnings; no more are reported", vdMaxWarnings)
	}
	p.warns = append(p.warns, &dyad.InputError{Name: p.name, Line: line, Offset: -1, Err: err})
}

// clean removes "<!-- ... -->" comments, which may span lines, and splits
// off a '#' or ';' comment.
func (p *vdParser) clean(line string) (content, comment string) {
	if !p.inXML && !strings.Contains(line, "<!--") {
		return vdSplitComment(line)
	}
	var sb strings.Builder
	for {
		if p.inXML {
			j := strings.Index(line, "-->")
			if j < 0 {
				return sb.String(), ""
			}
			line, p.inXML = line[j+3:], false
		}
		i := strings.Index(line, "<!--")
		if k := strings.IndexAny(line, "#;"); i < 0 || k >= 0 && k < i {
			c, com := vdSplitComment(line)
			sb.WriteString(c)
			return sb.String(), com
		}
		sb.WriteString(line[:i])
		sb.WriteByte(' ')
		line, p.inXML = line[i+4:], true
	}
}

// vdSplitComment splits a line at its first '#' or ';'.
func vdSplitComment(line string) (content, comment string) {
	if k := strings.IndexAny(line, "#;"); k >= 0 {
		return line[:k], strings.TrimSpace(line[k+1:])
	}
	return line, ""
}

// line reads one line with its comments removed and space trimmed.
func (p *vdParser) line(n int, s, comment string) {
	switch {
	case s == "":
	case strings.HasPrefix(s, "---"):
		p.header(n, s)
	case s[0] == '-':
		if p.block == nil {
			p.warn(n, ErrVerbDictSyntax, "pattern outside a verb block")
			return
		}
		p.pending = append(p.pending, vdPending{block: p.block, text: s[1:], comment: comment, line: n})
	case s[0] == '&':
		p.synset(n, s[1:])
	case s[0] == '+' && p.syn != nil:
		p.member(n, s[1:])
	case s[0] == '~':
		p.trans = append(p.trans, vdPending{text: s[1:], line: n})
	case p.block == nil:
		p.warn(n, ErrVerbDictSyntax, "verb %q outside a verb block", s)
	default:
		f, note, err := vdParseVerb(s)
		if err != nil {
			p.warnErr(n, err)
			return
		}
		if note != nil {
			p.warnErr(n, note)
		}
		f.Line, f.Comment = n, comment
		p.block.Forms = append(p.block.Forms, f)
	}
}

// header opens a verb block: "---  NAME   [code]  ---".
func (p *vdParser) header(n int, s string) {
	p.syn = nil
	b := &VerbBlock{Code: NoEvent, Line: n}
	p.d.Blocks = append(p.d.Blocks, b)
	p.block = b
	body := strings.TrimLeft(s, "-")
	i := strings.IndexByte(body, '[')
	if i < 0 {
		b.Name = strings.TrimSpace(strings.TrimRight(body, "- \t"))
	} else {
		b.Name = strings.TrimSpace(body[:i])
		j := strings.IndexByte(body[i:], ']')
		if j < 0 {
			p.warn(n, ErrVerbDictSyntax, "block header: [ without ]; the block has no code")
		} else {
			if c, ps, err := vdParseCode(body[i+1 : i+j]); err != nil {
				p.warn(n, ErrBadVerbCode, "block header: %v; the block has no code", err)
			} else {
				b.Code, b.Passive = c, ps
			}
			if rest := strings.Trim(body[i+j+1:], "- \t"); rest != "" {
				p.warn(n, ErrVerbDictSyntax, "block header: %q after the code is ignored", rest)
			}
		}
	}
	b.Name = strings.ToUpper(b.Name)
	if b.Name == "" {
		p.warn(n, ErrVerbDictSyntax, "block header without a name")
	}
}

// synset opens a synonym set: "&NAME" (s without the '&').
func (p *vdParser) synset(n int, s string) {
	p.block = nil
	name := strings.ToUpper(s)
	noPlural := strings.HasSuffix(name, "_")
	name = strings.TrimSuffix(name, "_")
	if !vdNameOK(name) {
		p.warn(n, ErrVerbDictSyntax, "bad synset label &%s: want letters, digits, '_' and '-'", s)
		p.syn = &Synset{} // swallow its members
		return
	}
	if old := p.d.Synsets[name]; old != nil {
		p.warn(n, ErrVerbDictSyntax, "synset &%s defined again (first at line %d); its members are added", name, old.Line)
		p.syn = old
		return
	}
	p.syn = &Synset{Name: name, NoPlural: noPlural, Line: n}
	p.d.Synsets[name] = p.syn
}

// member adds a "+" line (s without the '+') to the open synset.
func (p *vdParser) member(n int, s string) {
	if strings.HasPrefix(s, "&") {
		name := strings.TrimSuffix(strings.ToUpper(s[1:]), "_")
		if !vdNameOK(name) {
			p.warn(n, ErrVerbDictSyntax, "bad synset member +%s", s)
			return
		}
		p.syn.Members = append(p.syn.Members, SynsetMember{Synset: name, Line: n})
		return
	}
	exact := strings.HasSuffix(s, "_")
	words := strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == '_' || unicode.IsSpace(r) })
	if len(words) == 0 {
		p.warn(n, ErrVerbDictSyntax, "empty synset member")
		return
	}
	for _, w := range words {
		if !vdWordOK(w) {
			p.warn(n, ErrVerbDictSyntax, "bad word %q in synset member", w)
			return
		}
	}
	p.syn.Members = append(p.syn.Members, SynsetMember{Words: words, Exact: exact, Line: n})
}

// finish parses the patterns and transformations, now that every synset
// and verb is known, and builds the indexes.
func (p *vdParser) finish() {
	p.d.index()
	npat := make(map[*VerbBlock]int, len(p.d.Blocks))
	for _, pd := range p.pending {
		npat[pd.block]++
	}
	for b, n := range npat {
		b.Patterns = make([]VerbPattern, 0, n)
	}
	for _, pd := range p.pending {
		vp, err := p.parsePattern(pd.text)
		if err != nil {
			p.warnErr(pd.line, err)
			continue
		}
		vp.Line, vp.Comment = pd.line, pd.comment
		if w := vdFirstWord(pd.comment); w != "" {
			for _, b := range p.d.Lookup(w) {
				if b == pd.block {
					vp.Verb = vdKey(w)
					break
				}
			}
		}
		pd.block.Patterns = append(pd.block.Patterns, vp)
	}
	for _, pd := range p.trans {
		t, err := p.parseTransformation(pd.text)
		if err != nil {
			p.warnErr(pd.line, err)
			continue
		}
		t.Line = pd.line
		p.d.Transformations = append(p.d.Transformations, t)
	}
}

// vdFirstWord returns the first word of s.
func vdFirstWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		s = s[:i]
	}
	return s
}

// index builds the form, entry and name indexes: a first pass counts the
// entries and blocks of every key, a second fills them into two arrays, so
// that the index costs a few allocations however many forms there are.
func (d *VerbDict) index() {
	n := 0
	d.names = make(map[string][]*VerbBlock, len(d.Blocks))
	for _, b := range d.Blocks {
		d.names[b.Name] = append(d.names[b.Name], b)
		for _, f := range b.Forms {
			n += len(f.Inflections)
		}
	}
	d.keys = make(map[string]int32, n)
	d.spans = make([]vdSpan, 0, n)
	last := make([]*VerbBlock, 0, n) // by key: the block counted or filled last
	var phrases []string             // of multiword inflections, in order
	slot := func(k string) int32 {
		i, ok := d.keys[k]
		if !ok {
			i = int32(len(d.spans))
			d.keys[k] = i
			d.spans = append(d.spans, vdSpan{})
			last = append(last, nil)
		}
		return i
	}
	countBlock := func(i int32, b *VerbBlock) {
		if last[i] != b { // blocks are counted one after the other
			last[i] = b
			d.spans[i].nb++
		}
	}
	ne, nb := int32(0), int32(0)
	for _, b := range d.Blocks {
		for _, f := range b.Forms {
			for _, in := range f.Inflections {
				i := slot(in.Word)
				d.spans[i].ne++
				countBlock(i, b)
				if len(in.Pre)+len(in.Post) > 0 {
					ph := in.Phrase()
					phrases = append(phrases, ph)
					countBlock(slot(ph), b)
				}
			}
		}
	}
	for i := range d.spans {
		sp := &d.spans[i]
		sp.e, sp.b = ne, nb
		ne, nb = ne+sp.ne, nb+sp.nb
		sp.ne, sp.nb, last[i] = 0, 0, nil // counted again as they are filled
	}
	d.entries = make([]VerbEntry, ne)
	d.blocks = make([]*VerbBlock, nb)
	fillBlock := func(i int32, b *VerbBlock) {
		if last[i] != b {
			last[i] = b
			sp := &d.spans[i]
			d.blocks[sp.b+sp.nb] = b
			sp.nb++
		}
	}
	for _, b := range d.Blocks {
		for fi := range b.Forms {
			f := &b.Forms[fi]
			for ii, in := range f.Inflections {
				i := d.keys[in.Word]
				sp := &d.spans[i]
				d.entries[sp.e+sp.ne] = VerbEntry{Block: b, Form: f, Inflection: ii}
				sp.ne++
				fillBlock(i, b)
				if len(in.Pre)+len(in.Post) > 0 {
					fillBlock(d.keys[phrases[0]], b)
					phrases = phrases[1:]
				}
			}
		}
	}
}

// vdParseCode reads the inside of a [code].
func vdParseCode(s string) (code, passive string, err error) {
	s = strings.TrimSpace(s)
	a, ps, pair := strings.Cut(s, ":")
	a, ps = strings.TrimSpace(a), strings.TrimSpace(ps)
	switch {
	case !pair && vdCodeOK(a):
		return a, "", nil
	case pair && (a == "" || vdCodeOK(a)) && (ps == "" || vdCodeOK(ps)) && a+ps != "":
		if a == "" {
			a = NoEvent
		}
		return a, ps, nil
	}
	return "", "", vdErrorf(ErrBadVerbCode, "bad code [%s]: want [---], [190], [0874] or [active:passive]", s)
}

// vdCodeOK reports whether s is "---" or 2 to 4 digits with at most one
// letter after them.
func vdCodeOK(s string) bool {
	if s == NoEvent {
		return true
	}
	d := 0
	for d < len(s) && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d < 2 || d > 4 {
		return false
	}
	switch rest := s[d:]; len(rest) {
	case 0:
		return true
	case 1:
		c := rest[0] | 0x20
		return c >= 'a' && c <= 'z'
	}
	return false
}

// vdWordOK reports whether w can be a word of a verb, pattern or synset.
func vdWordOK(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c <= ' ' || c == 0x7f || strings.IndexByte("{}()[]*$^%+&#;_", c) >= 0 {
			return false
		}
	}
	return true
}

// vdNameOK reports whether s can name a synset.
func vdNameOK(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// vdParseVerb reads a verb line: "BASE {GIVEN FORMS} [code]", the code
// also before the forms. note is a warning about a line that is kept.
func vdParseVerb(s string) (f VerbForm, note, err error) {
	s, given, braces, err := vdVerbForms(s)
	if err != nil {
		return f, nil, err
	}
	if s, f.Code, f.Passive, note, err = vdVerbCode(s); err != nil {
		return f, nil, err
	}
	// "LASH OUT" in old dictionaries is the multiword verb LASH_OUT
	base := strings.Join(strings.Fields(s), "_")
	pre, verb, post, err := vdSplitVerb(base, 0)
	if err != nil {
		return f, nil, err
	}
	f.Lemma, f.Pre, f.Post = verb, pre, post
	f.Inflections = make([]Inflection, 0, 1+len(given)+5)
	f.add(verb, pre, post, true)
	var hasS, hasPast, hasING bool
	var variants []string
	plusOnVerb := len(given) > 0 && f.Multiword()
	for _, g := range given {
		gpre, gverb, gpost := pre, strings.ToUpper(g), post
		if strings.ContainsAny(g, "_+") {
			if gpre, gverb, gpost, err = vdSplitVerb(g, len(pre)); err != nil {
				return VerbForm{}, nil, err
			}
		} else if !vdWordOK(gverb) {
			return VerbForm{}, nil, vdErrorf(ErrVerbDictSyntax, "verb %q: bad form %q", s, g)
		}
		if gverb != verb || vdSame(gpre, pre) && vdSame(gpost, post) {
			plusOnVerb = false
		}
		switch {
		case gverb == verb:
		case strings.HasSuffix(gverb, "ING"):
			hasING = true
		case strings.HasSuffix(gverb, "S"):
			hasS = true
		case vdSpellingVariant(verb, gverb):
			variants = append(variants, gverb)
		default:
			hasPast = true
		}
		f.add(gverb, gpre, gpost, true)
	}
	if plusOnVerb && note == nil {
		note = vdErrorf(ErrVerbDictSyntax, "verb %q: '+' marks %s, but its forms inflect another word; read as written", s, verb)
	}
	if braces && len(given) == 0 {
		return f, note, nil // "{}": no forms but the base
	}
	var buf [8]string
	gen := vdRegular(buf[:0], verb, !hasS, !hasPast, !hasING)
	for _, v := range variants {
		gen = vdRegular(gen, v, true, true, true)
	}
	for _, g := range gen {
		f.add(g, pre, post, false)
	}
	return f, note, nil
}

// vdVerbForms cuts the {forms} out of a verb line: the rest of the line,
// the forms given, and whether braces were there ("{}" asks for none).
func vdVerbForms(s string) (rest string, given []string, braces bool, err error) {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		if strings.ContainsAny(s, "{}") {
			return s, nil, false, vdErrorf(ErrVerbDictSyntax, "verb %q: } without {", s)
		}
		return s, nil, false, nil
	}
	j := strings.IndexByte(s[i:], '}')
	if j < 0 {
		return s, nil, false, vdErrorf(ErrVerbDictSyntax, "verb %q: { without }", s)
	}
	after := strings.TrimSpace(s[i+j+1:])
	if after != "" && (after[0] != '[' || after[len(after)-1] != ']') {
		return s, nil, false, vdErrorf(ErrVerbDictSyntax, "verb %q: %q after the {forms}", s, after)
	}
	// forms are separated by spaces, in a few lines by commas
	given = strings.FieldsFunc(s[i+1:i+j], func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	s = strings.TrimSpace(s[:i] + " " + after) // a [code] may come after the {forms} or before
	if strings.ContainsAny(s, "{}") {
		return s, nil, false, vdErrorf(ErrVerbDictSyntax, "verb %q: } without {", s)
	}
	return s, given, true, nil
}

// vdVerbCode cuts a verb line's own [code] off its end: the rest, the
// code and passive code, and a note when the code is bad (the block's
// applies then).
func vdVerbCode(s string) (rest, code, passive string, note, err error) {
	if strings.HasSuffix(s, "]") {
		i := strings.LastIndexByte(s, '[')
		if i < 0 {
			return s, "", "", nil, vdErrorf(ErrVerbDictSyntax, "verb %q: ] without [", s)
		}
		var cerr error
		code, passive, cerr = vdParseCode(s[i+1 : len(s)-1])
		if cerr != nil {
			note = vdErrorf(ErrBadVerbCode, "verb: %v; the block's code applies", cerr)
		}
		s = strings.TrimSpace(s[:i])
	}
	if strings.ContainsAny(s, "[]") {
		return s, "", "", nil, vdErrorf(ErrVerbDictSyntax, "verb %q: a [code] must end the line", s)
	}
	return s, code, passive, note, nil
}

// add appends an inflection unless the form has it.
func (f *VerbForm) add(word string, pre, post []string, given bool) {
	for _, in := range f.Inflections {
		if in.Word == word && vdSame(in.Pre, pre) && vdSame(in.Post, post) {
			return
		}
	}
	f.Inflections = append(f.Inflections, Inflection{Word: word, Pre: pre, Post: post, Given: given})
}

func vdSame(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// vdSplitVerb splits a multiword verb "RE_+ARREST" at its '+'-marked word;
// without a '+' the word at index def (or the first) is the verb.
func vdSplitVerb(phrase string, def int) (pre []string, verb string, post []string, err error) {
	phrase = strings.ToUpper(phrase)
	if strings.IndexByte(phrase, '_') < 0 && strings.IndexByte(phrase, '+') < 0 {
		if !vdWordOK(phrase) {
			return nil, "", nil, vdErrorf(ErrVerbDictSyntax, "verb %q: bad word", phrase)
		}
		return nil, phrase, nil, nil
	}
	parts := strings.Split(phrase, "_")
	for len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1] // a trailing '_' marks an exact word
	}
	vi := -1
	for i, w := range parts {
		if strings.HasPrefix(w, "+") {
			if vi >= 0 {
				return nil, "", nil, vdErrorf(ErrVerbDictSyntax, "verb %q: more than one '+'", phrase)
			}
			vi, parts[i] = i, w[1:]
		}
	}
	for _, w := range parts {
		if !vdWordOK(w) {
			return nil, "", nil, vdErrorf(ErrVerbDictSyntax, "verb %q: bad word %q", phrase, w)
		}
	}
	if vi < 0 {
		vi = def
		if vi >= len(parts) {
			vi = 0
		}
	}
	if vi > 0 {
		pre = parts[:vi:vi]
	}
	if vi+1 < len(parts) {
		post = parts[vi+1:]
	}
	return pre, parts[vi], post, nil
}

// vdSpellingVariant reports whether b is the -ISE/-IZE (-YSE/-YZE)
// spelling of a.
func vdSpellingVariant(a, b string) bool {
	n := len(a)
	if n < 5 || len(b) != n || a[:n-3] != b[:n-3] || a == b {
		return false
	}
	ok := func(s string) bool { return s == "ISE" || s == "IZE" || s == "YSE" || s == "YZE" }
	return ok(a[n-3:]) && ok(b[n-3:])
}

func vdVowel(c byte) bool { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' }

func vdConsonant(c byte) bool { return c >= 'A' && c <= 'Z' && !vdVowel(c) }

// vdCVC reports whether w ends consonant-vowel-consonant ("QU" counting as a
// consonant), the shape whose last consonant may double: STOP, EXPEL, EQUIP.
func vdCVC(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	c, v, p := w[n-1], w[n-2], w[n-3]
	if !vdConsonant(c) || c == 'W' || c == 'X' || c == 'Y' || !vdVowel(v) {
		return false
	}
	return vdConsonant(p) || p == 'U' && n >= 4 && w[n-4] == 'Q'
}

// vdRegular appends the regular forms of a verb word for the slots asked
// for: PETRARCH-2's forms and the English ones it misses.
func vdRegular(dst []string, w string, s, past, ing bool) []string {
	n := len(w)
	if n == 0 {
		return dst
	}
	last := w[n-1]
	prev := byte(0)
	if n > 1 {
		prev = w[n-2]
	}
	if s {
		switch {
		case last == 'S' || last == 'X' || last == 'Z':
			dst = append(dst, w+"ES")
		case last == 'Y':
			dst = append(dst, w[:n-1]+"IES") // PETRARCH's, also after a vowel
			if vdVowel(prev) {
				dst = append(dst, w+"S")
			}
		case prev == 'C' && last == 'H', prev == 'S' && last == 'H':
			dst = append(dst, w+"S", w+"ES")
		case last == 'O' && vdConsonant(prev):
			dst = append(dst, w+"S", w+"ES")
		default:
			dst = append(dst, w+"S")
		}
	}
	if past {
		if last == 'E' {
			dst = append(dst, w+"D")
		} else {
			dst = append(dst, w+"ED")
			if last == 'Y' && vdConsonant(prev) {
				dst = append(dst, w[:n-1]+"IED")
			}
			if vdCVC(w) {
				dst = append(dst, w+w[n-1:]+"ED")
			}
		}
	}
	if ing {
		switch {
		case last == 'E' && n > 1 && !vdVowel(prev): // PETRARCH's e-dropping
			dst = append(dst, w[:n-1]+"ING")
		case last == 'E' && prev == 'I': // DIE: DIEING (PETRARCH), DYING
			dst = append(dst, w+"ING", w[:n-2]+"YING")
		case last == 'E' && (prev == 'U' || prev == 'A'): // ARGUE: ARGUEING (PETRARCH), ARGUING
			dst = append(dst, w+"ING", w[:n-1]+"ING")
		default:
			dst = append(dst, w+"ING")
			if vdCVC(w) {
				dst = append(dst, w+w[n-1:]+"ING")
			}
		}
	}
	return dst
}

// vdPlurals returns the plurals of a noun by PETRARCH-2's rule (-IES after
// Y; -ES in place of a final S; else -S) and by English's.
func vdPlurals(w string) []string {
	n := len(w)
	if n == 0 {
		return nil
	}
	last, prev := w[n-1], byte(0)
	if n > 1 {
		prev = w[n-2]
	}
	var petr, eng string
	switch last {
	case 'Y':
		petr = w[:n-1] + "IES"
	case 'S':
		petr = w[:n-1] + "ES"
	default:
		petr = w + "S"
	}
	switch {
	case last == 'Y' && vdConsonant(prev):
		eng = w[:n-1] + "IES"
	case last == 'S' || last == 'X' || last == 'Z' || last == 'H' && (prev == 'C' || prev == 'S'):
		eng = w + "ES"
	case last == 'O' && vdConsonant(prev): // EMBARGOES; PETRARCH's EMBARGOS too
		eng = w + "ES"
	default:
		eng = w + "S"
	}
	if petr == eng {
		return []string{petr}
	}
	return []string{petr, eng}
}

// vdPatBuilder collects the tokens of one pattern.
type vdPatBuilder struct {
	p          *vdParser
	vp         VerbPattern
	star       bool // the verb '*' was seen
	glueNext   bool // the next element is glued to the one before
	inNoun     bool
	inPrep     bool
	prepHead   bool // the preposition of the open phrase was read
	noun, prep PatternToken
}

// parsePattern parses a pattern line after its '-' and without its comment.
func (p *vdParser) parsePattern(s string) (VerbPattern, error) {
	s = strings.TrimSpace(s)
	show := func() string { return strings.Join(strings.Fields(s), " ") }
	i := strings.LastIndexByte(s, '[')
	if !strings.HasSuffix(s, "]") || i < 0 {
		return VerbPattern{}, vdErrorf(ErrVerbDictSyntax, "pattern %q has no [code] at its end", show())
	}
	code, passive, err := vdParseCode(s[i+1 : len(s)-1])
	if err != nil {
		return VerbPattern{}, vdErrorf(ErrBadVerbCode, "pattern %q: %v; pattern skipped", show(), err)
	}
	body := s[:i]
	if strings.ContainsAny(body, "[]") {
		return VerbPattern{}, vdErrorf(ErrVerbDictSyntax, "pattern %q: a [code] must end the line", show())
	}
	b := vdPatBuilder{p: p}
	b.vp.Code, b.vp.Passive = code, passive
	if err := b.parse(body); err != nil {
		return VerbPattern{}, vdErrorf(errors.Unwrap(err), "pattern %q: %v", show(), err)
	}
	return b.vp, nil
}

func vdSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' }

func (b *vdPatBuilder) parse(body string) error {
	for i := 0; i < len(body); {
		c := body[i]
		switch {
		case vdSpace(c):
			i++
			continue
		case c == '{':
			if b.inNoun {
				return vdErrorf(ErrVerbDictSyntax, "{ inside {}")
			}
			b.inNoun = true
			b.noun = PatternToken{Kind: PatNoun, Glued: b.glueNext}
			b.glueNext = false
		case c == '}':
			if !b.inNoun {
				return vdErrorf(ErrVerbDictSyntax, "} without {")
			}
			if len(b.noun.Sub) == 0 {
				return vdErrorf(ErrVerbDictSyntax, "empty {}")
			}
			b.inNoun, b.glueNext = false, false
			if err := b.emit(b.noun); err != nil {
				return err
			}
		case c == '(':
			if b.inNoun || b.inPrep {
				return vdErrorf(ErrVerbDictSyntax, "( inside a phrase")
			}
			b.inPrep, b.prepHead = true, false
			b.prep = PatternToken{Kind: PatPrep, Glued: b.glueNext}
			b.glueNext = false
		case c == ')':
			if !b.inPrep || b.inNoun {
				return vdErrorf(ErrVerbDictSyntax, ") without (")
			}
			if !b.prepHead {
				return vdErrorf(ErrVerbDictSyntax, "empty ()")
			}
			b.inPrep, b.glueNext = false, false
			if err := b.emit(b.prep); err != nil {
				return err
			}
		case c == '*':
			if b.inNoun || b.inPrep {
				return vdErrorf(ErrVerbDictSyntax, "the verb * inside a phrase")
			}
			if b.star {
				return vdErrorf(ErrVerbDictSyntax, "more than one *")
			}
			b.star = true
			b.vp.GluedVerb, b.glueNext = b.glueNext, false
			for i < len(body) && body[i] == '*' { // "**" in older dictionaries
				i++
			}
			continue
		default:
			j := i
			for j < len(body) && !vdSpace(body[j]) && strings.IndexByte("{}()*", body[j]) < 0 {
				j++
			}
			if err := b.chunk(body[i:j], j < len(body) && !vdSpace(body[j])); err != nil {
				return err
			}
			i = j
			continue
		}
		i++
	}
	switch {
	case b.inNoun:
		return vdErrorf(ErrVerbDictSyntax, "{ without }")
	case b.inPrep:
		return vdErrorf(ErrVerbDictSyntax, "( without )")
	case !b.star:
		return vdErrorf(ErrVerbDictSyntax, "no verb *")
	}
	return nil
}

// chunk reads a run of characters between spaces and brackets: words,
// synsets and markers, joined by '_'. adjacent says whether a bracket or
// '*' follows with no space, to which a trailing '_' glues.
func (b *vdPatBuilder) chunk(c string, adjacent bool) error {
	var one [1]string
	pieces := one[:]
	if strings.IndexByte(c, '_') < 0 {
		one[0] = c // most chunks: no split to allocate
	} else {
		pieces = strings.Split(c, "_")
	}
	for k := 0; k < len(pieces); k++ {
		pc := pieces[k]
		if k > 0 {
			b.glueNext = true // an underscore comes before this piece
		}
		if pc == "" {
			if k > 0 && k == len(pieces)-1 {
				b.glueNext = adjacent
			}
			continue
		}
		var t PatternToken
		switch pc {
		case "$":
			t.Kind = PatSource
		case "+":
			t.Kind = PatTarget
		case "^":
			t.Kind = PatSkip
		case "%":
			t.Kind = PatCompound
		default:
			if pc[0] == '&' {
				name, used, err := b.synsetName(pieces, k)
				if err != nil {
					return err
				}
				t, k = PatternToken{Kind: PatSynset, Text: name}, k+used
				break
			}
			w := strings.ToUpper(pc)
			if !vdWordOK(w) {
				return vdErrorf(ErrVerbDictSyntax, "bad word %q", pc)
			}
			t = PatternToken{Kind: PatWord, Text: w}
		}
		if err := b.emit(t); err != nil {
			return err
		}
	}
	return nil
}

// vdMaxNameParts bounds the '_'-joined parts of a synset name a pattern
// may use, so that a long chunk is not searched quadratically.
const vdMaxNameParts = 8

// synsetName reads the synset named from pieces[k] on: the longest run of
// '_'-joined pieces that names a defined synset (&FIGHT_OF_WORDS), else the
// one piece. used is how many pieces after k it took.
func (b *vdPatBuilder) synsetName(pieces []string, k int) (name string, used int, err error) {
	syn := b.p.d.Synsets
	for j := min(len(pieces)-1, k+vdMaxNameParts-1); j > k; j-- {
		if pieces[j] == "" {
			continue
		}
		cand := strings.ToUpper(strings.Join(pieces[k:j+1], "_"))[1:]
		if syn[cand] != nil {
			return cand, j - k, nil
		}
	}
	name = strings.ToUpper(pieces[k][1:])
	if syn[name] == nil {
		if !vdNameOK(name) {
			return "", 0, vdErrorf(ErrVerbDictSyntax, "bad synset &%s", pieces[k][1:])
		}
		return "", 0, vdErrorf(ErrUndefinedSynset, "undefined synset &%s; pattern skipped", name)
	}
	return name, 0, nil
}

// emit adds a token where the builder stands: in the open phrase, or before
// or after the verb.
func (b *vdPatBuilder) emit(t PatternToken) error {
	if b.glueNext {
		t.Glued, b.glueNext = true, false
	}
	switch {
	case b.inNoun:
		if t.Kind != PatWord && t.Kind != PatSynset {
			return vdErrorf(ErrVerbDictSyntax, "a noun phrase {...} holds words and synsets only, not %s", t)
		}
		b.noun.Sub = append(b.noun.Sub, t)
	case b.inPrep && !b.prepHead:
		if t.Kind != PatWord {
			return vdErrorf(ErrVerbDictSyntax, "a prepositional phrase (...) starts with its preposition, not %s", t)
		}
		b.prep.Text, b.prepHead = t.Text, true
	case b.inPrep:
		b.prep.Sub = append(b.prep.Sub, t)
	case b.star:
		b.vp.After = append(b.vp.After, t)
	default:
		b.vp.Before = append(b.vp.Before, t)
	}
	return nil
}

// parseTransformation reads a "~" line after the '~':
// "a (a b ATTACK) SAY = a b 015".
func (p *vdParser) parseTransformation(s string) (Transformation, error) {
	left, right, ok := strings.Cut(s, "=")
	if !ok {
		return Transformation{}, vdErrorf(ErrVerbDictSyntax, "transformation %q: no '='", s)
	}
	toks := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(left))
	ev, rest, err := p.transformEvent(toks, 0)
	if err == nil && len(rest) > 0 {
		err = vdErrorf(ErrVerbDictSyntax, "%q after the event", strings.Join(rest, " "))
	}
	if err != nil {
		return Transformation{}, vdErrorf(errors.Unwrap(err), "transformation %q: %v", s, err)
	}
	r := strings.Fields(right)
	if len(r) != 3 {
		return Transformation{}, vdErrorf(ErrVerbDictSyntax, "transformation %q: want SOURCE TARGET CODE after '='", s)
	}
	if r[2] != "Q" && !vdCodeOK(r[2]) {
		return Transformation{}, vdErrorf(ErrBadVerbCode, "transformation %q: bad code %q", s, r[2])
	}
	return Transformation{Event: *ev, Source: r[0], Target: r[1], Code: r[2]}, nil
}

// transformEvent reads "SOURCE TARGET VERB", where TARGET may be a
// parenthesised event.
func (p *vdParser) transformEvent(toks []string, depth int) (*TransformEvent, []string, error) {
	atom := func(t []string) bool { return len(t) > 0 && t[0] != "(" && t[0] != ")" }
	if depth > 8 {
		return nil, nil, vdErrorf(ErrVerbDictSyntax, "events nested too deep")
	}
	if !atom(toks) {
		return nil, nil, vdErrorf(ErrVerbDictSyntax, "want a source")
	}
	ev := &TransformEvent{Source: toks[0]}
	toks = toks[1:]
	switch {
	case len(toks) > 0 && toks[0] == "(":
		inner, rest, err := p.transformEvent(toks[1:], depth+1)
		if err != nil {
			return nil, nil, err
		}
		if len(rest) == 0 || rest[0] != ")" {
			return nil, nil, vdErrorf(ErrVerbDictSyntax, "( without )")
		}
		ev.Inner, toks = inner, rest[1:]
	case atom(toks):
		ev.Target, toks = toks[0], toks[1:]
	default:
		return nil, nil, vdErrorf(ErrVerbDictSyntax, "want a target")
	}
	if !atom(toks) {
		return nil, nil, vdErrorf(ErrVerbDictSyntax, "want a verb")
	}
	ev.Verb, toks = strings.ToUpper(toks[0]), toks[1:]
	if ev.Verb != "Q" && p.d.Lookup(ev.Verb) == nil {
		return nil, nil, vdErrorf(ErrUnknownVerb, "unknown verb %s", ev.Verb)
	}
	return ev, toks, nil
}
