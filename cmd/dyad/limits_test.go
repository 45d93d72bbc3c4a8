package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMaxBytes checks that ingest and code skip an article whose text is
// longer than --max-bytes (default 4 MiB), naming it, read the others, and
// reject a negative limit.
func TestMaxBytes(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "news.jsonl")
	big := strings.Repeat("Russian troops shelled Ukrainian positions ", 30) // 1,290 bytes, no sentence end
	huge := strings.Repeat("x ", defaultMaxBytes/2+1)
	lines := []string{
		`{"id":"small","date":"2024-06-02","text":"Russian troops shelled Ukrainian positions."}`,
		`{"id":"big","date":"2024-06-02","text":"` + big + `"}`,
		`{"id":"huge","date":"2024-06-02","text":"` + huge + `"}`,
	}
	if err := os.WriteFile(input, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	type summary struct {
		Read, New, Skipped int
		Reasons            map[string]int `json:"skip_reasons"`
	}
	tests := []struct {
		name    string
		args    []string
		read    int      // articles read
		skipped []string // ids skipped, in order
	}{
		{"default", nil, 2, []string{"huge"}},
		{"1000 bytes", []string{"--max-bytes", "1000"}, 1, []string{"big", "huge"}},
		{"no limit", []string{"--max-bytes", "0"}, 3, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "t.db")
			args := append([]string{"ingest", "--db", db, "--format", "json", input}, tt.args...)
			code, out, errs := dyadRun(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s %s", code, out, errs)
			}
			var s summary
			if err := json.Unmarshal([]byte(out), &s); err != nil {
				t.Fatalf("summary %q: %v", out, err)
			}
			if s.Read != tt.read || s.Skipped != len(tt.skipped) || s.Reasons["text over the size limit"] != len(tt.skipped) {
				t.Errorf("summary %+v, want %d read and %d skipped over the size limit", s, tt.read, len(tt.skipped))
			}
			for _, id := range tt.skipped {
				if !strings.Contains(errs, "text over the size limit: article "+id+" has ") {
					t.Errorf("stderr does not name article %s: %q", id, errs)
				}
			}
			if strings.Contains(errs, "news.jsonl:2:") != (len(tt.skipped) == 2) {
				t.Errorf("stderr does not name the file and line: %q", errs)
			}

			args = append([]string{"code", "--format", "jsonl", input}, tt.args...)
			code, out, errs = dyadRun(t, "", args...)
			if code != 0 {
				t.Fatalf("code: exit %d: %s", code, errs)
			}
			if n := strings.Count(out, "\n"); n != tt.read {
				t.Errorf("code printed %d articles, want %d", n, tt.read)
			}
			for _, id := range tt.skipped {
				if !strings.Contains(errs, "article "+id+" has ") {
					t.Errorf("code: stderr does not name article %s: %q", id, errs)
				}
			}
		})
	}
	for _, cmd := range []string{"ingest", "code"} {
		db := filepath.Join(t.TempDir(), "t.db")
		code, _, errs := dyadRun(t, "", cmd, "--db", db, "--max-bytes", "-1", input)
		if cmd == "code" {
			code, _, errs = dyadRun(t, "", cmd, "--max-bytes", "-1", input)
		}
		if code == 0 || !strings.Contains(errs, "--max-bytes -1: want 0 (no limit) or a number of bytes above 0") {
			t.Errorf("%s --max-bytes -1: exit %d, stderr %q", cmd, code, errs)
		}
	}
}
