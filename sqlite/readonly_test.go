package sqlite

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad"
	"dyad/internal/migrate"
	"dyad/storetest"
)

// storeFile writes the storetest fixtures into a new store file and closes
// it, as an ingest leaves it: no -wal or -shm beside it.
func storeFile(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "dyad.db")
	s, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(t.Context(), storetest.Fixtures()); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestOpenReadOnlyErrors: a query never creates a store, and says so when
// there is none.
func TestOpenReadOnlyErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a database\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path, code, msg string
	}{
		{"missing file", filepath.Join(dir, "typo.db"), dyad.ENOTFOUND, "no store at " + filepath.Join(dir, "typo.db")},
		{"missing directory", filepath.Join(dir, "no", "x.db"), dyad.ENOTFOUND, "no store at " + filepath.Join(dir, "no", "x.db")},
		{"empty file", empty, dyad.ENOTFOUND, "no store at " + empty},
		{"directory", dir, dyad.EINVALID, dir},
		{"junk", junk, dyad.EINTERNAL, junk},
		{"no path", "", dyad.EINVALID, "empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := OpenReadOnly(t.Context(), tc.path)
			if err == nil {
				s.Close()
				t.Fatalf("OpenReadOnly(%q) succeeded", tc.path)
			}
			if got := dyad.ErrorCode(err); got != tc.code {
				t.Errorf("code %s, want %s (%v)", got, tc.code, err)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("message %q does not contain %q", err.Error(), tc.msg)
			}
		})
	}
	for _, p := range []string{filepath.Join(dir, "typo.db"), filepath.Join(dir, "no")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was created", p)
		}
	}
	if fi, err := os.Stat(empty); err != nil || fi.Size() != 0 {
		t.Errorf("the empty file was written to: %v, %v", fi, err)
	}
}

// TestOpenReadOnly queries a store whose file and directory are read-only
// and checks that nothing is written. Running as root, the permissions do
// not bind; the read-only open mode does.
func TestOpenReadOnly(t *testing.T) {
	dir := t.TempDir()
	path := storeFile(t, dir)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(path, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })

	s, err := OpenReadOnly(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	queries(t, s)
	if _, err := s.Put(t.Context(), storetest.Fixtures()[:1]); dyad.ErrorCode(err) != dyad.EINVALID || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("Put on a read-only store: %v", err)
	}
	if _, err := s.r.ExecContext(t.Context(), `DELETE FROM events`); err == nil {
		t.Error("a read-only connection deleted rows")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(after) != string(before) {
		t.Error("the store file changed")
	}
}

// TestOpenReadOnlyNoWALIndex: in a read-only directory a reader cannot
// create the WAL index ("-shm"), and a plain read-only open fails. Here a
// dangling symbolic link of that name, which SQLite will not follow, stands
// in for the permission, which root would not feel; the store opens
// immutable.
func TestOpenReadOnlyNoWALIndex(t *testing.T) {
	dir := t.TempDir()
	path := storeFile(t, dir)
	if err := os.Symlink(filepath.Join(dir, "nowhere", "x"), path+"-shm"); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if s, err := Open(t.Context(), path); err == nil {
		s.Close()
		t.Fatal("a writer opened the file without its WAL index: the test shows nothing")
	}
	s, err := OpenReadOnly(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	queries(t, s)
}

// TestOpenReadOnlyMigrates: a query on a store of an older schema upgrades
// it when the file can be written, as Open does.
func TestOpenReadOnlyMigrates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := migrate.Load(migrationFS, "migrations")
	if err != nil || len(ms) < 2 {
		t.Fatalf("migrations: %v, %v", ms, err)
	}
	if _, err := db.Exec(ms[0].SQL); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := OpenReadOnly(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(t.Context()); err != nil || v != ms[len(ms)-1].Version {
		t.Errorf("schema version %d, %v; want %d", v, err, ms[len(ms)-1].Version)
	}
}

// queries checks that s answers what storeFile put there.
func queries(t *testing.T, s *Store) {
	t.Helper()
	ctx := t.Context()
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != int64(len(storetest.Fixtures())) {
		t.Errorf("Stats: %+v, %v", st, err)
	}
	if _, err := s.Events(ctx, dyad.EventFilter{}); err != nil {
		t.Errorf("Events: %v", err)
	}
	if _, err := s.Search(ctx, dyad.SearchQuery{Text: "the"}); err != nil {
		t.Errorf("Search: %v", err)
	}
	if _, err := s.Hashes(ctx, []string{"a1"}); err != nil {
		t.Errorf("Hashes: %v", err)
	}
}

// TestOpenReadOnlyLeavesNoFiles: a query on a store in a writable
// directory leaves no -wal or -shm file behind, as a writer does not.
func TestOpenReadOnlyLeavesNoFiles(t *testing.T) {
	dir := t.TempDir()
	path := storeFile(t, dir)
	s, err := OpenReadOnly(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	queries(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("%s%s left behind", path, suffix)
		}
	}
}
