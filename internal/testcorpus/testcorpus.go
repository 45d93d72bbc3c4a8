// Package testcorpus loads the benchmark corpus of dyad, Reuters-21578 as
// JSON Lines in ../shared/corpus, once for every package's benchmarks, so
// that they all read the same articles the same way. Only tests import it.
package testcorpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dyad"
	"dyad/internal/sharedtest"
)

// reuters is the corpus file, relative to the directory of go.mod.
const reuters = "../shared/corpus/reuters21578.jsonl"

// ReutersPath returns the path of the Reuters-21578 corpus from the test's
// working directory (its package directory, in any package of the module),
// or ends the test by [sharedtest.Missing] when the file is absent.
func ReutersPath(tb testing.TB) string {
	tb.Helper()
	root, err := moduleRoot()
	if err != nil {
		sharedtest.Missing(tb, reuters, err)
		return ""
	}
	path := filepath.Join(root, reuters)
	if rel, err := filepath.Rel(mustGetwd(), path); err == nil {
		path = rel
	}
	if _, err := os.Stat(path); err != nil {
		sharedtest.Missing(tb, path, err)
	}
	return path
}

// Reuters returns the first n articles of the corpus (all of them when n
// is 0 or more than it holds) with their ID, text and published date, or
// ends the test by [sharedtest.Missing] when the corpus is absent.
func Reuters(tb testing.TB, n int) []dyad.Article {
	tb.Helper()
	f := sharedtest.Open(tb, ReutersPath(tb))
	var out []dyad.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for (n <= 0 || len(out) < n) && sc.Scan() {
		var rec struct{ ID, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: article %d: %v", f.Name(), len(out)+1, err)
		}
		pub, _ := time.Parse(dyad.DateLayout, rec.Date)
		out = append(out, dyad.Article{ID: rec.ID, Text: rec.Text, Published: pub})
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", f.Name(), err)
	}
	return out
}

// Texts returns the texts of the first n articles of the corpus.
func Texts(tb testing.TB, n int) []string {
	tb.Helper()
	arts := Reuters(tb, n)
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.Text
	}
	return out
}

// moduleRoot returns the directory of the go.mod above the working
// directory.
func moduleRoot() (string, error) {
	dir := mustGetwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = up
	}
}

func mustGetwd() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	return wd
}
