package ingest

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"
)

// readText reads one plain text article: the whole stream. A first line
// "date YYYY-MM-DD" (or any date parseDate reads) sets the date, and a line
// "title ..." first or after it sets the title; neither is part of the text.
func (s *stream) readText(br *bufio.Reader) error {
	b, err := io.ReadAll(io.LimitReader(br, maxRecord+1))
	if err != nil {
		s.readError(int64(len(b)), err)
		return nil
	}
	if len(b) > maxRecord {
		s.skipFile(becausef(ReasonTooLong, "text longer than %d MiB", maxRecord>>20))
		return nil
	}
	if !utf8.Valid(b) {
		s.skipFile(becausef(ReasonUTF8, "invalid UTF-8 at byte %d", invalidAt(string(b))))
		return nil
	}
	text := string(b)
	var f fields
	line, rest, ok := headerLine(text, "date")
	if ok && looksLikeDate(line) {
		if _, err := parseDate(line); err != nil {
			s.skip(1, -1, because(ReasonDate, err))
			return nil
		}
		f.date, text = line, rest
	}
	if line, rest, ok := headerLine(text, "title"); ok {
		f.title, text = line, rest
	}
	f.text = text
	if err := s.ctx.Err(); err != nil {
		return err
	}
	return s.article(&f, 0, -1)
}

// headerLine reports whether the first line of text is key, white space and
// a value, and returns the value and the text after the line.
func headerLine(text, key string) (value, rest string, ok bool) {
	if !strings.HasPrefix(text, key) || len(text) == len(key) || (text[len(key)] != ' ' && text[len(key)] != '\t') {
		return "", text, false
	}
	line, rest, _ := strings.Cut(text, "\n")
	value = strings.TrimSpace(line[len(key):])
	if value == "" {
		return "", text, false
	}
	return value, rest, true
}

// looksLikeDate reports whether a date line's value is one token starting
// with a digit, so "date palms grow ..." stays text while "date 2024-13-01"
// is a bad date.
func looksLikeDate(v string) bool {
	if v == "" || v[0] < '0' || '9' < v[0] {
		return false
	}
	if len(v) > 10 && v[10] == ' ' {
		v = v[11:] // "2006-01-02 15:04:05"
	}
	return !strings.ContainsAny(v, " \t")
}
