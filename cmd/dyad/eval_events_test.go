package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"dyad/evaluate"
	"dyad/events"
	"dyad/internal/sharedtest"
)

func tr(s, t, c string) evaluate.Triple { return evaluate.Triple{Source: s, Target: t, Code: c} }

func ts(x ...evaluate.Triple) []evaluate.Triple { return x }

func checkPRF(t *testing.T, name string, m evaluate.PRF, tp, fp, fn int) {
	t.Helper()
	if m.TP != tp || m.FP != fp || m.FN != fn {
		t.Errorf("%s: tp/fp/fn %d/%d/%d, want %d/%d/%d", name, m.TP, m.FP, m.FN, tp, fp, fn)
	}
	if want := prf(tp, fp, fn); m != want {
		t.Errorf("%s: %+v, want %+v", name, m, want)
	}
}

func TestPLOVEROf(t *testing.T) {
	for _, c := range []struct {
		code     string
		v05, v21 string
	}{
		{"111", "DISAPPROVE", "ACCUSE"},
		{"091", "INVESTIGATE", "ACCUSE"},
		{"1041", "DEMAND", "REQUEST"},
		{"020", "DEMAND", "REQUEST"},
		{"193", "FIGHT", "ASSAULT"},
		{"192", "COERCE", "COERCE"},
		{"1712", "ASSAULT", "ASSAULT"},
		{"0841", "RETREAT", "RETREAT"},
		{"081", "CONCEDE", "CONCEDE"},
		{"057", "SUPPORT", "SUPPORT"},
		{"010", "", ""},
		{" 042 ", "CONSULT", "CONSULT"},
		{"999", "", ""},
	} {
		if got := ploverOf(c.code, true); got != c.v05 {
			t.Errorf("ploverOf(%q, 0.5) = %q, want %q", c.code, got, c.v05)
		}
		if got := ploverOf(c.code, false); got != c.v21 {
			t.Errorf("ploverOf(%q, 2021) = %q, want %q", c.code, got, c.v21)
		}
	}
	if !ploverNames05([]string{"AGREE", "FIGHT"}) || ploverNames05([]string{"AGREE", "ACCUSE", "ASSAULT"}) || ploverNames05(nil) {
		t.Error("ploverNames05")
	}
}

// TestPLOVERMap2021 checks events.PLOVER, written with the PLOVER 0.5 names,
// against the CAMEO2PLOVER-2021 table once the renamed categories are
// translated: every code of the table that dyad's codebook knows has the
// table's category.
func TestPLOVERMap2021(t *testing.T) {
	f := sharedtest.Open(t, "../../../shared/reference/cameo/CAMEO2PLOVER-2021.txt")
	re := regexp.MustCompile(`^(\d{3,4}):\s*([A-Z]+)\s*,`)
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		m := re.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		if _, ok := events.Lookup(m[1]); !ok {
			continue // 1213, 1214: not in CAMEO 1.1b3, dyad never codes them
		}
		n++
		if got := ploverOf(m[1], false); got != m[2] {
			t.Errorf("%s: CAMEO2PLOVER-2021 %s, dyad %q", m[1], m[2], got)
		}
	}
	if n < 250 {
		t.Errorf("only %d codes read from the table", n)
	}
}

func TestPLOVERScore(t *testing.T) {
	var s ploverScore
	type rec struct {
		gold  []evaluate.Triple
		event string
		pred  []evaluate.Triple
		found bool
	}
	for i, r := range []rec{
		// the category and the countries of the agent codes
		{ts(tr("USA", "IRN", "DISAPPROVE")), "DISAPPROVE", ts(tr("USAGOV", "IRN", "111")), true},
		// an empty gold target matches any predicted target
		{ts(tr("JOR", "", "AGREE"), tr("GBR", "", "AGREE")), "AGREE", ts(tr("JOR", "GBR", "030"), tr("GBR", "JOR", "030")), true},
		// nothing predicted
		{ts(tr("SRB", "ALB", "FIGHT")), "FIGHT", ts(), false},
		// a statement has no PLOVER category: an event, but not a PLOVER one
		{ts(tr("IGO", "SDN", "DEMAND")), "", ts(tr("IGOUNO", "SDN", "010")), false},
		// 19 is FIGHT in PLOVER 0.5, not ASSAULT
		{ts(tr("ISR", "LBN", "ASSAULT")), "ASSAULT", ts(tr("ISRMIL", "LBN", "190")), false},
	} {
		if found := s.add(r.gold, r.event, r.pred, true); found != r.found {
			t.Errorf("record %d: found %v, want %v", i, found, r.found)
		}
	}
	if s.Records != 5 || s.WithEvent != 4 || s.CategoryFound != 2 || s.WithEventRate != 0.8 || s.CategoryFoundRate != 0.4 {
		t.Errorf("counts: %+v", s)
	}
	checkPRF(t, "category", s.Category, 2, 1, 3)
	checkPRF(t, "actors", s.Actors, 4, 0, 2)
	checkPRF(t, "category_actors", s.CategoryActors, 3, 1, 3)

	// With PLOVER 2021 names, 190 is ASSAULT.
	var s21 ploverScore
	if !s21.add(ts(tr("ISR", "LBN", "ASSAULT")), "", ts(tr("ISRMIL", "LBN", "190")), false) {
		t.Error("2021 names: 190 is not ASSAULT")
	}
	checkPRF(t, "2021 category_actors", s21.CategoryActors, 1, 0, 0)
}

func TestTypeScore(t *testing.T) {
	var s typeScore
	for i, r := range []struct {
		label string
		pred  []evaluate.Triple
		right bool
	}{
		{"ARMED_CLASH", ts(tr("SYR", "---REB", "193")), true},
		{"ARMED_CLASH", ts(tr("SYR", "---REB", "183")), false},
		{"PEACE_PROTEST", ts(), false},
		{"ATTRIB", ts(tr("---REB", "AFG", "015")), true},
		{"NATURAL_DISASTER", ts(tr("JPN", "CHN", "190")), false},
		{"ORG_CRIME", ts(), false},
	} {
		if right := s.add(caseRoots[r.label], r.pred); right != r.right {
			t.Errorf("record %d: right %v, want %v", i, right, r.right)
		}
	}
	want := typeScore{Records: 6, WithEvent: 4, WithEventRate: 4.0 / 6,
		Mapped: 4, MappedWithEvent: 3, RightRoot: 2, MappedEventRate: 0.75, RightRootRate: 0.5, RightRootRateAll: 2.0 / 6,
		Unmapped: 2, UnmappedWithEvent: 1, UnmappedEventRate: 0.5}
	if s != want {
		t.Errorf("got  %+v\nwant %+v", s, want)
	}
}

// TestCASERoots checks that the map covers the 30 types of CASE 2021 task
// 2 and names CAMEO roots only.
func TestCASERoots(t *testing.T) {
	if len(caseRoots) != 30 {
		t.Errorf("%d types, want 30", len(caseRoots))
	}
	for label, root := range caseRoots {
		if root == "" {
			continue
		}
		if c, ok := events.Lookup(root + "0"); !ok || len(root) != 2 {
			t.Errorf("%s: root %q is not a CAMEO root (%v)", label, root, c)
		}
	}
}

func TestDocScore(t *testing.T) {
	var s docScore
	for i, r := range []struct {
		label string
		pred  []evaluate.Triple
		found bool
	}{
		{"ASSAULT", ts(tr("RUS", "UKR", "190")), true},
		{"ACCUSE", ts(tr("CHN", "USA", "010"), tr("CHN", "USA", "112")), true},
		{"REQUEST", ts(tr("UKR", "DEU", "020")), true},
		{"CONCEDE", ts(tr("ISR", "PSE", "084")), false},
		{"PROTEST", ts(), false},
	} {
		if found := s.add(r.label, r.pred, false); found != r.found {
			t.Errorf("record %d: found %v, want %v", i, found, r.found)
		}
	}
	want := docScore{Records: 5, WithEvent: 4, Found: 3, WithEventRate: 0.8, FoundRate: 0.6, FoundAmongCoded: 0.75}
	if s != want {
		t.Errorf("got  %+v\nwant %+v", s, want)
	}
}

func TestDetectKind(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  string // kind, or "error: TEXT" for an error holding TEXT
		force string
	}{
		{"triples", []string{`{"id":"a","expected":[{"source":"USA","target":"CHN","code":"042"}]}`, `{"id":"b","expected":[]}`}, kindTriples, ""},
		{"no events at all", []string{`{"id":"a","expected":[]}`}, kindTriples, ""},
		{"plover", []string{`{"id":"a","expected":[{"source":"USA","target":"CHN","code":"CONSULT"}],"event":"CONSULT"}`}, kindPLOVER, ""},
		{"case", []string{`{"id":"a","label":"ARMED_CLASH","expected":[]}`, `{"id":"b","label":"OTHER"}`}, kindCASE, ""},
		{"plover doc", []string{`{"id":"a","label":"ASSAULT","mode":null}`, `{"id":"b","label":"accuse"}`}, kindPLOVERDoc, ""},
		{"mixed", []string{`{"id":"a","label":"ASSAULT"}`, `{"id":"b","expected":[{"source":"A","target":"B","code":"190"}]}`}, "error: x.jsonl:2: record labelled as triples, the one on line 1 as plover-doc; pass --kind", ""},
		{"unknown label", []string{`{"id":"a","label":"EARTHQUAKE"}`}, "error: x.jsonl:1: label \"EARTHQUAKE\"", ""},
		{"no labels", []string{`{"id":"a","expected":[]}`, `{"id":"b","verb":{"text":"shot"}}`}, "error: x.jsonl:2: no expected events and no label", ""},
		{"forced", []string{`{"id":"a","label":"ASSAULT"}`}, kindTriples, kindTriples},
		{"forced wrong", []string{`{"id":"a","label":"ASSAULT"}`}, "error: x.jsonl:1: label \"ASSAULT\" is not a CASE 2021 event type", kindCASE},
		{"forced plover", []string{`{"id":"a","expected":[{"source":"A","target":"B","code":"190"}]}`}, "error: x.jsonl:1: code \"190\" is not a PLOVER category", kindPLOVER},
	} {
		t.Run(c.name, func(t *testing.T) {
			recs, err := readEvalRecords("x.jsonl", strings.NewReader(strings.Join(c.lines, "\n")))
			if err != nil {
				t.Fatal(err)
			}
			force := c.force
			if force == "" {
				force = "auto"
			}
			got, err := detectKind("x.jsonl", recs, force)
			if want, ok := strings.CutPrefix(c.want, "error: "); ok {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("error %v, want one with %q", err, want)
				}
				return
			}
			if err != nil || got != c.want {
				t.Errorf("kind %q, %v; want %q", got, err, c.want)
			}
		})
	}
	for _, bad := range []struct{ in, want string }{
		{"{\"id\":\"a\"}\n{not json\n", "x.jsonl:2:"},
		{"\n{\"text\":\"no id\"}\n", "x.jsonl:2: record without id"},
	} {
		if _, err := readEvalRecords("x.jsonl", strings.NewReader(bad.in)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("readEvalRecords(%q): %v, want %q", bad.in, err, bad.want)
		}
	}
}

// TestScoreEvents scores each kind through scoreEvents: groups, misses and
// the JSON report.
func TestScoreEvents(t *testing.T) {
	recs := []evalRecord{
		{ID: "a", Label: "ASSAULT", Text: "a"},
		{ID: "b", Label: "ASSAULT", Text: "b"},
		{ID: "c", Label: "PROTEST", Text: "c"},
	}
	preds := [][]evaluate.Triple{ts(tr("A", "B", "183")), ts(), ts(tr("A", "B", "141"))}
	rep := scoreEvents(kindPLOVERDoc, recs, preds, true, 5)
	if rep.docs.Found != 2 || len(rep.docBy) != 2 || rep.docBy["ASSAULT"].Records != 2 || rep.docBy["PROTEST"].FoundRate != 1 {
		t.Errorf("plover-doc: %+v %+v", rep.docs, rep.docBy)
	}
	if len(rep.misses) != 1 || rep.misses[0].id != "b" {
		t.Errorf("misses: %+v", rep.misses)
	}
	js := rep.json()
	if js["plover_names"] != "2021" || js["by_label"] == nil || js["kind"] != kindPLOVERDoc || js["records"] != 3 {
		t.Errorf("json: %v", js)
	}
	if rep := scoreEvents(kindPLOVERDoc, recs, preds, false, 0); rep.json()["by_label"] != nil || len(rep.misses) != 0 {
		t.Error("by_label or misses without being asked for")
	}

	// Triples are scored as package evaluate scores them.
	trecs := []evalRecord{
		{ID: "a", Category: "X", Expected: ts(tr("USA", "CHN", "042"))},
		{ID: "b", Category: "Y", Expected: ts()},
	}
	tp := [][]evaluate.Triple{ts(tr("USA", "CHN", "043")), ts(tr("USA", "CHN", "010"))}
	rep = scoreEvents(kindTriples, trecs, tp, true, 10)
	var want evaluate.EventScore
	want.Add(trecs[0].Expected, tp[0])
	want.Add(trecs[1].Expected, tp[1])
	if *rep.triples != want || len(rep.tripleBy) != 2 || len(rep.misses) != 2 {
		t.Errorf("triples: %+v, want %+v; %d groups, %d misses", *rep.triples, want, len(rep.tripleBy), len(rep.misses))
	}

	crecs := []evalRecord{{ID: "a", Label: "AIR_STRIKE"}, {ID: "b", Label: "NATURAL_DISASTER"}}
	rep = scoreEvents(kindCASE, crecs, [][]evaluate.Triple{ts(tr("A", "B", "195")), ts(tr("A", "B", "010"))}, true, 10)
	if rep.types.RightRoot != 1 || rep.typeBy["NATURAL_DISASTER"].Root != "-" || rep.typeBy["AIR_STRIKE"].Root != "19" || len(rep.misses) != 1 || rep.misses[0].id != "b" {
		t.Errorf("case2021: %+v %+v %+v", rep.types, rep.typeBy, rep.misses)
	}

	precs := []evalRecord{{ID: "a", Event: "FIGHT", Expected: ts(tr("SRB", "ALB", "FIGHT"))}}
	rep = scoreEvents(kindPLOVER, precs, [][]evaluate.Triple{ts(tr("SRBMIL", "ALB", "193"))}, true, 10)
	if !rep.v05 || rep.plover.CategoryFound != 1 || rep.ploverBy["FIGHT"] == nil || len(rep.misses) != 0 {
		t.Errorf("plover: %+v %+v", rep.plover, rep.ploverBy)
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
		{"triples.jsonl", kindTriples, 4, []string{"4 records in", "record accuracy", "exact ", "rootonly ", "by category:"}},
		{"plover.jsonl", kindPLOVER, 3, []string{"3 records in", "(PLOVER 0.5 names)", "gold category among the predicted", "cat+actors ", "by category:"}},
		{"case2021.jsonl", kindCASE, 4, []string{"4 snippets in", "types with a CAMEO root: 3 snippets", "types with no CAMEO root: 1 snippets", "by label:", "PEACE_PROTEST"}},
		{"plover_doc.jsonl", kindPLOVERDoc, 3, []string{"3 texts in", "(PLOVER 2021 names)", "with an event of the label's category", "by label:"}},
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
		{"petrarch2_gsr_dev", kindTriples, phoenix, func(t *testing.T, f figures) {
			if f.Total.NoEventRecords == 0 || f.Total.Exact.TP == 0 || len(f.ByCategory) < 2 {
				t.Errorf("GSR figures: %+v", f)
			}
		}},
		{"petrarch2_dev", kindTriples, validate, func(t *testing.T, f figures) {
			// Without the unit tests' verb dictionary the codes differ;
			// the actors come from the fictional dictionaries.
			if f.Total.NoEventRecords == 0 || f.Total.Actors.TP == 0 || len(f.ByCategory) < 2 {
				t.Errorf("unit test figures: %+v", f)
			}
		}},
		{"plover_gsr_dev", kindPLOVER, phoenix, func(t *testing.T, f figures) {
			if f.PLOVERNames != "0.5" || f.Total.CategoryFound == 0 || f.Total.Category.TP == 0 || f.Total.Actors.TP == 0 || len(f.ByCategory) < 10 {
				t.Errorf("PLOVER figures: %+v", f)
			}
		}},
		{"case2021_task2_dev", kindCASE, phoenix, func(t *testing.T, f figures) {
			if f.Total.Mapped+f.Total.Unmapped != f.Records || f.Total.Mapped == 0 || f.Total.RightRoot == 0 || len(f.ByLabel) < 20 {
				t.Errorf("CASE 2021 figures: %+v", f)
			}
		}},
		{"ngec_synthetic_dev", kindPLOVERDoc, phoenix, func(t *testing.T, f figures) {
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
