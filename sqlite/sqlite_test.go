package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"dyad"
	"dyad/internal/migrate"
	"dyad/storetest"
)

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dyad.Store { return openTemp(t) })
}

func TestMigrationsIdempotent(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "m.db")
	ms, err := migrate.Load(migrationFS, "migrations")
	if err != nil || len(ms) == 0 {
		t.Fatalf("migrate.Load = %v, %v", ms, err)
	}
	latest := ms[len(ms)-1].Version
	for i := range 3 {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("Open #%d: %v", i+1, err)
		}
		if v, err := s.SchemaVersion(ctx); err != nil || v != latest {
			t.Errorf("Open #%d: schema version %d, %v; want %d", i+1, v, err, latest)
		}
		if i == 0 {
			if _, err := s.Put(ctx, storetest.Fixtures()); err != nil {
				t.Fatalf("Put: %v", err)
			}
		}
		st, err := s.Stats(ctx)
		if err != nil || st.Articles != int64(len(storetest.Fixtures())) {
			t.Errorf("Open #%d: Stats %+v, %v: data lost on reopen", i+1, st, err)
		}
		var tables int
		if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'events'`).Scan(&tables); err != nil || tables != 1 {
			t.Errorf("Open #%d: %d events tables, %v", i+1, tables, err)
		}
		if err := s.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
	}
}

func TestPragmas(t *testing.T) {
	s := openTemp(t)
	defer s.Close()
	ctx := t.Context()
	for _, db := range []struct {
		name string
		q    func(string) (string, error)
	}{
		{"writer", func(p string) (v string, err error) { err = s.w.QueryRowContext(ctx, "PRAGMA "+p).Scan(&v); return }},
		{"reader", func(p string) (v string, err error) { err = s.r.QueryRowContext(ctx, "PRAGMA "+p).Scan(&v); return }},
	} {
		for _, tc := range []struct{ pragma, want string }{
			{"journal_mode", "wal"},
			{"synchronous", "1"},
			{"foreign_keys", "1"},
			{"busy_timeout", "10000"},
		} {
			got, err := db.q(tc.pragma)
			if err != nil {
				t.Fatalf("%s: PRAGMA %s: %v", db.name, tc.pragma, err)
			}
			if got != tc.want {
				t.Errorf("%s: PRAGMA %s = %q, want %q", db.name, tc.pragma, got, tc.want)
			}
		}
	}
}

// TestTwoHandles writes through two stores on one file at once, as two
// ingest processes would: the second waits for the first, neither fails.
func TestTwoHandles(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "two.db")
	var stores [2]*Store
	for i := range stores {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("Open #%d: %v", i+1, err)
		}
		defer s.Close()
		stores[i] = s
	}
	const batches, size = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, len(stores))
	for h, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				var batch []*dyad.Analysis
				for i := range size {
					batch = append(batch, storetest.Synthetic(h*1_000_000+b*size+i))
				}
				// Overlap: both handles also write one shared article.
				batch = append(batch, storetest.Synthetic(-1-b))
				if _, err := s.Put(ctx, batch); err != nil {
					errs <- fmt.Errorf("handle %d, batch %d: %w", h, b, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := stores[0].Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(len(stores)*batches*size + batches); st.Articles != want {
		t.Errorf("%d articles, want %d", st.Articles, want)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := t.Context()
	missing := filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")
	tests := []struct {
		path, code, mention string
	}{
		{"", dyad.EINVALID, "empty"},
		{":memory:", dyad.EINVALID, ":memory:"},
		{missing, dyad.EINTERNAL, missing},
	}
	for _, tc := range tests {
		s, err := Open(ctx, tc.path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", tc.path)
			continue
		}
		if got := dyad.ErrorCode(err); got != tc.code {
			t.Errorf("Open(%q): code %q, want %q (%v)", tc.path, got, tc.code, err)
		}
		if !strings.Contains(err.Error(), tc.mention) {
			t.Errorf("Open(%q): error %q does not name %q", tc.path, err, tc.mention)
		}
	}
	// A file that is not a database.
	junk := filepath.Join(t.TempDir(), "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a database\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	if s, err := Open(ctx, junk); err == nil {
		s.Close()
		t.Error("Open of a junk file succeeded")
	} else if !strings.Contains(err.Error(), junk) {
		t.Errorf("Open of a junk file: error %q does not name the path", err)
	}
}

func TestPathWithURIChars(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a?b#c%20d")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "x.db")
	s, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	defer s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not created at %q: %v", path, err)
	}
}

func TestCloseTwice(t *testing.T) {
	s := openTemp(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestCancelledContext(t *testing.T) {
	s := openTemp(t)
	defer s.Close()
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.Put(ctx, storetest.Fixtures()); err == nil {
		t.Error("Put with a cancelled context succeeded")
	}
	if st, err := s.Stats(t.Context()); err != nil || st.Articles != 0 {
		t.Errorf("Stats after cancelled Put %+v, %v", st, err)
	}
	if _, err := s.Events(ctx, dyad.EventFilter{}); err == nil {
		t.Error("Events with a cancelled context succeeded")
	}
}

func TestNaNStored(t *testing.T) {
	s := openTemp(t)
	defer s.Close()
	a := storetest.Synthetic(7)
	a.Tone.Tone = nan()
	a.Events[0].Goldstein = nan()
	if _, err := s.Put(t.Context(), []*dyad.Analysis{a}); err != nil {
		t.Fatalf("Put: %v", err)
	}
	got, err := s.Article(t.Context(), a.Article.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if got.Tone == nil || got.Tone.Tone == got.Tone.Tone || got.Events[0].Goldstein == got.Events[0].Goldstein {
		t.Errorf("NaN did not come back as NaN: tone %+v, goldstein %v", got.Tone, got.Events[0].Goldstein)
	}
}

func nan() float64 { var z float64; return z / z }

func TestPrefixEnd(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"RUS", "RUT", true},
		{"05", "06", true},
		{"a\xff", "b", true},
		{"\xff\xff", "", false},
		{"Z", "[", true},
	}
	for _, tc := range tests {
		got, ok := prefixEnd(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("prefixEnd(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestEscapePath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/tmp/dyad.db", "/tmp/dyad.db"},
		{"dyad.db", "dyad.db"},
		{"/a?b#c%d", "/a%3Fb%23c%25d"},
		{"//host/x.db", "/./host/x.db"},
	}
	for _, tc := range tests {
		if got := escapePath(tc.in); got != tc.want {
			t.Errorf("escapePath(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTrimDriver(t *testing.T) {
	tests := []struct{ in, want string }{
		{"constraint failed: UNIQUE constraint failed: articles.id (2067)", "UNIQUE constraint failed: articles.id"},
		{`SQL logic error: fts5: syntax error near "" (1)`, `fts5: syntax error near ""`},
		{"database is locked (5)", "database is locked"},
	}
	for _, tc := range tests {
		if got := trimDriver(tc.in); got != tc.want {
			t.Errorf("trimDriver(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzSearch feeds arbitrary query text to Search: it must answer or fail
// exactly as the query parser says, never panic or fail otherwise.
func FuzzSearch(f *testing.F) {
	storetest.AddSearchSeeds(f)
	s := openTemp(f)
	defer s.Close()
	if _, err := s.Put(context.Background(), storetest.Fixtures()); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(storetest.FuzzSearch(s))
}

// FuzzPut stores an article with an arbitrary text and spans: Put accepts it
// or fails with EINVALID, and what it accepts comes back byte for byte.
func FuzzPut(f *testing.F) {
	storetest.AddPutSeeds(f)
	s := openTemp(f)
	defer s.Close()
	f.Fuzz(storetest.FuzzPut(s, nil))
}

// BenchmarkPut stores 1,000 synthetic analyses (about 20 derived records
// each) per operation, in batches of 500, into a fresh file.
func BenchmarkPut(b *testing.B) {
	const perOp, batchSize = 1000, 500
	s := openTemp(b)
	defer s.Close()
	ctx := context.Background()
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		for off := 0; off < perOp; off += batchSize {
			batch := make([]*dyad.Analysis, batchSize)
			for i := range batch {
				batch[i] = storetest.Synthetic(n)
				n++
			}
			if _, err := s.Put(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// TestFTSIntegrity runs FTS5's own check of the index against its content
// after new articles, updates, unchanged re-ingests and one ID twice in a
// batch.
func TestFTSIntegrity(t *testing.T) {
	s := openTemp(t)
	defer s.Close()
	ctx := t.Context()
	fx := storetest.Fixtures()
	changed := storetest.Fixtures()
	for _, a := range changed {
		a.Article.Title += " (corrected)"
	}
	steps := [][]*dyad.Analysis{
		fx[:3],
		fx,
		changed[1:2],
		{fx[3], changed[3], fx[3]},
		{storetest.Synthetic(1), storetest.Synthetic(2), storetest.Synthetic(1)},
	}
	for i, batch := range steps {
		if _, err := s.Put(ctx, batch); err != nil {
			t.Fatalf("step %d: Put: %v", i, err)
		}
		if _, err := s.w.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Fatalf("step %d: FTS integrity check: %v", i, err)
		}
	}
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'corrected'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("articles matching 'corrected': %d, %v; want 1 (a2; a4 went back)", n, err)
	}
}

// TestDataVersion: the version stays while nothing is written and changes
// after a write, through the same Store or another handle on the file
// (another process's ingest, for a server).
func TestDataVersion(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "v.db")
	w, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	r, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	version := func(s *Store) uint64 {
		t.Helper()
		v, err := s.DataVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	wv, rv := version(w), version(r)
	if _, err := r.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	if version(w) != wv || version(r) != rv {
		t.Fatal("the version changed without a write")
	}
	for i := range 3 {
		if _, err := w.Put(ctx, []*dyad.Analysis{storetest.Synthetic(i)}); err != nil {
			t.Fatal(err)
		}
		if v := version(w); v == wv {
			t.Errorf("put %d: the writer's version stayed %d", i, v)
		} else {
			wv = v
		}
		if v := version(r); v == rv {
			t.Errorf("put %d: the reader's version stayed %d", i, v)
		} else {
			rv = v
		}
	}
}
