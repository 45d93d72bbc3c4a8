package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"dyad"
)

// fields are the values of one input record, as read.
type fields struct {
	id, date, text, title, url, source, lang string
}

var errMissingText = because(ReasonMissingText, errors.New("missing text"))

// article validates the record and builds its article.
func (f *fields) article() (*dyad.Article, error) {
	for _, c := range [...]struct{ name, v string }{
		{"text", f.text}, {"id", f.id}, {"date", f.date}, {"title", f.title},
		{"url", f.url}, {"source", f.source}, {"lang", f.lang},
	} {
		if !utf8.ValidString(c.v) {
			return nil, becausef(ReasonUTF8, "invalid UTF-8 in %s at byte %d", c.name, invalidAt(c.v))
		}
	}
	text := cleanText(f.text)
	if text == "" {
		return nil, errMissingText
	}
	published, err := parseDate(f.date)
	if err != nil {
		return nil, because(ReasonDate, err)
	}
	url := strings.TrimSpace(f.url)
	return &dyad.Article{
		ID:        dyad.ArticleID(f.id, url, text),
		URL:       url,
		Source:    cleanText(f.source),
		Title:     cleanText(f.title),
		Text:      text,
		Published: published,
		Lang:      strings.TrimSpace(f.lang),
	}, nil
}

// invalidAt returns the offset of the first invalid UTF-8 byte of s.
func invalidAt(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return i
			}
		}
	}
	return len(s)
}

// cleanText turns \r\n and lone \r into \n, drops NUL characters (which no
// news text means and some databases cannot store) and trims white space.
func cleanText(s string) string {
	if strings.IndexByte(s, '\r') < 0 && strings.IndexByte(s, 0) < 0 {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case 0:
		case '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		default:
			b.WriteByte(c)
		}
	}
	return strings.TrimSpace(b.String())
}

// parseDate reads YYYY-MM-DD, RFC 3339, or YYYY-MM-DDTHH:MM:SS (also with
// a space for T, and fractional seconds) without a zone, taken as UTC. An
// empty date gives the zero time.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if len(s) == len(dyad.DateLayout) {
		if t, err := time.Parse(dyad.DateLayout, s); err == nil {
			return inRange(s, t)
		}
	} else {
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				return inRange(s, t)
			}
		}
	}
	return time.Time{}, fmt.Errorf("invalid date %q: want YYYY-MM-DD or RFC 3339", clip(s, 40))
}

// inRange returns t, the date s, or an error when its year is out of
// dyad's range.
func inRange(s string, t time.Time) (time.Time, error) {
	if !dyad.DateInRange(t) {
		return time.Time{}, fmt.Errorf("invalid date %q: want a year from %d to %d (leave the date out when it is unknown)",
			clip(s, 40), dyad.FirstYear, dyad.LastYear)
	}
	return t, nil
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999",
}

// clip shortens s for an error message, keeping it valid UTF-8.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}
