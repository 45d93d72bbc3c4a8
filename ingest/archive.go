package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// The reasons of skipped archives and archive records.
const (
	ReasonWARC = "invalid WARC data"
	ReasonZip  = "invalid zip archive"
)

// maxArchiveDepth bounds archives inside archives (a zip in a zip).
const maxArchiveDepth = 3

// readWARC reads a WARC file (web archive, ISO 28500; gzipped per record
// or whole when named .warc.gz) with github.com/nlnwa/gowarc, one record
// at a time: every response record of a successful HTTP response with an
// HTML body, and every resource record of HTML, is a web page, extracted
// as [ExtractHTML] does with the record's target URI as its address. A
// page that gives no date of publication takes the date of its capture
// (WARC-Date). Other records (requests, metadata, images) are passed over.
// A record that cannot be read ends the reading of the file, reported with
// its byte offset in the (uncompressed) WARC data.
func (s *stream) readWARC(br *bufio.Reader) error {
	// Findings are collected (ErrWarn) rather than ignored: with ErrIgnore,
	// gowarc v3.1.0 gives some resource records an empty block.
	wr, err := gowarc.NewWarcFileReaderFromStream(br, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrWarn), gowarc.WithBufferMaxMemBytes(1<<20))
	if err != nil {
		s.skipFile(becausef(ReasonWARC, "invalid WARC data: %w", err))
		return nil
	}
	defer wr.Close()
	for {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			rec.Close()
			s.skip(0, rec.Offset, becausef(ReasonWARC, "invalid WARC record: %v", err))
			return nil
		}
		err = s.warcRecord(rec)
		rec.Close()
		if err != nil {
			return err
		}
	}
}

// warcRecord emits the page of one WARC record, when it holds one.
func (s *stream) warcRecord(rec gowarc.Record) error {
	wr := rec.WarcRecord
	if wr == nil {
		return nil
	}
	h := wr.WarcHeader()
	target := strings.Trim(h.Get(gowarc.WarcTargetURI), "<>")
	var body io.Reader
	var contentType string
	switch wr.Type() {
	case gowarc.Response:
		raw, err := wr.Block().RawBytes()
		if err != nil {
			s.skip(0, rec.Offset, becausef(ReasonWARC, "record %s: %v", target, err))
			return nil
		}
		resp, err := http.ReadResponse(bufio.NewReader(raw), nil)
		if err != nil {
			if strings.HasPrefix(target, "http") {
				s.skip(0, rec.Offset, becausef(ReasonWARC, "record %s: invalid HTTP response: %v", target, err))
			}
			return nil // dns: and other schemes hold no HTTP
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !isHTML(resp.Header.Get("Content-Type")) {
			return nil
		}
		contentType = resp.Header.Get("Content-Type")
		body = resp.Body
		if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
			zr, err := gzip.NewReader(body)
			if err != nil {
				s.skip(0, rec.Offset, becausef(ReasonWARC, "record %s: invalid gzip body: %v", target, err))
				return nil
			}
			defer zr.Close()
			body = zr
		}
	case gowarc.Resource:
		if !isHTML(h.Get(gowarc.ContentType)) {
			return nil
		}
		raw, err := wr.Block().RawBytes()
		if err != nil {
			s.skip(0, rec.Offset, becausef(ReasonWARC, "record %s: %v", target, err))
			return nil
		}
		body, contentType = raw, h.Get(gowarc.ContentType)
	default:
		return nil
	}
	p, err := extractHTML(body, target, contentType)
	if err != nil {
		s.skip(0, rec.Offset, fmt.Errorf("record %s: %w", clip(target, 200), err))
		return nil
	}
	if p.Published.IsZero() {
		if t, err := time.Parse(time.RFC3339, h.Get(gowarc.WarcDate)); err == nil {
			p.Published = t
		}
	}
	return s.page(p, 0, rec.Offset)
}

// isHTML reports whether a Content-Type names HTML.
func isHTML(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml")
}

var zipMagic = []byte("PK\x03\x04")

// readZip reads every file of a zip archive as the input it holds, named
// ARCHIVE.zip/PATH/IN/ARCHIVE in reports, in the archive's order, by the
// same rules as a folder: files of other types are reported and passed
// over. Entries are decompressed one at a time, as they are read. A zip
// file named to Read is read in place; a zip from standard input or from
// inside another archive is first copied to a temporary file, since a zip
// archive's index is at its end.
func (s *stream) readZip(br *bufio.Reader, depth int) error {
	if depth >= maxArchiveDepth {
		s.skipFile(becausef(ReasonZip, "archive nested too deep"))
		return nil
	}
	ra, size, cleanup, err := s.zipSource(br, depth)
	if err != nil {
		s.skipFile(becausef(ReasonRead, "read: %w", err))
		return nil
	}
	defer cleanup()
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		s.skipFile(becausef(ReasonZip, "invalid zip archive: %w", err))
		return nil
	}
	for _, f := range zr.File {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		if f.FileInfo().IsDir() || hiddenPath(f.Name) {
			continue
		}
		sub := &stream{ctx: s.ctx, name: s.name + "/" + f.Name, opt: s.opt, emit: s.emit}
		if !inFolder(f.Name) {
			sub.skipFile(errFileType)
			continue
		}
		rc, err := f.Open()
		if err != nil {
			sub.skipFile(becausef(ReasonZip, "invalid zip entry: %w", err))
			continue
		}
		zbr := getReader(rc)
		err = sub.read(zbr, formatOf(f.Name), f.Name, depth+1)
		putReader(zbr)
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// zipSource returns the zip data of br for random access: the file Read
// opened when br reads it from its start, else a temporary copy.
func (s *stream) zipSource(br *bufio.Reader, depth int) (io.ReaderAt, int64, func(), error) {
	if f := s.file; f != nil && depth == 0 {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			if pos, err := f.Seek(0, io.SeekCurrent); err == nil && pos == int64(br.Buffered()) {
				s.file = nil // read once
				if s.opt.OnBytes != nil {
					s.opt.OnBytes(fi.Size() - pos)
				}
				return f, fi.Size(), func() {}, nil
			}
		}
	}
	tmp, err := os.CreateTemp("", "dyad-zip-*")
	if err != nil {
		return nil, 0, nil, err
	}
	cleanup := func() { tmp.Close(); os.Remove(tmp.Name()) }
	n, err := io.Copy(tmp, br)
	if err != nil {
		cleanup()
		return nil, 0, nil, err
	}
	return tmp, n, cleanup, nil
}

// hiddenPath reports whether a path in an archive has a part whose name
// starts with ".", which folders leave out too (__MACOSX holds such files).
func hiddenPath(name string) bool {
	for part := range strings.SplitSeq(name, "/") {
		if strings.HasPrefix(part, ".") || part == "__MACOSX" {
			return true
		}
	}
	return false
}

// warcHead reports whether the first bytes of a stream are a WARC record's.
func warcHead(head []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(head, "\r\n"), []byte("WARC/"))
}
