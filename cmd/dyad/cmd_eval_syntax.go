package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"dyad/syntax"
)

// evalSyntaxCommand is dyad eval syntax.
type evalSyntaxCommand struct {
	gold, out, format string
}

func (evalSyntaxCommand) usage() usage {
	return usage{name: "eval syntax", summary: "score the tagger, lemmatiser and parser on a CoNLL-U treebank, on its gold tokenisation,\n" +
		"by the CoNLL 2018 rules (punctuation included): UPOS, XPOS and lemma accuracy, UAS, LAS\n" +
		"(universal relation) and LAS with subtypes; also sentences/s and the model's load time"}
}

// syntaxRun is one run of the parser over a treebank, with its scores.
type syntaxRun struct {
	sents, pred   []syntax.Sentence
	info          syntax.Info
	score         syntax.Scores
	load, elapsed time.Duration
}

func (c evalSyntaxCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	fs.StringVar(&c.gold, "gold", "", "gold treebank (CoNLL-U), e.g. ../shared/corpus/ud-english-ewt/dev.conllu")
	fs.StringVar(&c.out, "out", "", "write the predictions here as CoNLL-U")
	fs.StringVar(&c.format, "format", formatTable, "table or json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if c.gold == "" {
		fs.Usage()
		return errUsage
	}
	if c.format != formatTable && c.format != formatJSON {
		return fmt.Errorf("--format %q: dyad eval syntax writes table or json", c.format)
	}
	r, err := parseTreebank(ctx, c.gold)
	if err != nil {
		return err
	}
	if c.out != "" {
		if err := writeCoNLLU(c.out, r.pred); err != nil {
			return err
		}
	}
	if c.format == formatJSON {
		return r.writeJSON(e.stdout, c.gold)
	}
	r.writeTable(e.stdout, c.gold)
	return nil
}

// parseTreebank reads the treebank gold, parses each of its sentences on
// its gold tokenisation with the built-in model and scores the parses.
func parseTreebank(ctx context.Context, gold string) (*syntaxRun, error) {
	f, err := os.Open(gold)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := &syntaxRun{}
	if r.sents, err = syntax.ReadCoNLLU(f, gold); err != nil {
		return nil, err
	}
	if len(r.sents) == 0 {
		return nil, fmt.Errorf("%s: no sentences", gold)
	}
	t0 := time.Now()
	m, err := syntax.Default()
	if err != nil {
		return nil, err
	}
	r.load, r.info = time.Since(t0), m.Info()
	r.pred = make([]syntax.Sentence, len(r.sents))
	start := time.Now()
	for i := range r.sents {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		g := &r.sents[i]
		r.pred[i] = syntax.Sentence{ID: g.ID, Text: g.Text, Line: g.Line, Words: m.Parse(g.Forms())}
	}
	r.elapsed = time.Since(start)
	if r.score, err = syntax.Score(r.sents, r.pred); err != nil {
		return nil, fmt.Errorf("%s: %w", gold, err)
	}
	return r, nil
}

// writeCoNLLU writes the parses to the file name.
func writeCoNLLU(name string, pred []syntax.Sentence) error {
	pf, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := syntax.WriteCoNLLU(pf, pred); err != nil {
		pf.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	return pf.Close()
}

func (r *syntaxRun) perSecond() float64 { return float64(len(r.sents)) / r.elapsed.Seconds() }

// writeJSON writes every figure of the run, for scripts that compare runs.
func (r *syntaxRun) writeJSON(w io.Writer, gold string) error {
	sc := r.score
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{
		"gold": gold, "model": r.info.Format, "data": r.info.Data,
		"words": sc.Words, "sentences": sc.Sentences,
		"upos": sc.UPOS, "xpos": sc.XPOS, "lemma": sc.Lemma,
		"uas": sc.UAS, "las": sc.LAS, "las_full": sc.LASFull,
		"seconds": r.elapsed.Seconds(), "sentences_per_second": r.perSecond(), "load_seconds": r.load.Seconds(),
	})
}

// writeTable writes the run's figures for people.
func (r *syntaxRun) writeTable(w io.Writer, gold string) {
	sc := r.score
	fmt.Fprintf(w, "%s: %d sentences, %d words, gold tokenisation\n", gold, sc.Sentences, sc.Words)
	fmt.Fprintf(w, "model %s (%s), loaded in %.0f ms; %.0f sentences/s\n", r.info.Format, r.info.Data, r.load.Seconds()*1000, r.perSecond())
	for _, l := range []struct {
		name, about string
		v           float64
	}{
		{"UPOS", "universal part of speech", sc.UPOS},
		{"XPOS", "treebank part of speech", sc.XPOS},
		{"lemma", "", sc.Lemma},
		{"UAS", "head", sc.UAS},
		{"LAS", "head and universal relation (CoNLL 2018)", sc.LAS},
		{"LAS full", "head and relation with its subtype", sc.LASFull},
	} {
		fmt.Fprintf(w, "%-9s %.4f", l.name, l.v)
		if l.about != "" {
			fmt.Fprintf(w, "  %s", l.about)
		}
		fmt.Fprintln(w)
	}
}
