package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"sync"

	"dyad"
	"dyad/ingest"
	"dyad/pipeline"
)

func init() {
	register(&command{
		name:    "ingest",
		args:    "PATH... | -",
		summary: "read articles (JSONL, CSV, TSV, text, folders, .gz, stdin), analyse them and store them",
		run:     runIngest,
	})
}

// maxSkipLines is how many warnings of one dictionary file are printed
// before they are only counted.
const maxSkipLines = 20

func runIngest(ctx context.Context, e *env, args []string) (err error) {
	c := lookup("ingest")
	fs := flags(e, c)
	db := dbFlag(e, fs)
	workers := fs.Int("workers", 0, "analysis goroutines (0: one per CPU)")
	batch := fs.Int("batch", 256, "articles per transaction")
	format := fs.String("format", formatTable, "summary format: table or json")
	quiet := fs.Bool("quiet", false, "print no summary")
	maxBytes := maxBytesFlag(fs)
	encoding := encodingFlag(fs)
	var dicts dictFlags
	dicts.add(fs, e.stderr)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fs.Usage()
		return errUsage
	}
	if err := checkMaxBytes(*maxBytes); err != nil {
		return err
	}
	if _, err := ingest.CheckEncoding(*encoding); err != nil {
		return err
	}
	z, err := newAnalyzer(&dicts)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer closeInto(&err, st.Close)
	total, err := ingest.Size(paths)
	if err != nil {
		return err
	}
	read := func(ctx context.Context, opt ingest.Options, emit func(*dyad.Article) error) error {
		opt.MaxBytes = *maxBytes
		opt.Encoding = *encoding
		return ingest.Read(ctx, paths, opt, emit)
	}
	sum, err := ingestWith(ctx, e, st, z, total, read, *workers, *batch)
	if !*quiet {
		if perr := printSummary(e.stdout, *format, sum); err == nil {
			err = perr
		}
	}
	if err != nil {
		return err
	}
	if sum.Read == 0 {
		return fmt.Errorf("no article could be read from %v", paths)
	}
	return nil
}

// defaultMaxBytes is the default of --max-bytes: 4 MiB, some hundred times
// a long news article (the largest of Reuters-21578 has 10 KB), and a few
// seconds of analysis. A 50 MB record took 126 s and 2.26 GB when there was
// no limit.
const defaultMaxBytes = 4 << 20

// maxBytesFlag adds --max-bytes, the largest article text read.
func maxBytesFlag(fs *flag.FlagSet) *int {
	return fs.Int("max-bytes", defaultMaxBytes, "skip, naming it, an article whose text is longer than this many bytes (0: no limit)")
}

// encodingFlag adds --encoding, the character encoding of the input.
func encodingFlag(fs *flag.FlagSet) *string {
	return fs.String("encoding", "auto", "input encoding: auto (UTF-8; a .txt file that is not is read as Latin-1/Windows-1252), utf-8, latin1 or windows-1252")
}

// checkMaxBytes rejects a negative --max-bytes.
func checkMaxBytes(n int) error {
	if n < 0 {
		return fmt.Errorf("--max-bytes %d: want 0 (no limit) or a number of bytes above 0", n)
	}
	return nil
}

// readFunc reads articles with the given options.
type readFunc func(ctx context.Context, opt ingest.Options, emit func(*dyad.Article) error) error

// ingestWith runs the ingest pipeline over what read yields into st,
// drawing progress on a terminal (total is the input size in bytes, 0 when
// unknown) and reporting skipped records on stderr at the end, grouped by
// kind. Within one run, a record whose article ID was read before with
// other content is skipped, naming the ID, so that a second run stores the
// same.
func ingestWith(ctx context.Context, e *env, st dyad.Store, z *pipeline.Analyzer, total int64, read readFunc, workers, batch int) (pipeline.Summary, error) {
	bar := startProgress(e.stderr, e.progress, total)
	var skips skipLog
	var mu sync.Mutex
	var readSkips pipeline.Summary // records the readers skipped
	opt := ingest.Options{
		Stdin:       e.stdin,
		OnBytes:     bar.Bytes,
		SkipRepeats: true,
		OnSkip: func(err *dyad.InputError) {
			mu.Lock()
			readSkips.Skip(err.Kind())
			mu.Unlock()
			skips.add(err.Kind(), err.Error())
		},
	}
	in := &pipeline.Ingester{
		Analyzer:   z,
		Store:      st,
		Workers:    workers,
		BatchSize:  batch,
		OnSkip:     func(id string, err error) { skips.add("analysis failed", err.Error()) },
		OnProgress: func(s pipeline.Summary) { bar.Items(int64(s.Read)) },
	}
	sum, err := in.Run(ctx, func(ctx context.Context, emit func(*dyad.Article) error) error {
		return read(ctx, opt, emit)
	})
	bar.Stop()
	skips.write(e.stderr)
	mu.Lock()
	for reason, n := range readSkips.Reasons {
		for range n {
			sum.Skip(reason)
		}
	}
	mu.Unlock()
	return sum, err
}

// printSummary writes the ingest report; it returns the error of the JSON
// encoder (the table's lines go out as they can).
func printSummary(w io.Writer, format string, s pipeline.Summary) error {
	if format == formatJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			pipeline.Summary
			PerSecond float64 `json:"articles_per_second"`
		}{s, s.PerSecond()})
	}
	fmt.Fprintf(w, "read %s articles: %s new, %s updated, %s unchanged, %s skipped\n",
		group(int64(s.Read)), group(int64(s.New)), group(int64(s.Updated)), group(int64(s.Unchanged)), group(int64(s.Skipped)))
	reasons := make([]string, 0, len(s.Reasons))
	for r := range s.Reasons {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool { return s.Reasons[reasons[i]] > s.Reasons[reasons[j]] })
	for _, r := range reasons {
		fmt.Fprintf(w, "  skipped %s: %s\n", group(int64(s.Reasons[r])), r)
	}
	fmt.Fprintf(w, "stored %s sentences, %s events in %.1fs (%s articles/s)\n",
		group(int64(s.Sentences)), group(int64(s.Events)), s.Elapsed.Seconds(), group(int64(s.PerSecond())))
	return nil
}
