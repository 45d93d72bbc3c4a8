package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"dyad"
)

// result is what reading produced: one line per article and per skip.
type result struct {
	articles []string // "id|date|title|text"
	skips    []string // InputError messages
}

func show(a *dyad.Article) string {
	return a.ID + "|" + a.Date() + "|" + a.Title + "|" + a.Text
}

func collect(t *testing.T, read func(Options, func(*dyad.Article) error) error) result {
	t.Helper()
	var r result
	opt := Options{OnSkip: func(e *dyad.InputError) { r.skips = append(r.skips, e.Error()) }}
	err := read(opt, func(a *dyad.Article) error {
		checkArticle(t, a)
		r.articles = append(r.articles, show(a))
		return nil
	})
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return r
}

// checkArticle checks what every emitted article must satisfy.
func checkArticle(t testing.TB, a *dyad.Article) {
	t.Helper()
	switch {
	case a.ID == "":
		t.Errorf("article with empty ID: %+v", a)
	case strings.TrimSpace(a.Text) == "" || a.Text != strings.TrimSpace(a.Text):
		t.Errorf("article %s: text empty or not trimmed: %q", a.ID, a.Text)
	case strings.ContainsAny(a.Text, "\r\x00"):
		t.Errorf("article %s: text has \\r or NUL: %q", a.ID, a.Text)
	case !isUTF8(a.Text, a.Title, a.ID, a.URL, a.Source, a.Lang):
		t.Errorf("article %s: invalid UTF-8", a.ID)
	}
}

func isUTF8(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}

// compare checks articles exactly and skips by prefix.
func compare(t *testing.T, got result, articles, skips []string) {
	t.Helper()
	if strings.Join(got.articles, "\n") != strings.Join(articles, "\n") {
		t.Errorf("articles:\n got %q\nwant %q", got.articles, articles)
	}
	ok := len(got.skips) == len(skips)
	for i := 0; ok && i < len(skips); i++ {
		ok = strings.HasPrefix(got.skips[i], skips[i])
	}
	if !ok {
		t.Errorf("skips:\n got %q\nwant prefixes %q", got.skips, skips)
	}
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

var (
	idText1 = dyad.ArticleID("", "", "Hello world.")
	idURL   = dyad.ArticleID("", "http://x/1", "")
)

func TestReadStream(t *testing.T) {
	tests := []struct {
		name, file, in string
		articles       []string
		skips          []string
	}{
		// JSON Lines
		{"jsonl", "x.jsonl",
			`{"id":"a","date":"2024-05-19","title":"T","text":"Hello."}` + "\n\n  \n" +
				`{"id":"b","text":"  World.  ","extra":[1,2]}`,
			[]string{"a|2024-05-19|T|Hello.", "b|||World."}, nil},
		{"jsonl malformed line", "x.jsonl",
			"{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"three\"}\n",
			[]string{"a|||one", "c|||three"}, []string{"x.jsonl:2: invalid JSON: "}},
		{"jsonl missing text", "x.jsonl",
			"{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":\" \\n \"}\n{\"id\":\"c\",\"text\":\"ok\"}",
			[]string{"c|||ok"}, []string{"x.jsonl:1: missing text", "x.jsonl:2: missing text"}},
		{"jsonl invalid utf8", "x.jsonl",
			"{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"bad \xff\"}\n{\"id\":\"c\",\"text\":\"ok\"}",
			[]string{"a|||ok", "c|||ok"}, []string{"x.jsonl:2: invalid UTF-8 at byte 22 of the record"}},
		{"jsonl dates", "x.ndjson",
			`{"id":"a","date":"2024-05-19T10:00:00Z","text":"x"}` + "\n" +
				`{"id":"b","date":"2024-05-19T23:30:00.5-05:00","text":"x"}` + "\n" +
				`{"id":"c","date":"2024-05-19T10:00:00","text":"x"}` + "\n" +
				`{"id":"d","date":"19/05/2024","text":"x"}` + "\n" +
				`{"id":"e","date":null,"text":"x"}`,
			[]string{"a|2024-05-19||x", "b|2024-05-19||x", "c|2024-05-19||x", "e|||x"},
			[]string{`x.ndjson:4: invalid date "19/05/2024"`}},
		{"jsonl ids", "x.jsonl",
			`{"id":17,"text":"x"}` + "\n" + `{"url":"http://x/1","text":"x"}` + "\n" +
				`{"text":"Hello   world."}` + "\n" + `{"id":"","text":"hello world."}` + "\n" +
				`{"id":{"a":1},"text":"x"}`,
			[]string{"17|||x", idURL + "|||x", idText1 + "|||Hello   world.", idText1 + "|||hello world."},
			[]string{"x.jsonl:5: invalid JSON: field id"}},
		{"jsonl crlf", "x.jsonl",
			"{\"id\":\"a\",\"text\":\"one\\r\\ntwo\\rthree\"}\r\n{\"id\":\"b\",\"text\":\"x\"}\r\n",
			[]string{"a|||one\ntwo\nthree", "b|||x"}, nil},
		{"jsonl not objects", "x.jsonl",
			"[1,2]\n\"text\"\n{\"id\":\"a\",\"text\":5}\n{\"id\":\"b\",\"text\":\"ok\"}",
			[]string{"b|||ok"},
			[]string{"x.jsonl:1: invalid JSON: want an object", "x.jsonl:2: invalid JSON: want an object",
				"x.jsonl:3: invalid JSON: field text"}},
		{"jsonl empty", "x.jsonl", "", nil, nil},
		{"jsonl bom", "x.jsonl", "\ufeff{\"id\":\"a\",\"text\":\"x\"}", []string{"a|||x"}, nil},

		// .json
		{"json lines", "x.json", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}",
			[]string{"a|||x", "b|||y"}, nil},
		{"json array", "x.json", " [ {\"id\":\"a\",\"text\":\"x\"},\n {\"id\":\"b\"}, 3,\n{\"id\":\"c\",\"text\":\"z\"} ]",
			[]string{"a|||x", "c|||z"},
			[]string{"x.json: byte ", "x.json: byte "}},
		{"json array broken", "x.json", "[{\"id\":\"a\",\"text\":\"x\"}, {\"id\":",
			[]string{"a|||x"}, []string{"x.json: byte "}},
		{"json pretty objects", "x.json", "{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}\n{\n  \"id\": \"b\",\n  \"text\": \"y\"\n}\n",
			[]string{"a|||x", "b|||y"}, nil},

		// CSV
		{"csv", "x.csv",
			"ID,Date,Text,Title,Extra\na,2024-05-19,\"Hello, \"\"world\"\".\",T,z\nb,,\"two\r\nlines\",,\n",
			[]string{"a|2024-05-19|T|Hello, \"world\".", "b|||two\nlines"}, nil},
		{"csv wrong field count", "x.csv",
			"id,text\na,one\nb,two,extra\nc,\"multi\nline\"\nd\ne,five\n",
			[]string{"a|||one", "c|||multi\nline", "e|||five"},
			[]string{"x.csv:3: row has 3 fields, header has 2", "x.csv:6: row has 1 fields, header has 2"}},
		{"csv no text column", "x.csv", "id,body\na,one\n", nil,
			[]string{`x.csv:1: header has no "text" column`}},
		{"csv bad quote", "x.csv", "id,text\na,one\nb,tw\"o\nc,three\n",
			[]string{"a|||one", "c|||three"}, []string{"x.csv:3: invalid CSV: "}},
		{"csv bom and blank", "x.csv", "\ufeffid,text\n\na,one\n", []string{"a|||one"}, nil},
		{"csv invalid utf8 and missing text", "x.csv", "id,text\na,o\xffne\nb,\nc,ok\n",
			[]string{"c|||ok"}, []string{"x.csv:2: invalid UTF-8 in text at byte 1", "x.csv:3: missing text"}},
		{"csv empty", "x.csv", "", nil, nil},

		// TSV
		{"tsv", "x.tsv", "id\tdate\ttext\na\t2024-05-19\tsaid \"no\"\\nagain\\\\\nb\t\tx\\ty\n",
			[]string{"a|2024-05-19||said \"no\"\nagain\\", "b|||x\ty"}, nil},
		{"tsv wrong field count", "x.tsv", "id\ttext\na\tone\tx\n\nb\ttwo\n",
			[]string{"b|||two"}, []string{"x.tsv:2: row has 3 fields, header has 2"}},
		{"tsv no text column", "x.tsv", "id\ttitle\na\tone\n", nil, []string{`x.tsv:1: header has no "text" column`}},

		// plain text
		{"text", "x.txt", "date 2024-05-19\ntitle Talks in Beijing\n\nChina and Russia met.\r\nThey talked.\n",
			[]string{dyad.ArticleID("", "", "China and Russia met.\nThey talked.") +
				"|2024-05-19|Talks in Beijing|China and Russia met.\nThey talked."}, nil},
		{"text title only", "x.txt", "title T\nHello world.", []string{idText1 + "||T|Hello world."}, nil},
		{"text date time", "x.txt", "date 2024-05-19 23:00:00\n\nHello world.", []string{idText1 + "|2024-05-19||Hello world."}, nil},
		{"text date tab rfc3339", "x.txt", "date\t2024-05-19T23:00:00+09:00\nHello world.", []string{idText1 + "|2024-05-19||Hello world."}, nil},
		{"text plain", "x.txt", "  Hello world.  \n", []string{idText1 + "|||Hello world."}, nil},
		{"text date palms", "x.txt", "date palms grow.\n", []string{dyad.ArticleID("", "", "date palms grow.") + "|||date palms grow."}, nil},
		{"text bad date", "x.txt", "date 2024-13-45\nText.", nil, []string{`x.txt:1: invalid date "2024-13-45"`}},
		{"text zero date", "x.txt", "date 0001-01-01\nText.", nil, []string{`x.txt:1: invalid date "0001-01-01": want a year from 1000 to 9999`}},
		{"jsonl zero date", "x.jsonl", `{"id":"a","date":"0001-01-01","text":"x"}` + "\n" + `{"id":"b","date":"9999-12-31","text":"y"}`,
			[]string{"b|9999-12-31||y"}, []string{`x.jsonl:1: invalid date "0001-01-01": want a year from 1000 to 9999`}},
		{"text empty", "x.txt", "", nil, []string{"x.txt: missing text"}},
		{"text header only", "x.txt", "date 2024-05-19\ntitle T\n\n", nil, []string{"x.txt: missing text"}},
		{"text binary", "x.txt", "abc\x00def", nil, []string{"x.txt: binary file"}},
		// A .txt file that is not UTF-8 is read as Windows-1252 where it is not.
		{"text invalid utf8 first KB", "x.txt", "abc\xffdef", []string{dyad.ArticleID("", "", "abcÿdef") + "|||abcÿdef"}, nil},
		{"text invalid utf8 later", "x.txt", strings.Repeat("é", 1000) + "\xff",
			[]string{dyad.ArticleID("", "", strings.Repeat("é", 1000)+"ÿ") + "|||" + strings.Repeat("é", 1000) + "ÿ"}, nil},
		{"text cut rune at 1KB", "x.txt", "a" + strings.Repeat("é", 600),
			[]string{dyad.ArticleID("", "", "a"+strings.Repeat("é", 600)) + "|||a" + strings.Repeat("é", 600)}, nil},

		// gzip
		{"jsonl gz", "x.jsonl.gz", gz("{\"id\":\"a\",\"text\":\"x\"}\nbad\n"), []string{"a|||x"},
			[]string{"x.jsonl.gz:2: invalid JSON: "}},
		{"csv gz", "x.CSV.GZ", gz("id,text\na,x\n"), []string{"a|||x"}, nil},
		{"txt gz", "x.txt.gz", gz("date 2024-01-02\nHello world."), []string{idText1 + "|2024-01-02||Hello world."}, nil},
		{"gz truncated", "x.jsonl.gz", gz(strings.Repeat("{\"id\":\"a\",\"text\":\"x\"}\n", 3))[:30], nil,
			[]string{"x.jsonl.gz: byte 0: read: unexpected EOF"}},
		{"gz not gzip", "x.jsonl.gz", "{\"id\":\"a\"}", nil, []string{"x.jsonl.gz: invalid gzip data"}},
		{"gz empty", "x.jsonl.gz", "", nil, nil},
		{"gz nested", "x.gz", gz(gz("Hello world.")), []string{idText1 + "|||Hello world."}, nil},

		// sniffed
		{"stdin jsonl", "-", "\n {\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}", []string{"a|||x", "b|||y"}, nil},
		{"stdin text", "-", "Hello world.", []string{idText1 + "|||Hello world."}, nil},
		{"stdin gz", "-", gz("{\"id\":\"a\",\"text\":\"x\"}"), []string{"a|||x"}, nil},
		{"stdin empty", "-", "", nil, []string{"-: missing text"}},
		{"unknown ext text", "notes.md", "# Hello world.", []string{dyad.ArticleID("", "", "# Hello world.") + "|||# Hello world."}, nil},
		{"unknown ext json", "feed.dat", "{\"id\":\"a\",\"text\":\"x\"}", []string{"a|||x"}, nil},
		{"unknown ext binary", "img.png", "\x89PNG\r\n\x1a\n\x00\x00", nil, []string{"img.png: binary file"}},
		{"unknown ext latin1", "old.dat", "caf\xe9 au lait", nil, []string{"old.dat: binary file (not UTF-8 text)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(t, func(opt Options, emit func(*dyad.Article) error) error {
				return ReadStream(context.Background(), tt.file, strings.NewReader(tt.in), opt, emit)
			})
			compare(t, got, tt.articles, tt.skips)
		})
	}
}

// TestMaxBytes checks that an article whose text is longer than
// Options.MaxBytes is skipped, named, and that the rest are read.
func TestMaxBytes(t *testing.T) {
	ten := strings.Repeat("x", 10)
	tests := []struct {
		name, file, in string
		max            int
		articles       []string
		skips          []string
	}{
		{"jsonl", "x.jsonl", `{"id":"a","text":"` + ten + `"}` + "\n" + `{"id":"b","text":"` + ten + `y"}` + "\n" + `{"id":"c","text":"ok"}`,
			10, []string{"a|||" + ten, "c|||ok"}, []string{"x.jsonl:2: text over the size limit: article b has 11 bytes, more than 10"}},
		{"no limit", "x.jsonl", `{"id":"b","text":"` + ten + `y"}`, 0, []string{"b|||" + ten + "y"}, nil},
		{"limit after trimming", "x.jsonl", `{"id":"a","text":"  ` + ten + `  "}`, 10, []string{"a|||" + ten}, nil},
		{"csv", "x.csv", "id,text\na," + ten + "y\nb,ok\n", 10, []string{"b|||ok"},
			[]string{"x.csv:2: text over the size limit: article a has 11 bytes, more than 10"}},
		{"text", "x.txt", "date 2024-05-19\n" + ten + "y", 10, nil,
			[]string{"x.txt: text over the size limit: article " + dyad.ArticleID("", "", ten+"y") + " has 11 bytes"}},
		{"json array", "x.json", `[{"id":"a","text":"` + ten + `y"},{"id":"b","text":"ok"}]`, 10, []string{"b|||ok"},
			[]string{"x.json: byte 1: text over the size limit: article a has 11 bytes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(t, func(opt Options, emit func(*dyad.Article) error) error {
				opt.MaxBytes = tt.max
				return ReadStream(context.Background(), tt.file, strings.NewReader(tt.in), opt, emit)
			})
			compare(t, got, tt.articles, tt.skips)
		})
	}
	var skipped error
	opt := Options{MaxBytes: 1, OnSkip: func(e *dyad.InputError) { skipped = e }}
	ReadStream(context.Background(), "x.txt", strings.NewReader("ab"), opt, func(*dyad.Article) error { return nil })
	if !errors.Is(skipped, ErrTooLarge) {
		t.Errorf("skip error %v does not wrap ErrTooLarge", skipped)
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"", time.Time{}, true},
		{"2024-05-19", time.Date(2024, 5, 19, 0, 0, 0, 0, time.UTC), true},
		{" 2024-05-19 ", time.Date(2024, 5, 19, 0, 0, 0, 0, time.UTC), true},
		{"2024-05-19T10:11:12Z", time.Date(2024, 5, 19, 10, 11, 12, 0, time.UTC), true},
		{"2024-05-19T10:11:12.250+02:00", time.Date(2024, 5, 19, 8, 11, 12, 250e6, time.UTC), true},
		{"2024-05-19T10:11:12", time.Date(2024, 5, 19, 10, 11, 12, 0, time.UTC), true},
		{"2024-05-19 10:11:12", time.Date(2024, 5, 19, 10, 11, 12, 0, time.UTC), true},
		{"2024-02-30", time.Time{}, false},
		{"May 19, 2024", time.Time{}, false},
		{"2024-05-19T25:00:00", time.Time{}, false},
		// the zero time, which would read as no date, and other years out of range
		{"0001-01-01", time.Time{}, false},
		{"0001-01-01T00:00:00Z", time.Time{}, false},
		{"0000-12-31", time.Time{}, false},
		{"0999-12-31", time.Time{}, false},
		{"1000-01-01", time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"9999-12-31", time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), true},
		{"9999-12-31T23:00:00-05:00", time.Date(10000, 1, 1, 4, 0, 0, 0, time.UTC), true}, // its date is 9999-12-31
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if (err == nil) != tt.ok || !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestLineReader(t *testing.T) {
	in := "short\n" + strings.Repeat("x", 100) + "\nmid" + strings.Repeat("y", 20) + "\r\n\nlast"
	lr := &lineReader{br: bufioSmall(in), max: 40}
	type line struct {
		text    string
		num     int
		off     int64
		tooLong bool
	}
	want := []line{
		{"short", 1, 0, false},
		{"", 2, 6, true},
		{"mid" + strings.Repeat("y", 20), 3, 107, false},
		{"", 4, 132, false},
		{"last", 5, 133, false},
	}
	for _, w := range want {
		b, num, off, tooLong, err := lr.next()
		if err != nil {
			t.Fatalf("next: %v", err)
		}
		if got := (line{string(b), num, off, tooLong}); got != w {
			t.Errorf("got %+v, want %+v", got, w)
		}
	}
	if _, _, _, _, err := lr.next(); err != io.EOF {
		t.Errorf("after the last line: err %v, want EOF", err)
	}
}

// writeTree writes files under a new temporary folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReadFolder(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"b.jsonl":          "{\"id\":\"b1\",\"text\":\"x\"}\nnope\n{\"id\":\"b2\",\"text\":\"y\"}\n",
		"a.csv":            "id,text\na1,x\n",
		"sub/c.txt":        "date 2024-05-19\nHello world.",
		"sub/d.tsv.gz":     gz("id\ttext\nd1\tx\n"),
		"sub/e.bin":        "\x00\x01\x02",
		"sub/f.jsonl":      "",
		".hidden.jsonl":    "{\"id\":\"h\",\"text\":\"x\"}",
		".git/config.json": "{\"id\":\"g\",\"text\":\"x\"}",
		"sub/.h/x.txt":     "hidden",
	})
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "a.csv"), filepath.Join(dir, "sub", "link.csv")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "sub", "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	stdin := "{\"id\":\"s\",\"text\":\"from stdin\"}\n"
	file := filepath.Join(dir, "a.csv")
	var bytesRead int64
	var r result
	opt := Options{
		Stdin:   strings.NewReader(stdin),
		OnSkip:  func(e *dyad.InputError) { r.skips = append(r.skips, e.Error()) },
		OnBytes: func(n int64) { bytesRead += n },
	}
	err := Read(context.Background(), []string{dir, "-", file}, opt, func(a *dyad.Article) error {
		checkArticle(t, a)
		r.articles = append(r.articles, show(a))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	compare(t, r,
		[]string{"a1|||x", "b1|||x", "b2|||y", idText1 + "|2024-05-19||Hello world.", "d1|||x", "a1|||x",
			"s|||from stdin", "a1|||x"},
		[]string{filepath.Join(dir, "b.jsonl") + ":2: invalid JSON: ",
			filepath.Join(dir, "sub", "dangling.txt") + ": no such file or directory",
			filepath.Join(dir, "sub", "e.bin") + ": not read from a folder: "})

	size, err := Size([]string{dir, "-", file})
	if err != nil {
		t.Fatal(err)
	}
	var want int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && !strings.HasPrefix(d.Name(), ".") && inFolder(p) {
			want += fi.Size()
		}
		return nil
	})
	if fi, _ := os.Stat(file); true {
		want += fi.Size()
	}
	if size != want {
		t.Errorf("Size = %d, want %d", size, want)
	}
	if bytesRead != want+int64(len(stdin)) {
		t.Errorf("OnBytes summed %d, want %d (files) + %d (stdin)", bytesRead, want, len(stdin))
	}
}

func TestReadErrors(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.jsonl": "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n",
	})
	a := filepath.Join(dir, "a.jsonl")
	missing := filepath.Join(dir, "missing.jsonl")
	nop := func(*dyad.Article) error { return nil }

	err := Read(context.Background(), []string{a, missing}, Options{}, nop)
	if err == nil || !strings.Contains(err.Error(), missing) || !errors.Is(err, fs.ErrNotExist) ||
		dyad.ErrorCode(err) != dyad.ENOTFOUND {
		t.Errorf("missing path: err %v (code %q)", err, dyad.ErrorCode(err))
	}
	if _, err := Size([]string{missing}); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("Size of a missing path: err %v", err)
	}

	stop := errors.New("stop")
	n := 0
	err = Read(context.Background(), []string{a}, Options{}, func(*dyad.Article) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("emit error: err %v after %d articles, want stop after 1", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Read(ctx, []string{a, dir}, Options{}, func(*dyad.Article) error { n++; cancel(); return nil })
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancelled: err %v after %d articles", err, n)
	}

	if err := ReadStream(context.Background(), "x", nil, Options{}, nop); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("nil reader: err %v", err)
	}
}

func TestReadStreamReadError(t *testing.T) {
	r := io.MultiReader(strings.NewReader("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\""), errReader{})
	got := collect(t, func(opt Options, emit func(*dyad.Article) error) error {
		return ReadStream(context.Background(), "x.jsonl", r, opt, emit)
	})
	compare(t, got, []string{"a|||x"}, []string{"x.jsonl: byte 22: read: disk on fire"})
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestInputErrorFields(t *testing.T) {
	var got []*dyad.InputError
	opt := Options{OnSkip: func(e *dyad.InputError) { got = append(got, e) }}
	ReadStream(context.Background(), "x.jsonl", strings.NewReader("{}\n[\n"), opt, func(*dyad.Article) error { return nil })
	if len(got) != 2 || got[0].Line != 1 || got[1].Line != 2 || got[0].Name != "x.jsonl" ||
		!errors.Is(got[0], errMissingText) {
		t.Errorf("skips: %v", fmt.Sprint(got))
	}
}
