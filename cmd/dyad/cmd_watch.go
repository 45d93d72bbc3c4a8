package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"dyad"
	"dyad/ingest"
	"dyad/pipeline"
)

// watchCommand is dyad watch.
type watchCommand struct {
	db        string
	feedList  string
	every     time.Duration
	once      bool
	id        string
	delay     time.Duration
	timeout   time.Duration
	retries   int
	maxBody   int64
	maxBytes  int
	workers   int
	userAgent string
	dicts     dictFlags
}

func (watchCommand) usage() usage {
	return usage{name: "watch", args: "URL|FILE...",
		summary: "poll news feeds (RSS, Atom, JSON Feed), fetch new items' pages, analyse and store them"}
}

func (c watchCommand) Run(ctx context.Context, e *Env, args []string) (err error) {
	fs := flags(e, c)
	dbVar(e, fs, &c.db)
	fs.StringVar(&c.feedList, "feeds", "", "a file listing feeds: one URL (or feed file) a line, or OPML")
	fs.DurationVar(&c.every, "every", 15*time.Minute, "how often each feed is polled")
	fs.BoolVar(&c.once, "once", false, "poll each feed that is due once, then stop")
	fs.StringVar(&c.id, "id", "", "this watcher's name in the store's leases (default HOST-PID); a watcher restarted with its old name resumes its leases at once")
	fs.DurationVar(&c.delay, "delay", time.Second, "the least time between two requests to one host")
	fs.DurationVar(&c.timeout, "timeout", 30*time.Second, "the longest a request may take, body included")
	fs.IntVar(&c.retries, "retries", 2, "tries after the first when a server fails (5xx, 429) or does not answer, with pauses of 1 s, 2 s, ...")
	fs.Int64Var(&c.maxBody, "max-body", 10<<20, "the largest response body read, in bytes")
	fs.StringVar(&c.userAgent, "user-agent", "dyad", "the User-Agent sent, and the name looked for in robots.txt")
	fs.IntVar(&c.workers, "workers", 0, "analysis goroutines (0: one per CPU)")
	maxBytesVar(fs, &c.maxBytes)
	c.dicts.add(fs, e.stderr)
	feeds, err := parse(fs, args)
	if err != nil {
		return err
	}
	if c.feedList != "" {
		f, err := os.Open(c.feedList)
		if err != nil {
			return err
		}
		more, err := ingest.ReadFeedList(c.feedList, f)
		f.Close()
		if err != nil {
			return err
		}
		feeds = append(feeds, more...)
	}
	if len(feeds) == 0 {
		fs.Usage()
		return errUsage
	}
	if c.every <= 0 {
		return fmt.Errorf("--every %v: want a positive duration such as 15m", c.every)
	}
	if err := checkMaxBytes(c.maxBytes); err != nil {
		return err
	}
	if c.id == "" {
		host, _ := os.Hostname()
		c.id = fmt.Sprintf("%s-%d", host, os.Getpid())
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
	ws, ok := st.(dyad.WatchStore)
	if !ok {
		return fmt.Errorf("the store at %s cannot keep what dyad watch has seen", c.db)
	}
	w := &ingest.Watcher{
		Store: ws, Feeds: feeds, Owner: c.id, Every: c.every, MaxBytes: c.maxBytes,
		Fetcher: &ingest.Fetcher{UserAgent: c.userAgent, Timeout: c.timeout, Delay: c.delay,
			Retries: c.retries, MaxBytes: c.maxBody},
	}
	in := &pipeline.Ingester{Analyzer: z, Store: st, Workers: c.workers, Languages: analysedLanguages}
	if cs, ok := st.(dyad.ClusterStore); ok {
		in.Clusters = cs
	}
	return watchLoop(ctx, e, w, in, c.once)
}

// watchLoop polls the feed due longest, stores the articles of its new
// items and records the poll, one line each, until ctx ends (or, with
// once, until each feed was polled once or none is due).
func watchLoop(ctx context.Context, e *Env, w *ingest.Watcher, in *pipeline.Ingester, once bool) error {
	if err := w.Start(ctx); err != nil {
		return err
	}
	idle := min(max(w.Every/20, 100*time.Millisecond), 5*time.Second)
	for {
		p, err := w.Poll(ctx)
		if ctx.Err() != nil && p == nil {
			return nil // stopped between polls
		}
		if err != nil {
			if p != nil { // leased: give it back
				w.Finish(context.WithoutCancel(ctx), p, err)
			}
			return err
		}
		if p == nil {
			if once {
				return nil
			}
			select {
			case <-time.After(idle):
				continue
			case <-ctx.Done():
				return nil
			}
		}
		if once { // each feed once: leave it out of the next leases
			w.Feeds = slices.DeleteFunc(w.Feeds, func(u string) bool { return u == p.Feed.URL })
		}
		// Items are fetched, stored and recorded done a group at a time,
		// so that a watcher killed mid-poll fetches again at most one group.
		var sum pipeline.Summary
		var serr error
		for i := 0; i < len(p.Claimed) && serr == nil && ctx.Err() == nil; i += watchGroup {
			group := p.Claimed[i:min(i+watchGroup, len(p.Claimed))]
			if serr = w.Fetch(ctx, p, group); serr != nil {
				break
			}
			var arts []*dyad.Article
			for _, it := range group {
				if it.Article != nil {
					arts = append(arts, it.Article)
				}
			}
			if len(arts) > 0 {
				var s pipeline.Summary
				s, serr = in.Run(ctx, func(ctx context.Context, emit func(*dyad.Article) error) error {
					for _, a := range arts {
						if err := emit(a); err != nil {
							return err
						}
					}
					return nil
				})
				sum.New += s.New
				sum.Updated += s.Updated
				sum.NotAnalysed += s.NotAnalysed
				sum.Events += s.Events
				sum.NearDuplicates += s.NearDuplicates
			}
			if err := w.FinishItems(context.WithoutCancel(ctx), group, serr); err != nil && serr == nil {
				serr = err
			}
		}
		// The poll is recorded even when ctx ended: what was stored stays
		// done, the rest is released.
		ferr := w.Finish(context.WithoutCancel(ctx), p, serr)
		line := pollLine(p, sum, serr)
		if ferr != nil && dyad.ErrorCode(ferr) == dyad.ECONFLICT {
			// A lease ran out during a long poll and another watcher took
			// the feed or an item: it does the rest; this one goes on.
			line += "; " + oneLine(ferr.Error())
			ferr = nil
		}
		fmt.Fprintln(e.stdout, line)
		if serr != nil && ctx.Err() == nil {
			return serr
		}
		if ferr != nil {
			return ferr
		}
		if ctx.Err() != nil || once && len(w.Feeds) == 0 {
			return nil
		}
	}
}

// watchGroup is how many items of a poll are fetched and stored together.
const watchGroup = 16

// pollLine is the log line of one poll: the feed, what it held, what was
// new, what failed, and what was stored.
func pollLine(p *ingest.Poll, sum pipeline.Summary, serr error) string {
	ts := time.Now().UTC().Format(time.RFC3339)
	switch {
	case p.Err != nil:
		return fmt.Sprintf("%s poll %s: error: %v", ts, p.Feed.URL, oneLine(p.Err.Error()))
	case p.Unchanged:
		return fmt.Sprintf("%s poll %s: unchanged", ts, p.Feed.URL)
	}
	line := fmt.Sprintf("%s poll %s: %d items, %d new, %d seen before, %d errors; stored %d new, %d updated, %d not analysed, %d near-duplicates, %d events in %.1fs",
		ts, p.Feed.URL, p.Items, len(p.Claimed), p.Items-len(p.Claimed), p.Errors(),
		sum.New, sum.Updated, sum.NotAnalysed, sum.NearDuplicates, sum.Events, time.Since(p.Started).Seconds())
	var first string
	for _, it := range p.Claimed {
		if it.Article == nil || strings.HasPrefix(it.Status, "feed text") {
			first = it.Key + ": " + it.Status
			break
		}
	}
	if first != "" {
		line += "; " + oneLine(first)
	}
	if serr != nil && !errors.Is(serr, context.Canceled) {
		line += "; store: " + oneLine(serr.Error())
	}
	return line
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
