package postgres

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dyad"
	"dyad/sqlite"
	"dyad/storetest"
)

// putLoad stores n synthetic analyses numbered from first, in batches of
// size.
func putLoad(b *testing.B, s dyad.Store, first, n, size int) {
	b.Helper()
	ctx := context.Background()
	batch := make([]*dyad.Analysis, 0, size)
	for i := first; i < first+n; i++ {
		batch = append(batch, storetest.Synthetic(i))
		if len(batch) == size || i == first+n-1 {
			if _, err := s.Put(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
}

// benchPut stores 1,000 synthetic analyses (about 20 derived records each)
// per operation, in batches of 500, as sqlite's BenchmarkPut does.
func benchPut(b *testing.B, s dyad.Store) {
	const perOp, batchSize = 1000, 500
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		putLoad(b, s, n, perOp, batchSize)
		n += perOp
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutPostgres mirrors sqlite's BenchmarkPut on PostgreSQL, into a
// fresh schema.
func BenchmarkPutPostgres(b *testing.B) {
	s := openFresh(b)
	defer s.Close()
	benchPut(b, s)
}

// BenchmarkPutSQLite is sqlite's BenchmarkPut, run here so that one run
// compares both engines on the same machine at the same time.
func BenchmarkPutSQLite(b *testing.B) {
	serverURL(b) // only worth running next to BenchmarkPutPostgres
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "dyad.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	benchPut(b, s)
}

// BenchmarkTimeline1M loads 200,000 synthetic articles (1,000,000 events)
// into each engine with Put, reporting the load rate, then times a timeline
// between CHN and UKR, a pair in one event of eight (about 114,000 events
// once negated ones are left out), by month.
func BenchmarkTimeline1M(b *testing.B) {
	serverURL(b)
	const articles, batch = 200_000, 1000
	engines := []struct {
		name string
		open func(b *testing.B) (dyad.Store, func() int64) // the store, and its size on disk
	}{
		{"sqlite", func(b *testing.B) (dyad.Store, func() int64) {
			path := filepath.Join(b.TempDir(), "dyad.db")
			s, err := sqlite.Open(context.Background(), path)
			if err != nil {
				b.Fatal(err)
			}
			return s, func() int64 {
				var n int64
				for _, f := range []string{path, path + "-wal"} {
					if fi, err := os.Stat(f); err == nil {
						n += fi.Size()
					}
				}
				return n
			}
		}},
		{"postgres", func(b *testing.B) (dyad.Store, func() int64) {
			s := openFresh(b)
			return s, func() int64 {
				ctx := context.Background()
				// Analyse at once and set the visibility map, as autovacuum
				// would soon after a load.
				if _, err := s.pool.Exec(ctx, "VACUUM ANALYZE articles, events"); err != nil {
					b.Fatal(err)
				}
				var n int64
				if err := s.pool.QueryRow(ctx, `SELECT sum(pg_total_relation_size(c.oid))::bigint
					FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
					WHERE ns.nspname = current_schema() AND c.relkind = 'r'`).Scan(&n); err != nil {
					b.Fatal(err)
				}
				return n
			}
		}},
	}
	q := dyad.TimelineQuery{A: "CHN", B: "UKR"}
	for _, e := range engines {
		b.Run(e.name, func(b *testing.B) {
			s, size := e.open(b)
			defer s.Close()
			start := time.Now()
			putLoad(b, s, 0, articles, batch)
			load := time.Since(start)
			bytes := size()
			st, err := s.Stats(context.Background())
			if err != nil || st.Events != 5*articles {
				b.Fatalf("Stats %+v, %v; want %d events", st, err, 5*articles)
			}
			var events int
			for b.Loop() {
				tl, err := s.Timeline(context.Background(), q)
				if err != nil {
					b.Fatal(err)
				}
				events = 0
				for _, x := range tl {
					events += x.Events
				}
			}
			b.ReportMetric(float64(articles)/load.Seconds(), "load-articles/s")
			b.ReportMetric(float64(events), "events")
			b.ReportMetric(float64(bytes)/articles, "disk-B/article")
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/timeline")
		})
	}
}
