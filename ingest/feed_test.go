package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad"
)

// TestReadFeeds reads RSS, Atom and JSON Feed files: one article per item
// with text, the content preferred to the summary, the feed's title as the
// outlet; an item without text and a malformed feed are skipped, naming
// the file and the item or the line.
func TestReadFeeds(t *testing.T) {
	type want struct{ id, title, url, source, lang, date, text string }
	for _, tc := range []struct {
		file  string
		arts  []want
		skips []string
	}{
		{"wire.rss", []want{
			{dyad.ArticleID("", "https://wire.example.org/2024/05/quotas", ""), "Ministers meet over fishing quotas", "https://wire.example.org/2024/05/quotas", "Harbour Wire", "en", "2024-05-16T08:00:00Z",
				"Fisheries ministers from the coastal states met in Brussels on Thursday to discuss next year's quotas.\n\nNo agreement was reached, and talks will resume in June."},
			{dyad.ArticleID("", "https://wire.example.org/2024/05/storm", ""), "Storm closes ferry routes", "https://wire.example.org/2024/05/storm", "Harbour Wire", "en", "2024-05-17T04:30:00Z",
				"Ferry operators cancelled all crossings on Friday as winds reached 100 km/h."},
		}, []string{"wire.rss: item 3 (https://wire.example.org/2024/05/empty): missing text"}},
		{"desk.atom", []want{
			{dyad.ArticleID("", "https://desk.example.com/bridge", ""), "Council votes to rebuild the old bridge", "https://desk.example.com/bridge", "The Valley Desk", "en", "2024-03-01T09:15:00Z",
				"The town council voted on Friday to rebuild the old stone bridge, closed since the floods of 2022.\n\nWork should start in the autumn."},
		}, nil},
		{"notes.json", []want{
			{dyad.ArticleID("", "https://notes.example.net/1", ""), "Drought eases in the south", "https://notes.example.net/1", "Field Notes", "en", "2024-07-08T08:00:00Z",
				"Rain over the weekend ended a dry spell of seven weeks in the southern provinces."},
			{dyad.ArticleID("", "https://notes.example.net/2", ""), "Harvest begins", "https://notes.example.net/2", "Field Notes", "en", "2024-07-09T07:00:00Z",
				"Farmers began the wheat harvest early this year."},
		}, nil},
		{"broken.xml", nil, []string{"broken.xml: invalid feed: XML syntax error on line 4: "}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var got []want
			var skips []string
			opt := Options{OnSkip: func(e *dyad.InputError) { skips = append(skips, filepath.Base(e.Name)+": "+e.Err.Error()) }}
			err := Read(context.Background(), []string{filepath.Join("testdata", "feeds", tc.file)}, opt, func(a *dyad.Article) error {
				checkArticle(t, a)
				got = append(got, want{a.ID, a.Title, a.URL, a.Source, a.Lang, a.Published.UTC().Format(time.RFC3339), a.Text})
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.arts) {
				t.Fatalf("got %d articles %+v, want %d", len(got), got, len(tc.arts))
			}
			for i := range got {
				if got[i] != tc.arts[i] {
					t.Errorf("article %d:\n got %+v\nwant %+v", i, got[i], tc.arts[i])
				}
			}
			if len(skips) != len(tc.skips) {
				t.Fatalf("skips %q, want %q", skips, tc.skips)
			}
			for i := range skips {
				if !strings.HasPrefix(skips[i], tc.skips[i]) {
					t.Errorf("skip %q, want it to start %q", skips[i], tc.skips[i])
				}
			}
		})
	}
}

// TestFeedErrors checks that what is not a feed, or a feed cut short, is
// reported with its line; gofeed reads mismatched tags leniently.
func TestFeedErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>a", "invalid feed: XML syntax error on line 3: unexpected EOF"},
		{"<html><body>x</body></html>", "invalid feed: not RSS, Atom or JSON Feed"},
		{"", "invalid feed: not RSS, Atom or JSON Feed"},
		{"{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[", "invalid feed: "},
	} {
		_, err := ParseFeed(strings.NewReader(tc.in))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ParseFeed(%q): %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestSniffFeed(t *testing.T) {
	for _, in := range []string{
		"<?xml version=\"1.0\"?><rss version=\"2.0\">",
		"<feed xmlns=\"http://www.w3.org/2005/Atom\">",
		"<?xml version=\"1.0\"?>\n<!-- x -->\n<rdf:RDF>",
	} {
		if got := sniff([]byte(in)); got != formatFeed {
			t.Errorf("sniff(%q) = %d, want a feed", in, got)
		}
	}
	var n int
	err := ReadStream(context.Background(), "-", strings.NewReader(`{"version":"https://jsonfeed.org/version/1","title":"T","items":[{"id":"1","content_text":"Some text."}]}`),
		Options{}, func(a *dyad.Article) error { n++; return nil })
	if err != nil || n != 1 {
		t.Errorf("JSON Feed on stdin: %d articles, %v", n, err)
	}
}
