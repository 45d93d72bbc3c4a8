package syntax

import (
	"context"
	"fmt"
	"io"
	"time"
)

// Format is the model format and feature version this package reads and
// writes.
const Format = "dyad-syntax-2"

// TrainConfig sets how [Train] learns. Its zero value trains the shipped
// model's way.
type TrainConfig struct {
	TagEpochs      int       `json:"tag_epochs"`       // passes of the tagger; 0 means 12
	ParseEpochs    int       `json:"parse_epochs"`     // passes of the parser; 0 means 15
	LabelEpochs    int       `json:"label_epochs"`     // passes of the labeller; 0 means 8
	Folds          int       `json:"folds"`            // jackknife folds for the parser's tags; 0 means 4, 1 means gold tags
	Explore        float64   `json:"explore"`          // chance of following the parser's own mistake after the first pass; 0 means 0.9
	MinWeight      float64   `json:"min_weight"`       // the tagger's and labeller's averaged weights smaller than this are dropped; 0 means 1
	ParseMinWeight float64   `json:"parse_min_weight"` // the parser's; 0 means 1.5
	Seed           uint64    `json:"seed"`             // of every shuffle
	Data           string    `json:"-"`                // what the training data is, for Info
	Log            io.Writer `json:"-"`                // progress, when not nil
	// Verbs are the forms of a verb lexicon (see [ReadVerbForms]), a
	// feature of the tagger; VerbsFrom says where they came from.
	Verbs     map[string]uint8 `json:"-"`
	VerbsFrom string           `json:"verbs_from,omitempty"`
}

func (c *TrainConfig) defaults() {
	if c.TagEpochs <= 0 {
		c.TagEpochs = 12
	}
	if c.ParseEpochs <= 0 {
		c.ParseEpochs = 15
	}
	if c.LabelEpochs <= 0 {
		c.LabelEpochs = 8
	}
	if c.Folds <= 0 {
		c.Folds = 4
	}
	if c.Explore <= 0 {
		c.Explore = 0.9
	}
	if c.MinWeight <= 0 {
		c.MinWeight = 1
	}
	if c.ParseMinWeight <= 0 {
		c.ParseMinWeight = 1.5
	}
}

// Licence is the licence of a model trained on UD English EWT.
const Licence = "CC BY-SA 4.0: derived from the Universal Dependencies English Web Treebank (UD_English-EWT), © 2013-2020 The Board of Trustees of the Leland Stanford Junior University"

// Train learns a model from a treebank: the tagger on every sentence, the
// parser and labeller on tags predicted by taggers trained on the other
// folds (jackknifing), so that they learn from tags as wrong as those they
// will see. It is deterministic: the same sentences and configuration give
// the same model bytes.
func Train(ctx context.Context, sents []Sentence, cfg TrainConfig) (*Model, error) {
	cfg.defaults()
	if len(sents) == 0 {
		return nil, fmt.Errorf("train: no sentences")
	}
	for i := range sents {
		if err := checkSentence(&sents[i]); err != nil {
			return nil, fmt.Errorf("train: sentence %d (line %d): %w", i, sents[i].Line, err)
		}
	}
	start := time.Now()
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "%6.1fs  ", time.Since(start).Seconds())
			fmt.Fprintf(cfg.Log, format, args...)
		}
	}
	tags := tagList(sents)
	rels := relList(sents)
	if len(tags) > 255 || len(rels) > 255 {
		return nil, fmt.Errorf("train: %d tags and %d relations; at most 255 of each", len(tags), len(rels))
	}
	tagIndex := make(map[string]int, len(tags))
	for i, t := range tags {
		tagIndex[t] = i
	}
	relIndex := make(map[string]int, len(rels))
	for i, r := range rels {
		relIndex[r] = i
	}

	tg := trainTagger(sents, tags, cfg.Verbs, cfg.TagEpochs, cfg.Seed, cfg.MinWeight)
	logf("tagger: %d features, %d weights\n", tg.w.nfeat, tg.w.weights())
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	pred, err := jackknife(ctx, sents, tags, tagIndex, cfg, logf)
	if err != nil {
		return nil, err
	}

	if cfg.Folds > 1 {
		tg.w2 = trainTagPass(sents, tags, &tg.lex, tg.dict, pred, cfg.TagEpochs, cfg.Seed+100, cfg.MinWeight)
		logf("tagger second pass: %d features, %d weights\n", tg.w2.nfeat, tg.w2.weights())
	}

	ps, lb, err := trainParseLabel(ctx, sents, pred, tags, rels, &tg.lex, cfg, logf)
	if err != nil {
		return nil, err
	}
	logf("labeller: %d features, %d weights\n", lb.w.nfeat, lb.w.weights())
	lem := TrainLemmatizer(sents)

	m := &Model{
		info:   Info{Format: Format, Data: cfg.Data, Licence: Licence, Config: cfg},
		tagger: tg, lem: lem, parser: ps, labels: lb,
	}
	m.init()
	return m, nil
}

// jackknife returns the tags the parser and labeller learn from: for each
// sentence, those a tagger trained on the other folds gives it, or, with
// one fold, the gold tags.
func jackknife(ctx context.Context, sents []Sentence, tags []string, tagIndex map[string]int, cfg TrainConfig, logf func(string, ...any)) ([][]int, error) {
	pred := make([][]int, len(sents))
	if cfg.Folds == 1 {
		for i := range sents {
			pred[i] = make([]int, len(sents[i].Words))
			for j, w := range sents[i].Words {
				pred[i][j] = tagIndex[jointTag(w)]
			}
		}
		return pred, nil
	}
	for f := range cfg.Folds {
		var rest []Sentence
		for i := range sents {
			if i%cfg.Folds != f {
				rest = append(rest, sents[i])
			}
		}
		ft := trainTagger(rest, tags, cfg.Verbs, cfg.TagEpochs, cfg.Seed+uint64(f)+1, cfg.MinWeight)
		var sc tagScratch
		for i := f; i < len(sents); i += cfg.Folds {
			pred[i] = append([]int(nil), ft.tag(sents[i].Forms(), &sc, nil, nil)...)
		}
		logf("jackknife fold %d of %d\n", f+1, cfg.Folds)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	return pred, nil
}

// trainParseLabel trains the parser and the labeller on sents with the
// (jackknifed) tags pred.
func trainParseLabel(ctx context.Context, sents []Sentence, pred [][]int, tags, rels []string, lexp *lexicon, cfg TrainConfig, logf func(string, ...any)) (*parser, *labeler, error) {
	ins, golds, exs := parseExamples(sents, pred, tags, rels, lexp)
	ps := trainParser(ins, golds, cfg.ParseEpochs, cfg.Seed, cfg.Explore, cfg.ParseMinWeight, func(ep int, acc float64) {
		logf("parser pass %d: training UAS %.4f\n", ep+1, acc)
	})
	logf("parser: %d features, %d weights\n", ps.w.nfeat, ps.w.weights())
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	lb := trainLabeler(exs, rels, cfg.LabelEpochs, cfg.Seed, cfg.MinWeight)
	return ps, lb, nil
}

// parseExamples returns what the parser and the labeller learn from: each
// sentence's words and tags pred, its gold heads (n for the root) and
// relations.
func parseExamples(sents []Sentence, pred [][]int, tags, rels []string, lexp *lexicon) ([]parseInput, [][]int, []labelExample) {
	relIndex := indexOf(rels)
	ins := make([]parseInput, len(sents))
	golds := make([][]int, len(sents))
	exs := make([]labelExample, len(sents))
	lex := *lexp
	var ws []lexWord
	for i := range sents {
		s := &sents[i]
		n := len(s.Words)
		ws = lexWords(s.Forms(), &lex, ws)
		in := parseInput{words: make([]uint64, n), tags: make([]uint64, n), punct: make([]bool, n), cls: make([]uint8, n)}
		g := make([]int, n)
		ex := labelExample{closed: make([]bool, n), suf: make([]uint64, n), gold: make([]int, n)}
		for j, w := range s.Words {
			t := pred[i][j]
			in.words[j] = ws[j].lower
			in.tags[j] = uint64(t + 1)
			in.punct[j] = upos(tags[t]) == "PUNCT"
			in.cls[j] = uposClass(tags[t])
			ex.closed[j] = closedClass(tags[t])
			ex.suf[j] = ws[j].suf[2]
			ex.gold[j] = relIndex[w.Rel]
			g[j] = w.Head
			if w.Head < 0 {
				g[j] = n
			}
		}
		ins[i], golds[i] = in, g
		ex.in, ex.heads = &ins[i], g
		exs[i] = ex
	}
	return ins, golds, exs
}
