package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad"
	"dyad/mock"
)

// memory is an in-memory store of what the pipeline uses; store returns a
// mock.Store with only Hashes and Put set, so a call of anything else fails.
type memory struct {
	mu        sync.Mutex
	byID      map[string]*dyad.Analysis
	puts      int
	failAfter int // Put fails once this many batches were stored (0: never)
}

func newMemory() *memory { return &memory{byID: map[string]*dyad.Analysis{}} }

func (m *memory) store() *mock.Store {
	return &mock.Store{HashesFn: m.hashes, PutFn: m.put}
}

func (m *memory) hashes(ctx context.Context, ids []string) (map[string]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]string{}
	for _, id := range ids {
		if a, ok := m.byID[id]; ok {
			out[id] = a.Article.Hash()
		}
	}
	return out, nil
}

func (m *memory) put(ctx context.Context, batch []*dyad.Analysis) ([]dyad.PutResult, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.failAfter > 0 && m.puts >= m.failAfter {
		return nil, errors.New("disk full")
	}
	m.puts++
	res := make([]dyad.PutResult, len(batch))
	for i, a := range batch {
		old, ok := m.byID[a.Article.ID]
		switch {
		case !ok:
			res[i] = dyad.PutNew
		case old.Article.Hash() == a.Article.Hash():
			res[i] = dyad.PutUnchanged
			continue
		default:
			res[i] = dyad.PutUpdated
		}
		m.byID[a.Article.ID] = a
	}
	return res, nil
}

func (m *memory) ids() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var ids []string
	for id := range m.byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// wordStage makes one sentence per line and one event per line containing
// "attack", so tests can check what was stored.
var wordStage = dyad.StageFunc{StageName: "test", Fn: func(ctx context.Context, a *dyad.Analysis) error {
	text := a.Article.Text
	if strings.Contains(text, "PANIC") {
		panic("boom")
	}
	if strings.Contains(text, "FAIL") {
		return errors.New("cannot analyse")
	}
	start := 0
	for i, line := range strings.SplitAfter(text, "\n") {
		a.Sentences = append(a.Sentences, dyad.Sentence{Span: dyad.Span{Start: start, End: start + len(line)}})
		if strings.Contains(line, "attack") {
			a.Events = append(a.Events, dyad.Event{Sentence: i, Code: "190"})
		}
		start += len(line)
	}
	return nil
}}

func articles(n int) []*dyad.Article {
	out := make([]*dyad.Article, n)
	for i := range out {
		out[i] = &dyad.Article{ID: fmt.Sprintf("a%03d", i), Text: fmt.Sprintf("story %d\nthey attack", i)}
	}
	return out
}

func sliceSource(list []*dyad.Article) Source {
	return func(ctx context.Context, emit func(*dyad.Article) error) error {
		for _, a := range list {
			if err := emit(a); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestIngestIdempotent(t *testing.T) {
	st := newMemory()
	in := &Ingester{Analyzer: NewAnalyzer(wordStage), Store: st.store(), BatchSize: 7, Workers: 3}
	list := articles(50)
	first, err := in.Run(context.Background(), sliceSource(list))
	if err != nil {
		t.Fatal(err)
	}
	if first.Read != 50 || first.New != 50 || first.Unchanged != 0 || first.Events != 50 || first.Sentences != 100 {
		t.Fatalf("first run: %+v", first)
	}
	second, err := in.Run(context.Background(), sliceSource(list))
	if err != nil {
		t.Fatal(err)
	}
	if second.Read != 50 || second.New != 0 || second.Unchanged != 50 || second.Events != 0 {
		t.Fatalf("second run: %+v", second)
	}
	if n := len(st.ids()); n != 50 {
		t.Fatalf("store holds %d articles, want 50", n)
	}
	// A changed article is replaced, not added.
	changed := *list[3]
	changed.Text = "new text\nno fight"
	third, err := in.Run(context.Background(), sliceSource([]*dyad.Article{&changed}))
	if err != nil {
		t.Fatal(err)
	}
	if third.Updated != 1 || len(st.ids()) != 50 || len(st.byID["a003"].Events) != 0 {
		t.Fatalf("update: %+v, stored events %d", third, len(st.byID["a003"].Events))
	}
}

func TestIngestSkipsBadArticles(t *testing.T) {
	st := newMemory()
	var skipped []string
	in := &Ingester{Analyzer: NewAnalyzer(wordStage), Store: st.store(), BatchSize: 4,
		OnSkip: func(id string, err error) { skipped = append(skipped, id+": "+err.Error()) }}
	list := articles(10)
	list[2].Text = "PANIC here"
	list[6].Text = "FAIL here"
	sum, err := in.Run(context.Background(), sliceSource(list))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 10 || sum.New != 8 || sum.Skipped != 2 || sum.Reasons["analysis failed"] != 2 {
		t.Fatalf("summary %+v", sum)
	}
	sort.Strings(skipped)
	if len(skipped) != 2 || !strings.Contains(skipped[0], "a002") || !strings.Contains(skipped[0], "panic: boom") ||
		!strings.Contains(skipped[1], "a006: article a006: stage test: cannot analyse") {
		t.Fatalf("skip messages %q", skipped)
	}
}

func TestIngestInterruptedResumes(t *testing.T) {
	for _, stopAt := range []int{1, 13, 40, 99} {
		t.Run(fmt.Sprint(stopAt), func(t *testing.T) {
			st := newMemory()
			list := articles(100)
			in := &Ingester{Analyzer: NewAnalyzer(wordStage), Store: st.store(), BatchSize: 8, Workers: 2}
			ctx, cancel := context.WithCancel(context.Background())
			src := func(ctx context.Context, emit func(*dyad.Article) error) error {
				for i, a := range list {
					if i == stopAt {
						cancel()
					}
					if err := ctx.Err(); err != nil {
						return err
					}
					if err := emit(a); err != nil {
						return err
					}
				}
				return nil
			}
			_, err := in.Run(ctx, src)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("interrupted run: err %v, want context.Canceled", err)
			}
			// Only whole articles are stored, each with its analysis.
			before := st.ids()
			for _, id := range before {
				if a := st.byID[id]; len(a.Sentences) != 2 || len(a.Events) != 1 {
					t.Fatalf("partial article %s: %+v", id, a)
				}
			}
			sum, err := in.Run(context.Background(), sliceSource(list))
			if err != nil {
				t.Fatal(err)
			}
			if len(st.ids()) != 100 || sum.New != 100-len(before) || sum.Unchanged != len(before) {
				t.Fatalf("resume: stored %d, summary %+v, before %d", len(st.ids()), sum, len(before))
			}
		})
	}
}

func TestIngestStoreFailureStops(t *testing.T) {
	st := newMemory()
	st.failAfter = 2
	in := &Ingester{Analyzer: NewAnalyzer(wordStage), Store: st.store(), BatchSize: 5}
	sum, err := in.Run(context.Background(), sliceSource(articles(40)))
	if err == nil || !strings.Contains(err.Error(), "store: disk full") {
		t.Fatalf("err = %v, want the store's error", err)
	}
	if sum.New != 10 || len(st.ids()) != 10 {
		t.Fatalf("summary %+v, stored %d; want the first two batches", sum, len(st.ids()))
	}
}

func TestAnalyzerStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := NewAnalyzer(wordStage).Analyze(ctx, &dyad.Article{ID: "x", Text: "t"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

// TestIngestSkipsInInputOrder checks that failed analyses reach OnSkip from
// one goroutine (the race detector sees the unguarded append otherwise) in
// input order, however many workers analyse.
func TestIngestSkipsInInputOrder(t *testing.T) {
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			list := articles(30)
			var want []string
			for i, a := range list {
				if i%3 == 1 {
					a.Text = "FAIL " + a.Text
					want = append(want, a.ID)
				}
			}
			var got []string
			in := &Ingester{Analyzer: NewAnalyzer(wordStage), Store: newMemory().store(), BatchSize: 7, Workers: workers,
				OnSkip: func(id string, err error) { got = append(got, id) }}
			sum, err := in.Run(context.Background(), sliceSource(list))
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("skipped %q, want %q", got, want)
			}
			if sum.Read != 30 || sum.New != 20 || sum.Skipped != 10 || sum.Reasons[reasonAnalysis] != 10 {
				t.Errorf("summary %+v", sum)
			}
		})
	}
}

// TestIngestProgress checks that OnProgress sees the summary grow batch by
// batch up to the final one.
func TestIngestProgress(t *testing.T) {
	var reads []int
	in := &Ingester{Analyzer: NewAnalyzer(wordStage), Store: newMemory().store(), BatchSize: 10,
		OnProgress: func(s Summary) { reads = append(reads, s.Read) }}
	sum, err := in.Run(context.Background(), sliceSource(articles(25)))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(reads) != "[10 20 25]" || sum.Read != 25 || sum.Seconds <= 0 {
		t.Errorf("progress %v, summary %+v", reads, sum)
	}
}

// TestIngestStoreErrors checks that a failing store stops the ingest with
// its own error, not the cancellation it causes, and that Run returns even
// when the source would go on for ever.
func TestIngestStoreErrors(t *testing.T) {
	endless := func(ctx context.Context, emit func(*dyad.Article) error) error {
		for i := 0; ; i++ {
			if err := emit(&dyad.Article{ID: fmt.Sprint(i), Text: "they attack"}); err != nil {
				return err
			}
		}
	}
	tests := []struct {
		name  string
		store func(m *memory) *mock.Store
		want  string
	}{
		{"Hashes", func(m *memory) *mock.Store {
			return &mock.Store{HashesFn: func(context.Context, []string) (map[string]string, error) {
				return nil, errors.New("connection lost")
			}}
		}, "store: connection lost"},
		{"Put", func(m *memory) *mock.Store {
			m.failAfter = 3
			return m.store()
		}, "store: disk full"},
		{"PutUnset", func(m *memory) *mock.Store {
			return &mock.Store{HashesFn: m.hashes}
		}, "PutFn is not set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &Ingester{Analyzer: NewAnalyzer(wordStage), Store: tt.store(newMemory()), BatchSize: 4, Workers: 2}
			done := make(chan error, 1)
			go func() {
				_, err := in.Run(context.Background(), endless)
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), tt.want) || errors.Is(err, context.Canceled) {
					t.Errorf("err = %v, want %q", err, tt.want)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Run did not return after the store failed")
			}
		})
	}
}

// TestIngestSourceErrorKeepsWhatWasRead checks that a source that fails
// part way (a file that cannot be read) stops the reading only: every
// article read before the error is analysed and stored, and Run returns
// the source's error.
func TestIngestSourceErrorKeepsWhatWasRead(t *testing.T) {
	for _, n := range []int{0, 3, 10, 40} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			st := newMemory()
			list := articles(n)
			failing := func(ctx context.Context, emit func(*dyad.Article) error) error {
				if err := sliceSource(list)(ctx, emit); err != nil {
					return err
				}
				return errors.New("input.jsonl: read: I/O error")
			}
			in := &Ingester{Analyzer: NewAnalyzer(wordStage), Store: st.store(), BatchSize: 4, Workers: 2}
			sum, err := in.Run(context.Background(), failing)
			if err == nil || err.Error() != "input.jsonl: read: I/O error" {
				t.Errorf("err = %v, want the source's", err)
			}
			if sum.Read != n || sum.New != n || len(st.ids()) != n {
				t.Errorf("summary %+v, stored %d; want all %d read before the error", sum, len(st.ids()), n)
			}
		})
	}
}

// clusterFn is a dyad.ClusterStore whose AssignClusters calls a function.
type clusterFn func(ids []string, sigs []dyad.Signature) []string

func (f clusterFn) AssignClusters(ctx context.Context, ids []string, sigs []dyad.Signature) ([]string, error) {
	return f(ids, sigs), nil
}

func (f clusterFn) Clusters(ctx context.Context, ids []string) (map[string]string, error) {
	return nil, nil
}

// TestIngestStoresInInputOrder checks that batches reach the store whole
// and in input order, with each article's signature beside it, when the
// workers finish their articles out of order (the first of each batch is
// the slowest) and languages leave some unanalysed.
func TestIngestStoresInInputOrder(t *testing.T) {
	slow := dyad.StageFunc{StageName: "slow", Fn: func(ctx context.Context, a *dyad.Analysis) error {
		if strings.HasSuffix(a.Article.ID, "0") {
			time.Sleep(2 * time.Millisecond)
		}
		return nil
	}}
	list := articles(95)
	for i, a := range list {
		a.Text = fmt.Sprintf("story number %d of the set\nthey attack", i*i)
		if i%7 == 3 {
			a.Lang = "fr"
		}
	}
	var got []string
	st := newMemory()
	store := st.store()
	put := store.PutFn
	store.PutFn = func(ctx context.Context, batch []*dyad.Analysis) ([]dyad.PutResult, error) {
		for _, a := range batch {
			got = append(got, a.Article.ID)
		}
		return put(ctx, batch)
	}
	var clustered []string
	clusters := clusterFn(func(ids []string, sigs []dyad.Signature) []string {
		for i, id := range ids {
			if sigs[i] != dyad.MinHash(textOf(list, id)) {
				t.Errorf("%s: signature not of its text", id)
			}
		}
		clustered = append(clustered, ids...)
		return ids
	})
	in := &Ingester{Analyzer: NewAnalyzer(slow, wordStage), Store: store, BatchSize: 10, Workers: 4,
		Languages: []string{"en"}, Clusters: clusters}
	sum, err := in.Run(context.Background(), sliceSource(list))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, a := range list {
		want = append(want, a.ID)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") || strings.Join(clustered, " ") != strings.Join(want, " ") {
		t.Errorf("stored %q\nclustered %q\nwant %q", got, clustered, want)
	}
	if sum.New != 95 || sum.NotAnalysed != 14 {
		t.Errorf("summary %+v", sum)
	}
}

// textOf returns the text of the article id of list.
func textOf(list []*dyad.Article, id string) string {
	for _, a := range list {
		if a.ID == id {
			return a.Text
		}
	}
	return ""
}
