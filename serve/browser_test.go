package serve

import (
	"context"
	"fmt"
	"image/jpeg"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"dyad"
	"dyad/sqlite"
)

// browserEnv makes TestBrowser fail instead of skipping when no Chromium
// is installed; .ci/run sets it, and installs Debian's chromium package.
const browserEnv = "DYAD_REQUIRE_BROWSER"

// chromium returns the path of a Chromium or Chrome binary, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser drives headless Chromium through the page over the fixture
// store: a search, the pair view, a click on a period, the event's
// article with its sentence marked, the network view, and an article
// whose title and text hold <script> tags, which must show as text. Any
// console error or warning, uncaught exception or failed request fails
// it (a request to a missing path, made first, checks that such a failure
// is seen). It saves a JPEG screenshot of each step in a temporary
// directory, or in $DYAD_SCREENSHOTS when set (to keep them).
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		if os.Getenv(browserEnv) != "" {
			t.Fatalf("no chromium on PATH ($%s is set)", browserEnv)
		}
		t.Skipf("no chromium on PATH: install Debian's chromium package to run the browser test (set $%s to require it)", browserEnv)
	}
	if testing.Short() {
		t.Skip("starts a browser")
	}
	st := stores(t)["sqlite"]
	evil := &dyad.Analysis{Article: dyad.Article{ID: "evil", Title: `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">`,
		Text: `<script>window.__xss=3</script> Russia <b>criticised</b> Ukraine.`, URL: "javascript:window.__xss=4"},
		Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 64}}}}
	if _, err := st.Put(context.Background(), []*dyad.Analysis{evil}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(Config{Store: st}))
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox,
		chromedp.WindowSize(1280, 900), chromedp.Flag("disable-gpu", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// The first Run starts the browser for the life of ctx: no time limit
	// on it (a limit would stop the browser); each step has one below.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	// Console errors and warnings, uncaught exceptions, and the browser's
	// log (which names every request that failed or was refused).
	var mu sync.Mutex
	var problems []string
	cctx, stopConsole := context.WithCancel(ctx)
	consoleDone := make(chan struct{})
	messages := chromedp.Console(cctx)
	go func() {
		defer close(consoleDone)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleWarning || m.IsException() {
				mu.Lock()
				problems = append(problems, m.String()+" ("+m.URL+")")
				mu.Unlock()
			}
		}
	}()

	shots := os.Getenv("DYAD_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	var saved []string
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		buf, err := chromedp.Run(sctx, chromedp.FullScreenshot(90))
		file := filepath.Join(shots, strings.ReplaceAll(name, " ", "-")+".jpg")
		if err == nil {
			err = os.WriteFile(file, buf, 0o644)
		}
		if err != nil {
			t.Errorf("screenshot of %s: %v", name, err)
			return
		}
		saved = append(saved, file)
	}
	eval := func(expr string) string {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		v, err := chromedp.Run(sctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v
	}

	// A failed request is seen: fetch a missing path and wait for the
	// browser to report it, then start afresh.
	step("empty search", chromedp.Navigate(srv.URL+"/?view=search"), chromedp.WaitReady(`body`))
	eval(`fetch('/api/v1/no-such-endpoint'), 'ok'`)
	for i := 0; ; i++ {
		mu.Lock()
		seen := len(problems) > 0 && strings.Contains(strings.Join(problems, " "), "404")
		if seen {
			problems = nil
		}
		mu.Unlock()
		if seen {
			break
		}
		if i == 100 {
			t.Fatal("a request answered 404 was not reported by the browser: the test would not see failed requests")
		}
		time.Sleep(50 * time.Millisecond)
	}

	step("search", chromedp.Navigate(srv.URL+"/?view=search&q=pipeline"), chromedp.WaitVisible(`ol.hits li`))
	if hits := eval(`document.querySelector('ol.hits').textContent`); !strings.Contains(hits, "Xi and Putin sign pipeline deal") {
		t.Errorf("search shows %q", hits)
	}

	step("pair", chromedp.Navigate(srv.URL+"/?view=pair&a=CHN&b=RUS&by=month"),
		chromedp.WaitReady(`.chart .period[data-period="2024-05-01"]`))
	// A real mouse click in the middle of the period's bar.
	var x, y float64
	fmt.Sscan(eval(`(() => { const r = document.querySelector('.chart .period[data-period="2024-05-01"] rect:not(.focusbox)').getBoundingClientRect(); return (r.x + r.width / 2) + ' ' + (r.y + r.height / 2); })()`), &x, &y)
	step("click on a period", chromedp.MouseClickXY(x, y), chromedp.WaitVisible(`ol.events li`))
	events := eval(`document.querySelector('ol.events').textContent`)
	marks := eval(`[...document.querySelectorAll('ol.events .m-trigger, ol.events .m-source, ol.events .m-target')].map(e => e.className + '=' + e.textContent).join('|')`)
	if !strings.Contains(events, "CHNGOV → RUSGOV") || !strings.Contains(marks, "m-trigger=signed") || !strings.Contains(marks, "m-trigger=met") ||
		!strings.Contains(marks, "m-source=Xi Jinping") || !strings.Contains(marks, "m-target=Vladimir Putin") {
		t.Errorf("events of May 2024: %q, marks %q", events, marks)
	}
	if u := eval(`location.search`); !strings.Contains(u, "at=2024-05-01") {
		t.Errorf("the clicked period is not in the URL: %s", u)
	}

	// The keyboard: a period focused and Enter pressed shows its events.
	eval(`document.querySelector('.chart .period[data-period="2024-01-01"]').focus(), 'ok'`)
	step("Enter on a period", chromedp.KeyEvent("\r"))
	for i := 0; ; i++ {
		if h := eval(`document.querySelector('section[aria-label="Events of the period"] h2').textContent + ' ' + document.querySelectorAll('ol.events li').length`); h == "Events of 2024-01 1" {
			break
		} else if i == 50 {
			t.Fatalf("Enter on the period of 2024-01 shows %q", h)
		}
		time.Sleep(100 * time.Millisecond)
	}
	step("back to May", chromedp.MouseClickXY(x, y), chromedp.WaitVisible(`ol.events li a[href*="id=a1"]`))

	step("article", chromedp.Click(`ol.events li a`), chromedp.WaitVisible(`.article-text .sent-focus`))
	if focused := eval(`[...document.querySelectorAll('.article-text .sent-focus')].map(e => e.textContent).join('')`); !strings.HasPrefix(focused, "Chinese President Xi Jinping met") {
		t.Errorf("the article marks the sentence %q", focused)
	}
	if n := eval(`String(document.querySelectorAll('.article-text .k-event').length)`); n != "2" {
		t.Errorf("%s event triggers marked in a1, want 2", n)
	}

	step("network", chromedp.Navigate(srv.URL+"/?view=network"), chromedp.WaitVisible(`svg.net .node`))
	if g := eval(`document.querySelectorAll('svg.net .node').length + ' nodes, ' + document.querySelectorAll('svg.net path.edge').length + ' edges'`); g != "7 nodes, 5 edges" {
		t.Errorf("network: %s", g)
	}

	step("script article", chromedp.Navigate(srv.URL+"/?view=article&id=evil"), chromedp.WaitVisible(`.article-text`))
	title := eval(`document.querySelector('h1').textContent`)
	text := eval(`document.querySelector('.article-text').textContent`)
	xss := eval(`String(window.__xss)`)
	links := eval(`String(document.querySelectorAll('a[href^="javascript"]').length)`)
	if !strings.Contains(title, "<script>window.__xss=1</script>") || !strings.Contains(text, "<b>criticised</b>") || xss != "undefined" || links != "0" {
		t.Errorf("the <script> article: title %q, text %q, window.__xss %s, %s javascript: links", title, text, xss, links)
	}

	// A fresh store: the page says how to fill it.
	empty, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "empty.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	esrv := httptest.NewServer(New(Config{Store: empty}))
	defer esrv.Close()
	step("empty store", chromedp.Navigate(esrv.URL+"/?view=pair&a=CHN&b=RUS"), chromedp.WaitVisible(`.empty`))
	if msg := eval(`document.querySelector('.empty').textContent`); !strings.Contains(msg, "dyad demo") {
		t.Errorf("empty store: %q", msg)
	}

	stopConsole()
	<-consoleDone
	for _, f := range saved {
		img, err := os.Open(f)
		if err != nil {
			t.Error(err)
			continue
		}
		if cfg, err := jpeg.DecodeConfig(img); err != nil || cfg.Width < 1000 || cfg.Height < 600 {
			t.Errorf("screenshot %s: %dx%d %v", f, cfg.Width, cfg.Height, err)
		}
		img.Close()
	}
	if len(saved) > 0 {
		t.Logf("%d screenshots in %s", len(saved), shots)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("in the browser: %s", p)
	}
}
