// Package pipeline composes dyad's analysis stages and runs them over a
// stream of articles: an [Analyzer] runs the stages in order over one
// article, and an [Ingester] reads, skips what the store already has,
// analyses on a pool of workers and writes batches to a [dyad.Store], one
// transaction per batch, so that an interrupted ingest leaves only whole
// articles behind and a re-run completes it.
//
// Its one dependency is golang.org/x/sync/errgroup: the reader, the
// dispatcher, the workers and the writer of an ingest run as one group, so
// that the first error stops the others and is the one returned.
package pipeline
