-- 0001: the first schema of the dyad store.
--
-- Every derived table is keyed by (article_id, idx), idx being the record's
-- position in its list of the analysis, and references its article with
-- ON DELETE CASCADE: deleting an article deletes all that was derived from it.
-- Spans are byte offsets into articles.text. A NULL place_name means "no
-- place"; a NULL tone_words means "no tone".

CREATE TABLE articles (
	seq         INTEGER PRIMARY KEY,          -- rowid, the FTS content rowid
	id          TEXT    NOT NULL UNIQUE,
	hash        TEXT    NOT NULL,
	url         TEXT    NOT NULL DEFAULT '',
	source      TEXT    NOT NULL DEFAULT '',
	title       TEXT    NOT NULL DEFAULT '',
	text        TEXT    NOT NULL DEFAULT '',
	published   TEXT,                         -- YYYY-MM-DD, NULL when unknown
	lang        TEXT    NOT NULL DEFAULT '',
	tone        REAL,
	positive    REAL,
	negative    REAL,
	polarity    REAL,
	activity    REAL,
	self_group  REAL,
	tone_words  INTEGER
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE sentences (
	article_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE mentions (
	article_id    TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx           INTEGER NOT NULL,
	sentence      INTEGER NOT NULL,
	kind          TEXT    NOT NULL,
	text          TEXT    NOT NULL,
	span_start    INTEGER NOT NULL,
	span_end      INTEGER NOT NULL,
	name          TEXT    NOT NULL DEFAULT '',
	actor         TEXT    NOT NULL DEFAULT '',
	place_name    TEXT,
	place_country TEXT,
	place_lat     REAL,
	place_lon     REAL,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_actor ON mentions (actor) WHERE actor <> '';

CREATE TABLE events (
	article_id     TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	sentence       INTEGER NOT NULL,
	date           TEXT    NOT NULL,
	date_from_text INTEGER NOT NULL DEFAULT 0,
	source         TEXT    NOT NULL DEFAULT '',
	target         TEXT    NOT NULL DEFAULT '',
	code           TEXT    NOT NULL,
	root           TEXT    NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      REAL,
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	trigger_text   TEXT    NOT NULL DEFAULT '',
	place_name     TEXT,
	place_country  TEXT,
	place_lat      REAL,
	place_lon      REAL,
	negated        INTEGER NOT NULL DEFAULT 0,
	hypothetical   INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_date   ON events (date, article_id, idx);
CREATE INDEX events_source ON events (source, date);
CREATE INDEX events_target ON events (target, date);
CREATE INDEX events_code   ON events (code, date);

CREATE TABLE counts (
	article_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	sentence    INTEGER NOT NULL,
	number      REAL,
	qualifier   TEXT    NOT NULL DEFAULT '',
	object      TEXT    NOT NULL DEFAULT '',
	unit        TEXT    NOT NULL DEFAULT '',
	type        TEXT    NOT NULL DEFAULT '',
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
	article_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	text        TEXT    NOT NULL,
	speaker     TEXT    NOT NULL DEFAULT '',
	actor       TEXT    NOT NULL DEFAULT '',
	verb        TEXT    NOT NULL DEFAULT '',
	scare       INTEGER NOT NULL DEFAULT 0,
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL,
	PRIMARY KEY (article_id, idx)
);

CREATE TABLE dates (
	article_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	date        TEXT    NOT NULL,
	precision   TEXT    NOT NULL DEFAULT '',
	text        TEXT    NOT NULL,
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- spans: a JSON array of [start, end] pairs, NULL when there are none.
CREATE TABLE themes (
	article_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	code        TEXT    NOT NULL,
	count       INTEGER NOT NULL,
	spans       TEXT,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX themes_code ON themes (code);

-- Full-text index over title and text, its content read from articles.
-- The store adds the new articles of a batch to it in one statement (a
-- trigger per row would make FTS5 flush its pending terms at every row);
-- triggers keep it right when articles are deleted or edited.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text,
	content = 'articles', content_rowid = 'seq',
	tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
