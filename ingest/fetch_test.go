package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// newServer starts a loopback server with robots.txt forbidding /private/
// and the given handlers.
func newServer(t *testing.T, routes map[string]http.HandlerFunc) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	if _, ok := routes["/robots.txt"]; !ok {
		mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte("User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n"))
		})
	}
	for p, h := range routes {
		mux.HandleFunc(p, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetcher(t *testing.T) {
	var fails, slowHits atomic.Int32
	srv := newServer(t, map[string]http.HandlerFunc{
		"/ok": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Last-Modified", "Thu, 16 May 2024 08:00:00 GMT")
			w.Write([]byte("hello"))
		},
		"/private/page": func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("secret")) },
		"/fail": func(w http.ResponseWriter, r *http.Request) {
			fails.Add(1)
			http.Error(w, "boom", http.StatusInternalServerError)
		},
		"/gone": func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) },
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			slowHits.Add(1)
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		},
		"/big": func(w http.ResponseWriter, r *http.Request) { // 50 MB, no Content-Length
			chunk := []byte(strings.Repeat("x", 1<<20))
			for range 50 {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		},
		"/bigdeclared": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "52428800")
			w.Write([]byte("x"))
		},
		"/loop": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop2", http.StatusFound) },
		"/loop2": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/loop", http.StatusFound)
		},
		"/moved": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ok", http.StatusMovedPermanently) },
	})
	f := &Fetcher{Timeout: 300 * time.Millisecond, Retries: 2, Backoff: 10 * time.Millisecond, MaxBytes: 1 << 20}
	ctx := context.Background()

	resp, err := f.Get(ctx, srv.URL+"/ok", "", "")
	if err != nil || string(resp.Body) != "hello" || resp.ETag != `"v1"` || resp.LastModified == "" {
		t.Fatalf("ok: %+v %v", resp, err)
	}
	if resp, err := f.Get(ctx, srv.URL+"/ok", `"v1"`, ""); err != nil || resp.Status != 304 || resp.Body != nil {
		t.Errorf("conditional: %+v %v, want 304", resp, err)
	}
	if resp, err := f.Get(ctx, srv.URL+"/moved", "", ""); err != nil || resp.URL != srv.URL+"/ok" {
		t.Errorf("redirect: %+v %v", resp, err)
	}
	for _, tc := range []struct {
		path      string
		is        error
		status    int
		temporary bool
		contains  string
	}{
		{"/private/page", ErrRobots, 0, false, "robots.txt"},
		{"/fail", nil, 500, true, "HTTP 500"},
		{"/gone", nil, 404, false, "HTTP 404"},
		{"/slow", context.DeadlineExceeded, 0, true, "deadline"},
		{"/big", ErrTooBig, 0, false, "size limit"},
		{"/bigdeclared", ErrTooBig, 0, false, "52428800 bytes"},
		{"/loop", nil, 0, false, "stopped after 5 redirects"},
	} {
		start := time.Now()
		_, err := f.Get(ctx, srv.URL+tc.path, "", "")
		var fe *FetchError
		if !errors.As(err, &fe) || fe.Status != tc.status || fe.Temporary != tc.temporary ||
			(tc.is != nil && !errors.Is(err, tc.is)) || !strings.Contains(err.Error(), tc.contains) || !strings.Contains(err.Error(), tc.path) {
			t.Errorf("%s: %v (%#v)", tc.path, err, fe)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s took %v", tc.path, d)
		}
	}
	if n := fails.Load(); n != 3 {
		t.Errorf("/fail asked %d times, want 3 (a try and 2 retries)", n)
	}
	if n := slowHits.Load(); n != 3 {
		t.Errorf("/slow asked %d times, want 3", n)
	}
	other := &Fetcher{UserAgent: "otherbot/2.0"}
	if _, err := other.Get(ctx, srv.URL+"/ok", "", ""); !errors.Is(err, ErrRobots) {
		t.Errorf("otherbot: %v, want forbidden", err)
	}
}

// TestFetcherDelay checks the pause between two requests to one host.
func TestFetcherDelay(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	srv := newServer(t, map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/robots.txt" {
			mu.Lock()
			times = append(times, time.Now())
			mu.Unlock()
		}
		http.NotFound(w, r)
	}, "/robots.txt": func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }})
	f := &Fetcher{Delay: 150 * time.Millisecond}
	start := time.Now()
	for range 3 {
		f.Get(context.Background(), srv.URL+"/a", "", "")
	}
	if d := time.Since(start); d < 300*time.Millisecond {
		t.Errorf("3 requests to one host took %v, want at least 2 delays of 150ms", d)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(times) != 3 {
		t.Fatalf("%d requests", len(times))
	}
	// Seen from the server the gaps vary with each request's latency (the
	// first opens the connection); they stay near the delay.
	for i := 1; i < len(times); i++ {
		if d := times[i].Sub(times[i-1]); d < 100*time.Millisecond {
			t.Errorf("requests %d and %d %v apart, want about 150ms", i-1, i, d)
		}
	}
}

// TestFetcherRobotsUnavailable: a robots.txt answered with 503 forbids the
// host for now, an error that may pass.
func TestFetcherRobotsUnavailable(t *testing.T) {
	srv := newServer(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", 503) },
		"/a":          func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("a")) },
	})
	var fe *FetchError
	_, err := (&Fetcher{}).Get(context.Background(), srv.URL+"/a", "", "")
	if !errors.As(err, &fe) || !fe.Temporary || !strings.Contains(err.Error(), "robots.txt") {
		t.Errorf("%v", err)
	}
}

func TestRobotsRules(t *testing.T) {
	const txt = `# comment
User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$

User-agent: dyad
User-agent: other
Disallow: /nodyad
Disallow: /search*q=
`
	for _, tc := range []struct {
		agent, path string
		want        bool
	}{
		{"somebot", "/private/x", false},
		{"somebot", "/private/open/x", true},
		{"somebot", "/a/b.pdf", false},
		{"somebot", "/a/b.pdf?x", true},
		{"somebot", "/nodyad", true},
		{"dyad", "/nodyad/x", false},
		{"dyad", "/private/x", true}, // its own group replaces "*"
		{"dyad/1.0", "/search?a=1&q=x", false},
		{"dyad", "/", true},
	} {
		var r robotsRules
		r.parse(txt, tc.agent)
		if got := r.allows(tc.path); got != tc.want {
			t.Errorf("%s %s: %v, want %v", tc.agent, tc.path, got, tc.want)
		}
	}
	var r robotsRules
	r.parse("User-agent: *\nCrawl-delay: 5\n\nUser-agent: dyad\nCrawl-delay: 3600\nDisallow: /x\n", "dyad")
	if r.delay != maxCrawlDelay {
		t.Errorf("Crawl-delay 3600: %v, want the cap %v", r.delay, maxCrawlDelay)
	}
	r = robotsRules{}
	r.parse("User-agent: *\nCrawl-delay: 2.5\n", "dyad")
	if r.delay != 2500*time.Millisecond {
		t.Errorf("Crawl-delay 2.5: %v", r.delay)
	}
}

// TestFetcherCrawlDelayRetryAfter: a robots.txt Crawl-delay spaces the
// requests to its host, and a 503 with Retry-After is tried again after
// the pause the server asked for.
func TestFetcherCrawlDelayRetryAfter(t *testing.T) {
	var busy atomic.Int32
	srv := newServer(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte("User-agent: *\nCrawl-delay: 0.2\n"))
		},
		"/a": func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("a")) },
		"/busy": func(w http.ResponseWriter, r *http.Request) {
			if busy.Add(1) == 1 {
				w.Header().Set("Retry-After", "1")
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			w.Write([]byte("ok"))
		},
	})
	f := &Fetcher{Retries: 1, Backoff: 10 * time.Millisecond}
	start := time.Now()
	for range 3 {
		if _, err := f.Get(context.Background(), srv.URL+"/a", "", ""); err != nil {
			t.Fatal(err)
		}
	}
	// robots.txt (read before its delay is known), then /a three times:
	// two gaps of 0.2 s
	if d := time.Since(start); d < 380*time.Millisecond {
		t.Errorf("3 requests took %v, want at least 2 crawl delays of 0.2s", d)
	}
	g := &Fetcher{Retries: 1, Backoff: 10 * time.Millisecond}
	start = time.Now()
	resp, err := g.Get(context.Background(), srv.URL+"/busy", "", "")
	if err != nil || string(resp.Body) != "ok" {
		t.Fatalf("%v %v", resp, err)
	}
	if d := time.Since(start); d < 900*time.Millisecond {
		t.Errorf("the retry came after %v, want the 1s Retry-After asked", d)
	}
}
