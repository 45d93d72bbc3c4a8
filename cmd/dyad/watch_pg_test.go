package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// pgSchemaURL returns the URL of a fresh schema on the PostgreSQL server of
// DYAD_TEST_POSTGRES_URL, dropped when the test ends; it skips the test
// when the variable is not set.
func pgSchemaURL(t *testing.T) string {
	t.Helper()
	base := os.Getenv("DYAD_TEST_POSTGRES_URL")
	if base == "" {
		t.Skip("DYAD_TEST_POSTGRES_URL not set: the test of several watchers sharing a PostgreSQL store needs a server")
	}
	u, err := url.Parse(base)
	if err != nil || !strings.Contains(base, "://") {
		t.Skipf("DYAD_TEST_POSTGRES_URL is not a URL: %v", err)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	rand.Read(b[:])
	schema := "t_watch_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), base)
		if err == nil {
			c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			c.Close(context.Background())
		}
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestWatchersShareFeeds runs three watchers at once against one local
// news server and one PostgreSQL store: three feeds of 40 items, ten of
// them in two feeds. Every page is fetched once and every item stored
// once, whichever watcher leased its feed.
func TestWatchersShareFeeds(t *testing.T) {
	db := pgSchemaURL(t)
	srv := newNewsServer(t)
	srv.pageDelay = 10 * time.Millisecond // so that the polls overlap
	for f, name := range []string{"a", "b", "c"} {
		srv.publish(name, f*30, 40, false) // a: 0-39, b: 30-69, c: 60-99
	}
	feeds := []string{srv.URL + "/a.xml", srv.URL + "/b.xml", srv.URL + "/c.xml"}
	var wg sync.WaitGroup
	outs := make([]string, 3)
	codes := make([]int, 3)
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			args := append([]string{"watch", "--db", db, "--once", "--delay", "0", "--id", "watcher-" + strconv.Itoa(w)}, feeds...)
			var errs string
			codes[w], outs[w], errs = dyadRun(t, "", args...)
			outs[w] += errs
		}()
	}
	wg.Wait()
	polls, busy := 0, 0
	for w := range 3 {
		if codes[w] != 0 {
			t.Errorf("watcher %d: exit %d: %s", w, codes[w], outs[w])
		}
		n := strings.Count(outs[w], " poll ")
		polls += n
		if n > 0 {
			busy++
		}
	}
	if busy < 2 {
		t.Errorf("one watcher polled every feed: the test shows no sharing:\n%s", strings.Join(outs, "\n"))
	}
	if polls != 3 {
		t.Errorf("%d polls, want each feed polled once:\n%s", polls, strings.Join(outs, "\n"))
	}
	for n := range 100 {
		if h := srv.hit("/news/" + strconv.Itoa(n)); h != 1 {
			t.Errorf("page %d fetched %d times, want once", n, h)
		}
	}
	st := watchStats(t, db)
	if st["feed_items"] != 100 || st["items_stored"] != 100 || st["feeds"] != 3 {
		t.Errorf("stats: %v", st)
	}
	out := mustRun(t, "", "search", "--db", db, "--format", "csv", "--limit", "0", "report")
	if n := strings.Count(out, "\n") - 1; n != 100 {
		t.Errorf("%d articles found, want 100", n)
	}
}
