package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"dyad"
)

const (
	// maxRecord caps one JSON line, TSV line or text file.
	maxRecord = 64 << 20
	// sniffLen is how much of a stream is looked at to tell its format and
	// to tell text from binary.
	sniffLen = 1024
	bufSize  = 64 << 10
	// maxGzipDepth bounds gzip inside gzip.
	maxGzipDepth = 2
)

// format is an input format.
type format int

const (
	formatUnknown format = iota // sniff: '{' means JSON, else text
	formatJSONL                 // one object per line, strictly
	formatJSON                  // lines of objects, an array, or a stream of objects
	formatCSV
	formatTSV
	formatText
	formatGzip
	formatHTML // a web page: its main text and metadata
	formatFeed // RSS, Atom or JSON Feed: an article per item
	formatWARC // a web archive: an article per HTML page
	formatZip  // a zip archive of inputs
)

// formatOf returns the format a file name's extension names.
func formatOf(name string) format {
	if name == "-" {
		return formatUnknown
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".json":
		return formatJSON
	case ".csv":
		return formatCSV
	case ".tsv":
		return formatTSV
	case ".txt", ".text":
		return formatText
	case ".gz", ".gzip":
		return formatGzip
	case ".html", ".htm", ".xhtml", ".shtml":
		return formatHTML
	case ".xml", ".rss", ".atom", ".rdf":
		return formatFeed
	case ".warc":
		return formatWARC
	case ".zip":
		return formatZip
	}
	return formatUnknown
}

// ReadStream reads the articles of one stream, calling emit for each. The
// format comes from the extension of name (which also names the stream in
// errors; "-" means standard input), else from the content: gzip data is
// decompressed, a first non-space byte '{' means JSON Lines, anything else
// is one plain text article. Bad records are skipped and reported to
// [Options.OnSkip]. It returns only ctx's error, emit's, or an EINVALID
// error when r or emit is nil or the encoding unknown.
func ReadStream(ctx context.Context, name string, r io.Reader, opt Options, emit func(*dyad.Article) error) error {
	if r == nil {
		return dyad.Errorf(dyad.EINVALID, "ingest: %s: no reader", name)
	}
	if emit == nil {
		return dyad.Errorf(dyad.EINVALID, "ingest: no emit function")
	}
	enc, err := CheckEncoding(opt.Encoding)
	if err != nil {
		return err
	}
	opt.Encoding = enc
	opt.track()
	s := &stream{ctx: ctx, name: name, opt: &opt, emit: emit}
	if f, ok := r.(*os.File); ok {
		s.file = f
	}
	if opt.OnBytes != nil {
		r = &countingReader{r: r, fn: opt.OnBytes}
	}
	br := getReader(r)
	defer putReader(br)
	return s.read(br, formatOf(name), name, 0)
}

// readers keeps buffered readers for reuse: a folder of many small files
// then costs no buffer allocation per file.
var readers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, bufSize) }}

func getReader(r io.Reader) *bufio.Reader {
	br := readers.Get().(*bufio.Reader)
	br.Reset(r)
	return br
}

func putReader(br *bufio.Reader) {
	br.Reset(nil) // keep no reference to the input
	readers.Put(br)
}

// stream is the state of reading one named input.
type stream struct {
	ctx     context.Context
	name    string
	opt     *Options
	emit    func(*dyad.Article) error
	decoded bool     // an 8-bit Options.Encoding has been put in front of the input
	file    *os.File // the file read, when it is one: a zip archive is read from it in place
}

// skip reports a skipped record at a line (when line > 0) or byte offset
// (when off >= 0).
func (s *stream) skip(line int, off int64, err error) {
	if line > 0 {
		off = -1
	}
	s.opt.skip(&dyad.InputError{Name: s.name, Line: line, Offset: off, Err: err})
}

// skipFile reports that the whole stream is skipped.
func (s *stream) skipFile(err error) { s.skip(0, -1, err) }

// readError reports an error that ends the reading of the stream; what was
// read before it stands.
func (s *stream) readError(off int64, err error) {
	s.skip(0, off, becausef(ReasonRead, "read: %w", err))
}

// article builds and emits one record's article, or reports why it is
// skipped. Only emit's error is returned.
func (s *stream) article(f *fields, line int, off int64) error {
	a, err := f.article()
	if err != nil {
		s.skip(line, off, err)
		return nil
	}
	return s.emitArticle(a, line, off)
}

// emitArticle emits a, or reports why it is skipped: a text over
// Options.MaxBytes, or an ID read before with other content. An article
// that declares no language gets the one [DetectLang] finds, unless it is
// English.
func (s *stream) emitArticle(a *dyad.Article, line int, off int64) error {
	if a.Lang == "" {
		// An article found to be in English keeps no language, so that
		// its content hash is that of earlier versions of dyad.
		if l := DetectLang(a.Text); l != "en" {
			a.Lang = l
		}
	}
	if max := s.opt.MaxBytes; max > 0 && len(a.Text) > max {
		s.skip(line, off, becausef(ReasonTooLarge, "%w: article %s has %d bytes, more than %d", ErrTooLarge, a.ID, len(a.Text), max))
		return nil
	}
	if s.opt.seen != nil && s.opt.seen.repeated(a) {
		s.skip(line, off, becausef(ReasonRepeatedID, "article %q was read before with other content; the first is kept", a.ID))
		return nil
	}
	return s.emit(a)
}

var (
	gzipMagic = []byte{0x1f, 0x8b}
	utf8BOM   = []byte{0xef, 0xbb, 0xbf}
)

// read dispatches on the format, looking at the first bytes of br: gzip
// data is unpacked and read again, an 8-bit Options.Encoding decoded, and
// what remains read by its format.
func (s *stream) read(br *bufio.Reader, f format, name string, depth int) error {
	if err := s.ctx.Err(); err != nil {
		return err
	}
	br, head, atEOF := peek(br)
	if bytes.HasPrefix(head, gzipMagic) {
		return s.readGzip(br, f, name, depth)
	}
	if f == formatGzip {
		if len(head) == 0 {
			return nil // an empty file
		}
		s.skipFile(becausef(ReasonGzip, "invalid gzip data: no gzip header"))
		return nil
	}
	if f == formatZip || bytes.HasPrefix(head, zipMagic) {
		return s.readZip(br, depth)
	}
	if f == formatWARC || (f == formatUnknown && warcHead(head)) {
		return s.readWARC(br)
	}
	if enc := s.opt.Encoding; (enc == "latin1" || enc == "windows-1252") && !s.decoded {
		s.decoded = true
		dbr := getReader(charmap.Windows1252.NewDecoder().Reader(br))
		defer putReader(dbr)
		return s.read(dbr, f, name, depth)
	}
	return s.readFormat(br, head, atEOF, f)
}

// peek returns the first sniffLen bytes of br, and whether they are all
// there is. When reading them fails, it returns a reader that gives them
// and then the error, so that what came before the error is read.
func peek(br *bufio.Reader) (_ *bufio.Reader, head []byte, atEOF bool) {
	head, err := br.Peek(sniffLen)
	atEOF = len(head) < sniffLen
	if err != nil && !errors.Is(err, io.EOF) {
		head = append([]byte(nil), head...)
		br = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(head), failReader{err}), bufSize)
		atEOF = false
	}
	return br, head, atEOF
}

// readGzip reads the gzip data of br as the input it holds: a file
// NAME.EXT.gz as NAME.EXT.
func (s *stream) readGzip(br *bufio.Reader, f format, name string, depth int) error {
	if depth >= maxGzipDepth {
		s.skipFile(becausef(ReasonGzip, "gzip data nested too deep"))
		return nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		s.skipFile(becausef(ReasonGzip, "invalid gzip data: %w", err))
		return nil
	}
	defer zr.Close()
	inner := name
	if f == formatGzip {
		inner = strings.TrimSuffix(name, filepath.Ext(name))
	}
	zbr := getReader(zr)
	defer putReader(zbr)
	return s.read(zbr, formatOf(inner), inner, depth+1)
}

// readFormat reads br, whose first bytes are head, by its format: by name,
// else JSON when it starts with '{', else text. A byte order mark is
// dropped; NUL bytes, or bytes that are not UTF-8 where UTF-8 is
// required, skip the whole input as binary.
func (s *stream) readFormat(br *bufio.Reader, head []byte, atEOF bool, f format) error {
	var start int64
	if bytes.HasPrefix(head, utf8BOM) {
		br.Discard(len(utf8BOM))
		head = head[len(utf8BOM):]
		start = int64(len(utf8BOM))
	}
	if bytes.IndexByte(head, 0) >= 0 {
		s.skipFile(becausef(ReasonBinary, "binary file (NUL bytes)"))
		return nil
	}
	textByName := f == formatText
	if f == formatUnknown {
		f = sniff(head)
	}
	if f == formatJSON && jsonFeedHead(head) {
		f = formatFeed
	}
	switch f {
	case formatHTML:
		return s.readHTML(br)
	case formatFeed:
		return s.readFeed(br)
	case formatJSONL:
		return s.readJSONLines(br, start)
	case formatJSON:
		return s.readJSON(br, head, start)
	case formatCSV:
		return s.readCSV(br, ',')
	case formatTSV:
		return s.readTSV(br, start)
	}
	// A file named .txt need not be UTF-8 unless the encoding says so:
	// readText reads what is not as Windows-1252. A file of unknown type
	// must be UTF-8, so that binary data is not taken for text.
	legacy := textByName && s.opt.Encoding == ""
	if !legacy && !textPrefix(head, atEOF) {
		s.skipFile(becausef(ReasonBinary, "binary file (not UTF-8 text); if it is Latin-1 text, read it with the encoding latin1"))
		return nil
	}
	return s.readText(br, legacy)
}

// sniff tells the format of an input of unknown type from its first bytes:
// '{' means JSON, a document type or tag of HTML means a web page, an
// rss, feed or rdf:RDF root (after an XML declaration or comments) a feed,
// anything else is text.
func sniff(head []byte) format {
	t := bytes.TrimLeft(head, " \t\r\n")
	if len(t) > 0 && t[0] == '{' {
		return formatJSON
	}
	if len(t) == 0 || t[0] != '<' {
		return formatText
	}
	lower := bytes.ToLower(t)
	for _, p := range []string{"<!doctype html", "<html"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return formatHTML
		}
	}
	if bytes.HasPrefix(lower, []byte("<!--")) || bytes.HasPrefix(lower, []byte("<?xml")) || bytes.HasPrefix(lower, []byte("<rss")) || bytes.HasPrefix(lower, []byte("<feed")) {
		switch {
		case feedHead(lower):
			return formatFeed
		case bytes.Contains(lower, []byte("<html")):
			return formatHTML
		}
	}
	return formatText
}

// textPrefix reports whether p, the first bytes of a stream, is valid UTF-8,
// allowing a rune cut at the end when more follows.
func textPrefix(p []byte, atEOF bool) bool {
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && n == 1 {
			return !atEOF && !utf8.FullRune(p[i:])
		}
		i += n
	}
	return true
}

// countingReader reports the bytes read through it.
type countingReader struct {
	r  io.Reader
	fn func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.fn(int64(n))
	}
	return n, err
}

// failReader returns its error.
type failReader struct{ err error }

func (f failReader) Read([]byte) (int, error) { return 0, f.err }
