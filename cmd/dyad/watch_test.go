package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// newsServer is a news site on loopback: feeds of items published so far,
// a page per item, a robots.txt that forbids /private/, a feed that fails
// with 500 and one that is not XML. It counts the requests of every path.
type newsServer struct {
	*httptest.Server
	mu        sync.Mutex
	items     map[string][]newsItem // feed name -> items, oldest first
	hits      map[string]int
	pageDelay time.Duration // guarded by mu once the server runs
}

type newsItem struct {
	n         int
	path      string // of its page
	published time.Time
}

func newNewsServer(t testing.TB) *newsServer {
	s := &newsServer{items: map[string][]newsItem{}, hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// publish adds n items to a feed; private items link to pages robots.txt
// forbids.
func (s *newsServer) publish(feed string, first, n int, private bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := first; i < first+n; i++ {
		dir := "/news/"
		if private {
			dir = "/private/"
		}
		s.items[feed] = append(s.items[feed], newsItem{i, dir + strconv.Itoa(i), time.Now().UTC()})
	}
}

func (s *newsServer) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// storyText is the text of item n: a sentence with an event, so that
// events are stored.
func storyText(n int) string {
	return fmt.Sprintf("Russian troops shelled Ukrainian positions near the river on Tuesday, report number %d said. "+
		"Officials in Kyiv said the shelling lasted for several hours and damaged two bridges.", n)
}

func (s *newsServer) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.mu.Unlock()
	switch p := r.URL.Path; {
	case p == "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	case p == "/fail.xml":
		http.Error(w, "down", http.StatusInternalServerError)
	case p == "/bad.xml":
		fmt.Fprint(w, "<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>cut")
	case strings.HasSuffix(p, ".xml"):
		s.serveFeed(w, r, strings.TrimSuffix(strings.TrimPrefix(p, "/"), ".xml"))
	case strings.HasPrefix(p, "/news/") || strings.HasPrefix(p, "/private/"):
		s.mu.Lock()
		delay := s.pageDelay
		s.mu.Unlock()
		time.Sleep(delay)
		n, _ := strconv.Atoi(p[strings.LastIndexByte(p, '/')+1:])
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="en"><head><title>Report %d</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Report %d</h1><p>%s</p></article>
<footer>Copyright Test News</footer></body></html>`, n, n, storyText(n))
	default:
		http.NotFound(w, r)
	}
}

func (s *newsServer) serveFeed(w http.ResponseWriter, r *http.Request, feed string) {
	s.mu.Lock()
	items := append([]newsItem(nil), s.items[feed]...)
	s.mu.Unlock()
	etag := fmt.Sprintf(`"%s-%d"`, feed, len(items))
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	var b strings.Builder
	fmt.Fprintf(&b, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Test News %s</title><link>%s/</link>\n", feed, s.URL)
	for i := len(items) - 1; i >= 0; i-- { // newest first, as feeds are
		it := items[i]
		fmt.Fprintf(&b, "<item><title>Report %d</title><link>%s%s</link><guid>item-%d</guid><pubDate>%s</pubDate><description>Summary of report %d. %s</description></item>\n",
			it.n, s.URL, it.path, it.n, it.published.Format(time.RFC1123Z), it.n, storyText(it.n))
	}
	b.WriteString("</channel></rss>\n")
	w.Write([]byte(b.String()))
}

// watchStats reads dyad stats as JSON.
func watchStats(t *testing.T, db string) map[string]int64 {
	t.Helper()
	out := mustRun(t, "", "stats", "--db", db, "--format", "json")
	var rows []map[string]int64
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 1 {
		t.Fatalf("stats %q: %v", out, err)
	}
	return rows[0]
}

// TestWatch polls a feed with new and old items, a feed answering 500 and
// a malformed one, through restarts: every page is fetched once, a page
// robots.txt forbids is not fetched (its item keeps its feed text), an
// unchanged feed is answered 304, and dyad stats counts it all.
func TestWatch(t *testing.T) {
	srv := newNewsServer(t)
	db := filepath.Join(t.TempDir(), "w.db")
	srv.publish("world", 1, 3, false)
	srv.publish("world", 100, 1, true)
	watch := func(every string) string {
		t.Helper()
		return mustRun(t, "", "watch", "--db", db, "--once", "--every", every, "--delay", "0", "--retries", "1", "--id", "w1",
			srv.URL+"/world.xml", srv.URL+"/fail.xml", srv.URL+"/bad.xml")
	}
	out := watch("1h")
	for _, want := range []string{
		"poll " + srv.URL + "/world.xml: 4 items, 4 new, 0 seen before, 0 errors; stored 4 new, 0 updated, 0 not analysed,",
		"poll " + srv.URL + "/fail.xml: error: fetch " + srv.URL + "/fail.xml: HTTP 500",
		"poll " + srv.URL + "/bad.xml: error: " + srv.URL + "/bad.xml: invalid feed: XML syntax error on line 3",
		srv.URL + "/private/100: feed text: fetch " + srv.URL + "/private/100: forbidden by robots.txt",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("first run lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "\n"); n != 3 {
		t.Errorf("%d lines, want one per poll:\n%s", n, out)
	}
	if n := srv.hit("/fail.xml"); n != 2 {
		t.Errorf("the failing feed was asked %d times, want 2 (a retry)", n)
	}
	if n := srv.hit("/private/100"); n != 0 {
		t.Errorf("a page robots.txt forbids was fetched")
	}
	st := watchStats(t, db)
	if st["articles"] != 4 || st["events"] == 0 || st["feeds"] != 3 || st["feed_errors"] != 2 || st["feed_items"] != 4 || st["items_stored"] != 4 {
		t.Errorf("stats after the first run: %v", st)
	}

	// Run again at once: every feed polled within the hour, nothing due.
	if out := watch("1h"); out != "" {
		t.Errorf("second run polled:\n%s", out)
	}
	// Due again: the feed answers 304.
	time.Sleep(5 * time.Millisecond)
	if out := watch("1ms"); !strings.Contains(out, srv.URL+"/world.xml: unchanged") {
		t.Errorf("third run:\n%s", out)
	}
	// Two new items: only they are fetched.
	srv.publish("world", 4, 2, false)
	time.Sleep(5 * time.Millisecond)
	out = watch("1ms")
	if !strings.Contains(out, "world.xml: 6 items, 2 new, 4 seen before, 0 errors; stored 2 new") {
		t.Errorf("fourth run:\n%s", out)
	}
	for n := 1; n <= 5; n++ {
		if h := srv.hit("/news/" + strconv.Itoa(n)); h != 1 {
			t.Errorf("page %d fetched %d times, want once", n, h)
		}
	}
	if n := srv.hit("/robots.txt"); n > 4 {
		t.Errorf("robots.txt asked %d times in 4 runs", n)
	}
	st = watchStats(t, db)
	if st["articles"] != 6 || st["feed_items"] != 6 || st["items_stored"] != 6 {
		t.Errorf("stats after the last run: %v", st)
	}
	out = mustRun(t, "", "search", "--db", db, "--format", "json", "report")
	if !strings.Contains(out, `"title": "Report 5"`) || strings.Contains(out, "Copyright") {
		t.Errorf("search: %s", out)
	}
}

// TestWatchSlowAndHuge: a page that does not answer in time and a page of
// 50 MB cost their items the page (the feed's text is kept), never the
// watch; the summary says why.
func TestWatchSlowAndHuge(t *testing.T) {
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>T</title>
<item><title>Slow</title><link>%[1]s/slow</link><description>%[2]s</description></item>
<item><title>Huge</title><link>%[1]s/huge</link><description>%[3]s</description></item>
</channel></rss>`, srvURL, storyText(1), storyText(2))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(10 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		chunk := []byte(strings.Repeat("<p>x</p>", 1<<17))
		for range 50 {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL
	db := filepath.Join(t.TempDir(), "w.db")
	start := time.Now()
	out := mustRun(t, "", "watch", "--db", db, "--once", "--delay", "0", "--retries", "0", "--timeout", "500ms",
		"--max-body", "1000000", srv.URL+"/feed.xml")
	if d := time.Since(start); d > 8*time.Second {
		t.Errorf("took %v", d)
	}
	if !strings.Contains(out, "2 items, 2 new, 0 seen before, 0 errors; stored 2 new") ||
		!strings.Contains(out, "/slow: feed text: fetch "+srv.URL+"/slow: context deadline exceeded") {
		t.Errorf("output:\n%s", out)
	}
}

// TestFeedList reads feeds from a list and from OPML.
func TestFeedList(t *testing.T) {
	srv := newNewsServer(t)
	srv.publish("a", 1, 1, false)
	srv.publish("b", 2, 1, false)
	dir := t.TempDir()
	list := filepath.Join(dir, "feeds.txt")
	opml := filepath.Join(dir, "feeds.opml")
	writeFile(t, list, "# my feeds\n"+srv.URL+"/a.xml\n\n")
	writeFile(t, opml, `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
<outline text="News"><outline text="B" type="rss" xmlUrl="`+srv.URL+`/b.xml"/></outline></body></opml>`)
	db := filepath.Join(dir, "w.db")
	out := mustRun(t, "", "watch", "--db", db, "--once", "--delay", "0", "--feeds", list)
	out += mustRun(t, "", "watch", "--db", db, "--once", "--delay", "0", "--feeds", opml)
	if !strings.Contains(out, "/a.xml: 1 items, 1 new") || !strings.Contains(out, "/b.xml: 1 items, 1 new") {
		t.Errorf("output:\n%s", out)
	}
	if code, _, errs := dyadRun(t, "", "watch", "--db", db); code != 2 || !strings.Contains(errs, "Usage") {
		t.Errorf("no feeds: exit %d %s", code, errs)
	}
}

// waitContext is context.Background with a deadline for the tests of
// several watchers.
func waitContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// childArgsEnv carries the command line of a dyad run in a child process
// of the test binary (TestWatchChild), separated by the unit separator (US, 0x1f).
const childArgsEnv = "DYAD_TEST_CHILD_ARGS"

// TestWatchChild is not a test: run by TestWatchKilled in a child process
// with childArgsEnv set, it runs that dyad command line and exits.
func TestWatchChild(t *testing.T) {
	args := os.Getenv(childArgsEnv)
	if args == "" {
		t.Skip("runs only as the child process of TestWatchKilled")
	}
	e := &Env{stdin: strings.NewReader(""), stdout: os.Stdout, stderr: os.Stderr, getenv: func(string) string { return "" }}
	os.Exit(run(context.Background(), e, strings.Split(args, "\x1f")))
}

// TestWatchKilled kills dyad watch with SIGKILL in the middle of a poll,
// then restarts it: every item ends up stored once, and only the group of
// pages it was storing is fetched again.
func TestWatchKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	srv := newNewsServer(t)
	srv.pageDelay = 40 * time.Millisecond
	srv.publish("live", 1, 60, false)
	db := filepath.Join(t.TempDir(), "w.db")
	args := []string{"watch", "--db", db, "--once", "--delay", "0", "--id", "w1", srv.URL + "/live.xml"}
	cmd := exec.Command(os.Args[0], "-test.run=^TestWatchChild$")
	cmd.Env = append(os.Environ(), childArgsEnv+"="+strings.Join(args, "\x1f"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pages := func() (n int) {
		for i := 1; i <= 60; i++ {
			n += srv.hit("/news/" + strconv.Itoa(i))
		}
		return n
	}
	deadline := time.Now().Add(time.Minute)
	for pages() < 40 && time.Now().Before(deadline) { // past two groups of 16, into the third
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	before := pages()
	if before >= 60 {
		t.Fatalf("the watcher fetched every page before it was killed")
	}
	st := watchStats(t, db)
	if st["items_stored"] < 32 || st["articles"] != st["items_stored"] {
		t.Errorf("after the kill: %v, want the first two groups stored and recorded", st)
	}
	srv.mu.Lock()
	srv.pageDelay = 0
	srv.mu.Unlock()
	out := mustRun(t, "", args...)
	if !strings.Contains(out, "live.xml: 60 items, ") {
		t.Errorf("restart:\n%s", out)
	}
	st = watchStats(t, db)
	if st["articles"] != 60 || st["items_stored"] != 60 || st["feed_items"] != 60 {
		t.Errorf("after the restart: %v, want 60 articles and items stored", st)
	}
	again := 0
	for i := 1; i <= 60; i++ {
		switch h := srv.hit("/news/" + strconv.Itoa(i)); {
		case h == 0:
			t.Errorf("page %d never fetched", i)
		case h > 1:
			again += h - 1
		}
	}
	if again > watchGroup {
		t.Errorf("%d pages fetched again after the restart, want at most one group (%d)", again, watchGroup)
	}
	t.Logf("killed after %d page fetches; %d fetched again after the restart", before, again)
}
