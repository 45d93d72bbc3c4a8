package syntax

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
)

// magic starts every model file; the digit is the format and feature
// version, so a model trained with other feature templates is refused.
const magic = "dyad-syntax-2\n"

// Model is a trained tagger, lemmatiser, parser and labeller. A Model is
// safe for concurrent use.
type Model struct {
	info   Info
	tagger *tagger
	lem    *Lemmatizer
	parser *parser
	labels *labeler

	tagUPOS, tagXPOS []string       // of each joint tag
	closed           []bool         // joint tag is a closed class
	punct            []bool         // joint tag is PUNCT
	cls              []uint8        // joint tag's coarse class (uposClass)
	fixedTag         map[string]int // the joint tag a fixed UPOS stands for
	nameRel          map[string]int // the relation, by UPOS, of a word of a name to its last word
	pool             sync.Pool
}

// Info describes a model: its format, the data it was trained on, its
// licence, and how it was trained.
type Info struct {
	Format  string      `json:"format"`
	Data    string      `json:"data"`
	Licence string      `json:"licence"`
	Config  TrainConfig `json:"config"`
}

// Info describes the model.
func (m *Model) Info() Info { return m.info }

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model built into the binary (model.bin), loaded
// once. It fails only if the binary was built without a model.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		if len(modelBin) == 0 {
			defaultErr = errors.New("syntax: the binary was built without a model (syntax/model.bin)")
			return
		}
		defaultModel, defaultErr = ReadModel(modelBin)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("syntax: built-in model: %w", defaultErr)
		}
	})
	return defaultModel, defaultErr
}

// scratch is one caller's buffers, reused through the model's pool.
type scratch struct {
	// for names read as one word (analyseNames): the words of the
	// sentence parsed, their tags and their indexes in the whole
	// sentence, and the heads and relations over it
	names           [][2]int
	full            []int
	redWs           []lexWord
	redTags         []int
	heads, nameRels []int

	tag   tagScratch
	parse parseScratch
	label labelScratch
	in    parseInput
	tags  []int
	fix   []int
	rels  []int
	cl    []bool
	suf   []uint64
}

func (m *Model) init() {
	m.tagger.verb = verbTags(m.tagger.tags)
	m.tagUPOS = make([]string, len(m.tagger.tags))
	m.tagXPOS = make([]string, len(m.tagger.tags))
	m.closed = make([]bool, len(m.tagger.tags))
	m.punct = make([]bool, len(m.tagger.tags))
	m.cls = make([]uint8, len(m.tagger.tags))
	for i, t := range m.tagger.tags {
		m.tagUPOS[i], m.tagXPOS[i] = upos(t), xpos(t)
		m.closed[i] = closedClass(t)
		m.punct[i] = m.tagUPOS[i] == "PUNCT"
		m.cls[i] = uposClass(t)
	}
	m.fixedTag = map[string]int{}
	for i, t := range m.tagger.tags {
		switch t {
		case "PROPN NNP":
			m.fixedTag["PROPN"] = i
		case "ADJ JJ":
			m.fixedTag["ADJ"] = i
		case "VERB VBD":
			m.fixedTag["VERB"] = i
		}
	}
	m.nameRel = map[string]int{}
	dep := slices.Index(m.labels.rels, "dep")
	for u := range m.tagUPOS {
		rel := slices.Index(m.labels.rels, nameRels[m.tagUPOS[u]])
		if rel < 0 {
			rel = dep
		}
		m.nameRel[m.tagUPOS[u]] = max(rel, 0)
	}
	m.pool.New = func() any { return new(scratch) }
}

// Parse analyses one sentence given as its word forms and returns one Word
// per form with Lemma, UPOS, XPOS, Head and Rel filled. Exactly one word
// has Head -1 and Rel "root"; every other head is an index into forms.
func (m *Model) Parse(forms []string) []Word {
	return m.parse(forms, nil, nil, nil, false)
}

// Hints are what earlier stages know of a sentence before it is parsed.
type Hints struct {
	// Fixed are tags known before tagging, as [Model.ParseFixed] takes
	// them; nil for none.
	Fixed []string
	// Names are the spans of words, [start, end) and in order, of names
	// of two words or more that earlier stages found ("U.S. Treasury
	// Secretary James Baker", "the Bank of Japan" without its article).
	// The parser reads each as its last word alone, a proper noun, and
	// the name's other words depend on that word: a title and a name
	// before the verb are what a parser trained on web text reads worst
	// in news, and the words of a name are no clause. Spans that overlap
	// another, leave the sentence or are shorter than two words are
	// ignored.
	Names [][2]int
	// IfVerb, with Gated, asks for a parse only when the tagger reads one
	// of the words at these indexes as a verb, as [Model.ParseIfVerb].
	IfVerb []int
	Gated  bool
}

// ParseHinted is Parse with hints (see [Hints]). It returns nil, having
// parsed nothing, when h.Gated and no word of h.IfVerb is tagged a verb.
func (m *Model) ParseHinted(forms []string, h Hints) []Word {
	return m.parse(forms, h.Fixed, h.Names, h.IfVerb, h.Gated)
}

// ParseFixed is Parse with the part of speech of some words known before
// tagging: fixed[i] is a UPOS, "PROPN" (with Penn tag NNP), "ADJ" (JJ) or
// "VERB" (VBD),
// or "" where the tagger decides; fixed may be nil. The syntax stage fixes
// as PROPN the words of the names the actors stage found that the tagger
// never saw in training, which it would otherwise read by their endings
// ("Osgiliath welcomed" as an adverb).
func (m *Model) ParseFixed(forms, fixed []string) []Word {
	return m.parse(forms, fixed, nil, nil, false)
}

// ParseIfVerbFixed is ParseIfVerb with fixed tags, as ParseFixed.
func (m *Model) ParseIfVerbFixed(forms, fixed []string, verbs []int) []Word {
	return m.parse(forms, fixed, nil, verbs, true)
}

// verbForm reports whether the tagger's verb lexicon knows form, in
// lower case, as a form of a verb.
func (m *Model) verbForm(form string) bool {
	return m.tagger.lex.verbs[lowerString(form)] != 0
}

// Known reports whether the tagger saw form in training often enough to
// know what it can be (its ambiguity class, or a word of one tag).
func (m *Model) Known(form string) bool {
	if _, ok := m.tagger.dict[form]; ok {
		return true
	}
	return m.tagger.lex.amb[normWord(lowerString(form))] != 0
}

// ParseIfVerb is Parse for a sentence worth parsing only when the tagger
// reads one of the words at the indexes verbs as a verb (UPOS VERB): it
// tags forms, and returns nil, having parsed nothing, when none is. The
// tags are those Parse gives, so a sentence it parses comes out as Parse
// gives it.
func (m *Model) ParseIfVerb(forms []string, verbs []int) []Word {
	return m.parse(forms, nil, nil, verbs, true)
}

func (m *Model) parse(forms, fixed []string, names [][2]int, verbs []int, gated bool) []Word {
	if len(forms) == 0 {
		if gated {
			return nil
		}
		return []Word{}
	}
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	var fix []int
	if fixed != nil {
		sc.fix = slices.Grow(sc.fix[:0], len(forms))[:len(forms)]
		for i := range sc.fix {
			sc.fix[i] = -1
			if i < len(fixed) {
				if t, ok := m.fixedTag[fixed[i]]; ok {
					sc.fix[i] = t
				}
			}
		}
		fix = sc.fix
	}
	tags := m.tagger.tag(forms, &sc.tag, sc.tags, fix)
	sc.tags = tags
	if gated && !slices.ContainsFunc(verbs, func(i int) bool { return i >= 0 && i < len(tags) && m.tagUPOS[tags[i]] == "VERB" }) {
		return nil
	}
	var heads, rels []int
	if names = validNames(names, len(forms), sc.names[:0]); len(names) == 0 {
		heads, rels = m.analyse(sc, sc.tag.ws, tags)
	} else {
		sc.names = names
		heads, rels = m.analyseNames(sc, tags, names)
	}
	out := make([]Word, len(forms))
	for i, f := range forms {
		t := tags[i]
		out[i] = Word{
			Form:  f,
			UPOS:  m.tagUPOS[t],
			XPOS:  m.tagXPOS[t],
			Lemma: m.lem.Lemma(f, m.tagUPOS[t], m.tagXPOS[t]),
			Head:  heads[i],
			Rel:   m.labels.rels[rels[i]],
		}
		if out[i].Head == len(forms) {
			out[i].Head = -1
			out[i].Rel = "root"
		} else if out[i].Rel == "root" {
			out[i].Rel = "dep"
		}
	}
	return out
}

// analyse parses and labels the words sc.tag holds, tagged sc.tags, in
// sc's buffers.
func (m *Model) analyse(sc *scratch, ws []lexWord, tags []int) (heads, rels []int) {
	n := len(tags)
	in := &sc.in
	in.words = slices.Grow(in.words[:0], n)[:n]
	in.tags = slices.Grow(in.tags[:0], n)[:n]
	in.punct = slices.Grow(in.punct[:0], n)[:n]
	in.cls = slices.Grow(in.cls[:0], n)[:n]
	sc.cl = slices.Grow(sc.cl[:0], n)[:n]
	sc.suf = slices.Grow(sc.suf[:0], n)[:n]
	for i, t := range tags {
		in.words[i] = ws[i].lower
		in.tags[i] = uint64(t + 1)
		in.punct[i] = m.punct[t]
		in.cls[i] = m.cls[t]
		sc.cl[i] = m.closed[t]
		sc.suf[i] = ws[i].suf[2]
	}
	heads = m.parser.parse(in, &sc.parse)
	sc.rels = m.labels.label(in, heads, sc.cl, sc.suf, &sc.label, sc.rels)
	return heads, sc.rels
}

// validNames returns the spans of names that are sorted, do not overlap,
// lie inside a sentence of n words and hold two words or more, appended
// to out.
func validNames(names [][2]int, n int, out [][2]int) [][2]int {
	if len(names) == 0 {
		return out
	}
	end := 0
	for _, s := range names {
		if s[0] < end || s[1] > n || s[1]-s[0] < 2 {
			continue
		}
		out = append(out, s)
		end = s[1]
	}
	return out
}

// analyseNames parses and labels the words sc.tag holds, tagged tags, with
// each name of names read as its last word alone, a proper noun (see
// [Hints]); the name's other words depend on that word, with the relation
// their tag gives them inside a name.
func (m *Model) analyseNames(sc *scratch, tags []int, names [][2]int) (heads, rels []int) {
	n := len(tags)
	sc.full, sc.redWs, sc.redTags = sc.full[:0], sc.redWs[:0], sc.redTags[:0]
	propn, hasPropn := m.fixedTag["PROPN"]
	u := 0
	for i := 0; i < n; i++ {
		for u < len(names) && names[u][1] <= i {
			u++
		}
		in := u < len(names) && i >= names[u][0]
		if in && i < names[u][1]-1 {
			continue
		}
		t := tags[i]
		if in && hasPropn {
			t = propn
		}
		sc.full = append(sc.full, i)
		sc.redWs = append(sc.redWs, sc.tag.ws[i])
		sc.redTags = append(sc.redTags, t)
	}
	h, r := m.analyse(sc, sc.redWs, sc.redTags)
	sc.heads = resize(sc.heads, n, 0)
	sc.nameRels = resize(sc.nameRels, n, 0)
	rn := len(sc.full)
	for k, i := range sc.full {
		if h[k] == rn {
			sc.heads[i] = n // the root
		} else {
			sc.heads[i] = sc.full[h[k]]
		}
		sc.nameRels[i] = r[k]
	}
	for _, s := range names {
		last := s[1] - 1
		for i := s[0]; i < last; i++ {
			sc.heads[i] = last
			sc.nameRels[i] = m.nameRel[m.tagUPOS[tags[i]]]
		}
	}
	return sc.heads, sc.nameRels
}

// nameRels are the relations the words of a name take to its last word,
// by their UPOS; any other word is "dep". They are what the treebank
// mostly gives them: "the Bank of Japan", "U.S. Treasury Secretary James
// Baker", "West German Finance Minister".
var nameRels = map[string]string{
	"PROPN": "compound", "NOUN": "compound", "ADJ": "amod", "DET": "det", "ADP": "case",
	"PUNCT": "punct", "NUM": "nummod", "CCONJ": "cc", "PART": "case",
}

// WriteTo writes the model in its binary format; the same model always
// gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	hdr, err := json.Marshal(m.info)
	if err != nil {
		return 0, err
	}
	writeBytes(&buf, hdr)
	writeStrings(&buf, m.tagger.tags)
	writeStrings(&buf, m.labels.rels)
	words := make([]string, 0, len(m.tagger.lex.amb))
	for w := range m.tagger.lex.amb {
		words = append(words, w)
	}
	slices.Sort(words)
	writeStrings(&buf, words)
	for _, w := range words {
		buf.Write(binary.LittleEndian.AppendUint64(nil, m.tagger.lex.amb[w]))
	}
	verbs := make([]string, 0, len(m.tagger.lex.verbs))
	for w := range m.tagger.lex.verbs {
		verbs = append(verbs, w)
	}
	slices.Sort(verbs)
	writeStrings(&buf, verbs)
	for _, w := range verbs {
		buf.WriteByte(m.tagger.lex.verbs[w])
	}
	dict := make([]string, 0, len(m.tagger.dict))
	for w := range m.tagger.dict {
		dict = append(dict, w)
	}
	slices.Sort(dict)
	writeStrings(&buf, dict)
	for _, w := range dict {
		buf.WriteByte(byte(m.tagger.dict[w]))
	}
	tables := []*table{m.tagger.w, m.parser.w, m.labels.w}
	if m.tagger.w2 != nil {
		tables = append(tables, m.tagger.w2)
	}
	buf.WriteByte(byte(len(tables)))
	for _, t := range tables {
		if err := t.writeTo(&buf); err != nil {
			return 0, err
		}
	}
	var lb bytes.Buffer
	if _, err := m.lem.WriteTo(&lb); err != nil {
		return 0, err
	}
	writeBytes(&buf, lb.Bytes())
	return buf.WriteTo(w)
}

// ReadModel decodes a model written by [Model.WriteTo]. The model keeps
// parts of data, which the caller must not change afterwards.
func ReadModel(data []byte) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, fmt.Errorf("not a dyad syntax model of format %q", magic[:len(magic)-1])
	}
	d := decoder{data: data[len(magic):]}
	m := &Model{tagger: &tagger{}, parser: &parser{}, labels: &labeler{}}
	if err := json.Unmarshal(d.bytes(), &m.info); err != nil && d.err == nil {
		d.err = err
	}
	m.tagger.tags = d.strings()
	m.labels.rels = d.strings()
	words := d.strings()
	m.tagger.lex.amb = make(map[string]uint64, len(words))
	for _, w := range words {
		m.tagger.lex.amb[w] = d.u64()
	}
	verbs := d.strings()
	m.tagger.lex.verbs = make(map[string]uint8, len(verbs))
	for _, w := range verbs {
		if d.need(1) {
			m.tagger.lex.verbs[w] = d.data[0]
			d.data = d.data[1:]
		}
	}
	dict := d.strings()
	m.tagger.dict = make(map[string]int, len(dict))
	for _, w := range dict {
		if d.need(1) {
			if int(d.data[0]) >= len(m.tagger.tags) {
				return nil, fmt.Errorf("%w: tag %d of %d", errCorrupt, d.data[0], len(m.tagger.tags))
			}
			m.tagger.dict[w] = int(d.data[0])
			d.data = d.data[1:]
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("model header: %w", d.err)
	}
	if len(m.tagger.tags) == 0 || len(m.labels.rels) == 0 {
		return nil, fmt.Errorf("%w: no tags or relations", errCorrupt)
	}
	var err error
	tables := []**table{&m.tagger.w, &m.parser.w, &m.labels.w, &m.tagger.w2}
	if !d.need(1) || d.data[0] < 3 || d.data[0] > 4 {
		return nil, fmt.Errorf("%w: table count", errCorrupt)
	}
	tables, d.data = tables[:d.data[0]], d.data[1:]
	for _, t := range tables {
		*t, d.data, err = readTable(d.data)
		if err != nil {
			return nil, err
		}
	}
	if m.tagger.w2 != nil && m.tagger.w2.classes != len(m.tagger.tags) {
		return nil, fmt.Errorf("%w: class counts disagree", errCorrupt)
	}
	if m.tagger.w.classes != len(m.tagger.tags) || m.parser.w.classes != nTransitions || m.labels.w.classes != len(m.labels.rels) {
		return nil, fmt.Errorf("%w: class counts disagree", errCorrupt)
	}
	lb := d.bytes()
	if d.err != nil {
		return nil, d.err
	}
	if m.lem, err = ReadLemmatizer(bytes.NewReader(lb)); err != nil {
		return nil, fmt.Errorf("lemmatiser: %w", err)
	}
	m.init()
	return m, nil
}

func writeBytes(buf *bytes.Buffer, b []byte) {
	buf.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(b))))
	buf.Write(b)
}

func writeStrings(buf *bytes.Buffer, ss []string) {
	buf.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(ss))))
	for _, s := range ss {
		buf.Write(binary.LittleEndian.AppendUint16(nil, uint16(len(s))))
		buf.WriteString(s)
	}
}

// decoder reads the model's sections, remembering the first error.
type decoder struct {
	data []byte
	err  error
}

func (d *decoder) need(n int) bool {
	if d.err == nil && (n < 0 || len(d.data) < n) {
		d.err = fmt.Errorf("%w: truncated", errCorrupt)
	}
	return d.err == nil
}

func (d *decoder) u64() uint64 {
	if !d.need(8) {
		return 0
	}
	v := binary.LittleEndian.Uint64(d.data)
	d.data = d.data[8:]
	return v
}

func (d *decoder) bytes() []byte {
	if !d.need(4) {
		return nil
	}
	n := int(binary.LittleEndian.Uint32(d.data))
	d.data = d.data[4:]
	if !d.need(n) {
		return nil
	}
	b := d.data[:n]
	d.data = d.data[n:]
	return b
}

func (d *decoder) strings() []string {
	if !d.need(4) {
		return nil
	}
	n := int(binary.LittleEndian.Uint32(d.data))
	d.data = d.data[4:]
	if n > len(d.data)/2 {
		d.err = fmt.Errorf("%w: %d strings", errCorrupt, n)
		return nil
	}
	out := make([]string, 0, n)
	for range n {
		if !d.need(2) {
			return nil
		}
		k := int(binary.LittleEndian.Uint16(d.data))
		d.data = d.data[2:]
		if !d.need(k) {
			return nil
		}
		out = append(out, string(d.data[:k]))
		d.data = d.data[k:]
	}
	return out
}
