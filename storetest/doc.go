// Package storetest is the conformance suite every [dyad.Store] passes:
// [Run] stores deterministic fixtures built in Go and checks round trips of
// every record type, idempotent re-ingest, updates, the atomicity of a batch,
// event filters and paging, full-text search, timelines, actor counts,
// errors and concurrent readers during writes. Each store package (sqlite,
// postgres) calls Run from its own tests; [Fixtures] and [Synthetic] are
// exported for their tests and benchmarks.
package storetest
