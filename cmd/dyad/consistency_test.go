package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"dyad"
	"dyad/sqlite"
	"dyad/storetest"
)

// syntheticDB stores n synthetic analyses (five events each) in a new
// SQLite file and returns its path.
func syntheticDB(t *testing.T, n int) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "syn.db")
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i := range n {
		if _, err := st.Put(context.Background(), []*dyad.Analysis{storetest.Synthetic(i)}); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// rows counts the data rows of a CSV output.
func rows(t *testing.T, out string) int {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("csv %q: %v", out, err)
	}
	return len(recs) - 1
}

// TestLimitZero checks that --limit 0 and --top 0 mean no limit in every
// command that takes them (before, search gave 20 rows, events 100, actors
// 50, terms --kwic none), and that negative limits, offsets and widths are
// refused with the flag named.
func TestLimitZero(t *testing.T) {
	db := syntheticDB(t, 30) // 150 events, 30 articles with "talks"
	for _, tc := range []struct {
		name string
		args []string
		min  int // rows --limit 0 must give at least: more than the default
	}{
		{"search", []string{"search", "talks", "--limit"}, 21},
		{"events", []string{"events", "--limit"}, 101},
		{"actors", []string{"actors", "--limit"}, 1},
		{"terms top", []string{"terms", "--top"}, 21},
		{"terms kwic", []string{"terms", "--kwic", "talks", "--limit"}, 101},
		{"export", []string{"export", "--format", "csv", "--limit"}, 101},
	} {
		t.Run(tc.name, func(t *testing.T) {
			run := func(limit string) int {
				args := append(append([]string{}, tc.args...), limit, "--db", db)
				if tc.name != "export" {
					args = append(args, "--format", "csv")
				}
				return rows(t, mustRun(t, "", args...))
			}
			all, big, one := run("0"), run("100000"), run("1")
			if all != big || all < tc.min || one != 1 {
				t.Errorf("%s 0 gave %d rows, 100000 %d, 1 %d; want 0 and 100000 the same, at least %d, and 1 one",
					tc.args[len(tc.args)-1], all, big, one, tc.min)
			}
			args := append(append([]string{}, tc.args...), "-1", "--db", db)
			code, _, errs := dyadRun(t, "", args...)
			if code == 0 || !strings.Contains(errs, tc.args[len(tc.args)-1]+" -1: want 0 (no limit) or more") {
				t.Errorf("%s -1: exit %d, stderr %q", tc.args[len(tc.args)-1], code, errs)
			}
		})
	}
	for _, args := range [][]string{
		{"events", "--offset", "-1"}, {"search", "talks", "--offset", "-1"}, {"terms", "--kwic", "talks", "--width", "-1"},
	} {
		code, _, errs := dyadRun(t, "", append(args, "--db", db)...)
		if code == 0 || !strings.Contains(errs, args[len(args)-2]+" -1: want 0 or more") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
	// --width 0 is the match alone
	out := mustRun(t, "", "terms", "--db", db, "--kwic", "talks", "--width", "0", "--limit", "1", "--format", "csv")
	if out != "article_id,left,match,right\nsyn-0,,talks,\n" {
		t.Errorf("--width 0: %q", out)
	}
}

// omitEmpty are the event fields JSON leaves out when they are empty.
var omitEmpty = map[string]bool{"plover": true, "inferred": true}

// TestFieldNames checks that a field has one name in every format: the CSV
// columns of events are the JSON fields, flattened ("trigger_text" is
// trigger.text), where "sentence" was the sentence's text in CSV and its
// index in JSON, and "article" the "article_id" of JSON.
func TestFieldNames(t *testing.T) {
	db := fixtureDB(t)
	jsonOut := mustRun(t, "", "events", "--db", db, "--limit", "1", "--format", "json")
	var recs []map[string]any
	if err := json.Unmarshal([]byte(jsonOut), &recs); err != nil || len(recs) != 1 {
		t.Fatalf("events json %q: %v", jsonOut, err)
	}
	r, err := csv.NewReader(strings.NewReader(mustRun(t, "", "events", "--db", db, "--limit", "1", "--format", "csv"))).ReadAll()
	if err != nil || len(r) != 2 {
		t.Fatalf("events csv: %v %v", r, err)
	}
	for i, name := range r[0] {
		v, ok := recs[0][name]
		if !ok { // a field inside another: trigger_text is trigger.text
			head, field, _ := strings.Cut(name, "_")
			m, _ := recs[0][head].(map[string]any)
			v, ok = m[field]
		}
		if !ok && r[1][i] == "" && omitEmpty[name] {
			continue // an empty field JSON leaves out
		}
		if !ok {
			t.Errorf("csv column %s is no JSON field", name)
			continue
		}
		got := fmt.Sprint(v)
		if f, isNum := v.(float64); isNum && name == "goldstein" {
			got = strconv.FormatFloat(f, 'f', 1, 64)
		}
		if got != r[1][i] {
			t.Errorf("csv column %s = %q, json %q", name, r[1][i], got)
		}
	}
	for _, col := range []string{"article_id", "index", "sentence", "sentence_text", "trigger_text"} {
		if !strings.Contains(","+strings.Join(r[0], ",")+",", ","+col+",") {
			t.Errorf("events csv has no column %s: %v", col, r[0])
		}
	}
	kwic := mustRun(t, "", "terms", "--db", db, "--kwic", "sanctions", "--limit", "1", "--format", "json")
	if !strings.Contains(kwic, `"article_id"`) || strings.Contains(kwic, `"article"`) {
		t.Errorf("terms --kwic json names the article otherwise than article_id: %s", kwic)
	}
}
