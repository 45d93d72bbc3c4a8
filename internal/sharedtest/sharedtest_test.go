package sharedtest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// recorder is a testing.TB that records how a test would end.
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper()           {}
func (r *recorder) Skip(args ...any)  { r.skipped = args[0].(string) }
func (r *recorder) Fatal(args ...any) { r.failed = args[0].(string) }
func (r *recorder) Cleanup(func())    {}

func TestMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared", "eval", "gold.jsonl")
	for _, tc := range []struct {
		env          string
		skip, failed bool
	}{{"", true, false}, {"1", false, true}} {
		t.Setenv(Env, tc.env)
		for name, use := range map[string]func(testing.TB){
			"Open":     func(tb testing.TB) { Open(tb, path) },
			"ReadFile": func(tb testing.TB) { ReadFile(tb, path) },
			"Stat":     func(tb testing.TB) { Stat(tb, path) },
		} {
			r := &recorder{TB: t}
			use(r)
			msg := r.skipped + r.failed
			if (r.skipped != "") != tc.skip || (r.failed != "") != tc.failed || !strings.Contains(msg, path) {
				t.Errorf("%s with $%s=%q: skipped %q, failed %q; want the path named, skip %v, fail %v",
					name, Env, tc.env, r.skipped, r.failed, tc.skip, tc.failed)
			}
		}
	}
	t.Setenv(Env, "")
	r := &recorder{TB: t}
	if Missing(r, path, fs.ErrNotExist); !strings.Contains(r.skipped, "../shared") {
		t.Errorf("the skip message does not say where the data is looked for: %q", r.skipped)
	}
}

func TestPresent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.txt")
	if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(Env, "1")
	if b := ReadFile(t, path); string(b) != "x" {
		t.Errorf("ReadFile = %q", b)
	}
	if fi := Stat(t, path); fi.Size() != 1 {
		t.Errorf("Stat size %d", fi.Size())
	}
	if f := Open(t, path); f == nil {
		t.Error("Open returned nil")
	}
}

// sharedPath matches a test's reference to ../shared.
var sharedPath = regexp.MustCompile(`\.\./shared/|"\.\.",\s*"shared"`)

// TestEveryTestUsesSharedtest: every test file of the repository that reads
// ../shared goes through this package, so that it names what is missing and
// fails under $DYAD_REQUIRE_SHARED, and .ci/run sets that variable.
func TestEveryTestUsesSharedtest(t *testing.T) {
	root := filepath.Join("..", "..")
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") || filepath.Dir(path) == "." {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !sharedPath.Match(src) {
			return nil
		}
		n++
		if !strings.Contains(string(src), `"dyad/internal/sharedtest"`) {
			t.Errorf("%s reads ../shared without dyad/internal/sharedtest", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no test reads ../shared: the pattern is out of date")
	}
	ci, err := os.ReadFile(filepath.Join(root, ".ci", "run"))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			t.Fatal(".ci/run is missing")
		}
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^export ` + Env + `=1$`).Match(ci) {
		t.Errorf(".ci/run does not export %s=1", Env)
	}
}
