package annotate

import (
	"strings"
	"time"

	"dyad"
)

// Precisions of a DateRef.
const (
	precDay   = "day"
	precWeek  = "week"
	precMonth = "month"
	precYear  = "year"
)

// numValue parses token i as a plain number (digits with optional thousands
// commas and one decimal point, no letters). ok is false for anything else.
func (sc *scanner) numValue(i int) (v float64, ok bool) {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind != kNum {
		return 0, false
	}
	return parseNumber(sc.raw(i))
}

// parseNumber parses "900,000", "1.2", "12". Commas must group by three.
func parseNumber(s string) (float64, bool) {
	var v float64
	frac := 0.0
	digits := 0 // digits since the last comma
	comma := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			d := float64(c - '0')
			if frac > 0 {
				v += d * frac
				frac /= 10
			} else {
				v = v*10 + d
				digits++
			}
		case c == ',' && frac == 0:
			if (comma && digits != 3) || digits == 0 || digits > 3 {
				return 0, false
			}
			comma = true
			digits = 0
		case c == '.' && frac == 0:
			frac = 0.1
		default:
			return 0, false
		}
	}
	if comma && digits != 3 && frac == 0 {
		return 0, false
	}
	if len(s) == 0 {
		return 0, false
	}
	return v, true
}

// dayValue parses token i as a day of the month: 1..31, optionally with an
// ordinal suffix (16th).
func (sc *scanner) dayValue(i int) (int, bool) {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind != kNum {
		return 0, false
	}
	s := sc.key(i)
	n, j := 0, 0
	for j < len(s) && isDigit(s[j]) && j < 3 {
		n = n*10 + int(s[j]-'0')
		j++
	}
	switch s[j:] {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	if j == 0 || j > 2 || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// yearValue parses token i as a year 1800..2100 written with four digits.
func (sc *scanner) yearValue(i int) (int, bool) {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind != kNum || sc.toks[i].e-sc.toks[i].s != 4 {
		return 0, false
	}
	s := sc.raw(i)
	n := 0
	for j := 0; j < 4; j++ {
		if !isDigit(s[j]) {
			return 0, false
		}
		n = n*10 + int(s[j]-'0')
	}
	if n < 1800 || n > 2100 {
		return 0, false
	}
	return n, true
}

// monthAt returns the month named by token i (capitalised), or 0.
func (sc *scanner) monthAt(i int) int {
	e := sc.entry(i)
	if e == nil || e.flags&fMonth == 0 || !sc.toks[i].cap {
		return 0
	}
	return int(e.month)
}

var monthContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "early": true, "late": true,
	"mid": true, "last": true, "next": true, "this": true, "of": true, "from": true, "through": true,
	"during": true, "for": true, "between": true, "before": true, "after": true, "end": true,
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// Tenses of a sentence, as far as the year of a date without one goes.
const (
	tenseNone   int8 = iota + 1 // no sign of either
	tensePast                   // a past verb, and no sign of the future
	tenseFuture                 // a word of the future or of intention
)

// lean is how far, in months, the tense of a sentence moves the date that
// a month and day without a year are put nearest to: news names dates in
// the months around the published date, a future sentence more often
// those ahead of it, a past one those behind it, but a past sentence often
// names a date ahead ("agreed to cut prices from April 1", "the meeting
// scheduled for April 29") and a future one a date behind ("will take
// measures in line with the February 22 agreement"), so the tense leans
// the choice and does not decide it.
const lean = 3

// yearOf returns the year of month m, day d (0: the month as a whole, taken
// at its 15th) that token i's sentence means, given the published date
// pub: the year that puts the day nearest to pub, or to pub moved [lean]
// months forward in a sentence in the future tense and back in one in the
// past tense (the past winning a tie). "Will visit on April 29" in an
// article of March 26, 1987 is April 29, 1987; "attacked on Aug 26" in
// one of May 16, 2024 is August 26, 2023, which is nearer the published
// date moved three months back than August 26, 2024.
func (sc *scanner) yearOf(i int, pub time.Time, m, d int) int {
	if d == 0 {
		d = 15
	}
	switch sc.tenseAt(i) {
	case tenseFuture:
		pub = pub.AddDate(0, lean, 0)
	case tensePast:
		pub = pub.AddDate(0, -lean, 0)
	}
	return nearestYear(pub, m, d)
}

// tenseAt returns the tense of the sentence of token i, computed once a
// sentence. "Since" before the date makes it past whatever the tense.
// Without sentences from the segmenter, a sentence ends at ".", "!" or "?".
func (sc *scanner) tenseAt(i int) int8 {
	if sc.is(i-1, "since") {
		return tensePast
	}
	if sc.noSents {
		if sc.tenseSent != 0 && i < int(sc.tenseEnd) && i >= int(sc.tenseSent)-1 {
			return sc.tense
		}
		s, e := i, i
		for s > 0 && !sc.sentenceEnd(s-1) {
			s--
		}
		for e < len(sc.toks) && !sc.sentenceEnd(e) {
			e++
		}
		sc.tenseSent, sc.tenseEnd, sc.tense = int32(s)+1, int32(e), sc.sentenceTense(s, e)
		return sc.tense
	}
	sent := sc.toks[i].sent
	if sc.tenseSent == sent+1 {
		return sc.tense
	}
	s, e := i, i
	for s > 0 && sc.toks[s-1].sent == sent {
		s--
	}
	for e < len(sc.toks) && sc.toks[e].sent == sent {
		e++
	}
	sc.tenseSent, sc.tense = sent+1, sc.sentenceTense(s, e)
	return sc.tense
}

// sentenceEnd reports whether token k ends a sentence: ".", "!" or "?".
func (sc *scanner) sentenceEnd(k int) bool {
	return sc.isPunct(k, ".") || sc.isPunct(k, "!") || sc.isPunct(k, "?")
}

// sentenceTense returns the tense of tokens [s, e): future when a word of
// the future is there ("will", "may", "tomorrow") or a word of intention or
// schedule with "to" and a verb after it ("plans to meet", "is to visit",
// "is due to sign"); else past when a past verb is there ("met", "was",
// "attacked"; verbs of saying do not count: "said" tells when it was said,
// not when what was said happens); else none. The future wins because news
// reports plans in the past tense of a verb of saying or of agreeing ("agreed
// to meet on April 29").
func (sc *scanner) sentenceTense(s, e int) int8 {
	past := false
	for k := s; k < e; k++ {
		t := &sc.toks[k]
		if t.kind != kWord || t.cap {
			continue
		}
		switch f := t.f; {
		case f&fFuture != 0,
			f&fIntend != 0 && sc.verbAfterTo(k+1),
			f&fSched != 0 && sc.isBe(k-1) && sc.verbAfterTo(k+1):
			return tenseFuture
		}
		if !past && sc.pastVerb(k) {
			past = true
		}
	}
	if past {
		return tensePast
	}
	return tenseNone
}

// notVerb are words that, after "to", show that "to" is a preposition.
var notVerb = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"some": true, "any": true, "all": true, "each": true, "every": true, "no": true, "both": true,
	"him": true, "them": true, "us": true, "me": true, "it": true, "what": true, "which": true,
}

// verbAfterTo reports whether token k is "to" and a verb may follow it: a
// word in lower case that is no article, possessive or pronoun.
func (sc *scanner) verbAfterTo(k int) bool {
	if !sc.is(k, "to") || k+1 >= len(sc.toks) {
		return false
	}
	t := sc.toks[k+1]
	return t.kind == kWord && !t.cap && !notVerb[sc.key(k+1)]
}

// isBe reports whether token k is a form of "be".
func (sc *scanner) isBe(k int) bool {
	switch sc.key(k) {
	case "is", "are", "am", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// pastVerb reports whether token k is a verb in the past tense: a past form
// of the lexicon ("was", "met"), or a word in -ed that is no verb of saying,
// no word of intention, not in -eed ("proceed"), not joined by a hyphen
// ("state-owned") and not an adjective after an article or a present "be"
// ("the proposed merger", "is based").
func (sc *scanner) pastVerb(k int) bool {
	t := &sc.toks[k]
	switch f := t.f; {
	case f&(fSpeech|fNotPast) != 0:
		return false
	case f&fPast != 0:
		return true
	case f&(fFuture|fIntend|fSched) != 0 || t.hyph:
		return false
	}
	w := sc.key(k)
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "eed") {
		return false
	}
	switch sc.key(k - 1) {
	case "a", "an", "the", "is", "are", "am", "be", "being":
		return false
	}
	return true
}

// nearestYear returns the year that puts month m, day d closest to pub,
// preferring the past on a tie.
func nearestYear(pub time.Time, m, d int) int {
	best, bestDist := pub.Year(), time.Duration(1<<62)
	for _, y := range []int{pub.Year() - 1, pub.Year(), pub.Year() + 1} {
		dist := date(y, m, d).Sub(pub)
		if dist < 0 {
			dist = -dist
		} else if dist > 0 {
			dist++ // the past wins ties
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// formatDate writes t as [dyad.DateLayout] does, without its layout parsing.
func formatDate(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format(dyad.DateLayout)
	}
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-',
		byte('0' + d/10), byte('0' + d%10),
	}
	return string(b[:])
}

func validDay(y, m, d int) bool {
	return d >= 1 && date(y, m, d).Day() == d
}

// dates finds date expressions, resolves them against pub (zero: only
// absolute dates), and marks their tokens used. The result is the scanner's
// scratch, valid until the next call.
func (sc *scanner) dates(pub time.Time) []dyad.DateRef {
	if !sc.hasNum && sc.all&(fMonth|fWeekday|fDateWord) == 0 {
		return nil // no digits, no date words: no dates
	}
	out := sc.dbuf[:0]
	defer func() { sc.dbuf = out }()
	hasPub := !pub.IsZero()
	if hasPub {
		pub = date(pub.Year(), int(pub.Month()), pub.Day())
	}
	emit := func(i, j int, t time.Time, prec string) { out = sc.appendDate(out, i, j, t, prec) }
	toks := sc.toks
	for i := 0; i < len(toks); i++ {
		if sc.used[i] {
			continue
		}
		switch toks[i].kind {
		case kWord:
			if toks[i].f&(fMonth|fWeekday|fDateWord) != 0 {
				i = sc.dateWord(i, pub, hasPub, emit)
			}
		case kNum:
			i = sc.dateNumber(i, pub, hasPub, emit)
		}
	}
	return out
}

// appendDate marks tokens i to j used and appends their date t, of
// precision prec, to out: the first day of its year or month, the Monday
// of its week. A date outside the years dyad keeps is left out.
func (sc *scanner) appendDate(out []dyad.DateRef, i, j int, t time.Time, prec string) []dyad.DateRef {
	for k := i; k <= j; k++ {
		sc.used[k] = true
	}
	switch prec {
	case precYear:
		t = date(t.Year(), 1, 1)
	case precMonth:
		t = date(t.Year(), int(t.Month()), 1)
	case precWeek:
		t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) // its Monday
	}
	if !dyad.DateInRange(t) {
		return out // "next year" in an article of 9999-12-31: no date dyad keeps
	}
	s, e := int(sc.toks[i].s), int(sc.toks[j].e)
	return append(out, dyad.DateRef{Date: formatDate(t), Precision: prec, Text: sc.text[s:e], Span: dyad.Span{Start: s, End: e}})
}

// dateWord reads a date starting with the word at token i: a month ("May
// 16, 2024"), and, when there is a published date (hasPub; pub at
// midnight), a weekday, "today", "yesterday", "tomorrow", "last week",
// "two days ago". It returns the last token it read.
func (sc *scanner) dateWord(i int, pub time.Time, hasPub bool, emit func(i, j int, t time.Time, prec string)) int {
	if m := sc.monthAt(i); m > 0 {
		if j := sc.monthDate(i, m, pub, emit); j > i {
			return j
		}
		return i
	}
	if !hasPub {
		return i
	}
	if e := sc.entry(i); e != nil && e.flags&fWeekday != 0 && sc.toks[i].cap {
		return sc.weekday(i, int(e.month), pub, emit)
	}
	if sc.toks[i].hyph || sc.flags(i)&fDateWord == 0 {
		return i
	}
	switch sc.key(i) {
	case "today", "tonight":
		emit(i, i, pub, precDay)
	case "yesterday":
		emit(i, i, pub.AddDate(0, 0, -1), precDay)
	case "tomorrow":
		emit(i, i, pub.AddDate(0, 0, 1), precDay)
	case "last", "next", "this":
		return sc.relative(i, pub, emit)
	case "ago":
		sc.ago(i, pub, emit)
	}
	return i
}

// dateNumber reads a date starting with the number at token i: a day and a
// month ("16 May 2024", "16 May" near pub when hasPub), or a year in a
// context that makes it one ("in 2024"). It returns the last token it
// read.
func (sc *scanner) dateNumber(i int, pub time.Time, hasPub bool, emit func(i, j int, t time.Time, prec string)) int {
	if d, ok := sc.dayValue(i); ok {
		if m := sc.monthAt(i + 1); m > 0 {
			j := i + 1
			if sc.isPunct(j+1, ".") && sc.adjacent(j) {
				j++
			}
			if y, ok := sc.yearValue(j + 1); ok && validDay(y, m, d) {
				emit(i, j+1, date(y, m, d), precDay)
				return j + 1
			}
			if hasPub {
				y := sc.yearOf(i, pub, m, d)
				if validDay(y, m, d) {
					emit(i, i+1, date(y, m, d), precDay)
					return j
				}
			}
			return i
		}
	}
	if y, ok := sc.yearValue(i); ok && sc.yearContext(i) {
		emit(i, i, date(y, 1, 1), precYear)
	}
	return i
}

// yearContext reports whether the 4-digit number at i reads as a year: after
// a preposition ("in 2023", "mid-2023") and not a quantity ("from 1,500 to
// 2000 tonnes").
func (sc *scanner) yearContext(i int) bool {
	if i == 0 {
		return false
	}
	if _, ok := sc.yearValue(i - 1); ok && sc.used[i-1] && sc.toks[i].hyph {
		return true // 2019-2023
	}
	if _, ok := sc.yearValue(i - 2); ok && sc.used[i-2] && (sc.is(i-1, "and") || sc.is(i-1, "or")) {
		return true // between 2019 and 2023
	}
	if sc.flags(i-1)&fYearPrep == 0 {
		return false
	}
	if _, ok := sc.numValue(i - 2); ok {
		return false
	}
	if f := sc.flags(i + 1); f&(fUnit|fMult) != 0 || sc.isPunct(i+1, "%") {
		return false
	}
	return true
}

// monthDate reads a date that starts with a month name at i: "May 16, 2024",
// "May 16", "May 2024", "in May". It returns the last token used, or i
// when nothing was found.
func (sc *scanner) monthDate(i, m int, pub time.Time, emit func(i, j int, t time.Time, prec string)) int {
	j := i
	abbrev := len(sc.key(i)) <= 4 && sc.key(i) != "may" && sc.key(i) != "june" && sc.key(i) != "july"
	if sc.isPunct(j+1, ".") && sc.adjacent(j) && abbrev {
		j++
	}
	if d, ok := sc.dayValue(j + 1); ok && !sc.toks[j+1].hyph {
		k := j + 1
		y, hasYear := 0, false
		if sc.isPunct(k+1, ",") {
			y, hasYear = sc.yearValue(k + 2)
			if hasYear {
				k += 2
			}
		} else if y, hasYear = sc.yearValue(k + 1); hasYear {
			k++
		}
		if hasYear {
			if validDay(y, m, d) {
				emit(i, k, date(y, m, d), precDay)
				return k
			}
			return i
		}
		if pub.IsZero() {
			return i
		}
		y = sc.yearOf(i, pub, m, d)
		if validDay(y, m, d) {
			emit(i, j+1, date(y, m, d), precDay)
			return j + 1
		}
		return i
	}
	if y, ok := sc.yearValue(j + 1); ok {
		emit(i, j+1, date(y, m, 1), precMonth)
		return j + 1
	}
	if sc.isPunct(j+1, ",") {
		if y, ok := sc.yearValue(j + 2); ok {
			emit(i, j+2, date(y, m, 1), precMonth)
			return j + 2
		}
	}
	// a bare month needs a word before it that makes it a date: "in May"
	if abbrev || pub.IsZero() || i == 0 || !monthContext[sc.key(i-1)] {
		return i
	}
	switch sc.key(i - 1) {
	case "last":
		y := pub.Year()
		if m >= int(pub.Month()) {
			y--
		}
		emit(i-1, i, date(y, m, 1), precMonth)
	case "next":
		y := pub.Year()
		if m <= int(pub.Month()) {
			y++
		}
		emit(i-1, i, date(y, m, 1), precMonth)
	default:
		emit(i, i, date(sc.yearOf(i, pub, m, 0), m, 1), precMonth)
	}
	return i
}

// weekday resolves a weekday name at i: the latest such day on or before
// pub; "last" before pub; "next" after pub; "this" on or after pub.
func (sc *scanner) weekday(i, wd int, pub time.Time, emit func(i, j int, t time.Time, prec string)) int {
	start := i
	diff := (int(pub.Weekday()) - wd + 7) % 7 // days back to the latest such day
	d := pub.AddDate(0, 0, -diff)
	if i > 0 && !sc.used[i-1] {
		switch sc.key(i - 1) {
		case "last":
			if diff == 0 {
				d = pub.AddDate(0, 0, -7)
			}
			start = i - 1
		case "next":
			d = pub.AddDate(0, 0, 7-diff)
			start = i - 1
		case "this":
			if diff != 0 {
				d = pub.AddDate(0, 0, 7-diff)
			}
			start = i - 1
		}
	}
	emit(start, i, d, precDay)
	return i
}

// relative reads "last week", "next month", "this year" and "last night" at
// i (the word last, next or this).
func (sc *scanner) relative(i int, pub time.Time, emit func(i, j int, t time.Time, prec string)) int {
	step := 0
	switch sc.key(i) {
	case "last":
		step = -1
	case "next":
		step = 1
	}
	switch sc.key(i + 1) {
	case "week":
		monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
		emit(i, i+1, monday.AddDate(0, 0, 7*step), precWeek)
	case "month":
		emit(i, i+1, date(pub.Year(), int(pub.Month())+step, 1), precMonth)
	case "year":
		emit(i, i+1, date(pub.Year()+step, 1, 1), precYear)
	case "night":
		if step < 0 {
			emit(i, i+1, pub.AddDate(0, 0, -1), precDay)
		} else if step == 0 {
			emit(i, i+1, pub, precDay)
		} else {
			return i
		}
	default:
		return i
	}
	return i + 1
}

// ago reads "two days ago", "a year ago" ending at i (the word ago).
func (sc *scanner) ago(i int, pub time.Time, emit func(i, j int, t time.Time, prec string)) {
	if i < 2 {
		return
	}
	n := 0
	switch {
	case sc.is(i-2, "a") || sc.is(i-2, "an"):
		n = 1
	default:
		if v, ok := sc.numValue(i - 2); ok && v == float64(int(v)) && v < 1000 {
			n = int(v)
		} else if e := sc.entry(i - 2); e != nil && e.flags&fNumWord != 0 {
			n = int(e.num)
		} else {
			return
		}
	}
	if sc.used[i-2] || sc.used[i-1] {
		return
	}
	switch sc.key(i - 1) {
	case "day", "days":
		emit(i-2, i, pub.AddDate(0, 0, -n), precDay)
	case "week", "weeks":
		emit(i-2, i, pub.AddDate(0, 0, -7*n), precWeek)
	case "month", "months":
		emit(i-2, i, pub.AddDate(0, -n, 0), precMonth)
	case "year", "years":
		emit(i-2, i, pub.AddDate(-n, 0, 0), precYear)
	}
}
