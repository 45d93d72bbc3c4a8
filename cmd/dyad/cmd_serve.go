package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"
	"time"

	"dyad"
	"dyad/ingest"
	"dyad/pipeline"
	"dyad/serve"
)

// serveCommand is dyad serve.
type serveCommand struct{}

func (serveCommand) usage() usage {
	return usage{name: "serve",
		summary: "serve the JSON API (/api/v1/) and the web page over the store; read-only unless given --token"}
}

func (c serveCommand) Run(ctx context.Context, e *Env, args []string) (err error) {
	fs := flags(e, c)
	db := dbFlag(e, fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one)")
	// Not the flag's default: help would print it.
	token := fs.String("token", "", "accept POST /api/v1/articles from requests carrying \"Authorization: Bearer TOKEN\" (default $DYAD_TOKEN); without it the server is read-only")
	timeout := fs.Duration("timeout", 10*time.Second, "time limit of one query")
	maxBody := fs.Int64("max-body", 16<<20, "largest POST body in bytes")
	maxBytes := maxBytesFlag(fs)
	quiet := fs.Bool("quiet", false, "log failed requests only, not every request")
	var dicts dictFlags
	dicts.add(fs, e.stderr)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		fs.Usage()
		return errUsage
	}
	if *token == "" {
		*token = e.getenv("DYAD_TOKEN")
	}
	if *timeout <= 0 || *maxBody <= 0 {
		return fmt.Errorf("--timeout and --max-body must be above 0")
	}
	if err := checkMaxBytes(*maxBytes); err != nil {
		return err
	}
	cfg := serve.Config{Token: *token, QueryTimeout: *timeout, MaxBody: *maxBody}
	var st dyad.Store
	if *token != "" {
		// Only a server that accepts articles opens the store for writing.
		if st, err = openStore(ctx, *db); err != nil {
			return err
		}
		z, err := newAnalyzer(&dicts)
		if err != nil {
			st.Close()
			return err
		}
		cfg.Ingest = postIngester(st, z, *maxBytes)
	} else if st, err = openQueryStore(ctx, *db); err != nil {
		return err
	}
	defer closeInto(&err, st.Close)
	cfg.Store = st
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelError
	}
	cfg.Log = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	mode := "read-only"
	if *token != "" {
		mode = "accepting POST /api/v1/articles with the token"
	}
	fmt.Fprintf(e.stderr, "dyad serve: %s on http://%s/ (%s); Ctrl-C stops\n", *db, ln.Addr(), mode)
	if err := serve.New(cfg).Run(ctx, ln, 30*time.Second); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "dyad serve: stopped")
	return nil
}

// postResult is the answer to POST /api/v1/articles: the ingest summary
// and the first messages of each kind of skipped record.
type postResult struct {
	pipeline.Summary
	Problems []string `json:"problems,omitempty"`
}

// postIngester returns the serve.Config.Ingest of a server over st: one
// request at a time, read as JSON (an article, an array of them, or JSON
// Lines), analysed by z, stored as dyad ingest stores.
func postIngester(st dyad.Store, z *pipeline.Analyzer, maxBytes int) func(context.Context, io.Reader) (any, error) {
	var one sync.Mutex
	return func(ctx context.Context, body io.Reader) (any, error) {
		one.Lock()
		defer one.Unlock()
		var res postResult
		var readSkips pipeline.Summary // records the reader skipped; the pipeline counts its own
		var mu sync.Mutex
		problem := func(msg string) {
			if len(res.Problems) < maxSkipLines {
				res.Problems = append(res.Problems, msg)
			}
		}
		in := &pipeline.Ingester{Analyzer: z, Store: st, OnSkip: func(id string, err error) {
			mu.Lock()
			defer mu.Unlock()
			problem(err.Error())
		}}
		opt := ingest.Options{MaxBytes: maxBytes, SkipRepeats: true, OnSkip: func(err *dyad.InputError) {
			mu.Lock()
			defer mu.Unlock()
			readSkips.Skip(err.Kind())
			problem(err.Error())
		}}
		sum, err := in.Run(ctx, func(ctx context.Context, emit func(*dyad.Article) error) error {
			return ingest.ReadStream(ctx, "request.json", body, opt, emit)
		})
		if err != nil {
			return nil, err
		}
		mu.Lock()
		defer mu.Unlock()
		res.Summary = sum
		for reason, n := range readSkips.Reasons {
			for range n {
				res.Summary.Skip(reason)
			}
		}
		if res.Summary.Read == 0 && res.Summary.Skipped == 0 {
			return nil, dyad.Errorf(dyad.EINVALID, "no article in the body: send JSON objects with a text field")
		}
		return res, nil
	}
}
