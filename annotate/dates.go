package annotate

import (
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
	emit := func(i, j int, t time.Time, prec string) {
		s, e := int(sc.toks[i].s), int(sc.toks[j].e)
		var d string
		switch prec {
		case precYear:
			d = formatDate(date(t.Year(), 1, 1))
		case precMonth:
			d = formatDate(date(t.Year(), int(t.Month()), 1))
		case precWeek:
			d = formatDate(t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))) // its Monday
		default:
			d = formatDate(t)
		}
		out = append(out, dyad.DateRef{Date: d, Precision: prec, Text: sc.text[s:e], Start: s, End: e})
		for k := i; k <= j; k++ {
			sc.used[k] = true
		}
	}
	toks := sc.toks
	for i := 0; i < len(toks); i++ {
		if sc.used[i] {
			continue
		}
		t := toks[i]
		switch t.kind {
		case kWord:
			if t.f&(fMonth|fWeekday|fDateWord) == 0 {
				continue
			}
			if m := sc.monthAt(i); m > 0 {
				if j := sc.monthDate(i, m, pub, emit); j > i {
					i = j
				}
				continue
			}
			if !hasPub {
				continue
			}
			if e := sc.entry(i); e != nil && e.flags&fWeekday != 0 && t.cap {
				i = sc.weekday(i, int(e.month), pub, emit)
				continue
			}
			if sc.toks[i].hyph || sc.flags(i)&fDateWord == 0 {
				continue
			}
			switch sc.key(i) {
			case "today", "tonight":
				emit(i, i, pub, precDay)
			case "yesterday":
				emit(i, i, pub.AddDate(0, 0, -1), precDay)
			case "tomorrow":
				emit(i, i, pub.AddDate(0, 0, 1), precDay)
			case "last", "next", "this":
				i = sc.relative(i, pub, emit)
			case "ago":
				sc.ago(i, pub, emit)
			}
		case kNum:
			if d, ok := sc.dayValue(i); ok {
				if m := sc.monthAt(i + 1); m > 0 {
					j := i + 1
					if sc.isPunct(j+1, ".") && sc.adjacent(j) {
						j++
					}
					if y, ok := sc.yearValue(j + 1); ok && validDay(y, m, d) {
						emit(i, j+1, date(y, m, d), precDay)
						i = j + 1
						continue
					}
					if hasPub {
						y := nearestYear(pub, m, d)
						if validDay(y, m, d) {
							emit(i, i+1, date(y, m, d), precDay)
							i = j
						}
					}
					continue
				}
			}
			if y, ok := sc.yearValue(i); ok && sc.yearContext(i) {
				emit(i, i, date(y, 1, 1), precYear)
			}
		}
	}
	return out
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
		y = nearestYear(pub, m, d)
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
		emit(i, i, date(nearestYear(pub, m, 15), m, 1), precMonth)
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
