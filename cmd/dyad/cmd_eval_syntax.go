package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"dyad/syntax"
)

func runEvalSyntax(ctx context.Context, e *env, args []string) error {
	c := &command{name: "eval syntax", args: "", summary: "score the tagger, lemmatiser and parser on a CoNLL-U treebank, on its gold tokenisation,\n" +
		"by the CoNLL 2018 rules (punctuation included): UPOS, XPOS and lemma accuracy, UAS, LAS\n" +
		"(universal relation) and LAS with subtypes; also sentences/s and the model's load time"}
	fs := flags(e, c)
	gold := fs.String("gold", "", "gold treebank (CoNLL-U), e.g. ../shared/corpus/ud-english-ewt/dev.conllu")
	out := fs.String("out", "", "write the predictions here as CoNLL-U")
	format := fs.String("format", formatTable, "table or json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *gold == "" {
		fs.Usage()
		return errUsage
	}
	if *format != formatTable && *format != formatJSON {
		return fmt.Errorf("--format %q: dyad eval syntax writes table or json", *format)
	}
	f, err := os.Open(*gold)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := syntax.ReadCoNLLU(f, *gold)
	if err != nil {
		return err
	}
	if len(sents) == 0 {
		return fmt.Errorf("%s: no sentences", *gold)
	}
	t0 := time.Now()
	m, err := syntax.Default()
	if err != nil {
		return err
	}
	load := time.Since(t0)
	pred := make([]syntax.Sentence, len(sents))
	start := time.Now()
	for i := range sents {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		g := &sents[i]
		pred[i] = syntax.Sentence{ID: g.ID, Text: g.Text, Line: g.Line, Words: m.Parse(g.Forms())}
	}
	elapsed := time.Since(start)
	sc, err := syntax.Score(sents, pred)
	if err != nil {
		return fmt.Errorf("%s: %w", *gold, err)
	}
	if *out != "" {
		pf, err := os.Create(*out)
		if err != nil {
			return err
		}
		if err := syntax.WriteCoNLLU(pf, pred); err != nil {
			pf.Close()
			return fmt.Errorf("%s: %w", *out, err)
		}
		if err := pf.Close(); err != nil {
			return err
		}
	}
	info := m.Info()
	perSec := float64(len(sents)) / elapsed.Seconds()
	if *format == formatJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{
			"gold": *gold, "model": info.Format, "data": info.Data,
			"words": sc.Words, "sentences": sc.Sentences,
			"upos": sc.UPOS, "xpos": sc.XPOS, "lemma": sc.Lemma,
			"uas": sc.UAS, "las": sc.LAS, "las_full": sc.LASFull,
			"seconds": elapsed.Seconds(), "sentences_per_second": perSec, "load_seconds": load.Seconds(),
		})
	}
	w := e.stdout
	fmt.Fprintf(w, "%s: %d sentences, %d words, gold tokenisation\n", *gold, sc.Sentences, sc.Words)
	fmt.Fprintf(w, "model %s (%s), loaded in %.0f ms; %.0f sentences/s\n", info.Format, info.Data, load.Seconds()*1000, perSec)
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
	return nil
}
