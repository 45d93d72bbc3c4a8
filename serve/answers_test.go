package serve

import (
	"context"
	"errors"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"dyad"
	"dyad/sqlite"
	"dyad/storetest"
)

func TestAnswerCache(t *testing.T) {
	c := newAnswerCache(2, 1000)
	const keep = 500 * time.Millisecond // long enough that a loaded machine does not expire it early
	var calls atomic.Int32
	release := make(chan struct{})
	slow := func() (any, error) { calls.Add(1); <-release; return "v", nil }
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v, err := c.do("k", keep, slow); v != "v" || err != nil {
				t.Errorf("do = %v, %v", v, err)
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("10 identical requests made %d calls, want 1", n)
	}
	c.do("k", keep, slow) // kept
	if n := calls.Load(); n != 1 {
		t.Errorf("a kept answer was asked again: %d calls", n)
	}
	time.Sleep(600 * time.Millisecond)
	c.do("k", keep, slow) // expired
	if n := calls.Load(); n != 2 {
		t.Errorf("an expired answer was not asked again: %d calls", n)
	}
	fail := errors.New("boom")
	if _, err := c.do("e", keep, func() (any, error) { return nil, fail }); err != fail {
		t.Errorf("error %v", err)
	}
	if v, _ := c.do("e", keep, func() (any, error) { return "ok", nil }); v != "ok" {
		t.Errorf("a failure was kept: %v", v)
	}
	c.do("x", keep, slow)
	c.do("y", keep, slow)
	if len(c.done) > 2 {
		t.Errorf("%d answers kept, limit 2", len(c.done))
	}
	c.clear()
	if len(c.done) != 0 {
		t.Errorf("clear left %d", len(c.done))
	}

	// Answers that tell their size are kept within the bound on bytes.
	b := newAnswerCache(10, 300)
	answer := func(n int) func() (any, error) {
		return func() (any, error) { return &file{body: make([]byte, n)}, nil }
	}
	for _, k := range []string{"a", "b", "c"} {
		b.do(k, time.Hour, answer(100)) // 164 bytes each
	}
	if len(b.done) != 1 || b.bytes != 164 {
		t.Errorf("%d answers of %d bytes kept, want 1 of 164", len(b.done), b.bytes)
	}
	b.do("big", time.Hour, answer(1000))
	if _, ok := b.done["big"]; ok || b.bytes > 300 {
		t.Errorf("an answer over the bound was kept (%d bytes kept)", b.bytes)
	}
}

// TestAnswersFollowTheStore: over SQLite, kept answers (stats, a
// timeline, a search) are given again only until the store changes,
// written by another handle as dyad ingest would be, not by the server.
func TestAnswersFollowTheStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "follow.db")
	w, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Put(context.Background(), storetest.Fixtures()); err != nil {
		t.Fatal(err)
	}
	r, err := sqlite.OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	srv := httptest.NewServer(New(Config{Store: r, CacheTTL: time.Hour}))
	defer srv.Close()
	body := func(path string) string {
		t.Helper()
		status, _, b := get(t, srv, path, nil)
		if status != 200 {
			t.Fatalf("%s: %d %s", path, status, b)
		}
		return b
	}
	paths := []string{"/api/v1/stats", "/api/v1/timeline?a=ZZA&b=ZZB&by=year", "/api/v1/search?q=synthetic"}
	before := make([]string, len(paths))
	for i, p := range paths {
		before[i] = body(p)
		if again := body(p); again != before[i] {
			t.Errorf("%s changed with the store unchanged:\n%s\n%s", p, before[i], again)
		}
	}
	a := storetest.Synthetic(1)
	for k := range a.Events {
		a.Events[k].Source, a.Events[k].Target = "ZZA", "ZZB"
	}
	if _, err := w.Put(context.Background(), []*dyad.Analysis{a}); err != nil {
		t.Fatal(err)
	}
	for i, p := range paths {
		if after := body(p); after == before[i] {
			t.Errorf("%s gave its old answer after the store changed: %s", p, after)
		}
	}
}
