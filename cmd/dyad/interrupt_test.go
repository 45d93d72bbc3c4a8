package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"dyad"
	"dyad/ingest"
	"dyad/sqlite"
)

// TestInterruptedIngestResumes cancels an ingest into a real SQLite file
// midway, checks that only whole articles were stored, and that running
// the same ingest again completes the work without duplicating anything.
func TestInterruptedIngestResumes(t *testing.T) {
	const n = 300
	var in bytes.Buffer
	for i := range n {
		fmt.Fprintf(&in, `{"id":"n%03d","date":"2024-03-%02d","text":"Russian troops attacked Ukrainian positions near Kharkiv. China criticised Japan over item %d."}`+"\n", i, i%28+1, i)
	}
	input := in.Bytes()
	db := filepath.Join(t.TempDir(), "resume.db")
	e := &Env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}
	z, err := newAnalyzer(nil)
	if err != nil {
		t.Fatal(err)
	}

	for _, stopAfter := range []int{57, 199} {
		ctx, cancel := context.WithCancel(context.Background())
		read := func(ctx context.Context, opt ingest.Options, emit func(*dyad.Article) error) error {
			seen := 0
			return ingest.ReadStream(ctx, "news.jsonl", bytes.NewReader(input), opt, func(a *dyad.Article) error {
				if seen == stopAfter {
					cancel()
					return ctx.Err()
				}
				seen++
				return emit(a)
			})
		}
		st, err := sqlite.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		before, _ := st.Stats(context.Background())
		sum, err := ingestWith(ctx, e, st, z, 0, read, 2, 16)
		cancel()
		after, _ := st.Stats(context.Background())
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("stop after %d: err %v, want context.Canceled", stopAfter, err)
		}
		// Whole articles only: each stored article has its two sentences
		// and the events of its two sentences.
		if after.Sentences != 2*after.Articles {
			t.Fatalf("stop after %d: %d articles but %d sentences", stopAfter, after.Articles, after.Sentences)
		}
		evs, err := st.Events(context.Background(), dyad.EventFilter{Limit: 10 * n})
		if err != nil {
			t.Fatal(err)
		}
		perArticle := map[string]int{}
		for _, ev := range evs {
			perArticle[ev.ArticleID]++
		}
		for id, k := range perArticle {
			if k != len(evs)/len(perArticle) {
				t.Fatalf("article %s has %d events, others %d: partial analysis stored", id, k, len(evs)/len(perArticle))
			}
		}
		if int64(len(perArticle)) != after.Articles {
			t.Fatalf("%d articles stored, %d with events", after.Articles, len(perArticle))
		}
		if got := int64(sum.New); got != after.Articles-before.Articles {
			t.Fatalf("summary says %d new, store grew by %d", got, after.Articles-before.Articles)
		}
		st.Close()
		t.Logf("stopped after reading %d: %d articles stored", stopAfter, after.Articles)
		if after.Articles > int64(stopAfter) {
			t.Fatalf("stop after %d: %d articles stored, more than were read", stopAfter, after.Articles)
		}
	}

	// A final complete run: everything stored exactly once.
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stored, _ := st.Stats(context.Background())
	read := func(ctx context.Context, opt ingest.Options, emit func(*dyad.Article) error) error {
		return ingest.ReadStream(ctx, "news.jsonl", bytes.NewReader(input), opt, emit)
	}
	sum, err := ingestWith(context.Background(), e, st, z, 0, read, 2, 16)
	if err != nil {
		t.Fatal(err)
	}
	stats, _ := st.Stats(context.Background())
	if stats.Articles != n || int64(sum.New) != n-stored.Articles || int64(sum.Unchanged) != stored.Articles {
		t.Fatalf("after resuming: %d articles, summary %+v", stats.Articles, sum)
	}
}
