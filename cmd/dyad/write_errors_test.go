package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// failWriter fails every write, as a full disk or a closed pipe does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestOutputErrors checks that a command whose output cannot be written
// fails instead of exiting 0: the output of code is buffered, so the error
// comes from the final Flush; that of ingest --format json from Encode.
func TestOutputErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	text := "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.\n"
	for _, args := range [][]string{
		{"code"},
		{"ingest", "--db", db, "--format", "json", "-"},
	} {
		var errb strings.Builder
		e := &Env{stdin: strings.NewReader(text), stdout: failWriter{}, stderr: &errb,
			getenv: func(string) string { return "" }}
		if code := run(context.Background(), e, args); code == 0 {
			t.Errorf("dyad %s with a failing stdout: exit 0", strings.Join(args, " "))
		} else if !strings.Contains(errb.String(), "disk full") {
			t.Errorf("dyad %s: stderr %q does not say why", strings.Join(args, " "), errb.String())
		}
	}
}

// TestOutputFileErrors checks that a command writing a file named by a
// flag fails when the file cannot be written: /dev/full takes the open
// and fails every write, so the error comes from the final Flush.
func TestOutputFileErrors(t *testing.T) {
	const full = "/dev/full"
	if _, err := os.Stat(full); err != nil {
		t.Skipf("no %s: %v", full, err)
	}
	for _, args := range [][]string{
		{"eval", "events", "--gold", filepath.Join("testdata", "eval", "triples.jsonl"), "--out", full},
		{"eval", "syntax", "--gold", filepath.Join("..", "..", "syntax", "testdata", "news.conllu"), "--out", full},
	} {
		code, _, errs := dyadRun(t, "", args...)
		if code != 1 || !strings.Contains(errs, "no space left") {
			t.Errorf("dyad %s: exit %d, stderr %q; want 1 and the write error", strings.Join(args, " "), code, errs)
		}
	}
}
