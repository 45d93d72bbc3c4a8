package export

import (
	"context"
	"errors"
	"time"

	"dyad"
)

// EventStore is what an export reads of a [dyad.Store]: the events, and
// the articles they come from.
type EventStore interface {
	Events(ctx context.Context, f dyad.EventFilter) ([]dyad.EventRecord, error)
	Article(ctx context.Context, id string) (*dyad.Analysis, error)
}

// pageSize is how many events an export asks the store for at once.
const pageSize = 1000

// EachPage calls fn with the events matching f, a page at a time in the
// store's order, until limit events have been passed (limit <= 0: no
// limit) or there are no more; f's Limit and Offset are its own. It
// returns how many events it passed, and stops at fn's first error or when
// ctx is done.
func EachPage(ctx context.Context, st EventStore, f dyad.EventFilter, limit int, fn func([]dyad.EventRecord) error) (n int, err error) {
	err = eachPage(ctx, st, f, func(recs []dyad.EventRecord) (bool, error) {
		if limit > 0 && len(recs) > limit-n {
			recs = recs[:limit-n]
		}
		if err := fn(recs); err != nil {
			return false, err
		}
		n += len(recs)
		return limit <= 0 || n < limit, nil
	})
	return n, err
}

// eachPage calls fn with each page of the events matching f until fn
// returns false or the events run out.
func eachPage(ctx context.Context, st EventStore, f dyad.EventFilter, fn func([]dyad.EventRecord) (more bool, err error)) error {
	f.Limit = pageSize
	for f.Offset = 0; ; f.Offset += pageSize {
		if err := ctx.Err(); err != nil {
			return err
		}
		recs, err := st.Events(ctx, f)
		if err != nil {
			return err
		}
		more, err := fn(recs)
		if err != nil || !more || len(recs) < pageSize {
			return err
		}
	}
}

// WriteGDELT writes the events matching f as GDELT rows to w, limit rows
// at most (limit <= 0: no limit), each joined to its article for the URL
// and tone GDELT's row carries, and added at the time given. Events come
// ordered by date, then article, so each article is read once for its run
// of events. An event without a date has no GDELT row: it is left out and
// counted in undated. WriteGDELT does not flush w.
func WriteGDELT(ctx context.Context, st EventStore, f dyad.EventFilter, limit int, added time.Time, w *GDELTWriter) (n, undated int, err error) {
	var art *dyad.Analysis
	err = eachPage(ctx, st, f, func(recs []dyad.EventRecord) (bool, error) {
		for _, r := range recs {
			if limit > 0 && n == limit {
				return false, nil
			}
			if art == nil || art.Article.ID != r.ArticleID {
				var err error
				if art, err = st.Article(ctx, r.ArticleID); err != nil {
					return false, err
				}
			}
			ge := GDELTEvent{EventRecord: r, URL: art.Article.URL, Added: added}
			if art.Tone != nil {
				ge.Tone = art.Tone.Tone
			}
			if err := w.Write(ge); errors.Is(err, ErrNoDate) {
				undated++
			} else if err != nil {
				return false, err
			} else {
				n++
			}
		}
		return limit <= 0 || n < limit, nil
	})
	return n, undated, err
}
