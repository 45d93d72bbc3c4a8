package ner

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"dyad"
)

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Builtin reports whether the binary holds the tagger's weights: it does
// unless built with -tags dyad_noner, for a binary free of the research-only
// terms of the CoNLL-2003 data they derive from (NOTICE).
func Builtin() bool { return len(modelBin) > 0 }

// Default returns the model embedded in the package, loading it on first
// use. The error is non-nil when the embedded file is not a valid model, or
// when there is none ([Builtin]).
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		if !Builtin() {
			defaultModel, defaultErr = newModel(nil, nil, nil, nil), errors.New("ner: built without a model (-tags dyad_noner)")
			return
		}
		defaultModel, defaultErr = ReadModel(bytes.NewReader(modelBin))
		if defaultErr != nil {
			defaultModel = newModel(nil, nil, nil, nil)
		}
	})
	return defaultModel, defaultErr
}

// scratch is the reusable state of one tagging call.
type scratch struct {
	memo  memo
	s     sentence
	tags  []int
	found []dyad.Mention // the entities of one call
	add   []dyad.Mention // the entities Merge accepts
	drop  []bool         // the known mentions Merge drops
}

// getScratch takes a scratch from the pool.
func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// putScratch returns sc to the pool, dropping its references to text.
// The pool keeps it, and its memo, warm while tagging goes on.
func putScratch(sc *scratch) {
	clear(sc.found)
	sc.found = sc.found[:0]
	clear(sc.add)
	sc.add = sc.add[:0]
	sc.s.text, sc.s.toks = "", nil
	scratchPool.Put(sc)
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// tagSentence returns the tag of every token of the sentence sc.s, which
// has been scanned, decoded greedily left to right.
func (m *Model) tagSentence(sc *scratch, known []dyad.Mention) []int {
	s := &sc.s
	s.mark(known)
	sc.memo.reset(m)
	tags := sc.tags[:0]
	prev1, prev2 := tagStart, tagStart
	for i := range s.n {
		t := tagO
		if s.scored(i, prev1) {
			var score [numTags]int32
			m.scoreToken(&score, s, i, prev1, prev2, &sc.memo)
			t = best(&score, prev1)
		}
		tags = append(tags, t)
		prev1, prev2 = t, prev1
	}
	sc.tags = tags
	return tags
}

// best returns the tag of the highest score that may follow prev, the
// first such on ties: O and the B- tags always may, an I- tag only after
// the B- or I- tag of its type.
func best(score *[numTags]int32, prev int) int {
	t, top := tagO, score[tagO]
	for c := tagBPer; c < numTags; c += 2 {
		if score[c] > top {
			t, top = c, score[c]
		}
	}
	if prev != tagO && prev < numTags {
		in := prev + prev&1 // the I- tag of prev's type
		if score[in] > top || score[in] == top && in < t {
			t = in
		}
	}
	return t
}

// kindOf maps a tag to the kind of mention it begins or continues; MISC
// and O map to "".
func kindOf(t int) dyad.MentionKind {
	switch t {
	case tagBPer, tagIPer:
		return dyad.KindPerson
	case tagBOrg, tagIOrg:
		return dyad.KindOrg
	case tagBLoc, tagILoc:
		return dyad.KindLocation
	}
	return ""
}

// Entities returns the people, organisations and places the model finds
// in toks of text (tokens in text order, as segment writes them), given
// the mentions already known there (ordered by Start), without merging
// them with known. Spans run from token edge to token edge.
func (m *Model) Entities(text string, toks []dyad.Token, known []dyad.Mention) []dyad.Mention {
	sc := getScratch()
	defer putScratch(sc)
	found, _ := m.entities(context.Background(), sc, text, toks, known)
	if len(found) == 0 {
		return nil
	}
	return slices.Clone(found)
}

// ctxEvery is how many sentences are tagged between checks of the context.
const ctxEvery = 64

// entities finds the entities of toks in sc.found and returns them; they
// are valid until sc goes back to the pool.
func (m *Model) entities(ctx context.Context, sc *scratch, text string, toks []dyad.Token, known []dyad.Mention) ([]dyad.Mention, error) {
	if m.n == 0 {
		return nil, nil
	}
	out := sc.found[:0]
	defer func() { sc.found = out }()
	k := 0
	for lo, ns := 0, 0; lo < len(toks); ns++ {
		if ns%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		hi := lo + 1
		for hi < len(toks) && toks[hi].Sentence == toks[lo].Sentence {
			hi++
		}
		run := toks[lo:hi]
		if !sc.s.scan(text, run, m) {
			lo = hi
			continue
		}
		// The known mentions that may touch this run.
		for k < len(known) && known[k].End <= run[0].Start {
			k++
		}
		kh := k
		for kh < len(known) && known[kh].Start < run[len(run)-1].End {
			kh++
		}
		tags := m.tagSentence(sc, known[k:kh])
		out = appendEntities(out, text, run, tags)
		lo = hi
	}
	return out, nil
}

// appendEntities turns the tags of run into mentions.
func appendEntities(out []dyad.Mention, text string, run []dyad.Token, tags []int) []dyad.Mention {
	for i := 0; i < len(tags); {
		kind := kindOf(tags[i])
		if kind == "" {
			i++
			continue
		}
		inside := tags[i] + 1 // the I- tag of a B- tag
		if tags[i]%2 == 0 {
			inside = tags[i]
		}
		j := i + 1
		for j < len(tags) && tags[j] == inside {
			j++
		}
		start, end := run[i].Start, run[j-1].End
		if 0 <= start && start < end && end <= len(text) {
			s := text[start:end]
			out = append(out, dyad.Mention{
				Sentence: run[i].Sentence, Kind: kind, Text: s, Span: dyad.Span{Start: start, End: end}, Name: normSpace(s),
			})
		}
		i = j
	}
	return out
}

// normSpace collapses runs of white space to one space.
func normSpace(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c >= utf8.RuneSelf || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// Tag finds people, organisations and places in toks of text with the
// embedded model and merges them with the mentions already known there
// (ordered by Start, typically the gazetteer's). It returns the merged
// mentions ordered by Start; known itself is not modified. A known mention
// wins where spans overlap, except that a PERSON or ORG entity replaces
// the known mentions it strictly contains ("Bank of England") and a known
// LOCATION with its very span that is a city, not a capital ("Leeds" the
// football club, "Florence" the person; "Tokyo" stays a place), keeping the Actor of a replaced mention whose
// code carries a role (longer than 3 letters, as "GBRGOV"). When the
// embedded model cannot be loaded Tag returns a copy of known.
func Tag(text string, toks []dyad.Token, known []dyad.Mention) []dyad.Mention {
	m, _ := Default()
	sc := getScratch()
	defer putScratch(sc)
	found, _ := m.entities(context.Background(), sc, text, toks, known)
	return sc.merge(known, found)
}

// Stage returns the stage named "ner". It reads a.Tokens, a.Sentences and
// a.Mentions (the gazetteer's) and adds PERSON, ORG and LOCATION mentions
// as [Tag] does, keeping a.Mentions ordered by Start. It returns an error
// when the embedded model cannot be loaded.
func Stage() dyad.Stage {
	return dyad.StageFunc{StageName: "ner", Fn: func(ctx context.Context, a *dyad.Analysis) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		m, err := Default()
		if err != nil {
			return err
		}
		sc := getScratch()
		defer putScratch(sc)
		found, err := m.entities(ctx, sc, a.Article.Text, a.Tokens, a.Mentions)
		if err != nil {
			return err
		}
		if len(found) > 0 && sc.decide(a.Mentions, found) {
			a.Mentions = join(make([]dyad.Mention, 0, len(a.Mentions)+len(sc.add)), a.Mentions, sc.drop, sc.add)
		}
		return nil
	}}
}

// Merge merges the tagger's entities found into the known mentions, both
// ordered by Start, by the rule of [Tag], and returns the result ordered
// by Start. An entity that overlaps one accepted before it is dropped.
func Merge(known, found []dyad.Mention) []dyad.Mention {
	return new(scratch).merge(known, found)
}

// merge is [Merge] with the buffers of sc.
func (sc *scratch) merge(known, found []dyad.Mention) []dyad.Mention {
	sc.decide(known, found)
	return join(make([]dyad.Mention, 0, len(known)+len(sc.add)), known, sc.drop, sc.add)
}

// decide applies the rule of [Tag] to the entities found and the known
// mentions, both ordered by Start: it leaves in sc.drop which known
// mentions go and in sc.add which entities come in, and reports whether
// the mentions change at all.
func (sc *scratch) decide(known, found []dyad.Mention) bool {
	maxLen := 0
	for _, kn := range known {
		maxLen = max(maxLen, kn.End-kn.Start)
	}
	drop := slices.Grow(sc.drop[:0], len(known))[:len(known)]
	clear(drop)
	add := sc.add[:0]
	defer func() { sc.drop, sc.add = drop, add }()
	lo := 0
	lastEnd := -1
	for _, e := range found {
		if e.Start < lastEnd || e.Start > e.End {
			continue
		}
		for lo < len(known) && known[lo].Start < e.Start-maxLen {
			lo++ // ends before e: known is ordered by Start
		}
		contained, crossing := 0, false
		actor := ""
		for j := lo; j < len(known) && known[j].Start <= e.End; j++ {
			kn := &known[j]
			if !overlaps(kn, &e) {
				continue
			}
			same := kn.Start == e.Start && kn.End == e.End
			if e.Start <= kn.Start && kn.End <= e.End && (!same || kn.Kind == dyad.KindLocation && kn.Actor == "") {
				contained++
				if actor == "" && len(kn.Actor) > 3 {
					actor = kn.Actor
				}
				continue
			}
			crossing = true
		}
		switch {
		case contained == 0 && !crossing:
		case !crossing && (e.Kind == dyad.KindOrg || e.Kind == dyad.KindPerson):
			for j := lo; j < len(known) && known[j].Start <= e.End; j++ {
				if overlaps(&known[j], &e) {
					drop[j] = true
				}
			}
			e.Actor = actor
		default:
			continue
		}
		add = append(add, e)
		lastEnd = e.End
	}
	return len(add) > 0
}

// join appends to out the known mentions not dropped and the added ones,
// ordered by Start, the known first among equal starts.
func join(out, known []dyad.Mention, drop []bool, add []dyad.Mention) []dyad.Mention {
	byStart := func(a, b dyad.Mention) int { return a.Start - b.Start }
	if !slices.IsSortedFunc(known, byStart) || !slices.IsSortedFunc(add, byStart) {
		for j := range known {
			if !drop[j] {
				out = append(out, known[j])
			}
		}
		out = append(out, add...)
		slices.SortStableFunc(out, byStart)
		return out
	}
	a := 0
	for j := range known {
		if drop[j] {
			continue
		}
		for a < len(add) && add[a].Start < known[j].Start {
			out = append(out, add[a])
			a++
		}
		out = append(out, known[j])
	}
	return append(out, add[a:]...)
}

// overlaps reports whether two mentions share a byte; an empty mention
// overlaps one that strictly surrounds its position.
func overlaps(a, b *dyad.Mention) bool {
	if a.Start == a.End {
		return b.Start < a.Start && a.Start < b.End
	}
	return a.Start < b.End && b.Start < a.End
}
