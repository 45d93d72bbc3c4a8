package ner

import (
	"unicode"
	"unicode/utf8"

	"dyad"
)

// The tags of the tagger, in BIO encoding. MISC is learnt (it keeps
// nationalities and events apart from the other types) but never output.
const (
	tagO = iota
	tagBPer
	tagIPer
	tagBOrg
	tagIOrg
	tagBLoc
	tagILoc
	tagBMisc
	tagIMisc
	numTags
)

// tagStart stands for the tag before the first token of a sentence.
const tagStart = numTags

// tagNames are the CoNLL names of the tags, by index.
var tagNames = [numTags]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// tagIndex returns the index of a CoNLL tag name, with IOB1-style "I-X"
// accepted as is; unknown names are O.
func tagIndex(s string) int {
	for i, n := range tagNames {
		if n == s {
			return i
		}
	}
	return tagO
}

// allowed reports whether tag t may follow tag prev: an inside tag only
// continues an entity of its own type.
func allowed(prev, t int) bool {
	if t == tagO || t%2 == 1 {
		return true
	}
	return prev == t || prev == t-1
}

// The feature templates. A feature key mixes a template with one or two
// precomputed hashes, so no string is built per feature.
const (
	fBias = iota + 1
	fW0
	fWm1
	fWp1
	fWm2
	fWp2
	fWm1W0
	fW0Wp1
	fSh0
	fShm1
	fShp1
	fShm2
	fShp2
	fShm1Sh0
	fSh0Shp1
	fPre
	fSuf
	fInitSh0
	fCapsW0
	fCapsLex0
	fLex0
	fLex0Sh0Init
	fLexm1
	fLexp1
	fGazm1
	fGaz0
	fGazp1
	fGaz0Sh0
	fForm0
	fLen0
	fP1
	fP1P2
	fP1W0
	fP1Sh0
	fP1Gaz0
	fCapsSh0Shp1
)

// Hash constants (FNV-1a 64 and a final mixer).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func mix(t uint64, a, b uint64) uint32 {
	h := t*0x9E3779B97F4A7C15 ^ a
	h *= 0xBF58476D1CE4E5B9
	h ^= b + 0x94D049BB133111EB
	h ^= h >> 31
	h *= 0x94D049BB133111EB
	h ^= h >> 29
	k := uint32(h) ^ uint32(h>>32)
	if k == 0 {
		k = 1 // 0 marks an empty slot of the weight table
	}
	return k
}

// Lexicon classes: how a word is written in running text of the training
// data, away from the start of a sentence and outside headlines.
const (
	lexUnseen = iota
	lexLower  // nearly always lower case: a common word
	lexUpper  // nearly always capitalised: a name
	lexMixed  // both
)

// Token flags.
const (
	flagCap      = 1 << iota // first letter upper case
	flagAllCaps              // has letters, none lower case
	flagHasUpper             // some letter is upper case
	flagDigit                // has a digit
	flagLetter               // has a letter
)

// tokInfo holds what the features of one token need, computed once per
// sentence.
type tokInfo struct {
	lw    uint64    // hash of the lower-cased word
	form  uint64    // hash of the word as written
	shape uint64    // hash of the collapsed shape ("Xx", "X.X.", "d-d")
	pre   [4]uint64 // hashes of the lower-cased prefixes of 1-4 runes
	suf   [4]uint64 // hashes of the lower-cased suffixes of 1-4 runes
	n     int       // runes
	flags uint8
	gaz   uint8 // gazetteer kind and position, 0 for none
	lex   uint8 // lexicon class of the lower-cased word
}

// padding infos for positions before and after the sentence.
var (
	padBefore = tokInfo{lw: 1, form: 1, shape: 1}
	padAfter  = tokInfo{lw: 2, form: 2, shape: 2}
)

// wordInfo fills the hashes and flags of word w.
func wordInfo(w string, ti *tokInfo) {
	lw, form, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last rune = -1
	n := 0
	var flags uint8
	lower := false
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		i += size
		form = (form ^ uint64(r)) * fnvPrime
		lr := r
		var s rune
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			s, lower = 'x', true
			flags |= flagLetter
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			s, lr = 'X', r+'a'-'A'
			flags |= flagLetter | flagHasUpper
			if n == 0 {
				flags |= flagCap
			}
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			s = 'd'
			flags |= flagDigit
		case r < utf8.RuneSelf:
			s = r
		case unicode.IsUpper(r):
			s, lr = 'X', unicode.ToLower(r)
			flags |= flagLetter | flagHasUpper
			if n == 0 {
				flags |= flagCap
			}
		case unicode.IsLetter(r):
			s, lower = 'x', true
			flags |= flagLetter
		case unicode.IsDigit(r):
			s = 'd'
			flags |= flagDigit
		default:
			s = r
		}
		lw = (lw ^ uint64(lr)) * fnvPrime
		if s != last {
			shape = (shape ^ uint64(s)) * fnvPrime
			last = s
		}
		if n < 4 {
			ti.pre[n] = lw
		}
		n++
	}
	for k := n; k < 4; k++ {
		ti.pre[k] = lw
	}
	// Suffixes, read backwards.
	h := uint64(fnvOffset) ^ 0xA5
	for i, k := len(w), 0; i > 0 && k < 4; k++ {
		r, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
		h = (h ^ uint64(unicode.ToLower(r))) * fnvPrime
		ti.suf[k] = h
		if i == 0 {
			for j := k + 1; j < 4; j++ {
				ti.suf[j] = h
			}
		}
	}
	if flags&flagLetter != 0 && !lower {
		flags |= flagAllCaps
	}
	ti.lw, ti.form, ti.shape, ti.n, ti.flags = lw, form, shape, n, flags
}

// gazCode encodes a known mention's kind and the token's position in it.
func gazCode(k dyad.MentionKind, first, role bool) uint8 {
	var c uint8
	switch k {
	case dyad.KindCountry:
		c = 1
	case dyad.KindNationality:
		c = 2
	case dyad.KindLocation:
		c = 3
	case dyad.KindOrg:
		c = 4
	case dyad.KindPerson:
		c = 5
	default:
		c = 6
	}
	c <<= 2
	if first {
		c |= 1
	}
	if role {
		c |= 2
	}
	return c
}

// lexer classifies lower-cased word hashes into lexicon classes.
type lexer interface {
	lex(h uint64) uint8
}

// mapLexer is a lexicon held in a map, as training builds it.
type mapLexer map[uint32]uint8

func (m mapLexer) lex(h uint64) uint8 { return m[fold(h)] }

// fold narrows a word hash to the lexicon's key.
func fold(h uint64) uint32 { return uint32(h) ^ uint32(h>>32) }

// sentence is the per-sentence state of the feature extractor, reused
// between sentences. The hashes of a token are computed on first use.
type sentence struct {
	info  []tokInfo // len n+4: two pads each side
	upper []bool    // token i has an upper-case letter
	done  []bool    // info of token i is filled
	caps  bool      // a headline: letters, none lower case
	n     int
	text  string
	toks  []dyad.Token
	lexer lexer
}

// at returns the info of token i of the sentence (may be a pad).
func (s *sentence) at(i int) *tokInfo {
	if i < 0 || i >= s.n {
		return &s.info[i+2]
	}
	ti := &s.info[i+2]
	if !s.done[i] {
		s.done[i] = true
		gaz := ti.gaz
		*ti = tokInfo{gaz: gaz}
		t := s.toks[i]
		w := ""
		if 0 <= t.Start && t.Start <= t.End && t.End <= len(s.text) {
			w = s.text[t.Start:t.End]
		}
		wordInfo(w, ti)
		if s.lexer != nil {
			ti.lex = s.lexer.lex(ti.lw)
		}
	}
	return ti
}

// load readies s for the tokens toks of text, marking gazetteer mentions
// from known (ordered by Start).
func (s *sentence) load(text string, toks []dyad.Token, known []dyad.Mention, lx lexer) {
	n := len(toks)
	s.n, s.text, s.toks, s.lexer = n, text, toks, lx
	if cap(s.info) < n+4 {
		s.info = make([]tokInfo, n+4)
		s.upper = make([]bool, n)
		s.done = make([]bool, n)
	}
	s.info = s.info[:n+4]
	s.upper, s.done = s.upper[:n], s.done[:n]
	s.info[0], s.info[1] = padBefore, padBefore
	s.info[n+2], s.info[n+3] = padAfter, padAfter
	hasUpper, anyLower := false, false
	for i, t := range toks {
		s.done[i] = false
		s.info[i+2].gaz = 0
		w := ""
		if 0 <= t.Start && t.Start <= t.End && t.End <= len(text) {
			w = text[t.Start:t.End]
		}
		up, lo := caseOf(w)
		s.upper[i] = up
		hasUpper = hasUpper || up
		anyLower = anyLower || lo
	}
	s.caps = hasUpper && !anyLower
	// Gazetteer mentions, both lists ordered by Start.
	k := 0
	for i, t := range toks {
		for k < len(known) && known[k].End <= t.Start && known[k].Start < t.Start {
			k++
		}
		for j := k; j < len(known) && known[j].Start < t.End; j++ {
			m := &known[j]
			if m.Start <= t.Start && t.End <= m.End {
				s.info[i+2].gaz = gazCode(m.Kind, m.Start == t.Start, len(m.Actor) > 3)
				break
			}
		}
	}
}

// caseOf reports whether w has an upper-case and a lower-case letter.
func caseOf(w string) (upper, lower bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			upper = true
		case 'a' <= c && c <= 'z':
			lower = true
		case c >= utf8.RuneSelf:
			for _, r := range w[i:] {
				if unicode.IsUpper(r) {
					upper = true
				} else if unicode.IsLower(r) {
					lower = true
				}
			}
			return upper, lower
		}
	}
	return upper, lower
}

// static appends the features of token i that do not depend on earlier
// tags.
func (s *sentence) static(out []uint32, i int) []uint32 {
	c := s.at(i)
	m1, p1, m2, p2 := s.at(i-1), s.at(i+1), s.at(i-2), s.at(i+2)
	init := uint64(0)
	if i == 0 {
		init = 1
	}
	caps := uint64(0)
	if s.caps {
		caps = 1
	}
	out = append(out,
		mix(fBias, 0, 0),
		mix(fW0, c.lw, 0),
		mix(fWm1, m1.lw, 0),
		mix(fWp1, p1.lw, 0),
		mix(fWm2, m2.lw, 0),
		mix(fWp2, p2.lw, 0),
		mix(fWm1W0, m1.lw, c.lw),
		mix(fW0Wp1, c.lw, p1.lw),
		mix(fSh0, c.shape, caps),
		mix(fShm1, m1.shape, caps),
		mix(fShp1, p1.shape, caps),
		mix(fShm2, m2.shape, caps),
		mix(fShp2, p2.shape, caps),
		mix(fShm1Sh0, m1.shape, c.shape),
		mix(fSh0Shp1, c.shape, p1.shape),
		mix(fInitSh0, init, c.shape),
		mix(fLex0, uint64(c.lex), caps),
		mix(fLex0Sh0Init, uint64(c.lex)<<1|init, c.shape),
		mix(fLexm1, uint64(m1.lex), caps),
		mix(fLexp1, uint64(p1.lex), caps),
		mix(fGazm1, uint64(m1.gaz), 0),
		mix(fGaz0, uint64(c.gaz), 0),
		mix(fGazp1, uint64(p1.gaz), 0),
		mix(fGaz0Sh0, uint64(c.gaz), c.shape),
		mix(fLen0, uint64(min(c.n, 12)), caps),
	)
	for k := range 4 {
		if k < c.n {
			out = append(out, mix(fPre+uint64(k)<<8, c.pre[k], 0), mix(fSuf+uint64(k)<<8, c.suf[k], 0))
		}
	}
	if s.caps {
		out = append(out, mix(fCapsW0, c.lw, 0), mix(fCapsLex0, uint64(c.lex), init), mix(fCapsSh0Shp1, c.shape, p1.shape))
	} else {
		out = append(out, mix(fForm0, c.form, init))
	}
	return out
}

// dynamic appends the features of token i that depend on the two tags
// before it.
func (s *sentence) dynamic(out []uint32, i, prev1, prev2 int) []uint32 {
	c := s.at(i)
	return append(out,
		mix(fP1, uint64(prev1), 0),
		mix(fP1P2, uint64(prev1), uint64(prev2)),
		mix(fP1W0, uint64(prev1), c.lw),
		mix(fP1Sh0, uint64(prev1), c.shape),
		mix(fP1Gaz0, uint64(prev1), uint64(c.gaz)),
	)
}

// scored reports whether token i is worth scoring, given the tag before
// it: lower-case stretches are O unless they continue an entity.
func (s *sentence) scored(i, prev int) bool {
	if !s.upper[i] {
		return prev != tagO && prev != tagStart
	}
	// A common word capitalised at the start of a sentence ("The", "In")
	// begins no entity unless a capitalised word follows it.
	return i > 0 || s.caps || i+1 < s.n && s.upper[i+1] || s.at(i).lex != lexLower
}
