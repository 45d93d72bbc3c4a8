package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSearchSyntax runs dyad search on what users type: words with
// punctuation just work, operators work, and a syntax error says where and
// shows an example instead of the engine's complaint.
func TestSearchSyntax(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	input := strings.Join([]string{
		`{"id":"s1","date":"2024-07-01","title":"U.S. sanctions on Iran's oil","text":"The U.S. imposed new sanctions on Iran's oil exports. OPEC-led talks stalled."}`,
		`{"id":"s2","date":"2024-07-02","title":"EU sanctions on Russia","text":"The EU extended sanctions on Russian banks."}`,
		`{"id":"s3","date":"2024-07-03","title":"Tariffs on steel","text":"China criticised new tariffs on steel."}`,
	}, "\n") + "\n"
	mustRun(t, input, "ingest", "--db", db, "-")

	tests := []struct {
		q    string
		want []string // the IDs, in any order
	}{
		{"U.S. sanctions", []string{"s1"}},
		{"OPEC-led", []string{"s1"}},
		{"sanctions -iran", []string{"s2"}},
		{"(tariffs OR sanctions) AND china", []string{"s3"}},
		{`"Russian banks" OR steel`, []string{"s2", "s3"}},
		{"sanction*", []string{"s1", "s2"}},
	}
	for _, tc := range tests {
		out := mustRun(t, "", "search", "--db", db, "--format", "csv", tc.q)
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
			got = append(got, strings.SplitN(line, ",", 2)[0])
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("dyad search %q: %v, want %v\n%s", tc.q, got, tc.want, out)
		}
	}

	for _, tc := range []struct{ q, want string }{
		{"-iran", "dyad: search: '-' at character 1 leaves words out, but nothing beside it says what to find; for example: sanctions -iran\n"},
		{"(tariffs OR sanctions", "dyad: search: '(' at character 1 has no ')'; for example: (sanctions OR tariffs) AND iran\n"},
	} {
		code, _, errs := dyadRun(t, "", "search", "--db", db, "--", tc.q)
		if code != 1 || errs != tc.want {
			t.Errorf("dyad search %q: exit %d, stderr %q; want 1, %q", tc.q, code, errs, tc.want)
		}
	}
}
