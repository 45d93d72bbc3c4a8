package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"dyad/internal/sharedtest"
)

// reutersPath is the Reuters-21578 corpus of ../shared, from this package.
const reutersPath = "../../../shared/corpus/reuters21578.jsonl"

// newcomerRecords is how many Reuters records the newcomer ingests: the
// first 2,000 are the fewest that hold an article on U.S. sanctions
// (reuters21578-1963, record 1,842), so that the README's search finds one.
const newcomerRecords = 2000

// rawError matches what a newcomer should never see: a Go panic or runtime
// error, a driver's message, a fmt verb gone wrong.
var rawError = regexp.MustCompile(`panic:|goroutine \d|runtime error|SQL logic error|sqlite3?:|sql: |%!`)

// TestNewcomerFirstHour follows the README as a newcomer would, with the
// binary built as it says (go build -o dyad ./cmd/dyad, then ./dyad for
// dyad): the demo and the lines it prints, then an ingest of Reuters news,
// a search for U.S. sanctions, events, a timeline and exports. Each command
// runs through the shell as typed and must exit 0 and print what its
// reader expects, with no raw errors.
func TestNewcomerFirstHour(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests 2,000 articles")
	}
	if runtime.GOOS == "windows" {
		t.Skip("runs the README's commands through sh")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command to build the binary: %v", err)
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skipf("no sh to run the README's commands: %v", err)
	}
	reuters := sharedtest.Open(t, reutersPath)

	dir := t.TempDir()
	build := exec.Command(goTool, "build", "-o", filepath.Join(dir, "dyad"), "./cmd/dyad")
	build.Dir = filepath.Join("..", "..")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build -o dyad ./cmd/dyad: %v\n%s", err, out)
	}

	var environ []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DYAD_DB=") { // the newcomer has not set it
			environ = append(environ, kv)
		}
	}
	// dyad runs one command line in dir as the newcomer types it and
	// returns its standard output, failing the test unless it exits 0
	// without a raw error.
	dyad := func(line string) string {
		t.Helper()
		cmd := exec.Command(sh, "-c", line)
		cmd.Dir = dir
		cmd.Env = environ
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v\nstdout:\n%s\nstderr:\n%s", line, err, stdout.String(), stderr.String())
		}
		if m := rawError.FindString(stdout.String() + stderr.String()); m != "" {
			t.Errorf("%s: printed a raw error (%q)\nstdout:\n%s\nstderr:\n%s", line, m, stdout.String(), stderr.String())
		}
		return stdout.String()
	}

	// The demo, and the lines it says to try next, as printed.
	out := dyad("./dyad demo")
	if _, err := os.Stat(filepath.Join(dir, "dyad-demo.db")); err != nil {
		t.Fatalf("./dyad demo wrote no ./dyad-demo.db: %v\n%s", err, out)
	}
	_, try, ok := strings.Cut(out, "Try next:\n")
	if !ok {
		t.Fatalf("./dyad demo printed no Try next:\n%s", out)
	}
	try, _, _ = strings.Cut(try, "\n\n")
	var tried int
	for _, line := range strings.Split(try, "\n") {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "./dyad ") && !strings.Contains(line, "| ./dyad ") {
			continue
		}
		if got := dyad(line); strings.TrimSpace(got) == "" {
			t.Errorf("%s: printed nothing", line)
		}
		tried++
	}
	if tried < 3 {
		t.Errorf("ran %d of the demo's Try next lines, want at least 3:\n%s", tried, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "dyad.db")); err == nil {
		t.Fatal("the demo and its Try next lines created ./dyad.db")
	}

	// Ingest Reuters news into ./dyad.db, the default store; again, to
	// see that the same input adds nothing.
	input := filepath.Join(dir, "reuters.jsonl")
	writeFirstLines(t, reuters, input, newcomerRecords)
	out = dyad("./dyad ingest reuters.jsonl")
	if want := "read 2,000 articles: 2,000 new, 0 updated, 0 unchanged, 0 skipped"; !strings.Contains(out, want) {
		t.Errorf("ingest: want %q in\n%s", want, out)
	}
	out = dyad("./dyad ingest reuters.jsonl")
	if want := "read 2,000 articles: 0 new, 0 updated, 2,000 unchanged, 0 skipped"; !strings.Contains(out, want) {
		t.Errorf("ingest again: want %q in\n%s", want, out)
	}

	rows := tableRows(t, "search", dyad(`./dyad search "U.S. sanctions"`), "ID", "SNIPPET")
	if len(rows) == 0 || !strings.HasPrefix(rows[0], "reuters21578-") {
		t.Errorf(`search "U.S. sanctions": want Reuters articles, got %q`, rows)
	}
	if rows := tableRows(t, "events", dyad("./dyad events --limit 5"), "DATE", "SENTENCE_TEXT"); len(rows) != 5 {
		t.Errorf("events --limit 5: %d rows, want 5: %q", len(rows), rows)
	}
	rows = tableRows(t, "timeline", dyad("./dyad timeline USA JPN --by month"), "PERIOD", "GOLDSTEIN")
	if len(rows) == 0 || !strings.HasPrefix(rows[0], "1987-") {
		t.Errorf("timeline USA JPN --by month: want months of 1987, got %q", rows)
	}

	// Exports: the README's GDELT rows, with and without their header,
	// and the columns of dyad events as TSV.
	dyad("./dyad export --actor RUS -o rus.tsv")
	checkGDELT(t, filepath.Join(dir, "rus.tsv"), 1)
	dyad("./dyad export --header -o all.tsv")
	sqldate := checkGDELT(t, filepath.Join(dir, "all.tsv"), 0)
	if sqldate != 1 {
		t.Errorf("export --header: SQLDATE is column %d, want 1 (GDELT 2.0)", sqldate)
	}
	dyad("./dyad export --format tsv -o events.tsv")
	b, err := os.ReadFile(filepath.Join(dir, "events.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if !strings.HasPrefix(lines[0], "date\tsource\ttarget\tcode\t") || len(lines) < 2 {
		t.Errorf("export --format tsv: want the header of dyad events and rows, got %d lines starting %q", len(lines), lines[0])
	}
	for i, l := range lines[1:] {
		if date, _, _ := strings.Cut(l, "\t"); date == "" {
			t.Errorf("export --format tsv: row %d has no date: %q", i+1, l)
		}
	}
}

// writeFirstLines writes the first n lines of r to path.
func writeFirstLines(t *testing.T, r *os.File, path string, n int) {
	t.Helper()
	var buf bytes.Buffer
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 16<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		buf.Write(sc.Bytes())
		buf.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", reutersPath, err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tableRows checks that out is a table whose header starts with first and
// names col, and returns its rows.
func tableRows(t *testing.T, what, out, first, col string) []string {
	t.Helper()
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if !strings.HasPrefix(lines[0], first+" ") || !strings.Contains(lines[0], col) {
		t.Errorf("%s: want a header starting %s and naming %s, got %q", what, first, col, lines[0])
	}
	return lines[1:]
}

// checkGDELT checks that path holds GDELT 2.0 event rows, at least min, of
// 61 columns each with an 8-digit SQLDATE. When its first line is a header,
// it returns the column it names SQLDATE; else 1, where GDELT has it.
func checkGDELT(t *testing.T, path string, min int) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	sqldate := 1
	if strings.HasPrefix(lines[0], "GLOBALEVENTID\t") {
		sqldate = -1
		for i, c := range strings.Split(lines[0], "\t") {
			if c == "SQLDATE" {
				sqldate = i
			}
		}
		if sqldate < 0 {
			t.Fatalf("%s: header names no SQLDATE: %q", path, lines[0])
		}
		lines = lines[1:]
	}
	if len(lines) == 0 || lines[0] == "" || len(lines) < min {
		t.Fatalf("%s: %d GDELT rows, want at least %d", path, len(lines), max(min, 1))
	}
	date := regexp.MustCompile(`^(1\d|2\d)\d\d[01]\d[0-3]\d$`)
	for i, l := range lines {
		cols := strings.Split(l, "\t")
		if len(cols) != 61 {
			t.Errorf("%s: row %d has %d columns, want 61", path, i+1, len(cols))
			continue
		}
		if !date.MatchString(cols[sqldate]) {
			t.Errorf("%s: row %d: SQLDATE %q, want YYYYMMDD", path, i+1, cols[sqldate])
		}
	}
	return sqldate
}
