package events

import (
	"time"

	"dyad"
)

// dateWords are the words that start or make a date expression: weekdays
// (1 Sunday to 7 Saturday), months (11 January to 22 December), and the
// deictic "yesterday" (-1) and "today" (-2).
var dateWords = map[string]int8{
	"sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
	"january": 11, "jan": 11, "february": 12, "feb": 12, "march": 13, "mar": 13, "april": 14, "apr": 14,
	"may": 15, "june": 16, "jun": 16, "july": 17, "jul": 17, "august": 18, "aug": 18,
	"september": 19, "sep": 19, "sept": 19, "october": 20, "oct": 20, "november": 21, "nov": 21,
	"december": 22, "dec": 22,
	"yesterday": -1, "today": -2, "tonight": -2,
	// abbreviations the segmenter keeps with their point
	"jan.": 11, "feb.": 12, "mar.": 13, "apr.": 14, "jun.": 16, "jul.": 17, "aug.": 18,
	"sep.": 19, "sept.": 19, "oct.": 20, "nov.": 21, "dec.": 22,
}

// dateRef is a resolved date expression at a token.
type dateRef struct {
	tok  int
	date string
}

// placeRef is a mention with a place, at its first token.
type placeRef struct {
	tok   int
	place *dyad.Place
}

// findDates resolves the date expressions of tokens [s, e) against the
// published date pub and leaves them in c.dates: "on Thursday" is the last
// Thursday on or before pub, "yesterday" the day before it, "May 16" and
// "16 May" the last May 16 no more than a month after pub, "May 16, 2024"
// that day. Expressions that need pub are skipped when it is unknown.
func (c *coder) findDates(s, e int, pub time.Time) {
	c.dates = c.dates[:0]
	for j := s; j < e; j++ {
		if c.fl[j]&flagDate == 0 || c.ids[j] < 0 {
			continue
		}
		v := c.p.date[c.ids[j]]
		var d time.Time
		switch {
		case v == -1 || v == -2:
			if pub.IsZero() {
				continue
			}
			d = pub
			if v == -1 {
				d = pub.AddDate(0, 0, -1)
			}
		case v >= 1 && v <= 7:
			if !c.caps[j] || pub.IsZero() {
				continue
			}
			back := (int(pub.Weekday()) - int(v-1) + 7) % 7
			d = pub.AddDate(0, 0, -back)
		case v >= 11 && v <= 22:
			if !c.caps[j] {
				continue
			}
			var ok bool
			if d, ok = c.monthDay(j, s, e, time.Month(v-10), pub); !ok {
				continue
			}
		default:
			continue
		}
		c.dates = append(c.dates, dateRef{tok: j, date: d.Format(dyad.DateLayout)})
	}
}

// monthDay reads "May 16", "May 16, 2024", "Aug. 26" or "16 May" around
// the month name at token j.
func (c *coder) monthDay(j, s, e int, month time.Month, pub time.Time) (time.Time, bool) {
	day, year := 0, 0
	k := j + 1
	if k < e && c.word(k) == "." {
		k++
	}
	if n, ok := c.number(k, e); ok && n >= 1 && n <= 31 {
		day = n
		if k+2 < e && c.word(k+1) == "," {
			if y, ok := c.number(k+2, e); ok && y >= 1000 && y <= 2999 {
				year = y
			}
		}
	} else if n, ok := c.number(j-1, e); j-1 >= s && ok && n >= 1 && n <= 31 {
		day = n
		if y, ok := c.number(j+1, e); ok && y >= 1000 && y <= 2999 {
			year = y
		}
	}
	if day == 0 {
		return time.Time{}, false
	}
	if year == 0 {
		if pub.IsZero() {
			return time.Time{}, false
		}
		year = pub.Year()
		if d := time.Date(year, month, day, 0, 0, 0, 0, time.UTC); d.After(pub.AddDate(0, 1, 0)) {
			year--
		}
	}
	d := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if d.Day() != day { // February 30
		return time.Time{}, false
	}
	return d, true
}

// word returns the text of token k, or "" when its span is bad.
func (c *coder) word(k int) string {
	toks, text := c.a.Tokens, c.a.Article.Text
	if k < 0 || k >= len(toks) {
		return ""
	}
	t := toks[k]
	if t.Start < 0 || t.End > len(text) || t.Start > t.End {
		return ""
	}
	return text[t.Start:t.End]
}

// number reads token k as a number of at most four digits.
func (c *coder) number(k, e int) (int, bool) {
	if k < 0 || k >= e {
		return 0, false
	}
	w := c.word(k)
	if w == "" || len(w) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, true
}

// eventDate returns the date expression of the sentence nearest to token
// t, or "" when the sentence has none.
func (c *coder) eventDate(t int) string {
	best, dist := "", 1<<30
	for _, d := range c.dates {
		if n := abs(d.tok - t); n < dist {
			best, dist = d.date, n
		}
	}
	return best
}

// eventPlace returns the place named in tokens [s, e) after "in", "at" or
// "near" (an article or one adjective may stand between) nearest to token
// t, or nil.
func (c *coder) eventPlace(t, s, e int) *dyad.Place {
	var best *dyad.Place
	dist := 1 << 30
	for _, p := range c.places {
		if p.tok < s || p.tok >= e {
			continue
		}
		ok := false
		for k := p.tok - 1; k >= s && k >= p.tok-3; k-- {
			if c.fl[k]&flagLoc != 0 {
				ok = true
				break
			}
			if c.fl[k]&(flagBoundary|flagComma) != 0 || c.actor[k] >= 0 {
				break
			}
		}
		if n := abs(p.tok - t); ok && n < dist {
			best, dist = p.place, n
		}
	}
	if best == nil {
		return nil
	}
	cp := *best
	return &cp
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
