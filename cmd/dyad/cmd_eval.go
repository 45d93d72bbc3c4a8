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

// evalCommand is dyad eval; its subcommands are commands of their own.
type evalCommand struct{}

func (evalCommand) usage() usage {
	return usage{name: "eval", args: "events --gold FILE | ner --conll FILE | syntax --gold FILE.conllu",
		summary: "score dyad on gold data: events (JSON Lines of PETRARCH triples, PLOVER records, CASE 2021 types or PLOVER-labelled texts), named entities (CoNLL-2003), or tags, lemmas and dependency parses (CoNLL-U)"}
}

// evalCommands are the subcommands of dyad eval, by name.
var evalCommands = map[string]command{
	"events": evalEventsCommand{},
	"ner":    evalNERCommand{},
	"syntax": evalSyntaxCommand{},
}

func (c evalCommand) Run(ctx context.Context, e *Env, args []string) error {
	u := c.usage()
	if len(args) == 0 || evalCommands[args[0]] == nil {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			fmt.Fprintf(e.stderr, "Usage: dyad eval %s\n\n%s\nRun dyad eval events -h, dyad eval ner -h or dyad eval syntax -h for flags.\n", u.args, u.summary)
			return nil
		}
		fmt.Fprintf(e.stderr, "Usage: dyad eval %s\n", u.args)
		return errUsage
	}
	return evalCommands[args[0]].Run(ctx, e, args[1:])
}

// evalNERCommand is dyad eval ner.
type evalNERCommand struct {
	conll, format string
	dicts         dictFlags
}

func (evalNERCommand) usage() usage {
	return usage{name: "eval ner", summary: "score people, organisations and places (PER, ORG, LOC; MISC ignored) on a CoNLL-2003 file"}
}

func (c evalNERCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	fs.StringVar(&c.conll, "conll", "", "CoNLL-2003 file (token POS chunk NER)")
	fs.StringVar(&c.format, "format", formatTable, "table or json")
	c.dicts.add(fs, e.stderr)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if c.conll == "" {
		fs.Usage()
		return errUsage
	}
	f, err := os.Open(c.conll)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := evaluate.ReadCoNLL(c.conll, f)
	if err != nil {
		return err
	}
	z, err := newAnalyzer(&c.dicts)
	if err != nil {
		return err
	}
	start := time.Now()
	pred, err := predictEntities(ctx, z, sents)
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	score := evaluate.ScoreNER(sents, pred)
	if c.format == formatJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"conll": c.conll, "sentences": len(sents), "seconds": elapsed.Seconds(), "types": score.Types, "micro": score.Micro})
	}
	w := e.stdout
	fmt.Fprintf(w, "%s: %d sentences in %.2fs\n%-6s %6s %6s %6s %7s %7s %7s\n", c.conll, len(sents), elapsed.Seconds(), "type", "tp", "fp", "fn", "P", "R", "F1")
	for _, t := range append(append([]string(nil), evaluate.NERTypes...), "micro") {
		m := score.Micro
		if t != "micro" {
			m = *score.Types[t]
		}
		fmt.Fprintf(w, "%-6s %6d %6d %6d %7.3f %7.3f %7.3f\n", t, m.TP, m.FP, m.FN, m.Precision, m.Recall, m.F1)
	}
	return nil
}

// predictEntities analyses the text of each sentence and returns the
// entities of its mentions, as token spans of the sentence.
func predictEntities(ctx context.Context, z analyzer, sents []evaluate.NERSentence) ([][]evaluate.Entity, error) {
	pred := make([][]evaluate.Entity, len(sents))
	for i := range sents {
		s := &sents[i]
		a, err := z.Analyze(ctx, &dyad.Article{ID: fmt.Sprint(i), Text: s.Text})
		if err != nil {
			return nil, err
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
	return pred, nil
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
