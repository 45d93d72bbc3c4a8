package mock

import (
	"context"

	"dyad"
)

var _ dyad.Store = (*Store)(nil)

// Store is a [dyad.Store] whose methods call the function fields. A method
// whose field is nil returns an EINTERNAL error naming it (Close returns
// nil).
type Store struct {
	HashesFn      func(ctx context.Context, ids []string) (map[string]string, error)
	PutFn         func(ctx context.Context, batch []*dyad.Analysis) ([]dyad.PutResult, error)
	ArticleFn     func(ctx context.Context, id string) (*dyad.Analysis, error)
	SearchFn      func(ctx context.Context, q dyad.SearchQuery) ([]dyad.SearchHit, error)
	EventsFn      func(ctx context.Context, f dyad.EventFilter) ([]dyad.EventRecord, error)
	SentencesFn   func(ctx context.Context, keys []dyad.SentenceKey) ([]dyad.SentenceInfo, error)
	TimelineFn    func(ctx context.Context, q dyad.TimelineQuery) ([]dyad.TimelineBucket, error)
	ActorsFn      func(ctx context.Context, f dyad.ActorFilter) ([]dyad.ActorStat, error)
	StatsFn       func(ctx context.Context) (dyad.Stats, error)
	EachArticleFn func(ctx context.Context, from, to string, fn func(*dyad.Article) error) error
	CloseFn       func() error
}

// unset is the error of a method whose function field is nil.
func unset(method string) error {
	return dyad.Errorf(dyad.EINTERNAL, "mock.Store: %s called but %sFn is not set", method, method)
}

// Hashes calls HashesFn.
func (s *Store) Hashes(ctx context.Context, ids []string) (map[string]string, error) {
	if s.HashesFn == nil {
		return nil, unset("Hashes")
	}
	return s.HashesFn(ctx, ids)
}

// Put calls PutFn.
func (s *Store) Put(ctx context.Context, batch []*dyad.Analysis) ([]dyad.PutResult, error) {
	if s.PutFn == nil {
		return nil, unset("Put")
	}
	return s.PutFn(ctx, batch)
}

// Article calls ArticleFn.
func (s *Store) Article(ctx context.Context, id string) (*dyad.Analysis, error) {
	if s.ArticleFn == nil {
		return nil, unset("Article")
	}
	return s.ArticleFn(ctx, id)
}

// Search calls SearchFn.
func (s *Store) Search(ctx context.Context, q dyad.SearchQuery) ([]dyad.SearchHit, error) {
	if s.SearchFn == nil {
		return nil, unset("Search")
	}
	return s.SearchFn(ctx, q)
}

// Events calls EventsFn.
func (s *Store) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.EventRecord, error) {
	if s.EventsFn == nil {
		return nil, unset("Events")
	}
	return s.EventsFn(ctx, f)
}

// Sentences calls SentencesFn.
func (s *Store) Sentences(ctx context.Context, keys []dyad.SentenceKey) ([]dyad.SentenceInfo, error) {
	if s.SentencesFn == nil {
		return nil, unset("Sentences")
	}
	return s.SentencesFn(ctx, keys)
}

// Timeline calls TimelineFn.
func (s *Store) Timeline(ctx context.Context, q dyad.TimelineQuery) ([]dyad.TimelineBucket, error) {
	if s.TimelineFn == nil {
		return nil, unset("Timeline")
	}
	return s.TimelineFn(ctx, q)
}

// Actors calls ActorsFn.
func (s *Store) Actors(ctx context.Context, f dyad.ActorFilter) ([]dyad.ActorStat, error) {
	if s.ActorsFn == nil {
		return nil, unset("Actors")
	}
	return s.ActorsFn(ctx, f)
}

// Stats calls StatsFn.
func (s *Store) Stats(ctx context.Context) (dyad.Stats, error) {
	if s.StatsFn == nil {
		return dyad.Stats{}, unset("Stats")
	}
	return s.StatsFn(ctx)
}

// EachArticle calls EachArticleFn.
func (s *Store) EachArticle(ctx context.Context, from, to string, fn func(*dyad.Article) error) error {
	if s.EachArticleFn == nil {
		return unset("EachArticle")
	}
	return s.EachArticleFn(ctx, from, to, fn)
}

// Close calls CloseFn, if set.
func (s *Store) Close() error {
	if s.CloseFn == nil {
		return nil
	}
	return s.CloseFn()
}
