package syntax

import (
	"math/rand/v2"
)

// The parser is greedy arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta
// 2011) with the root at the end of the buffer, unlabelled; an averaged
// perceptron picks each transition from features of the stack, the buffer
// and the children found so far (after Zhang and Nivre 2011), trained with
// the dynamic oracle of Goldberg and Nivre (2013) so that it learns to
// recover from its own mistakes. Relations are given afterwards by the
// labeller, which sees the finished tree.

// Transitions.
const (
	shift = iota
	right // s1 -> s0, pop
	left  // b0 -> s0, pop
	nTransitions
)

// pstate is a parser configuration over n words; word n is the root.
type pstate struct {
	n       int
	stack   []int
	b       int // buffer front; the buffer is b..n
	heads   []int
	inStack []bool
	// children found so far: two leftmost, two rightmost, counts
	lc1, lc2, rc1, rc2 []int
	nl, nr             []int
	// the coarse classes of each word's children found so far, by side
	// (a bit per class, see uposClass): the label sets of Zhang and Nivre
	// without labels
	ls, rs []uint32
	cls    []uint8 // each word's coarse class
}

func (s *pstate) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 0
	s.heads = resize(s.heads, n+1, -1)
	s.inStack = resizeBool(s.inStack, n+1)
	s.lc1 = resize(s.lc1, n+1, -1)
	s.lc2 = resize(s.lc2, n+1, -1)
	s.rc1 = resize(s.rc1, n+1, -1)
	s.rc2 = resize(s.rc2, n+1, -1)
	s.nl = resize(s.nl, n+1, 0)
	s.nr = resize(s.nr, n+1, 0)
	s.ls = resizeU32(s.ls, n+1)
	s.rs = resizeU32(s.rs, n+1)
}

func resizeU32(s []uint32, n int) []uint32 {
	if cap(s) < n {
		s = make([]uint32, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func resize(s []int, n, v int) []int {
	if cap(s) < n {
		s = make([]int, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

func resizeBool(s []bool, n int) []bool {
	if cap(s) < n {
		s = make([]bool, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (s *pstate) done() bool { return s.b == s.n && len(s.stack) == 0 }

func (s *pstate) valid(t int) bool {
	switch t {
	case shift:
		return s.b < s.n
	case right:
		return len(s.stack) >= 2
	case left:
		return len(s.stack) >= 1 && (s.b < s.n || len(s.stack) == 1)
	}
	return false
}

func (s *pstate) apply(t int) {
	switch t {
	case shift:
		s.stack = append(s.stack, s.b)
		s.inStack[s.b] = true
		s.b++
	case right:
		d := s.stack[len(s.stack)-1]
		h := s.stack[len(s.stack)-2]
		s.pop()
		s.heads[d] = h
		s.rc2[h], s.rc1[h] = s.rc1[h], d
		s.nr[h]++
		s.rs[h] |= 1 << s.cls[d]
	case left:
		d := s.stack[len(s.stack)-1]
		h := s.b
		s.pop()
		s.heads[d] = h
		s.lc2[h], s.lc1[h] = s.lc1[h], d
		s.nl[h]++
		s.ls[h] |= 1 << s.cls[d]
	}
}

func (s *pstate) pop() {
	d := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.inStack[d] = false
}

// cost returns how many gold arcs transition t makes unreachable (the
// dynamic oracle of arc-hybrid); gold[i] is word i's head, n for the root.
func (s *pstate) cost(t int, gold []int) int {
	c := 0
	switch t {
	case shift:
		b := s.b
		s0 := -1
		if len(s.stack) > 0 {
			s0 = s.stack[len(s.stack)-1]
		}
		if g := gold[b]; g < s.n+1 && g != s0 && s.inStackIdx(g) {
			c++
		}
		for _, k := range s.stack {
			if gold[k] == b {
				c++
			}
		}
	case right:
		s0 := s.stack[len(s.stack)-1]
		if gold[s0] >= s.b {
			c++
		}
		for k := s.b; k < s.n; k++ {
			if gold[k] == s0 {
				c++
			}
		}
	case left:
		s0 := s.stack[len(s.stack)-1]
		g := gold[s0]
		if g != s.b {
			if g > s.b || (len(s.stack) >= 2 && g == s.stack[len(s.stack)-2]) {
				c++
			}
		}
		for k := s.b; k < s.n; k++ {
			if gold[k] == s0 {
				c++
			}
		}
	}
	return c
}

func (s *pstate) inStackIdx(i int) bool { return i >= 0 && i < len(s.inStack) && s.inStack[i] }

// Parser feature templates.
const (
	pS0wt = iota + 100
	pS0w
	pS0t
	pB0wt
	pB0w
	pB0t
	pB1wt
	pB1w
	pB1t
	pB2wt
	pB2w
	pB2t
	pS1wt
	pS1w
	pS1t
	pS2t
	pS2w
	pS0wtB0wt
	pS0wtB0w
	pS0wB0wt
	pS0wtB0t
	pS0tB0wt
	pS0wB0w
	pS0tB0t
	pB0tB1t
	pS1wtS0wt
	pS1wtS0w
	pS1wS0wt
	pS1wtS0t
	pS1tS0wt
	pS1wS0w
	pS1tS0t
	pB0tB1tB2t
	pS0tB0tB1t
	pS1tS0tB0t
	pS2tS1tS0t
	pS0tS0ltB0t
	pS0tS0rtB0t
	pS0tB0tB0lt
	pS1tS0tS0lt
	pS1tS0tS0rt
	pS1tS1rtS0t
	pS1tS1ltS0t
	pS0wD
	pS0tD
	pB0wD
	pB0tD
	pS0wB0wD
	pS0tB0tD
	pS1tS0tD
	pS1wS0wD
	pS0wVr
	pS0tVr
	pS0wVl
	pS0tVl
	pS1wVr
	pS1tVr
	pS1wVl
	pS1tVl
	pB0wVl
	pB0tVl
	pS0lw
	pS0lt
	pS0rw
	pS0rt
	pS1lw
	pS1lt
	pS1rw
	pS1rt
	pB0lw
	pB0lt
	pS0l2w
	pS0l2t
	pS0r2w
	pS0r2t
	pB0l2w
	pB0l2t
	pS1r2t
	pS0tS0ltS0l2t
	pS0tS0rtS0r2t
	pB0tB0ltB0l2t
	pS1tS1rtS1r2t
	pS1tB0t
	pS1wtB0t
	pS1tB0wt
	pStackB0t
	pPunctS0B0
	pS0tLs
	pS0tRs
	pS1tLs
	pS1tRs
	pB0tLs
	pS0tRsB0t
	pS1tS0tLs
	pS1wS0lwS0w
	pS1wS0lw
	pS1tS0lw
	pS1tS0lwS0w
	pS1wS0lwS0t
	pS2tS0lw
	pS0wB0lwB0w
	pS0wB0lw
	pS0tB0lw
	pS0tB0lwB0w
	pS0wB0lwB0t
	pS1tS0lwB0t
	pCS1S0B0
	pCB0B1B2
	pCS0B0B1
	pCS2S1S0
	pCS0wB0
	pCS0B0w
	pCS1wS0
	pCS0B0D
	pCS0S0lB0
	pCS0S0rB0
	pCS1S1rS0
	pCS0B0B0l
	pCS1S0S0l
	pCS1S0S0r
	pCS1S0B0B1
	pCS1S0D
	pCS0Vlr
	pCS1Vlr
	pCB0VlB0l
	pCS0S0lS0l2
	pCS0S0rS0r2
	pCB0B0lB0l2
	pCPunctS0B0B1
	pCStackS0B0
	pCS0B0LsRs
	pCS0B0
	pCS1S0
	pCS1B0
	pCS0S0lwB0
	pCS1S0lwS0
	pCS0B0lwB0
	pCS1S0lwB0lw
	pCS0S0rwB0
)

// parseInput is what the parser reads of a sentence: word hashes and
// tags (tag index + 1; 0 none), with the root at index n.
type parseInput struct {
	words []uint64
	tags  []uint64
	punct []bool
	cls   []uint8 // coarse class (uposClass)
}

const (
	noneWord = 0x6e6f6e65
	rootWord = 0x726f6f74
	rootTag  = 0x7fff
)

func (in *parseInput) at(i int) (w, t uint64) {
	n := len(in.words)
	if i < 0 || i > n {
		return noneWord, 0
	}
	if i == n {
		return rootWord, rootTag
	}
	return in.words[i], in.tags[i]
}

func distBucket(d int) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

func minU(v int) uint64 { return uint64(min(v, 6)) }

// features appends the features of state s. It is longer than 80 lines on
// purpose: it is the parser's table of feature templates, one or two lines
// each, read and changed as one list.
func (s *pstate) features(in *parseInput, out []uint64) []uint64 {
	ns := len(s.stack)
	s0, s1, s2 := -1, -1, -1
	if ns > 0 {
		s0 = s.stack[ns-1]
	}
	if ns > 1 {
		s1 = s.stack[ns-2]
	}
	if ns > 2 {
		s2 = s.stack[ns-3]
	}
	b0, b1, b2 := s.b, s.b+1, s.b+2
	if b1 > s.n {
		b1 = -1
	}
	if b2 > s.n {
		b2 = -1
	}
	child := func(a []int, i int) int {
		if i < 0 || i >= len(a) {
			return -1
		}
		return a[i]
	}
	s0w, s0t := in.at(s0)
	s1w, s1t := in.at(s1)
	s2w, s2t := in.at(s2)
	b0w, b0t := in.at(b0)
	b1w, b1t := in.at(b1)
	b2w, b2t := in.at(b2)
	s0lw, s0lt := in.at(child(s.lc1, s0))
	s0l2w, s0l2t := in.at(child(s.lc2, s0))
	s0rw, s0rt := in.at(child(s.rc1, s0))
	s0r2w, s0r2t := in.at(child(s.rc2, s0))
	s1lw, s1lt := in.at(child(s.lc1, s1))
	s1rw, s1rt := in.at(child(s.rc1, s1))
	_, s1r2t := in.at(child(s.rc2, s1))
	b0lw, b0lt := in.at(child(s.lc1, b0))
	b0l2w, b0l2t := in.at(child(s.lc2, b0))
	d := uint64(7 + 1)
	if s0 >= 0 {
		d = distBucket(b0 - s0)
	}
	d2 := uint64(8)
	if s1 >= 0 {
		d2 = distBucket(s0 - s1)
	}
	var s0vl, s0vr, s1vl, s1vr, b0vl uint64 = 7, 7, 7, 7, 7
	if s0 >= 0 {
		s0vl, s0vr = minU(s.nl[s0]), minU(s.nr[s0])
	}
	if s1 >= 0 {
		s1vl, s1vr = minU(s.nl[s1]), minU(s.nr[s1])
	}
	b0vl = minU(s.nl[b0])
	var s0ls, s0rs, s1ls, s1rs uint64 = 1 << 31, 1 << 31, 1 << 31, 1 << 31
	if s0 >= 0 {
		s0ls, s0rs = uint64(s.ls[s0]), uint64(s.rs[s0])
	}
	if s1 >= 0 {
		s1ls, s1rs = uint64(s.ls[s1]), uint64(s.rs[s1])
	}
	b0ls := uint64(s.ls[b0])
	f1 := func(t, a uint64) uint64 { return mix(feat(t), a) }
	f2 := func(t, a, b uint64) uint64 { return mix(mix(feat(t), a), b) }
	f3 := func(t, a, b, c uint64) uint64 { return mix(mix(mix(feat(t), a), b), c) }
	f4 := func(t, a, b, c, e uint64) uint64 { return mix(mix(mix(mix(feat(t), a), b), c), e) }
	// punctuation between s0 and b0
	var punct uint64
	if s0 >= 0 {
		for k := s0 + 1; k < b0 && k < len(in.punct); k++ {
			if in.punct[k] {
				punct = 1
				break
			}
		}
	}
	out = append(out,
		f2(pS0wt, s0w, s0t), f1(pS0w, s0w), f1(pS0t, s0t),
		f2(pB0wt, b0w, b0t), f1(pB0w, b0w), f1(pB0t, b0t),
		f2(pB1wt, b1w, b1t), f1(pB1w, b1w), f1(pB1t, b1t),
		f2(pB2wt, b2w, b2t), f1(pB2w, b2w), f1(pB2t, b2t),
		f2(pS1wt, s1w, s1t), f1(pS1w, s1w), f1(pS1t, s1t),
		f1(pS2t, s2t), f1(pS2w, s2w),
		f4(pS0wtB0wt, s0w, s0t, b0w, b0t), f3(pS0wtB0w, s0w, s0t, b0w), f3(pS0wB0wt, s0w, b0w, b0t),
		f3(pS0wtB0t, s0w, s0t, b0t), f3(pS0tB0wt, s0t, b0w, b0t), f2(pS0wB0w, s0w, b0w), f2(pS0tB0t, s0t, b0t),
		f2(pB0tB1t, b0t, b1t),
		f4(pS1wtS0wt, s1w, s1t, s0w, s0t), f3(pS1wtS0w, s1w, s1t, s0w), f3(pS1wS0wt, s1w, s0w, s0t),
		f3(pS1wtS0t, s1w, s1t, s0t), f3(pS1tS0wt, s1t, s0w, s0t), f2(pS1wS0w, s1w, s0w), f2(pS1tS0t, s1t, s0t),
		f3(pB0tB1tB2t, b0t, b1t, b2t), f3(pS0tB0tB1t, s0t, b0t, b1t), f3(pS1tS0tB0t, s1t, s0t, b0t),
		f3(pS2tS1tS0t, s2t, s1t, s0t), f3(pS0tS0ltB0t, s0t, s0lt, b0t), f3(pS0tS0rtB0t, s0t, s0rt, b0t),
		f3(pS0tB0tB0lt, s0t, b0t, b0lt), f3(pS1tS0tS0lt, s1t, s0t, s0lt), f3(pS1tS0tS0rt, s1t, s0t, s0rt),
		f3(pS1tS1rtS0t, s1t, s1rt, s0t), f3(pS1tS1ltS0t, s1t, s1lt, s0t),
		f2(pS0wD, s0w, d), f2(pS0tD, s0t, d), f2(pB0wD, b0w, d), f2(pB0tD, b0t, d),
		f3(pS0wB0wD, s0w, b0w, d), f3(pS0tB0tD, s0t, b0t, d), f3(pS1tS0tD, s1t, s0t, d2), f3(pS1wS0wD, s1w, s0w, d2),
		f2(pS0wVr, s0w, s0vr), f2(pS0tVr, s0t, s0vr), f2(pS0wVl, s0w, s0vl), f2(pS0tVl, s0t, s0vl),
		f2(pS1wVr, s1w, s1vr), f2(pS1tVr, s1t, s1vr), f2(pS1wVl, s1w, s1vl), f2(pS1tVl, s1t, s1vl),
		f2(pB0wVl, b0w, b0vl), f2(pB0tVl, b0t, b0vl),
		f1(pS0lw, s0lw), f1(pS0lt, s0lt), f1(pS0rw, s0rw), f1(pS0rt, s0rt),
		f1(pS1lw, s1lw), f1(pS1lt, s1lt), f1(pS1rw, s1rw), f1(pS1rt, s1rt),
		f1(pB0lw, b0lw), f1(pB0lt, b0lt),
		f1(pS0l2w, s0l2w), f1(pS0l2t, s0l2t), f1(pS0r2w, s0r2w), f1(pS0r2t, s0r2t),
		f1(pB0l2w, b0l2w), f1(pB0l2t, b0l2t), f1(pS1r2t, s1r2t),
		f3(pS0tS0ltS0l2t, s0t, s0lt, s0l2t), f3(pS0tS0rtS0r2t, s0t, s0rt, s0r2t),
		f3(pB0tB0ltB0l2t, b0t, b0lt, b0l2t), f3(pS1tS1rtS1r2t, s1t, s1rt, s1r2t),
		f2(pS1tB0t, s1t, b0t), f3(pS1wtB0t, s1w, s1t, b0t), f3(pS1tB0wt, s1t, b0w, b0t),
		f2(pStackB0t, minU(ns), b0t), f3(pPunctS0B0, punct, s0t, b0t),
	)
	// the coarse (UPOS) classes, which generalise over the Penn tags
	c := func(i int) uint64 {
		if i < 0 {
			return 40
		}
		if i >= len(in.cls) {
			return 41
		}
		return uint64(in.cls[i])
	}
	s0c, s1c, s2c, b0c, b1c, b2c := c(s0), c(s1), c(s2), c(b0), c(b1), c(b2)
	s0lc, s0rc, s1rc, b0lc := c(child(s.lc1, s0)), c(child(s.rc1, s0)), c(child(s.rc1, s1)), c(child(s.lc1, b0))
	s0l2c, s0r2c, b0l2c := c(child(s.lc2, s0)), c(child(s.rc2, s0)), c(child(s.lc2, b0))
	return append(out,
		// the classes of the children found so far (Zhang and Nivre's
		// label sets)
		f2(pS0tLs, s0t, s0ls), f2(pS0tRs, s0t, s0rs), f2(pS1tLs, s1t, s1ls), f2(pS1tRs, s1t, s1rs),
		f2(pB0tLs, b0t, b0ls), f3(pS0tRsB0t, s0t, s0rs, b0t), f3(pS1tS0tLs, s1t, s0t, s0ls),
		// the attachment of a phrase whose first child is a function
		// word (a preposition, a conjunction): that word with each
		// candidate head
		f3(pS1wS0lwS0w, s1w, s0lw, s0w), f2(pS1wS0lw, s1w, s0lw), f2(pS1tS0lw, s1t, s0lw),
		f3(pS1tS0lwS0w, s1t, s0lw, s0w), f3(pS1wS0lwS0t, s1w, s0lw, s0t), f2(pS2tS0lw, s2t, s0lw),
		f3(pS0wB0lwB0w, s0w, b0lw, b0w), f2(pS0wB0lw, s0w, b0lw), f2(pS0tB0lw, s0t, b0lw),
		f3(pS0tB0lwB0w, s0t, b0lw, b0w), f3(pS0wB0lwB0t, s0w, b0lw, b0t), f3(pS1tS0lwB0t, s1t, s0lw, b0t),
		// coarse classes
		f3(pCS1S0B0, s1c, s0c, b0c), f3(pCB0B1B2, b0c, b1c, b2c), f3(pCS0B0B1, s0c, b0c, b1c),
		f3(pCS2S1S0, s2c, s1c, s0c), f3(pCS0wB0, s0w, s0c, b0c), f3(pCS0B0w, s0c, b0w, b0c),
		f3(pCS1wS0, s1w, s1c, s0c), f3(pCS0B0D, s0c, b0c, d),
		f3(pCS0S0lB0, s0c, s0lc, b0c), f3(pCS0S0rB0, s0c, s0rc, b0c), f3(pCS1S1rS0, s1c, s1rc, s0c),
		f3(pCS0B0B0l, s0c, b0c, b0lc), f3(pCS1S0S0l, s1c, s0c, s0lc), f3(pCS1S0S0r, s1c, s0c, s0rc),
		f4(pCS1S0B0B1, s1c, s0c, b0c, b1c), f3(pCS1S0D, s1c, s0c, d2),
		f3(pCS0Vlr, s0c, s0vl, s0vr), f3(pCS1Vlr, s1c, s1vl, s1vr), f3(pCB0VlB0l, b0c, b0vl, b0lc),
		f3(pCS0S0lS0l2, s0c, s0lc, s0l2c), f3(pCS0S0rS0r2, s0c, s0rc, s0r2c), f3(pCB0B0lB0l2, b0c, b0lc, b0l2c),
		f4(pCPunctS0B0B1, punct, s0c, b0c, b1c), f3(pCStackS0B0, minU(ns), s0c, b0c),
		f4(pCS0B0LsRs, s0c, b0c, s0rs, b0ls),
		f2(pCS0B0, s0c, b0c), f2(pCS1S0, s1c, s0c), f2(pCS1B0, s1c, b0c),
		f3(pCS0S0lwB0, s0c, s0lw, b0c), f3(pCS1S0lwS0, s1c, s0lw, s0c), f3(pCS0B0lwB0, s0c, b0lw, b0c),
		f3(pCS1S0lwB0lw, s1c, s0lw, b0lw), f3(pCS0S0rwB0, s0c, s0rw, b0c),
	)
}

// parser is a trained transition classifier.
type parser struct {
	w *table
}

type parseScratch struct {
	st     pstate
	feats  []uint64
	scores [nTransitions]float32
}

// parse returns the heads of the sentence in (index n for the root).
func (p *parser) parse(in *parseInput, sc *parseScratch) []int {
	n := len(in.words)
	st := &sc.st
	st.reset(n)
	st.cls = in.cls
	for !st.done() {
		// a transition that is the only valid one needs no scores: the
		// first shift, and the right arcs that empty the stack at the end
		best, valid := -1, 0
		for t := range nTransitions {
			if st.valid(t) {
				best = t
				valid++
			}
		}
		if valid > 1 {
			sc.feats = st.features(in, sc.feats[:0])
			p.w.score(sc.feats, sc.scores[:])
			best = -1
			bs := float32(0)
			for t := range nTransitions {
				if st.valid(t) && (best < 0 || sc.scores[t] > bs) {
					best, bs = t, sc.scores[t]
				}
			}
		}
		st.apply(best)
	}
	return st.heads[:n]
}

// trainParser trains the transition classifier on inputs with gold heads
// (index n for the root), following its own predictions after the first
// epoch with probability explore.
func trainParser(ins []parseInput, golds [][]int, epochs int, seed uint64, explore float64, minAbs float64, log func(epoch int, acc float64)) *parser {
	p := newPerceptron(nTransitions)
	order := make([]int, len(ins))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7061727365))
	var sc parseScratch
	scores := make([]float32, nTransitions)
	for ep := range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			in, gold := &ins[si], golds[si]
			st := &sc.st
			st.reset(len(in.words))
			st.cls = in.cls
			for !st.done() {
				sc.feats = st.features(in, sc.feats[:0])
				p.score(sc.feats, scores)
				pred, bestGold := -1, -1
				var costs [nTransitions]int
				for t := range nTransitions {
					if !st.valid(t) {
						continue
					}
					costs[t] = st.cost(t, gold)
					if pred < 0 || scores[t] > scores[pred] {
						pred = t
					}
				}
				// the best-scoring among the cheapest valid transitions
				minCost := 1 << 30
				for t := range nTransitions {
					if st.valid(t) && costs[t] < minCost {
						minCost = costs[t]
					}
				}
				for t := range nTransitions {
					if st.valid(t) && costs[t] == minCost && (bestGold < 0 || scores[t] > scores[bestGold]) {
						bestGold = t
					}
				}
				p.tick()
				if costs[pred] > minCost {
					p.update(sc.feats, bestGold, pred)
				}
				next := bestGold
				if ep > 0 && rng.Float64() < explore {
					next = pred
				}
				st.apply(next)
			}
			for i, h := range st.heads[:len(in.words)] {
				total++
				if h == gold[i] {
					right++
				}
			}
		}
		if log != nil {
			log(ep, float64(right)/float64(max(total, 1)))
		}
	}
	return &parser{w: p.average(minAbs)}
}
