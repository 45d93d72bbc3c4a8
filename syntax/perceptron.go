package syntax

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
)

// Features are 64-bit hashes of a template number and the values it
// combines (word hashes, tag numbers, distances). A collision between two
// features is possible and harmless at this size.

// feat starts a feature of template t.
func feat(t uint64) uint64 { return (t + 1) * 0x9E3779B97F4A7C15 }

// mix adds a value to a feature hash.
func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 31
	return h
}

// hashString is FNV-1a over the bytes of s, finished by a mix so that
// near-identical strings spread.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h, uint64(len(s)))
}

// trainEntry is one class weight of a feature while training: the weight,
// its running total over all updates, and the step of its last change.
type trainEntry struct {
	class int32
	w     int32
	total int64
	ts    int64
}

// perceptron is an averaged multi-class perceptron over hashed features
// with sparse rows: a feature keeps weights only for the classes it was
// ever updated for.
type perceptron struct {
	classes int
	rows    map[uint64][]trainEntry
	step    int64 // updates so far (one per training instance)
}

func newPerceptron(classes int) *perceptron {
	return &perceptron{classes: classes, rows: make(map[uint64][]trainEntry)}
}

// score adds the current weights of feats to scores (len classes).
func (p *perceptron) score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		for _, e := range p.rows[f] {
			scores[e.class] += float32(e.w)
		}
	}
}

// tick counts one training instance, whether or not it updates.
func (p *perceptron) tick() { p.step++ }

// update moves the weights of feats toward class good and away from bad.
func (p *perceptron) update(feats []uint64, good, bad int) {
	if good == bad {
		return
	}
	for _, f := range feats {
		row := p.rows[f]
		row = p.add(row, good, 1)
		row = p.add(row, bad, -1)
		p.rows[f] = row
	}
}

func (p *perceptron) add(row []trainEntry, class int, d int32) []trainEntry {
	for i := range row {
		e := &row[i]
		if int(e.class) == class {
			e.total += int64(e.w) * (p.step - e.ts)
			e.ts = p.step
			e.w += d
			return row
		}
	}
	return append(row, trainEntry{class: int32(class), w: d, ts: p.step})
}

// average returns the averaged weights as a frozen table, dropping weights
// whose magnitude is below minAbs. The weights are quantised to 16 bits,
// as the model file keeps them, so that a model scores the same before it
// is written and after it is read.
func (p *perceptron) average(minAbs float64) *table {
	keys := make([]uint64, 0, len(p.rows))
	for k := range p.rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	type fw struct {
		class int32
		w     float64
	}
	var rows [][]fw
	var kept []uint64
	maxAbs := 0.0
	for _, k := range keys {
		var row []fw
		for _, e := range p.rows[k] {
			total := e.total + int64(e.w)*(p.step-e.ts)
			avg := float64(total) / float64(max(p.step, 1))
			if math.Abs(avg) < minAbs || avg == 0 {
				continue
			}
			row = append(row, fw{e.class, avg})
			maxAbs = max(maxAbs, math.Abs(avg))
		}
		if len(row) == 0 {
			continue
		}
		slices.SortFunc(row, func(a, b fw) int { return cmp.Compare(a.class, b.class) })
		rows = append(rows, row)
		kept = append(kept, k)
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	b := tableBuilder{classes: p.classes, scale: scale}
	var q []weight
	for i, row := range rows {
		q = q[:0]
		for _, x := range row {
			if v := int16(math.Round(x.w / float64(scale))); v != 0 {
				q = append(q, weight{class: uint8(x.class), w: v})
			}
		}
		if len(q) > 0 {
			b.add(kept[i], q)
		}
	}
	return b.build()
}

// weight is one class weight of a frozen feature, in units of its
// table's scale.
type weight struct {
	class uint8
	w     int16
}

// table is a frozen feature table: open addressing over the feature keys,
// each slot holding its key and where its run of class weights lies, so
// that a lookup touches one slot and one run. Weights are 16-bit integers
// times scale.
type table struct {
	classes int
	scale   float32
	slots   []slot
	mask    uint64
	ws      []weight
	nfeat   int
	// small holds the weights of a table of at most smallClasses classes
	// (the parser's) in the slots themselves, in place of slots: one
	// memory access per feature instead of two. A slot keeps 16 bits of
	// its feature's key (the bits that do not choose the slot), so that
	// the table is half the size and more of it stays in the processor's
	// caches; a feature absent from the table matches a slot's 16 bits
	// about once in 65,536 slots it probes, which costs nothing that
	// shows. smallKeys and smallW hold each feature's whole key and its
	// weights, for writing a table that was trained.
	small     []smallSlot
	smallKeys []uint64
	smallW    [][smallClasses]int16
	// raw is the encoding a table was read from (a part of the model's
	// bytes), which it writes back as it is.
	raw []byte
}

const smallClasses = 3

// smallSlot is a feature of a small table with its weights; fp 0 marks
// an empty slot.
type smallSlot struct {
	fp uint16
	w  [smallClasses]int16
}

// fingerprint returns the 16 bits of key k that a small table keeps.
func fingerprint(k uint64) uint16 {
	fp := uint16(k >> 48)
	if fp == 0 {
		fp = 1
	}
	return fp
}

// slot is one feature of a table; key 0 marks an empty slot.
type slot struct {
	key   uint64
	start uint32
	n     uint32
}

type tableBuilder struct {
	raw     []byte // the encoding read, if the table was read
	classes int
	scale   float32
	keys    []uint64
	starts  []uint32
	counts  []uint16
	ws      []weight
}

func (b *tableBuilder) add(k uint64, row []weight) {
	b.keys = append(b.keys, k)
	b.starts = append(b.starts, uint32(len(b.ws)))
	b.counts = append(b.counts, uint16(len(row)))
	b.ws = append(b.ws, row...)
}

func (b *tableBuilder) build() *table {
	// at most 70% full
	n := 1 << bits.Len(uint(len(b.keys)*10/7+1))
	t := &table{classes: b.classes, scale: b.scale, mask: uint64(n - 1), nfeat: len(b.keys), raw: b.raw}
	if t.classes <= smallClasses {
		t.small = make([]smallSlot, n)
		if b.raw == nil {
			t.smallKeys = make([]uint64, len(b.keys))
			t.smallW = make([][smallClasses]int16, len(b.keys))
		}
		for i, k := range b.keys {
			if k == 0 {
				k = 1 // 0 is read as 1 (see sum); the clash is harmless
			}
			var ws [smallClasses]int16
			for _, w := range b.ws[b.starts[i] : b.starts[i]+uint32(b.counts[i])] {
				ws[w.class] = w.w
			}
			if b.raw == nil {
				t.smallKeys[i], t.smallW[i] = k, ws
			}
			s := (k >> 7) & t.mask
			for t.small[s].fp != 0 {
				s = (s + 1) & t.mask
			}
			t.small[s] = smallSlot{fp: fingerprint(k), w: ws}
		}
		return t
	}
	t.slots, t.ws = make([]slot, n), b.ws
	for i, k := range b.keys {
		if k == 0 {
			k = 1
		}
		s := (k >> 7) & t.mask
		for t.slots[s].key != 0 {
			s = (s + 1) & t.mask
		}
		t.slots[s] = slot{key: k, start: b.starts[i], n: uint32(b.counts[i])}
	}
	return t
}

// score sets scores (len classes) to the sum of the weights of feats.
func (t *table) score(feats []uint64, scores []float32) {
	t.scoreFrom(nil, feats, scores)
}

// scoreFrom sets scores to base (sums in the table's units, nil for none)
// plus the weights of feats.
func (t *table) scoreFrom(base []int32, feats []uint64, scores []float32) {
	var acc [256]int32
	sums := acc[:t.classes]
	copy(sums, base)
	t.sum(feats, sums)
	for i, v := range sums {
		scores[i] = float32(v) * t.scale
	}
}

// sum adds the weights of feats to sums (len classes), in the table's
// units.
func (t *table) sum(feats []uint64, sums []int32) {
	if t.small != nil {
		t.sumSmall(feats, sums)
		return
	}
	slots, ws := t.slots, t.ws
	// as in sumSmall: the first slot of each feature of a chunk is read
	// before any is compared
	const chunk = 64
	var at [chunk]uint64
	var keys [chunk]uint64
	for len(feats) > 0 {
		n := min(len(feats), chunk)
		for i, f := range feats[:n] {
			if f == 0 {
				f = 1
			}
			at[i] = (f >> 7) & t.mask
			keys[i] = slots[at[i]].key
		}
		for i, f := range feats[:n] {
			if f == 0 {
				f = 1
			}
			s := at[i]
			for key := keys[i]; ; key = slots[s].key {
				if key == f {
					sl := &slots[s]
					for _, w := range ws[sl.start : sl.start+sl.n] {
						sums[w.class] += int32(w.w)
					}
					break
				}
				if key == 0 {
					break
				}
				s = (s + 1) & t.mask
			}
		}
		feats = feats[n:]
	}
}

func (t *table) sumSmall(feats []uint64, sums []int32) {
	var a, b, c int32
	small := t.small
	// A feature's slot is almost always a cache miss. The features are
	// looked up a chunk at a time, reading the first slot of each before
	// comparing any, so that the processor waits for many misses at once
	// rather than for one after another; the sums are the same.
	const chunk = 64
	var at [chunk]uint64
	var fps [chunk]uint16
	for len(feats) > 0 {
		n := min(len(feats), chunk)
		for i, f := range feats[:n] {
			if f == 0 {
				f = 1
			}
			at[i] = (f >> 7) & t.mask
			fps[i] = small[at[i]].fp
		}
		for i, f := range feats[:n] {
			if f == 0 {
				f = 1
			}
			s, fp := at[i], fingerprint(f)
			for sfp := fps[i]; ; sfp = small[s].fp {
				if sfp == fp {
					w := &small[s].w
					a += int32(w[0])
					b += int32(w[1])
					c += int32(w[2])
					break
				}
				if sfp == 0 {
					break
				}
				s = (s + 1) & t.mask
			}
		}
		feats = feats[n:]
	}
	add := [smallClasses]int32{a, b, c}
	for i := range sums {
		sums[i] += add[i]
	}
}

// weights returns the number of weights in the table.
func (t *table) weights() int {
	if t.small == nil {
		return len(t.ws)
	}
	n := 0
	for _, sl := range t.small {
		for _, w := range sl.w {
			if w != 0 {
				n++
			}
		}
	}
	return n
}

// Encoding of a table: classes, the weight scale, the feature count, then
// per feature in key order its key, weight count and (class, weight)
// pairs, the weight a 16-bit integer in units of the scale; little-endian.

func (t *table) writeTo(w io.Writer) error {
	if t.raw != nil {
		_, err := w.Write(t.raw)
		return err
	}
	if t.classes > 255 {
		return fmt.Errorf("table of %d classes: at most 255 can be written", t.classes)
	}
	type rec struct {
		k     uint64
		start uint32
		n     uint16
	}
	recs := make([]rec, 0, t.nfeat)
	ws := t.ws
	if t.small != nil {
		// the weights of a small table, back into runs
		ws = nil
		for i, k := range t.smallKeys {
			start := len(ws)
			for c, w := range t.smallW[i][:min(t.classes, smallClasses)] {
				if w != 0 {
					ws = append(ws, weight{class: uint8(c), w: w})
				}
			}
			recs = append(recs, rec{k, uint32(start), uint16(len(ws) - start)})
		}
	}
	for _, sl := range t.slots {
		if sl.key != 0 {
			recs = append(recs, rec{sl.key, sl.start, uint16(sl.n)})
		}
	}
	slices.SortFunc(recs, func(a, b rec) int { return cmp.Compare(a.k, b.k) })
	buf := make([]byte, 0, 1<<16)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(t.classes))
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(t.scale))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(len(recs)))
	for _, r := range recs {
		buf = binary.LittleEndian.AppendUint64(buf, r.k)
		buf = append(buf, byte(r.n))
		for _, x := range ws[r.start : r.start+uint32(r.n)] {
			buf = append(buf, x.class)
			buf = binary.LittleEndian.AppendUint16(buf, uint16(x.w))
		}
		if len(buf) > 1<<15 {
			if _, err := w.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	_, err := w.Write(buf)
	return err
}

var errCorrupt = errors.New("corrupt model")

// readTable decodes a table from data and returns the rest.
func readTable(data []byte) (*table, []byte, error) {
	all := data
	if len(data) < 12 {
		return nil, nil, errCorrupt
	}
	classes := int(binary.LittleEndian.Uint32(data))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(data[4:]))
	nf := int(binary.LittleEndian.Uint32(data[8:]))
	data = data[12:]
	if classes <= 0 || classes > 255 || nf > len(data)/9 || !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, nil, fmt.Errorf("%w: table of %d classes, %d features", errCorrupt, classes, nf)
	}
	b := tableBuilder{classes: classes, scale: scale}
	b.keys = make([]uint64, 0, nf)
	b.starts = make([]uint32, 0, nf)
	b.counts = make([]uint16, 0, nf)
	b.ws = make([]weight, 0, (len(data)-9*nf)/3)
	for range nf {
		if len(data) < 9 {
			return nil, nil, errCorrupt
		}
		k := binary.LittleEndian.Uint64(data)
		n := int(data[8])
		data = data[9:]
		if len(data) < 3*n {
			return nil, nil, errCorrupt
		}
		b.keys = append(b.keys, k)
		b.starts = append(b.starts, uint32(len(b.ws)))
		b.counts = append(b.counts, uint16(n))
		for j := range n {
			c := data[3*j]
			if int(c) >= classes {
				return nil, nil, fmt.Errorf("%w: class %d of %d", errCorrupt, c, classes)
			}
			b.ws = append(b.ws, weight{class: c, w: int16(binary.LittleEndian.Uint16(data[3*j+1:]))})
		}
		data = data[3*n:]
	}
	b.raw = all[:len(all)-len(data)]
	return b.build(), data, nil
}

// argmax returns the best class among those allowed (allowed nil: all).
func argmax(scores []float32, allowed []bool) int {
	best, bs := -1, float32(0)
	for c, s := range scores {
		if allowed != nil && !allowed[c] {
			continue
		}
		if best < 0 || s > bs {
			best, bs = c, s
		}
	}
	return best
}
