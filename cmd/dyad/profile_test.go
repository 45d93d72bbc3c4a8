package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProfiled writes a CPU profile where DYAD_CPUPROFILE says, keeps the
// command's exit status, and reports a path it cannot write without
// failing the command.
func TestProfiled(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, path string
		profile    bool   // a profile file is written
		stderr     string // in what dyad says
	}{
		{"unset", "", false, ""},
		{"file", filepath.Join(dir, "cpu.prof"), true, ""},
		{"bad dir", filepath.Join(dir, "no", "such", "cpu.prof"), false, "DYAD_CPUPROFILE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			e := &Env{stderr: &stderr, getenv: func(k string) string {
				if k == "DYAD_CPUPROFILE" {
					return tc.path
				}
				return ""
			}}
			ran := false
			if code := profiled(e, func() int { ran = true; return 3 }); code != 3 || !ran {
				t.Errorf("profiled = %d, ran %v; want 3, true", code, ran)
			}
			if tc.path != "" {
				fi, err := os.Stat(tc.path)
				if got := err == nil && fi.Size() > 0; got != tc.profile {
					t.Errorf("profile written %v (%v), want %v", got, err, tc.profile)
				}
			}
			if !strings.Contains(stderr.String(), tc.stderr) || tc.stderr == "" && stderr.Len() > 0 {
				t.Errorf("stderr %q, want %q", stderr.String(), tc.stderr)
			}
		})
	}
}
