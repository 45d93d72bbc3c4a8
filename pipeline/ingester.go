package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"dyad"
)

// Store is what an [Ingester] needs of a store: the hashes of the articles
// it holds, to skip the unchanged ones before analysis, and Put. Every
// [dyad.Store] is one.
type Store interface {
	Hashes(ctx context.Context, ids []string) (map[string]string, error)
	Put(ctx context.Context, batch []*dyad.Analysis) ([]dyad.PutResult, error)
}

// Ingester reads articles, analyses the ones the store does not already
// hold with the same content, and stores them in batches.
type Ingester struct {
	Analyzer  *Analyzer
	Store     Store
	Workers   int // analysis goroutines; 0 means GOMAXPROCS
	BatchSize int // articles per transaction; 0 means 256

	// OnSkip, when set, is called for every article that was read but could
	// not be analysed, from the goroutine that stores the batches, in input
	// order.
	OnSkip func(id string, err error)
	// OnProgress, when set, is called after every stored batch.
	OnProgress func(Summary)
	// Languages, when not empty, are the languages analysed (ISO 639-1
	// codes): an article whose Lang is set to another is stored without
	// analysis, and counted in Summary.NotAnalysed by its language. An
	// article without Lang is analysed.
	Languages []string
	// Clusters, when set, groups near-duplicate articles: before each
	// batch is stored, the articles to be written get their cluster
	// (dyad.ClusterStore), and those that join another article's cluster
	// are counted in Summary.NearDuplicates.
	Clusters dyad.ClusterStore
}

// Summary counts what an ingest did.
type Summary struct {
	Read      int            `json:"read"`      // articles read from the input
	New       int            `json:"new"`       // stored for the first time
	Updated   int            `json:"updated"`   // stored before with other content: replaced
	Unchanged int            `json:"unchanged"` // stored before with the same content: left alone
	Skipped   int            `json:"skipped"`   // records or articles that could not be used
	Reasons   map[string]int `json:"skip_reasons,omitempty"`
	// NotAnalysed counts the articles stored without analysis because of
	// their language (Ingester.Languages), by language in Langs.
	NotAnalysed int            `json:"not_analysed"`
	Langs       map[string]int `json:"not_analysed_languages,omitempty"`
	// NearDuplicates counts the new articles that are near-duplicates of
	// another article (Ingester.Clusters).
	NearDuplicates int           `json:"near_duplicates"`
	Sentences      int           `json:"sentences"` // in the articles stored by this run
	Events         int           `json:"events"`    // in the articles stored by this run
	Elapsed        time.Duration `json:"-"`
	Seconds        float64       `json:"seconds"`
}

// Skip counts one skipped record under a short reason.
func (s *Summary) Skip(reason string) {
	s.Skipped++
	if s.Reasons == nil {
		s.Reasons = map[string]int{}
	}
	s.Reasons[reason]++
}

// PerSecond returns the articles read per second.
func (s *Summary) PerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Read) / s.Elapsed.Seconds()
}

// Source produces articles by calling emit for each, in order; it stops
// when emit returns an error and returns that error.
type Source func(ctx context.Context, emit func(*dyad.Article) error) error

// reasonAnalysis is the skip reason of an article no stage could analyse.
const reasonAnalysis = "analysis failed"

// analysed is one batch on its way from the analysers to the writer, with
// the counts of what became of the rest of it: the writer alone keeps the
// summary.
type analysed struct {
	list      []*dyad.Analysis // to store, in input order
	sigs      []dyad.Signature // the signature of each of list, when the ingest clusters
	read      int              // articles of the batch
	unchanged int              // held by the store with the same content: not analysed
	langs     []string         // the language of each article stored unanalysed for it
	failed    []failure        // could not be analysed, in input order
}

// failure is an article that could not be analysed.
type failure struct {
	id  string
	err error
}

// pending is a batch whose articles the workers are analysing: each
// worker fills its article's slots and counts it done.
type pending struct {
	read int
	todo []*dyad.Article // not held by the store with the same content
	out  []*dyad.Analysis
	errs []error
	sigs []dyad.Signature
	left atomic.Int64  // articles of todo not done yet
	done chan struct{} // closed when left reaches 0
}

// finish counts n articles of b done.
func (b *pending) finish(n int) {
	if b.left.Add(-int64(n)) == 0 {
		close(b.done)
	}
}

// job is one article of a pending batch for a worker.
type job struct {
	b *pending
	i int
}

// inFlight is how many batches may be analysed ahead of the one being
// stored: enough that the workers never wait for the writer while it
// commits, few enough that memory stays bounded.
const inFlight = 3

// Run ingests every article of src. It returns the summary so far and the
// first error that stopped the work (ctx cancellation included). The
// reader hands batches to the dispatcher, which drops the articles the
// store holds unchanged and hands the rest, one by one, to a pool of
// workers; the writer stores the batches in input order, each as soon as
// its last article is analysed, while the workers go on with the next
// ones (no batch waits for the slowest article of the one before it).
// Batches already stored stay stored, so running again after an
// interruption completes the work without duplicating anything.
func (in *Ingester) Run(ctx context.Context, src Source) (Summary, error) {
	start := time.Now()
	var sum Summary
	g, ctx := errgroup.WithContext(ctx)
	batches := make(chan []*dyad.Article, 2)
	jobs := make(chan job, 2*in.workers())
	toWrite := make(chan *pending, inFlight)
	var readErr error
	g.Go(func() error {
		defer close(batches)
		// An error of the source stops the reading alone: what was read
		// before it is still analysed and stored, and Run returns it then.
		readErr = in.read(ctx, src, batches)
		return nil
	})
	g.Go(func() error {
		defer close(toWrite)
		defer close(jobs)
		return in.dispatch(ctx, batches, jobs, toWrite)
	})
	for range in.workers() {
		g.Go(func() error {
			in.work(ctx, jobs)
			return nil
		})
	}
	g.Go(func() error { return in.write(ctx, toWrite, &sum, start) })
	// The first failure explains the rest: a store error cancels reading and
	// analysis, which then stop with context.Canceled.
	err := g.Wait()
	if err == nil {
		err = readErr
	}
	sum.Elapsed = time.Since(start)
	sum.Seconds = sum.Elapsed.Seconds()
	return sum, err
}

func (in *Ingester) batchSize() int {
	if in.BatchSize <= 0 {
		return 256
	}
	return in.BatchSize
}

func (in *Ingester) workers() int {
	if in.Workers <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return in.Workers
}

// read sends the articles of src to out in batches, and returns the
// error of src.
func (in *Ingester) read(ctx context.Context, src Source, out chan<- []*dyad.Article) error {
	size := in.batchSize()
	var cur []*dyad.Article
	send := func() error {
		select {
		case out <- cur:
			cur = nil
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	err := src(ctx, func(a *dyad.Article) error {
		cur = append(cur, a)
		if len(cur) < size {
			return nil
		}
		return send()
	})
	// The last batch goes on even when the source failed, unless the
	// ingest is being stopped.
	if len(cur) > 0 && ctx.Err() == nil {
		if serr := send(); err == nil {
			err = serr
		}
	}
	return err
}

// dispatch drops from each batch of in the articles the store holds with
// the same content, hands the batch to the writer (out, in input order)
// and its articles to the workers (jobs).
func (in *Ingester) dispatch(ctx context.Context, batches <-chan []*dyad.Article, jobs chan<- job, out chan<- *pending) error {
	for batch := range batches {
		todo, err := in.changed(ctx, batch)
		if err != nil {
			return err
		}
		b := &pending{
			read: len(batch),
			todo: todo,
			out:  make([]*dyad.Analysis, len(todo)),
			errs: make([]error, len(todo)),
			done: make(chan struct{}),
		}
		if in.Clusters != nil {
			b.sigs = make([]dyad.Signature, len(todo))
		}
		// one more than the articles, counted when all are handed out
		b.left.Store(int64(len(todo)) + 1)
		// The batch goes to the writer first, so that the number of
		// batches in flight bounds the work handed out.
		select {
		case out <- b:
		case <-ctx.Done():
			return ctx.Err()
		}
		for i := range todo {
			select {
			case jobs <- job{b, i}:
			case <-ctx.Done():
				b.finish(len(todo) - i + 1)
				return ctx.Err()
			}
		}
		b.finish(1)
	}
	return nil
}

// work analyses the articles of jobs until it is closed. An article is
// analysed when its language is one of in.Languages (see analysed); its
// signature is taken here too, off the writer's path.
func (in *Ingester) work(ctx context.Context, jobs <-chan job) {
	for j := range jobs {
		b, i := j.b, j.i
		art := b.todo[i]
		switch {
		case ctx.Err() != nil:
			b.errs[i] = ctx.Err()
		case !in.analysed(art):
			b.out[i] = &dyad.Analysis{Article: *art}
		default:
			b.out[i], b.errs[i] = in.Analyzer.Analyze(ctx, art)
		}
		if b.sigs != nil && b.errs[i] == nil {
			b.sigs[i] = dyad.MinHash(art.Text)
		}
		b.finish(1)
	}
}

// wait waits until every article of b is analysed, and returns what
// became of them, in input order.
func (in *Ingester) wait(ctx context.Context, b *pending) (analysed, error) {
	select {
	case <-b.done:
	case <-ctx.Done():
		return analysed{}, ctx.Err()
	}
	if err := ctx.Err(); err != nil {
		return analysed{}, err
	}
	r := analysed{read: b.read, unchanged: b.read - len(b.todo)}
	for i, a := range b.out {
		switch {
		case b.errs[i] != nil:
			r.failed = append(r.failed, failure{b.todo[i].ID, b.errs[i]})
			continue
		case !in.analysed(b.todo[i]):
			r.langs = append(r.langs, b.todo[i].Lang)
		}
		r.list = append(r.list, a)
		if b.sigs != nil {
			r.sigs = append(r.sigs, b.sigs[i])
		}
	}
	return r, nil
}

// analysed reports whether a is to be analysed: its language is one of
// in.Languages, or unknown, or in.Languages is empty.
func (in *Ingester) analysed(a *dyad.Article) bool {
	if len(in.Languages) == 0 || a.Lang == "" {
		return true
	}
	lang, _, _ := strings.Cut(strings.ReplaceAll(a.Lang, "_", "-"), "-") // en-GB is en
	for _, l := range in.Languages {
		if strings.EqualFold(l, lang) {
			return true
		}
	}
	return false
}

// changed returns the articles of batch that the store does not hold with
// the same content, in order.
func (in *Ingester) changed(ctx context.Context, batch []*dyad.Article) ([]*dyad.Article, error) {
	ids := make([]string, len(batch))
	for i, a := range batch {
		ids[i] = a.ID
	}
	known, err := in.Store.Hashes(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	var todo []*dyad.Article
	for _, a := range batch {
		if h, ok := known[a.ID]; !ok || h != a.Hash() {
			todo = append(todo, a)
		}
	}
	return todo, nil
}

// write stores each analysed batch, one transaction each, and keeps the
// summary.
func (in *Ingester) write(ctx context.Context, batches <-chan *pending, sum *Summary, start time.Time) error {
	for p := range batches {
		b, err := in.wait(ctx, p)
		if err != nil {
			return err
		}
		sum.Read += b.read
		sum.Unchanged += b.unchanged
		for _, l := range b.langs {
			sum.NotAnalysed++
			if sum.Langs == nil {
				sum.Langs = map[string]int{}
			}
			sum.Langs[l]++
		}
		for _, f := range b.failed {
			sum.Skip(reasonAnalysis)
			if in.OnSkip != nil {
				in.OnSkip(f.id, f.err)
			}
		}
		if err := in.put(ctx, b.list, b.sigs, sum); err != nil {
			return err
		}
		if in.OnProgress != nil {
			s := *sum
			s.Elapsed = time.Since(start)
			in.OnProgress(s)
		}
	}
	return nil
}

// put stores list and counts what the store did with each analysis; sigs
// are their signatures when the ingest clusters.
func (in *Ingester) put(ctx context.Context, list []*dyad.Analysis, sigs []dyad.Signature, sum *Summary) error {
	if len(list) == 0 {
		return nil
	}
	var clusters []string
	if in.Clusters != nil {
		ids := make([]string, len(list))
		for i, a := range list {
			ids[i] = a.Article.ID
		}
		var err error
		if clusters, err = in.Clusters.AssignClusters(ctx, ids, sigs); err != nil {
			return fmt.Errorf("store: %w", err)
		}
	}
	res, err := in.Store.Put(ctx, list)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	for i, r := range res {
		switch r {
		case dyad.PutNew:
			sum.New++
			if clusters != nil && clusters[i] != list[i].Article.ID {
				sum.NearDuplicates++
			}
		case dyad.PutUpdated:
			sum.Updated++
		case dyad.PutUnchanged:
			sum.Unchanged++
		}
		if r != dyad.PutUnchanged {
			sum.Sentences += len(list[i].Sentences)
			sum.Events += len(list[i].Events)
		}
	}
	return nil
}
