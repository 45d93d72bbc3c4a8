package sqlite

import (
	"context"
	"database/sql"
	"time"

	"dyad"
)

var _ dyad.WatchStore = (*Store)(nil)

// ms is t in Unix milliseconds, the unit of the watch tables.
func ms(t time.Time) int64 { return t.UnixMilli() }

// writable fails on a store opened read-only.
func (s *Store) writable() error {
	if s.readOnly {
		return dyad.Errorf(dyad.EINVALID, "sqlite %s: opened read-only", s.path)
	}
	return nil
}

// AddFeeds records feeds to poll (see [dyad.WatchStore]).
func (s *Store) AddFeeds(ctx context.Context, urls []string) error {
	if err := s.writable(); err != nil {
		return err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return wrap(ctx, "add feeds", err)
	}
	defer tx.Rollback()
	for _, u := range urls {
		if _, err := tx.ExecContext(ctx, `INSERT INTO watch_feeds(url) VALUES (?) ON CONFLICT(url) DO NOTHING`, u); err != nil {
			return wrap(ctx, "add feeds", err)
		}
	}
	return wrap(ctx, "add feeds", tx.Commit())
}

// LeaseFeed leases the due feed polled longest ago (see [dyad.WatchStore]).
// The writer connection's IMMEDIATE transaction makes the choice and the
// lease one step, also between processes sharing the file.
func (s *Store) LeaseFeed(ctx context.Context, owner string, urls []string, now time.Time, every, lease time.Duration) (dyad.FeedState, bool, error) {
	var st dyad.FeedState
	if err := s.writable(); err != nil {
		return st, false, err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return st, false, wrap(ctx, "lease feed", err)
	}
	defer tx.Rollback()
	best, bestPolled := "", int64(0)
	for _, u := range urls {
		var polled, until int64
		var holder string
		err := tx.QueryRowContext(ctx, `SELECT polled, lease_owner, lease_until FROM watch_feeds WHERE url = ?`, u).Scan(&polled, &holder, &until)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return st, false, wrap(ctx, "lease feed", err)
		}
		if polled > ms(now.Add(-every)) && polled != 0 || until > ms(now) && holder != owner {
			continue
		}
		if best == "" || polled < bestPolled {
			best, bestPolled = u, polled
		}
	}
	if best == "" {
		return st, false, nil
	}
	var polled int64
	err = tx.QueryRowContext(ctx, `UPDATE watch_feeds SET lease_owner = ?, lease_until = ? WHERE url = ?
		RETURNING url, etag, last_modified, polled, status, polls, errors`, owner, ms(now.Add(lease)), best).
		Scan(&st.URL, &st.ETag, &st.LastModified, &polled, &st.Status, &st.Polls, &st.Errors)
	if err != nil {
		return st, false, wrap(ctx, "lease feed", err)
	}
	if polled != 0 {
		st.Polled = time.UnixMilli(polled).UTC()
	}
	return st, true, wrap(ctx, "lease feed", tx.Commit())
}

// SaveFeed records a poll and ends the lease (see [dyad.WatchStore]).
func (s *Store) SaveFeed(ctx context.Context, owner string, st dyad.FeedState) error {
	if err := s.writable(); err != nil {
		return err
	}
	res, err := s.w.ExecContext(ctx, `UPDATE watch_feeds SET etag = ?, last_modified = ?, polled = ?, status = ?,
		polls = ?, errors = ?, lease_owner = '', lease_until = 0 WHERE url = ? AND lease_owner = ?`,
		st.ETag, st.LastModified, ms(st.Polled), st.Status, st.Polls, st.Errors, st.URL, owner)
	if err != nil {
		return wrap(ctx, "save feed", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return dyad.Errorf(dyad.ECONFLICT, "save feed %s: %s does not hold its lease", st.URL, owner)
	}
	return nil
}

// ClaimItems records and leases the items not done (see
// [dyad.WatchStore]).
func (s *Store) ClaimItems(ctx context.Context, owner, feed string, keys []string, now time.Time, lease time.Duration) ([]string, error) {
	if err := s.writable(); err != nil {
		return nil, err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, wrap(ctx, "claim items", err)
	}
	defer tx.Rollback()
	var claimed []string
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, `INSERT INTO watch_items(key, feed, seen) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING`, k, feed, ms(now)); err != nil {
			return nil, wrap(ctx, "claim items", err)
		}
		res, err := tx.ExecContext(ctx, `UPDATE watch_items SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
			WHERE key = ? AND done = 0 AND (lease_until <= ? OR lease_owner = ?)`, owner, ms(now.Add(lease)), k, ms(now), owner)
		if err != nil {
			return nil, wrap(ctx, "claim items", err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			claimed = append(claimed, k)
		}
	}
	return claimed, wrap(ctx, "claim items", tx.Commit())
}

// FinishItem records what became of an item (see [dyad.WatchStore]).
func (s *Store) FinishItem(ctx context.Context, owner, key string, r dyad.ItemResult) error {
	if err := s.writable(); err != nil {
		return err
	}
	res, err := s.w.ExecContext(ctx, `UPDATE watch_items SET done = ?, article_id = ?, status = ?, lease_owner = '', lease_until = 0
		WHERE key = ? AND lease_owner = ?`, r.Done, r.ArticleID, r.Status, key, owner)
	if err != nil {
		return wrap(ctx, "finish item", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return dyad.Errorf(dyad.ECONFLICT, "finish item %s: %s does not hold its lease", key, owner)
	}
	return nil
}

// WatchStats counts feeds and items (see [dyad.WatchStore]).
func (s *Store) WatchStats(ctx context.Context) (dyad.WatchStats, error) {
	var w dyad.WatchStats
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM watch_feeds WHERE polls > 0),
		(SELECT coalesce(sum(errors), 0) FROM watch_feeds),
		(SELECT count(*) FROM watch_items),
		(SELECT count(*) FROM watch_items WHERE done = 1 AND article_id <> ''),
		(SELECT count(*) FROM watch_items WHERE done = 1 AND article_id = '')`).
		Scan(&w.Feeds, &w.FeedErrors, &w.Items, &w.ItemsStored, &w.ItemsFailed)
	return w, wrap(ctx, "watch stats", err)
}
