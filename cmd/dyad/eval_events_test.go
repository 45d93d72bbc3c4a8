package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/evaluate"
	"dyad/events"
	"dyad/internal/sharedtest"
)

func tr(s, t, c string) evaluate.Triple { return evaluate.Triple{Source: s, Target: t, Code: c} }

func ts(x ...evaluate.Triple) []evaluate.Triple { return x }

// TestEventsReportJSON checks the JSON of dyad eval events' report: the
// figures of the kind, groups only when asked for. The scores themselves
// are tested in package evaluate.
func TestEventsReportJSON(t *testing.T) {
	recs := []evaluate.GoldRecord{
		{ID: "a", Label: "ASSAULT", Text: "a"},
		{ID: "b", Label: "ASSAULT", Text: "b"},
		{ID: "c", Label: "PROTEST", Text: "c"},
	}
	preds := [][]evaluate.Triple{ts(tr("A", "B", "183")), ts(), ts(tr("A", "B", "141"))}
	for _, c := range []struct {
		name    string
		by      bool
		byLabel bool
	}{{"by label", true, true}, {"total only", false, false}} {
		t.Run(c.name, func(t *testing.T) {
			rep := &eventsReport{EventReport: evaluate.ScoreEvents(recs, preds, evaluate.EventOptions{
				Kind: evaluate.KindPLOVERDoc, PLOVER: events.PLOVER, ByGroup: c.by})}
			js := rep.json()
			if js["plover_names"] != "2021" || js["kind"] != evaluate.KindPLOVERDoc || js["records"] != 3 || js["total"] != rep.Docs {
				t.Errorf("json: %v", js)
			}
			if got := js["by_label"] != nil; got != c.byLabel {
				t.Errorf("by_label present %v, want %v: %v", got, c.byLabel, js)
			}
		})
	}
}

// TestEvalEventsKinds runs dyad eval events on a tiny hand-written file of
// each kind. The coder decides the predictions, so only the shape of the
// output is checked here; the scorers have tests of their own.
func TestEvalEventsKinds(t *testing.T) {
	for _, c := range []struct {
		file, kind string
		records    int
		table      []string
	}{
		{"triples.jsonl", evaluate.KindTriples, 4, []string{"4 records in", "record accuracy", "exact ", "rootonly ", "by category:"}},
		{"plover.jsonl", evaluate.KindPLOVER, 3, []string{"3 records in", "(PLOVER 0.5 names)", "gold category among the predicted", "cat+actors ", "by category:"}},
		{"case2021.jsonl", evaluate.KindCASE, 4, []string{"4 snippets in", "types with a CAMEO root: 3 snippets", "types with no CAMEO root: 1 snippets", "by label:", "PEACE_PROTEST"}},
		{"plover_doc.jsonl", evaluate.KindPLOVERDoc, 3, []string{"3 texts in", "(PLOVER 2021 names)", "with an event of the label's category", "by label:"}},
	} {
		t.Run(c.kind, func(t *testing.T) {
			gold := filepath.Join("testdata", "eval", c.file)
			out := mustRun(t, "", "eval", "events", "--gold", gold, "--show-errors", "1")
			for _, w := range append(c.table, gold+": ") {
				if !strings.Contains(out, w) {
					t.Errorf("table lacks %q:\n%s", w, out)
				}
			}
			pred := filepath.Join(t.TempDir(), "pred.jsonl")
			js := mustRun(t, "", "eval", "events", "--gold", gold, "--format", "json", "--out", pred)
			var rep map[string]any
			if err := json.Unmarshal([]byte(js), &rep); err != nil {
				t.Fatalf("%v: %s", err, js)
			}
			if rep["kind"] != c.kind || rep["records"] != float64(c.records) || rep["total"] == nil {
				t.Errorf("json: %s", js)
			}
			b, err := os.ReadFile(pred)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSpace(string(b)), "\n")
			if len(lines) != c.records {
				t.Fatalf("--out: %d lines, want %d", len(lines), c.records)
			}
			for _, l := range lines {
				var p struct {
					ID        string
					Predicted []evaluate.Triple
				}
				if err := json.Unmarshal([]byte(l), &p); err != nil || p.ID == "" || p.Predicted == nil || !strings.Contains(l, `"predicted":[`) {
					t.Errorf("--out line %q: %v", l, err)
				}
			}
		})
	}
	gold := filepath.Join("testdata", "eval", "case2021.jsonl")
	for _, args := range [][]string{
		{"--gold", gold, "--kind", "nosuch"},
		{"--gold", gold, "--format", "csv"},
		{"--gold", gold, "--by", "notes"},
		{},
	} {
		if code, _, _ := dyadRun(t, "", append([]string{"eval", "events"}, args...)...); code != 2 {
			t.Errorf("eval events %v: exit %d, want 2", args, code)
		}
	}
	if code, _, errs := dyadRun(t, "", "eval", "events", "--gold", gold, "--kind", "plover-doc"); code != 1 || !strings.Contains(errs, "case2021.jsonl:1: label") {
		t.Errorf("--kind plover-doc on CASE labels: exit %d, %q", code, errs)
	}
}

// TestEvalEventsDevSets runs dyad eval events on every event dev set in
// ../shared/eval, with the dictionaries its README names, and checks that
// the kind is recognised, every record is scored and the figures are not
// empty. The 2,277 synthetic stories take several seconds; -short skips
// them.
func TestEvalEventsDevSets(t *testing.T) {
	const dir = "../../../shared/eval"
	const dicts = "../../../shared/reference/phoenix"
	phoenix := []string{
		"--actors", dicts + "/Phoenix.Countries.actors.txt", "--actors", dicts + "/Phoenix.International.actors.txt",
		"--actors", dicts + "/Phoenix.MilNonState.actors.txt", "--agents", dicts + "/Phoenix.agents.txt",
	}
	validate := []string{"--actors", dicts + "/validate/PETR.Validate.actors.txt", "--agents", dicts + "/validate/PETR.Validate.agents.txt"}
	type figures struct {
		Kind        string
		Records     int
		PLOVERNames string `json:"plover_names"`
		Total       struct {
			NoEventRecords int `json:"noevent_records"`
			Exact          evaluate.PRF
			Actors         evaluate.PRF
			Category       evaluate.PRF
			WithEvent      int `json:"records_with_event"`
			CategoryFound  int `json:"records_category_found"`
			Mapped         int `json:"records_mapped"`
			Unmapped       int `json:"records_unmapped"`
			RightRoot      int `json:"records_right_root"`
		}
		ByCategory map[string]json.RawMessage `json:"by_category"`
		ByLabel    map[string]json.RawMessage `json:"by_label"`
	}
	for _, set := range []struct {
		name, kind string
		dicts      []string
		check      func(t *testing.T, f figures)
	}{
		{"petrarch2_gsr_dev", evaluate.KindTriples, phoenix, func(t *testing.T, f figures) {
			if f.Total.NoEventRecords == 0 || f.Total.Exact.TP == 0 || len(f.ByCategory) < 2 {
				t.Errorf("GSR figures: %+v", f)
			}
		}},
		{"petrarch2_dev", evaluate.KindTriples, validate, func(t *testing.T, f figures) {
			// Without the unit tests' verb dictionary the codes differ;
			// the actors come from the fictional dictionaries.
			if f.Total.NoEventRecords == 0 || f.Total.Actors.TP == 0 || len(f.ByCategory) < 2 {
				t.Errorf("unit test figures: %+v", f)
			}
		}},
		{"plover_gsr_dev", evaluate.KindPLOVER, phoenix, func(t *testing.T, f figures) {
			if f.PLOVERNames != "0.5" || f.Total.CategoryFound == 0 || f.Total.Category.TP == 0 || f.Total.Actors.TP == 0 || len(f.ByCategory) < 10 {
				t.Errorf("PLOVER figures: %+v", f)
			}
		}},
		{"case2021_task2_dev", evaluate.KindCASE, phoenix, func(t *testing.T, f figures) {
			if f.Total.Mapped+f.Total.Unmapped != f.Records || f.Total.Mapped == 0 || f.Total.RightRoot == 0 || len(f.ByLabel) < 20 {
				t.Errorf("CASE 2021 figures: %+v", f)
			}
		}},
		{"ngec_synthetic_dev", evaluate.KindPLOVERDoc, phoenix, func(t *testing.T, f figures) {
			if f.PLOVERNames != "2021" || f.Total.CategoryFound == 0 || f.Total.WithEvent == 0 || len(f.ByLabel) < 10 {
				t.Errorf("NGEC figures: %+v", f)
			}
		}},
	} {
		t.Run(set.name, func(t *testing.T) {
			path := filepath.Join(dir, set.name+".jsonl")
			b := sharedtest.ReadFile(t, path)
			if set.name == "ngec_synthetic_dev" && testing.Short() {
				t.Skip("2,277 stories: skipped with -short")
			}
			args := []string{"eval", "events", "--gold", path, "--format", "json"}
			sharedtest.Stat(t, dicts)
			args = append(args, set.dicts...)
			code, out, errs := dyadRun(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var f figures
			if err := json.Unmarshal([]byte(out), &f); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if want := strings.Count(strings.TrimSpace(string(b)), "\n") + 1; f.Kind != set.kind || f.Records != want {
				t.Errorf("kind %s, %d records; want %s, %d", f.Kind, f.Records, set.kind, want)
			}
			set.check(t, f)
		})
	}
}
