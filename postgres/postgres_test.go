package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"

	"dyad"
	"dyad/internal/migrate"
	"dyad/storetest"
)

// envURL names the variable holding the URL of a PostgreSQL server the
// tests may create schemas in.
const envURL = "DYAD_TEST_POSTGRES_URL"

// serverURL returns the test server's URL, skipping t when there is none.
func serverURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(envURL)
	if u == "" {
		t.Skip(envURL + " not set: set it to the URL of a PostgreSQL server where the tests may create schemas " +
			"(e.g. postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable) to run the PostgreSQL store tests")
	}
	return u
}

// admin runs one statement on the test server outside any store.
func admin(t testing.TB, sql string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, serverURL(t))
	if err != nil {
		t.Fatalf("connect to the test server: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// freshSchema creates a schema of t's own, dropped when t ends, and returns
// the URL selecting it.
func freshSchema(t testing.TB) string {
	t.Helper()
	base := serverURL(t)
	var b [6]byte
	rand.Read(b[:])
	name := "t_" + hex.EncodeToString(b[:])
	admin(t, "CREATE SCHEMA "+name)
	t.Cleanup(func() { admin(t, "DROP SCHEMA "+name+" CASCADE") })
	return withSearchPath(t, base, name)
}

// withSearchPath adds search_path=schema to a URL or keyword/value string.
func withSearchPath(t testing.TB, base, schema string) string {
	t.Helper()
	if !strings.Contains(base, "://") {
		return base + " search_path=" + schema
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", envURL, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// openFresh opens a store in a fresh schema; the caller closes it.
func openFresh(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), freshSchema(t))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestConformance(t *testing.T) {
	serverURL(t)
	storetest.Run(t, func(t *testing.T) dyad.Store { return openFresh(t) })
}

// TestConcurrentWriters runs three writers, each with its own pool, putting
// overlapping ranges of articles in different orders into one schema: every
// article must end up stored once, reported new by exactly one writer, with
// every count right.
func TestConcurrentWriters(t *testing.T) {
	u := freshSchema(t)
	ctx := t.Context()
	const writers, span, step, size = 3, 240, 120, 20 // writer w puts [w*step, w*step+span)
	stores := make([]*Store, writers)
	for i := range stores {
		s, err := Open(ctx, u)
		if err != nil {
			t.Fatalf("Open #%d: %v", i+1, err)
		}
		defer s.Close()
		stores[i] = s
	}
	var news, unchanged atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			nums := make([]int, span)
			for i := range nums {
				nums[i] = w*step + i
			}
			switch w {
			case 1: // backwards
				for i, j := 0, len(nums)-1; i < j; i, j = i+1, j-1 {
					nums[i], nums[j] = nums[j], nums[i]
				}
			case 2: // interleaved from both ends
				mixed := make([]int, 0, span)
				for i, j := 0, len(nums)-1; i <= j; i, j = i+1, j-1 {
					mixed = append(mixed, nums[i])
					if i != j {
						mixed = append(mixed, nums[j])
					}
				}
				nums = mixed
			}
			for off := 0; off < len(nums); off += size {
				batch := make([]*dyad.Analysis, 0, size)
				for _, n := range nums[off:min(off+size, len(nums))] {
					batch = append(batch, storetest.Synthetic(n))
				}
				res, err := s.Put(ctx, batch)
				if err != nil {
					errs <- fmt.Errorf("writer %d, batch at %d: %w", w, off, err)
					return
				}
				for _, r := range res {
					switch r {
					case dyad.PutNew:
						news.Add(1)
					case dyad.PutUnchanged:
						unchanged.Add(1)
					default:
						errs <- fmt.Errorf("writer %d: result %v, want new or unchanged", w, r)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	total := (writers-1)*step + span
	var want dyad.Stats
	ids := make([]string, 0, total)
	wantHash := map[string]string{}
	for n := range total {
		a := storetest.Synthetic(n)
		want.Articles++
		want.Sentences += int64(len(a.Sentences))
		want.Mentions += int64(len(a.Mentions))
		want.Events += int64(len(a.Events))
		ids = append(ids, a.Article.ID)
		wantHash[a.Article.ID] = a.Article.Hash()
	}
	if got := news.Load(); got != int64(total) {
		t.Errorf("%d articles reported new, want %d (each once)", got, total)
	}
	if got := unchanged.Load(); got != int64(writers*span-total) {
		t.Errorf("%d articles reported unchanged, want %d", got, writers*span-total)
	}
	st, err := stores[0].Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st != want {
		t.Errorf("Stats %+v, want %+v", st, want)
	}
	h, err := stores[1].Hashes(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != len(wantHash) {
		t.Errorf("Hashes: %d articles, want %d", len(h), len(wantHash))
	}
	for id, w := range wantHash {
		if h[id] != w {
			t.Errorf("Hashes[%s] = %q, want %q", id, h[id], w)
		}
	}
}

// TestConcurrentUpdates has writers replace the same articles with
// different versions at once: each batch is all or nothing, so at the end
// every article holds the derived rows of exactly one version.
func TestConcurrentUpdates(t *testing.T) {
	u := freshSchema(t)
	ctx := t.Context()
	const writers, rounds, n = 3, 6, 15
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		s, err := Open(ctx, u)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		defer s.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				batch := make([]*dyad.Analysis, 0, n)
				for i := range n {
					a := storetest.Synthetic(i)
					a.Article.Title = fmt.Sprintf("version %d.%d", w, r)
					a.Events = a.Events[:1+(w+r+i)%len(a.Events)]
					batch = append(batch, a)
				}
				if w == 1 {
					for i, j := 0, len(batch)-1; i < j; i, j = i+1, j-1 {
						batch[i], batch[j] = batch[j], batch[i]
					}
				}
				if _, err := s.Put(ctx, batch); err != nil {
					errs <- fmt.Errorf("writer %d round %d: %w", w, r, err)
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
	s := openURL(t, u)
	defer s.Close()
	var events int64
	for i := range n {
		a, err := s.Article(ctx, storetest.Synthetic(i).Article.ID)
		if err != nil {
			t.Fatalf("Article: %v", err)
		}
		var w, r int
		if _, err := fmt.Sscanf(a.Article.Title, "version %d.%d", &w, &r); err != nil {
			t.Fatalf("title %q", a.Article.Title)
		}
		if want := 1 + (w+r+i)%5; len(a.Events) != want {
			t.Errorf("article %d, version %d.%d: %d events, want %d", i, w, r, len(a.Events), want)
		}
		events += int64(len(a.Events))
	}
	if st, err := s.Stats(ctx); err != nil || st.Articles != n || st.Events != events {
		t.Errorf("Stats %+v, %v; want %d articles and %d events", st, err, n, events)
	}
}

func openURL(t testing.TB, u string) *Store {
	t.Helper()
	s, err := Open(context.Background(), u)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestMigrationsIdempotent(t *testing.T) {
	ctx := t.Context()
	u := freshSchema(t)
	ms, err := migrate.Load(migrationFS, "migrations")
	if err != nil || len(ms) == 0 {
		t.Fatalf("migrate.Load = %v, %v", ms, err)
	}
	latest := ms[len(ms)-1].Version

	// Several processes connecting to a new schema at once.
	const n = 4
	stores := make([]*Store, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(ctx, u)
		}()
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("concurrent Open #%d: %v", i+1, errs[i])
		}
		stores[i].Close()
	}

	for i := range 3 {
		s := openURL(t, u)
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
			t.Errorf("Open #%d: Stats %+v, %v: data lost on reconnect", i+1, st, err)
		}
		var rows, tables int
		err = s.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM dyad_migrations),
			(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'events')`).Scan(&rows, &tables)
		if err != nil || rows != len(ms) || tables != 1 {
			t.Errorf("Open #%d: %d migration rows (want %d), %d events tables, %v", i+1, rows, len(ms), tables, err)
		}
		s.Close()
	}
}

// TestOpenErrors checks that failures to open are reported with the URL and
// never with its password. The cases before the server's run without one.
func TestOpenErrors(t *testing.T) {
	ctx := t.Context()
	const pw = "s3cret-Pw"
	tests := []struct {
		name, url, code, mention string
	}{
		{"empty", "", dyad.EINVALID, "empty"},
		{"bad port", "postgres://dyad:" + pw + "@127.0.0.1:99999/db", dyad.EINVALID, "127.0.0.1:99999"},
		{"bad URL", "postgres://dyad:" + pw + "@[::1/db", dyad.EINVALID, "postgres://dyad:xxxxx@"},
		{"bad setting", "postgres://dyad:" + pw + "@127.0.0.1/db?sslmode=maybe", dyad.EINVALID, "sslmode"},
		{"keyword form", "host=127.0.0.1 port=1 user=dyad password=" + pw + " connect_timeout=2", dyad.EINTERNAL, "password=xxxxx"},
		{"refused", "postgres://dyad:" + pw + "@127.0.0.1:1/db?connect_timeout=2", dyad.EINTERNAL, "postgres://dyad:xxxxx@127.0.0.1:1/db"},
	}
	for _, tc := range tests {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			s, err := Open(ctx, tc.url)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", tc.url)
			}
			if got := dyad.ErrorCode(err); got != tc.code {
				t.Errorf("code %q, want %q (%v)", got, tc.code, err)
			}
			if strings.Contains(err.Error(), pw) {
				t.Errorf("error %q shows the password", err)
			}
			if !strings.Contains(err.Error(), tc.mention) {
				t.Errorf("error %q does not mention %q", err, tc.mention)
			}
		})
	}
	t.Run("missing_schema", func(t *testing.T) {
		u := withSearchPath(t, serverURL(t), "no_such_schema_here")
		s, err := Open(ctx, u)
		if err == nil {
			s.Close()
			t.Fatal("Open with a missing schema succeeded")
		}
		if dyad.ErrorCode(err) != dyad.EINVALID || !strings.Contains(err.Error(), "no_such_schema_here") {
			t.Errorf("error %v (code %s), want EINVALID naming the schema", err, dyad.ErrorCode(err))
		}
	})
	t.Run("wrong_password", func(t *testing.T) {
		// The test server may trust every login: then a wrong password
		// passes, and only the redaction of the URL is checked.
		u, err := url.Parse(serverURL(t))
		if err != nil {
			t.Skip("the test URL is not a URL")
		}
		u.User = url.UserPassword(u.User.Username(), pw)
		q := u.Query()
		q.Set("search_path", "no_such_schema_here")
		u.RawQuery = q.Encode()
		s, err := Open(ctx, u.String())
		if err == nil {
			s.Close()
			t.Fatal("Open succeeded")
		}
		if strings.Contains(err.Error(), pw) {
			t.Errorf("error %q shows the password", err)
		}
		if !strings.Contains(err.Error(), "xxxxx") {
			t.Errorf("error %q does not name the URL", err)
		}
	})
}

func TestCloseTwice(t *testing.T) {
	s := openFresh(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestCancelledContext(t *testing.T) {
	s := openFresh(t)
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
	s := openFresh(t)
	defer s.Close()
	ctx := t.Context()
	a := storetest.Synthetic(7)
	a.Tone.Tone = math.NaN()
	a.Events[0].Goldstein = math.NaN()
	a.Counts[0].Number = math.NaN()
	if _, err := s.Put(ctx, []*dyad.Analysis{a}); err != nil {
		t.Fatalf("Put: %v", err)
	}
	got, err := s.Article(ctx, a.Article.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if got.Tone == nil || !math.IsNaN(got.Tone.Tone) || !math.IsNaN(got.Events[0].Goldstein) || !math.IsNaN(got.Counts[0].Number) {
		t.Errorf("NaN did not come back as NaN: tone %+v, goldstein %v, count %v",
			got.Tone, got.Events[0].Goldstein, got.Counts[0].Number)
	}
	// A NaN Goldstein value is left out of the sums, as SQLite's NULL is.
	a.Events[0].Negated = false
	tl, err := s.Timeline(ctx, dyad.TimelineQuery{A: a.Events[0].Source, B: a.Events[0].Target, By: "year"})
	if err != nil || len(tl) != 1 || math.IsNaN(tl[0].Goldstein) {
		t.Errorf("Timeline with a NaN Goldstein value = %+v, %v", tl, err)
	}
}

// TestUnstorableText checks that text PostgreSQL cannot hold fails the
// batch with EINVALID before anything is written, and that lookups with
// such text find nothing rather than fail.
func TestUnstorableText(t *testing.T) {
	s := openFresh(t)
	defer s.Close()
	ctx := t.Context()
	tests := []struct {
		name  string
		spoil func(a *dyad.Analysis)
	}{
		{"NUL in text", func(a *dyad.Analysis) { a.Article.Text += "\x00" }},
		{"bad UTF-8 in title", func(a *dyad.Analysis) { a.Article.Title = "\xff" }},
		{"NUL in actor", func(a *dyad.Analysis) { a.Mentions[0].Actor = "CHN\x00" }},
		{"bad UTF-8 in event source", func(a *dyad.Analysis) { a.Events[0].Source = "\xc3" }},
		{"bad UTF-8 in ID", func(a *dyad.Analysis) { a.Article.ID = "x\xfe" }},
	}
	for _, tc := range tests {
		a := storetest.Synthetic(1)
		tc.spoil(a)
		_, err := s.Put(ctx, []*dyad.Analysis{storetest.Synthetic(2), a})
		if dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("%s: Put: %v, want EINVALID", tc.name, err)
		}
	}
	if st, err := s.Stats(ctx); err != nil || st.Articles != 0 {
		t.Errorf("Stats %+v, %v; want nothing written", st, err)
	}
	if _, err := s.Article(ctx, "x\xfe"); dyad.ErrorCode(err) != dyad.ENOTFOUND {
		t.Errorf("Article of a bad ID: %v, want ENOTFOUND", err)
	}
	if h, err := s.Hashes(ctx, []string{"x\xfe", "a\x00"}); err != nil || len(h) != 0 {
		t.Errorf("Hashes of bad IDs = %v, %v", h, err)
	}
	if r, err := s.Events(ctx, dyad.EventFilter{Actor: "\xff", ArticleID: "\x00"}); err != nil || len(r) != 0 {
		t.Errorf("Events with bad filters = %v, %v", r, err)
	}
}

// TestSearchSnippet checks where snippets come from and the prefix filters
// at the edges of UTF-8.
func TestSearchSnippet(t *testing.T) {
	s := openFresh(t)
	defer s.Close()
	ctx := t.Context()
	a := storetest.Synthetic(3)
	a.Article.Title = "Volcano erupts"
	if _, err := s.Put(ctx, append(storetest.Fixtures(), a)); err != nil {
		t.Fatalf("Put: %v", err)
	}
	tests := []struct{ q, id, mark string }{
		{"volcano", a.Article.ID, "«Volcano»"},      // in the title only
		{"pipeline", "a1", "«pipeline»"},            // in both: the text's
		{`"electric vehicles"`, "a3", "«electric»"}, // a phrase
	}
	for _, tc := range tests {
		hits, err := s.Search(ctx, dyad.SearchQuery{Text: tc.q})
		if err != nil || len(hits) == 0 || hits[0].ID != tc.id {
			t.Errorf("Search(%s) = %+v, %v; want %s first", tc.q, hits, err, tc.id)
			continue
		}
		if !strings.Contains(hits[0].Snippet, tc.mark) {
			t.Errorf("Search(%s): snippet %q does not hold %q", tc.q, hits[0].Snippet, tc.mark)
		}
	}
}

// FuzzSearch feeds arbitrary query text to Search: it must answer or fail
// exactly as the query parser says, never panic or fail otherwise.
func FuzzSearch(f *testing.F) {
	storetest.AddSearchSeeds(f)
	s := openFresh(f)
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
	s := openFresh(f)
	defer s.Close()
	f.Fuzz(storetest.FuzzPut(s, storable))
}

// TestBigBatch puts a batch too big for per-article locks while two other
// writers put small overlapping batches: each article is stored once.
func TestBigBatch(t *testing.T) {
	u := freshSchema(t)
	ctx := t.Context()
	ranges := [][3]int{{0, maxIDLocks + 100, maxIDLocks + 100}, {500, 1600, 50}, {1600, 300, 50}} // first, count, batch size
	var news atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, len(ranges))
	for w, r := range ranges {
		s := openURL(t, u)
		defer s.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			first, count, size := r[0], r[1], r[2]
			if w == 2 { // downwards
				for off := first; off > first-count; off -= size {
					var batch []*dyad.Analysis
					for i := off; i > off-size; i-- {
						batch = append(batch, storetest.Synthetic(i))
					}
					res, err := s.Put(ctx, batch)
					if err != nil {
						errs <- err
						return
					}
					for _, x := range res {
						if x == dyad.PutNew {
							news.Add(1)
						}
					}
				}
				return
			}
			for off := first; off < first+count; off += size {
				var batch []*dyad.Analysis
				for i := off; i < off+size; i++ {
					batch = append(batch, storetest.Synthetic(i))
				}
				res, err := s.Put(ctx, batch)
				if err != nil {
					errs <- err
					return
				}
				for _, x := range res {
					if x == dyad.PutNew {
						news.Add(1)
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	const distinct = 2100 // 0 .. 2099
	if got := news.Load(); got != distinct {
		t.Errorf("%d articles reported new, want %d", got, distinct)
	}
	s := openURL(t, u)
	defer s.Close()
	if st, err := s.Stats(ctx); err != nil || st.Articles != distinct || st.Events != 5*distinct {
		t.Errorf("Stats %+v, %v; want %d articles, %d events", st, err, distinct, 5*distinct)
	}
}

// TestReaderRole opens an up-to-date store as a role that may only read,
// and as one that may write, as docs/postgres.md sets them up: Open must not
// try to change the schema, the reader cannot write, the writer can.
func TestReaderRole(t *testing.T) {
	u := freshSchema(t)
	s := openURL(t, u)
	if _, err := s.Put(t.Context(), storetest.Fixtures()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	pu, err := url.Parse(u)
	if err != nil {
		t.Skip("the test URL is not a URL")
	}
	schema := pu.Query().Get("search_path")
	role := "r" + schema
	admin(t, "CREATE ROLE "+role+" LOGIN")
	t.Cleanup(func() { admin(t, "DROP OWNED BY "+role+"; DROP ROLE "+role) })
	admin(t, "GRANT USAGE ON SCHEMA "+schema+" TO "+role+"; GRANT SELECT ON ALL TABLES IN SCHEMA "+schema+" TO "+role)
	pu.User = url.User(role)
	r, err := Open(t.Context(), pu.String())
	if err != nil {
		t.Fatalf("Open as a reader: %v", err)
	}
	defer r.Close()
	if st, err := r.Stats(t.Context()); err != nil || st.Articles != int64(len(storetest.Fixtures())) {
		t.Errorf("Stats as a reader: %+v, %v", st, err)
	}
	if _, err := r.Put(t.Context(), []*dyad.Analysis{storetest.Synthetic(1)}); err == nil {
		t.Error("Put as a reader succeeded")
	}

	// A writer needs SELECT, INSERT and DELETE, and nothing more.
	writer := "w" + schema
	admin(t, "CREATE ROLE "+writer+" LOGIN")
	t.Cleanup(func() { admin(t, "DROP OWNED BY "+writer+"; DROP ROLE "+writer) })
	admin(t, "GRANT USAGE ON SCHEMA "+schema+" TO "+writer+"; GRANT SELECT, INSERT, DELETE ON ALL TABLES IN SCHEMA "+schema+" TO "+writer)
	pu.User = url.User(writer)
	w, err := Open(t.Context(), pu.String())
	if err != nil {
		t.Fatalf("Open as a writer: %v", err)
	}
	defer w.Close()
	changed := storetest.Fixtures()[0]
	changed.Article.Title = "changed"
	res, err := w.Put(t.Context(), []*dyad.Analysis{storetest.Synthetic(1), changed})
	if err != nil || res[0] != dyad.PutNew || res[1] != dyad.PutUpdated {
		t.Errorf("Put as a writer: %v, %v; want [new updated]", res, err)
	}
}
