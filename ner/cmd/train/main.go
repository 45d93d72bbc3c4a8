// Command train learns the weights of package ner from a CoNLL-2003 file
// and writes them as the model file the package embeds:
//
//	go run ./ner/cmd/train -conll ../shared/eval/conll2003/train.txt -out ner/model.bin
//
// Each CoNLL sentence is re-joined with spaces and cut by package segment,
// and the gazetteer runs over it, exactly as the analysis sees text; the
// gold tags are carried over to segment's tokens. With -eval it scores the
// trained model on another CoNLL file (for reporting only), and with
// -holdout N it trains on all but every Nth sentence and scores those.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"time"

	"dyad"
	"dyad/evaluate"
	"dyad/gazetteer"
	"dyad/ner"
	"dyad/segment"
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
	conll := fs.String("conll", "", "CoNLL-2003 training file")
	out := fs.String("out", "", "model file to write")
	eval := fs.String("eval", "", "CoNLL-2003 file to score the model on (reporting only)")
	holdout := fs.Int("holdout", 0, "train on all but every Nth sentence and score those")
	epochs := fs.Int("epochs", 15, "passes over the data")
	seed := fs.Uint64("seed", 1, "shuffle seed")
	minCount := fs.Int("mincount", 3, "drop features seen fewer times")
	prune := fs.Float64("prune", 0.02, "drop quantised weights below this share of the largest")
	clip := fs.Float64("clip", 1, "quantile of weight magnitudes mapped to the largest int8 weight")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *conll == "" {
		fs.Usage()
		return fmt.Errorf("-conll is required")
	}
	sents, err := readCoNLL(*conll)
	if err != nil {
		return err
	}
	var train, held []evaluate.NERSentence
	for i, s := range sents {
		if *holdout > 0 && i%*holdout == *holdout-1 {
			held = append(held, s)
		} else {
			train = append(train, s)
		}
	}
	exs := make([]ner.Example, len(train))
	for i := range train {
		exs[i] = example(&train[i])
	}
	start := time.Now()
	m, err := ner.Train(ctx, exs, ner.TrainConfig{Epochs: *epochs, Seed: *seed, MinCount: *minCount, Prune: *prune, ClipQuantile: *clip, Log: os.Stderr})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trained in %.1fs: %d features\n", time.Since(start).Seconds(), m.Features())
	if len(held) > 0 {
		report("holdout", m, held)
	}
	if *eval != "" {
		ev, err := readCoNLL(*eval)
		if err != nil {
			return err
		}
		report(*eval, m, ev)
	}
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		n, err := m.WriteTo(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "wrote %s: %d bytes\n", *out, n)
	}
	return nil
}

func readCoNLL(name string) ([]evaluate.NERSentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return evaluate.ReadCoNLL(name, f)
}

// analyse cuts a sentence's text the way the analysis does and runs the
// gazetteer over it.
func analyse(text string) ([]dyad.Token, []dyad.Mention) {
	toks := segment.Tokens(text, segment.Sentences(text))
	return toks, gazetteer.Match(text, toks)
}

// example turns a CoNLL sentence into a training example on segment's
// tokens: a token inside a gold entity gets its type, B- on the first.
func example(s *evaluate.NERSentence) ner.Example {
	toks, known := analyse(s.Text)
	tags := make([]string, len(toks))
	for i := range tags {
		tags[i] = "O"
	}
	for _, e := range s.Gold {
		start, end := s.Tokens[e.Start][0], s.Tokens[e.End-1][1]
		first := true
		for i, t := range toks {
			if t.Start >= start && t.End <= end {
				if first {
					tags[i] = "B-" + e.Type
				} else {
					tags[i] = "I-" + e.Type
				}
				first = false
			}
		}
	}
	return ner.Example{Text: s.Text, Tokens: toks, Known: known, Tags: tags}
}

// report scores m on sents through segment, gazetteer and ner.Merge, as
// the analysis would, and prints P/R/F1.
func report(name string, m *ner.Model, sents []evaluate.NERSentence) {
	pred := make([][]evaluate.Entity, len(sents))
	for i := range sents {
		s := &sents[i]
		toks, known := analyse(s.Text)
		ms := ner.Merge(known, m.Entities(s.Text, toks, known))
		for _, mn := range ms {
			typ := ""
			switch mn.Kind {
			case dyad.KindPerson:
				typ = "PER"
			case dyad.KindOrg:
				typ = "ORG"
			case dyad.KindLocation, dyad.KindCountry:
				typ = "LOC"
			}
			if typ == "" {
				continue
			}
			if from, to, ok := s.TokenSpan(mn.Start, mn.End); ok {
				pred[i] = append(pred[i], evaluate.Entity{Type: typ, Start: from, End: to})
			}
		}
	}
	sc := evaluate.ScoreNER(sents, pred)
	fmt.Fprintf(os.Stderr, "%s: %d sentences\n", name, len(sents))
	for _, t := range evaluate.NERTypes {
		p := sc.Types[t]
		fmt.Fprintf(os.Stderr, "  %-5s P %.3f R %.3f F1 %.3f\n", t, p.Precision, p.Recall, p.F1)
	}
	fmt.Fprintf(os.Stderr, "  micro P %.3f R %.3f F1 %.3f\n", sc.Micro.Precision, sc.Micro.Recall, sc.Micro.F1)
}
