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

	// Static features of every token, interned.
	type sent struct {
		s    sentence
		gold []int
		off  []int32 // static features of token i: feats[off[i]:off[i+1]]
	}
	index := map[uint32]int32{}
	var keys []uint32
	var counts []int32
	intern := func(k uint32) int32 {
		i, ok := index[k]
		if !ok {
			i = int32(len(keys))
			index[k] = i
			keys = append(keys, k)
			counts = append(counts, 0)
		}
		counts[i]++
		return i
	}
	sents := make([]sent, 0, len(examples))
	var feats []int32
	var scratchF []uint32
	for ei, ex := range examples {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if len(ex.Tags) != len(ex.Tokens) {
			return nil, fmt.Errorf("ner: example %d: %d tags for %d tokens", ei, len(ex.Tags), len(ex.Tokens))
		}
		var st sent
		st.s.load(ex.Text, ex.Tokens, ex.Known, lexHalf[1-ei%2])
		st.gold = make([]int, len(ex.Tags))
		st.off = make([]int32, len(ex.Tokens)+1)
		st.off[0] = int32(len(feats))
		for i := range ex.Tokens {
			st.gold[i] = tagIndex(ex.Tags[i])
			scratchF = st.s.static(scratchF[:0], i)
			for _, k := range scratchF {
				feats = append(feats, intern(k))
			}
			st.off[i+1] = int32(len(feats))
		}
		sents = append(sents, st)
	}
	if cfg.MinCount > 1 {
		for i, f := range feats {
			if counts[f] < int32(cfg.MinCount) {
				feats[i] = -1
			}
		}
	}
	logf("ner: %d sentences, %d static features\n", len(sents), len(keys))

	// Averaged perceptron: w is the current weight, u the sum of updates
	// weighted by their time; the average is w - u/c.
	var w []int32
	var u []int64
	grow := func() {
		for len(w) < len(keys)*numTags {
			w = append(w, 0)
			u = append(u, 0)
		}
	}
	grow()
	c := int64(1)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6e6572))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var dyn []int32
	for epoch := range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for n, si := range order {
			if n%512 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			st := &sents[si]
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
				scratchF = st.s.dynamic(scratchF[:0], i, prev1, prev2)
				dyn = dyn[:0]
				for _, k := range scratchF {
					dyn = append(dyn, intern(k))
				}
				grow()
				static := feats[st.off[i]:st.off[i+1]]
				var score [numTags]int32
				for _, fs := range [2][]int32{static, dyn} {
					for _, f := range fs {
						if f < 0 {
							continue
						}
						r := w[int(f)*numTags : int(f)*numTags+numTags]
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
				total++
				if pred != gold {
					errs++
					for _, fs := range [2][]int32{static, dyn} {
						for _, f := range fs {
							if f < 0 {
								continue
							}
							b := int(f) * numTags
							w[b+gold]++
							u[b+gold] += c
							w[b+pred]--
							u[b+pred] -= c
						}
					}
				}
				c++
				prev1, prev2 = pred, prev1
			}
		}
		logf("ner: epoch %d: %d errors in %d scored tokens (%.2f%%)\n", epoch+1, errs, total, 100*float64(errs)/float64(max(total, 1)))
	}

	// Average, then quantise to int8: the largest weights are clipped at
	// the ClipQuantile of the non-zero magnitudes.
	avg := make([]float64, len(w))
	var mags []float64
	for i := range w {
		avg[i] = float64(w[i]) - float64(u[i])/float64(c)
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
	type kept struct {
		key uint32
		row [numTags]int8
	}
	var rows []kept
	for f, k := range keys {
		if counts[f] < int32(cfg.MinCount) {
			continue
		}
		r := kept{key: k}
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
	slices.SortFunc(rows, func(a, b kept) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	mk := make([]uint32, len(rows))
	mw := make([]int8, 0, len(rows)*numTags)
	for i, r := range rows {
		mk[i] = r.key
		mw = append(mw, r.row[:]...)
	}
	lk := make([]uint32, 0, len(lexAll))
	for k := range lexAll {
		lk = append(lk, k)
	}
	slices.Sort(lk)
	lv := make([]uint8, len(lk))
	for i, k := range lk {
		lv[i] = lexAll[k]
	}
	logf("ner: kept %d of %d features, lexicon %d words\n", len(rows), len(keys), len(lk))
	return newModel(mk, mw, lk, lv), nil
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
