package syntax

import (
	"math/rand/v2"
	"slices"
)

// The labeller gives each arc of a finished tree its relation, one arc at a
// time, from the dependent, its head and grandparent, their distance and
// direction, the dependent's children (case markers, auxiliaries) and the
// head's other children (a passive auxiliary, an object already there).

// labelInput is a tree to label: word hashes and tags as the parser sees
// them, heads (n for the root) and each word's children in order.
type labelInput struct {
	in    *parseInput
	heads []int
	kids  [][]int
}

func (li *labelInput) build(in *parseInput, heads []int) {
	n := len(in.words)
	li.in, li.heads = in, heads
	if cap(li.kids) < n+1 {
		li.kids = make([][]int, n+1)
	}
	li.kids = li.kids[:n+1]
	for i := range li.kids {
		li.kids[i] = li.kids[i][:0]
	}
	for d, h := range heads {
		if h >= 0 && h <= n {
			li.kids[h] = append(li.kids[h], d)
		}
	}
}

// closedTags are the tags whose words are kept as features of children and
// siblings: function words mark relations.
func closedClass(tag string) bool {
	switch upos(tag) {
	case "ADP", "AUX", "PART", "SCONJ", "DET", "PRON", "CCONJ", "PUNCT":
		return true
	}
	return false
}

// uposClasses are the Universal POS tags, in the order of their class
// numbers; any other tag is class len(uposClasses).
var uposClasses = [...]string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// uposClass returns the class number of a joint tag's UPOS.
func uposClass(joint string) uint8 {
	u := upos(joint)
	for i, c := range uposClasses {
		if c == u {
			return uint8(i)
		}
	}
	return uint8(len(uposClasses))
}

const (
	lDw = iota + 300
	lDt
	lDwt
	lHw
	lHt
	lDtHtDir
	lDwHtDir
	lDtHwDir
	lDwHw
	lDtHtDist
	lDtGt
	lDtHtGt
	lDSuf
	lDKidT
	lDKidW
	lDSibT
	lDSibW
	lDFirst
	lDLeaf
	lDtHtNKids
	lDtHtRank
	lDtPrevT
	lDtNextT
	lDtHtHw
)

// features appends the features of the arc into word d.
func (li *labelInput) features(d int, closed []bool, suf []uint64, out []uint64) []uint64 {
	in := li.in
	n := len(in.words)
	h := li.heads[d]
	dw, dt := in.at(d)
	hw, ht := in.at(h)
	g := -1
	if h >= 0 && h < n {
		g = li.heads[h]
	}
	_, gt := in.at(g)
	dir := uint64(1)
	dist := h - d
	if dist < 0 {
		dir, dist = 2, -dist
	}
	if h == n {
		dir, dist = 3, 0
	}
	db := distBucket(dist)
	_, pt := in.at(d - 1)
	_, nt := in.at(d + 1)
	if d+1 == n {
		nt = 0x99
	}
	out = append(out,
		mix(feat(lDw), dw), mix(feat(lDt), dt), mix(mix(feat(lDwt), dw), dt),
		mix(feat(lHw), hw), mix(feat(lHt), ht),
		mix(mix(mix(feat(lDtHtDir), dt), ht), dir),
		mix(mix(mix(feat(lDwHtDir), dw), ht), dir),
		mix(mix(mix(feat(lDtHwDir), dt), hw), dir),
		mix(mix(feat(lDwHw), dw), hw),
		mix(mix(mix(mix(feat(lDtHtDist), dt), ht), dir), db),
		mix(mix(feat(lDtGt), dt), gt),
		mix(mix(mix(feat(lDtHtGt), dt), ht), gt),
		mix(mix(feat(lDSuf), suf[d]), dt),
		mix(mix(feat(lDFirst), dt), uint64(btoi(d == 0))),
		mix(mix(feat(lDLeaf), dt), uint64(min(len(li.kids[d]), 3))),
		mix(mix(mix(feat(lDtPrevT), dt), pt), ht),
		mix(mix(mix(feat(lDtNextT), dt), nt), ht),
		mix(mix(mix(feat(lDtHtHw), dt), ht), hw),
	)
	for _, k := range li.kids[d] {
		kw, kt := in.at(k)
		side := uint64(btoi(k < d))
		out = append(out, mix(mix(mix(feat(lDKidT), dt), kt), side))
		if closed[k] {
			out = append(out, mix(mix(mix(feat(lDKidW), dt), kw), side))
		}
	}
	rank := 0
	for _, s := range li.kids[h] {
		if s == d {
			continue
		}
		if min(d, h) < s && s < max(d, h) {
			rank++ // a sibling between d and h
		}
		sw, st := in.at(s)
		side := uint64(btoi(s < h))
		out = append(out, mix(mix(mix(mix(feat(lDSibT), dt), st), side), dir))
		if closed[s] {
			out = append(out, mix(mix(mix(mix(feat(lDSibW), dt), sw), side), dir))
		}
	}
	out = append(out,
		mix(mix(mix(feat(lDtHtNKids), dt), ht), uint64(min(len(li.kids[h]), 6))),
		mix(mix(mix(mix(feat(lDtHtRank), dt), ht), dir), uint64(min(rank, 4))),
	)
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// labeler is a trained relation classifier.
type labeler struct {
	rels []string
	w    *table
}

type labelScratch struct {
	li     labelInput
	feats  []uint64
	scores []float32
}

// label returns the relation index of every word of the tree.
func (l *labeler) label(in *parseInput, heads []int, closed []bool, suf []uint64, sc *labelScratch, out []int) []int {
	sc.li.build(in, heads)
	if cap(sc.scores) < len(l.rels) {
		sc.scores = make([]float32, len(l.rels))
	}
	scores := sc.scores[:len(l.rels)]
	out = out[:0]
	for d := range heads {
		sc.feats = sc.li.features(d, closed, suf, sc.feats[:0])
		l.w.score(sc.feats, scores)
		out = append(out, argmax(scores, nil))
	}
	return out
}

// relList returns the relations of sents, sorted.
func relList(sents []Sentence) []string {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			seen[w.Rel] = true
		}
	}
	rels := make([]string, 0, len(seen))
	for r := range seen {
		rels = append(rels, r)
	}
	slices.Sort(rels)
	return rels
}

// labelExample is one training tree for the labeller.
type labelExample struct {
	in     *parseInput
	heads  []int
	closed []bool
	suf    []uint64
	gold   []int
}

func trainLabeler(exs []labelExample, rels []string, epochs int, seed uint64, minAbs float64) *labeler {
	p := newPerceptron(len(rels))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x6c6162656c))
	var li labelInput
	var feats []uint64
	scores := make([]float32, len(rels))
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ei := range order {
			ex := &exs[ei]
			li.build(ex.in, ex.heads)
			for d := range ex.heads {
				feats = li.features(d, ex.closed, ex.suf, feats[:0])
				p.score(feats, scores)
				g := argmax(scores, nil)
				p.tick()
				p.update(feats, ex.gold[d], g)
			}
		}
	}
	return &labeler{rels: rels, w: p.average(minAbs)}
}
