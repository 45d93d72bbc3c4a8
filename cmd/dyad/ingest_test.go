package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestIngestReport checks what ingest writes about skipped records when
// stderr is not a terminal: no terminal control codes, one group per kind
// of problem with its first few messages whole, reasons never cut at a
// colon, and a repeated ID with other text skipped by ID so that a second
// run changes nothing.
func TestIngestReport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	input := filepath.Join(dir, "news.jsonl")
	lines := []string{
		`{"id":"r1","date":"2024-06-02","text":"Russian troops shelled Ukrainian positions."}`,
		`not json 1`,
		`not json 2`,
		`{"id":"d1","date":"2024-06-02T25:61:00","text":"A date with colons."}`,
		`not json 3`,
		`not json 4`,
		`{"id":"r1","date":"2024-06-02","text":"Ukraine shelled Russian positions."}`,
		`not json 5`,
		`{"id":"r2","date":"2024-06-03","text":"China criticised new tariffs."}`,
	}
	if err := os.WriteFile(input, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	type summary struct {
		Read, New, Updated, Unchanged, Skipped int
		Reasons                                map[string]int `json:"skip_reasons"`
	}
	ingestJSON := func() (summary, string) {
		t.Helper()
		code, out, errs := dyadRun(t, "", "ingest", "--db", db, "--format", "json", input)
		if code != 0 {
			t.Fatalf("ingest: exit %d: %s %s", code, out, errs)
		}
		var s summary
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("summary %q: %v", out, err)
		}
		return s, errs
	}

	s, errs := ingestJSON()
	if strings.ContainsAny(errs, "\r\x1b") {
		t.Errorf("stderr, not a terminal, holds control codes: %q", errs)
	}
	want := summary{Read: 2, New: 2, Skipped: 7, Reasons: map[string]int{
		"invalid JSON": 5, "invalid date": 1, "repeated ID with other content": 1}}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("first run: %+v, want %+v", s, want)
	}
	wantErr := `skipped 5: invalid JSON
  news.jsonl:2: invalid JSON: want an object
  news.jsonl:3: invalid JSON: want an object
  news.jsonl:5: invalid JSON: want an object
  ... and 2 more
skipped 1: invalid date
  news.jsonl:4: invalid date "2024-06-02T25:61:00": want YYYY-MM-DD or RFC 3339
skipped 1: repeated ID with other content
  news.jsonl:7: article "r1" was read before with other content; the first is kept
`
	if got := strings.ReplaceAll(errs, dir+string(filepath.Separator), ""); got != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", got, wantErr)
	}

	// The first r1 was stored; a second run finds everything unchanged.
	s, _ = ingestJSON()
	if s.New != 0 || s.Updated != 0 || s.Unchanged != 2 {
		t.Errorf("second run: %+v, want 2 unchanged and nothing written", s)
	}
	if out := mustRun(t, "", "article", "--db", db, "--format", "json", "r1"); !strings.Contains(out, "Russian troops shelled") {
		t.Errorf("article r1 is not the first record: %s", out)
	}

	// The table summary names each reason whole.
	out := mustRun(t, "", "ingest", "--db", filepath.Join(dir, "t2.db"), input)
	for _, line := range []string{"  skipped 5: invalid JSON\n", "  skipped 1: invalid date\n", "  skipped 1: repeated ID with other content\n"} {
		if !strings.Contains(out, line) {
			t.Errorf("summary lacks %q:\n%s", line, out)
		}
	}
}

// TestIngestFolderTypes checks that ingesting a folder reads the files of
// input types only, reporting the others, and that old text files in
// Latin-1 are read: .txt files by themselves, any format with --encoding.
func TestIngestFolderTypes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	in := filepath.Join(dir, "in")
	files := map[string]string{
		"README.md":          "# The corpus\nArticles for testing.",
		"a.jsonl":            `{"id":"a1","date":"2024-06-02","text":"Russian troops shelled Ukrainian positions."}` + "\n",
		"old.txt":            "date 1998-03-02\nThe caf\xe9 in Paris hosted talks between French and German ministers.",
		"legacy/news.jsonl":  "{\"id\":\"l1\",\"date\":\"1998-03-03\",\"text\":\"Ministers met at the caf\xe9 again.\"}\n",
		"legacy/notes.rtf":   "{\\rtf1 notes}",
		"legacy/.hidden.txt": "hidden",
	}
	for name, body := range files {
		p := filepath.Join(in, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := dyadRun(t, "", "ingest", "--db", db, "--format", "json", in)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s %s", code, out, errs)
	}
	var s struct {
		Read    int
		Reasons map[string]int `json:"skip_reasons"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("summary %q: %v", out, err)
	}
	want := map[string]int{"not an input file type": 2, "invalid UTF-8": 1}
	if s.Read != 2 || !reflect.DeepEqual(s.Reasons, want) {
		t.Errorf("summary %+v, want 2 read (a.jsonl, old.txt) and skips %v", s, want)
	}
	for _, name := range []string{"README.md", "notes.rtf"} {
		if !strings.Contains(errs, name+": not read from a folder") {
			t.Errorf("stderr does not name %s: %q", name, errs)
		}
	}
	out = mustRun(t, "", "search", "--db", db, "--format", "csv", "café")
	if !strings.Contains(out, "The «café» in Paris") {
		t.Errorf("search café: the Latin-1 text did not come through:\n%s", out)
	}

	// --encoding latin1 reads the JSON Lines file too.
	out = mustRun(t, "", "ingest", "--db", db, "--format", "json", "--encoding", "latin1", filepath.Join(in, "legacy", "news.jsonl"))
	if !strings.Contains(out, `"new": 1`) {
		t.Errorf("ingest --encoding latin1: %s", out)
	}
	if out := mustRun(t, "", "search", "--db", db, "--format", "csv", "ministers café"); strings.Count(out, "\n") != 3 {
		t.Errorf("search: want both Latin-1 articles:\n%s", out)
	}
	for _, cmd := range [][]string{{"ingest", "--db", db}, {"code"}} {
		args := append(cmd, "--encoding", "ebcdic", filepath.Join(in, "old.txt"))
		if code, _, errs := dyadRun(t, "", args...); code == 0 || !strings.Contains(errs, `unknown encoding "ebcdic"`) {
			t.Errorf("%s --encoding ebcdic: exit %d, stderr %q", cmd[0], code, errs)
		}
	}
}
