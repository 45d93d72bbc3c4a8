package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad"
	"dyad/sqlite"
)

// BenchmarkWatch1000 runs dyad watch (polling every 2 s) against a local
// news server that publishes 1,000 items, 50 a second, and reports the
// time from each item's publication to its article being stored with its
// events (median, 95th percentile, worst), and the process's peak resident
// memory. Run it alone:
//
//	go test ./cmd/dyad -run '^$' -bench Watch1000 -benchtime 1x
func BenchmarkWatch1000(b *testing.B) {
	for range b.N {
		measureWatch(b, 1000, 50)
	}
}

func measureWatch(b *testing.B, items, perSecond int) {
	srv := newNewsServer(b)
	db := filepath.Join(b.TempDir(), "w.db")
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var out bytes.Buffer
	wg.Add(1)
	go func() {
		defer wg.Done()
		e := &Env{stdin: strings.NewReader(""), stdout: &out, stderr: &out, getenv: func(string) string { return "" }}
		run(ctx, e, []string{"watch", "--db", db, "--every", "2s", "--delay", "0", srv.URL + "/live.xml"})
	}()
	start := time.Now()
	go func() { // publish
		for i := range items {
			srv.publish("live", i, 1, false)
			time.Sleep(time.Second / time.Duration(perSecond))
		}
	}()
	published := func(url string) (time.Time, bool) {
		srv.mu.Lock()
		defer srv.mu.Unlock()
		for _, it := range srv.items["live"] {
			if srv.URL+it.path == url {
				return it.published, true
			}
		}
		return time.Time{}, false
	}
	stored := map[string]time.Duration{}
	deadline := start.Add(5 * time.Minute)
	for len(stored) < items && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
		st, err := sqlite.OpenReadOnly(context.Background(), db)
		if err != nil {
			continue
		}
		now := time.Now()
		st.EachArticle(context.Background(), "", "", func(a *dyad.Article) error {
			if _, ok := stored[a.URL]; !ok && a.URL != "" {
				if p, ok := published(a.URL); ok {
					stored[a.URL] = now.Sub(p)
				}
			}
			return nil
		})
		st.Close()
	}
	cancel()
	wg.Wait()
	if len(stored) < items {
		b.Fatalf("%d of %d items stored in 5 minutes; log:\n%s", len(stored), items, out.String())
	}
	lat := make([]time.Duration, 0, len(stored))
	for _, d := range stored {
		lat = append(lat, d)
	}
	slices.Sort(lat)
	st := mustRunB(b, "stats", "--db", db, "--format", "csv")
	peak := peakRSS()
	b.ReportMetric(lat[len(lat)/2].Seconds(), "s-median")
	b.ReportMetric(lat[len(lat)*95/100].Seconds(), "s-p95")
	b.ReportMetric(lat[len(lat)-1].Seconds(), "s-max")
	b.ReportMetric(float64(peak)/(1<<20), "MiB-peak-rss")
	b.Logf("%d items published at %d/s, polled every 2 s: publication to stored events median %.2fs, p95 %.2fs, max %.2fs; peak RSS %d MiB; %d polls; stats:\n%s",
		items, perSecond, lat[len(lat)/2].Seconds(), lat[len(lat)*95/100].Seconds(), lat[len(lat)-1].Seconds(), peak>>20,
		strings.Count(out.String(), " poll "), st)
}

// peakRSS is the process's peak resident memory (VmHWM), in bytes; 0 where
// /proc does not say.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func mustRunB(b *testing.B, args ...string) string {
	var out, errb bytes.Buffer
	e := &Env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	if code := run(context.Background(), e, args); code != 0 {
		b.Fatalf("dyad %v: exit %d: %s %s", args, code, out.String(), errb.String())
	}
	return out.String()
}
