package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"dyad"
	"dyad/evaluate"
	"dyad/events"
)

// evalRecord is one record of an event gold file, with the fields of all
// the dev sets: PETRARCH triples (expected, category), PLOVER records
// (expected with PLOVER categories, event) and typed texts (label).
type evalRecord struct {
	ID       string            `json:"id"`
	Date     *string           `json:"date"`
	Text     string            `json:"text"`
	Category string            `json:"category"`
	Expected []evaluate.Triple `json:"expected"` // nil when the record has no such field
	Event    string            `json:"event"`
	Label    string            `json:"label"`

	line int
}

// readEvalRecords reads gold records, one JSON object per line. Errors
// name the file and line.
func readEvalRecords(name string, r io.Reader) ([]evalRecord, error) {
	var out []evalRecord
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if s := strings.TrimSpace(string(b)); s != "" {
			var g evalRecord
			if jerr := json.Unmarshal([]byte(s), &g); jerr != nil {
				return nil, &dyad.InputError{Name: name, Line: line, Offset: -1, Err: jerr}
			}
			if g.ID == "" {
				return nil, &dyad.InputError{Name: name, Line: line, Offset: -1, Err: errors.New("record without id")}
			}
			g.line = line
			out = append(out, g)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
}

var errNoLabels = errors.New("no expected events and no label: not an event-coding gold record")

// recordKind tells how one record is labelled: "" when it cannot tell (a
// record that expects no event and has no label).
func recordKind(r *evalRecord) (string, error) {
	if l := strings.TrimSpace(r.Label); l != "" {
		if _, ok := caseRoots[l]; ok {
			return kindCASE, nil
		}
		if ploverCategories[strings.ToUpper(l)] {
			return kindPLOVERDoc, nil
		}
		return "", fmt.Errorf("label %q is neither a CASE 2021 event type nor a PLOVER category", l)
	}
	if r.Expected == nil && r.Event == "" {
		return "", errNoLabels
	}
	for _, t := range r.Expected {
		if ploverCategories[strings.ToUpper(strings.TrimSpace(t.Code))] {
			return kindPLOVER, nil
		}
		return kindTriples, nil
	}
	if r.Event != "" {
		return kindPLOVER, nil
	}
	return "", nil
}

// detectKind returns the kind of the records: want when it is not "auto"
// (each record must then carry what that kind scores), else the one kind
// their labels show. Records of different kinds are an error naming the
// line; records that expect no event and have no label are PETRARCH
// no-event records.
func detectKind(name string, recs []evalRecord, want string) (string, error) {
	bad := func(r *evalRecord, err error) error {
		return &dyad.InputError{Name: name, Line: r.line, Offset: -1, Err: err}
	}
	if want != "auto" {
		for i := range recs {
			r := &recs[i]
			switch want {
			case kindPLOVER:
				if r.Expected == nil && r.Event == "" {
					return "", bad(r, errors.New("no expected events and no event category"))
				}
				for _, t := range r.Expected {
					if !ploverCategories[strings.ToUpper(strings.TrimSpace(t.Code))] {
						return "", bad(r, fmt.Errorf("code %q is not a PLOVER category", t.Code))
					}
				}
			case kindCASE:
				if _, ok := caseRoots[strings.TrimSpace(r.Label)]; !ok {
					return "", bad(r, fmt.Errorf("label %q is not a CASE 2021 event type", r.Label))
				}
			case kindPLOVERDoc:
				if !ploverCategories[strings.ToUpper(strings.TrimSpace(r.Label))] {
					return "", bad(r, fmt.Errorf("label %q is not a PLOVER category", r.Label))
				}
			}
		}
		return want, nil
	}
	kind, first := "", 0
	for i := range recs {
		r := &recs[i]
		k, err := recordKind(r)
		if err != nil {
			return "", bad(r, err)
		}
		if k == "" {
			continue
		}
		if kind == "" {
			kind, first = k, r.line
			continue
		}
		if k != kind {
			return "", bad(r, fmt.Errorf("record labelled as %s, the one on line %d as %s; pass --kind", k, first, kind))
		}
	}
	if kind == "" {
		kind = kindTriples
	}
	return kind, nil
}

func runEvalEvents(ctx context.Context, e *env, args []string) error {
	c := &command{name: "eval events", args: "",
		summary: "score the event coder on gold records (JSON Lines): PETRARCH-style triples (expected [{source, target, code}], CAMEO codes), " +
			"PLOVER records (expected codes are PLOVER categories), CASE 2021 snippets (label: an ACLED event type) or texts labelled " +
			"with one PLOVER category (label). The kind is read from the records unless --kind names it; docs/events.md explains the figures."}
	fs := flags(e, c)
	gold := fs.String("gold", "", "gold file (JSON Lines)")
	kind := fs.String("kind", "auto", "how the gold file is labelled: auto (from its records), "+strings.Join(evalKinds, ", "))
	format := fs.String("format", formatTable, "table or json")
	showErrors := fs.Int("show-errors", 0, "print up to N records where dyad and the gold differ")
	var out string
	fs.StringVar(&out, "out", "", "write the predictions here as JSON Lines {id, predicted: [{source, target, code}]}, the input of score_events.py")
	fs.StringVar(&out, "pred-out", "", "the same as --out")
	by := fs.String("by", "category", "break the scores down by the records' category (the label, for labelled texts); empty for none")
	var dicts dictFlags
	dicts.add(fs, e.stderr)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *gold == "" {
		fs.Usage()
		return errUsage
	}
	if *format != formatTable && *format != formatJSON {
		fmt.Fprintf(e.stderr, "dyad eval events: --format must be table or json, not %q\n", *format)
		return errUsage
	}
	if *by != "" && *by != "category" {
		fmt.Fprintf(e.stderr, "dyad eval events: --by takes category or nothing, not %q\n", *by)
		return errUsage
	}
	if *kind != "auto" && !contains(evalKinds, *kind) {
		fmt.Fprintf(e.stderr, "dyad eval events: --kind must be auto, %s; not %q\n", strings.Join(evalKinds, ", "), *kind)
		return errUsage
	}
	f, err := os.Open(*gold)
	if err != nil {
		return err
	}
	defer f.Close()
	recs, err := readEvalRecords(*gold, f)
	if err != nil {
		return err
	}
	k, err := detectKind(*gold, recs, *kind)
	if err != nil {
		return err
	}
	var pw *bufio.Writer
	var closePred func() error
	if out != "" {
		pf, err := os.Create(out)
		if err != nil {
			return err
		}
		defer pf.Close() // closed and checked below; this is for early returns
		pw = bufio.NewWriter(pf)
		closePred = pf.Close
	}
	z, err := newAnalyzer(&dicts)
	if err != nil {
		return err
	}
	preds := make([][]evaluate.Triple, len(recs))
	start := time.Now()
	for i, r := range recs {
		if err := ctx.Err(); err != nil {
			return err
		}
		art := &dyad.Article{ID: r.ID, Text: r.Text}
		if r.Date != nil {
			art.Published, _ = time.Parse(dyad.DateLayout, *r.Date)
		}
		a, err := z.Analyze(ctx, art)
		if err != nil {
			return err
		}
		pred := []evaluate.Triple{}
		for _, ev := range a.Events {
			if ev.Negated {
				continue
			}
			src, tgt := events.Named(ev) // gold codes an actor of no named country "---"
			pred = append(pred, evaluate.Triple{Source: src, Target: tgt, Code: ev.Code})
		}
		preds[i] = pred
		if pw != nil {
			b, _ := json.Marshal(struct {
				ID        string            `json:"id"`
				Predicted []evaluate.Triple `json:"predicted"`
			}{r.ID, pred})
			pw.Write(append(b, '\n')) // a write error sticks: Flush returns it
		}
	}
	if pw != nil {
		if err := pw.Flush(); err != nil {
			return err
		}
		if err := closePred(); err != nil {
			return err
		}
	}
	rep := scoreEvents(k, recs, preds, *by != "", *showErrors)
	rep.gold, rep.seconds = *gold, time.Since(start).Seconds()
	rep.dicts = map[string][]string{}
	for name, files := range map[string]stringList{"actors": dicts.actors, "agents": dicts.agents, "people": dicts.people} {
		if len(files) > 0 {
			rep.dicts[name] = files
		}
	}
	if *format == formatJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep.json())
	}
	rep.table(e.stdout)
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// eventsReport holds the scores of one gold file: the fields of its kind
// are set.
type eventsReport struct {
	gold, kind string
	records    int
	seconds    float64
	dicts      map[string][]string
	v05        bool // PLOVER kinds: the gold uses PLOVER 0.5 names

	triples  *evaluate.EventScore
	tripleBy map[string]*evaluate.EventScore
	plover   *ploverScore
	ploverBy map[string]*ploverScore
	types    *typeScore
	typeBy   map[string]*typeScore
	docs     *docScore
	docBy    map[string]*docScore

	misses []evalMiss
}

// evalMiss is a record where dyad and the gold differ, for --show-errors.
type evalMiss struct {
	id, text, gold string
	pred           []evaluate.Triple
}

// scoreEvents scores the predictions of recs (preds[i] for recs[i]) as
// records of kind, by group when by is set, and keeps up to maxMisses
// records that dyad gets wrong.
func scoreEvents(kind string, recs []evalRecord, preds [][]evaluate.Triple, by bool, maxMisses int) *eventsReport {
	rep := &eventsReport{kind: kind, records: len(recs)}
	miss := func(r *evalRecord, gold string, pred []evaluate.Triple) {
		if len(rep.misses) < maxMisses {
			rep.misses = append(rep.misses, evalMiss{r.ID, r.Text, gold, pred})
		}
	}
	switch kind {
	case kindTriples:
		rep.triples, rep.tripleBy = &evaluate.EventScore{}, map[string]*evaluate.EventScore{}
		for i := range recs {
			r := &recs[i]
			rep.triples.Add(r.Expected, preds[i])
			if by {
				g := rep.tripleBy[r.Category]
				if g == nil {
					g = &evaluate.EventScore{}
					rep.tripleBy[r.Category] = g
				}
				g.Add(r.Expected, preds[i])
			}
			g, p := evaluate.Sorted(r.Expected), evaluate.Sorted(preds[i])
			if fmt.Sprint(g) != fmt.Sprint(p) {
				miss(r, fmt.Sprint(g), p)
			}
		}
	case kindPLOVER:
		var cats []string
		for _, r := range recs {
			cats = append(cats, strings.ToUpper(strings.TrimSpace(r.Event)))
			for _, t := range r.Expected {
				cats = append(cats, strings.ToUpper(strings.TrimSpace(t.Code)))
			}
		}
		rep.v05 = ploverNames05(cats)
		rep.plover, rep.ploverBy = &ploverScore{}, map[string]*ploverScore{}
		for i := range recs {
			r := &recs[i]
			found := rep.plover.add(r.Expected, r.Event, preds[i], rep.v05)
			cat := ploverName(r.Event, rep.v05)
			if cat == "" && len(r.Expected) > 0 {
				cat = ploverName(r.Expected[0].Code, rep.v05)
			}
			if by {
				g := rep.ploverBy[cat]
				if g == nil {
					g = &ploverScore{}
					rep.ploverBy[cat] = g
				}
				g.add(r.Expected, r.Event, preds[i], rep.v05)
			}
			if !found {
				miss(r, cat+" "+fmt.Sprint(evaluate.Sorted(r.Expected)), preds[i])
			}
		}
	case kindCASE:
		rep.types, rep.typeBy = &typeScore{}, map[string]*typeScore{}
		for i := range recs {
			r := &recs[i]
			label := strings.TrimSpace(r.Label)
			root := caseRoots[label]
			right := rep.types.add(root, preds[i])
			if by {
				g := rep.typeBy[label]
				if g == nil {
					g = &typeScore{Root: root}
					if root == "" {
						g.Root = "-"
					}
					rep.typeBy[label] = g
				}
				g.add(root, preds[i])
			}
			if root != "" && !right || root == "" && len(preds[i]) > 0 {
				miss(r, label+" (root "+either(root, "none")+")", preds[i])
			}
		}
	case kindPLOVERDoc:
		var cats []string
		for _, r := range recs {
			cats = append(cats, strings.ToUpper(strings.TrimSpace(r.Label)))
		}
		rep.v05 = ploverNames05(cats)
		rep.docs, rep.docBy = &docScore{}, map[string]*docScore{}
		for i := range recs {
			r := &recs[i]
			label := ploverName(r.Label, rep.v05)
			found := rep.docs.add(label, preds[i], rep.v05)
			if by {
				g := rep.docBy[label]
				if g == nil {
					g = &docScore{}
					rep.docBy[label] = g
				}
				g.add(label, preds[i], rep.v05)
			}
			if !found {
				miss(r, label, preds[i])
			}
		}
	}
	return rep
}

// either returns s, or alt when s is empty.
func either(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// json returns every figure of the report, for scripts that compare runs.
func (rep *eventsReport) json() map[string]any {
	out := map[string]any{"gold": rep.gold, "kind": rep.kind, "records": rep.records, "seconds": rep.seconds}
	if len(rep.dicts) > 0 {
		out["dictionaries"] = rep.dicts
	}
	put := func(key string, total any, by any, n int) {
		out["total"] = total
		if n > 0 {
			out[key] = by
		}
	}
	switch rep.kind {
	case kindTriples:
		put("by_category", rep.triples, rep.tripleBy, len(rep.tripleBy))
	case kindPLOVER:
		out["plover_names"] = rep.ploverVersion()
		put("by_category", rep.plover, rep.ploverBy, len(rep.ploverBy))
	case kindCASE:
		out["type_roots"] = caseRoots
		put("by_label", rep.types, rep.typeBy, len(rep.typeBy))
	case kindPLOVERDoc:
		out["plover_names"] = rep.ploverVersion()
		put("by_label", rep.docs, rep.docBy, len(rep.docBy))
	}
	return out
}

func (rep *eventsReport) ploverVersion() string {
	if rep.v05 {
		return "0.5"
	}
	return "2021"
}

// table writes the report for people.
func (rep *eventsReport) table(w io.Writer) {
	switch rep.kind {
	case kindTriples:
		t := rep.triples
		fmt.Fprintf(w, "%s: %d records in %.2fs, record accuracy %.3f, no-event false alarms %.0f/%d\n",
			rep.gold, t.Records, rep.seconds, t.RecordAccuracy, t.NoEventFalseRate*float64(t.NoEventRecords), t.NoEventRecords)
		prfTable(w, []string{"exact", "root", "actors", "rootonly"}, []evaluate.PRF{t.Exact, t.Root, t.Actors, t.RootOnly})
		if len(rep.tripleBy) > 1 {
			fmt.Fprintf(w, "\nby category: records, record accuracy, exact P/R/F1, root F1\n")
			for _, k := range sortedKeys(rep.tripleBy) {
				s := rep.tripleBy[k]
				fmt.Fprintf(w, "  %-14s %4d  %.3f  %.3f/%.3f/%.3f  %.3f\n", k, s.Records, s.RecordAccuracy, s.Exact.Precision, s.Exact.Recall, s.Exact.F1, s.Root.F1)
			}
		}
	case kindPLOVER:
		p := rep.plover
		fmt.Fprintf(w, "%s: %d records in %.2fs (PLOVER %s names)\n", rep.gold, p.Records, rep.seconds, rep.ploverVersion())
		fmt.Fprintf(w, "records with an event %.3f (%d), gold category among the predicted %.3f (%d)\n",
			p.WithEventRate, p.WithEvent, p.CategoryFoundRate, p.CategoryFound)
		prfTable(w, []string{"category", "actors", "cat+actors"}, []evaluate.PRF{p.Category, p.Actors, p.CategoryActors})
		fmt.Fprintf(w, "(actors: source and target country, the first three letters of the codes)\n")
		if len(rep.ploverBy) > 1 {
			fmt.Fprintf(w, "\nby category: records, with an event, category among the predicted, category P/R/F1, actors F1\n")
			for _, k := range sortedKeys(rep.ploverBy) {
				s := rep.ploverBy[k]
				fmt.Fprintf(w, "  %-12s %4d  %.3f  %.3f  %.3f/%.3f/%.3f  %.3f\n", k, s.Records, s.WithEventRate, s.CategoryFoundRate,
					s.Category.Precision, s.Category.Recall, s.Category.F1, s.Actors.F1)
			}
		}
	case kindCASE:
		t := rep.types
		fmt.Fprintf(w, "%s: %d snippets in %.2fs, with an event %.3f (%d)\n", rep.gold, t.Records, rep.seconds, t.WithEventRate, t.WithEvent)
		fmt.Fprintf(w, "types with a CAMEO root: %d snippets, with an event %.3f (%d), right root %.3f (%d; %.3f of all snippets)\n",
			t.Mapped, t.MappedEventRate, t.MappedWithEvent, t.RightRootRate, t.RightRoot, t.RightRootRateAll)
		fmt.Fprintf(w, "types with no CAMEO root: %d snippets, with an event (false alarms) %.3f (%d)\n",
			t.Unmapped, t.UnmappedEventRate, t.UnmappedWithEvent)
		if len(rep.typeBy) > 1 {
			fmt.Fprintf(w, "\nby label: snippets, CAMEO root, with an event, right root\n")
			for _, k := range sortedKeys(rep.typeBy) {
				s := rep.typeBy[k]
				right := "    -"
				if s.Mapped > 0 {
					right = fmt.Sprintf("%.3f", s.RightRootRate)
				}
				fmt.Fprintf(w, "  %-30s %4d  %-2s  %.3f  %s\n", k, s.Records, s.Root, s.WithEventRate, right)
			}
		}
	case kindPLOVERDoc:
		d := rep.docs
		fmt.Fprintf(w, "%s: %d texts in %.2fs (PLOVER %s names)\n", rep.gold, d.Records, rep.seconds, rep.ploverVersion())
		fmt.Fprintf(w, "with an event %.3f (%d), with an event of the label's category %.3f (%d; %.3f of those with an event)\n",
			d.WithEventRate, d.WithEvent, d.FoundRate, d.Found, d.FoundAmongCoded)
		if len(rep.docBy) > 1 {
			fmt.Fprintf(w, "\nby label: texts, with an event, with an event of the label's category\n")
			for _, k := range sortedKeys(rep.docBy) {
				s := rep.docBy[k]
				fmt.Fprintf(w, "  %-12s %4d  %.3f  %.3f\n", k, s.Records, s.WithEventRate, s.FoundRate)
			}
		}
	}
	for _, m := range rep.misses {
		text := m.text
		if len(text) > 300 {
			text = strings.ToValidUTF8(text[:300], "") + " ..."
		}
		var pred []string
		for _, t := range evaluate.Sorted(m.pred) {
			s := t.String()
			if rep.kind == kindPLOVER || rep.kind == kindPLOVERDoc {
				s += " (" + either(ploverOf(t.Code, rep.v05), "-") + ")"
			}
			pred = append(pred, s)
		}
		fmt.Fprintf(w, "\n- %s: %s\n  gold: %s\n  pred: [%s]\n", m.id, text, m.gold, strings.Join(pred, ", "))
	}
}

// prfTable writes one line of counts and scores per level.
func prfTable(w io.Writer, names []string, ms []evaluate.PRF) {
	fmt.Fprintf(w, "%-10s %6s %6s %6s %7s %7s %7s\n", "level", "tp", "fp", "fn", "P", "R", "F1")
	for i, m := range ms {
		fmt.Fprintf(w, "%-10s %6d %6d %6d %7.3f %7.3f %7.3f\n", names[i], m.TP, m.FP, m.FN, m.Precision, m.Recall, m.F1)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
