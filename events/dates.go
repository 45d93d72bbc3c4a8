package events

import (
	"sort"

	"dyad"
)

// dateWords are the words of date expressions: weekdays, months and the
// deictic "yesterday", "today" and "tonight". The coder gives them a class
// of their own (flagDate), so that they count as function words, not as
// plain words, in the gaps between an actor and a trigger. Dates themselves
// are resolved once, by the annotate stage (a.Dates).
var dateWords = []string{
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"january", "jan", "february", "feb", "march", "mar", "april", "apr",
	"may", "june", "jun", "july", "jul", "august", "aug",
	"september", "sep", "sept", "october", "oct", "november", "nov",
	"december", "dec",
	"yesterday", "today", "tonight",
	// abbreviations the segmenter keeps with their point
	"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
	"sep.", "sept.", "oct.", "nov.", "dec.",
}

// dateRef is a date expression of the analysis at a token.
type dateRef struct {
	tok  int
	date string
}

// placeRef is a mention with a place, at its first token.
type placeRef struct {
	tok   int
	place *dyad.Place
}

// findDates leaves in c.dates the date expressions of a.Dates that lie in
// tokens [s, e) and name a day (precision "day": "on Thursday", "May 16",
// "yesterday", "next Tuesday"), each at its first token. The annotate stage
// resolves them against the published date and the tense of the sentence
// (docs/events.md, "Dates and places"); an event takes the nearest.
func (c *coder) findDates(s, e int) {
	c.dates = c.dates[:0]
	toks := c.a.Tokens
	if s >= e {
		return
	}
	start, end := toks[s].Start, toks[e-1].End
	for _, d := range c.a.Dates {
		if d.Precision != "day" || d.Start < start || d.End > end || d.Date == "" {
			continue
		}
		k := s + sort.Search(e-s, func(k int) bool { return toks[s+k].End > d.Start })
		if k < e {
			c.dates = append(c.dates, dateRef{tok: k, date: d.Date})
		}
	}
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
