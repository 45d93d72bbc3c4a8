package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"strings"
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

// analysed is one batch on its way from the analyser to the writer, with
// the counts of what became of the rest of it: the writer alone keeps the
// summary.
type analysed struct {
	list      []*dyad.Analysis // to store, in input order
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

// Run ingests every article of src. It returns the summary so far and the
// first error that stopped the work (ctx cancellation included). Three
// goroutines hand batches on: the reader, the analyser (which analyses one
// batch while the writer stores the previous one) and the writer. Batches
// already stored stay stored, so running again after an interruption
// completes the work without duplicating anything.
func (in *Ingester) Run(ctx context.Context, src Source) (Summary, error) {
	start := time.Now()
	var sum Summary
	g, ctx := errgroup.WithContext(ctx)
	batches := make(chan []*dyad.Article, 2)
	toWrite := make(chan analysed, 1)
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
		return in.analyse(ctx, batches, toWrite)
	})
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

// analyse analyses each batch of in and sends it on to out.
func (in *Ingester) analyse(ctx context.Context, batches <-chan []*dyad.Article, out chan<- analysed) error {
	for batch := range batches {
		b, err := in.analyseBatch(ctx, batch)
		if err != nil {
			return err
		}
		select {
		case out <- b:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// analyseBatch drops the articles the store holds with the same content and
// analyses the rest on a pool of workers.
func (in *Ingester) analyseBatch(ctx context.Context, batch []*dyad.Article) (analysed, error) {
	b := analysed{read: len(batch)}
	todo, err := in.changed(ctx, batch)
	if err != nil {
		return b, err
	}
	b.unchanged = len(batch) - len(todo)
	out := make([]*dyad.Analysis, len(todo))
	errs := make([]error, len(todo))
	var g errgroup.Group
	g.SetLimit(in.workers())
	for i, art := range todo {
		if ctx.Err() != nil {
			break
		}
		if !in.analysed(art) {
			out[i] = &dyad.Analysis{Article: *art}
			b.langs = append(b.langs, art.Lang)
			continue
		}
		g.Go(func() error {
			out[i], errs[i] = in.Analyzer.Analyze(ctx, art)
			return nil
		})
	}
	_ = g.Wait() // the workers return no error: each failure is in errs
	if err := ctx.Err(); err != nil {
		return b, err
	}
	for i, a := range out {
		if errs[i] != nil {
			b.failed = append(b.failed, failure{todo[i].ID, errs[i]})
			continue
		}
		b.list = append(b.list, a)
	}
	return b, nil
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
func (in *Ingester) write(ctx context.Context, batches <-chan analysed, sum *Summary, start time.Time) error {
	for b := range batches {
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
		if err := in.put(ctx, b.list, sum); err != nil {
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

// put stores list and counts what the store did with each analysis.
func (in *Ingester) put(ctx context.Context, list []*dyad.Analysis, sum *Summary) error {
	if len(list) == 0 {
		return nil
	}
	var clusters []string
	if in.Clusters != nil {
		ids := make([]string, len(list))
		sigs := make([]dyad.Signature, len(list))
		for i, a := range list {
			ids[i], sigs[i] = a.Article.ID, dyad.MinHash(a.Article.Text)
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
