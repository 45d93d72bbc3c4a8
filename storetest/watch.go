package storetest

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"dyad"
)

// Watch runs the conformance suite of [dyad.WatchStore]: feeds leased to
// one watcher at a time and due again after their interval, items claimed
// by one watcher and never again once done, leases that run out passing to
// another watcher, and the counts of WatchStats. open returns a new, empty
// store; Watch closes it.
func Watch(t *testing.T, open func(t *testing.T) dyad.Store) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, dyad.WatchStore)
	}{
		{"Feeds", testWatchFeeds},
		{"Items", testWatchItems},
		{"ConcurrentClaims", testWatchConcurrent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := open(t)
			t.Cleanup(func() { st.Close() })
			ws, ok := st.(dyad.WatchStore)
			if !ok {
				t.Fatalf("%T is not a dyad.WatchStore", st)
			}
			tc.fn(t, ws)
		})
	}
}

var t0 = time.Date(2024, 5, 16, 12, 0, 0, 0, time.UTC)

func testWatchFeeds(t *testing.T, ws dyad.WatchStore) {
	ctx := context.Background()
	feeds := []string{"http://a.test/feed", "http://b.test/rss"}
	for range 2 { // adding twice changes nothing
		if err := ws.AddFeeds(ctx, feeds); err != nil {
			t.Fatal(err)
		}
	}
	every, lease := 15*time.Minute, time.Minute
	a, ok, err := ws.LeaseFeed(ctx, "w1", feeds, t0, every, lease)
	if err != nil || !ok || !a.Polled.IsZero() || a.Polls != 0 {
		t.Fatalf("first lease: %+v %v %v", a, ok, err)
	}
	b, ok, err := ws.LeaseFeed(ctx, "w2", feeds, t0, every, lease)
	if err != nil || !ok || b.URL == a.URL {
		t.Fatalf("second lease: %+v %v %v, want the other feed than %s", b, ok, err, a.URL)
	}
	if _, ok, err := ws.LeaseFeed(ctx, "w3", feeds, t0.Add(time.Second), every, lease); ok || err != nil {
		t.Fatalf("a third watcher got a leased feed: %v %v", ok, err)
	}
	a.ETag, a.LastModified, a.Polled, a.Status, a.Polls = `"v1"`, "Thu, 16 May 2024 11:00:00 GMT", t0.Add(time.Second), "ok", 1
	if err := ws.SaveFeed(ctx, "w2", a); dyad.ErrorCode(err) != dyad.ECONFLICT {
		t.Errorf("SaveFeed by a watcher without the lease: %v, want ECONFLICT", err)
	}
	if err := ws.SaveFeed(ctx, "w1", a); err != nil {
		t.Fatal(err)
	}
	// b's watcher died: its lease runs out and another watcher takes b; a
	// was polled and is not due again before its interval.
	later := t0.Add(2 * lease)
	got, ok, err := ws.LeaseFeed(ctx, "w3", feeds, later, every, lease)
	if err != nil || !ok || got.URL != b.URL {
		t.Fatalf("lease after b's ran out: %+v %v %v, want %s", got, ok, err, b.URL)
	}
	got.Polled, got.Status, got.Polls, got.Errors = later, "HTTP 500", 1, 1
	if err := ws.SaveFeed(ctx, "w3", got); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := ws.LeaseFeed(ctx, "w1", feeds, later, every, lease); ok {
		t.Errorf("a feed was due before its interval")
	}
	again, ok, err := ws.LeaseFeed(ctx, "w1", feeds, t0.Add(every+time.Second), every, lease)
	if err != nil || !ok || again.URL != a.URL || again.ETag != `"v1"` || again.LastModified != a.LastModified ||
		!again.Polled.Equal(a.Polled) || again.Polls != 1 || again.Status != "ok" {
		t.Errorf("feed due again: %+v %v %v, want the state saved %+v", again, ok, err, a)
	}
	if _, ok, _ := ws.LeaseFeed(ctx, "w1", []string{"http://unknown.test/"}, later, every, lease); ok {
		t.Errorf("leased a feed never added")
	}
	s, err := ws.WatchStats(ctx)
	if err != nil || s.Feeds != 2 || s.FeedErrors != 1 {
		t.Errorf("WatchStats %+v %v, want 2 feeds, 1 error", s, err)
	}
}

func testWatchItems(t *testing.T, ws dyad.WatchStore) {
	ctx := context.Background()
	lease := time.Minute
	keys := []string{"http://a.test/1", "http://a.test/2", "http://a.test/3"}
	got, err := ws.ClaimItems(ctx, "w1", "http://a.test/feed", keys, t0, lease)
	if err != nil || !slices.Equal(got, keys) {
		t.Fatalf("first claim: %v %v", got, err)
	}
	if got, err := ws.ClaimItems(ctx, "w2", "http://a.test/feed", keys, t0, lease); err != nil || len(got) != 0 {
		t.Fatalf("second watcher claimed %v %v", got, err)
	}
	if err := ws.FinishItem(ctx, "w2", keys[0], dyad.ItemResult{Done: true}); dyad.ErrorCode(err) != dyad.ECONFLICT {
		t.Errorf("FinishItem without the lease: %v, want ECONFLICT", err)
	}
	if err := ws.FinishItem(ctx, "w1", keys[0], dyad.ItemResult{ArticleID: "u1", Status: "stored", Done: true}); err != nil {
		t.Fatal(err)
	}
	if err := ws.FinishItem(ctx, "w1", keys[1], dyad.ItemResult{Status: "HTTP 503"}); err != nil {
		t.Fatal(err)
	}
	// keys[1] was released to be tried again; keys[2]'s lease runs out.
	more := append(keys, "http://a.test/4")
	got, err = ws.ClaimItems(ctx, "w2", "http://a.test/feed", more, t0.Add(time.Second), lease)
	if want := []string{keys[1], "http://a.test/4"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("claim after release: %v %v, want %v", got, err, want)
	}
	got, err = ws.ClaimItems(ctx, "w3", "http://a.test/feed", more, t0.Add(2*lease), lease)
	if want := []string{keys[1], keys[2], "http://a.test/4"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("claim after the leases ran out: %v %v, want %v", got, err, want)
	}
	if err := ws.FinishItem(ctx, "w3", keys[2], dyad.ItemResult{Status: "HTTP 404", Done: true}); err != nil {
		t.Fatal(err)
	}
	if got, _ := ws.ClaimItems(ctx, "w1", "http://a.test/feed", keys, t0.Add(time.Hour), lease); !slices.Equal(got, []string{keys[1]}) {
		t.Errorf("done items claimed again: %v", got)
	}
	s, err := ws.WatchStats(ctx)
	if err != nil || s.Items != 4 || s.ItemsStored != 1 || s.ItemsFailed != 1 {
		t.Errorf("WatchStats %+v %v, want 4 items, 1 stored, 1 failed", s, err)
	}
}

// testWatchConcurrent has eight watchers claim the same 200 items at once:
// every item goes to exactly one.
func testWatchConcurrent(t *testing.T, ws dyad.WatchStore) {
	ctx := context.Background()
	keys := make([]string, 200)
	for i := range keys {
		keys[i] = fmt.Sprintf("http://c.test/%d", i)
	}
	var mu sync.Mutex
	owner := map[string]string{}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := fmt.Sprintf("w%d", w)
			for i := 0; i < len(keys); i += 20 {
				got, err := ws.ClaimItems(ctx, name, "http://c.test/feed", keys[i:i+20], t0, time.Minute)
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				for _, k := range got {
					if prev, ok := owner[k]; ok {
						errs <- fmt.Errorf("%s claimed by %s and %s", k, prev, name)
					}
					owner[k] = name
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if len(owner) != len(keys) {
		t.Errorf("%d items claimed, want %d", len(owner), len(keys))
	}
}
