-- 0001: the first PostgreSQL schema of the dyad store, the same tables as
-- the SQLite store's.
--
-- Every derived table is keyed by (article_id, idx), idx being the record's
-- position in its list of the analysis, and references its article with
-- ON DELETE CASCADE: deleting an article deletes all that was derived from it.
-- Spans are byte offsets into the UTF-8 bytes of articles.text. A NULL
-- place_name means "no place"; a NULL tone_words means "no tone".
--
-- Codes, IDs and dates compare byte by byte (COLLATE "C") whatever the
-- database's locale, so that prefix ranges and orderings match SQLite's.
-- article_id is the natural distribution column when the schema is sharded
-- (see docs/postgres.md): every table carries it and every join uses it.

CREATE TABLE articles (
	id          text COLLATE "C" PRIMARY KEY,
	seq         bigint GENERATED ALWAYS AS IDENTITY,  -- insertion order, breaks ranking ties
	hash        text NOT NULL,
	url         text NOT NULL DEFAULT '',
	source      text NOT NULL DEFAULT '',
	title       text NOT NULL DEFAULT '',
	text        text NOT NULL DEFAULT '',
	published   date,                                  -- NULL when unknown
	lang        text NOT NULL DEFAULT '',
	tone        double precision,
	positive    double precision,
	negative    double precision,
	polarity    double precision,
	activity    double precision,
	self_group  double precision,
	tone_words  integer,
	fts         tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('english'::regconfig, title), 'A') ||
		setweight(to_tsvector('english'::regconfig, text), 'B')) STORED
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_fts ON articles USING gin (fts);

CREATE TABLE sentences (
	article_id  text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx         integer NOT NULL,
	span_start  integer NOT NULL,
	span_end    integer NOT NULL,
	PRIMARY KEY (article_id, idx)
);

CREATE TABLE mentions (
	article_id    text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx           integer NOT NULL,
	sentence      integer NOT NULL,
	kind          text NOT NULL,
	text          text NOT NULL,
	span_start    integer NOT NULL,
	span_end      integer NOT NULL,
	name          text NOT NULL DEFAULT '',
	actor         text COLLATE "C" NOT NULL DEFAULT '',
	place_name    text,
	place_country text,
	place_lat     double precision,
	place_lon     double precision,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_actor ON mentions (actor) WHERE actor <> '';

CREATE TABLE events (
	article_id     text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx            integer NOT NULL,
	sentence       integer NOT NULL,
	date           text COLLATE "C" NOT NULL,
	date_from_text boolean NOT NULL DEFAULT false,
	source         text COLLATE "C" NOT NULL DEFAULT '',
	target         text COLLATE "C" NOT NULL DEFAULT '',
	code           text COLLATE "C" NOT NULL,
	root           text NOT NULL,
	quad           integer NOT NULL,
	goldstein      double precision NOT NULL,
	trigger_start  integer NOT NULL,
	trigger_end    integer NOT NULL,
	trigger_text   text NOT NULL DEFAULT '',
	place_name     text,
	place_country  text,
	place_lat      double precision,
	place_lon      double precision,
	negated        boolean NOT NULL DEFAULT false,
	hypothetical   boolean NOT NULL DEFAULT false,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_date ON events (date, article_id, idx);
CREATE INDEX events_code ON events (code, date);
-- The dyad indexes cover what Timeline reads, so that a timeline between
-- two actors is an index-only scan of the matching entries.
CREATE INDEX events_source ON events (source, target, date) INCLUDE (quad, goldstein, negated);
CREATE INDEX events_target ON events (target, source, date) INCLUDE (quad, goldstein, negated);

CREATE TABLE counts (
	article_id  text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx         integer NOT NULL,
	sentence    integer NOT NULL,
	number      double precision NOT NULL,
	qualifier   text NOT NULL DEFAULT '',
	object      text NOT NULL DEFAULT '',
	unit        text NOT NULL DEFAULT '',
	type        text NOT NULL DEFAULT '',
	span_start  integer NOT NULL,
	span_end    integer NOT NULL,
	PRIMARY KEY (article_id, idx)
);

CREATE TABLE quotes (
	article_id  text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx         integer NOT NULL,
	text        text NOT NULL,
	speaker     text NOT NULL DEFAULT '',
	actor       text NOT NULL DEFAULT '',
	verb        text NOT NULL DEFAULT '',
	scare       boolean NOT NULL DEFAULT false,
	span_start  integer NOT NULL,
	span_end    integer NOT NULL,
	PRIMARY KEY (article_id, idx)
);

CREATE TABLE dates (
	article_id  text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx         integer NOT NULL,
	date        text NOT NULL,
	precision   text NOT NULL DEFAULT '',
	text        text NOT NULL,
	span_start  integer NOT NULL,
	span_end    integer NOT NULL,
	PRIMARY KEY (article_id, idx)
);

-- spans: start and end of each span in turn, NULL when there are none.
CREATE TABLE themes (
	article_id  text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx         integer NOT NULL,
	code        text NOT NULL,
	count       integer NOT NULL,
	spans       integer[],
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX themes_code ON themes (code);
