package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"dyad"
	"dyad/evaluate"
	"dyad/events"
)

// evalEventsCommand is dyad eval events.
type evalEventsCommand struct {
	gold, kind, format, out, by string
	showErrors                  int
	dicts                       dictFlags
}

func (evalEventsCommand) usage() usage {
	return usage{name: "eval events",
		summary: "score the event coder on gold records (JSON Lines): PETRARCH-style triples (expected [{source, target, code}], CAMEO codes), " +
			"PLOVER records (expected codes are PLOVER categories), CASE 2021 snippets (label: an ACLED event type) or texts labelled " +
			"with one PLOVER category (label). The kind is read from the records unless --kind names it; docs/events.md explains the figures."}
}

func (c evalEventsCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	fs.StringVar(&c.gold, "gold", "", "gold file (JSON Lines)")
	fs.StringVar(&c.kind, "kind", "auto", "how the gold file is labelled: auto (from its records), "+strings.Join(evaluate.Kinds, ", "))
	fs.StringVar(&c.format, "format", formatTable, "table or json")
	fs.IntVar(&c.showErrors, "show-errors", 0, "print up to N records where dyad and the gold differ")
	fs.StringVar(&c.out, "out", "", "write the predictions here as JSON Lines {id, predicted: [{source, target, code}]}, the input of score_events.py")
	fs.StringVar(&c.out, "pred-out", "", "the same as --out")
	fs.StringVar(&c.by, "by", "category", "break the scores down by the records' category (the label, for labelled texts); empty for none")
	c.dicts.add(fs, e.stderr)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := c.check(e, fs); err != nil {
		return err
	}
	recs, kind, err := readEventGold(c.gold, c.kind)
	if err != nil {
		return err
	}
	z, err := newAnalyzer(&c.dicts)
	if err != nil {
		return err
	}
	start := time.Now()
	preds, err := predictEvents(ctx, z, recs, c.out)
	if err != nil {
		return err
	}
	rep := &eventsReport{gold: c.gold, seconds: time.Since(start).Seconds(), dicts: map[string][]string{}}
	rep.EventReport = evaluate.ScoreEvents(recs, preds, evaluate.EventOptions{
		Kind: kind, PLOVER: events.PLOVER, ByGroup: c.by != "", MaxMisses: c.showErrors})
	for name, files := range map[string]stringList{"actors": c.dicts.actors, "agents": c.dicts.agents, "people": c.dicts.people} {
		if len(files) > 0 {
			rep.dicts[name] = files
		}
	}
	if c.format == formatJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep.json())
	}
	rep.table(e.stdout)
	return nil
}

// check checks the flags; a wrong one is a usage error, explained on
// standard error.
func (c *evalEventsCommand) check(e *Env, fs *flag.FlagSet) error {
	switch {
	case c.gold == "":
		fs.Usage()
	case c.format != formatTable && c.format != formatJSON:
		fmt.Fprintf(e.stderr, "dyad eval events: --format must be table or json, not %q\n", c.format)
	case c.by != "" && c.by != "category":
		fmt.Fprintf(e.stderr, "dyad eval events: --by takes category or nothing, not %q\n", c.by)
	case c.kind != "auto" && !slices.Contains(evaluate.Kinds, c.kind):
		fmt.Fprintf(e.stderr, "dyad eval events: --kind must be auto, %s; not %q\n", strings.Join(evaluate.Kinds, ", "), c.kind)
	default:
		return nil
	}
	return errUsage
}

// readEventGold reads the gold file name and tells its kind (want, unless
// it is "auto").
func readEventGold(name, want string) ([]evaluate.GoldRecord, string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	recs, err := evaluate.ReadGold(name, f)
	if err != nil {
		return nil, "", err
	}
	kind, err := evaluate.DetectKind(name, recs, want)
	return recs, kind, err
}

// analyzer is what predictEvents needs of the pipeline.
type analyzer interface {
	Analyze(ctx context.Context, a *dyad.Article) (*dyad.Analysis, error)
}

// predictEvents codes the text of each record and returns the triples of
// its events that are not negated, as the gold codes them; with out set,
// it writes them there too, as JSON Lines {id, predicted}.
func predictEvents(ctx context.Context, z analyzer, recs []evaluate.GoldRecord, out string) (preds [][]evaluate.Triple, err error) {
	var pw *bufio.Writer
	if out != "" {
		pf, cerr := os.Create(out)
		if cerr != nil {
			return nil, cerr
		}
		defer closeInto(&err, pf.Close)
		pw = bufio.NewWriter(pf)
		defer closeInto(&err, pw.Flush)
	}
	preds = make([][]evaluate.Triple, len(recs))
	for i, r := range recs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		art := &dyad.Article{ID: r.ID, Text: r.Text}
		if r.Date != nil {
			art.Published, _ = time.Parse(dyad.DateLayout, *r.Date)
		}
		a, err := z.Analyze(ctx, art)
		if err != nil {
			return nil, err
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
	return preds, nil
}

// eventsReport is the report of dyad eval events: the scores with the
// run's own figures.
type eventsReport struct {
	*evaluate.EventReport
	gold    string
	seconds float64
	dicts   map[string][]string
}

// json returns every figure of the report, for scripts that compare runs.
func (rep *eventsReport) json() map[string]any {
	out := map[string]any{"gold": rep.gold, "kind": rep.Kind, "records": rep.Records, "seconds": rep.seconds}
	if len(rep.dicts) > 0 {
		out["dictionaries"] = rep.dicts
	}
	put := func(key string, total any, by any, n int) {
		out["total"] = total
		if n > 0 {
			out[key] = by
		}
	}
	switch rep.Kind {
	case evaluate.KindTriples:
		put("by_category", rep.Triples, rep.TriplesBy, len(rep.TriplesBy))
	case evaluate.KindPLOVER:
		out["plover_names"] = rep.ploverVersion()
		put("by_category", rep.PLOVER, rep.PLOVERBy, len(rep.PLOVERBy))
	case evaluate.KindCASE:
		out["type_roots"] = evaluate.CASERoots
		put("by_label", rep.Types, rep.TypesBy, len(rep.TypesBy))
	case evaluate.KindPLOVERDoc:
		out["plover_names"] = rep.ploverVersion()
		put("by_label", rep.Docs, rep.DocsBy, len(rep.DocsBy))
	}
	return out
}

func (rep *eventsReport) ploverVersion() string {
	if rep.PLOVER05 {
		return "0.5"
	}
	return "2021"
}

// table writes the report for people.
func (rep *eventsReport) table(w io.Writer) {
	switch rep.Kind {
	case evaluate.KindTriples:
		rep.triplesTable(w)
	case evaluate.KindPLOVER:
		rep.ploverTable(w)
	case evaluate.KindCASE:
		rep.typesTable(w)
	case evaluate.KindPLOVERDoc:
		rep.docsTable(w)
	}
	for _, m := range rep.Misses {
		text := m.Text
		if len(text) > 300 {
			text = strings.ToValidUTF8(text[:300], "") + " ..."
		}
		var pred []string
		for i, t := range m.Pred {
			s := t.String()
			if m.Categories != nil {
				s += " (" + either(m.Categories[i], "-") + ")"
			}
			pred = append(pred, s)
		}
		fmt.Fprintf(w, "\n- %s: %s\n  gold: %s\n  pred: [%s]\n", m.ID, text, m.Gold, strings.Join(pred, ", "))
	}
}

func (rep *eventsReport) triplesTable(w io.Writer) {
	t := rep.Triples
	fmt.Fprintf(w, "%s: %d records in %.2fs, record accuracy %.3f, no-event false alarms %.0f/%d\n",
		rep.gold, t.Records, rep.seconds, t.RecordAccuracy, t.NoEventFalseRate*float64(t.NoEventRecords), t.NoEventRecords)
	prfTable(w, []string{"exact", "root", "actors", "rootonly"}, []evaluate.PRF{t.Exact, t.Root, t.Actors, t.RootOnly})
	if len(rep.TriplesBy) > 1 {
		fmt.Fprintf(w, "\nby category: records, record accuracy, exact P/R/F1, root F1\n")
		for _, k := range sortedKeys(rep.TriplesBy) {
			s := rep.TriplesBy[k]
			fmt.Fprintf(w, "  %-14s %4d  %.3f  %.3f/%.3f/%.3f  %.3f\n", k, s.Records, s.RecordAccuracy, s.Exact.Precision, s.Exact.Recall, s.Exact.F1, s.Root.F1)
		}
	}
}

func (rep *eventsReport) ploverTable(w io.Writer) {
	p := rep.PLOVER
	fmt.Fprintf(w, "%s: %d records in %.2fs (PLOVER %s names)\n", rep.gold, p.Records, rep.seconds, rep.ploverVersion())
	fmt.Fprintf(w, "records with an event %.3f (%d), gold category among the predicted %.3f (%d)\n",
		p.WithEventRate, p.WithEvent, p.CategoryFoundRate, p.CategoryFound)
	prfTable(w, []string{"category", "actors", "cat+actors"}, []evaluate.PRF{p.Category, p.Actors, p.CategoryActors})
	fmt.Fprintf(w, "(actors: source and target country, the first three letters of the codes)\n")
	if len(rep.PLOVERBy) > 1 {
		fmt.Fprintf(w, "\nby category: records, with an event, category among the predicted, category P/R/F1, actors F1\n")
		for _, k := range sortedKeys(rep.PLOVERBy) {
			s := rep.PLOVERBy[k]
			fmt.Fprintf(w, "  %-12s %4d  %.3f  %.3f  %.3f/%.3f/%.3f  %.3f\n", k, s.Records, s.WithEventRate, s.CategoryFoundRate,
				s.Category.Precision, s.Category.Recall, s.Category.F1, s.Actors.F1)
		}
	}
}

func (rep *eventsReport) typesTable(w io.Writer) {
	t := rep.Types
	fmt.Fprintf(w, "%s: %d snippets in %.2fs, with an event %.3f (%d)\n", rep.gold, t.Records, rep.seconds, t.WithEventRate, t.WithEvent)
	fmt.Fprintf(w, "types with a CAMEO root: %d snippets, with an event %.3f (%d), right root %.3f (%d; %.3f of all snippets)\n",
		t.Mapped, t.MappedEventRate, t.MappedWithEvent, t.RightRootRate, t.RightRoot, t.RightRootRateAll)
	fmt.Fprintf(w, "types with no CAMEO root: %d snippets, with an event (false alarms) %.3f (%d)\n",
		t.Unmapped, t.UnmappedEventRate, t.UnmappedWithEvent)
	if len(rep.TypesBy) > 1 {
		fmt.Fprintf(w, "\nby label: snippets, CAMEO root, with an event, right root\n")
		for _, k := range sortedKeys(rep.TypesBy) {
			s := rep.TypesBy[k]
			right := "    -"
			if s.Mapped > 0 {
				right = fmt.Sprintf("%.3f", s.RightRootRate)
			}
			fmt.Fprintf(w, "  %-30s %4d  %-2s  %.3f  %s\n", k, s.Records, s.Root, s.WithEventRate, right)
		}
	}
}

func (rep *eventsReport) docsTable(w io.Writer) {
	d := rep.Docs
	fmt.Fprintf(w, "%s: %d texts in %.2fs (PLOVER %s names)\n", rep.gold, d.Records, rep.seconds, rep.ploverVersion())
	fmt.Fprintf(w, "with an event %.3f (%d), with an event of the label's category %.3f (%d; %.3f of those with an event)\n",
		d.WithEventRate, d.WithEvent, d.FoundRate, d.Found, d.FoundAmongCoded)
	if len(rep.DocsBy) > 1 {
		fmt.Fprintf(w, "\nby label: texts, with an event, with an event of the label's category\n")
		for _, k := range sortedKeys(rep.DocsBy) {
			s := rep.DocsBy[k]
			fmt.Fprintf(w, "  %-12s %4d  %.3f  %.3f\n", k, s.Records, s.WithEventRate, s.FoundRate)
		}
	}
}

// either returns s, or alt when s is empty.
func either(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
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
