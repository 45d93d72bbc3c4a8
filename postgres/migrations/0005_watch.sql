-- 0005: what dyad watch has polled and seen (dyad.WatchStore), so that a
-- restarted watcher fetches nothing twice. Times are Unix milliseconds;
-- a lease is free when lease_until is at or before now.
CREATE TABLE watch_feeds (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	polled        BIGINT NOT NULL DEFAULT 0,
	status        TEXT NOT NULL DEFAULT '',
	polls         BIGINT NOT NULL DEFAULT 0,
	errors        BIGINT NOT NULL DEFAULT 0,
	lease_owner   TEXT NOT NULL DEFAULT '',
	lease_until   BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE watch_items (
	key         TEXT PRIMARY KEY,
	feed        TEXT NOT NULL,
	seen        BIGINT NOT NULL,
	done        BOOLEAN NOT NULL DEFAULT false,
	attempts    BIGINT NOT NULL DEFAULT 0,
	article_id  TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL DEFAULT '',
	lease_owner TEXT NOT NULL DEFAULT '',
	lease_until BIGINT NOT NULL DEFAULT 0
);
