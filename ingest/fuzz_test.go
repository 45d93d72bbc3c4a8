package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"dyad"
)

// fuzzRead reads in as the named file and checks every article and skip.
func fuzzRead(t *testing.T, name, in string) {
	opt := Options{OnSkip: func(e *dyad.InputError) {
		if e.Name == "" || e.Err == nil || e.Error() == "" {
			t.Errorf("bad skip: %#v", e)
		}
	}}
	err := ReadStream(context.Background(), name, strings.NewReader(in), opt, func(a *dyad.Article) error {
		checkArticle(t, a)
		return nil
	})
	if err != nil {
		t.Errorf("ReadStream: %v", err)
	}
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2024-05-19","title":"T","text":"Hello."}`,
		"{\"id\":7,\"text\":\"a\\r\\nb\"}\n\n{\"url\":\"u\",\"text\":\"\\u0000x\"}",
		`{"text":"x","date":"2024-05-19T10:00:00+02:00"}` + "\n[1]\n{",
		"[{\"text\":\"x\"},{\"text\":\"y\"}]",
		"{\n \"text\": \"x\"\n}\n",
		"\ufeff{\"text\":\"\xff\"}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		fuzzRead(t, "x.jsonl", in)
		fuzzRead(t, "x.json", in)
		fuzzRead(t, "-", in)
	})
}

func FuzzCSV(f *testing.F) {
	for _, s := range []string{
		"id,date,text,title\na,2024-05-19,\"Hello, world.\",T\nb,,x\n",
		"text\n\"multi\nline\"\n\"bad\"quote\nx,y\n",
		"ID\tText\na\tx\\ny\nb\n",
		"\ufefftext,text\n\xff,x\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		fuzzRead(t, "x.csv", in)
		fuzzRead(t, "x.tsv", in)
	})
}

func FuzzText(f *testing.F) {
	for _, s := range []string{
		"date 2024-05-19\ntitle T\nText.",
		"date palms\n",
		"title only\n\n",
		"\r\n\r\nx\r",
		"abc\x00",
		"\x1f\x8b\x08",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		fuzzRead(t, "x.txt", in)
		fuzzRead(t, "x.dat", in)
	})
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		"<!DOCTYPE html><html lang=en><head><title>T</title><meta property=\"article:published_time\" content=\"2024-05-16T09:30:00Z\"></head><body><article><p>Hello there.</p></article></body></html>",
		"<html><script type=\"application/ld+json\">{\"@graph\":[{\"datePublished\":\"x\"}],\"publisher\":3}</script><body>May 16, 2024</body></html>",
		"<html><body><nav>a</nav><p>\xff\xfe</p></body></html>",
		"<html><link rel=canonical href=\"::bad\"><table><tr><td>x<br><br>y</table>",
		"<!-- c --><html>\x00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		fuzzRead(t, "x.html", in)
		if p, err := ExtractHTML(strings.NewReader(in), "https://example.com/a"); err == nil && p.Text == "" {
			t.Errorf("ExtractHTML gave no text and no error")
		}
	})
}

func FuzzFeed(f *testing.F) {
	for _, name := range []string{"wire.rss", "desk.atom", "notes.json", "broken.xml"} {
		b, err := os.ReadFile(filepath.Join("testdata", "feeds", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("<rss><channel><item><title>a")
	f.Add(`{"version":"https://jsonfeed.org/version/1","items":[{"id":7,"content_html":"<p>x"}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		fuzzRead(t, "x.xml", in)
		if feed, err := ParseFeed(strings.NewReader(in)); err == nil {
			for _, it := range feed.Items {
				if !utf8.ValidString(it.Text) && utf8.ValidString(in) {
					t.Errorf("item text not UTF-8: %q", it.Text)
				}
			}
		}
	})
}

func FuzzWARC(f *testing.F) {
	recs := testWARC()
	f.Add(strings.Join(recs, ""))
	f.Add(recs[2])
	f.Add(recs[3][:len(recs[3])/2])
	f.Add("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\nx")
	f.Add("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		fuzzRead(t, "x.warc", in)
	})
}
