package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dyadRunAs runs one command line in-process as dyad run by prog, with
// the environment variables in vars.
func dyadRunAs(t *testing.T, prog string, vars map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &Env{
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errb,
		getenv: func(k string) string { return vars[k] },
		prog:   prog,
	}
	code := run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

// TestDemoOwnStore: the demo writes to ./dyad-demo.db whatever $DYAD_DB
// says, and never into a store that holds other articles.
func TestDemoOwnStore(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	own := ingestSmall(t, dir, "own.db")
	before := mustRun(t, "", "stats", "--db", own, "--format", "csv")

	code, out, errs := dyadRunAs(t, "dyad", map[string]string{"DYAD_DB": own}, "", "demo")
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "dyad-demo.db")); err != nil {
		t.Errorf("demo did not write ./dyad-demo.db: %v\n%s", err, out)
	}
	for _, p := range []string{"dyad.db"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err == nil {
			t.Errorf("demo created %s", p)
		}
	}
	if after := mustRun(t, "", "stats", "--db", own, "--format", "csv"); after != before {
		t.Errorf("the store $DYAD_DB names changed: %q, was %q", after, before)
	}

	// Into a store of other articles: refused, nothing written.
	for _, args := range [][]string{{"demo", "--db", own}, {"demo", "--db", "own.db"}} {
		code, out, errs = dyadRunAs(t, "dyad", nil, "", args...)
		if code != 1 || !strings.Contains(errs, "holds 2 articles that are not the demo's") || !strings.Contains(errs, "./dyad-demo.db") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	if after := mustRun(t, "", "stats", "--db", own, "--format", "csv"); after != before {
		t.Errorf("demo --db into a store of other articles changed it: %q, was %q", after, before)
	}
}

// TestDemoTryNext runs every "Try next" line the demo prints, as printed,
// for each way of running dyad: each must succeed and print something.
func TestDemoTryNext(t *testing.T) {
	for _, prog := range []string{"dyad", "./dyad", "go run ./cmd/dyad"} {
		t.Run(prog, func(t *testing.T) {
			t.Chdir(t.TempDir())
			code, out, errs := dyadRunAs(t, prog, nil, "", "demo")
			if code != 0 {
				t.Fatalf("demo: exit %d: %s", code, errs)
			}
			_, try, ok := strings.Cut(out, "Try next:\n")
			if !ok {
				t.Fatalf("no Try next in %q", out)
			}
			try, build, _ := strings.Cut(try, "\n\n")
			if got := strings.Contains(build, "go install ./cmd/dyad"); got != (prog == "go run ./cmd/dyad") {
				t.Errorf("how to build the binary said: %v, want it after go run only:\n%s", got, out)
			}
			n := 0
			for _, line := range strings.Split(strings.TrimSuffix(try, "\n"), "\n") {
				cmd, _, _ := strings.Cut(strings.TrimSpace(line), "  #")
				stdin := ""
				if echo, rest, ok := strings.Cut(cmd, " | "); ok {
					stdin, cmd = strings.Join(shellWords(t, strings.TrimPrefix(echo, "echo ")), " ")+"\n", rest
				}
				args, ok := strings.CutPrefix(cmd, prog+" ")
				if !ok {
					t.Errorf("%q does not start with %q", line, prog)
					continue
				}
				n++
				code, out, errs := dyadRunAs(t, prog, nil, stdin, shellWords(t, args)...)
				if code != 0 || strings.TrimSpace(out) == "" {
					t.Errorf("%s: exit %d, stdout %q, stderr %q", cmd, code, out, errs)
				}
			}
			if n < 5 {
				t.Errorf("%d commands to try:\n%s", n, out)
			}
		})
	}
}

// shellWords splits a command line the way a POSIX shell would for the
// words the demo prints: blanks separate, quotes group.
func shellWords(t *testing.T, s string) []string {
	t.Helper()
	var words []string
	var w strings.Builder
	in, quote := false, byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == quote:
			quote = 0
		case quote != 0:
			w.WriteByte(c)
		case c == '"' || c == '\'':
			quote, in = c, true
		case c == ' ':
			if in {
				words = append(words, w.String())
				w.Reset()
				in = false
			}
		default:
			w.WriteByte(c)
			in = true
		}
	}
	if quote != 0 {
		t.Fatalf("unbalanced quote in %q", s)
	}
	if in {
		words = append(words, w.String())
	}
	return words
}

func TestInvocation(t *testing.T) {
	for _, tc := range []struct{ arg0, want string }{
		{"dyad", "dyad"},
		{"./dyad", "./dyad"},
		{"/home/ana/go/bin/dyad", "/home/ana/go/bin/dyad"},
		{"/tmp/go-build1234567/b001/exe/dyad", "go run ./cmd/dyad"},
	} {
		if got := invocation(tc.arg0); got != tc.want {
			t.Errorf("invocation(%q) = %q, want %q", tc.arg0, got, tc.want)
		}
	}
}
