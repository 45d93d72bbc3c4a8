package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
)

// columns maps the known column names to their index in a header row; -1
// when absent.
type columns struct {
	id, date, text, title, url, source, lang int
}

// header reads a header row, case-insensitively. The text column is
// required.
func header(row []string) (columns, error) {
	c := columns{-1, -1, -1, -1, -1, -1, -1}
	for i, name := range row {
		var p *int
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "id":
			p = &c.id
		case "date":
			p = &c.date
		case "text":
			p = &c.text
		case "title":
			p = &c.title
		case "url":
			p = &c.url
		case "source":
			p = &c.source
		case "lang":
			p = &c.lang
		default:
			continue
		}
		if *p < 0 { // the first of duplicate columns wins
			*p = i
		}
	}
	if c.text < 0 {
		return c, becausef(ReasonCSVHeader, `header has no "text" column: file skipped`)
	}
	return c, nil
}

// fields fills f from one row, which has as many fields as the header.
func (c *columns) fields(row []string, f *fields) {
	get := func(i int) string {
		if i < 0 {
			return ""
		}
		return row[i]
	}
	*f = fields{
		id: get(c.id), date: get(c.date), text: get(c.text), title: get(c.title),
		url: get(c.url), source: get(c.source), lang: get(c.lang),
	}
}

// readCSV reads RFC 4180 CSV with a header row. A row with the wrong
// number of fields, or badly quoted, is skipped with its line number.
func (s *stream) readCSV(br *bufio.Reader, comma rune) error {
	r := csv.NewReader(br)
	r.Comma = comma
	r.ReuseRecord = true
	r.FieldsPerRecord = -1 // counted here, to word the error
	row, err := r.Read()
	if err == io.EOF {
		return nil // an empty file has no articles and nothing wrong
	}
	if err != nil {
		s.csvError(err)
		return nil
	}
	cols, err := header(row)
	if err != nil {
		s.skip(1, -1, err)
		return nil
	}
	width := len(row)
	var f fields
	for {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		row, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				s.readError(r.InputOffset(), err)
				return nil
			}
			s.csvError(err)
			continue
		}
		line, _ := r.FieldPos(0)
		if len(row) != width {
			s.skip(line, -1, fieldCountError(len(row), width))
			continue
		}
		cols.fields(row, &f)
		if err := s.article(&f, line, -1); err != nil {
			return err
		}
	}
}

// csvError reports a CSV parse error at its line.
func (s *stream) csvError(err error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		line := pe.StartLine
		if line <= 0 {
			line = pe.Line
		}
		s.skip(line, -1, becausef(ReasonCSV, "invalid CSV: %w", pe.Err))
		return
	}
	s.readError(0, err)
}

func fieldCountError(got, want int) error {
	return becausef(ReasonFieldCount, "row has %d fields, header has %d", got, want)
}

// readTSV reads tab-separated values with a header row: one record per
// line, fields split at tabs, no quoting, and the escapes \t, \n, \r and \\
// decoded. A line with the wrong number of fields is skipped.
func (s *stream) readTSV(br *bufio.Reader, start int64) error {
	lr := &lineReader{br: br, off: start, max: maxRecord}
	var (
		cols  columns
		width int
		row   []string
		f     fields
	)
	for {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		line, num, off, tooLong, err := lr.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			s.readError(off, err)
			return nil
		}
		if tooLong {
			s.skip(num, off, errLineTooLong)
			if width == 0 {
				return nil // the header is lost: nothing can be read
			}
			continue
		}
		if width == 0 {
			if len(bytes.TrimSpace(line)) == 0 {
				continue // blank lines before the header
			}
			row = splitTSV(line, row[:0])
			if cols, err = header(row); err != nil {
				s.skip(num, -1, err)
				return nil
			}
			width = len(row)
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		row = splitTSV(line, row[:0])
		if len(row) != width {
			s.skip(num, -1, fieldCountError(len(row), width))
			continue
		}
		cols.fields(row, &f)
		if err := s.article(&f, num, -1); err != nil {
			return err
		}
	}
}

// splitTSV splits a line at tabs and decodes each field's escapes.
func splitTSV(line []byte, row []string) []string {
	for {
		field, rest, more := bytes.Cut(line, []byte{'\t'})
		row = append(row, unescapeTSV(field))
		if !more {
			return row
		}
		line = rest
	}
}

func unescapeTSV(b []byte) string {
	if bytes.IndexByte(b, '\\') < 0 {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\\' && i+1 < len(b) {
			switch b[i+1] {
			case 't':
				c, i = '\t', i+1
			case 'n':
				c, i = '\n', i+1
			case 'r':
				c, i = '\r', i+1
			case '\\':
				i++
			}
		}
		sb.WriteByte(c)
	}
	return sb.String()
}
