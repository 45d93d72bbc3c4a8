package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer that a command writes while a test reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startServe runs dyad serve with args on a free loopback port until the
// test ends, and returns its base URL, its stderr, and a function that
// stops it (as SIGINT does) and returns its exit status.
func startServe(t *testing.T, args ...string) (string, *lockedBuffer, func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var errb lockedBuffer
	e := &Env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &errb, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() { done <- run(ctx, e, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	stop := sync.OnceValue(func() int {
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(30 * time.Second):
			t.Error("dyad serve did not stop")
			return -1
		}
	})
	t.Cleanup(func() { stop() })
	addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addr.FindString(errb.String()); m != "" {
			return strings.TrimSuffix(m, "/"), &errb, stop
		}
		select {
		case code := <-done:
			t.Fatalf("dyad serve exited %d: %s", code, errb.String())
		default:
		}
	}
	t.Fatalf("dyad serve printed no address: %s", errb.String())
	return "", nil, nil
}

func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	return resp.StatusCode
}

// TestServe: dyad serve answers over a store that ingest wrote, refuses
// writes without a token, logs each request, and stops cleanly when its
// context ends (as on SIGINT).
func TestServe(t *testing.T) {
	db := ingestSmall(t, t.TempDir(), "serve.db")
	url, errb, stop := startServe(t, "--db", db)
	var stats struct{ Articles, Events int }
	if code := getJSON(t, url+"/api/v1/stats", &stats); code != 200 || stats.Articles != 2 || stats.Events == 0 {
		t.Errorf("stats: %d %+v", code, stats)
	}
	var tl struct{ Data []struct{ Events int } }
	if code := getJSON(t, url+"/api/v1/timeline?a=USA&b=IRN&by=year", &tl); code != 200 || len(tl.Data) != 1 || tl.Data[0].Events < 2 {
		t.Errorf("timeline: %d %+v", code, tl)
	}
	resp, err := http.Post(url+"/api/v1/articles", "application/json", strings.NewReader(`{"text":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 403 {
		t.Errorf("POST without --token: %d, want 403", resp.StatusCode)
	}
	if code := stop(); code != 0 {
		t.Errorf("exit %d: %s", code, errb.String())
	}
	log := errb.String()
	for _, want := range []string{"(read-only)", "path=/api/v1/stats status=200", "dyad serve: stopped"} {
		if !strings.Contains(log, want) {
			t.Errorf("stderr lacks %q:\n%s", want, log)
		}
	}
}

// TestServeIngest: with --token, POST /api/v1/articles analyses and stores
// articles, which the API then answers about.
func TestServeIngest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "new.db")
	ingestSmall(t, filepath.Dir(db), "new.db")
	url, _, _ := startServe(t, "--db", db, "--token", "s3cret", "--quiet")
	post := func(auth, body string) (int, map[string]any) {
		req, _ := http.NewRequest("POST", url+"/api/v1/articles", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", auth)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var v map[string]any
		json.NewDecoder(resp.Body).Decode(&v)
		return resp.StatusCode, v
	}
	body := `[{"id":"p1","date":"2024-05-16","text":"Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing."},
	{"id":"p2","date":"2024-05-17","title":"no text"}]`
	if code, v := post("Bearer wrong", body); code != 401 {
		t.Errorf("wrong token: %d %v", code, v)
	}
	code, v := post("Bearer s3cret", body)
	if code != 200 || v["new"] != 1.0 || v["skipped"] != 1.0 || v["events"].(float64) < 1 {
		t.Fatalf("POST: %d %v", code, v)
	}
	var a struct {
		Events []struct{ Source, Target string }
	}
	if code := getJSON(t, url+"/api/v1/articles/p1", &a); code != 200 || len(a.Events) == 0 || a.Events[0].Source != "CHNGOV" {
		t.Errorf("the posted article: %d %+v", code, a)
	}
	// The same article again changes nothing.
	if code, v := post("Bearer s3cret", body); code != 200 || v["unchanged"] != 1.0 || v["new"] != 0.0 {
		t.Errorf("POST again: %d %v", code, v)
	}
}

// TestNetworkCommand: dyad network in each format, and its flag checks.
func TestNetworkCommand(t *testing.T) {
	db := ingestSmall(t, t.TempDir(), "net.db")
	for _, tc := range []struct {
		format string
		want   []string
	}{
		{"table", []string{"SOURCE", "USA", "IRN"}},
		{"json", []string{`"nodes"`, `"edges"`, `"source": "USA"`}},
		{"csv", []string{"source,target,events,goldstein,goldstein_mean", "USA,IRN,"}},
		{"dot", []string{"digraph dyad {", `"USA" -> "IRN"`}},
		{"gexf", []string{`<gexf xmlns="http://gexf.net/1.3"`, `source="USA" target="IRN"`}},
	} {
		out := mustRun(t, "", "network", "--db", db, "--format", tc.format)
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("--format %s lacks %q:\n%s", tc.format, w, out)
			}
		}
	}
	if out := mustRun(t, "", "network", "--db", db, "--format", "csv", "--quad", "4"); strings.Contains(out, "IRN,USA") {
		t.Errorf("--quad 4 kept a verbal conflict:\n%s", out)
	}
	if out := mustRun(t, "", "network", "--db", db, "--format", "csv", "--limit", "1"); strings.Count(out, "\n") != 2 {
		t.Errorf("--limit 1:\n%s", out)
	}
	for _, args := range [][]string{{"--quad", "5"}, {"--min-events", "0"}, {"--format", "png"}, {"--from", "2024-13-01"}, {"--plover", "war"}} {
		code, _, errs := dyadRun(t, "", append([]string{"network", "--db", db}, args...)...)
		if code != 1 || errs == "" {
			t.Errorf("network %v: exit %d, stderr %q", args, code, errs)
		}
	}
}

// TestServeHelpHidesToken: the token from $DYAD_TOKEN is never printed.
func TestServeHelpHidesToken(t *testing.T) {
	code, out, errs := dyadRunAs(t, "dyad", map[string]string{"DYAD_TOKEN": "s3cret-token"}, "", "help", "serve")
	if code != 0 || strings.Contains(out+errs, "s3cret-token") || !strings.Contains(out, "-token") {
		t.Errorf("help serve: exit %d, printed the token or no flag:\n%s%s", code, out, errs)
	}
}
