package evaluate

import (
	"bufio"
	"regexp"
	"strings"
	"testing"

	"dyad/events"
	"dyad/internal/sharedtest"
)

func tr(s, t, c string) Triple { return Triple{Source: s, Target: t, Code: c} }

func ts(x ...Triple) []Triple { return x }

// checkPRF checks the counts of m and that its rates follow from them.
func checkPRF(t *testing.T, name string, m PRF, tp, fp, fn int) {
	t.Helper()
	if m.TP != tp || m.FP != fp || m.FN != fn {
		t.Errorf("%s: tp/fp/fn %d/%d/%d, want %d/%d/%d", name, m.TP, m.FP, m.FN, tp, fp, fn)
	}
	want := PRF{TP: tp, FP: fp, FN: fn}
	want.finish()
	if m != want {
		t.Errorf("%s: %+v, want %+v", name, m, want)
	}
}

// v05 and v21 write categories with events.PLOVER in PLOVER 0.5 and 2021
// names.
var (
	v05 = PLOVER{Map: events.PLOVER, V05: true}
	v21 = PLOVER{Map: events.PLOVER}
)

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
		if got := v05.Of(c.code); got != c.v05 {
			t.Errorf("Of(%q) in 0.5 names = %q, want %q", c.code, got, c.v05)
		}
		if got := v21.Of(c.code); got != c.v21 {
			t.Errorf("Of(%q) in 2021 names = %q, want %q", c.code, got, c.v21)
		}
	}
	if got := (PLOVER{}).Of("193"); got != "" {
		t.Errorf("Of without a map = %q, want none", got)
	}
	for _, c := range []struct {
		cats []string
		want bool
	}{
		{[]string{"AGREE", "FIGHT"}, true},
		{[]string{"AGREE", "ACCUSE", "ASSAULT"}, false},
		{nil, false},
	} {
		if got := PLOVERNames05(c.cats); got != c.want {
			t.Errorf("PLOVERNames05(%q) = %v, want %v", c.cats, got, c.want)
		}
	}
}

// TestPLOVERMap2021 checks events.PLOVER, written with the PLOVER 0.5 names,
// against the CAMEO2PLOVER-2021 table once the renamed categories are
// translated: every code of the table that dyad's codebook knows has the
// table's category.
func TestPLOVERMap2021(t *testing.T) {
	f := sharedtest.Open(t, "../../shared/reference/cameo/CAMEO2PLOVER-2021.txt")
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
		if got := v21.Of(m[1]); got != m[2] {
			t.Errorf("%s: CAMEO2PLOVER-2021 %s, dyad %q", m[1], m[2], got)
		}
	}
	if n < 250 {
		t.Errorf("only %d codes read from the table", n)
	}
}

func TestPLOVERScore(t *testing.T) {
	var s PLOVERScore
	for i, r := range []struct {
		gold  []Triple
		event string
		pred  []Triple
		found bool
	}{
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
		if found := s.Add(v05, r.gold, r.event, r.pred); found != r.found {
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
	var s21 PLOVERScore
	if !s21.Add(v21, ts(tr("ISR", "LBN", "ASSAULT")), "", ts(tr("ISRMIL", "LBN", "190"))) {
		t.Error("2021 names: 190 is not ASSAULT")
	}
	checkPRF(t, "2021 category_actors", s21.CategoryActors, 1, 0, 0)
}

func TestTypeScore(t *testing.T) {
	var s TypeScore
	for i, r := range []struct {
		label string
		pred  []Triple
		right bool
	}{
		{"ARMED_CLASH", ts(tr("SYR", "---REB", "193")), true},
		{"ARMED_CLASH", ts(tr("SYR", "---REB", "183")), false},
		{"PEACE_PROTEST", ts(), false},
		{"ATTRIB", ts(tr("---REB", "AFG", "015")), true},
		{"NATURAL_DISASTER", ts(tr("JPN", "CHN", "190")), false},
		{"ORG_CRIME", ts(), false},
		{"AGREEMENT", ts(tr("---REB", "SYRMIL", "0874")), true}, // a surrender: root 08 of two
	} {
		if right := s.Add(CASERoots[r.label], r.pred); right != r.right {
			t.Errorf("record %d: right %v, want %v", i, right, r.right)
		}
	}
	want := TypeScore{Records: 7, WithEvent: 5, WithEventRate: 5.0 / 7,
		Mapped: 5, MappedWithEvent: 4, RightRoot: 3, MappedEventRate: 0.8, RightRootRate: 0.6, RightRootRateAll: 3.0 / 7,
		Unmapped: 2, UnmappedWithEvent: 1, UnmappedEventRate: 0.5}
	if s != want {
		t.Errorf("got  %+v\nwant %+v", s, want)
	}
}

// TestCASERoots checks that the map covers the 30 types of CASE 2021 task
// 2 and names CAMEO roots only.
func TestCASERoots(t *testing.T) {
	if len(CASERoots) != 30 {
		t.Errorf("%d types, want 30", len(CASERoots))
	}
	for label, roots := range CASERoots {
		if roots == "" {
			continue
		}
		for root := range strings.SplitSeq(roots, ",") {
			if c, ok := events.Lookup(root + "0"); !ok || len(root) != 2 {
				t.Errorf("%s: root %q is not a CAMEO root (%v)", label, root, c)
			}
		}
	}
}

func TestDocScore(t *testing.T) {
	var s DocScore
	for i, r := range []struct {
		label string
		pred  []Triple
		found bool
	}{
		{"ASSAULT", ts(tr("RUS", "UKR", "190")), true},
		{"ACCUSE", ts(tr("CHN", "USA", "010"), tr("CHN", "USA", "112")), true},
		{"REQUEST", ts(tr("UKR", "DEU", "020")), true},
		{"CONCEDE", ts(tr("ISR", "PSE", "084")), false},
		{"PROTEST", ts(), false},
	} {
		if found := s.Add(v21, r.label, r.pred); found != r.found {
			t.Errorf("record %d: found %v, want %v", i, found, r.found)
		}
	}
	want := DocScore{Records: 5, WithEvent: 4, Found: 3, WithEventRate: 0.8, FoundRate: 0.6, FoundAmongCoded: 0.75}
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
		{"triples", []string{`{"id":"a","expected":[{"source":"USA","target":"CHN","code":"042"}]}`, `{"id":"b","expected":[]}`}, KindTriples, ""},
		{"no events at all", []string{`{"id":"a","expected":[]}`}, KindTriples, ""},
		{"plover", []string{`{"id":"a","expected":[{"source":"USA","target":"CHN","code":"CONSULT"}],"event":"CONSULT"}`}, KindPLOVER, ""},
		{"plover, category only", []string{`{"id":"a","expected":[],"event":"CONSULT"}`}, KindPLOVER, ""},
		{"case", []string{`{"id":"a","label":"ARMED_CLASH","expected":[]}`, `{"id":"b","label":"OTHER"}`}, KindCASE, ""},
		{"plover doc", []string{`{"id":"a","label":"ASSAULT","mode":null}`, `{"id":"b","label":"accuse"}`}, KindPLOVERDoc, ""},
		{"mixed", []string{`{"id":"a","label":"ASSAULT"}`, `{"id":"b","expected":[{"source":"A","target":"B","code":"190"}]}`}, "error: x.jsonl:2: record labelled as triples, the one on line 1 as plover-doc; pass --kind", ""},
		{"unknown label", []string{`{"id":"a","label":"EARTHQUAKE"}`}, "error: x.jsonl:1: label \"EARTHQUAKE\"", ""},
		{"no labels", []string{`{"id":"a","expected":[]}`, `{"id":"b","verb":{"text":"shot"}}`}, "error: x.jsonl:2: no expected events and no label", ""},
		{"forced", []string{`{"id":"a","label":"ASSAULT"}`}, KindTriples, KindTriples},
		{"forced wrong", []string{`{"id":"a","label":"ASSAULT"}`}, "error: x.jsonl:1: label \"ASSAULT\" is not a CASE 2021 event type", KindCASE},
		{"forced plover", []string{`{"id":"a","expected":[{"source":"A","target":"B","code":"190"}]}`}, "error: x.jsonl:1: code \"190\" is not a PLOVER category", KindPLOVER},
		{"forced plover, unlabelled", []string{`{"id":"a"}`}, "error: x.jsonl:1: no expected events and no event category", KindPLOVER},
		{"forced plover doc", []string{`{"id":"a","label":"ARMED_CLASH"}`}, "error: x.jsonl:1: label \"ARMED_CLASH\" is not a PLOVER category", KindPLOVERDoc},
	} {
		t.Run(c.name, func(t *testing.T) {
			recs, err := ReadGold("x.jsonl", strings.NewReader(strings.Join(c.lines, "\n")))
			if err != nil {
				t.Fatal(err)
			}
			force := c.force
			if force == "" {
				force = "auto"
			}
			got, err := DetectKind("x.jsonl", recs, force)
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
}

func TestReadGoldErrors(t *testing.T) {
	for _, bad := range []struct{ in, want string }{
		{"{\"id\":\"a\"}\n{not json\n", "x.jsonl:2:"},
		{"\n{\"text\":\"no id\"}\n", "x.jsonl:2: record without id"},
	} {
		if _, err := ReadGold("x.jsonl", strings.NewReader(bad.in)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("ReadGold(%q): %v, want %q", bad.in, err, bad.want)
		}
	}
	recs, err := ReadGold("x.jsonl", strings.NewReader("\n{\"id\":\"a\"}\n\n{\"id\":\"b\",\"label\":\"X\"}"))
	if err != nil || len(recs) != 2 || recs[0].Line != 2 || recs[1].Line != 4 || recs[1].Label != "X" || recs[0].Expected != nil {
		t.Errorf("ReadGold: %+v, %v", recs, err)
	}
}

// TestScoreEvents scores each kind through ScoreEvents: totals, groups
// and misses.
func TestScoreEvents(t *testing.T) {
	docs := []GoldRecord{
		{ID: "a", Label: "ASSAULT", Text: "a"},
		{ID: "b", Label: "ASSAULT", Text: "b"},
		{ID: "c", Label: "PROTEST", Text: "c"},
	}
	docPreds := [][]Triple{ts(tr("A", "B", "183")), ts(), ts(tr("A", "B", "141"))}
	triples := []GoldRecord{
		{ID: "a", Category: "X", Expected: ts(tr("USA", "CHN", "042"))},
		{ID: "b", Category: "Y", Expected: ts()},
	}
	triplePreds := [][]Triple{ts(tr("USA", "CHN", "043"), tr("USA", "CHN", "043")), ts(tr("USA", "CHN", "010"))}
	var wantTriples EventScore
	wantTriples.Add(triples[0].Expected, triplePreds[0])
	wantTriples.Add(triples[1].Expected, triplePreds[1])

	for _, c := range []struct {
		name  string
		recs  []GoldRecord
		preds [][]Triple
		opt   EventOptions
		check func(t *testing.T, rep *EventReport)
	}{
		{"plover-doc", docs, docPreds, EventOptions{Kind: KindPLOVERDoc, PLOVER: events.PLOVER, ByGroup: true, MaxMisses: 5}, func(t *testing.T, rep *EventReport) {
			if rep.PLOVER05 || rep.Docs.Found != 2 || len(rep.DocsBy) != 2 || rep.DocsBy["ASSAULT"].Records != 2 || rep.DocsBy["PROTEST"].FoundRate != 1 {
				t.Errorf("%+v %+v", rep.Docs, rep.DocsBy)
			}
			if len(rep.Misses) != 1 || rep.Misses[0].ID != "b" || rep.Misses[0].Gold != "ASSAULT" {
				t.Errorf("misses: %+v", rep.Misses)
			}
		}},
		{"plover-doc, no groups, no misses", docs, docPreds, EventOptions{Kind: KindPLOVERDoc, PLOVER: events.PLOVER}, func(t *testing.T, rep *EventReport) {
			if len(rep.DocsBy) != 0 || len(rep.Misses) != 0 || rep.Docs.Records != 3 {
				t.Errorf("%+v %+v %+v", rep.Docs, rep.DocsBy, rep.Misses)
			}
		}},
		{"triples", triples, triplePreds, EventOptions{Kind: KindTriples, ByGroup: true, MaxMisses: 10}, func(t *testing.T, rep *EventReport) {
			if *rep.Triples != wantTriples || len(rep.TriplesBy) != 2 || rep.TriplesBy["Y"].NoEventRecords != 1 {
				t.Errorf("%+v, want %+v; groups %+v", *rep.Triples, wantTriples, rep.TriplesBy)
			}
			if len(rep.Misses) != 2 || len(rep.Misses[0].Pred) != 1 || rep.Misses[0].Gold != "[USA CHN 042]" || rep.Misses[0].Categories != nil {
				t.Errorf("misses: %+v", rep.Misses)
			}
		}},
		{"triples, one miss kept", triples, triplePreds, EventOptions{Kind: KindTriples, MaxMisses: 1}, func(t *testing.T, rep *EventReport) {
			if len(rep.Misses) != 1 || rep.Misses[0].ID != "a" {
				t.Errorf("misses: %+v", rep.Misses)
			}
		}},
		{"case2021", []GoldRecord{{ID: "a", Label: "AIR_STRIKE"}, {ID: "b", Label: " NATURAL_DISASTER"}},
			[][]Triple{ts(tr("A", "B", "195")), ts(tr("A", "B", "010"))}, EventOptions{Kind: KindCASE, ByGroup: true, MaxMisses: 10},
			func(t *testing.T, rep *EventReport) {
				if rep.Types.RightRoot != 1 || rep.TypesBy["NATURAL_DISASTER"].Root != "-" || rep.TypesBy["AIR_STRIKE"].Root != "19" {
					t.Errorf("%+v %+v", rep.Types, rep.TypesBy)
				}
				if len(rep.Misses) != 1 || rep.Misses[0].ID != "b" || rep.Misses[0].Gold != "NATURAL_DISASTER (root none)" {
					t.Errorf("misses: %+v", rep.Misses)
				}
			}},
		{"plover", []GoldRecord{
			{ID: "a", Event: "FIGHT", Expected: ts(tr("SRB", "ALB", "FIGHT"))},
			{ID: "b", Expected: ts(tr("USA", "IRN", "DISAPPROVE"))},
		}, [][]Triple{ts(tr("SRBMIL", "ALB", "193")), ts(tr("USA", "IRN", "042"), tr("USA", "IRN", "010"))},
			EventOptions{Kind: KindPLOVER, PLOVER: events.PLOVER, ByGroup: true, MaxMisses: 10},
			func(t *testing.T, rep *EventReport) {
				if !rep.PLOVER05 || rep.PLOVER.CategoryFound != 1 || rep.PLOVERBy["FIGHT"] == nil || rep.PLOVERBy["DISAPPROVE"] == nil {
					t.Errorf("%+v %+v", rep.PLOVER, rep.PLOVERBy)
				}
				if len(rep.Misses) != 1 || rep.Misses[0].ID != "b" || strings.Join(rep.Misses[0].Categories, ",") != ",CONSULT" {
					t.Errorf("misses: %+v", rep.Misses)
				}
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := ScoreEvents(c.recs, c.preds, c.opt)
			if rep.Kind != c.opt.Kind || rep.Records != len(c.recs) {
				t.Errorf("kind %q, %d records", rep.Kind, rep.Records)
			}
			c.check(t, rep)
		})
	}
}
