package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDateEdges ingests articles dated 0001-01-01 (the zero time, which
// read as no date), 9999-12-31 (whose "next year" was 10000) and none, and
// checks every command that shows dates: the first is refused, naming its
// line, nothing is dated in year 10000, and no GDELT row lacks a SQLDATE.
func TestDateEdges(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	input := filepath.Join(dir, "news.jsonl")
	lines := []string{
		`{"id":"zero","date":"0001-01-01","text":"Russian troops shelled Ukrainian positions yesterday."}`,
		`{"id":"last","date":"9999-12-31","text":"China will visit Russia next week. Russia signed an agreement with China on January 5. ` +
			`Russia met China tomorrow. China praised Russia yesterday."}`,
		`{"id":"undated","text":"Russian troops shelled Ukrainian positions."}`,
	}
	if err := os.WriteFile(input, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := dyadRun(t, "", "ingest", "--db", db, input)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s %s", code, out, errs)
	}
	if !strings.Contains(errs, `news.jsonl:1: invalid date "0001-01-01": want a year from 1000 to 9999`) {
		t.Errorf("the article of 0001-01-01 is not refused by line: %q", errs)
	}
	if !strings.Contains(out, "read 2 articles") {
		t.Errorf("summary: %q", out)
	}
	noYear10000 := func(what, s string) {
		t.Helper()
		if strings.Contains(s, "10000") {
			t.Errorf("%s has year 10000:\n%s", what, s)
		}
	}
	code, out, errs = dyadRun(t, "", "code", "--format", "jsonl", input)
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(errs, `invalid date "0001-01-01"`) {
		t.Errorf("code: exit %d, %d articles, stderr %q", code, strings.Count(out, "\n"), errs)
	}
	noYear10000("dyad code", out)
	events := mustRun(t, "", "events", "--db", db, "--format", "csv")
	noYear10000("dyad events", events)
	if !strings.Contains(events, "\n9999-12-30,") || !strings.Contains(events, "\n9999-12-31,") {
		t.Errorf("events: want the dates 9999-12-30 and 9999-12-31:\n%s", events)
	}
	for by, want := range map[string]string{"day": "9999-12-31", "week": "9999-12-27", "month": "9999-12-01", "year": "9999-01-01"} {
		out := mustRun(t, "", "timeline", "--db", db, "--by", by, "--format", "csv", "CHN", "RUS")
		noYear10000("timeline by "+by, out)
		if !strings.Contains(out, "\n"+want+",") {
			t.Errorf("timeline by %s: no period %s:\n%s", by, want, out)
		}
	}
	// "will visit ... next week" is planned (hypothetical): asked for, so
	// that its date, in year 10000 once, is checked too
	code, out, errs = dyadRun(t, "", "export", "--db", db, "--include-hypothetical")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	noYear10000("export", out)
	rows := strings.Split(strings.TrimSpace(out), "\n")
	if len(rows) != 4 {
		t.Errorf("export: %d rows, want the 4 dated events:\n%s", len(rows), out)
	}
	for _, r := range rows {
		if f := strings.Split(r, "\t"); len(f) != 61 || len(f[1]) != 8 {
			t.Errorf("export row without a SQLDATE: %q", r)
		}
	}
	if !strings.Contains(errs, "left out 1 events without a date") {
		t.Errorf("export does not say it left out the undated event: %q", errs)
	}
	for _, d := range []string{"0001-01-01", "10000-01-01"} {
		if code, _, errs := dyadRun(t, "Russian troops shelled Ukrainian positions.", "code", "--date", d); code == 0 ||
			!strings.Contains(errs, "want YYYY-MM-DD with a year from 1000 to 9999") {
			t.Errorf("code --date %s: exit %d, stderr %q", d, code, errs)
		}
	}
}
