package mock_test

import (
	"context"
	"strings"
	"testing"

	"dyad"
	"dyad/mock"
)

// TestStoreCallsFields checks that each method calls its own field, and
// that a method whose field is unset fails naming itself.
func TestStoreCallsFields(t *testing.T) {
	ctx := context.Background()
	var called []string
	note := func(name string) { called = append(called, name) }
	full := &mock.Store{
		HashesFn:  func(context.Context, []string) (map[string]string, error) { note("Hashes"); return nil, nil },
		PutFn:     func(context.Context, []*dyad.Analysis) ([]dyad.PutResult, error) { note("Put"); return nil, nil },
		ArticleFn: func(context.Context, string) (*dyad.Analysis, error) { note("Article"); return nil, nil },
		SearchFn:  func(context.Context, dyad.SearchQuery) ([]dyad.SearchHit, error) { note("Search"); return nil, nil },
		EventsFn:  func(context.Context, dyad.EventFilter) ([]dyad.EventRecord, error) { note("Events"); return nil, nil },
		SentencesFn: func(context.Context, []dyad.SentenceKey) ([]dyad.SentenceInfo, error) {
			note("Sentences")
			return nil, nil
		},
		TimelineFn: func(context.Context, dyad.TimelineQuery) ([]dyad.TimelineBucket, error) {
			note("Timeline")
			return nil, nil
		},
		ActorsFn: func(context.Context, dyad.ActorFilter) ([]dyad.ActorStat, error) { note("Actors"); return nil, nil },
		StatsFn:  func(context.Context) (dyad.Stats, error) { note("Stats"); return dyad.Stats{}, nil },
		EachArticleFn: func(context.Context, string, string, func(*dyad.Article) error) error {
			note("EachArticle")
			return nil
		},
		CloseFn: func() error { note("Close"); return nil },
	}
	calls := []struct {
		name string
		call func(s *mock.Store) error
	}{
		{"Hashes", func(s *mock.Store) error { _, err := s.Hashes(ctx, nil); return err }},
		{"Put", func(s *mock.Store) error { _, err := s.Put(ctx, nil); return err }},
		{"Article", func(s *mock.Store) error { _, err := s.Article(ctx, "x"); return err }},
		{"Search", func(s *mock.Store) error { _, err := s.Search(ctx, dyad.SearchQuery{}); return err }},
		{"Events", func(s *mock.Store) error { _, err := s.Events(ctx, dyad.EventFilter{}); return err }},
		{"Sentences", func(s *mock.Store) error { _, err := s.Sentences(ctx, nil); return err }},
		{"Timeline", func(s *mock.Store) error { _, err := s.Timeline(ctx, dyad.TimelineQuery{}); return err }},
		{"Actors", func(s *mock.Store) error { _, err := s.Actors(ctx, dyad.ActorFilter{}); return err }},
		{"Stats", func(s *mock.Store) error { _, err := s.Stats(ctx); return err }},
		{"EachArticle", func(s *mock.Store) error { return s.EachArticle(ctx, "", "", nil) }},
		{"Close", func(s *mock.Store) error { return s.Close() }},
	}
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			called = nil
			if err := c.call(full); err != nil || len(called) != 1 || called[0] != c.name {
				t.Errorf("set: err %v, called %q; want %s alone", err, called, c.name)
			}
			err := c.call(&mock.Store{})
			if c.name == "Close" {
				if err != nil {
					t.Errorf("unset Close: %v, want nil", err)
				}
				return
			}
			if dyad.ErrorCode(err) != dyad.EINTERNAL || !strings.Contains(err.Error(), c.name+"Fn") {
				t.Errorf("unset: err %v, want EINTERNAL naming %sFn", err, c.name)
			}
		})
	}
}
