package syntax

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// maxLine bounds the length of one CoNLL-U line, so that a file without
// newlines cannot make the reader buffer it whole.
const maxLine = 1 << 20

// CoNLLUReader reads sentences one at a time from a CoNLL-U file, for files
// too large to hold in memory whole. [ReadCoNLLU] reads them all.
//
// It keeps the ten-column word lines of the basic tree and skips multiword
// token lines ("3-4") and empty nodes ("8.1"), so that a sentence holds its
// syntactic words. The comments "# sent_id = ..." and "# text = ..." fill
// [Sentence.ID] and [Sentence.Text]; other comments are ignored. The DEPS and
// MISC columns are read but not kept; a FEATS of "_" becomes "".
type CoNLLUReader struct {
	sc   *bufio.Scanner
	name string
	line int // the line last read
	err  error

	lines  []int             // the line of each word of the sentence being read
	intern map[string]string // tags, features and relations, shared between words
}

// NewCoNLLUReader returns a reader of the CoNLL-U text r. The name, usually
// the file's base name, starts every error message.
func NewCoNLLUReader(r io.Reader, name string) *CoNLLUReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	return &CoNLLUReader{sc: sc, name: name, intern: make(map[string]string)}
}

// Read returns the next sentence, or io.EOF after the last one. An error
// about the input names the file and line, as in
// "train.conllu:1234: head "x" is not a number"; after an error, Read
// returns the same error again.
func (cr *CoNLLUReader) Read() (Sentence, error) {
	if cr.err != nil {
		return Sentence{}, cr.err
	}
	s, err := cr.read()
	if err != nil {
		cr.err = err
	}
	return s, err
}

// errorf returns an error at line n of the file.
func (cr *CoNLLUReader) errorf(n int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", cr.name, n, fmt.Sprintf(format, args...))
}

func (cr *CoNLLUReader) read() (Sentence, error) {
	var s Sentence
	cr.lines = cr.lines[:0]
	inWords := false // a word, range or empty node line has been read
	for cr.sc.Scan() {
		cr.line++
		b := cr.sc.Bytes()
		if cr.line == 1 {
			b = trimBOM(b)
		}
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
		if bytes.IndexByte(b, '\r') >= 0 {
			return s, cr.errorf(cr.line, "carriage return inside a line")
		}
		if len(b) == 0 {
			if s.Line == 0 {
				continue // blank lines between sentences
			}
			if len(s.Words) == 0 {
				return s, cr.errorf(s.Line, "sentence has no words")
			}
			return s, cr.finish(&s)
		}
		if s.Line == 0 {
			s.Line = cr.line
		}
		if b[0] == '#' {
			if inWords {
				return s, cr.errorf(cr.line, "comment inside a sentence")
			}
			if v, ok := commentValue(b, "sent_id"); ok {
				s.ID = v
			} else if v, ok := commentValue(b, "text"); ok {
				s.Text = v
			}
			continue
		}
		inWords = true
		if err := cr.word(&s, string(b)); err != nil {
			return s, err
		}
	}
	if err := cr.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return s, cr.errorf(cr.line+1, "line longer than %d bytes", maxLine)
		}
		return s, fmt.Errorf("%s: %w", cr.name, err)
	}
	if s.Line == 0 {
		return s, io.EOF
	}
	if len(s.Words) == 0 {
		return s, cr.errorf(s.Line, "sentence has no words")
	}
	// A last sentence without its blank line is accepted.
	return s, cr.finish(&s)
}

// word parses one line that is not a comment and appends its word to s,
// unless the line is a multiword token or an empty node.
func (cr *CoNLLUReader) word(s *Sentence, line string) error {
	if n := strings.Count(line, "\t") + 1; n != 10 {
		return cr.errorf(cr.line, "%d columns, want 10", n)
	}
	var col [10]string
	rest := line
	for i := range col[:9] {
		col[i], rest, _ = strings.Cut(rest, "\t")
	}
	col[9] = rest
	for i, c := range col {
		if c == "" {
			return cr.errorf(cr.line, "column %d is empty", i+1)
		}
	}
	next := len(s.Words) + 1
	id := col[0]
	if a, b, ok := strings.Cut(id, "-"); ok {
		lo, err1 := strconv.Atoi(a)
		hi, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || !isDigits(a) || !isDigits(b) {
			return cr.errorf(cr.line, "id %q is not a number or range", id)
		}
		if lo != next || hi <= lo {
			return cr.errorf(cr.line, "range %q out of order, want one starting at %d", id, next)
		}
		return nil
	}
	if a, b, ok := strings.Cut(id, "."); ok {
		at, err1 := strconv.Atoi(a)
		_, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || !isDigits(a) || !isDigits(b) {
			return cr.errorf(cr.line, "id %q is not a number or empty node", id)
		}
		if at != next-1 {
			return cr.errorf(cr.line, "empty node %q out of order, want one after word %d", id, next-1)
		}
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || !isDigits(id) {
		return cr.errorf(cr.line, "id %q is not a number", id)
	}
	if n != next {
		return cr.errorf(cr.line, "id %d out of order, want %d", n, next)
	}
	head, err := strconv.Atoi(col[6])
	if err != nil || !isDigits(col[6]) {
		return cr.errorf(cr.line, "head %q is not a number", col[6])
	}
	if head == n {
		return cr.errorf(cr.line, "word %d is its own head", n)
	}
	feats := col[5]
	if feats == "_" {
		feats = ""
	}
	s.Words = append(s.Words, Word{
		Form:  col[1],
		Lemma: col[2],
		UPOS:  cr.interned(col[3]),
		XPOS:  cr.interned(col[4]),
		Feats: cr.interned(feats),
		Head:  head - 1,
		Rel:   cr.interned(col[7]),
	})
	cr.lines = append(cr.lines, cr.line)
	return nil
}

// finish checks the tree of a complete sentence: heads inside the sentence,
// exactly one root, no cycle.
func (cr *CoNLLUReader) finish(s *Sentence) error {
	root := -1
	for i, w := range s.Words {
		if w.Head >= len(s.Words) {
			return cr.errorf(cr.lines[i], "head %d outside the sentence of %d words", w.Head+1, len(s.Words))
		}
		if w.Head == -1 {
			if root >= 0 {
				return cr.errorf(cr.lines[i], "second root, after word %d", root+1)
			}
			root = i
		}
	}
	if root < 0 {
		return cr.errorf(s.Line, "sentence has no root")
	}
	// Every walk up the heads must reach the root. state: 0 unseen, 1 on the
	// walk under way, 2 known to reach the root.
	state := make([]uint8, len(s.Words))
	state[root] = 2
	for i := range s.Words {
		j := i
		for state[j] == 0 {
			state[j] = 1
			j = s.Words[j].Head
		}
		if state[j] == 1 {
			return cr.errorf(cr.lines[j], "cycle through word %d", j+1)
		}
		for j = i; state[j] == 1; j = s.Words[j].Head {
			state[j] = 2
		}
	}
	return nil
}

// interned returns a string equal to v shared with earlier words, so that a
// treebank holds one copy of each tag, feature set and relation.
func (cr *CoNLLUReader) interned(v string) string {
	if u, ok := cr.intern[v]; ok {
		return u
	}
	if len(cr.intern) < 1<<16 {
		v = strings.Clone(v)
		cr.intern[v] = v
	}
	return v
}

// ReadCoNLLU reads every sentence of the CoNLL-U text r, as
// [CoNLLUReader.Read] does. The name starts every error message.
func ReadCoNLLU(r io.Reader, name string) ([]Sentence, error) {
	cr := NewCoNLLUReader(r, name)
	var out []Sentence
	for {
		s, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
}

// WriteCoNLLU writes sents as CoNLL-U: the comments sent_id and text when the
// sentence has them, one line per word with heads 1-based (0 for the root),
// "_" for empty fields and for DEPS and MISC, and a blank line after each
// sentence. It returns an error, naming the sentence, for a head outside its
// sentence or a field that CoNLL-U cannot hold (a tab or a line break).
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	var buf []byte
	for si := range sents {
		s := &sents[si]
		if err := checkSentence(s); err != nil {
			return fmt.Errorf("write conllu: sentence %d (%s): %w", si+1, s.ID, err)
		}
		buf = buf[:0]
		if s.ID != "" {
			buf = append(buf, "# sent_id = "...)
			buf = append(buf, s.ID...)
			buf = append(buf, '\n')
		}
		if s.Text != "" {
			buf = append(buf, "# text = "...)
			buf = append(buf, s.Text...)
			buf = append(buf, '\n')
		}
		for i, wd := range s.Words {
			buf = strconv.AppendInt(buf, int64(i+1), 10)
			for _, f := range [...]string{wd.Form, wd.Lemma, wd.UPOS, wd.XPOS, wd.Feats} {
				buf = append(buf, '\t')
				buf = appendField(buf, f)
			}
			buf = append(buf, '\t')
			buf = strconv.AppendInt(buf, int64(wd.Head+1), 10)
			buf = append(buf, '\t')
			buf = appendField(buf, wd.Rel)
			buf = append(buf, "\t_\t_\n"...)
		}
		buf = append(buf, '\n')
		if _, err := bw.Write(buf); err != nil {
			return fmt.Errorf("write conllu: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write conllu: %w", err)
	}
	return nil
}

// checkSentence reports what of s CoNLL-U cannot hold.
func checkSentence(s *Sentence) error {
	if strings.ContainsAny(s.ID, "\r\n") || strings.ContainsAny(s.Text, "\r\n") {
		return errors.New("line break in id or text")
	}
	for i, w := range s.Words {
		if w.Head < -1 || w.Head >= len(s.Words) {
			return fmt.Errorf("word %d: head %d outside the sentence", i+1, w.Head+1)
		}
		for _, f := range [...]string{w.Form, w.Lemma, w.UPOS, w.XPOS, w.Feats, w.Rel} {
			if strings.ContainsAny(f, "\t\r\n") {
				return fmt.Errorf("word %d: tab or line break in %q", i+1, f)
			}
		}
	}
	return nil
}

func appendField(buf []byte, f string) []byte {
	if f == "" {
		return append(buf, '_')
	}
	return append(buf, f...)
}

// commentValue returns the value of the comment line "# key = value".
func commentValue(line []byte, key string) (string, bool) {
	s := strings.TrimLeft(string(line[1:]), " \t")
	rest, ok := strings.CutPrefix(s, key)
	if !ok {
		return "", false
	}
	rest = strings.TrimLeft(rest, " \t")
	rest, ok = strings.CutPrefix(rest, "=")
	if !ok {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}

// isDigits reports whether s is ASCII digits only; strconv.Atoi also takes
// a sign, which CoNLL-U ids and heads never have.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
