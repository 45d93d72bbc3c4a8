package ner

import "encoding/binary"

// Scoring. The weights of one token's features are summed eight tags at a
// time: a slot stores its weights plus wBias as bytes, and the even and
// the odd tags of the first eight are added as four 16-bit lanes of one
// word each, so a feature costs a few integer operations whatever the
// number of tags. Lanes never carry into each other: a token adds at most
// maxKeys slots (each lane below 256) and maxDense dense entries (each
// lane below 1024), less than 1<<16 in all.
//
// The templates whose values come from small sets (the bias, lexicon
// classes, gazetteer codes, length, the previous tags) are not looked up
// per token: their weights are summed for every combination of values
// when the model is built, in [dense], and a token adds a handful of
// those sums. So are, for the common shapes and words (see [shapeID]
// and [wordID]) that nearly every token and its neighbours have, the
// shape templates of the token and its neighbours and the word templates
// of its neighbours; rarer values are looked up as usual.

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
	// near: the shape bigram before (0: fShm1 and fShm1Sh0) or after the
	// token (1: fShp1, fSh0Shp1 and, in headlines, fCapsSh0Shp1), by caps
	// and the shape ids of the left and the right token of the pair.
	near [2][2][numShape][numShape]acc
	// far: the shape two before (0: fShm2) or after (1: fShp2), by caps
	// and shape id.
	far [2][2][numShape]acc
	// word: the common word two before (0: fWm2), one before (1: fWm1),
	// one after (2: fWp1) or two after (3: fWp2), by word id.
	word [4][numWord]acc
	// shape: the token's common shape by caps, init and lex: fSh0,
	// fInitSh0 and fLex0Sh0Init.
	shape [2][2][numLex][numShape]acc
	// gazShape: fGaz0Sh0 by gazetteer code and common shape.
	gazShape [numGaz][numShape]acc
	// prevShape: fP1Sh0 by the tag before and common shape.
	prevShape [numPrev][numShape]acc
}

// sideDense is the number of dense entries every scored token adds
// besides those of its memo entry: the two side entries and prev.
const sideDense = 3

// maxDense bounds the dense entries of a token: sideDense, four of near
// and far, four of word, and cur, prevGaz, shape, gazShape and prevShape
// in its memo entry.
const maxDense = sideDense + 13

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
	for caps := range uint64(2) {
		for a := 1; a < numShape; a++ {
			ha := shapeHashes[a]
			d.far[0][caps][a] = m.sumDense(mix(fShm2, ha, caps))
			d.far[1][caps][a] = m.sumDense(mix(fShp2, ha, caps))
			for b := 1; b < numShape; b++ {
				hb := shapeHashes[b]
				d.near[0][caps][a][b] = m.sumDense(mix(fShm1, ha, caps), mix(fShm1Sh0, ha, hb))
				fs := []uint32{mix(fShp1, hb, caps), mix(fSh0Shp1, ha, hb)}
				if caps == 1 {
					fs = append(fs, mix(fCapsSh0Shp1, ha, hb))
				}
				d.near[1][caps][a][b] = m.sumDense(fs...)
			}
		}
	}
	for sh := 1; sh < numShape; sh++ {
		h := shapeHashes[sh]
		for caps := range uint64(2) {
			for init := range uint64(2) {
				for lex := range uint64(numLex) {
					d.shape[caps][init][lex][sh] = m.sumDense(mix(fSh0, h, caps), mix(fInitSh0, init, h), mix(fLex0Sh0Init, lex<<1|init, h))
				}
			}
		}
		for g := range uint64(numGaz) {
			d.gazShape[g][sh] = m.sumDense(mix(fGaz0Sh0, g, h))
		}
		for p := range uint64(numPrev) {
			d.prevShape[p][sh] = m.sumDense(mix(fP1Sh0, p, h))
		}
	}
	for w := 1; w < numWord; w++ {
		for r, t := range [4]uint64{fWm2, fWm1, fWp1, fWp2} {
			d.word[r][w] = m.sumDense(mix(t, wordHashes[w], 0))
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
// so it needs no lock; a memo serves one model. A memo starts small, so
// that tagging a short text allocates little, and doubles whenever it
// has missed as often as it has entries, up to 1<<maxMemoBits.
type memo struct {
	m       *Model
	entries []memoEntry // a power of two of them
	shift   uint        // 64 - log2(len(entries))
	misses  int         // since the last growth
}

// The log2 of the smallest and the largest number of memo entries.
const (
	minMemoBits = 10
	maxMemoBits = 14
)

// memoEntry is the sum for one word as written, whether it starts the
// sentence, whether the sentence is a headline, its gazetteer code and
// the tag before it (packed in tag, see [memoTag]).
// It holds the fields of an acc itself, so that it takes 32 bytes, half
// a cache line.
type memoEntry struct {
	tag       uint64
	even, odd uint64 // as in acc
	last      uint32 // as in acc
	n         uint16 // slots summed; 0 marks an empty entry
	nd        uint16 // dense entries summed
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
	if mm.entries == nil {
		mm.entries, mm.shift = make([]memoEntry, 1<<minMemoBits), 64-minMemoBits
	}
	if mm.m != m {
		mm.m = m
		clear(mm.entries)
	}
}

// entry returns the entry of tag.
func (mm *memo) entry(tag uint64) *memoEntry {
	return &mm.entries[(tag*0x9E3779B97F4A7C15)>>mm.shift]
}

// miss counts a miss, and grows the memo, dropping its entries, when
// they are fewer than the misses and fewer than 1<<maxMemoBits.
func (mm *memo) miss() {
	mm.misses++
	if mm.misses >= len(mm.entries) && len(mm.entries) < 1<<maxMemoBits {
		mm.entries = make([]memoEntry, 2*len(mm.entries))
		mm.shift--
		mm.misses = 0
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
	e := mm.entry(tag)
	if e.tag != tag || e.n == 0 {
		*e = m.centre(s, i, prev1, tag)
		mm.miss()
	}
	a := acc{e.even, e.odd, e.last}

	a.add(&d.side[0][caps][m1.lex][m1.gaz])
	a.add(&d.side[1][caps][p1.lex][p1.gaz])
	a.add(&d.prev[prev1][prev2])
	n, nd := m.neighbours(&a, s, i, caps)
	a.scores(sc, int(e.n)+n, sideDense+int(e.nd)+nd)
}

// centre returns the memo entry with tag for token i of s after the tag
// prev1: the sums of the features of centreKeys, fGaz0Sh0, fP1W0 and
// fP1Sh0, and the dense cur and prevGaz entries, taking the shape
// features from the dense shape, gazShape and prevShape tables when the
// token's shape is common.
func (m *Model) centre(s *sentence, i, prev1 int, tag uint64) memoEntry {
	c := s.centre(i)
	init, caps := s.flagsAt(i)
	d := m.dense
	a := d.cur[caps][init][c.lex][min(c.n, numLen-1)]
	a.add(&d.prevGaz[prev1][c.gaz])
	nd := 2
	var keys [maxKeys]uint32
	keys[0] = mix(fW0, c.lw, 0)
	if s.caps {
		keys[1] = mix(fCapsW0, c.lw, 0)
	} else {
		keys[1] = mix(fForm0, c.form, init)
	}
	keys[2] = mix(fP1W0, uint64(prev1), c.lw)
	n := 3
	for k := range min(c.n, 4) {
		keys[n], keys[n+1] = mix(fPre+uint64(k)<<8, c.pre[k], 0), mix(fSuf+uint64(k)<<8, c.suf[k], 0)
		n += 2
	}
	if c.shid != 0 {
		a.add(&d.shape[caps][init][c.lex][c.shid])
		a.add(&d.gazShape[c.gaz][c.shid])
		a.add(&d.prevShape[prev1][c.shid])
		nd += 3
	} else {
		keys[n] = mix(fSh0, c.shape, caps)
		keys[n+1] = mix(fInitSh0, init, c.shape)
		keys[n+2] = mix(fLex0Sh0Init, uint64(c.lex)<<1|init, c.shape)
		keys[n+3] = mix(fGaz0Sh0, uint64(c.gaz), c.shape)
		keys[n+4] = mix(fP1Sh0, uint64(prev1), c.shape)
		n += 5
	}
	m.lookup(&a, keys[:n])
	return memoEntry{tag: tag, even: a.even, odd: a.odd, last: a.last, n: uint16(n), nd: uint16(nd)}
}

// neighbours adds to a the weights of the features of neighbourKeys for
// token i of s, where caps is 1 in a headline: the shape features from
// the dense near and far tables when the shapes are common, the others
// looked up. It returns the numbers of slots and dense entries it added.
func (m *Model) neighbours(a *acc, s *sentence, i int, caps uint64) (nSlots, nDense int) {
	c := s.at(i)
	m1, p1, m2, p2 := s.at(i-1), s.at(i+1), s.word(i-2), s.word(i+2)
	d := m.dense
	var keys [maxKeys]uint32
	keys[0] = mix(fWm1W0, m1.lw, c.lw)
	keys[1] = mix(fW0Wp1, c.lw, p1.lw)
	n := 2
	for r, t := range [4]*tokInfo{m2, m1, p1, p2} {
		if t.wid != 0 {
			a.add(&d.word[r][t.wid])
			nDense++
			continue
		}
		keys[n] = mix([4]uint64{fWm2, fWm1, fWp1, fWp2}[r], t.lw, 0)
		n++
	}
	if m1.shid != 0 && c.shid != 0 {
		a.add(&d.near[0][caps][m1.shid][c.shid])
		nDense++
	} else {
		keys[n], keys[n+1] = mix(fShm1, m1.shape, caps), mix(fShm1Sh0, m1.shape, c.shape)
		n += 2
	}
	if c.shid != 0 && p1.shid != 0 {
		a.add(&d.near[1][caps][c.shid][p1.shid])
		nDense++
	} else {
		keys[n], keys[n+1] = mix(fShp1, p1.shape, caps), mix(fSh0Shp1, c.shape, p1.shape)
		n += 2
		if caps == 1 {
			keys[n] = mix(fCapsSh0Shp1, c.shape, p1.shape)
			n++
		}
	}
	if m2.shid != 0 {
		a.add(&d.far[0][caps][m2.shid])
		nDense++
	} else {
		keys[n] = mix(fShm2, m2.shape, caps)
		n++
	}
	if p2.shid != 0 {
		a.add(&d.far[1][caps][p2.shid])
		nDense++
	} else {
		keys[n] = mix(fShp2, p2.shape, caps)
		n++
	}
	m.lookup(a, keys[:n])
	return n, nDense
}

// No lane of an acc carries into the next (see [acc]).
const _ uint = 1<<16 - maxKeys*256 - maxDense*1024
