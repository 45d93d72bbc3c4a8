package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	_ "modernc.org/sqlite" // the driver under package sqlite, for a store of an older schema

	"dyad"
	"dyad/events"
	"dyad/postgres"
	"dyad/sqlite"
)

// TestPLOVERMigration builds a store of the schema before the PLOVER
// column, with one event of every CAMEO code of the codebook, opens it with
// the store (which applies the PLOVER migration) and checks that every
// stored event got the category events.PLOVER gives its code: the
// migration's SQL and the events stage agree. PostgreSQL is checked when
// DYAD_TEST_POSTGRES_URL is set.
func TestPLOVERMigration(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "old.db")
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		version := applyBefore(t, "../../sqlite/migrations", func(q string) error {
			_, err := db.Exec(q)
			return err
		}, nil)
		exec := func(q string, args ...any) {
			if _, err := db.Exec(q, args...); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		exec(fmt.Sprintf("PRAGMA user_version = %d", version))
		insertOldEvents(t, exec, "?")
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		st, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		checkMigratedPlover(t, st)
	})
	t.Run("postgres", func(t *testing.T) {
		base := os.Getenv("DYAD_TEST_POSTGRES_URL")
		if base == "" {
			t.Skip("DYAD_TEST_POSTGRES_URL not set")
		}
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		var b [6]byte
		rand.Read(b[:])
		schema := "t_plover_" + hex.EncodeToString(b[:])
		exec := func(q string, args ...any) {
			if _, err := conn.Exec(ctx, q, args...); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		exec("CREATE SCHEMA " + schema)
		defer conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		exec("SET search_path TO " + schema)
		exec(`CREATE TABLE dyad_migrations (version integer PRIMARY KEY, name text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now())`)
		applyBefore(t, "../../postgres/migrations", func(q string) error {
			_, err := conn.Exec(ctx, q)
			return err
		}, func(version int, name string) {
			exec("INSERT INTO dyad_migrations (version, name) VALUES ($1, $2)", version, name)
		})
		insertOldEvents(t, exec, "$")
		u, err := url.Parse(base)
		if err != nil || !strings.Contains(base, "://") {
			t.Skipf("DYAD_TEST_POSTGRES_URL is not a URL: %v", err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		st, err := postgres.Open(ctx, u.String())
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		checkMigratedPlover(t, st)
	})
}

// applyBefore runs, in order, the migrations of dir that come before the
// one named *_plover.sql, calling done after each, and returns the number
// of the last one applied.
func applyBefore(t *testing.T, dir string, run func(string) error, done func(int, string)) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.sql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("migrations of %s: %v", dir, err)
	}
	sort.Strings(files)
	version, found := 0, false
	for _, f := range files {
		name := filepath.Base(f)
		if strings.HasSuffix(name, "_plover.sql") {
			found = true
			break
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := run(string(b)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := fmt.Sscanf(name, "%d_", &version); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if done != nil {
			done(version, name)
		}
	}
	if !found {
		t.Fatalf("no *_plover.sql migration in %s", dir)
	}
	return version
}

// insertOldEvents stores article "old" with one event of every CAMEO code,
// as a store of the older schema held them; mark is the engine's parameter
// mark ("?", or "$" for $1, $2 ...).
func insertOldEvents(t *testing.T, exec func(string, ...any), mark string) {
	t.Helper()
	params := func(n int) string {
		ps := make([]string, n)
		for i := range ps {
			ps[i] = "?"
			if mark == "$" {
				ps[i] = fmt.Sprintf("$%d", i+1)
			}
		}
		return strings.Join(ps, ", ")
	}
	exec("INSERT INTO articles (id, hash, text, published) VALUES ("+params(4)+")", "old", "h", "Text.", "2024-05-16")
	for i, c := range events.Codes() {
		exec(`INSERT INTO events (article_id, idx, sentence, date, code, root, quad, goldstein, trigger_start, trigger_end)
			VALUES (`+params(10)+`)`, "old", i, 0, "2024-05-16", c.Code, dyad.RootOf(c.Code), c.Quad, c.Goldstein, 0, 0)
	}
}

// checkMigratedPlover checks the category of every event of article "old".
func checkMigratedPlover(t *testing.T, st dyad.Store) {
	t.Helper()
	recs, err := st.Events(context.Background(), dyad.EventFilter{ArticleID: "old", IncludeNegated: true,
		IncludeHypothetical: true, Limit: 10000})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(events.Codes()) {
		t.Fatalf("%d events, want %d", len(recs), len(events.Codes()))
	}
	for _, r := range recs {
		if want := events.PLOVER(r.Code); r.Plover != want {
			t.Errorf("code %s: migrated PLOVER %q, events.PLOVER %q", r.Code, r.Plover, want)
		}
	}
}
