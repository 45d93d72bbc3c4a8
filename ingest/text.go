package ingest

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// readText reads one plain text article: the whole stream. A first line
// "date YYYY-MM-DD" (or any date parseDate reads) sets the date, and a line
// "title ..." first or after it sets the title; neither is part of the text.
// With legacy set, bytes that are not UTF-8 are read as Windows-1252 (and
// so Latin-1) instead of skipping the file.
func (s *stream) readText(br *bufio.Reader, legacy bool) error {
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
		if !legacy {
			s.skipFile(becausef(ReasonUTF8, "invalid UTF-8 at byte %d (if it is Latin-1 text, read it with the encoding latin1)", invalidAt(string(b))))
			return nil
		}
		if i := bytes.IndexByte(b, 0); i >= 0 {
			s.skipFile(becausef(ReasonBinary, "binary file (NUL byte at %d)", i))
			return nil
		}
		b = windows1252Fallback(b)
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

// windows1252Fallback returns b with every byte that is not part of a UTF-8
// sequence read as Windows-1252: a Latin-1 or Windows-1252 file comes out
// whole, and a UTF-8 file with a few such bytes keeps its UTF-8.
func windows1252Fallback(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/4)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			out = utf8.AppendRune(out, charmap.Windows1252.DecodeByte(b[0]))
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
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
