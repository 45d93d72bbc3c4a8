package annotate

import (
	"math"
	"strconv"
	"strings"

	"dyad"
)

// qualifiers are the words before a number that qualify it, longest first
// within each first word.
var qualifiers = [][]string{
	{"more", "than"}, {"as", "many", "as"}, {"as", "much", "as"}, {"at", "least"}, {"at", "most"},
	{"up", "to"}, {"less", "than"}, {"fewer", "than"}, {"close", "to"}, {"just", "over"},
	{"just", "under"}, {"well", "over"}, {"in", "excess", "of"}, {"upwards", "of"},
	{"an", "estimated"}, {"estimated"}, {"about"}, {"around"}, {"approximately"}, {"nearly"},
	{"almost"}, {"some"}, {"roughly"}, {"over"}, {"under"}, {"only"}, {"just"}, {"exactly"},
	{"over"}, {"below"}, {"above"}, {"barely"},
}

// currencySymbols maps a currency sign to its code.
var currencySymbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB"}

// dollarPrefixes are the letters glued before a dollar sign: US$, HK$.
var dollarPrefixes = map[string]string{"us": "USD", "u.s.": "USD", "hk": "HKD", "a": "AUD", "c": "CAD", "nz": "NZD", "s": "SGD"}

// gluedSuffixes are the letters glued after a number: 3bn, 5m, 10k, 5pct.
var gluedSuffixes = map[string]float64{"m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "k": 1e3, "tn": 1e12, "pct": -1}

// determiners are skipped between "of" and a counted noun.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true, "this": true, "that": true, "these": true, "those": true}

// quantity is a number read from the tokens.
type quantity struct {
	value float64
	end   int    // last token of the number
	qual  string // from "thousands of"
	unit  string // from a glued suffix: 5pct
}

// readQuantity reads a number starting at token i: digits ("900,000",
// "1.2 million", "3bn"), number words ("twelve", "two dozen", "twenty-five"),
// or a vague plural ("thousands of", "tens of thousands of").
func (sc *scanner) readQuantity(i int) (quantity, bool) {
	switch sc.toks[i].kind {
	case kNum:
		return sc.readDigits(i)
	case kWord:
		return sc.readNumberWords(i)
	}
	return quantity{}, false
}

// readDigits reads a number written in digits at token i, with a glued
// suffix ("3bn", "5pct"), a fraction after it ("4-1/4") and a scale word
// ("1.2 million").
func (sc *scanner) readDigits(i int) (quantity, bool) {
	var q quantity
	s := sc.key(i)
	j := len(s)
	for j > 0 && isASCIILetter(s[j-1]) {
		j--
	}
	v, ok := parseNumber(s[:j])
	if !ok {
		return q, false
	}
	if j < len(s) {
		m, ok := gluedSuffixes[s[j:]]
		if !ok {
			return q, false // 1st, 10th, 3rd
		}
		if m < 0 {
			q.unit = "percent"
		} else {
			v *= m
		}
	}
	q.value, q.end = v, i
	// 4-1/4 is four and a quarter; in a range (10-15) the count keeps
	// the first number
	if i+1 < len(sc.toks) && sc.toks[i+1].kind == kNum && sc.toks[i+1].hyph {
		if f, ok := fraction(sc.raw(i + 1)); ok {
			v += f
		}
		q.value, q.end = v, i+1
	}
	q.value, q.end = sc.multiply(q.value, q.end)
	return q, true
}

// readNumberWords reads a number written in words at token i ("twelve",
// "two dozen", "one hundred and twenty"), "a" or "an" before a multiplier
// ("a dozen"), or a vague plural (by readScale).
func (sc *scanner) readNumberWords(i int) (quantity, bool) {
	e := sc.entry(i)
	if e == nil {
		return quantity{}, false
	}
	switch {
	case e.flags&fScale != 0:
		return sc.readScale(i)
	case e.flags&fNumWord != 0:
	case (sc.key(i) == "a" || sc.key(i) == "an") && sc.flags(i+1)&fMult != 0 && sc.toks[i+1].kind == kWord:
	default:
		return quantity{}, false
	}
	cur := 1.0
	if e.flags&fNumWord != 0 {
		cur = e.num
	}
	v, end := sc.numberWordsFrom(i, cur)
	return quantity{value: v, end: end}, true
}

// numberWordsFrom adds the number words after token i to cur, the value of
// token i, and returns the number and its last token.
func (sc *scanner) numberWordsFrom(i int, cur float64) (float64, int) {
	total := 0.0
	j := i
	for k := i + 1; k < len(sc.toks); k++ {
		f := sc.flags(k)
		switch {
		case f&fNumWord != 0 && sc.toks[k].hyph && cur >= 20 && int(cur)%10 == 0 && lexEntries[sc.toks[k].id].num < 10:
			cur += lexEntries[sc.toks[k].id].num // twenty-five
		case f&fNumWord != 0 && !sc.toks[k].hyph && cur >= 20 && int(cur)%10 == 0 && lexEntries[sc.toks[k].id].num < 10 && !sc.is(k-1, "hundred") && j == k-1:
			cur += lexEntries[sc.toks[k].id].num // twenty five
		case f&fMult != 0 && sc.toks[k].kind == kWord && !sc.toks[k].hyph:
			m := lexEntries[sc.toks[k].id].num
			if m == 100 || m == 12 {
				cur *= m
			} else {
				total += cur * m
				cur = 0
			}
		case sc.is(k, "and") && sc.is(k-1, "hundred") && sc.flags(k+1)&fNumWord != 0:
			continue // one hundred and twenty
		case f&fNumWord != 0 && sc.is(k-1, "and") && sc.is(k-2, "hundred"):
			cur += lexEntries[sc.toks[k].id].num
		case f&fNumWord != 0 && sc.is(k-1, "hundred") && j == k-1:
			cur += lexEntries[sc.toks[k].id].num // one hundred twenty
		default:
			return total + cur, j
		}
		j = k
	}
	return total + cur, j
}

// quantityWord reports whether the word token i may start a quantity read
// by [scanner.readQuantity]: a number word, a vague plural, or "a" or "an"
// before a multiplier. It is the cheap test that lets counts skip the other
// words.
func (sc *scanner) quantityWord(i int) bool {
	t := sc.toks[i]
	if t.kind != kWord || t.f == 0 {
		return false
	}
	if t.f&(fScale|fNumWord) != 0 {
		return true
	}
	return t.e-t.s <= 2 && (sc.is(i, "a") || sc.is(i, "an")) && sc.flags(i+1)&fMult != 0 && sc.toks[i+1].kind == kWord
}

// multiply applies the multiplier words after a number: 1.2 million.
func (sc *scanner) multiply(v float64, end int) (float64, int) {
	for k := end + 1; k < len(sc.toks); k++ {
		if sc.flags(k)&fMult == 0 || sc.toks[k].kind != kWord {
			break
		}
		v *= lexEntries[sc.toks[k].id].num
		end = k
	}
	return v, end
}

// readScale reads "thousands of", "tens of thousands of".
func (sc *scanner) readScale(i int) (quantity, bool) {
	v := sc.entry(i).num
	j := i
	if !sc.is(j+1, "of") && sc.flags(i-1)&fCType != 0 {
		// "wounded hundreds"
		return quantity{value: v, end: i, qual: sc.key(i)}, true
	}
	for {
		if !sc.is(j+1, "of") {
			return quantity{}, false
		}
		if e := sc.entry(j + 2); e != nil && e.flags&fScale != 0 && e.num > v {
			v *= e.num
			j += 2
			continue
		}
		break
	}
	j++ // of
	q := quantity{value: v, end: j, qual: strings.ToLower(sc.text[sc.toks[i].s:sc.toks[j].e])}
	return q, true
}

// qualifierBefore returns the qualifier ending just before token i, and the
// token where it starts.
func (sc *scanner) qualifierBefore(i int) (string, int) {
	best, bestStart := "", i
	if sc.flags(i-1)&fQualEnd == 0 {
		return best, bestStart
	}
	for _, q := range qualifiers {
		n := len(q)
		if i-n < 0 || i-n >= bestStart {
			continue
		}
		ok := true
		for k, w := range q {
			if sc.used[i-n+k] || !sc.is(i-n+k, w) {
				ok = false
				break
			}
		}
		if ok {
			best, bestStart = strings.Join(q, " "), i-n
		}
	}
	return best, bestStart
}

// groupable reports whether token k may be part of a counted noun group.
func (sc *scanner) groupable(k int) bool {
	if k >= len(sc.toks) || sc.toks[k].kind != kWord || sc.used[k] {
		return false
	}
	f := sc.flags(k)
	return f&(fStop|fNotObj|fMult|fNumWord|fMonth|fWeekday|fTimeSfx) == 0 && f&fSpeech == 0
}

// nounGroup reads the noun group starting at k ("Chinese cars") and returns
// the index of its head (last word) and of its last token; head is -1 when
// there is none. skipped is a participle before the group ("displaced").
func (sc *scanner) nounGroup(k int) (head, skipped int) {
	head, skipped = -1, -1
	if k < len(sc.toks) && sc.toks[k].kind == kWord && !sc.used[k] && !sc.lineBreak(k) && isParticiple(sc.key(k)) && sc.groupable(k+1) && !sc.lineBreak(k+1) {
		skipped = k // "displaced" in "300 displaced people"
		k++
	}
	for n := 0; n < 4 && sc.groupable(k) && !sc.lineBreak(k); n++ {
		if n > 0 && (isParticiple(sc.key(k)) || strings.HasSuffix(sc.key(k), "ing") || sc.toks[k].cap && !sc.toks[k-1].cap) {
			break // "weeks ended", "cars Russia"
		}
		head = k
		k++
		if isPlural(sc.key(head)) {
			break // "4.4 million people face acute hunger"
		}
	}
	if head >= 0 && (isParticiple(sc.key(head)) || strings.HasSuffix(sc.key(head), "ing") || fractions[sc.key(head)]) {
		return -1, skipped
	}
	return head, skipped
}

// irregularPlurals are plural nouns without a final s.
var irregularPlurals = map[string]bool{"people": true, "children": true, "men": true, "women": true, "police": true, "personnel": true, "cattle": true, "sheep": true, "staff": true, "livestock": true, "aircraft": true, "feet": true, "fish": true, "youth": true, "militia": true, "infantry": true}

// isPlural reports whether a lower-case noun looks plural.
func isPlural(w string) bool {
	n := len(w)
	return irregularPlurals[w] || n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}

// fractions are nouns after a number that make it a fraction, not a count.
var fractions = map[string]bool{"half": true, "halves": true, "third": true, "thirds": true, "quarter": true, "quarters": true, "fifths": true, "tenths": true}

// isParticiple reports whether a lower-case word looks like a past
// participle: killed, ended.
func isParticiple(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// lineBreak reports whether a line break separates tokens k-1 and k.
func (sc *scanner) lineBreak(k int) bool {
	if k <= 0 || k >= len(sc.toks) {
		return false
	}
	return strings.IndexByte(sc.text[sc.toks[k-1].e:sc.toks[k].s], '\n') >= 0
}

// endsClause reports whether token k ends a clause for the search of count
// type words.
func (sc *scanner) endsClause(k int) bool {
	if k < 0 || k >= len(sc.toks) || sc.toks[k].kind != kPunct {
		return false
	}
	switch sc.raw(k) {
	case ".", ";", "!", "?", ":", "(", ")":
		return true
	}
	return false
}

func (sc *scanner) ctypeAt(k int) string {
	if e := sc.entry(k); e != nil && e.flags&fCType != 0 {
		return e.ctype
	}
	return ""
}

// counts finds numbers with what they count. The result is the scanner's
// scratch, valid until the next call.
func (sc *scanner) counts() []dyad.Count {
	if !sc.hasNum && sc.all&(fScale|fNumWord) == 0 && sc.all&(fArticle|fMult) != fArticle|fMult {
		return nil // no digits, no number words: no counts
	}
	out := sc.cbuf[:0]
	defer func() { sc.cbuf = out }()
	for i := 0; i < len(sc.toks); i++ {
		if sc.used[i] {
			continue
		}
		c, resume, ok := sc.countAt(i)
		if ok {
			out = append(out, c)
		}
		i = resume
	}
	return out
}

// countAt reads a count at token i: a number with its qualifier, unit,
// counted noun and type. It returns the count, the token after which the
// scan goes on, and whether there is a count.
func (sc *scanner) countAt(i int) (c dyad.Count, resume int, ok bool) {
	toks := sc.toks
	start, n, unit, ok := sc.numberAt(i)
	if !ok {
		return c, i, false
	}
	q, ok := sc.readQuantity(n)
	if !ok || sc.used[q.end] {
		return c, i, false
	}
	if q.unit != "" {
		unit = q.unit
	}
	if sc.notCounted(start, n, q.end) {
		return c, q.end, false
	}
	qual, qstart := sc.qualifierBefore(start)
	if q.qual != "" {
		qual = q.qual
	} else if qual != "" {
		start = qstart
	}
	unit, end, next := sc.unitAfter(unit, q.end)
	if unit == "" && q.qual == "" {
		if _, isYear := sc.yearValue(n); isYear && qual == "" {
			return c, q.end, false
		}
	}
	object := ""
	head, skipped := sc.countedNoun(next, end, unit)
	if head >= 0 {
		object = sc.raw(head)
		end = max(end, head)
	}
	ctype := sc.countType(start, max(end, q.end)+1, head, skipped)
	if object == "" && unit == "" && ctype == "" {
		return c, q.end, false
	}
	if (sc.is(n, "one") || sc.is(n, "a")) && q.end == n && object == "" {
		return c, q.end, false
	}
	return dyad.Count{
		Sentence:  int(toks[n].sent),
		Number:    round12(q.value),
		Qualifier: qual,
		Object:    object,
		Unit:      unit,
		Type:      ctype,
		Span:      dyad.Span{Start: int(toks[start].s), End: int(toks[end].e)},
	}, end, true
}

// numberAt reports whether a count may start at token i: a number, a
// number word, or a currency sign before a number ($3, US$5). It returns
// where the count starts, the token of its number, and the currency of
// the sign.
func (sc *scanner) numberAt(i int) (start, n int, unit string, ok bool) {
	toks := sc.toks
	start, n = i, i
	if toks[i].kind == kPunct {
		if toks[i].f&fCurSym == 0 {
			return 0, 0, "", false
		}
		u, ok := currencySymbols[sc.raw(i)]
		if !ok || i+1 >= len(toks) || toks[i+1].kind != kNum {
			return 0, 0, "", false
		}
		if p, ok := dollarPrefixes[sc.key(i-1)]; ok && sc.raw(i) == "$" && sc.adjacent(i-1) {
			u, start = p, i-1
		}
		unit, n = u, i+1
	} else if toks[i].kind != kNum && (toks[i].f&(fScale|fNumWord|fArticle) == 0 || !sc.quantityWord(i)) {
		return 0, 0, "", false
	}
	if toks[n].kind != kNum && toks[n].kind != kWord {
		return 0, 0, "", false
	}
	return start, n, unit, true
}

// notCounted reports what a number at token n (the count starting at
// start, the quantity ending at qend) is not: a time, a label, a model, a
// year.
func (sc *scanner) notCounted(start, n, qend int) bool {
	toks := sc.toks
	if sc.flags(qend+1)&fTimeSfx != 0 || sc.flags(n-1)&fLabel != 0 && toks[n].kind == kNum ||
		sc.isPunct(n-1, "#") {
		return true
	}
	// F-16, Boeing 737, Resolution 2231
	return toks[n].kind == kNum && n == start && n > 0 && toks[n-1].kind == kWord &&
		(toks[n].hyph || toks[n-1].cap && sc.flags(n-1)&(fStop|fMonth) == 0 && !sc.sentenceStart(n-1))
}

// unitAfter reads the unit after a quantity ending at token qend: 3 mln
// dlrs, 5 pct, 10 per cent, 5 Canadian dlrs. It returns the unit (unit
// when none follows), the last token of the count so far, and the token
// after it.
func (sc *scanner) unitAfter(unit string, qend int) (_ string, end, next int) {
	toks := sc.toks
	end, next = qend, qend+1
	switch {
	case sc.isPunct(next, "%"):
		unit, end, next = "percent", next, next+1
	case sc.is(next, "per") && sc.is(next+1, "cent"):
		unit, end, next = "percent", next+1, next+2
	case sc.flags(next)&fCurAdj != 0 && sc.flags(next+1)&fUnit != 0 && currencyAdjs[sc.key(next)+" "+lexEntries[toks[next+1].id].unit] != "":
		unit, end, next = currencyAdjs[sc.key(next)+" "+lexEntries[toks[next+1].id].unit], next+1, next+2
	case sc.is(next, "new") && sc.is(next+1, "zealand") && sc.flags(next+2)&fUnit != 0:
		unit, end, next = "NZD", next+2, next+3
	case sc.flags(next)&fUnit != 0 && toks[next].kind != kPunct && !sc.lineBreak(next):
		if !(sc.key(next) == "marks" || sc.key(next) == "mark") || unit == "" {
			unit, end, next = lexEntries[toks[next].id].unit, next, next+1
		}
	}
	if unit == "percent" && sc.is(next, "points") {
		end, next = next, next+1
	}
	if unit == "barrels" && (sc.is(next, "per") || sc.is(next, "a")) && sc.is(next+1, "day") {
		unit, end, next = "barrels per day", next+1, next+2
	}
	return unit, end, next
}

// countedNoun finds the head of the counted noun at token next, after a
// count ending at end with unit: -1 when there is none. skipped is, as
// nounGroup says, a participle before the group ("displaced"), or -1.
func (sc *scanner) countedNoun(next, end int, unit string) (head, skipped int) {
	toks := sc.toks
	head, skipped = -1, -1
	switch {
	case next < len(toks) && toks[next].hyph && toks[next].kind == kWord && unit == "":
		if sc.groupable(next) {
			head = next // two-day visit
		}
	case unit != "" && toks[end].hyph:
		head, skipped = sc.nounGroup(next) // a 500 mln-dlr loan
	case unit != "" && sc.groupable(next):
		head, skipped = sc.nounGroup(next) // a $1.5 billion investment, a 5 pct stake
	case unit != "":
		if sc.is(next, "of") || (sc.is(next, "in") && unit != "percent" && !determiners[sc.key(next+1)]) || (sc.is(next, "worth") && sc.is(next+1, "of")) {
			k := next + 1
			if sc.is(next, "worth") {
				k++
			}
			if determiners[sc.key(k)] {
				k++
			}
			head, skipped = sc.nounGroup(k)
		}
	default:
		head, skipped = sc.nounGroup(next)
	}
	return head, skipped
}

// countType says what happened to what is counted: a verb next to the
// count says it best ("detained 100 demonstrators" is ARREST), the counted
// noun otherwise ("hostages" is KIDNAP). The count starts at start and
// after is the token after it; head and skipped are countedNoun's.
func (sc *scanner) countType(start, after, head, skipped int) string {
	ctype := ""
	if skipped >= 0 {
		ctype = sc.ctypeAt(skipped)
	}
	for k := after; ctype == "" && k < after+4 && k < len(sc.toks) && !sc.endsClause(k) && !sc.is(k, "and") && !sc.isPunct(k, ","); k++ {
		ctype = sc.ctypeAt(k)
	}
	for k := start - 1; ctype == "" && k >= start-3 && k >= 0 && !sc.endsClause(k) && !sc.is(k, "and") && !sc.isPunct(k, ","); k-- {
		ctype = sc.ctypeAt(k)
	}
	if ctype == "" && head >= 0 {
		ctype = sc.ctypeAt(head)
	}
	return ctype
}

// sentenceStart reports whether token k begins a sentence.
func (sc *scanner) sentenceStart(k int) bool {
	if k <= 0 {
		return true
	}
	if sc.toks[k].sent != sc.toks[k-1].sent {
		return true
	}
	switch sc.raw(k - 1) {
	case ".", "!", "?", "\"", "“", "(", ":", "``":
		return true
	}
	return false
}

// fraction parses "1/4" into 0.25; only proper fractions with small parts.
func fraction(s string) (float64, bool) {
	a, b, ok := strings.Cut(s, "/")
	if !ok || len(a) == 0 || len(b) == 0 || len(a) > 2 || len(b) > 2 {
		return 0, false
	}
	x, ok1 := parseNumber(a)
	y, ok2 := parseNumber(b)
	if !ok1 || !ok2 || y == 0 || x >= y {
		return 0, false
	}
	return x / y, true
}

// round12 rounds to 12 significant digits, so that 51.73 billion prints as
// 5.173e+10 and not with the float error of the multiplication.
func round12(v float64) float64 {
	if v == math.Trunc(v) && math.Abs(v) < 1e12 {
		return v // a whole number of at most 12 digits is exact
	}
	var buf [32]byte
	r, err := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], v, 'g', 12, 64)), 64)
	if err != nil {
		return v
	}
	return r
}
