// Command train builds dyad's syntax model from a CoNLL-U treebank and
// writes it, byte for byte the same for the same data and flags. From the
// repository root:
//
//	go run ./syntax/cmd/train
//
// reads ../shared/corpus/ud-english-ewt/train.conllu, scores the result on
// dev.conllu and writes syntax/model.bin.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"time"

	"dyad/syntax"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	train := fs.String("train", "../shared/corpus/ud-english-ewt/train.conllu", "CoNLL-U training treebank")
	dev := fs.String("dev", "../shared/corpus/ud-english-ewt/dev.conllu", "CoNLL-U treebank to score the model on after training (\"\" for none)")
	out := fs.String("out", "syntax/model.bin", "where to write the model")
	data := fs.String("data", "UD English EWT 2.15 train.conllu", "what the training data is, recorded in the model")
	verbs := fs.String("verbs", "../shared/reference/phoenix/CAMEO.2.0.txt", "a PETRARCH verb dictionary whose verb forms are a feature of the tagger (\"\" for none)")
	var cfg syntax.TrainConfig
	fs.IntVar(&cfg.TagEpochs, "tag-epochs", 0, "passes of the tagger (0: the default)")
	fs.IntVar(&cfg.ParseEpochs, "parse-epochs", 0, "passes of the parser (0: the default)")
	fs.IntVar(&cfg.LabelEpochs, "label-epochs", 0, "passes of the labeller (0: the default)")
	fs.IntVar(&cfg.Folds, "folds", 0, "jackknife folds for the parser's training tags (0: the default; 1: gold tags)")
	fs.Uint64Var(&cfg.Seed, "seed", 1, "seed of every shuffle")
	fs.Float64Var(&cfg.MinWeight, "min-weight", 0, "drop the tagger's and labeller's averaged weights smaller than this (0: the default)")
	fs.Float64Var(&cfg.ParseMinWeight, "parse-min-weight", 0, "drop the parser's averaged weights smaller than this (0: the default)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sents, err := readFile(*train)
	if err != nil {
		return err
	}
	cfg.Data = *data
	if *verbs != "" {
		f, err := os.Open(*verbs)
		if err != nil {
			return err
		}
		forms, warns, err := syntax.ReadVerbForms(f, *verbs)
		f.Close()
		if err != nil {
			return err
		}
		for _, w := range warns {
			fmt.Fprintln(os.Stderr, "warning:", w)
		}
		cfg.Verbs, cfg.VerbsFrom = forms, "CAMEO.2.0.txt (PETRARCH-2 verb dictionary, MIT, Open Event Data Alliance)"
		fmt.Fprintf(os.Stderr, "%d verb forms from %s\n", len(forms), *verbs)
	}
	cfg.Log = os.Stderr
	start := time.Now()
	m, err := syntax.Train(ctx, sents, cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trained on %d sentences in %.1fs\n", len(sents), time.Since(start).Seconds())
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%.1f MB)\n", *out, float64(buf.Len())/1e6)
	if *dev == "" {
		return nil
	}
	gold, err := readFile(*dev)
	if err != nil {
		return err
	}
	pred := make([]syntax.Sentence, len(gold))
	start = time.Now()
	for i, s := range gold {
		pred[i] = syntax.Sentence{ID: s.ID, Words: m.Parse(s.Forms())}
	}
	el := time.Since(start)
	sc, err := syntax.Score(gold, pred)
	if err != nil {
		return err
	}
	fmt.Printf("%s: UPOS %.4f  XPOS %.4f  lemma %.4f  UAS %.4f  LAS %.4f  LAS(full) %.4f  %d words, %.0f sentences/s\n",
		*dev, sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS, sc.LAS, sc.LASFull, sc.Words, float64(len(gold))/el.Seconds())
	return nil
}

func readFile(name string) ([]syntax.Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadCoNLLU(f, name)
}
