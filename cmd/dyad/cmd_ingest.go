package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"dyad"
	"dyad/ingest"
	"dyad/pipeline"
)

// ingestCommand is dyad ingest.
type ingestCommand struct {
	db             string
	workers, batch int
	format         string
	quiet          bool
	maxBytes       int
	encoding       string
	dicts          dictFlags
}

func (ingestCommand) usage() usage {
	return usage{name: "ingest", args: "PATH... | -",
		summary: "read articles (JSONL, CSV, TSV, text, HTML pages, RSS/Atom/JSON feeds, WARC, folders, .zip, .gz, stdin), analyse them and store them"}
}

// maxSkipLines is how many warnings of one dictionary file are printed
// before they are only counted.
const maxSkipLines = 20

func (c ingestCommand) Run(ctx context.Context, e *Env, args []string) (err error) {
	fs := flags(e, c)
	dbVar(e, fs, &c.db)
	fs.IntVar(&c.workers, "workers", 0, "analysis goroutines (0: one per CPU)")
	fs.IntVar(&c.batch, "batch", 256, "articles per transaction")
	fs.StringVar(&c.format, "format", formatTable, "summary format: table or json")
	fs.BoolVar(&c.quiet, "quiet", false, "print no summary")
	maxBytesVar(fs, &c.maxBytes)
	encodingVar(fs, &c.encoding)
	c.dicts.add(fs, e.stderr)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fs.Usage()
		return errUsage
	}
	if err := checkMaxBytes(c.maxBytes); err != nil {
		return err
	}
	if _, err := ingest.CheckEncoding(c.encoding); err != nil {
		return err
	}
	z, err := newAnalyzer(&c.dicts)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, c.db)
	if err != nil {
		return err
	}
	defer closeInto(&err, st.Close)
	total, err := ingest.Size(paths)
	if err != nil {
		return err
	}
	read := func(ctx context.Context, opt ingest.Options, emit func(*dyad.Article) error) error {
		opt.MaxBytes = c.maxBytes
		opt.Encoding = c.encoding
		return ingest.Read(ctx, paths, opt, emit)
	}
	sum, err := ingestWith(ctx, e, st, z, total, read, c.workers, c.batch)
	if !c.quiet {
		if perr := printSummary(e.stdout, c.format, sum); err == nil {
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
	p := new(int)
	maxBytesVar(fs, p)
	return p
}

// maxBytesVar adds --max-bytes, the largest article text read, kept in *p.
func maxBytesVar(fs *flag.FlagSet, p *int) {
	fs.IntVar(p, "max-bytes", defaultMaxBytes, "skip, naming it, an article whose text is longer than this many bytes (0: no limit)")
}

// encodingVar adds --encoding, the character encoding of the input, kept
// in *p.
func encodingVar(fs *flag.FlagSet, p *string) {
	fs.StringVar(p, "encoding", "auto", "input encoding: auto (UTF-8; a .txt file that is not is read as Latin-1/Windows-1252), utf-8, latin1 or windows-1252")
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

// analysedLanguages are the languages dyad's stages read: articles in
// others are stored, marked with their language, without analysis.
var analysedLanguages = []string{"en"}

// ingestWith runs the ingest pipeline over what read yields into st,
// drawing progress on a terminal (total is the input size in bytes, 0 when
// unknown) and reporting skipped records on stderr at the end, grouped by
// kind. Within one run, a record whose article ID was read before with
// other content is skipped, naming the ID, so that a second run stores the
// same.
func ingestWith(ctx context.Context, e *Env, st dyad.Store, z *pipeline.Analyzer, total int64, read readFunc, workers, batch int) (pipeline.Summary, error) {
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
		Languages:  analysedLanguages,
	}
	if cs, ok := st.(dyad.ClusterStore); ok {
		in.Clusters = cs
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
	if s.NotAnalysed > 0 {
		langs := make([]string, 0, len(s.Langs))
		for l, n := range s.Langs {
			langs = append(langs, fmt.Sprintf("%s %s", l, group(int64(n))))
		}
		sort.Strings(langs)
		fmt.Fprintf(w, "  stored %s not analysed (not English): %s\n", group(int64(s.NotAnalysed)), strings.Join(langs, ", "))
	}
	if s.NearDuplicates > 0 {
		fmt.Fprintf(w, "  %s of the new articles are near-duplicates of other articles (one cluster per story)\n", group(int64(s.NearDuplicates)))
	}
	fmt.Fprintf(w, "stored %s sentences, %s events in %.1fs (%s articles/s)\n",
		group(int64(s.Sentences)), group(int64(s.Events)), s.Elapsed.Seconds(), group(int64(s.PerSecond())))
	return nil
}
