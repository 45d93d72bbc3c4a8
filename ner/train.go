package ner

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"

	"dyad"
)

// Example is one training sentence: its tokens in text, the mentions the
// gazetteer finds there (ordered by Start) and one CoNLL BIO tag per token
// ("O", "B-PER", "I-ORG", "B-LOC", "I-MISC", ...).
type Example struct {
	Text   string
	Tokens []dyad.Token
	Known  []dyad.Mention
	Tags   []string
}

// TrainConfig sets how [Train] learns.
type TrainConfig struct {
	Epochs   int     // passes over the examples; 0 means 15
	Seed     uint64  // seed of the shuffle between passes
	MinCount int     // drop features seen fewer times; 0 means 1
	Prune    float64 // drop quantised weights below this share of the largest; 0 means none
	// ClipQuantile is the quantile of the weights' magnitudes that maps
	// to the largest int8 weight; larger ones are clipped. 0 means 1: the
	// largest weight, no clipping.
	ClipQuantile float64
	Log          io.Writer // progress, when not nil
}

// Train learns a model from examples with an averaged perceptron and
// greedy decoding, the way the tagger decodes. It is deterministic for a
// given configuration.
func Train(ctx context.Context, examples []Example, cfg TrainConfig) (*Model, error) {
	if cfg.Epochs <= 0 {
		cfg.Epochs = 15
	}
	if cfg.MinCount <= 0 {
		cfg.MinCount = 1
	}
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format, args...)
		}
	}
	// The lexicon each example sees is built from the other half of the
	// data, so that unseen words look in training as they will in use.
	lexAll, lexHalf := buildLexicon(examples, -1), [2]mapLexer{buildLexicon(examples, 0), buildLexicon(examples, 1)}
	var tr trainer
	if err := tr.load(ctx, examples, lexHalf); err != nil {
		return nil, err
	}
	tr.dropRare(cfg.MinCount)
	logf("ner: %d sentences, %d static features\n", len(tr.sents), len(tr.keys))
	tr.grow()
	tr.c = 1
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6e6572))
	order := make([]int, len(tr.sents))
	for i := range order {
		order[i] = i
	}
	for epoch := range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total, err := tr.epoch(ctx, order)
		if err != nil {
			return nil, err
		}
		logf("ner: epoch %d: %d errors in %d scored tokens (%.2f%%)\n", epoch+1, errs, total, 100*float64(errs)/float64(max(total, 1)))
	}
	rows := tr.quantise(cfg)
	m := assemble(rows, lexAll)
	logf("ner: kept %d of %d features, lexicon %d words\n", len(rows), len(tr.keys), len(lexAll))
	return m, nil
}

// trainer holds the state of a training: the features interned (static
// ones of every token, dynamic ones as they are met), the examples ready
// for training, and the averaged perceptron.
type trainer struct {
	index  map[uint32]int32 // feature hash -> feature number
	keys   []uint32         // feature number -> hash
	counts []int32          // feature number -> occurrences, static and dynamic

	sents []trainSent
	feats []int32 // the static features of every token; -1 for a rare one

	// Averaged perceptron: w is the current weight, u the sum of updates
	// weighted by their time c; the average is w - u/c.
	w []int32
	u []int64
	c int64

	scratch []uint32 // feature hashes of one token
	dyn     []int32  // dynamic features of one token
}

// trainSent is one example ready for training.
type trainSent struct {
	s    sentence
	gold []int
	off  []int32 // static features of token i: trainer.feats[off[i]:off[i+1]]
}

// intern returns the number of feature k, counting one occurrence.
func (tr *trainer) intern(k uint32) int32 {
	if tr.index == nil {
		tr.index = map[uint32]int32{}
	}
	i, ok := tr.index[k]
	if !ok {
		i = int32(len(tr.keys))
		tr.index[k] = i
		tr.keys = append(tr.keys, k)
		tr.counts = append(tr.counts, 0)
	}
	tr.counts[i]++
	return i
}

// load reads the examples with their gold tags and interns the static
// features of every token, each example seeing the lexicon of the other
// half.
func (tr *trainer) load(ctx context.Context, examples []Example, lexHalf [2]mapLexer) error {
	tr.sents = make([]trainSent, 0, len(examples))
	for ei, ex := range examples {
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(ex.Tags) != len(ex.Tokens) {
			return fmt.Errorf("ner: example %d: %d tags for %d tokens", ei, len(ex.Tags), len(ex.Tokens))
		}
		var st trainSent
		st.s.load(ex.Text, ex.Tokens, ex.Known, lexHalf[1-ei%2])
		st.gold = make([]int, len(ex.Tags))
		st.off = make([]int32, len(ex.Tokens)+1)
		st.off[0] = int32(len(tr.feats))
		for i := range ex.Tokens {
			st.gold[i] = tagIndex(ex.Tags[i])
			tr.scratch = st.s.static(tr.scratch[:0], i)
			for _, k := range tr.scratch {
				tr.feats = append(tr.feats, tr.intern(k))
			}
			st.off[i+1] = int32(len(tr.feats))
		}
		tr.sents = append(tr.sents, st)
	}
	return nil
}

// dropRare marks the static features seen fewer than minCount times, so
// that training leaves them out.
func (tr *trainer) dropRare(minCount int) {
	if minCount <= 1 {
		return
	}
	for i, f := range tr.feats {
		if tr.counts[f] < int32(minCount) {
			tr.feats[i] = -1
		}
	}
}

// grow gives every feature interned so far its weights.
func (tr *trainer) grow() {
	for len(tr.w) < len(tr.keys)*numTags {
		tr.w = append(tr.w, 0)
		tr.u = append(tr.u, 0)
	}
}

// epoch tags every sentence once in the given order, learning from each
// error, and returns the errors and the tokens scored.
func (tr *trainer) epoch(ctx context.Context, order []int) (errs, total int, err error) {
	for n, si := range order {
		if n%512 == 0 {
			if err := ctx.Err(); err != nil {
				return 0, 0, err
			}
		}
		e, t := tr.sentence(&tr.sents[si])
		errs, total = errs+e, total+t
	}
	return errs, total, nil
}

// sentence tags one sentence greedily, updating the weights where the tag
// is not the gold one.
func (tr *trainer) sentence(st *trainSent) (errs, total int) {
	prev1, prev2 := tagStart, tagStart
	for i := range st.gold {
		gold := st.gold[i]
		if !st.s.scored(i, prev1) {
			prev1, prev2 = tagO, prev1
			continue
		}
		if !allowed(prev1, gold) {
			gold-- // I-X after something else: learn B-X
		}
		tr.scratch = st.s.dynamic(tr.scratch[:0], i, prev1, prev2)
		tr.dyn = tr.dyn[:0]
		for _, k := range tr.scratch {
			tr.dyn = append(tr.dyn, tr.intern(k))
		}
		tr.grow()
		fs := [2][]int32{tr.feats[st.off[i]:st.off[i+1]], tr.dyn}
		pred := tr.predict(fs, prev1)
		total++
		if pred != gold {
			errs++
			tr.update(fs, gold, pred)
		}
		tr.c++
		prev1, prev2 = pred, prev1
	}
	return errs, total
}

// predict returns the best tag allowed after prev1 for the features fs.
func (tr *trainer) predict(fs [2][]int32, prev1 int) int {
	var score [numTags]int32
	for _, fs := range fs {
		for _, f := range fs {
			if f < 0 {
				continue
			}
			r := tr.w[int(f)*numTags : int(f)*numTags+numTags]
			for t := range numTags {
				score[t] += r[t]
			}
		}
	}
	pred := -1
	for t := range numTags {
		if allowed(prev1, t) && (pred < 0 || score[t] > score[pred]) {
			pred = t
		}
	}
	return pred
}

// update moves the weights of the features fs toward gold and away from
// pred.
func (tr *trainer) update(fs [2][]int32, gold, pred int) {
	for _, fs := range fs {
		for _, f := range fs {
			if f < 0 {
				continue
			}
			b := int(f) * numTags
			tr.w[b+gold]++
			tr.u[b+gold] += tr.c
			tr.w[b+pred]--
			tr.u[b+pred] -= tr.c
		}
	}
}

// keptRow is the quantised weights of one feature the model keeps.
type keptRow struct {
	key uint32
	row [numTags]int8
}

// quantise averages the weights and quantises them to int8: the largest
// weights are clipped at the ClipQuantile of the non-zero magnitudes. It
// returns the features seen MinCount times or more with a weight left,
// in the order of their keys.
func (tr *trainer) quantise(cfg TrainConfig) []keptRow {
	avg := make([]float64, len(tr.w))
	var mags []float64
	for i := range tr.w {
		avg[i] = float64(tr.w[i]) - float64(tr.u[i])/float64(tr.c)
		if avg[i] != 0 {
			mags = append(mags, math.Abs(avg[i]))
		}
	}
	slices.Sort(mags)
	scale := 1.0
	if len(mags) > 0 {
		q := cfg.ClipQuantile
		if q <= 0 || q > 1 {
			q = 1
		}
		scale = 127 / mags[min(len(mags)-1, int(q*float64(len(mags))))]
	}
	var rows []keptRow
	for f, k := range tr.keys {
		if tr.counts[f] < int32(cfg.MinCount) {
			continue
		}
		r := keptRow{key: k}
		any := false
		for t := range numTags {
			q := max(-127, min(127, math.Round(avg[f*numTags+t]*scale)))
			if math.Abs(q) <= cfg.Prune*127 || q == 0 {
				continue
			}
			r.row[t] = int8(q)
			any = true
		}
		if any {
			rows = append(rows, r)
		}
	}
	slices.SortFunc(rows, func(a, b keptRow) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	return rows
}

// assemble makes the model of the kept rows and the lexicon.
func assemble(rows []keptRow, lex mapLexer) *Model {
	mk := make([]uint32, len(rows))
	mw := make([]int8, 0, len(rows)*numTags)
	for i, r := range rows {
		mk[i] = r.key
		mw = append(mw, r.row[:]...)
	}
	lk := make([]uint32, 0, len(lex))
	for k := range lex {
		lk = append(lk, k)
	}
	slices.Sort(lk)
	lv := make([]uint8, len(lk))
	for i, k := range lk {
		lv[i] = lex[k]
	}
	return newModel(mk, mw, lk, lv)
}

// buildLexicon classifies words by how they are written inside sentences
// of running text (not headlines, not sentence-initial), over the
// examples of one half (parity 0 or 1) or all of them (-1).
func buildLexicon(examples []Example, parity int) mapLexer {
	type count struct{ lower, upper int32 }
	counts := map[uint32]count{}
	var s sentence
	for ei, ex := range examples {
		if parity >= 0 && ei%2 != parity {
			continue
		}
		s.load(ex.Text, ex.Tokens, nil, nil)
		if s.caps {
			continue
		}
		for i := 1; i < len(ex.Tokens); i++ {
			ti := s.at(i)
			if ti.flags&flagLetter == 0 {
				continue
			}
			c := counts[fold(ti.lw)]
			if ti.flags&flagHasUpper != 0 {
				c.upper++
			} else {
				c.lower++
			}
			counts[fold(ti.lw)] = c
		}
	}
	out := make(mapLexer, len(counts))
	for k, c := range counts {
		n := c.lower + c.upper
		switch {
		case c.upper*10 <= n:
			out[k] = lexLower
		case c.lower*10 <= n:
			out[k] = lexUpper
		default:
			out[k] = lexMixed
		}
	}
	return out
}
