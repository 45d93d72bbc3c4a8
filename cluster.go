package dyad

import (
	"context"
	"encoding/binary"
	"hash/fnv"
	"strings"
	"unicode"
)

// MinHashes is how many hash functions a [Signature] keeps, in
// SignatureBands bands of MinHashes/SignatureBands rows.
const (
	MinHashes      = 32
	SignatureBands = 8
)

// Signature is a MinHash signature of a text's word 3-shingles (case
// folded, punctuation dropped): for each of MinHashes hash functions, the
// least hash of any shingle. The share of equal positions of two
// signatures estimates the Jaccard similarity of the two texts' shingle
// sets, so copies of one wire story with a changed byline, headline or
// last paragraph come out alike and other stories do not.
type Signature [MinHashes]uint32

// NearDuplicate is the least estimated similarity at which two articles
// are taken for copies of one story.
const NearDuplicate = 0.7

// MinHash returns the signature of text. A text of fewer than three words
// is one shingle.
func MinHash(text string) Signature {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	add := func(s string) {
		h := fnv.New64a()
		h.Write([]byte(s))
		x := h.Sum64()
		for i := range sig {
			// the i-th hash function: x mixed with a constant of its own
			v := x ^ (uint64(i+1) * 0x9e3779b97f4a7c15)
			v ^= v >> 33
			v *= 0xff51afd7ed558ccd
			v ^= v >> 33
			if u := uint32(v); u < sig[i] {
				sig[i] = u
			}
		}
	}
	if len(words) < 3 {
		add(strings.Join(words, " "))
	}
	for i := 0; i+3 <= len(words); i++ {
		add(words[i] + " " + words[i+1] + " " + words[i+2])
	}
	return sig
}

// Similarity estimates the Jaccard similarity of the texts of two
// signatures: the share of positions where they agree.
func (s Signature) Similarity(o Signature) float64 {
	n := 0
	for i := range s {
		if s[i] == o[i] {
			n++
		}
	}
	return float64(n) / MinHashes
}

// Bands returns the keys under which a store files the signature for
// finding near-duplicates (locality-sensitive hashing): one per band of
// rows, tagged with the band's number. Two texts of similarity 0.8 share
// a key with probability 0.98, of similarity 0.5 with 0.4, of 0.3 with 0.06.
func (s Signature) Bands() [SignatureBands]int64 {
	var out [SignatureBands]int64
	rows := MinHashes / SignatureBands
	var buf [4]byte
	for b := range out {
		h := fnv.New64a()
		h.Write([]byte{byte(b)})
		for _, v := range s[b*rows : (b+1)*rows] {
			binary.LittleEndian.PutUint32(buf[:], v)
			h.Write(buf[:])
		}
		out[b] = int64(h.Sum64())
	}
	return out
}

// Bytes returns the signature as 4*MinHashes bytes, as stores keep it.
func (s Signature) Bytes() []byte {
	out := make([]byte, 4*MinHashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// SignatureFrom reads a signature written by Bytes; ok is false when b is
// not one.
func SignatureFrom(b []byte) (s Signature, ok bool) {
	if len(b) != 4*MinHashes {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}

// Nearest chooses an article's cluster among the stored articles that
// share a band with it, as ClusterStore.AssignClusters says: the cluster of
// the most similar one at least NearDuplicate alike (the smallest cluster
// ID on a tie), else the article's own ID. Stores call Consider for each
// candidate, in any order, then read Cluster.
type Nearest struct {
	sig     Signature
	cluster string
	best    float64
}

// NewNearest starts the choice for article id of signature sig.
func NewNearest(id string, sig Signature) *Nearest {
	return &Nearest{sig: sig, cluster: id}
}

// Consider weighs a stored article of signature raw (as written by
// Signature.Bytes; anything else is ignored) and cluster.
func (n *Nearest) Consider(raw []byte, cluster string) {
	o, ok := SignatureFrom(raw)
	if !ok {
		return
	}
	if sim := n.sig.Similarity(o); sim >= NearDuplicate && (sim > n.best || sim == n.best && cluster < n.cluster) {
		n.cluster, n.best = cluster, sim
	}
}

// Cluster returns the cluster chosen so far.
func (n *Nearest) Cluster() string { return n.cluster }

// ClusterStore groups near-duplicate articles, such as one wire story
// syndicated by many outlets, under one cluster ID: that of the first
// article of the cluster stored.
//
// Implementations: sqlite and postgres.
type ClusterStore interface {
	// AssignClusters records the signature of each article of ids (sigs[i]
	// is that of ids[i]), in order, in one transaction, and returns their
	// clusters: the cluster of the most similar article recorded before
	// (earlier ones of the same call included) whose signature shares a band
	// with it and is at least NearDuplicate alike, else its own ID. An
	// article assigned before keeps its cluster.
	AssignClusters(ctx context.Context, ids []string, sigs []Signature) (clusters []string, err error)

	// Clusters returns the cluster of each of ids that has one.
	Clusters(ctx context.Context, ids []string) (map[string]string, error)
}
