package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"dyad"
)

// Ingester reads articles, analyses the ones the store does not already
// hold with the same content, and stores them in batches.
type Ingester struct {
	Analyzer  *Analyzer
	Store     dyad.Store
	Workers   int // analysis goroutines; 0 means GOMAXPROCS
	BatchSize int // articles per transaction; 0 means 256

	// OnSkip, when set, is called for every article that was read but could
	// not be analysed or stored (from one goroutine at a time).
	OnSkip func(id string, err error)
	// OnProgress, when set, is called after every stored batch.
	OnProgress func(Summary)
}

// Summary counts what an ingest did.
type Summary struct {
	Read      int            `json:"read"`      // articles read from the input
	New       int            `json:"new"`       // stored for the first time
	Updated   int            `json:"updated"`   // stored before with other content: replaced
	Unchanged int            `json:"unchanged"` // stored before with the same content: left alone
	Skipped   int            `json:"skipped"`   // records or articles that could not be used
	Reasons   map[string]int `json:"skip_reasons,omitempty"`
	Sentences int            `json:"sentences"` // in the articles stored by this run
	Events    int            `json:"events"`    // in the articles stored by this run
	Elapsed   time.Duration  `json:"-"`
	Seconds   float64        `json:"seconds"`
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

// Run ingests every article of src. It returns the summary so far and the
// first error that stopped the work (ctx cancellation included). Batches
// already stored stay stored, so running again after an interruption
// completes the work without duplicating anything.
func (in *Ingester) Run(ctx context.Context, src Source) (Summary, error) {
	start := time.Now()
	var sum Summary
	batchSize := in.BatchSize
	if batchSize <= 0 {
		batchSize = 256
	}
	workers := in.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Reader: articles in batches.
	batches := make(chan []*dyad.Article, 2)
	readErr := make(chan error, 1)
	go func() {
		defer close(batches)
		var cur []*dyad.Article
		err := src(ctx, func(a *dyad.Article) error {
			cur = append(cur, a)
			if len(cur) >= batchSize {
				select {
				case batches <- cur:
				case <-ctx.Done():
					return ctx.Err()
				}
				cur = nil
			}
			return nil
		})
		if err == nil && len(cur) > 0 {
			select {
			case batches <- cur:
			case <-ctx.Done():
				err = ctx.Err()
			}
		}
		readErr <- err
	}()

	// Analyser: one batch at a time on a pool of workers; the writer below
	// stores the previous batch meanwhile.
	type analysed struct {
		list []*dyad.Analysis
		read int
	}
	toWrite := make(chan analysed, 1)
	var analyseErr error
	var skipMu sync.Mutex
	skip := func(id string, reason string, err error) {
		skipMu.Lock()
		defer skipMu.Unlock()
		sum.Skip(reason)
		if in.OnSkip != nil {
			in.OnSkip(id, err)
		}
	}
	go func() {
		defer close(toWrite)
		for batch := range batches {
			list, err := in.analyseBatch(ctx, batch, workers, skip, &sum, &skipMu)
			if err != nil {
				analyseErr = err
				cancel()
				for range batches { // let the reader finish
				}
				return
			}
			select {
			case toWrite <- analysed{list, len(batch)}:
			case <-ctx.Done():
				analyseErr = ctx.Err()
				for range batches {
				}
				return
			}
		}
	}()

	// Writer: this goroutine.
	var writeErr error
	for w := range toWrite {
		if writeErr != nil {
			continue
		}
		if len(w.list) > 0 {
			res, err := in.Store.Put(ctx, w.list)
			if err != nil {
				writeErr = fmt.Errorf("store: %w", err)
				cancel()
				continue
			}
			skipMu.Lock()
			for i, r := range res {
				switch r {
				case dyad.PutNew:
					sum.New++
				case dyad.PutUpdated:
					sum.Updated++
				case dyad.PutUnchanged:
					sum.Unchanged++
				}
				if r != dyad.PutUnchanged {
					sum.Sentences += len(w.list[i].Sentences)
					sum.Events += len(w.list[i].Events)
				}
			}
			skipMu.Unlock()
		}
		if in.OnProgress != nil {
			skipMu.Lock()
			s := sum
			skipMu.Unlock()
			s.Elapsed = time.Since(start)
			in.OnProgress(s)
		}
	}
	rerr := <-readErr
	sum.Elapsed = time.Since(start)
	sum.Seconds = sum.Elapsed.Seconds()
	// The first failure explains the rest: a store error cancels reading and
	// analysis, which then report context.Canceled.
	for _, err := range []error{writeErr, analyseErr, rerr} {
		if err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// analyseBatch drops the articles the store holds with the same content,
// analyses the rest on workers, and returns the analyses in input order.
func (in *Ingester) analyseBatch(ctx context.Context, batch []*dyad.Article, workers int,
	skip func(id, reason string, err error), sum *Summary, mu *sync.Mutex) ([]*dyad.Analysis, error) {
	ids := make([]string, len(batch))
	for i, a := range batch {
		ids[i] = a.ID
	}
	known, err := in.Store.Hashes(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	todo := batch[:0:0]
	unchanged := 0
	for _, a := range batch {
		if h, ok := known[a.ID]; ok && h == a.Hash() {
			unchanged++
			continue
		}
		todo = append(todo, a)
	}
	mu.Lock()
	sum.Read += len(batch)
	sum.Unchanged += unchanged
	mu.Unlock()

	out := make([]*dyad.Analysis, len(todo))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers && w < len(todo); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a, err := in.Analyzer.Analyze(ctx, todo[i])
				if err != nil {
					if ctx.Err() == nil {
						skip(todo[i].ID, "analysis failed", err)
					}
					continue
				}
				out[i] = a
			}
		}()
	}
feed:
	for i := range todo {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	list := out[:0]
	for _, a := range out {
		if a != nil {
			list = append(list, a)
		}
	}
	return list, nil
}
