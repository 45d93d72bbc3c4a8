package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dyad/sqlite"
	"dyad/storetest"
)

// fixtureDB stores the conformance suite's fixtures in a new SQLite file
// and returns its path. Of their nine events, a2/1 (RUSMIL->UKR 0874) is
// negated and a3/1 (USA->CHN 163) hypothetical.
func fixtureDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "fx.db")
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Put(context.Background(), storetest.Fixtures()); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestEventFlagColumns checks that every format of dyad events and dyad
// export gives the negated and hypothetical flags fields of their own, the
// trigger its plain text, and that asserted events are the default.
func TestEventFlagColumns(t *testing.T) {
	db := fixtureDB(t)
	// the codes of the events listed, and the flags of the 163 event
	type result struct {
		codes      []string
		neg, hyp   string
		triggerOf  string
		hasColumns bool
	}
	readCSV := func(t *testing.T, out string, comma rune) result {
		r := csv.NewReader(strings.NewReader(out))
		r.Comma = comma
		rows, err := r.ReadAll()
		if err != nil || len(rows) == 0 {
			t.Fatalf("%q: %v", out, err)
		}
		col := map[string]int{}
		for i, name := range rows[0] {
			col[name] = i
		}
		_, n := col["negated"]
		_, h := col["hypothetical"]
		res := result{hasColumns: n && h}
		for _, row := range rows[1:] {
			code := row[col["code"]]
			res.codes = append(res.codes, code)
			if code == "163" && res.hasColumns {
				res.neg, res.hyp, res.triggerOf = row[col["negated"]], row[col["hypothetical"]], row[col["trigger_text"]]
			}
		}
		return res
	}
	readJSON := func(t *testing.T, out string, lines bool) result {
		var recs []map[string]any
		if lines {
			for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
				var m map[string]any
				if err := json.Unmarshal([]byte(l), &m); err != nil {
					t.Fatalf("%q: %v", l, err)
				}
				recs = append(recs, m)
			}
		} else if err := json.Unmarshal([]byte(out), &recs); err != nil {
			t.Fatalf("%q: %v", out, err)
		}
		res := result{hasColumns: true}
		for _, m := range recs {
			_, n := m["negated"]
			_, h := m["hypothetical"]
			res.hasColumns = res.hasColumns && n && h
			code, _ := m["code"].(string)
			res.codes = append(res.codes, code)
			if code == "163" {
				res.neg, res.hyp = jsonString(m["negated"]), jsonString(m["hypothetical"])
				res.triggerOf, _ = m["trigger"].(map[string]any)["text"].(string)
			}
		}
		return res
	}
	readTable := func(t *testing.T, out string) result {
		lines := strings.Split(strings.TrimSpace(out), "\n")
		head := strings.Fields(lines[0])
		res := result{hasColumns: slices.Contains(head, "NEGATED") && slices.Contains(head, "HYPOTHETICAL")}
		ci, ni, hi := slices.Index(head, "CODE"), slices.Index(head, "NEGATED"), slices.Index(head, "HYPOTHETICAL")
		for _, l := range lines[1:] {
			f := strings.Fields(l)
			res.codes = append(res.codes, f[ci])
			if f[ci] == "163" && res.hasColumns {
				res.neg, res.hyp, res.triggerOf = f[ni], f[hi], f[hi+1]
			}
		}
		return res
	}
	asserted := []string{"036", "042", "040", "057", "190", "111", "172"}
	withHyp := []string{"036", "042", "040", "057", "190", "111", "163", "172"}
	withNeg := []string{"036", "042", "040", "057", "190", "0874", "111", "172"}
	for _, tc := range []struct {
		name string
		args []string
		read func(t *testing.T, out string) result
		want []string
	}{
		{"events table", []string{"events"}, readTable, asserted},
		{"events csv", []string{"events", "--format", "csv"}, func(t *testing.T, o string) result { return readCSV(t, o, ',') }, asserted},
		{"events tsv", []string{"events", "--format", "tsv"}, func(t *testing.T, o string) result { return readCSV(t, o, '\t') }, asserted},
		{"events json", []string{"events", "--format", "json"}, func(t *testing.T, o string) result { return readJSON(t, o, false) }, asserted},
		{"events jsonl", []string{"events", "--format", "jsonl"}, func(t *testing.T, o string) result { return readJSON(t, o, true) }, asserted},
		{"events table hypothetical", []string{"events", "--include-hypothetical"}, readTable, withHyp},
		{"events csv hypothetical", []string{"events", "--format", "csv", "--include-hypothetical"}, func(t *testing.T, o string) result { return readCSV(t, o, ',') }, withHyp},
		{"events tsv hypothetical", []string{"events", "--format", "tsv", "--include-hypothetical"}, func(t *testing.T, o string) result { return readCSV(t, o, '\t') }, withHyp},
		{"events json hypothetical", []string{"events", "--format", "json", "--include-hypothetical"}, func(t *testing.T, o string) result { return readJSON(t, o, false) }, withHyp},
		{"events negated", []string{"events", "--format", "csv", "--negated"}, func(t *testing.T, o string) result { return readCSV(t, o, ',') }, withNeg},
		{"export csv", []string{"export", "--format", "csv"}, func(t *testing.T, o string) result { return readCSV(t, o, ',') }, asserted},
		{"export csv hypothetical", []string{"export", "--format", "csv", "--include-hypothetical"}, func(t *testing.T, o string) result { return readCSV(t, o, ',') }, withHyp},
		{"export tsv hypothetical", []string{"export", "--format", "tsv", "--include-hypothetical"}, func(t *testing.T, o string) result { return readCSV(t, o, '\t') }, withHyp},
		{"export jsonl", []string{"export", "--format", "jsonl"}, func(t *testing.T, o string) result { return readJSON(t, o, true) }, asserted},
		{"export jsonl hypothetical", []string{"export", "--format", "jsonl", "--include-hypothetical"}, func(t *testing.T, o string) result { return readJSON(t, o, true) }, withHyp},
	} {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			res := tc.read(t, mustRun(t, "", append(tc.args, "--db", db)...))
			if !res.hasColumns {
				t.Errorf("no negated and hypothetical fields")
			}
			if !slices.Equal(res.codes, tc.want) {
				t.Errorf("codes %v, want %v", res.codes, tc.want)
			}
			if slices.Contains(tc.want, "163") && (res.neg != "false" || res.hyp != "true" || res.triggerOf != "impose") {
				t.Errorf("163: negated %q, hypothetical %q, trigger %q; want false, true, impose", res.neg, res.hyp, res.triggerOf)
			}
		})
	}
}

// jsonString writes a decoded JSON boolean as text.
func jsonString(v any) string {
	if b, ok := v.(bool); ok {
		if b {
			return "true"
		}
		return "false"
	}
	return ""
}

// TestAssertedByDefault checks the GDELT export and the timeline: they
// leave hypothetical events out unless --include-hypothetical is given.
func TestAssertedByDefault(t *testing.T) {
	db := fixtureDB(t)
	for _, tc := range []struct {
		name string
		args []string
		want string // a line of the output, or "" for its line count
		n    int
	}{
		{"gdelt", []string{"export"}, "", 7},
		{"gdelt hypothetical", []string{"export", "--include-hypothetical"}, "", 8},
		{"gdelt both", []string{"export", "--include-hypothetical", "--negated"}, "", 9},
		{"timeline", []string{"timeline", "--format", "csv", "USA", "CHN"}, "2024-06-01,2,-7.0,0,0,1,1", 2},
		{"timeline hypothetical", []string{"timeline", "--format", "csv", "--include-hypothetical", "USA", "CHN"}, "2024-06-01,3,-15.0,0,0,1,2", 2},
	} {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			out := mustRun(t, "", append([]string{tc.args[0], "--db", db}, tc.args[1:]...)...)
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != tc.n {
				t.Errorf("%d lines, want %d:\n%s", len(lines), tc.n, out)
			}
			if tc.want != "" && !slices.Contains(lines, tc.want) {
				t.Errorf("no line %q in\n%s", tc.want, out)
			}
		})
	}
}

// TestPloverColumn checks the PLOVER category of events in dyad events and
// dyad export, and the --plover filter.
func TestPloverColumn(t *testing.T) {
	db := fixtureDB(t)
	// code:plover pairs of the listed events, from the CSV columns
	pairs := func(t *testing.T, out string) []string {
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil || len(rows) == 0 {
			t.Fatalf("%q: %v", out, err)
		}
		ci, pi := slices.Index(rows[0], "code"), slices.Index(rows[0], "plover")
		if ci < 0 || pi < 0 {
			t.Fatalf("no code or plover column: %v", rows[0])
		}
		var got []string
		for _, r := range rows[1:] {
			got = append(got, r[ci]+":"+r[pi])
		}
		return got
	}
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"events", []string{"events", "--format", "csv"},
			[]string{"036:AGREE", "042:CONSULT", "040:CONSULT", "057:SUPPORT", "190:FIGHT", "111:DISAPPROVE", "172:COERCE"}},
		{"events --plover", []string{"events", "--format", "csv", "--plover", "CONSULT"}, []string{"042:CONSULT", "040:CONSULT"}},
		{"events --plover lower case", []string{"events", "--format", "csv", "--plover", "consult"}, []string{"042:CONSULT", "040:CONSULT"}},
		{"events --plover hypothetical", []string{"events", "--format", "csv", "--plover", "COERCE", "--include-hypothetical"},
			[]string{"163:COERCE", "172:COERCE"}},
		{"export --plover", []string{"export", "--format", "csv", "--plover", "FIGHT"}, []string{"190:FIGHT"}},
	} {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			if got := pairs(t, mustRun(t, "", append(tc.args, "--db", db)...)); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	out := mustRun(t, "", "export", "--db", db, "--format", "jsonl", "--plover", "SUPPORT")
	var rec struct{ Code, Plover string }
	if err := json.Unmarshal([]byte(out), &rec); err != nil || rec.Code != "057" || rec.Plover != "SUPPORT" {
		t.Errorf("export jsonl --plover SUPPORT: %q (%v)", out, err)
	}
	out = mustRun(t, "", "events", "--db", db)
	if !strings.Contains(strings.SplitN(out, "\n", 2)[0], "PLOVER") || !strings.Contains(out, "DISAPPROVE") {
		t.Errorf("events table without PLOVER:\n%s", out)
	}
	for _, cmd := range []string{"events", "export"} {
		if code, _, errs := dyadRun(t, "", cmd, "--db", db, "--plover", "FIGHTING"); code == 0 || !strings.Contains(errs, "ASSAULT, COERCE") {
			t.Errorf("%s --plover FIGHTING: exit %d, %q", cmd, code, errs)
		}
	}
}
