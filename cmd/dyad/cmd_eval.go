package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"dyad"
	"dyad/evaluate"
)

func init() {
	register(&command{name: "eval", args: "events --gold FILE | ner --conll FILE | syntax --gold FILE.conllu", run: runEval,
		summary: "score dyad on gold data: events (JSON Lines of PETRARCH triples, PLOVER records, CASE 2021 types or PLOVER-labelled texts), named entities (CoNLL-2003), or tags, lemmas and dependency parses (CoNLL-U)"})
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
