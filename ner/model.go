package ner

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"slices"
)

// magic starts every model file; the digit is the feature version, so a
// model trained with other feature templates is refused.
const magic = "dyad-ner-2\n"

// Limits on what ReadModel accepts.
const (
	maxFeatures = 1 << 22
	maxLexicon  = 1 << 22
)

// Model is a trained tagger: weights of hashed features, one per tag, and
// the lexicon of how words are written in running text. A Model is safe
// for concurrent use.
type Model struct {
	buckets []bucket // hash table of features, see [Model.find]
	bmask   uint32
	over    []uint64 // bit b: a key whose home is bucket b lies beyond it
	zero    slot     // the weights of an absent feature: all zero
	n       int      // features

	lexKeys []uint32 // sorted lower-cased word hashes
	lexVals []uint8  // their lexicon classes
	lexTab  []uint32 // open-addressing table: key with the class in the low 2 bits
	lexMask uint32

	dense *dense // the weights of the small-valued templates, summed
}

// bucket is one cache line of the feature table: four slots.
type bucket [4]slot

// slot holds a feature key and its weights side by side, so that a lookup
// touches one cache line. The weights are stored plus wBias (1 to 255),
// so that eight of them add as one word (see [acc]).
type slot struct {
	key uint32
	w   [numTags]uint8
	_   [3]byte
}

// Features returns the number of features with weights in the model.
func (m *Model) Features() int { return m.n }

// newModel builds the lookup table for the given sorted, distinct keys
// and their weights (numTags per key).
func newModel(keys []uint32, w []int8, lexKeys []uint32, lexVals []uint8) *Model {
	// Buckets of four slots, filled to 60% or less.
	nb := 1 << bits.Len(uint(len(keys)*5/12))
	m := &Model{
		buckets: make([]bucket, nb), bmask: uint32(nb - 1), over: make([]uint64, (nb+63)/64),
		n: len(keys), lexKeys: lexKeys, lexVals: lexVals,
	}
	for t := range numTags {
		m.zero.w[t] = wBias
	}
	for r, k := range keys {
		b := k & m.bmask
		for m.buckets[b][3].key != 0 {
			m.over[b/64] |= 1 << (b % 64)
			b = (b + 1) & m.bmask
		}
		bk := &m.buckets[b]
		j := 0
		for bk[j].key != 0 {
			j++
		}
		bk[j].key = k
		for t := range numTags {
			bk[j].w[t] = uint8(int(w[r*numTags+t]) + wBias)
		}
	}
	size := 1 << bits.Len(uint(len(lexKeys)+len(lexKeys)/2+1))
	m.lexTab, m.lexMask = make([]uint32, size), uint32(size-1)
	for j, k := range lexKeys {
		k = lexSlotKey(k)
		i := k & m.lexMask
		for m.lexTab[i] != 0 {
			i = (i + 1) & m.lexMask
		}
		m.lexTab[i] = k | uint32(lexVals[j])
	}
	m.dense = m.buildDense()
	return m
}

// lexSlotKey is the key of a word hash in the lexicon table: the low two
// bits are left for the class, and it is never 0.
func lexSlotKey(k uint32) uint32 { return k&^3 | 4 }

// lex returns the lexicon class of a lower-cased word hash.
func (m *Model) lex(h uint64) uint8 {
	if len(m.lexTab) == 0 {
		return lexUnseen
	}
	k := lexSlotKey(fold(h))
	for i := k & m.lexMask; ; i = (i + 1) & m.lexMask {
		switch e := m.lexTab[i]; {
		case e == 0:
			return lexUnseen
		case e&^3 == k:
			return uint8(e & 3)
		}
	}
}

// WriteTo writes the model in its compressed binary form.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	rows := make([]*slot, 0, m.n)
	for b := range m.buckets {
		for j := range m.buckets[b] {
			if m.buckets[b][j].key != 0 {
				rows = append(rows, &m.buckets[b][j])
			}
		}
	}
	slices.SortFunc(rows, func(a, b *slot) int { return cmp.Compare(a.key, b.key) })
	var buf []byte
	buf = append(buf, magic...)
	buf = binary.AppendUvarint(buf, uint64(len(rows)))
	prev := uint32(0)
	for _, r := range rows {
		buf = binary.AppendUvarint(buf, uint64(r.key-prev))
		prev = r.key
	}
	// Weights tag by tag: rows of one tag are alike, which gzip likes.
	for t := range numTags {
		for _, r := range rows {
			buf = append(buf, byte(int8(int(r.w[t])-wBias)))
		}
	}
	buf = binary.AppendUvarint(buf, uint64(len(m.lexKeys)))
	prev = 0
	for _, k := range m.lexKeys {
		buf = binary.AppendUvarint(buf, uint64(k-prev))
		prev = k
	}
	buf = append(buf, m.lexVals...)
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := zw.Write(buf); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// errFormat is the error of a malformed model file.
var errFormat = errors.New("ner: malformed model")

// ReadModel reads a model written by [Model.WriteTo]. It returns an error
// for any other input, never panics, and bounds what it allocates.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || !bytes.Equal(head, []byte(magic)) {
		return nil, fmt.Errorf("%w: bad header", errFormat)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > maxFeatures {
		return nil, fmt.Errorf("%w: feature count", errFormat)
	}
	keys := make([]uint32, 0, min(n, 1<<16))
	prev := uint64(0)
	for range n {
		d, err := binary.ReadUvarint(br)
		if err != nil || (len(keys) > 0 && d == 0) || prev+d > 1<<32-1 || prev+d == 0 {
			return nil, fmt.Errorf("%w: feature keys", errFormat)
		}
		prev += d
		keys = append(keys, uint32(prev))
	}
	w := make([]int8, len(keys)*numTags)
	for t := range numTags {
		for r := range keys {
			v, err := br.ReadByte()
			if err != nil {
				return nil, fmt.Errorf("%w: weights", errFormat)
			}
			w[r*numTags+t] = int8(v)
		}
	}
	nl, err := binary.ReadUvarint(br)
	if err != nil || nl > maxLexicon {
		return nil, fmt.Errorf("%w: lexicon size", errFormat)
	}
	lexKeys := make([]uint32, 0, min(nl, 1<<16))
	prev = 0
	for range nl {
		d, err := binary.ReadUvarint(br)
		if err != nil || (len(lexKeys) > 0 && d == 0) || prev+d > 1<<32-1 {
			return nil, fmt.Errorf("%w: lexicon keys", errFormat)
		}
		prev += d
		lexKeys = append(lexKeys, uint32(prev))
	}
	lexVals := make([]uint8, len(lexKeys))
	if _, err := io.ReadFull(br, lexVals); err != nil {
		return nil, fmt.Errorf("%w: lexicon classes", errFormat)
	}
	for _, v := range lexVals {
		if v > lexMixed {
			return nil, fmt.Errorf("%w: lexicon class %d", errFormat, v)
		}
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("%w: trailing data", errFormat)
	}
	return newModel(keys, w, lexKeys, lexVals), nil
}
