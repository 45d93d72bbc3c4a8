// Package postgres is dyad's store for teams: a [dyad.Store] in a PostgreSQL
// database, reached through pgx's connection pool, so that several ingest
// processes and readers on several machines share one store. It keeps the
// same tables and answers exactly as package sqlite (both pass the
// conformance suite of package storetest): embedded migrations applied on
// [Open] under an advisory lock, batches written with COPY in one transaction
// that locks the batch's article IDs in a fixed order (so that concurrent
// writers never duplicate an article nor deadlock), and full-text search over
// a weighted tsvector of title and text with a GIN index, dyad's query
// language (package dyad/internal/search) translated to a tsquery, and
// ts_rank_cd ranking.
package postgres
