package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"dyad"
)

// slowStore answers Stats after delay, or fails when its context ends
// first, as the stores do.
type slowStore struct {
	dyad.Store
	delay   time.Duration
	started chan struct{}
}

func (s *slowStore) Stats(ctx context.Context) (dyad.Stats, error) {
	if s.started != nil {
		s.started <- struct{}{}
	}
	select {
	case <-time.After(s.delay):
		return s.Store.Stats(ctx)
	case <-ctx.Done():
		return dyad.Stats{}, fmt.Errorf("stats: %w", ctx.Err())
	}
}

func TestSecurityHeaders(t *testing.T) {
	srv := fixtureServer(t, Config{})
	for _, path := range []string{"/", "/assets/app.js", "/api/v1/stats", "/api/v1/nosuch"} {
		_, hdr, _ := get(t, srv, path, nil)
		csp := hdr.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("%s: CSP %q", path, csp)
		}
		if hdr.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", path)
		}
	}
}

func TestWrites(t *testing.T) {
	var got atomic.Value
	ingest := func(ctx context.Context, body io.Reader) (any, error) {
		b, err := io.ReadAll(body)
		if err != nil {
			return nil, err
		}
		got.Store(string(b))
		return map[string]int{"read": 1}, nil
	}
	post := func(srv *httptest.Server, auth, ctype, body string) (int, apiError) {
		req, _ := http.NewRequest("POST", srv.URL+"/api/v1/articles", strings.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var e apiError
		json.NewDecoder(resp.Body).Decode(&e)
		return resp.StatusCode, e
	}
	article := `{"id":"p1","text":"Russia criticised Ukraine."}`

	readOnly := fixtureServer(t, Config{Ingest: ingest})
	if status, e := post(readOnly, "Bearer x", "application/json", article); status != 403 || e.Error.Code != EREADONLY {
		t.Errorf("read-only server: %d %+v", status, e)
	}

	srv := fixtureServer(t, Config{Token: "s3cret", Ingest: ingest, MaxBody: 1000})
	tests := []struct {
		auth, ctype, body string
		status            int
		code              string
	}{
		{"", "application/json", article, 401, EUNAUTHORIZED},
		{"Bearer wrong", "application/json", article, 401, EUNAUTHORIZED},
		{"s3cret", "application/json", article, 401, EUNAUTHORIZED},
		{"Bearer s3cret", "text/plain", article, 400, dyad.EINVALID},
		{"Bearer s3cret", "application/json", strings.Repeat(" ", 1001), 413, ETOOLARGE},
		{"Bearer s3cret", "application/json; charset=utf-8", article, 200, ""},
		{"Bearer s3cret", "application/x-ndjson", article + "\n" + article, 200, ""},
	}
	for _, tc := range tests {
		got.Store("")
		status, e := post(srv, tc.auth, tc.ctype, tc.body)
		if status != tc.status || e.Error.Code != tc.code {
			t.Errorf("%q %q: %d %+v, want %d %s", tc.auth, tc.ctype, status, e, tc.status, tc.code)
		}
		if (status == 200) != (got.Load() == tc.body) {
			t.Errorf("%q %q: ingest got %q", tc.auth, tc.ctype, got.Load())
		}
	}
	// A body that grows past the bound while read (no Content-Length).
	pr, pw := io.Pipe()
	go func() { pw.Write(bytes.Repeat([]byte("x"), 2000)); pw.Close() }()
	req, _ := http.NewRequest("POST", srv.URL+"/api/v1/articles", pr)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer s3cret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 413 {
		t.Errorf("streamed body over the bound: %d", resp.StatusCode)
	}
}

// TestTimeout: a query past the time limit is 503 timeout, and a server
// whose slots are all busy makes the next request wait, within its limit.
func TestTimeout(t *testing.T) {
	// The limit leaves a fast query room on a loaded machine under -race
	// (50 ms did not: CI saw /actors time out); the slow one is far past it.
	st := &slowStore{Store: stores(t)["sqlite"], delay: 20 * time.Second}
	srv := httptest.NewServer(New(Config{Store: st, QueryTimeout: 2 * time.Second}))
	defer srv.Close()
	var e apiError
	start := time.Now()
	status, _, _ := get(t, srv, "/api/v1/stats", &e)
	if status != 503 || e.Error.Code != ETIMEOUT || time.Since(start) > 15*time.Second {
		t.Errorf("slow query: %d %+v after %v", status, e, time.Since(start))
	}
	// Other endpoints are not slow.
	if status, _, _ := get(t, srv, "/api/v1/actors", nil); status != 200 {
		t.Errorf("actors: %d", status)
	}
}

// TestShutdown: cancelling Run's context lets a request in flight finish
// with its answer, then Run returns nil and the port is closed.
func TestShutdown(t *testing.T) {
	st := &slowStore{Store: stores(t)["sqlite"], delay: 300 * time.Millisecond, started: make(chan struct{}, 1)}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- New(Config{Store: st}).Run(ctx, ln, 5*time.Second) }()
	url := "http://" + ln.Addr().String()
	type answer struct {
		status int
		body   string
		err    error
	}
	answers := make(chan answer, 1)
	go func() {
		resp, err := http.Get(url + "/api/v1/stats")
		if err != nil {
			answers <- answer{err: err}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		answers <- answer{resp.StatusCode, string(b), nil}
	}()
	<-st.started
	cancel()
	a := <-answers
	if a.err != nil || a.status != 200 || !strings.Contains(a.body, `"articles":6`) {
		t.Errorf("request in flight: %d %q %v", a.status, a.body, a.err)
	}
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
	if _, err := http.Get(url + "/api/v1/stats"); err == nil {
		t.Errorf("still answering after shutdown: %v", err)
	}
}

// stuckSearch holds every Search until release is closed, whatever its
// context says.
type stuckSearch struct {
	dyad.Store
	started chan struct{}
	release chan struct{}
}

func (s *stuckSearch) Search(ctx context.Context, q dyad.SearchQuery) ([]dyad.SearchHit, error) {
	s.started <- struct{}{}
	<-s.release
	return s.Store.Search(ctx, q)
}

// TestHeavySlots: heavy requests wait for each other, not the light ones.
func TestHeavySlots(t *testing.T) {
	st := &stuckSearch{Store: stores(t)["sqlite"], started: make(chan struct{}, 4), release: make(chan struct{})}
	// MaxInFlight 4 leaves one slot for heavy requests.
	// A limit with room for a fast query on a loaded machine under -race:
	// the timeline must come well before it, not wait for the slot.
	srv := httptest.NewServer(New(Config{Store: st, MaxInFlight: 4, QueryTimeout: 2 * time.Second, CacheTTL: -1}))
	defer srv.Close()
	defer close(st.release) // before srv.Close, which waits for the stuck search
	// A search that holds the heavy slot until the test ends.
	go func() {
		if resp, err := http.Get(srv.URL + "/api/v1/search?q=pipeline"); err == nil {
			resp.Body.Close()
		}
	}()
	<-st.started
	var e apiError
	if status, _, _ := get(t, srv, "/api/v1/search?q=tariffs", &e); status != 503 || e.Error.Code != ETIMEOUT {
		t.Errorf("a second search while one runs: %d %+v, want 503 timeout", status, e)
	}
	select {
	case <-st.started:
		t.Errorf("the second search reached the store")
	default:
	}
	start := time.Now()
	if status, _, _ := get(t, srv, "/api/v1/timeline?a=CHN&b=RUS", nil); status != 200 || time.Since(start) > 1500*time.Millisecond {
		t.Errorf("a timeline while a search runs: %d after %v", status, time.Since(start))
	}
}

// TestShutdownGrace: a request still running after the grace period has
// its connection cut, and Run says so.
func TestShutdownGrace(t *testing.T) {
	st := &stuckSearch{Store: stores(t)["sqlite"], started: make(chan struct{}, 1), release: make(chan struct{})}
	defer close(st.release)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- New(Config{Store: st}).Run(ctx, ln, 100*time.Millisecond) }()
	answered := make(chan error, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/api/v1/search?q=pipeline")
		if err == nil {
			resp.Body.Close()
		}
		answered <- err
	}()
	<-st.started
	cancel()
	if err := <-done; err == nil || !strings.Contains(err.Error(), "still running") {
		t.Errorf("Run: %v, want requests still running", err)
	}
	if err := <-answered; err == nil {
		t.Errorf("the stuck request was answered; want its connection cut")
	}
}
