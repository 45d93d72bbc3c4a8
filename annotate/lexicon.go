package annotate

import (
	_ "embed"
	"encoding/binary"
	"strings"
)

// Word flags of the combined lexicon. One map lookup per token gives every
// part of the layer what it needs to know about a word.
const (
	fStop     uint32 = 1 << iota // function word: ends a noun group, left out of TopTerms
	fPos                         // positive tone
	fNeg                         // negative tone
	fActive                      // active verb (tone activity density)
	fSelf                        // first-person pronoun
	fNumWord                     // one .. ninety: value in num
	fMult                        // hundred, thousand, million, mln, dozen: multiplier in num
	fScale                       // hundreds, thousands, dozens (of): value in num
	fUnit                        // unit or currency after a number: normalised in unit
	fCurAdj                      // Canadian (dlrs), U.S. (dollars): currency in unit
	fCType                       // a count type word: type in ctype
	fSpeech                      // speech verb: lemma in lemma
	fMonth                       // month name: 1..12 in month
	fWeekday                     // weekday name: 0..6 (Sunday 0) in month
	fRole                        // role noun that may head a speaker: spokesman, minister
	fNotObj                      // verb or adverb that ends a counted noun group
	fLabel                       // label before a number that is no count: page 3, article 5
	fTimeSfx                     // a.m., p.m., GMT after a number: a time of day
	fYearPrep                    // preposition that makes a following 4-digit number a year
	fPronoun                     // personal pronoun that may be a speaker: he, she, they
	fQualEnd                     // last word of a count qualifier: than, least, about
	fDateWord                    // today, yesterday, tomorrow, tonight, last, next, this, ago
	fTheme                       // first word of a theme phrase: phrases in themes
	fCurSym                      // currency sign: $, €, £
	fArticle                     // a, an: may start "a hundred", "a dozen"
	fFuture                      // will, may, tomorrow: the sentence speaks of the future
	fIntend                      // plans, expected, is: future when "to" and a verb follow
	fSched                       // due, set: future after a form of "be" and before "to" and a verb
	fPast                        // was, met, ago: the sentence speaks of the past
	fNotPast                     // hundred, alleged: a word in -ed that is no past verb
)

// entry is what the lexicon knows about one lower-case word.
type entry struct {
	flags  uint32
	num    float64
	month  int8
	unit   string
	ctype  string
	lemma  string
	themes []int32 // theme phrases that start with this word
}

var (
	lexIndex   = map[string]int32{}
	lexEntries []entry
)

// lexAdd returns the entry of word, creating it.
func lexAdd(word string) *entry {
	if id, ok := lexIndex[word]; ok {
		return &lexEntries[id]
	}
	lexIndex[word] = int32(len(lexEntries))
	lexEntries = append(lexEntries, entry{})
	return &lexEntries[len(lexEntries)-1]
}

func lexFlag(flag uint32, words ...string) {
	for _, w := range words {
		lexAdd(w).flags |= flag
	}
}

//go:embed data/tone.txt
var toneData string

//go:embed data/words.txt
var wordsData string

// sections splits a data file into named sections of fields. Lines starting
// with # are comments; [name] starts a section.
func sections(data string, fn func(section string, fields []string)) {
	section := ""
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' && line[len(line)-1] == ']' {
			section = line[1 : len(line)-1]
			continue
		}
		fn(section, strings.Fields(line))
	}
}

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var multipliers = map[string]float64{
	"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6,
	"billion": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12, "tln": 1e12, "tn": 1e12,
}

// scales are the vague plurals of "thousands of protesters".
var scales = map[string]float64{
	"dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1e3,
	"millions": 1e6, "billions": 1e9,
}

// units maps a unit or currency word to its normalised form.
var units = map[string]string{
	"%": "percent", "pct": "percent", "percent": "percent", "percentage": "percent",
	"dlr": "USD", "dlrs": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
	"euro": "EUR", "euros": "EUR", "eur": "EUR",
	"yen": "JPY", "jpy": "JPY",
	"pound": "GBP", "pounds": "GBP", "stg": "GBP", "sterling": "GBP", "gbp": "GBP",
	"yuan": "CNY", "renminbi": "CNY", "cny": "CNY",
	"rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
	"rupee": "INR", "rupees": "INR",
	"franc": "francs", "francs": "francs",
	"mark": "DEM", "marks": "DEM",
	"cent": "cents", "cents": "cents", "cts": "cents",
	"tonne": "tonnes", "tonnes": "tonnes", "ton": "tonnes", "tons": "tonnes",
	"barrel": "barrels", "barrels": "barrels", "bbl": "barrels", "bpd": "barrels per day",
	"kilo": "kg", "kilos": "kg", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogrammes": "kg",
	"ounce": "ounces", "ounces": "ounces", "oz": "ounces",
	"km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
	"miles": "miles", "mile": "miles",
	"bushels": "bushels", "bushel": "bushels",
	"hectares": "hectares", "hectare": "hectares",
}

// currencyAdjs say which dollar, franc or pound a currency word after them
// is: "adjective unit" -> code.
var currencyAdjs = map[string]string{
	"u.s. USD": "USD", "us USD": "USD", "american USD": "USD", "canadian USD": "CAD",
	"australian USD": "AUD", "hk USD": "HKD", "h.k. USD": "HKD", "singapore USD": "SGD", "taiwan USD": "TWD",
	"zealand USD": "NZD", "french francs": "FRF", "swiss francs": "CHF", "belgian francs": "BEF",
	"egyptian GBP": "EGP", "irish GBP": "IEP", "british GBP": "GBP", "german DEM": "DEM",
}

// countTypes are GDELT's count types and the words that say them.
var countTypes = map[string][]string{
	"KILL":    {"killed", "kill", "kills", "killing", "dead", "deaths", "death", "died", "die", "dies", "fatalities", "lives", "bodies", "massacred", "slain", "executed"},
	"WOUND":   {"wounded", "injured", "injuries", "hurt", "wounding", "injuring", "casualties"},
	"ARREST":  {"arrested", "arrest", "arrests", "arresting", "detained", "detain", "detaining", "detainees", "jailed", "imprisoned", "custody", "prisoners"},
	"KIDNAP":  {"kidnapped", "kidnap", "kidnapping", "abducted", "abduct", "abducting", "hostages", "hostage", "captives", "seized hostage"},
	"PROTEST": {"protesters", "protester", "protestors", "demonstrators", "demonstrator", "marchers", "marcher", "rallied", "protested", "demonstrated", "strikers"},
	"AFFECT":  {"displaced", "evacuated", "homeless", "affected", "evacuees", "stranded", "uprooted", "fled"},
	"SEIZE":   {"seized", "seize", "seizing", "confiscated", "impounded", "captured"},
}

var months = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

var monthAbbrevs = map[string]int8{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

var weekdays = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// init builds the lexicon: the word lists of words.txt and tone.txt, the
// number, unit and date words of the tables above, the themes; then the
// lookup table.
func init() {
	sections(wordsData, addWordSection)
	sections(toneData, addToneSection)
	addNumberWords()
	addDateWords()
	for _, q := range qualifiers {
		lexAdd(q[len(q)-1]).flags |= fQualEnd
	}
	lexFlag(fArticle, "a", "an")
	for sym := range currencySymbols {
		lexFlag(fCurSym, sym)
	}
	loadThemes()
	buildLexTable()
}

// addWordSection adds the words f of one line of a section of words.txt.
func addWordSection(section string, f []string) {
	switch section {
	case "stop":
		lexFlag(fStop, f...)
	case "speech":
		// lemma: form form ...
		if len(f) < 2 || !strings.HasSuffix(f[0], ":") {
			return
		}
		lemma := strings.TrimSuffix(f[0], ":")
		for _, w := range f[1:] {
			e := lexAdd(w)
			e.flags |= fSpeech
			e.lemma = lemma
		}
	case "role":
		lexFlag(fRole, f...)
	case "notobject":
		lexFlag(fNotObj, f...)
	case "label":
		lexFlag(fLabel, f...)
	case "time":
		lexFlag(fTimeSfx, f...)
	case "yearprep":
		lexFlag(fYearPrep, f...)
	case "pronoun":
		lexFlag(fPronoun, f...)
	case "future":
		lexFlag(fFuture, f...)
	case "intend":
		lexFlag(fIntend, f...)
	case "scheduled":
		lexFlag(fSched, f...)
	case "past":
		lexFlag(fPast, f...)
	case "notpast":
		lexFlag(fNotPast, f...)
	}
}

// addToneSection adds the words f of one line of a section of tone.txt.
func addToneSection(section string, f []string) {
	switch section {
	case "positive":
		lexFlag(fPos, f...)
	case "negative":
		lexFlag(fNeg, f...)
	case "active":
		lexFlag(fActive, f...)
	case "self":
		lexFlag(fSelf, f...)
	}
}

// addNumberWords adds the words of counts: number words, multipliers,
// scales, units, currency adjectives and the words of count types.
func addNumberWords() {
	for w, v := range numberWords {
		e := lexAdd(w)
		e.flags |= fNumWord
		e.num = v
	}
	for w, v := range multipliers {
		e := lexAdd(w)
		e.flags |= fMult
		e.num = v
	}
	for w, v := range scales {
		e := lexAdd(w)
		e.flags |= fScale
		e.num = v
	}
	for w, u := range units {
		e := lexAdd(w)
		e.flags |= fUnit
		e.unit = u
	}
	for k := range currencyAdjs {
		adj, _, _ := strings.Cut(k, " ")
		lexAdd(adj).flags |= fCurAdj
	}
	for t, ws := range countTypes {
		for _, w := range ws {
			e := lexAdd(w)
			e.flags |= fCType
			e.ctype = t
		}
	}
}

// addDateWords adds the words of dates: months, their abbreviations,
// weekdays, and the words of relative dates.
func addDateWords() {
	for i, m := range months {
		e := lexAdd(m)
		e.flags |= fMonth
		e.month = int8(i + 1)
	}
	for w, m := range monthAbbrevs {
		e := lexAdd(w)
		e.flags |= fMonth
		e.month = m
	}
	for i, d := range weekdays {
		e := lexAdd(d)
		e.flags |= fWeekday
		e.month = int8(i)
	}
	lexFlag(fDateWord, "today", "tonight", "yesterday", "tomorrow", "last", "next", "this", "ago")
}

// The lexicon's lookup table, built at init from lexIndex: open addressing
// with linear probing over a power-of-two array of slots. A slot holds the
// first eight bytes of its word packed in a uint64 and the entry's flags, so
// that a word of up to eight bytes (most are) is found, flags and all, with
// one multiply to hash it and integer compares, and a longer one with one
// string compare at the end. One-byte words ("%", "a", "$") are found in
// lexByte directly.
var (
	lexSlots  []lexSlot
	lexKeys   []string // the word of each entry
	lexByte   [256]lexSlot
	lexMaxLen int
)

// lexSlot is one slot of the lookup table.
type lexSlot struct {
	key   uint64 // the word's first eight bytes, little-endian, zero-padded
	idn   uint32 // entry id plus one, and the word's length (at most 255) in the top byte; 0 marks an empty slot
	flags uint32 // the entry's flags
}

// id returns the slot's entry id, -1 for an empty slot.
func (sl *lexSlot) id() int32 { return int32(sl.idn&(1<<24-1)) - 1 }

// packWord returns the first eight bytes of w, little-endian, zero-padded.
func packWord(w string) uint64 {
	var v uint64
	for i := min(len(w), 8) - 1; i >= 0; i-- {
		v = v<<8 | uint64(w[i])
	}
	return v
}

// lexHash hashes a packed word of length n.
func lexHash(key uint64, n int) uint64 {
	return (key ^ uint64(n)<<59) * 0x9E3779B97F4A7C15 >> 32
}

// buildLexTable fills the lookup table from lexIndex.
func buildLexTable() {
	size := 1
	for size < 2*len(lexIndex) {
		size <<= 1
	}
	lexSlots = make([]lexSlot, size)
	lexKeys = make([]string, len(lexEntries))
	mask := uint64(size - 1)
	for w, id := range lexIndex {
		lexKeys[id] = w
		lexMaxLen = max(lexMaxLen, len(w))
		key := packWord(w)
		sl := lexSlot{key: key, idn: uint32(id+1) | uint32(min(len(w), 255))<<24, flags: lexEntries[id].flags}
		if len(w) == 1 {
			lexByte[w[0]] = sl
		}
		j := lexHash(key, len(w)) & mask
		for lexSlots[j].idn != 0 {
			j = (j + 1) & mask
		}
		lexSlots[j] = sl
	}
}

// lexFind returns the entry id of the lower-case word w, or -1.
func lexFind(w string) int32 {
	id, _ := lexFindPacked(w, packWord(w))
	return id
}

// lexFindPacked is [lexFind] with the word already packed by [packWord]; it
// also returns the entry's flags.
func lexFindPacked(w string, key uint64) (int32, uint32) {
	n := len(w)
	switch {
	case n == 1:
		sl := &lexByte[w[0]]
		return sl.id(), sl.flags
	case n == 0 || n > lexMaxLen:
		return -1, 0
	}
	// up to eight bytes, the packed key and the length are the word
	mask := uint64(len(lexSlots) - 1)
	for j := lexHash(key, n) & mask; ; j = (j + 1) & mask {
		sl := &lexSlots[j]
		if sl.idn == 0 {
			return -1, 0
		}
		if sl.key == key && sl.idn>>24 == uint32(min(n, 255)) && (n <= 8 || lexKeys[sl.id()] == w) {
			return sl.id(), sl.flags
		}
	}
}

// packedAt packs the word buf[s:e] as [packWord] does, with one load when
// eight bytes are there to read.
func packedAt(buf []byte, s, e int) uint64 {
	if s+8 <= len(buf) {
		v := binary.LittleEndian.Uint64(buf[s:])
		if n := e - s; n < 8 {
			v &= 1<<(8*n) - 1
		}
		return v
	}
	var v uint64
	for i := min(e, s+8) - 1; i >= s; i-- {
		v = v<<8 | uint64(buf[i])
	}
	return v
}

// lookup assigns each word token its lexicon entry and flags, counts what
// the tone needs, and notes what the text holds so that whole modules can
// be skipped.
func (sc *scanner) lookup() {
	var st toneStats
	var all uint32
	hasNum, hasQuote := false, false
	for i := range sc.toks {
		t := &sc.toks[i]
		switch t.kind {
		case kNum:
			hasNum = true
			if !t.hyph {
				st.words++
			}
			continue
		case kWord:
			if !t.hyph {
				st.words++
			}
		case kPunct:
			switch sc.text[t.s] {
			case '"', '`', '\'', 0xE2: // first bytes of the quotation marks
				hasQuote = true
			}
		}
		id, f := lexFindPacked(sc.lower[t.s:t.e], packedAt(sc.buf, int(t.s), int(t.e)))
		t.id, t.f = id, f
		all |= f
		if f&(fPos|fNeg|fActive|fSelf) == 0 {
			continue
		}
		if f&fPos != 0 {
			st.pos++
		}
		if f&fNeg != 0 {
			st.neg++
		}
		if f&fActive != 0 {
			st.active++
		}
		if f&fSelf != 0 && sc.text[t.s:t.e] != "US" {
			st.self++
		}
	}
	sc.tstats = st
	sc.all, sc.hasNum, sc.hasQuote = all, hasNum, hasQuote
}

// flags returns the lexicon flags of token i (0 when unknown or out of range).
func (sc *scanner) flags(i int) uint32 {
	if i < 0 || i >= len(sc.toks) {
		return 0
	}
	return sc.toks[i].f
}

func (sc *scanner) entry(i int) *entry {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].id < 0 {
		return nil
	}
	return &lexEntries[sc.toks[i].id]
}

// key returns the lower-case text of token i.
func (sc *scanner) key(i int) string {
	if i < 0 || i >= len(sc.toks) {
		return ""
	}
	return sc.lower[sc.toks[i].s:sc.toks[i].e]
}

// raw returns the text of token i.
func (sc *scanner) raw(i int) string {
	if i < 0 || i >= len(sc.toks) {
		return ""
	}
	return sc.text[sc.toks[i].s:sc.toks[i].e]
}

// is reports whether token i is the lower-case word w.
func (sc *scanner) is(i int, w string) bool {
	return i >= 0 && i < len(sc.toks) && sc.lower[sc.toks[i].s:sc.toks[i].e] == w
}

// isPunct reports whether token i is the punctuation p.
func (sc *scanner) isPunct(i int, p string) bool {
	return i >= 0 && i < len(sc.toks) && sc.toks[i].kind == kPunct && sc.text[sc.toks[i].s:sc.toks[i].e] == p
}

// adjacent reports whether tokens i and i+1 touch, with no space between.
func (sc *scanner) adjacent(i int) bool {
	return i >= 0 && i+1 < len(sc.toks) && sc.toks[i].e == sc.toks[i+1].s
}
