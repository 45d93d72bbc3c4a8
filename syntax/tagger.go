package syntax

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tagger is a greedy left-to-right averaged perceptron over joint
// UPOS+XPOS tags ("NOUN NN", "VERB VBD"): the word, its prefixes, suffixes
// and shape, the words two either side, the tags the neighbours can take
// in the training data (their ambiguity classes), and the two tags before.

// lexWord is what the tagger and parser know of a word before tagging.
type lexWord struct {
	lower, exact, shape uint64
	suf                 [4]uint64
	pre                 [3]uint64
	amb                 uint64 // hash of the tags the word took in training; 0 unknown
	verb                uint64 // classes of the verb lexicon's forms it is; 0 none
	ambx                uint64 // the same of the form as written ("Bush" against "bush")
	first               bool
}

// lexicon is what the tagger knows of words before it sees them in a
// sentence: the ambiguity classes of the training data (lower-cased word
// -> hash of its set of tags; and the same of each form as written, its
// key starting with exactPrefix) and the verb forms of a verb lexicon
// (lower-cased form -> the forms' classes, see [VerbBase]).
type lexicon struct {
	amb   map[string]uint64
	verbs map[string]uint8
}

// shapeHash hashes the shape of s: upper-case letters as X, lower-case as
// x, digits as d, other characters as themselves, runs cut at two.
func shapeHash(s string) uint64 {
	h := uint64(14695981039346656037)
	last := rune(-1)
	n, k := 0, 0
	for _, r := range s {
		var c rune
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			c = 'x'
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			c = 'X'
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			c = 'd'
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			n++
			if n >= 2 {
				continue
			}
		} else {
			n = 0
		}
		last = c
		h ^= uint64(c)
		h *= 1099511628211
		if k++; k > 12 {
			break
		}
	}
	return mix(h, 0x5348)
}

// lowerString lower-cases s without allocating when it is already lower.
func lowerString(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// normWord maps digits to 0 so that numbers share features.
func normWord(s string) string {
	if strings.IndexAny(s, "0123456789") < 0 {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if '1' <= c && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

func lexWords(forms []string, lex *lexicon, out []lexWord) []lexWord {
	out = slices.Grow(out[:0], len(forms))
	for i, f := range forms {
		lw := lexWord{first: i == 0}
		low := normWord(lowerString(f))
		lw.lower = hashString(low)
		lw.exact = hashString(f)
		lw.shape = shapeHash(f)
		// suffixes and prefixes of up to 4 and 3 characters, shorter
		// than the word
		e := len(low)
		for k := range 4 {
			if e <= 0 {
				lw.suf[k] = lw.lower
				continue
			}
			_, w := utf8.DecodeLastRuneInString(low[:e])
			e -= w
			if e <= 0 {
				lw.suf[k] = lw.lower
			} else {
				lw.suf[k] = hashString(low[e:])
			}
		}
		b := 0
		for k := range 3 {
			if b < len(low) {
				_, w := utf8.DecodeRuneInString(low[b:])
				b += w
			}
			if b >= len(low) {
				lw.pre[k] = lw.lower
			} else {
				lw.pre[k] = hashString(low[:b])
			}
		}
		lw.amb = lex.amb[low]
		lw.verb = uint64(lex.verbs[low])
		var buf [64]byte
		lw.ambx = lex.amb[string(append(append(buf[:0], exactPrefix), f...))]
		out = append(out, lw)
	}
	return out
}

// exactPrefix starts the lexicon's keys of forms as written, whose
// ambiguity classes tell "Bush" from "bush".
const exactPrefix = 1

// Tagger feature templates.
const (
	tBias = iota
	tLower
	tExact
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tPrev1
	tPrev2
	tNext1
	tNext2
	tPrevSuf
	tNextSuf
	tNextAmb
	tNext2Amb
	tAmb
	tPrevWord
	tWordNext
	tFirstShape
	tPrevAmb
	tTag1
	tTag2
	tTag12
	tTag1Word
	tTag1NextAmb
	tTag1Suf
	tR0
	tR1
	tR2
	tR12
	tR1Word
	tTag1R1
	tR0R1
	tShapes
	tAmbTag1
	tLastVerb
	tLastVerbWord
	tLastVerbTag1
	tVerbLex
	tVerbLexNext
	tVerbLexTag1
	tAmbx
	tAmbxAmb
)

var nullWord = lexWord{lower: 0x51, exact: 0x51, shape: 0x51, amb: 0x51}
var endWord = lexWord{lower: 0x52, exact: 0x52, shape: 0x52, amb: 0x52}

func wordAt(ws []lexWord, i int) *lexWord {
	if i < 0 {
		return &nullWord
	}
	if i >= len(ws) {
		return &endWord
	}
	return &ws[i]
}

// staticTagFeats appends the features of word i that do not depend on tags.
func staticTagFeats(ws []lexWord, i int, out []uint64) []uint64 {
	return contextTagFeats(ws, i, wordTagFeats(&ws[i], out))
}

// wordTagFeats appends the features of a word that depend on nothing but
// how it is written, which the tagger sums once per word form (tagCache).
func wordTagFeats(w *lexWord, out []uint64) []uint64 {
	out = append(out,
		feat(tBias),
		mix(feat(tLower), w.lower),
		mix(feat(tExact), w.exact),
		mix(feat(tSuf1), w.suf[0]),
		mix(feat(tSuf2), w.suf[1]),
		mix(feat(tSuf3), w.suf[2]),
		mix(feat(tSuf4), w.suf[3]),
		mix(feat(tPre1), w.pre[0]),
		mix(feat(tPre2), w.pre[1]),
		mix(feat(tPre3), w.pre[2]),
		mix(feat(tShape), w.shape),
		mix(feat(tAmb), w.amb),
		mix(mix(feat(tVerbLex), w.verb), w.suf[1]),
	)
	return append(out, mix(feat(tAmbx), w.ambx), mix(mix(feat(tAmbxAmb), w.ambx), w.amb))
}

// contextTagFeats appends the features of word i that depend on its
// neighbours but not on tags.
func contextTagFeats(ws []lexWord, i int, out []uint64) []uint64 {
	w := &ws[i]
	p1, p2, n1, n2 := wordAt(ws, i-1), wordAt(ws, i-2), wordAt(ws, i+1), wordAt(ws, i+2)
	out = append(out,
		mix(feat(tPrev1), p1.lower),
		mix(feat(tPrev2), p2.lower),
		mix(feat(tNext1), n1.lower),
		mix(feat(tNext2), n2.lower),
		mix(feat(tPrevSuf), p1.suf[2]),
		mix(feat(tNextSuf), n1.suf[2]),
		mix(feat(tNextAmb), n1.amb),
		mix(feat(tNext2Amb), mix(n1.amb, n2.amb)),
		mix(mix(feat(tPrevWord), p1.lower), w.lower),
		mix(mix(feat(tWordNext), w.lower), n1.lower),
		mix(feat(tPrevAmb), mix(p1.amb, w.amb)),
		mix(mix(mix(feat(tShapes), p1.shape), w.shape), n1.shape),
		mix(mix(feat(tVerbLexNext), n1.verb), w.verb),
	)
	if w.first {
		out = append(out, mix(feat(tFirstShape), w.shape))
	}
	return out
}

// tagCache keeps, per word form, the summed weights of its word features
// in one pass's table, so that a word seen before costs two fewer dozen
// lookups. It is cleared when it holds maxTagCache forms.
type tagCache map[string][]int32

const maxTagCache = 8192

// wordSums returns the sums of the word features of word i (form f) in t.
func (c *tagCache) wordSums(t *table, f string, w *lexWord, feats []uint64) []int32 {
	if s, ok := (*c)[f]; ok {
		return s
	}
	if *c == nil || len(*c) >= maxTagCache {
		*c = make(tagCache, 1024)
	}
	s := make([]int32, t.classes)
	t.sum(wordTagFeats(w, feats[:0]), s)
	(*c)[strings.Clone(f)] = s
	return s
}

// history is what the tagger has decided left of the current word: the
// two previous tags and the last verb or auxiliary, which tells a past
// tense from a participle ("troops shelled" against "had shelled").
type history struct {
	t1, t2   int
	verbTag  int    // tag of the last verb or auxiliary, -1 none
	verbWord uint64 // its lower-cased word
	verbAt   int    // its index
}

func newHistory() history { return history{t1: -1, t2: -1, verbTag: -1, verbAt: -100} }

func (h *history) push(i, tag int, verb []bool, ws []lexWord) {
	h.t2, h.t1 = h.t1, tag
	if verb[tag] {
		h.verbTag, h.verbWord, h.verbAt = tag, ws[i].lower, i
	}
}

// verbTags reports which joint tags are verbs or auxiliaries.
func verbTags(tags []string) []bool {
	v := make([]bool, len(tags))
	for i, t := range tags {
		u := upos(t)
		v[i] = u == "VERB" || u == "AUX"
	}
	return v
}

func dynTagFeats(ws []lexWord, i int, h *history, out []uint64) []uint64 {
	w := &ws[i]
	n1 := wordAt(ws, i+1)
	t1, t2 := h.t1, h.t2
	a, b := uint64(t1+1), uint64(t2+1)
	d := distBucket(i - h.verbAt)
	vw := h.verbWord
	if h.verbTag < 0 {
		vw, d = 0, 9
	}
	out = append(out,
		mix(mix(feat(tLastVerb), uint64(h.verbTag+1)), w.suf[1]),
		mix(mix(mix(feat(tLastVerbWord), vw), w.suf[1]), min(d, 3)),
		mix(mix(mix(feat(tLastVerbTag1), uint64(h.verbTag+1)), a), w.suf[1]),
		mix(mix(mix(feat(tVerbLexTag1), w.verb), a), uint64(h.verbTag+1)),
	)
	return append(out,
		mix(feat(tTag1), a),
		mix(feat(tTag2), b),
		mix(mix(feat(tTag12), a), b),
		mix(mix(feat(tTag1Word), a), w.lower),
		mix(mix(feat(tTag1NextAmb), a), n1.amb),
		mix(mix(feat(tTag1Suf), a), w.suf[2]),
		mix(mix(feat(tAmbTag1), a), w.amb),
	)
}

// rightTagFeats appends the second pass's features: the first pass's tags
// of the word and the two after it.
func rightTagFeats(ws []lexWord, i int, first []int, t1 int, out []uint64) []uint64 {
	r := func(j int) uint64 {
		if j >= len(first) {
			return 0x3ff
		}
		return uint64(first[j] + 1)
	}
	r0, r1, r2 := r(i), r(i+1), r(i+2)
	return append(out,
		mix(feat(tR0), r0),
		mix(feat(tR1), r1),
		mix(feat(tR2), r2),
		mix(mix(feat(tR12), r1), r2),
		mix(mix(feat(tR1Word), r1), ws[i].lower),
		mix(mix(feat(tTag1R1), uint64(t1+1)), r1),
		mix(mix(feat(tR0R1), r0), r1),
	)
}

// tagger is a trained tagger: a first pass left to right, and a second
// that also sees the first pass's tags of the words to the right.
type tagger struct {
	tags []string // joint "UPOS XPOS"
	lex  lexicon
	dict map[string]int // words that always take one tag, as written
	w    *table         // first pass
	w2   *table         // second pass
	verb []bool         // of each tag: a verb or auxiliary
}

// tagScratch holds a caller's buffers.
type tagScratch struct {
	ws     []lexWord
	feats  []uint64
	scores []float32
	first  []int
	sure   []bool      // by word: the first pass's tag stands
	cache  [2]tagCache // by pass
}

// sureMargin is the lead of the first pass's best tag over the next below
// which the second pass tags the word again; above it the first pass's tag
// stands. Chosen on EWT dev: at 15 the second pass scores a fifth of the
// words, the tagger runs about a quarter faster, and UPOS and UAS move by
// less than 0.0005.
const sureMargin = 15

// margin returns how far scores[g] lies above the best other score.
func margin(scores []float32, g int) float32 {
	m := float32(0)
	first := true
	for c, s := range scores {
		if c != g && (first || scores[g]-s < m) {
			m, first = scores[g]-s, false
		}
	}
	return m
}

// tag returns the joint tag of each form. fixed, when not nil, gives the
// tag of some words before tagging (-1 where the tagger decides): both
// passes take it, and the words around see it as they would their own.
func (t *tagger) tag(forms []string, sc *tagScratch, out []int, fixed []int) []int {
	sc.ws = lexWords(forms, &t.lex, sc.ws)
	if cap(sc.scores) < len(t.tags) {
		sc.scores = make([]float32, len(t.tags))
	}
	scores := sc.scores[:len(t.tags)]
	out = out[:0]
	h := newHistory()
	sc.sure = sc.sure[:0]
	for i, f := range forms {
		g, ok := t.dict[f]
		if fixed != nil && fixed[i] >= 0 {
			g, ok = fixed[i], true
		}
		sure := ok
		if !ok {
			base := sc.cache[0].wordSums(t.w, f, &sc.ws[i], sc.feats)
			sc.feats = contextTagFeats(sc.ws, i, sc.feats[:0])
			sc.feats = dynTagFeats(sc.ws, i, &h, sc.feats)
			t.w.scoreFrom(base, sc.feats, scores)
			g = argmax(scores, nil)
			sure = margin(scores, g) >= sureMargin
		}
		sc.sure = append(sc.sure, sure)
		out = append(out, g)
		h.push(i, g, t.verb, sc.ws)
	}
	if t.w2 == nil {
		return out
	}
	sc.first = append(sc.first[:0], out...)
	out = out[:0]
	h = newHistory()
	for i, f := range forms {
		g, ok := t.dict[f]
		if fixed != nil && fixed[i] >= 0 {
			g, ok = fixed[i], true
		}
		if !ok && sc.sure[i] {
			g, ok = sc.first[i], true // the first pass was sure
		}
		if !ok {
			base := sc.cache[1].wordSums(t.w2, f, &sc.ws[i], sc.feats)
			sc.feats = contextTagFeats(sc.ws, i, sc.feats[:0])
			sc.feats = dynTagFeats(sc.ws, i, &h, sc.feats)
			sc.feats = rightTagFeats(sc.ws, i, sc.first, h.t1, sc.feats)
			t.w2.scoreFrom(base, sc.feats, scores)
			g = argmax(scores, nil)
		}
		out = append(out, g)
		h.push(i, g, t.verb, sc.ws)
	}
	return out
}

// buildLexicon returns the ambiguity classes of words seen at least
// minCount times in sents, and the tag list.
//
// The classes record what a word can be, not how the few sentences that
// hold it used it: a regular verb's past tense and participle are one form
// ("attacked"), and so are its base and present forms ("attack"), so each
// pair counts as one class; which of the two a verb is, the context says.
func buildLexicon(sents []Sentence, tagIndex map[string]int, minCount int, verbs map[string]uint8) lexicon {
	counts := map[string]int{}
	sets := map[string][]int{}
	merged := map[int]int{}
	for t, i := range tagIndex {
		switch t {
		case "VERB VBN":
			merged[i] = tagIndex["VERB VBD"]
		case "VERB VBP":
			merged[i] = tagIndex["VERB VB"]
		}
	}
	for _, s := range sents {
		for _, w := range s.Words {
			low := normWord(lowerString(w.Form))
			t := tagIndex[jointTag(w)]
			if m, ok := merged[t]; ok {
				t = m
			}
			for _, k := range [2]string{low, string(rune(exactPrefix)) + w.Form} {
				counts[k]++
				if !slices.Contains(sets[k], t) {
					sets[k] = append(sets[k], t)
				}
			}
		}
	}
	lex := lexicon{amb: map[string]uint64{}, verbs: verbs}
	for w, set := range sets {
		if counts[w] < minCount {
			continue
		}
		slices.Sort(set)
		h := uint64(0x77)
		for _, t := range set {
			h = mix(h, uint64(t+1))
		}
		lex.amb[w] = h
	}
	return lex
}

func jointTag(w Word) string { return w.UPOS + " " + w.XPOS }

// trainTagger trains a tagger's first pass on sents for the given epochs.
func trainTagger(sents []Sentence, tags []string, verbs map[string]uint8, epochs int, seed uint64, minAbs float64) *tagger {
	lex := buildLexicon(sents, indexOf(tags), 2, verbs)
	dict := buildTagDict(sents, indexOf(tags))
	return &tagger{tags: tags, lex: lex, dict: dict, w: trainTagPass(sents, tags, &lex, dict, nil, epochs, seed, minAbs), verb: verbTags(tags)}
}

// buildTagDict returns the words, as written, seen at least 20 times and
// with one tag at least 99.5% of the time: the tagger gives them that tag
// without scoring ("the", ",", "of").
func buildTagDict(sents []Sentence, tagIndex map[string]int) map[string]int {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			c := counts[w.Form]
			if c == nil {
				c = map[int]int{}
				counts[w.Form] = c
			}
			c[tagIndex[jointTag(w)]]++
		}
	}
	dict := map[string]int{}
	for f, c := range counts {
		n, best, bt := 0, 0, 0
		for t, k := range c {
			n += k
			if k > best || k == best && t < bt {
				best, bt = k, t
			}
		}
		if n >= 20 && float64(best) >= 0.995*float64(n) {
			dict[f] = bt
		}
	}
	return dict
}

func indexOf(ss []string) map[string]int {
	m := make(map[string]int, len(ss))
	for i, s := range ss {
		m[s] = i
	}
	return m
}

// trainTagPass trains one pass of the tagger: the first when first is nil,
// else the second, with first[i] the first pass's tags of sentence i.
func trainTagPass(sents []Sentence, tags []string, lex *lexicon, dict map[string]int, first [][]int, epochs int, seed uint64, minAbs float64) *table {
	tagIndex := indexOf(tags)
	verb := verbTags(tags)
	p := newPerceptron(len(tags))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7461676765))
	var sc tagScratch
	scores := make([]float32, len(tags))
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := &sents[si]
			sc.ws = lexWords(s.Forms(), lex, sc.ws)
			h := newHistory()
			for i, w := range s.Words {
				if g, ok := dict[w.Form]; ok {
					h.push(i, g, verb, sc.ws)
					continue
				}
				sc.feats = staticTagFeats(sc.ws, i, sc.feats[:0])
				sc.feats = dynTagFeats(sc.ws, i, &h, sc.feats)
				if first != nil {
					sc.feats = rightTagFeats(sc.ws, i, first[si], h.t1, sc.feats)
				}
				p.score(sc.feats, scores)
				g := argmax(scores, nil)
				gold := tagIndex[jointTag(w)]
				p.tick()
				p.update(sc.feats, gold, g)
				h.push(i, g, verb, sc.ws)
			}
		}
	}
	return p.average(minAbs)
}

// tagList returns the joint tags of sents, sorted.
func tagList(sents []Sentence) []string {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			seen[jointTag(w)] = true
		}
	}
	tags := make([]string, 0, len(seen))
	for t := range seen {
		tags = append(tags, t)
	}
	slices.Sort(tags)
	return tags
}

func upos(joint string) string {
	u, _, _ := strings.Cut(joint, " ")
	return u
}

func xpos(joint string) string {
	_, x, _ := strings.Cut(joint, " ")
	return x
}
