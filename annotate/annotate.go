package annotate

import (
	"context"
	"sync"

	"dyad"
)

// Stage returns the annotate stage. It appends the counts, dates, quotes
// and themes of the article to a.Counts, a.Dates, a.Quotes and a.Themes and
// sets a.Tone. It reads a.Article.Text and Published, a.Sentences (to set
// each count's sentence and to find the tense of each date's sentence; none
// means one sentence 0, with sentences ending at ".", "!" and "?" for the
// tense) and a.Mentions (to give a quotation's speaker an actor code). It
// runs before the events stage, which takes the dates of events from
// a.Dates.
func Stage() dyad.Stage {
	return dyad.StageFunc{StageName: "annotate", Fn: run}
}

var scanners = sync.Pool{New: func() any { return new(scanner) }}

// reset prepares sc for text: folds case, tokenizes, looks words up and sets
// each token's sentence.
func (sc *scanner) reset(text string, sents []dyad.Sentence) {
	sc.text = text
	sc.buf, sc.lower = fold(sc.buf, text)
	sc.toks = tokenize(sc.toks[:0], text)
	sc.lookup()
	if cap(sc.used) < len(sc.toks) {
		sc.used = make([]bool, len(sc.toks))
	}
	sc.used = sc.used[:len(sc.toks)]
	clear(sc.used)
	sc.tenseSent, sc.tenseEnd, sc.noSents = 0, 0, len(sents) == 0
	j := 0
	for i := range sc.toks {
		for j+1 < len(sents) && sents[j+1].Start <= int(sc.toks[i].s) {
			j++
		}
		if len(sents) > 0 {
			sc.toks[i].sent = int32(j)
		}
	}
}

func run(ctx context.Context, a *dyad.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	sc := scanners.Get().(*scanner)
	defer func() {
		// drop what points into the text, so the pool keeps no article alive
		sc.text, sc.lower = "", ""
		clear(sc.cbuf)
		clear(sc.dbuf)
		clear(sc.qbuf)
		scanners.Put(sc)
	}()
	sc.reset(a.Article.Text, a.Sentences)
	if err := ctx.Err(); err != nil {
		return err
	}
	a.Dates = appendAll(a.Dates, sc.dates(a.Article.Published))
	a.Counts = appendAll(a.Counts, sc.counts())
	if err := ctx.Err(); err != nil {
		return err
	}
	a.Quotes = appendAll(a.Quotes, sc.quotes(a.Mentions))
	if th := sc.themes(); len(a.Themes) == 0 && len(th) > 0 {
		a.Themes = th
	} else {
		a.Themes = append(a.Themes, th...)
	}
	a.Tone = sc.tone()
	return nil
}

// appendAll appends s to dst, copying it: s may be scratch. It returns a
// nil dst unchanged when s is empty.
func appendAll[T any](dst, s []T) []T {
	if len(s) == 0 {
		return dst
	}
	if len(dst) == 0 {
		return append(make([]T, 0, len(s)), s...)
	}
	return append(dst, s...)
}
