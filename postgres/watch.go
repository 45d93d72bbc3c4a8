package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"dyad"
)

var _ dyad.WatchStore = (*Store)(nil)

// ms is t in Unix milliseconds, the unit of the watch tables.
func ms(t time.Time) int64 { return t.UnixMilli() }

// AddFeeds records feeds to poll (see [dyad.WatchStore]).
func (s *Store) AddFeeds(ctx context.Context, urls []string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO watch_feeds(url) SELECT unnest($1::text[]) ON CONFLICT (url) DO NOTHING`, urls)
	return wrap(ctx, "add feeds", err)
}

// LeaseFeed leases the due feed polled longest ago (see [dyad.WatchStore]).
// Watchers on many machines share the feed list: SELECT ... FOR UPDATE
// SKIP LOCKED passes over a feed another watcher is leasing at that
// moment, and the lease written with it keeps the feed its own until the
// lease runs out.
func (s *Store) LeaseFeed(ctx context.Context, owner string, urls []string, now time.Time, every, lease time.Duration) (dyad.FeedState, bool, error) {
	var st dyad.FeedState
	var polled int64
	err := s.pool.QueryRow(ctx, `WITH due AS (
			SELECT url FROM watch_feeds
			WHERE url = ANY($1) AND (polled = 0 OR polled <= $2) AND (lease_until <= $3 OR lease_owner = $4)
			ORDER BY polled, url LIMIT 1 FOR UPDATE SKIP LOCKED)
		UPDATE watch_feeds f SET lease_owner = $4, lease_until = $5 FROM due WHERE f.url = due.url
		RETURNING f.url, f.etag, f.last_modified, f.polled, f.status, f.polls, f.errors`,
		urls, ms(now.Add(-every)), ms(now), owner, ms(now.Add(lease))).
		Scan(&st.URL, &st.ETag, &st.LastModified, &polled, &st.Status, &st.Polls, &st.Errors)
	if err == pgx.ErrNoRows {
		return st, false, nil
	}
	if err != nil {
		return st, false, wrap(ctx, "lease feed", err)
	}
	if polled != 0 {
		st.Polled = time.UnixMilli(polled).UTC()
	}
	return st, true, nil
}

// SaveFeed records a poll and ends the lease (see [dyad.WatchStore]).
func (s *Store) SaveFeed(ctx context.Context, owner string, st dyad.FeedState) error {
	tag, err := s.pool.Exec(ctx, `UPDATE watch_feeds SET etag = $1, last_modified = $2, polled = $3, status = $4,
		polls = $5, errors = $6, lease_owner = '', lease_until = 0 WHERE url = $7 AND lease_owner = $8`,
		st.ETag, st.LastModified, ms(st.Polled), st.Status, st.Polls, st.Errors, st.URL, owner)
	if err != nil {
		return wrap(ctx, "save feed", err)
	}
	if tag.RowsAffected() == 0 {
		return dyad.Errorf(dyad.ECONFLICT, "save feed %s: %s does not hold its lease", st.URL, owner)
	}
	return nil
}

// ClaimItems records and leases the items not done (see
// [dyad.WatchStore]). The UPDATE's condition is checked again on a row
// another watcher changed first, so two watchers never both claim an item.
func (s *Store) ClaimItems(ctx context.Context, owner, feed string, keys []string, now time.Time, lease time.Duration) ([]string, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO watch_items(key, feed, seen) SELECT unnest($1::text[]), $2, $3 ON CONFLICT (key) DO NOTHING`,
		keys, feed, ms(now))
	if err != nil {
		return nil, wrap(ctx, "claim items", err)
	}
	rows, err := s.pool.Query(ctx, `UPDATE watch_items SET lease_owner = $2, lease_until = $3, attempts = attempts + 1
		WHERE key = ANY($1) AND NOT done AND (lease_until <= $4 OR lease_owner = $2) RETURNING key`,
		keys, owner, ms(now.Add(lease)), ms(now))
	if err != nil {
		return nil, wrap(ctx, "claim items", err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, wrap(ctx, "claim items", err)
	}
	set := make(map[string]bool, len(got))
	for _, k := range got {
		set[k] = true
	}
	var claimed []string
	for _, k := range keys {
		if set[k] {
			claimed = append(claimed, k)
			delete(set, k)
		}
	}
	return claimed, nil
}

// FinishItem records what became of an item (see [dyad.WatchStore]).
func (s *Store) FinishItem(ctx context.Context, owner, key string, r dyad.ItemResult) error {
	tag, err := s.pool.Exec(ctx, `UPDATE watch_items SET done = $1, article_id = $2, status = $3, lease_owner = '', lease_until = 0
		WHERE key = $4 AND lease_owner = $5`, r.Done, r.ArticleID, r.Status, key, owner)
	if err != nil {
		return wrap(ctx, "finish item", err)
	}
	if tag.RowsAffected() == 0 {
		return dyad.Errorf(dyad.ECONFLICT, "finish item %s: %s does not hold its lease", key, owner)
	}
	return nil
}

// WatchStats counts feeds and items (see [dyad.WatchStore]).
func (s *Store) WatchStats(ctx context.Context) (dyad.WatchStats, error) {
	var w dyad.WatchStats
	err := s.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM watch_feeds WHERE polls > 0),
		(SELECT coalesce(sum(errors), 0)::bigint FROM watch_feeds),
		(SELECT count(*) FROM watch_items),
		(SELECT count(*) FROM watch_items WHERE done AND article_id <> ''),
		(SELECT count(*) FROM watch_items WHERE done AND article_id = '')`).
		Scan(&w.Feeds, &w.FeedErrors, &w.Items, &w.ItemsStored, &w.ItemsFailed)
	return w, wrap(ctx, "watch stats", err)
}
