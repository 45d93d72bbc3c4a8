package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// lineReader reads lines of any length up to maxRecord, counting lines and
// byte offsets.
type lineReader struct {
	br   *bufio.Reader
	buf  []byte
	line int   // number of the line last returned, 1-based
	off  int64 // offset of the next line
	max  int
}

// next returns the next line without its line ending, its number and
// offset. A line longer than the cap is consumed and returned with
// tooLong set and no content. err is io.EOF at the end, or a read error.
// The line is valid until the next call.
func (lr *lineReader) next() (line []byte, num int, off int64, tooLong bool, err error) {
	lr.buf = lr.buf[:0]
	off = lr.off
	var n int64
	for {
		frag, e := lr.br.ReadSlice('\n')
		n += int64(len(frag))
		if e == bufio.ErrBufferFull {
			if !tooLong && len(lr.buf)+len(frag) <= lr.max {
				lr.buf = append(lr.buf, frag...)
			} else {
				tooLong, lr.buf = true, lr.buf[:0]
			}
			continue
		}
		if e != nil && e != io.EOF {
			return nil, 0, off, false, e
		}
		if n == 0 && e == io.EOF {
			return nil, 0, off, false, io.EOF
		}
		lr.off += n
		lr.line++
		if tooLong || len(lr.buf)+len(frag) > lr.max {
			return nil, lr.line, off, true, nil
		}
		if len(lr.buf) > 0 {
			lr.buf = append(lr.buf, frag...)
			line = lr.buf
		} else {
			line = frag
		}
		line = bytes.TrimSuffix(line, []byte{'\n'})
		line = bytes.TrimSuffix(line, []byte{'\r'})
		return line, lr.line, off, false, nil
	}
}

var errLineTooLong = becausef(ReasonTooLong, "line longer than %d MiB", maxRecord>>20)

// readJSONLines reads one JSON object per line; blank lines are ignored.
func (s *stream) readJSONLines(br *bufio.Reader, start int64) error {
	lr := &lineReader{br: br, off: start, max: maxRecord}
	var rec jsonRecord
	var f fields
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
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := rec.decode(line, &f); err != nil {
			s.skip(num, off, err)
			continue
		}
		if err := s.article(&f, num, off); err != nil {
			return err
		}
	}
}

// readJSON reads a .json file or sniffed JSON: a top-level array of
// objects, a stream of pretty-printed objects (first line "{" alone), or
// else JSON Lines.
func (s *stream) readJSON(br *bufio.Reader, head []byte, start int64) error {
	t := bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(t) > 0 && t[0] == '[':
		return s.readJSONValues(br, start, true)
	case len(t) > 0 && t[0] == '{':
		first, _, _ := bytes.Cut(t[1:], []byte{'\n'})
		if len(bytes.TrimSpace(first)) == 0 && bytes.IndexByte(t, '\n') >= 0 {
			return s.readJSONValues(br, start, false)
		}
	}
	return s.readJSONLines(br, start)
}

// readJSONValues reads JSON values with a decoder: the elements of one
// array, or a stream of objects. A syntax error ends the stream, as there
// is no telling where the next value starts; errors name byte offsets.
func (s *stream) readJSONValues(br *bufio.Reader, start int64, array bool) error {
	dec := json.NewDecoder(br)
	if array {
		if _, err := dec.Token(); err != nil { // the '['
			s.skip(0, start, invalidJSON(err))
			return nil
		}
	}
	var rec jsonRecord
	var f fields
	var raw json.RawMessage
	for {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		if array && !dec.More() {
			if _, err := dec.Token(); err != nil { // the ']'
				s.skip(0, start+dec.InputOffset(), invalidJSON(err))
			}
			return nil
		}
		off := start + dec.InputOffset()
		raw = raw[:0]
		if err := dec.Decode(&raw); err != nil {
			if err == io.EOF && !array {
				return nil
			}
			s.skip(0, off, invalidJSON(err))
			return nil
		}
		if err := rec.decode(raw, &f); err != nil {
			s.skip(0, off, err)
			continue
		}
		if err := s.article(&f, 0, off); err != nil {
			return err
		}
	}
}

// jsonRecord is the shape of an input JSON object; other fields are
// ignored.
type jsonRecord struct {
	ID     json.RawMessage `json:"id"`
	Date   string          `json:"date"`
	Text   string          `json:"text"`
	Title  string          `json:"title"`
	URL    string          `json:"url"`
	Source string          `json:"source"`
	Lang   string          `json:"lang"`
}

// decode parses one JSON object into f.
func (r *jsonRecord) decode(b []byte, f *fields) error {
	if !utf8.Valid(b) {
		return becausef(ReasonUTF8, "invalid UTF-8 at byte %d of the record", invalidAt(string(b)))
	}
	t := bytes.TrimLeft(b, " \t\r\n")
	if len(t) == 0 || t[0] != '{' {
		return becausef(ReasonJSON, "invalid JSON: want an object")
	}
	*r = jsonRecord{ID: r.ID[:0]}
	if err := json.Unmarshal(b, r); err != nil {
		return invalidJSON(err)
	}
	id, err := jsonID(r.ID)
	if err != nil {
		return err
	}
	*f = fields{id: id, date: r.Date, text: r.Text, title: r.Title, url: r.URL, source: r.Source, lang: r.Lang}
	return nil
}

// jsonID reads an id given as a string or a number.
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return "", nil
	case raw[0] == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", invalidJSON(err)
		}
		return s, nil
	case raw[0] == '-' || ('0' <= raw[0] && raw[0] <= '9'):
		return string(raw), nil
	}
	return "", becausef(ReasonJSON, "invalid JSON: field id: want a string or a number")
}

// invalidJSON words a decoding error for a user.
func invalidJSON(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return becausef(ReasonJSON, "invalid JSON: field %s: got %s, want %s", te.Field, te.Value, te.Type)
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return becausef(ReasonJSON, "invalid JSON: unexpected end of input")
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	return becausef(ReasonJSON, "invalid JSON: %s", strings.Replace(msg, "end of JSON input", "end of input", 1))
}
