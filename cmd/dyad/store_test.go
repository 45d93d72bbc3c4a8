package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// queryCommands are the commands that read the store, with arguments that
// find something in the store ingestSmall writes.
var queryCommands = [][]string{
	{"search", "sanctions"},
	{"events"},
	{"actors"},
	{"timeline", "USA", "IRN"},
	{"stats"},
	{"article", "a3"},
	{"terms"},
	{"export"},
}

// ingestSmall ingests two articles into a new store at dir/name and
// returns its path.
func ingestSmall(t *testing.T, dir, name string) string {
	t.Helper()
	input := filepath.Join(dir, "news.jsonl")
	lines := `{"id":"a2","date":"2024-06-02","text":"Russian troops shelled Ukrainian positions near Kharkiv."}
{"id":"a3","date":"2023-01-10","text":"The United States imposed sanctions on Iran. Iran condemned the United States."}
`
	if err := os.WriteFile(input, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, name)
	mustRun(t, "", "ingest", "--db", db, input)
	return db
}

// TestQueryNoStore: a query command on a --db that does not exist fails
// with "no store at PATH" and creates nothing; ingest creates the store.
func TestQueryNoStore(t *testing.T) {
	dir := t.TempDir()
	for _, args := range queryCommands {
		t.Run(args[0], func(t *testing.T) {
			db := filepath.Join(dir, "typo.db")
			code, out, errs := dyadRun(t, "", append([]string{args[0], "--db", db}, args[1:]...)...)
			if code != 1 || errs != "dyad: no store at "+db+"\n" || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 1 and \"no store at %s\"", code, out, errs, db)
			}
			if _, err := os.Stat(db); err == nil {
				t.Errorf("%s created %s", args[0], db)
			}
		})
	}
	db := ingestSmall(t, dir, "new.db")
	if _, err := os.Stat(db); err != nil {
		t.Errorf("ingest did not create the store: %v", err)
	}
}

// TestQueryReadOnlyStore: every query command answers from a store in a
// read-only directory. Root does not feel the permissions, so a dangling
// link where the WAL index would be made stands in for them: no process can
// write the store, as in a read-only directory.
func TestQueryReadOnlyStore(t *testing.T) {
	dir := t.TempDir()
	db := ingestSmall(t, dir, "ro.db")
	if err := os.Symlink(filepath.Join(dir, "nowhere"), db+"-shm"); err != nil {
		t.Skip("no symbolic links:", err)
	}
	os.Chmod(db, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	for _, args := range queryCommands {
		t.Run(args[0], func(t *testing.T) {
			code, out, errs := dyadRun(t, "", append([]string{args[0], "--db", db, "--format", formatFor(args[0])}, args[1:]...)...)
			if code != 0 || strings.TrimSpace(out) == "" {
				t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
			}
		})
	}
	if code, _, _ := dyadRun(t, "", "ingest", "--db", db, filepath.Join(dir, "news.jsonl")); code == 0 {
		t.Error("ingest wrote to a store no process can write")
	}
}

// formatFor returns a machine format the command takes.
func formatFor(cmd string) string {
	if cmd == "export" {
		return "jsonl"
	}
	return "json"
}
