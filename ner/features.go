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
	suf   [4]uint64 // hashes of the lower-cased suffixes of 1-4 runes, once hasSuf
	n     int       // runes
	flags uint8
	gaz   uint8 // gazetteer kind and position, 0 for none
	lex   uint8 // lexicon class of the lower-cased word
	shid  uint8 // id of a common shape (see [shapeID]), 0 for others
	wid   uint8 // id of a common word (see [wordID]), 0 for others
	// hasSuf is set once suf is filled: only the token being scored needs
	// its suffixes.
	hasSuf bool
}

// padding infos for positions before and after the sentence.
var (
	padBefore = tokInfo{lw: 1, form: 1, shape: 1, shid: 1, wid: 1}
	padAfter  = tokInfo{lw: 2, form: 2, shape: 2, shid: 2, wid: 2}
)

// numWord bounds the ids of common words; id 0 stands for the others.
const numWord = 64

// commonWords are the lower-cased words found most often next to names
// in news text; they take ids 3 and up, after the pads.
var commonWords = [numWord - 3]string{
	",", "the", "said", "and", "of", ".", "in", "'s", "to", "\"", "a", "for",
	"is", "(", "on", "by", "it", "with", "from", "will", "that", "its", ")",
	"has", "at", "was", "told", ":", "also", "would", "as", "-", "are",
	"last", "had", "have", "an", "which", "he", "were", "not", "but", "be",
	"after", "this", "'", "who", "inc", "corp", "co", "ltd", "bank",
	"company", "group", "new", "u.s.", "year", "minister", "president",
	"chairman", "government",
}

// wordHashes is the lower-cased word hash of every word id: those of the
// pads, then those of commonWords; that of id 0 is unused.
var wordHashes = func() (h [numWord]uint64) {
	h[1], h[2] = padBefore.lw, padAfter.lw
	for k, w := range commonWords {
		h[k+3] = fnvString(w) // lower case already
	}
	return h
}()

// fnvString returns the hash of the runes of s, as wordInfo hashes.
func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = (h ^ uint64(r)) * fnvPrime
	}
	return h
}

// numShape bounds the ids of common shapes; id 0 stands for the others.
const numShape = 32

// commonShapes are the shapes that cover nearly all tokens of news text,
// most frequent first; they take ids 3 and up, after the pads' shapes.
var commonShapes = [numShape - 3]string{
	"x", "Xx", ".", ",", "d", "d.d", "X", "\"", "'x", "d,d", "x-x", "X.X.",
	"d,d,d", "/", "<", ">", "-", ")", "(", "d-d", "Xx.", ":", "Xx-Xx", "'",
	"XxXx", "d-x", "Xx-x", "x-x-x", "dx",
}

// shapeHashes is the shape hash of every shape id: those of the pads,
// then those of commonShapes; that of id 0 is unused.
var shapeHashes = func() (h [numShape]uint64) {
	h[1], h[2] = padBefore.shape, padAfter.shape
	for k, sh := range commonShapes {
		h[k+3] = fnvString(sh)
	}
	return h
}()

// idTable finds the small id of a hash by open addressing: entry j holds
// a hash and ids[j] its id. It is at most a quarter full, so a probe for
// an absent hash meets an empty entry soon.
type idTable struct {
	hash [idBits]uint64
	ids  [idBits]uint8
}

// idBits is the size of an idTable.
const idBits = 256

// newIDTable returns the table of the ids 1 to len(hashes)-1 of hashes.
func newIDTable(hashes []uint64) *idTable {
	t := new(idTable)
	for id := 1; id < len(hashes); id++ {
		j := idSlot(hashes[id])
		for t.hash[j] != 0 {
			j = (j + 1) % idBits
		}
		t.hash[j], t.ids[j] = hashes[id], uint8(id)
	}
	return t
}

// idSlot is the home entry of hash h in an idTable.
func idSlot(h uint64) uint64 { return h * 0x9E3779B97F4A7C15 >> 56 }

// id returns the id of hash h, 0 when it has none.
func (t *idTable) id(h uint64) uint8 {
	for j := idSlot(h); ; j = (j + 1) % idBits {
		switch t.hash[j] {
		case h:
			return t.ids[j]
		case 0:
			return 0
		}
	}
}

// shapeIDs and wordIDs find the ids of common shapes and words.
var (
	shapeIDs = newIDTable(shapeHashes[:])
	wordIDs  = newIDTable(wordHashes[:])
)

// shapeID returns the id of shape hash h, 0 when it is not common.
func shapeID(h uint64) uint8 { return shapeIDs.id(h) }

// wordID returns the id of lower-cased word hash h, 0 when it is not
// common.
func wordID(h uint64) uint8 { return wordIDs.id(h) }

// wordInfo fills the hashes and flags of word w, in one pass: the ASCII
// head of the word here, by table, with no branch on the class and one
// rune per byte (the tagger's hottest loop, on locals), then the rest
// rune by rune.
func wordInfo(w string, ti *tokInfo) {
	lw, form, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var flags, low uint8
	last := rune(-1) // the shape class of the last rune
	i := 0
	for ; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			break
		}
		a := &asciiInfo[c]
		form = (form ^ uint64(c)) * fnvPrime
		lw = (lw ^ uint64(a.lower)) * fnvPrime
		if rune(a.shape) != last {
			shape = (shape ^ uint64(a.shape)) * fnvPrime
			last = rune(a.shape)
		}
		flags |= a.flags
		low |= a.low
		if i < 4 {
			ti.pre[i] = lw
		}
	}
	if i > 0 {
		flags |= asciiInfo[w[0]].first
	}
	n := i
	if i < len(w) {
		h := wordHasher{lw: lw, form: form, shape: shape, flags: flags, low: low, last: last, n: i}
		h.rest(w[i:], ti)
		lw, form, shape, flags, low, n = h.lw, h.form, h.shape, h.flags, h.low, h.n
	}
	for k := n; k < 4; k++ {
		ti.pre[k] = lw
	}
	if flags&flagLetter != 0 && low == 0 {
		flags |= flagAllCaps
	}
	ti.lw, ti.form, ti.shape, ti.n, ti.flags = lw, form, shape, n, flags
	ti.shid = shapeID(shape)
	ti.wid = wordID(lw)
}

// wordHasher is the state of wordInfo's pass over a word: the hashes of
// the lower-cased word, of its form and of its shape, its flags, whether a
// lower-case letter was seen, the shape class of the last rune (-1 before
// the first) and the runes read.
type wordHasher struct {
	lw, form, shape uint64
	flags, low      uint8
	last            rune
	n               int
}

// rest reads w, the word from its first non-ASCII rune on, rune by rune.
func (h *wordHasher) rest(w string, ti *tokInfo) {
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		i += size
		h.form = (h.form ^ uint64(r)) * fnvPrime
		s, lr := h.class(r)
		h.lw = (h.lw ^ uint64(lr)) * fnvPrime
		if s != h.last {
			h.shape = (h.shape ^ uint64(s)) * fnvPrime
			h.last = s
		}
		if h.n < 4 {
			ti.pre[h.n] = h.lw
		}
		h.n++
	}
}

// class returns the shape class of rune r (X, x, d, or r itself) and its
// lower case, and adds its flags.
func (h *wordHasher) class(r rune) (shape, lower rune) {
	switch {
	case r < utf8.RuneSelf:
		// ASCII, by table: no branch on the class.
		a := &asciiInfo[r]
		h.flags |= a.flags
		h.low |= a.low
		if h.n == 0 {
			h.flags |= a.first
		}
		return rune(a.shape), rune(a.lower)
	case unicode.IsUpper(r):
		h.flags |= flagLetter | flagHasUpper
		if h.n == 0 {
			h.flags |= flagCap
		}
		return 'X', unicode.ToLower(r)
	case unicode.IsLetter(r):
		h.flags |= flagLetter
		h.low = 1
		return 'x', r
	case unicode.IsDigit(r):
		h.flags |= flagDigit
		return 'd', r
	}
	return r, r
}

// suffixes fills the suffix hashes of word w.
func suffixes(w string, ti *tokInfo) {
	// Read backwards.
	h := uint64(fnvOffset) ^ 0xA5
	for i, k := len(w), 0; i > 0 && k < 4; k++ {
		r := rune(w[i-1])
		if r < utf8.RuneSelf {
			i--
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			var size int
			r, size = utf8.DecodeLastRuneInString(w[:i])
			i -= size
			r = unicode.ToLower(r)
		}
		h = (h ^ uint64(r)) * fnvPrime
		ti.suf[k] = h
		if i == 0 {
			for j := k + 1; j < 4; j++ {
				ti.suf[j] = h
			}
		}
	}
	ti.hasSuf = true
}

// asciiByte is what wordInfo needs of an ASCII character: its shape
// character, its lower case, the flags it sets and those it sets as the
// first character.
type asciiByte struct {
	shape, lower byte
	flags, first uint8
	low          uint8 // 1 for a lower-case letter
}

// asciiInfo describes every ASCII character as the general case of
// wordInfo would.
var asciiInfo = func() (t [utf8.RuneSelf]asciiByte) {
	for c := range byte(utf8.RuneSelf) {
		a := asciiByte{shape: c, lower: c}
		switch {
		case 'a' <= c && c <= 'z':
			a.shape, a.low, a.flags = 'x', 1, flagLetter
		case 'A' <= c && c <= 'Z':
			a.shape, a.lower, a.flags, a.first = 'X', c+'a'-'A', flagLetter|flagHasUpper, flagCap
		case '0' <= c && c <= '9':
			a.shape, a.flags = 'd', flagDigit
		}
		t[c] = a
	}
	return t
}()

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
	done  []uint8   // how much of the info of token i is filled: infoWord, infoLex
	gaz   []uint8   // gazetteer code of token i, copied to its info
	caps  bool      // a headline: letters, none lower case
	n     int
	text  string
	toks  []dyad.Token
	lexer lexer
	model *Model // lexer, when it is a model: called without an interface
}

// How much of a token's info is filled.
const (
	infoWord = 1 + iota // all but the lexicon class and the suffixes
	infoLex             // and the lexicon class
)

// at returns the info of token i of the sentence (may be a pad).
func (s *sentence) at(i int) *tokInfo {
	if i < 0 || i >= s.n {
		return &s.info[i+2]
	}
	ti := &s.info[i+2]
	if s.done[i] != infoLex {
		if s.done[i] == 0 {
			s.fill(i)
		}
		s.done[i] = infoLex
		if s.model != nil {
			ti.lex = s.model.lex(ti.lw)
		} else if s.lexer != nil {
			ti.lex = s.lexer.lex(ti.lw)
		}
	}
	return ti
}

// word returns the info of token i of the sentence (may be a pad) as at
// does, but without its lexicon class, which it may leave unset: the
// tokens two away from the one scored need no more.
func (s *sentence) word(i int) *tokInfo {
	if i < 0 || i >= s.n {
		return &s.info[i+2]
	}
	if s.done[i] == 0 {
		s.fill(i)
		s.done[i] = infoWord
	}
	return &s.info[i+2]
}

// fill computes the info of token i, but its lexicon class.
func (s *sentence) fill(i int) {
	ti := &s.info[i+2]
	*ti = tokInfo{gaz: s.gaz[i]}
	t := s.toks[i]
	w := ""
	if 0 <= t.Start && t.Start <= t.End && t.End <= len(s.text) {
		w = s.text[t.Start:t.End]
	}
	wordInfo(w, ti)
}

// centre returns the info of token i of the sentence with its suffixes.
func (s *sentence) centre(i int) *tokInfo {
	ti := s.at(i)
	if !ti.hasSuf && 0 <= i && i < s.n {
		t := s.toks[i]
		w := ""
		if 0 <= t.Start && t.Start <= t.End && t.End <= len(s.text) {
			w = s.text[t.Start:t.End]
		}
		suffixes(w, ti)
	}
	return ti
}

// load readies s for the tokens toks of text, marking gazetteer mentions
// from known (ordered by Start).
func (s *sentence) load(text string, toks []dyad.Token, known []dyad.Mention, lx lexer) {
	s.scan(text, toks, lx)
	s.mark(known)
}

// scan readies s for the tokens toks of text, with what every token
// needs whether it is scored or not: whether it has an upper-case letter
// and whether the sentence is a headline. It reports whether the tagger
// could find an entity there: some token starts with an upper-case
// letter, and not only the first when that is a common word at the start
// of running text ("The", "In"), which [sentence.scored] would pass over
// like every lower-case token after it.
func (s *sentence) scan(text string, toks []dyad.Token, lx lexer) bool {
	n := len(toks)
	s.n, s.text, s.toks, s.lexer = n, text, toks, lx
	s.model, _ = lx.(*Model)
	if cap(s.info) < n+4 {
		s.info = make([]tokInfo, n+4)
		s.upper = make([]bool, n)
		s.done = make([]uint8, n)
		s.gaz = make([]uint8, n)
	}
	s.info = s.info[:n+4]
	s.upper, s.done, s.gaz = s.upper[:n], s.done[:n], s.gaz[:n]
	clear(s.done)
	clear(s.gaz)
	s.info[0], s.info[1] = padBefore, padBefore
	s.info[n+2], s.info[n+3] = padAfter, padAfter
	hasUpper, anyLower := false, false
	starts := 0 // tokens that start with an upper-case letter
	uppers := 0 // tokens with an upper-case letter
	for i, t := range toks {
		if t.Start < 0 || t.Start > t.End || t.End > len(text) {
			s.upper[i] = false
			continue
		}
		var up, lo, first bool
		if k := t.End - t.Start; k <= 8 && t.Start+8 <= len(text) {
			// A short word: one load, as caseAt does.
			v := load64(text, t.Start) & (^uint64(0) >> (64 - 8*k))
			if v&highs == 0 {
				u := (v + (0x80-'A')*ones) &^ (v + (0x80-'Z'-1)*ones) & highs
				l := (v + (0x80-'a')*ones) &^ (v + (0x80-'z'-1)*ones) & highs
				up, lo, first = u != 0, l != 0, u&0x80 != 0
			} else {
				up, lo = caseOf(text[t.Start:t.End])
				first = up && startsUpper(text[t.Start:t.End])
			}
		} else {
			up, lo = caseAt(text, t.Start, t.End)
			first = up && startsUpper(text[t.Start:t.End])
		}
		s.upper[i] = up
		if up {
			uppers++
			if first {
				starts++
			}
		}
		hasUpper = hasUpper || up
		anyLower = anyLower || lo
	}
	s.caps = hasUpper && !anyLower
	switch {
	case starts == 0:
		return false
	case uppers == 1 && s.upper[0] && !s.caps:
		return s.at(0).lex != lexLower
	}
	return true
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// mark marks the tokens of s that lie in mentions of known (ordered by
// Start) with their gazetteer codes.
func (s *sentence) mark(known []dyad.Mention) {
	k := 0
	for i, t := range s.toks {
		if k == len(known) {
			break
		}
		for k < len(known) && known[k].End <= t.Start && known[k].Start < t.Start {
			k++
		}
		for j := k; j < len(known) && known[j].Start < t.End; j++ {
			m := &known[j]
			if m.Start <= t.Start && t.End <= m.End {
				s.gaz[i] = gazCode(m.Kind, m.Start == t.Start, len(m.Actor) > 3)
				s.info[i+2].gaz = s.gaz[i] // in case scan filled it
				break
			}
		}
	}
}

// Byte classes for caseOf.
const (
	byteUpper = 1 << iota
	byteLower
	byteMulti // part of a multi-byte rune
)

// byteClass classifies every byte value for caseOf.
var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = byteUpper
		case 'a' <= c && c <= 'z':
			t[c] = byteLower
		case c >= utf8.RuneSelf:
			t[c] = byteMulti
		}
	}
	return t
}()

// Word-at-a-time constants for caseAt: ones has 1 in every byte, highs
// the top bit of every byte.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// caseAt reports whether text[start:end] has an upper-case and a
// lower-case letter, as caseOf does, reading ASCII text eight bytes at a
// time: 0 <= start <= end <= len(text).
func caseAt(text string, start, end int) (upper, lower bool) {
	var u, l uint64
	i := start
	for ; i < end && i+8 <= len(text); i += 8 {
		v := load64(text, i)
		if k := end - i; k < 8 {
			v &= 1<<(8*k) - 1 // the bytes past the word are 0: no letter
		}
		if v&highs != 0 {
			return caseOf(text[start:end])
		}
		// For bytes below 0x80, adding 0x80-c sets the top bit of a
		// byte exactly when it is c or more, with no carry out of it.
		u |= (v + (0x80-'A')*ones) &^ (v + (0x80-'Z'-1)*ones)
		l |= (v + (0x80-'a')*ones) &^ (v + (0x80-'z'-1)*ones)
	}
	upper, lower = u&highs != 0, l&highs != 0
	if i < end {
		// Near the end of text: byte by byte.
		up, lo := caseOf(text[i:end])
		upper, lower = upper || up, lower || lo
	}
	return upper, lower
}

// load64 returns the eight bytes of s at i as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// caseOf reports whether w has an upper-case and a lower-case letter.
func caseOf(w string) (upper, lower bool) {
	var c uint8
	for i := 0; i < len(w); i++ {
		c |= byteClass[w[i]]
	}
	if c&byteMulti != 0 {
		for _, r := range w {
			if unicode.IsUpper(r) {
				upper = true
			} else if unicode.IsLower(r) {
				lower = true
			}
		}
		return upper, lower
	}
	return c&byteUpper != 0, c&byteLower != 0
}

// static appends the features of token i that do not depend on earlier
// tags: the hashed ones of hashedStatic, then those of small-valued
// templates, which the tagger sums in advance (see [dense]).
func (s *sentence) static(out []uint32, i int) []uint32 {
	var keys [maxKeys]uint32
	out = append(out, keys[:s.hashedStatic(&keys, i)]...)
	c, m1, p1 := s.at(i), s.at(i-1), s.at(i+1)
	init, caps := s.flagsAt(i)
	out = append(out,
		mix(fBias, 0, 0),
		mix(fLex0, uint64(c.lex), caps),
		mix(fLexm1, uint64(m1.lex), caps),
		mix(fLexp1, uint64(p1.lex), caps),
		mix(fGazm1, uint64(m1.gaz), 0),
		mix(fGaz0, uint64(c.gaz), 0),
		mix(fGazp1, uint64(p1.gaz), 0),
		mix(fLen0, uint64(min(c.n, numLen-1)), caps),
	)
	if s.caps {
		out = append(out, mix(fCapsLex0, uint64(c.lex), init))
	}
	return out
}

// flagsAt returns 1 for a token at the start of the sentence and for a
// headline, else 0.
func (s *sentence) flagsAt(i int) (init, caps uint64) {
	if i == 0 {
		init = 1
	}
	if s.caps {
		caps = 1
	}
	return init, caps
}

// hashedStatic writes to keys the features of token i that do not depend
// on earlier tags and take values from large sets (words, shapes,
// affixes), and returns how many it wrote: those of centreKeys, then
// those of contextKeys.
func (s *sentence) hashedStatic(keys *[maxKeys]uint32, i int) int {
	n := s.centreKeys(keys[:0], i)
	return n + s.contextKeys(keys[n:n], i)
}

// centreKeys appends to keys the hashed features of token i that depend
// on nothing but the word as written, whether it starts the sentence and
// whether the sentence is a headline, and returns how many it appended.
func (s *sentence) centreKeys(keys []uint32, i int) int {
	c := s.centre(i)
	init, caps := s.flagsAt(i)
	keys = append(keys,
		mix(fW0, c.lw, 0),
		mix(fSh0, c.shape, caps),
		mix(fInitSh0, init, c.shape),
		mix(fLex0Sh0Init, uint64(c.lex)<<1|init, c.shape),
	)
	if s.caps {
		keys = append(keys, mix(fCapsW0, c.lw, 0))
	} else {
		keys = append(keys, mix(fForm0, c.form, init))
	}
	for k := range min(c.n, 4) {
		keys = append(keys, mix(fPre+uint64(k)<<8, c.pre[k], 0), mix(fSuf+uint64(k)<<8, c.suf[k], 0))
	}
	return len(keys)
}

// contextKeys appends to keys the other hashed static features of token
// i, those of its neighbours (neighbourKeys) and that of its gazetteer
// code and shape, and returns how many it appended.
func (s *sentence) contextKeys(keys []uint32, i int) int {
	n := s.neighbourKeys(keys, i)
	c := s.at(i)
	keys = append(keys[:n], mix(fGaz0Sh0, uint64(c.gaz), c.shape))
	return len(keys)
}

// neighbourKeys appends to keys the hashed static features of token i
// that depend on its neighbours, and returns how many it appended.
func (s *sentence) neighbourKeys(keys []uint32, i int) int {
	c := s.at(i)
	m1, p1, m2, p2 := s.at(i-1), s.at(i+1), s.at(i-2), s.at(i+2)
	_, caps := s.flagsAt(i)
	keys = append(keys,
		mix(fWm1, m1.lw, 0),
		mix(fWp1, p1.lw, 0),
		mix(fWm2, m2.lw, 0),
		mix(fWp2, p2.lw, 0),
		mix(fWm1W0, m1.lw, c.lw),
		mix(fW0Wp1, c.lw, p1.lw),
		mix(fShm1, m1.shape, caps),
		mix(fShp1, p1.shape, caps),
		mix(fShm2, m2.shape, caps),
		mix(fShp2, p2.shape, caps),
		mix(fShm1Sh0, m1.shape, c.shape),
		mix(fSh0Shp1, c.shape, p1.shape),
	)
	if s.caps {
		keys = append(keys, mix(fCapsSh0Shp1, c.shape, p1.shape))
	}
	return len(keys)
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
