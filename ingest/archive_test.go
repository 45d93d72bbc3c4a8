package ingest

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dyad"
)

// warcRecord writes one WARC/1.1 record with the given type, target and
// block.
func warcRecord(typ, target, contentType, block string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\nWARC-Date: 2024-02-10T12:00:00Z\r\n", typ, len(block))
	if target != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", target)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	return b.String()
}

// httpResponse is an HTTP/1.1 response with a body.
func httpResponse(status, contentType, extra, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\n%sContent-Length: %d\r\n\r\n%s", status, contentType, extra, len(body), body)
}

func gzipString(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

const testPage = `<html lang="en"><head><title>%s</title>%s</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>%s</h1><p>%s</p><p>The talks will continue next week in the capital, officials said on Friday.</p></article>
<footer>Copyright The Example Times</footer></body></html>`

func page(title, meta, text string) string { return fmt.Sprintf(testPage, title, meta, title, text) }

// testWARC is a web archive of a crawl: warcinfo, a request, two HTML
// pages (one gzip-encoded), a 404, an image, an HTML resource record.
func testWARC() []string {
	return []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: dyad test\r\nformat: WARC File Format 1.1\r\n"),
		warcRecord("request", "https://a.example/one", "application/http;msgtype=request", "GET /one HTTP/1.1\r\nHost: a.example\r\n\r\n"),
		warcRecord("response", "https://a.example/one", "application/http;msgtype=response",
			httpResponse("200 OK", "text/html; charset=utf-8", "", page("Trade ministers meet",
				`<meta property="article:published_time" content="2024-02-09T08:00:00Z">`,
				"Trade ministers from twelve countries met on Thursday to discuss tariffs on steel."))),
		warcRecord("response", "https://a.example/two", "application/http;msgtype=response",
			httpResponse("200 OK", "text/html", "Content-Encoding: gzip\r\n", gzipString(page("Floods close roads", "",
				"Floods closed roads across the northern region after three days of heavy rain.")))),
		warcRecord("response", "https://a.example/missing", "application/http;msgtype=response",
			httpResponse("404 Not Found", "text/html", "", "<html><body><p>Not found, sorry about that.</p></body></html>")),
		warcRecord("response", "https://a.example/logo.png", "application/http;msgtype=response",
			httpResponse("200 OK", "image/png", "", "\x89PNG\r\n")),
		warcRecord("resource", "file:///saved/three.html", "text/html", page("Strike ends at the mine", "",
			"Miners went back to work on Monday after a strike of two weeks over safety rules.")),
	}
}

func readAll(t *testing.T, paths []string) (arts []*dyad.Article, skips []*dyad.InputError) {
	t.Helper()
	opt := Options{OnSkip: func(e *dyad.InputError) { skips = append(skips, e) }}
	err := Read(context.Background(), paths, opt, func(a *dyad.Article) error {
		checkArticle(t, a)
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return arts, skips
}

func TestReadWARC(t *testing.T) {
	dir := t.TempDir()
	recs := testWARC()
	plain := strings.Join(recs, "")
	var gz strings.Builder // gzipped record by record, as crawlers write them
	for _, r := range recs {
		gz.WriteString(gzipString(r))
	}
	for name, data := range map[string]string{"crawl.warc": plain, "crawl.warc.gz": gz.String(), "noext": plain} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			arts, skips := readAll(t, []string{p})
			if len(skips) != 0 {
				t.Errorf("skips: %v", skips)
			}
			var got []string
			for _, a := range arts {
				got = append(got, a.URL+" "+a.Date()+" "+a.Title)
			}
			want := []string{
				"https://a.example/one 2024-02-09 Trade ministers meet",
				"https://a.example/two 2024-02-10 Floods close roads",
				"file:///saved/three.html 2024-02-10 Strike ends at the mine",
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("articles:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if len(arts) > 0 && (strings.Contains(arts[0].Text, "Copyright") || !strings.Contains(arts[0].Text, "steel.\n\nThe talks")) {
				t.Errorf("text: %q", arts[0].Text)
			}
		})
	}
}

// TestReadWARCTruncated reads a WARC cut in the middle of a record: the
// records before it are read, and the cut is reported with its offset.
func TestReadWARCTruncated(t *testing.T) {
	recs := testWARC()
	whole := strings.Join(recs[:3], "")
	cut := whole + recs[3][:len(recs[3])/2]
	p := filepath.Join(t.TempDir(), "cut.warc")
	if err := os.WriteFile(p, []byte(cut), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, skips := readAll(t, []string{p})
	if len(arts) != 1 {
		t.Errorf("%d articles, want the 1 before the cut", len(arts))
	}
	if len(skips) != 1 || skips[0].Reason != ReasonWARC || skips[0].Offset != int64(len(whole)) || !strings.Contains(skips[0].Error(), "cut.warc") {
		t.Errorf("skips %v, want one %q at byte %d", skips, ReasonWARC, len(whole))
	}
}

func TestReadZip(t *testing.T) {
	dir := t.TempDir()
	html, err := os.ReadFile(filepath.Join("testdata", "html", "harbour.html"))
	if err != nil {
		t.Fatal(err)
	}
	feed, err := os.ReadFile(filepath.Join("testdata", "feeds", "wire.rss"))
	if err != nil {
		t.Fatal(err)
	}
	inner := zipBytes(t, map[string]string{"deep/a.txt": "date 2024-01-02\nA text inside a zip inside a zip."})
	data := zipBytes(t, map[string]string{
		"news/a.jsonl":     `{"id":"z1","date":"2024-05-01","text":"First article in the archive."}` + "\n" + `{"id":"z2","text":"Second."}` + "\nnot json\n",
		"pages/port.html":  string(html),
		"feeds/wire.rss":   string(feed),
		"crawl.warc":       strings.Join(testWARC(), ""),
		"nested.zip":       string(inner),
		"img/photo.jpg":    "\xff\xd8\xff",
		".hidden/x.jsonl":  `{"text":"hidden"}`,
		"gz/b.jsonl.gz":    gzipString(`{"id":"z3","text":"Gzipped in a zip."}`),
		"__MACOSX/._a.txt": "junk",
	})
	p := filepath.Join(dir, "bundle.zip")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	arts, skips := readAll(t, []string{p})
	// 2 JSONL, 1 page, 2 feed items, 3 WARC pages, 1 nested text, 1 gzipped
	if len(arts) != 10 {
		t.Errorf("%d articles, want 10", len(arts))
		for _, a := range arts {
			t.Logf("%s %q", a.ID, clip(a.Text, 40))
		}
	}
	var msgs []string
	for _, s := range skips {
		msgs = append(msgs, filepath.ToSlash(strings.TrimPrefix(s.Error(), dir+string(filepath.Separator))))
	}
	want := []string{
		"bundle.zip/feeds/wire.rss: item 3 (https://wire.example.org/2024/05/empty): missing text",
		"bundle.zip/img/photo.jpg: " + errFileType.Error(),
		"bundle.zip/news/a.jsonl:3: invalid JSON: want an object",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("skips:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}

	// The same archive from standard input, and in a folder.
	var n int
	err = ReadStream(context.Background(), "-", bytes.NewReader(data), Options{}, func(*dyad.Article) error { n++; return nil })
	if err != nil || n != 10 {
		t.Errorf("from stdin: %d articles, %v", n, err)
	}
	if arts, _ := readAll(t, []string{dir}); len(arts) != 10 {
		t.Errorf("in a folder: %d articles, want 10", len(arts))
	}
}

func TestReadZipBad(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bad.zip")
	if err := os.WriteFile(p, []byte("PK\x03\x04 not really a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, skips := readAll(t, []string{p})
	if len(arts) != 0 || len(skips) != 1 || skips[0].Reason != ReasonZip || !strings.Contains(skips[0].Error(), "bad.zip") {
		t.Errorf("articles %d, skips %v", len(arts), skips)
	}
}

// zipBytes writes a zip archive of the named files, in sorted order.
func zipBytes(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[n]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
