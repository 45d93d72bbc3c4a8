package ingest

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"dyad"
)

// Options configures Read and ReadStream.
type Options struct {
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// OnSkip is called for every record (or file) skipped; it may be nil.
	OnSkip func(err *dyad.InputError)
	// OnBytes is called as input bytes are consumed: on-disk bytes, that is
	// compressed bytes for .gz, so that the caller can draw a progress bar
	// against [Size]. Bytes of standard input are reported too, although
	// Size counts it as 0. It may be nil.
	OnBytes func(n int64)
	// MaxBytes, when above 0, is the largest article text read, in bytes:
	// an article with a longer text is skipped, reported to OnSkip with an
	// error that wraps [ErrTooLarge] and names the article. 0 means no
	// limit. Records over 64 MiB are skipped whatever MaxBytes says.
	MaxBytes int
	// SkipRepeats, when set, skips a record whose article ID was read before
	// in the same call of Read or ReadStream with other content (another
	// [dyad.Article.Hash]), reported with [ReasonRepeatedID] and the ID: the
	// first record is kept, so that a store ingesting the input twice ends
	// the same. A record repeated with the same content is not skipped. It
	// costs some 40 bytes of memory per article read.
	SkipRepeats bool
	// Encoding is the character encoding of the input: "" (or "auto") for
	// UTF-8, where a .txt file that is not UTF-8 is read byte by byte as
	// Windows-1252 wherever it is not ("café" in Latin-1 becomes "café");
	// "utf-8" for UTF-8 only, anything else skipped; "latin1" (ISO 8859-1,
	// read as Windows-1252 as web browsers do, so that its curly quotes
	// and dashes come through) or "windows-1252" to decode every input,
	// whatever its format. Byte offsets in errors then count decoded bytes.
	// See [CheckEncoding].
	Encoding string

	seen *seenIDs // made by Read or ReadStream when SkipRepeats is set
}

// CheckEncoding returns the name Options.Encoding uses for an encoding
// name a user gave (case and the spellings latin-1, iso-8859-1, cp1252,
// utf8 are accepted), or an EINVALID error listing the names.
func CheckEncoding(name string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "auto":
		return "", nil
	case "utf-8", "utf8":
		return "utf-8", nil
	case "latin1", "latin-1", "iso-8859-1", "iso8859-1", "l1":
		return "latin1", nil
	case "windows-1252", "cp1252":
		return "windows-1252", nil
	}
	return "", dyad.Errorf(dyad.EINVALID, "unknown encoding %q: want auto, utf-8, latin1 or windows-1252", name)
}

// ReasonFileType is the reason of a file a folder holds that is not read:
// its name does not end in an extension of a format ingest reads.
const ReasonFileType = "not an input file type"

// inFolder reports whether a file found in a folder is read: its extension
// names a format, or a format and .gz.
func inFolder(path string) bool {
	f := formatOf(path)
	if f == formatGzip {
		f = formatOf(strings.TrimSuffix(path, filepath.Ext(path)))
	}
	return f != formatUnknown && f != formatGzip
}

var errFileType = becausef(ReasonFileType,
	"not read from a folder: the name does not end in .jsonl, .ndjson, .json, .csv, .tsv, .txt, .text, .html, .htm, .xml, .rss, .atom, .warc or .zip (or one of them and .gz); name the file to read it")

// seenIDs maps a hash of each article ID read to a hash of its content.
type seenIDs struct {
	seed maphash.Seed
	m    map[uint64]uint64
}

// repeated records a's ID and reports whether it was seen before with other
// content.
func (s *seenIDs) repeated(a *dyad.Article) bool {
	id, content := maphash.String(s.seed, a.ID), maphash.String(s.seed, a.Hash())
	prev, ok := s.m[id]
	if !ok {
		s.m[id] = content
	}
	return ok && prev != content
}

func (o *Options) track() {
	if o.SkipRepeats && o.seen == nil {
		o.seen = &seenIDs{seed: maphash.MakeSeed(), m: map[uint64]uint64{}}
	}
}

// ErrTooLarge is wrapped by the error of an article skipped for a text
// longer than [Options.MaxBytes].
var ErrTooLarge = errors.New("text over the size limit")

// The reasons of skipped records and files: the [dyad.InputError.Reason]
// of every error reported to [Options.OnSkip].
const (
	ReasonUnreadable  = "unreadable file"
	ReasonRead        = "read error"
	ReasonBinary      = "binary file"
	ReasonGzip        = "invalid gzip data"
	ReasonTooLong     = "record over 64 MiB"
	ReasonTooLarge    = "text over the size limit" // Options.MaxBytes
	ReasonUTF8        = "invalid UTF-8"
	ReasonJSON        = "invalid JSON"
	ReasonCSV         = "invalid CSV"
	ReasonCSVHeader   = "no text column"
	ReasonFieldCount  = "wrong number of fields"
	ReasonMissingText = "missing text"
	ReasonDate        = "invalid date"
	ReasonRepeatedID  = "repeated ID with other content" // Options.SkipRepeats
)

// problem is an error of a skipped record with its reason.
type problem struct {
	reason string
	err    error
}

func (p *problem) Error() string { return p.err.Error() }
func (p *problem) Unwrap() error { return p.err }

// because gives err its reason.
func because(reason string, err error) error { return &problem{reason: reason, err: err} }

// becausef is because with a formatted error.
func becausef(reason, format string, args ...any) error {
	return &problem{reason: reason, err: fmt.Errorf(format, args...)}
}

func (o *Options) skip(e *dyad.InputError) {
	if e.Reason == "" {
		var p *problem
		if errors.As(e.Err, &p) {
			e.Reason = p.reason
		}
	}
	if o.OnSkip != nil {
		o.OnSkip(e)
	}
}

// Size returns the total on-disk size of the files Read would read from
// paths (folders walked the same way), for a progress bar; standard input
// counts 0. It fails, naming the path, when a path cannot be found.
func Size(paths []string) (int64, error) {
	var total int64
	for _, p := range paths {
		if p == "-" {
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return 0, pathError(err)
		}
		if !fi.IsDir() {
			total += fi.Size()
			continue
		}
		err = walkDir(context.Background(), p,
			func(path string, fi fs.FileInfo) error {
				if inFolder(path) {
					total += fi.Size()
				}
				return nil
			},
			func(string, error) {})
		if err != nil {
			return 0, err
		}
	}
	return total, nil
}

// Read reads every article of every path, in order, calling emit for each.
// "-" is standard input ([Options.Stdin]). Folders are walked recursively
// in sorted order; hidden files and folders (names starting with ".") and
// anything but regular files are left out, and symbolic links to folders
// are not followed. Of the files a folder holds, only those whose names end
// in an input format's extension (.jsonl, .ndjson, .json, .csv, .tsv, .txt,
// .text, each also with .gz) are read; the others are reported to
// [Options.OnSkip] with [ReasonFileType]. A file named in paths is read
// whatever its name, its format found from its content.
//
// Read returns an error only for what stops the work: a path that cannot be
// opened (the error names it; its code is ENOTFOUND or EINVALID), ctx
// cancelled, or emit's error, returned as it is. A bad record, or a file
// inside a folder that cannot be read, is skipped and reported to
// [Options.OnSkip] as a *dyad.InputError, and reading goes on.
func Read(ctx context.Context, paths []string, opt Options, emit func(*dyad.Article) error) error {
	enc, err := CheckEncoding(opt.Encoding)
	if err != nil {
		return err
	}
	opt.Encoding = enc
	opt.track()
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			in := opt.Stdin
			if in == nil {
				in = os.Stdin
			}
			if err := ReadStream(ctx, "-", in, opt, emit); err != nil {
				return err
			}
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return pathError(err)
		}
		if !fi.IsDir() {
			f, err := os.Open(p)
			if err != nil {
				return pathError(err)
			}
			err = ReadStream(ctx, p, f, opt, emit)
			f.Close()
			if err != nil {
				return err
			}
			continue
		}
		err = walkDir(ctx, p,
			func(path string, _ fs.FileInfo) error {
				if !inFolder(path) {
					opt.skip(&dyad.InputError{Name: path, Offset: -1, Err: errFileType})
					return nil
				}
				f, err := os.Open(path)
				if err != nil {
					opt.skip(&dyad.InputError{Name: path, Offset: -1, Reason: ReasonUnreadable, Err: unwrapPath(err)})
					return nil
				}
				defer f.Close()
				return ReadStream(ctx, path, f, opt, emit)
			},
			func(path string, err error) {
				opt.skip(&dyad.InputError{Name: path, Offset: -1, Reason: ReasonUnreadable, Err: unwrapPath(err)})
			})
		if err != nil {
			return err
		}
	}
	return nil
}

// walkDir calls file for every regular file under dir, in sorted order,
// leaving out hidden names and not following links to folders. Problems
// with one entry go to bad and the walk goes on; file's error stops it.
func walkDir(ctx context.Context, dir string, file func(string, fs.FileInfo) error, bad func(string, error)) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		bad(dir, err) // entries read before the error are still walked
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		if e.IsDir() {
			if err := walkDir(ctx, path, file, bad); err != nil {
				return err
			}
			continue
		}
		var fi fs.FileInfo
		if e.Type()&fs.ModeSymlink != 0 {
			fi, err = os.Stat(path)
		} else {
			fi, err = e.Info()
		}
		if err != nil {
			bad(path, err)
			continue
		}
		if !fi.Mode().IsRegular() {
			continue // folders behind links, devices, pipes, sockets
		}
		if err := file(path, fi); err != nil {
			return err
		}
	}
	return nil
}

// openError is a path that cannot be opened: its message is the operating
// system's, which names the path, and it carries a dyad error code while
// keeping the *fs.PathError in its chain.
type openError struct {
	code *dyad.Error
	err  error
}

func (e *openError) Error() string   { return e.err.Error() }
func (e *openError) Unwrap() []error { return []error{e.code, e.err} }

func pathError(err error) error {
	code := dyad.EINVALID
	if errors.Is(err, fs.ErrNotExist) {
		code = dyad.ENOTFOUND
	}
	return &openError{code: &dyad.Error{Code: code, Message: err.Error()}, err: err}
}

// unwrapPath drops the operation and path of an *fs.PathError, which an
// InputError names already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
