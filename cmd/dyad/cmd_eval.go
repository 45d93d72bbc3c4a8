package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"dyad"
	"dyad/evaluate"
)

func init() {
	register(&command{name: "eval", args: "events --gold FILE | ner --conll FILE | syntax --gold FILE.conllu", run: runEval,
		summary: "score dyad on gold data: event triples (PETRARCH-style JSONL), named entities (CoNLL-2003), or tags, lemmas and dependency parses (CoNLL-U)"})
}

func runEval(ctx context.Context, e *env, args []string) error {
	c := lookup("eval")
	if len(args) == 0 || (args[0] != "events" && args[0] != "ner" && args[0] != "syntax") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			fmt.Fprintf(e.stderr, "Usage: dyad eval %s\n\n%s\nRun dyad eval events -h, dyad eval ner -h or dyad eval syntax -h for flags.\n", c.args, c.summary)
			return nil
		}
		fmt.Fprintf(e.stderr, "Usage: dyad eval %s\n", c.args)
		return errUsage
	}
	switch args[0] {
	case "events":
		return runEvalEvents(ctx, e, args[1:])
	case "syntax":
		return runEvalSyntax(ctx, e, args[1:])
	}
	return runEvalNER(ctx, e, args[1:])
}

func runEvalEvents(ctx context.Context, e *env, args []string) error {
	c := &command{name: "eval events", args: "", summary: "score the event coder on gold records: JSON Lines with id, date, text and expected [{source, target, code}]"}
	fs := flags(e, c)
	gold := fs.String("gold", "", "gold file (JSON Lines)")
	format := fs.String("format", formatTable, "table or json")
	showErrors := fs.Int("show-errors", 0, "print up to N records where dyad and the gold differ")
	predOut := fs.String("pred-out", "", "write the predictions here as JSON Lines {id, predicted}, the input of score_events.py")
	by := fs.String("by", "category", "also score by this gold field (category); empty for none")
	var dicts dictFlags
	dicts.add(fs, e.stderr)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *gold == "" {
		fs.Usage()
		return errUsage
	}
	f, err := os.Open(*gold)
	if err != nil {
		return err
	}
	defer f.Close()
	recs, err := evaluate.ReadGold(*gold, f)
	if err != nil {
		return err
	}
	var pw io.Writer
	if *predOut != "" {
		pf, err := os.Create(*predOut)
		if err != nil {
			return err
		}
		defer pf.Close()
		pw = pf
	}
	z, err := newAnalyzer(&dicts)
	if err != nil {
		return err
	}
	var total evaluate.EventScore
	groups := map[string]*evaluate.EventScore{}
	type miss struct {
		id, text   string
		gold, pred []evaluate.Triple
	}
	var misses []miss
	start := time.Now()
	for _, r := range recs {
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
			pred = append(pred, evaluate.Triple{Source: ev.Source, Target: ev.Target, Code: ev.Code})
		}
		total.Add(r.Expected, pred)
		if *by != "" {
			if groups[r.Category] == nil {
				groups[r.Category] = &evaluate.EventScore{}
			}
			groups[r.Category].Add(r.Expected, pred)
		}
		g, p := evaluate.Sorted(r.Expected), evaluate.Sorted(pred)
		if fmt.Sprint(g) != fmt.Sprint(p) && len(misses) < *showErrors {
			misses = append(misses, miss{r.ID, r.Text, g, p})
		}
		if pw != nil {
			json.NewEncoder(pw).Encode(map[string]any{"id": r.ID, "predicted": pred})
		}
	}
	elapsed := time.Since(start)
	if *format == formatJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		out := map[string]any{"gold": *gold, "total": total, "seconds": elapsed.Seconds()}
		if *by != "" {
			out["by_"+*by] = groups
		}
		return enc.Encode(out)
	}
	w := e.stdout
	fmt.Fprintf(w, "%s: %d records in %.2fs, record accuracy %.3f, no-event false alarms %.0f/%d\n",
		*gold, total.Records, elapsed.Seconds(), total.RecordAccuracy, total.NoEventFalseRate*float64(total.NoEventRecords), total.NoEventRecords)
	fmt.Fprintf(w, "%-9s %6s %6s %6s %7s %7s %7s\n", "level", "tp", "fp", "fn", "P", "R", "F1")
	for _, l := range []struct {
		name string
		m    evaluate.PRF
	}{{"exact", total.Exact}, {"root", total.Root}, {"actors", total.Actors}, {"rootonly", total.RootOnly}} {
		fmt.Fprintf(w, "%-9s %6d %6d %6d %7.3f %7.3f %7.3f\n", l.name, l.m.TP, l.m.FP, l.m.FN, l.m.Precision, l.m.Recall, l.m.F1)
	}
	if len(groups) > 1 {
		names := make([]string, 0, len(groups))
		for k := range groups {
			names = append(names, k)
		}
		sort.Strings(names)
		fmt.Fprintf(w, "\nby %s: records, exact P/R/F1, root F1\n", *by)
		for _, k := range names {
			s := groups[k]
			fmt.Fprintf(w, "  %-14s %4d  %.3f/%.3f/%.3f  %.3f\n", k, s.Records, s.Exact.Precision, s.Exact.Recall, s.Exact.F1, s.Root.F1)
		}
	}
	for _, m := range misses {
		fmt.Fprintf(w, "\n- %s: %s\n  gold: %v\n  pred: %v\n", m.id, m.text, m.gold, m.pred)
	}
	return nil
}

func runEvalNER(ctx context.Context, e *env, args []string) error {
	c := &command{name: "eval ner", args: "", summary: "score people, organisations and places (PER, ORG, LOC; MISC ignored) on a CoNLL-2003 file"}
	fs := flags(e, c)
	conll := fs.String("conll", "", "CoNLL-2003 file (token POS chunk NER)")
	format := fs.String("format", formatTable, "table or json")
	var dicts dictFlags
	dicts.add(fs, e.stderr)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *conll == "" {
		fs.Usage()
		return errUsage
	}
	f, err := os.Open(*conll)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := evaluate.ReadCoNLL(*conll, f)
	if err != nil {
		return err
	}
	z, err := newAnalyzer(&dicts)
	if err != nil {
		return err
	}
	pred := make([][]evaluate.Entity, len(sents))
	start := time.Now()
	for i := range sents {
		s := &sents[i]
		a, err := z.Analyze(ctx, &dyad.Article{ID: fmt.Sprint(i), Text: s.Text})
		if err != nil {
			return err
		}
		for _, m := range a.Mentions {
			typ := nerType(m.Kind)
			if typ == "" {
				continue
			}
			if from, to, ok := s.TokenSpan(m.Start, m.End); ok {
				pred[i] = append(pred[i], evaluate.Entity{Type: typ, Start: from, End: to})
			}
		}
	}
	elapsed := time.Since(start)
	score := evaluate.ScoreNER(sents, pred)
	if *format == formatJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"conll": *conll, "sentences": len(sents), "seconds": elapsed.Seconds(), "types": score.Types, "micro": score.Micro})
	}
	w := e.stdout
	fmt.Fprintf(w, "%s: %d sentences in %.2fs\n%-6s %6s %6s %6s %7s %7s %7s\n", *conll, len(sents), elapsed.Seconds(), "type", "tp", "fp", "fn", "P", "R", "F1")
	for _, t := range append(append([]string(nil), evaluate.NERTypes...), "micro") {
		m := score.Micro
		if t != "micro" {
			m = *score.Types[t]
		}
		fmt.Fprintf(w, "%-6s %6d %6d %6d %7.3f %7.3f %7.3f\n", t, m.TP, m.FP, m.FN, m.Precision, m.Recall, m.F1)
	}
	return nil
}

// nerType maps a mention kind to a CoNLL type; nationalities are MISC
// there, which is not scored.
func nerType(k dyad.MentionKind) string {
	switch k {
	case dyad.KindPerson:
		return "PER"
	case dyad.KindOrg:
		return "ORG"
	case dyad.KindLocation, dyad.KindCountry:
		return "LOC"
	}
	return ""
}
