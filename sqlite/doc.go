// Package sqlite is dyad's embedded default store: a [dyad.Store] kept in one
// SQLite file through the pure-Go driver modernc.org/sqlite (chosen so that
// dyad builds as one static binary with CGO_ENABLED=0). The file runs in WAL
// mode so that readers never wait for the writer; writes go through one
// connection per process in IMMEDIATE transactions and a busy timeout, so
// that concurrent ingest processes queue instead of failing. The schema lives
// in embedded migrations applied on [Open]; articles are searchable through
// an FTS5 index over title and text, ranked by bm25. [OpenReadOnly] opens an
// existing store for queries without writing to it, so that a store in a
// read-only file or directory can be queried.
package sqlite
