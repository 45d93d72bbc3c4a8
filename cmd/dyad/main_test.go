package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files of dyad code")

// dyadRun runs one command line in-process and returns its exit status,
// standard output and standard error.
func dyadRun(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &Env{
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errb,
		getenv: func(string) string { return "" },
	}
	code := run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func mustRun(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	code, out, errs := dyadRun(t, stdin, args...)
	if code != 0 {
		t.Fatalf("dyad %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

func TestHelp(t *testing.T) {
	out := mustRun(t, "", "help")
	for _, c := range []string{"ingest", "code", "search", "events", "article", "timeline", "actors", "demo"} {
		if !strings.Contains(out, "  "+c) {
			t.Errorf("help does not list %s", c)
		}
	}
	if out := mustRun(t, "", "help", "events"); !strings.Contains(out, "-actor string") {
		t.Errorf("help events prints no flags on stdout: %q", out)
	}
	if code, _, errs := dyadRun(t, "", "nosuch"); code != 2 || !strings.Contains(errs, `unknown command "nosuch"`) {
		t.Errorf("unknown command: exit %d, stderr %q", code, errs)
	}
	if code, _, errs := dyadRun(t, "", "events", "--bogus"); code != 2 || !strings.Contains(errs, "flag provided but not defined") {
		t.Errorf("bad flag: exit %d, stderr %q", code, errs)
	}
}

// TestEndToEnd ingests files into a fresh SQLite database and checks every
// query command against it.
func TestEndToEnd(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	input := filepath.Join(dir, "news.jsonl")
	lines := []string{
		`{"id":"a1","date":"2024-05-16","title":"Xi and Putin sign statement","text":"Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Thursday. China signed an agreement with Russia."}`,
		`{"id":"a2","date":"2024-06-02","title":"Shelling","text":"Russian troops shelled Ukrainian positions near Kharkiv. Ukraine accused Russia of war crimes."}`,
		`not json at all`,
		`{"id":"a3","date":"2023-01-10","text":"The United States imposed sanctions on Iran. Iran condemned the United States."}`,
		`{"id":"a4","date":"2023-01-11"}`,
	}
	if err := os.WriteFile(input, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := dyadRun(t, "", "ingest", "--db", db, "--format", "json", input)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s %s", code, out, errs)
	}
	var sum struct {
		Read, New, Unchanged, Skipped, Events int
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("summary %q: %v", out, err)
	}
	if sum.Read != 3 || sum.New != 3 || sum.Skipped != 2 || sum.Events == 0 {
		t.Fatalf("first ingest summary %+v", sum)
	}
	if !strings.Contains(errs, "news.jsonl:3:") || !strings.Contains(errs, "news.jsonl:5:") {
		t.Errorf("skip messages do not name file and line: %q", errs)
	}

	// Idempotent: the same input adds nothing.
	out = mustRun(t, "", "ingest", "--db", db, "--format", "json", input)
	json.Unmarshal([]byte(out), &sum)
	if sum.Read != 3 || sum.New != 0 || sum.Unchanged != 3 {
		t.Fatalf("second ingest summary %+v", sum)
	}
	stats := mustRun(t, "", "stats", "--db", db, "--format", "csv")
	if !strings.HasPrefix(stats, "articles,sentences,mentions,events\n3,6,") {
		t.Fatalf("stats after re-ingest: %q", stats)
	}

	// events: filters and formats.
	out = mustRun(t, "", "events", "--db", db, "--actor", "rus", "--format", "json")
	var evs []struct {
		ArticleID    string `json:"article_id"`
		Source       string `json:"source"`
		Target       string `json:"target"`
		Code         string `json:"code"`
		SentenceText string `json:"sentence_text"`
	}
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatalf("events json %q: %v", out, err)
	}
	if len(evs) == 0 {
		t.Fatal("no events for actor RUS")
	}
	for _, ev := range evs {
		if !strings.HasPrefix(ev.Source, "RUS") && !strings.HasPrefix(ev.Target, "RUS") {
			t.Errorf("event %+v does not involve RUS", ev)
		}
		if ev.SentenceText == "" || ev.ArticleID == "" {
			t.Errorf("event %+v lacks provenance", ev)
		}
	}
	out = mustRun(t, "", "events", "--db", db, "--source", "USA", "--code", "16", "--format", "tsv")
	if rows := strings.Split(strings.TrimSpace(out), "\n"); len(rows) != 2 || !strings.Contains(rows[1], "USA\tIRN\t163") {
		t.Errorf("sanctions event as TSV: %q", out)
	}
	out = mustRun(t, "", "events", "--db", db, "--from", "2024-01-01", "--format", "jsonl")
	if strings.Contains(out, `"a3"`) || !strings.Contains(out, `"a1"`) {
		t.Errorf("--from 2024-01-01 kept 2023 events or lost 2024 ones: %q", out)
	}
	if code, _, errs := dyadRun(t, "", "events", "--db", db, "--from", "May 5"); code == 0 || !strings.Contains(errs, `date "May 5"`) {
		t.Errorf("bad date accepted: exit %d %q", code, errs)
	}

	// search: ranked hits with snippets.
	out = mustRun(t, "", "search", "--db", db, "--format", "json", "sanctions")
	var hits []struct{ ID, Snippet string }
	json.Unmarshal([]byte(out), &hits)
	if len(hits) != 1 || hits[0].ID != "a3" || !strings.Contains(strings.ToLower(hits[0].Snippet), "sanctions") {
		t.Errorf("search sanctions: %q", out)
	}
	if code, _, errs := dyadRun(t, "", "search", "--db", db, `"unbalanced`); code == 0 || errs == "" {
		t.Errorf("bad FTS query: exit %d, stderr %q", code, errs)
	}

	// article: text with what was found in it.
	out = mustRun(t, "", "article", "--db", db, "a1")
	for _, want := range []string{"Xi Jinping met Russian President", "[1] China signed an agreement with Russia.", "event"} {
		if !strings.Contains(out, want) {
			t.Errorf("article a1 lacks %q:\n%s", want, out)
		}
	}
	out = mustRun(t, "", "article", "--db", db, "--format", "json", "a1")
	var art struct {
		ID, Text  string
		Sentences []struct{ Start, End int }
	}
	json.Unmarshal([]byte(out), &art)
	if art.ID != "a1" || len(art.Sentences) != 2 || art.Sentences[1].End > len(art.Text) {
		t.Errorf("article json: %q", out)
	}
	if code, _, errs := dyadRun(t, "", "article", "--db", db, "nope"); code != 1 || !strings.Contains(errs, "nope") {
		t.Errorf("missing article: exit %d, %q", code, errs)
	}

	// terms: counts over the store, one article, a query; keyword in context.
	out = mustRun(t, "", "terms", "--db", db, "--count", "United States", "--format", "json")
	var terms struct {
		Articles, Words int
		Count           struct{ Occurrences int }
		Terms           []struct {
			Term  string
			Count int
		}
	}
	if err := json.Unmarshal([]byte(out), &terms); err != nil {
		t.Fatalf("terms json %q: %v", out, err)
	}
	if terms.Articles != 3 || terms.Words < 40 || terms.Count.Occurrences != 2 || len(terms.Terms) == 0 {
		t.Errorf("terms over the store: %+v", terms)
	}
	out = mustRun(t, "", "terms", "--db", db, "--article", "a2", "--kwic", "shelled", "--width", "2", "--format", "csv")
	if out != "article_id,left,match,right\na2,Russian troops,shelled,Ukrainian positions\n" {
		t.Errorf("kwic: %q", out)
	}
	out = mustRun(t, "", "terms", "--db", db, "--query", "sanctions", "--format", "json")
	json.Unmarshal([]byte(out), &terms)
	if terms.Articles != 1 {
		t.Errorf("terms --query sanctions: %d articles", terms.Articles)
	}

	// export: every event, as GDELT rows and as CSV.
	all := mustRun(t, "", "events", "--db", db, "--format", "jsonl", "--limit", "1000")
	nEvents := strings.Count(all, "\n")
	out = mustRun(t, "", "export", "--db", db)
	rows := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(rows) != nEvents || nEvents == 0 {
		t.Errorf("export: %d GDELT rows for %d events", len(rows), nEvents)
	}
	for _, r := range rows {
		if cols := strings.Split(r, "\t"); len(cols) != 61 || !strings.HasPrefix(cols[60], "dyad:a") {
			t.Errorf("GDELT row with %d columns, SOURCEURL %q", len(cols), cols[len(cols)-1])
		}
	}
	out = mustRun(t, "", "export", "--db", db, "--format", "csv", "--code", "16")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[0], "date,source,target,code") {
		t.Errorf("export csv --code 16: %q", out)
	}

	// timeline and actors.
	out = mustRun(t, "", "timeline", "--db", db, "--by", "year", "--format", "csv", "CHN", "RUS")
	if !strings.HasPrefix(out, "period,events,") || !strings.Contains(out, "\n2024-01-01,") {
		t.Errorf("timeline CHN RUS: %q", out)
	}
	out = mustRun(t, "", "actors", "--db", db, "--format", "csv")
	if !strings.Contains(out, "\nRUS") && !strings.Contains(out, "\nCHN") {
		t.Errorf("actors: %q", out)
	}
}

func TestThemes(t *testing.T) {
	out := mustRun(t, "", "themes", "--format", "csv")
	rows := strings.Split(strings.TrimSpace(out), "\n")
	if len(rows) < 41 || rows[0] != "code,about,terms,examples" || !strings.Contains(out, "\nECON_TRADE,") {
		t.Errorf("themes: %d rows, %q", len(rows), rows[0])
	}
}

func TestIngestNothingReadable(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{broken\n"), 0o644)
	code, _, errs := dyadRun(t, "", "ingest", "--db", filepath.Join(dir, "t.db"), bad)
	if code != 1 || !strings.Contains(errs, "bad.jsonl:1:") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	code, _, errs = dyadRun(t, "", "ingest", "--db", filepath.Join(dir, "t.db"), filepath.Join(dir, "missing.jsonl"))
	if code != 1 || !strings.Contains(errs, "missing.jsonl") {
		t.Fatalf("missing file: exit %d, stderr %q", code, errs)
	}
}

func TestDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	out := mustRun(t, "", "demo", "--db", db)
	if !strings.Contains(out, "Try next") {
		t.Errorf("demo output: %q", out)
	}
	out = mustRun(t, "", "timeline", "--db", db, "--by", "year", "--format", "json", "CHN", "RUS")
	var buckets []struct {
		Period string
		Events int
	}
	json.Unmarshal([]byte(out), &buckets)
	years := 0
	for _, b := range buckets {
		if b.Events > 0 {
			years++
		}
	}
	if years < 3 {
		t.Errorf("demo China-Russia timeline has events in %d years, want >= 3: %s", years, out)
	}
	// Running the demo again changes nothing.
	out = mustRun(t, "", "demo", "--db", db)
	if !strings.Contains(out, " 0 new") {
		t.Errorf("second demo run: %q", out)
	}
}

// TestCodeGolden runs dyad code over the hand-written articles in
// testdata/articles and compares with the reviewed golden JSON.
func TestCodeGolden(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/articles/*.txt")
	if len(files) == 0 {
		t.Fatal("no articles in testdata/articles")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			got := mustRun(t, "", "code", f)
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				os.WriteFile(golden, []byte(got), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/dyad -run CodeGolden -update, then review the diff)", err)
			}
			if d := cmp.Diff(string(want), got); d != "" {
				t.Errorf("dyad code %s differs from %s (-want +got; run with -update, then review the diff):\n%s", f, golden, d)
			}
		})
	}
}

func TestCodeStdinText(t *testing.T) {
	out := mustRun(t, "Russian troops attacked Ukrainian positions.", "code", "--format", "jsonl", "--date", "2024-02-03", "-")
	var a struct {
		ID     string
		Date   string
		Events []struct{ Source, Target, Code, Root string }
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("%q: %v", out, err)
	}
	if a.ID == "" || a.Date != "2024-02-03" || len(a.Events) != 1 || a.Events[0].Source != "RUSMIL" || a.Events[0].Target != "UKR" || a.Events[0].Root != "19" && a.Events[0].Root != "18" {
		t.Errorf("code of plain text: %s", out)
	}
}
