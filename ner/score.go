package ner

import "encoding/binary"

// Scoring. The weights of one token's features are summed eight tags at a
// time: a slot stores its weights plus wBias as bytes, and the even and
// the odd tags of the first eight are added as four 16-bit lanes of one
// word each, so a feature costs a few integer operations whatever the
// number of tags. Lanes never carry into each other: a token adds at most
// maxKeys slots (each lane below 256) and nDense dense entries (each lane
// below 1024), less than 1<<16 in all.
//
// The templates whose values come from small sets (the bias, lexicon
// classes, gazetteer codes, length, the previous tags) are not looked up
// per token: their weights are summed for every combination of values
// when the model is built, in [dense], and a token adds a handful of
// those sums.

// wBias is added to every int8 weight of a slot.
const wBias = 128

// dBias is added to every weight sum of a dense entry; the sums of up to
// four int8 weights lie within ±508.
const dBias = 512

// laneMask keeps the even bytes of a word, each in a 16-bit lane.
const laneMask = 0x00FF00FF00FF00FF

// acc holds the biased per-tag sums of a token in 16-bit lanes: even has
// tags 0, 2, 4 and 6, odd tags 1, 3, 5 and 7, last tag 8.
type acc struct {
	even, odd uint64
	last      uint32
}

// addSlot adds the weights of a slot.
func (a *acc) addSlot(sl *slot) {
	v := binary.LittleEndian.Uint64(sl.w[:8])
	a.even += v & laneMask
	a.odd += v >> 8 & laneMask
	a.last += uint32(sl.w[8])
}

// add adds the lanes of b.
func (a *acc) add(b *acc) {
	a.even += b.even
	a.odd += b.odd
	a.last += b.last
}

// scores unpacks the sums into sc, taking off the bias of nSlots slots
// and nDense dense entries.
func (a *acc) scores(sc *[numTags]int32, nSlots, nDense int) {
	b := int32(nSlots*wBias + nDense*dBias)
	for k := range 4 {
		sc[2*k] = int32(a.even>>(16*k)&0xFFFF) - b
		sc[2*k+1] = int32(a.odd>>(16*k)&0xFFFF) - b
	}
	sc[8] = int32(a.last) - b
}

// Sizes of the small value sets.
const (
	numLex  = lexMixed + 1
	numLen  = 13           // min(runes, 12)
	numGaz  = 6<<2 | 3 + 1 // gazCode values
	numPrev = numTags + 1  // tags and tagStart
)

// dense holds the summed weights of the small-valued templates for every
// combination of their values, as biased lanes.
type dense struct {
	// cur: caps, init, lex, length of the token: fBias, fLex0, fLen0 and,
	// in headlines, fCapsLex0.
	cur [2][2][numLex][numLen]acc
	// side: before (0) or after (1), caps, lex and gazetteer code of the
	// neighbour: fLexm1 and fGazm1, or fLexp1 and fGazp1.
	side [2][2][numLex][numGaz]acc
	// prev: the two tags before: fP1 and fP1P2.
	prev [numPrev][numPrev]acc
	// prevGaz: the tag before and the token's gazetteer code: fP1Gaz0 and
	// fGaz0.
	prevGaz [numPrev][numGaz]acc
}

// nDense is the number of dense entries a token adds.
const nDense = 5

// find returns the slot of feature f, or m.zero when f is absent. A key
// lives in its home bucket, f&bmask, unless that bucket was full, when it
// lives in the first bucket after with room, and every bucket passed over
// is marked in m.over. The four keys of the home bucket are compared
// without branches.
func (m *Model) find(f uint32) *slot {
	b := f & m.bmask
	return m.findIn(f, b, m.buckets[b][0].key)
}

// findIn is find given b, f's home bucket, and k0, the first key of b.
func (m *Model) findIn(f, b, k0 uint32) *slot {
	bk := &m.buckets[b]
	j := 4
	if k0 == f {
		j = 0
	}
	if bk[1].key == f {
		j = 1
	}
	if bk[2].key == f {
		j = 2
	}
	if bk[3].key == f {
		j = 3
	}
	if j < 4 {
		return &bk[j&3]
	}
	if m.over[b/64]&(1<<(b%64)) != 0 {
		return m.findFar(f, b)
	}
	return &m.zero
}

// findFar looks for f in the buckets after its home bucket b.
func (m *Model) findFar(f, b uint32) *slot {
	for m.over[b/64]&(1<<(b%64)) != 0 {
		b = (b + 1) & m.bmask
		for j := range m.buckets[b] {
			if m.buckets[b][j].key == f {
				return &m.buckets[b][j]
			}
		}
	}
	return &m.zero
}

// weights returns the weights of feature f, zero when absent.
func (m *Model) weights(f uint32) (w [numTags]int32) {
	if len(m.buckets) == 0 {
		return w
	}
	sl := m.find(f)
	for t := range numTags {
		w[t] = int32(sl.w[t]) - wBias
	}
	return w
}

// sumDense returns the biased lanes of the summed weights of feats.
func (m *Model) sumDense(feats ...uint32) acc {
	var sum [numTags]int32
	for _, f := range feats {
		w := m.weights(f)
		for t := range numTags {
			sum[t] += w[t]
		}
	}
	var a acc
	for t := range numTags {
		v := uint64(sum[t] + dBias)
		switch {
		case t == 8:
			a.last = uint32(v)
		case t%2 == 0:
			a.even |= v << (16 * (t / 2))
		default:
			a.odd |= v << (16 * (t / 2))
		}
	}
	return a
}

// buildDense sums the weights of the small-valued templates.
func (m *Model) buildDense() *dense {
	d := new(dense)
	for caps := range uint64(2) {
		for init := range uint64(2) {
			for lex := range uint64(numLex) {
				for n := range uint64(numLen) {
					fs := []uint32{mix(fBias, 0, 0), mix(fLex0, lex, caps), mix(fLen0, n, caps)}
					if caps == 1 {
						fs = append(fs, mix(fCapsLex0, lex, init))
					}
					d.cur[caps][init][lex][n] = m.sumDense(fs...)
				}
			}
		}
		for lex := range uint64(numLex) {
			for g := range uint64(numGaz) {
				d.side[0][caps][lex][g] = m.sumDense(mix(fLexm1, lex, caps), mix(fGazm1, g, 0))
				d.side[1][caps][lex][g] = m.sumDense(mix(fLexp1, lex, caps), mix(fGazp1, g, 0))
			}
		}
	}
	for p1 := range uint64(numPrev) {
		for p2 := range uint64(numPrev) {
			d.prev[p1][p2] = m.sumDense(mix(fP1, p1, 0), mix(fP1P2, p1, p2))
		}
		for g := range uint64(numGaz) {
			d.prevGaz[p1][g] = m.sumDense(mix(fP1Gaz0, p1, g), mix(fGaz0, g, 0))
		}
	}
	return d
}

// maxKeys bounds the hashed features of one token: those of
// hashedStatic and two that depend on the tag before.
const maxKeys = 32

// A memo keeps, for the words scored lately, the summed weights of the
// features that depend on nothing but the token itself and the tag before
// it: those centreKeys gives, fGaz0Sh0, fP1W0 and fP1Sh0, and the dense
// cur and prevGaz entries. Words recur, mostly after the same tag, and
// these are half the features of a token. Each scratch has its own memo,
// so it needs no lock; a memo serves one model.
type memo struct {
	m       *Model
	entries [memoSize]memoEntry
}

// memoSize is the number of memo entries, a power of two.
const memoSize = 1 << memoBits

// memoBits is the log2 of memoSize.
const memoBits = 12

// memoEntry is the sum for one word as written, whether it starts the
// sentence, whether the sentence is a headline, its gazetteer code and
// the tag before it (packed in tag, see [memoTag]).
type memoEntry struct {
	tag uint64
	n   uint32 // slots summed; 0 marks an empty entry
	a   acc
}

// memoTag packs what a memo entry depends on: form, the hash of the word
// as written, and the small values init, caps (0 or 1), gaz (below numGaz)
// and prev (below numPrev). The small values are spread over the top 62
// bits by an odd multiplier, so that two tags of one form differ whenever
// the small values do; tags of different forms collide about as rarely as
// the forms themselves.
func memoTag(form, init, caps uint64, gaz uint8, prev int) uint64 {
	small := uint64(prev)*numGaz + uint64(gaz)
	return (form<<2 | caps<<1 | init) ^ small*0x9E3779B97F4A7C15<<2
}

// reset readies the memo for model m.
func (mm *memo) reset(m *Model) {
	if mm.m != m {
		mm.m = m
		clear(mm.entries[:])
	}
}

// lookup adds the weights of keys to a. It reads the first key of the
// home bucket of every key in a pass of its own, so that the processor
// fetches their cache lines together.
func (m *Model) lookup(a *acc, keys []uint32) {
	var first [maxKeys]uint32
	buckets, bmask := m.buckets, m.bmask
	keys = keys[:min(len(keys), maxKeys)]
	for j, f := range keys {
		first[j] = buckets[f&bmask][0].key
	}
	for j, f := range keys {
		a.addSlot(m.findIn(f, f&bmask, first[j]))
	}
}

// scoreToken computes the scores of every tag for token i of s, given the
// two tags before it: the same sums as the weights of s.static and
// s.dynamic, from the memo, the hashed templates and the dense tables.
// mm must have been reset for m.
func (m *Model) scoreToken(sc *[numTags]int32, s *sentence, i, prev1, prev2 int, mm *memo) {
	c, m1, p1 := s.at(i), s.at(i-1), s.at(i+1)
	init, caps := s.flagsAt(i)
	d := m.dense

	tag := memoTag(c.form, init, caps, c.gaz, prev1)
	e := &mm.entries[(tag*0x9E3779B97F4A7C15)>>(64-memoBits)]
	if e.tag != tag || e.n == 0 {
		var keys [maxKeys]uint32
		n := s.centreKeys(keys[:0], i)
		keys[n] = mix(fGaz0Sh0, uint64(c.gaz), c.shape)
		keys[n+1] = mix(fP1W0, uint64(prev1), c.lw)
		keys[n+2] = mix(fP1Sh0, uint64(prev1), c.shape)
		n += 3
		e.a = d.cur[caps][init][c.lex][min(c.n, numLen-1)]
		e.a.add(&d.prevGaz[prev1][c.gaz])
		m.lookup(&e.a, keys[:n])
		e.tag, e.n = tag, uint32(n)
	}
	a := e.a

	var keys [maxKeys]uint32
	n := s.neighbourKeys(keys[:0], i)
	a.add(&d.side[0][caps][m1.lex][m1.gaz])
	a.add(&d.side[1][caps][p1.lex][p1.gaz])
	a.add(&d.prev[prev1][prev2])
	m.lookup(&a, keys[:n])
	a.scores(sc, int(e.n)+n, nDense)
}
