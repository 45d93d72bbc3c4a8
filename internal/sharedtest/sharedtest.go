// Package sharedtest gives tests the evaluation data and corpora of
// ../shared, the directory beside a clone that holds what the repository
// may not (NOTICE): gold event records, CoNLL-2003, UD English EWT, the
// Phoenix dictionaries, Reuters-21578. A test that needs a file there skips,
// naming the path, when it is absent, and fails instead when
// $DYAD_REQUIRE_SHARED is set, as .ci/run sets it, so that CI never passes
// by skipping them. Only tests import it.
package sharedtest

import (
	"fmt"
	"os"
	"testing"
)

// Env is the environment variable that turns a missing file into a failure.
const Env = "DYAD_REQUIRE_SHARED"

// Missing ends a test that cannot run without path, a file or directory of
// ../shared, because of err: it skips the test, naming the path, or fails it
// when $DYAD_REQUIRE_SHARED is set.
func Missing(tb testing.TB, path string, err error) {
	tb.Helper()
	msg := fmt.Sprintf("needs %s from ../shared, the evaluation data beside the clone: %v", path, err)
	if os.Getenv(Env) != "" {
		tb.Fatal(msg + " ($" + Env + " is set: this test must run)")
		return
	}
	tb.Skip(msg)
}

// Open opens path, a file of ../shared, closing it when the test ends, or
// ends the test by Missing.
func Open(tb testing.TB, path string) *os.File {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		Missing(tb, path, err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

// ReadFile reads path, a file of ../shared, or ends the test by Missing.
func ReadFile(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		Missing(tb, path, err)
	}
	return b
}

// Stat returns the FileInfo of path, a file or directory of ../shared, or
// ends the test by Missing.
func Stat(tb testing.TB, path string) os.FileInfo {
	tb.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		Missing(tb, path, err)
	}
	return fi
}
