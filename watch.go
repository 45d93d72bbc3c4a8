package dyad

import (
	"context"
	"time"
)

// FeedState is what a store keeps of one watched feed between polls.
type FeedState struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`          // the ETag of the last response, for If-None-Match
	LastModified string    `json:"last_modified,omitempty"` // its Last-Modified, for If-Modified-Since
	Polled       time.Time `json:"polled"`                  // when it was last polled; zero when never
	Status       string    `json:"status,omitempty"`        // what the last poll found: "ok", "unchanged", or its error
	Polls        int64     `json:"polls"`                   // polls done, in all
	Errors       int64     `json:"errors"`                  // polls that failed, in all
}

// ItemResult is what became of one feed item a watcher claimed.
type ItemResult struct {
	ArticleID string // the article it was stored as, "" when none
	Status    string // "stored", "feed text" (the page could not be had), or why it failed
	Done      bool   // false: release the item to be tried again at a later poll
}

// WatchStats counts what dyad watch recorded in a store.
type WatchStats struct {
	Feeds       int64 `json:"feeds"`        // feeds polled at least once
	FeedErrors  int64 `json:"feed_errors"`  // polls that failed
	Items       int64 `json:"feed_items"`   // items seen in feeds
	ItemsStored int64 `json:"items_stored"` // items done with an article stored
	ItemsFailed int64 `json:"items_failed"` // items given up
}

// WatchStore is the record dyad watch keeps in a store of the feeds it
// polls and the items it has seen, so that a watcher that restarts, or
// several watchers sharing one store, fetch nothing twice. Each feed and
// each item is leased to one watcher (its owner name) at a time; a lease
// that runs out, because its watcher died, is taken by the next that asks.
// Times are the caller's clock.
//
// Implementations: sqlite and postgres.
type WatchStore interface {
	// AddFeeds records feeds to poll; feeds recorded before are left as
	// they are.
	AddFeeds(ctx context.Context, urls []string) error

	// LeaseFeed leases to owner until now+lease the feed of urls that is due
	// (never polled, or polled at least every before now) and not leased
	// to another owner, the one polled longest ago first. ok is false when
	// no feed is due.
	LeaseFeed(ctx context.Context, owner string, urls []string, now time.Time, every, lease time.Duration) (st FeedState, ok bool, err error)

	// SaveFeed records the state after owner's poll of st.URL and ends the
	// lease. It fails with ECONFLICT when owner no longer holds the lease.
	SaveFeed(ctx context.Context, owner string, st FeedState) error

	// ClaimItems records the item keys of a feed as seen and leases to
	// owner until now+lease, and returns, those that are not done and not
	// leased to another owner, in the order given.
	ClaimItems(ctx context.Context, owner, feed string, keys []string, now time.Time, lease time.Duration) ([]string, error)

	// FinishItem records what became of an item owner claimed and ends
	// the lease; an item not done may be claimed again.
	FinishItem(ctx context.Context, owner, key string, r ItemResult) error

	// WatchStats counts feeds and items.
	WatchStats(ctx context.Context) (WatchStats, error)
}
