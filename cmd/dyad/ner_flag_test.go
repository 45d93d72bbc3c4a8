package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dyad/ner"
)

// nerText names a person and an organisation that no dictionary knows:
// only the ner stage finds them.
const nerText = "John Smithers met executives of Fairwind Logistics in Paris. Russian troops shelled Ukrainian positions."

// people returns the texts of the PERSON mentions in one dyad code or
// dyad article JSON object.
func people(t *testing.T, out string) []string {
	t.Helper()
	var a struct {
		Mentions []struct{ Kind, Text string }
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("%q: %v", out, err)
	}
	var ps []string
	for _, m := range a.Mentions {
		if m.Kind == "PERSON" {
			ps = append(ps, m.Text)
		}
	}
	return ps
}

// TestNEROff: --ner=off leaves the ner stage out of every command that
// analyses text, and nothing else.
func TestNEROff(t *testing.T) {
	if !ner.Builtin() {
		t.Skip("built with -tags dyad_noner: TestBuildWithoutNER")
	}
	for _, off := range []bool{false, true} {
		d := &dictFlags{nerOff: off}
		z, err := newAnalyzer(d)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, st := range z.Stages {
			names = append(names, st.Name())
		}
		if slices.Contains(names, "ner") == off || !slices.Contains(names, "events") || !slices.Contains(names, "actors") {
			t.Errorf("--ner off=%v: stages %v", off, names)
		}
	}

	for _, args := range [][]string{{"help", "ingest"}, {"help", "code"}, {"help", "article"}, {"eval", "events", "-h"}, {"eval", "ner", "-h"}} {
		code, out, errs := dyadRun(t, "", args...)
		if code != 0 || !strings.Contains(out+errs, "-ner on|off") {
			t.Errorf("dyad %s: exit %d, no -ner flag:\n%s%s", strings.Join(args, " "), code, out, errs)
		}
	}
	if code, _, errs := dyadRun(t, nerText, "code", "--ner=maybe", "-"); code != 2 || !strings.Contains(errs, "want on or off") {
		t.Errorf("--ner=maybe: exit %d, %q", code, errs)
	}

	on := people(t, mustRun(t, nerText, "code", "--format", "jsonl", "-"))
	if !slices.Contains(on, "John Smithers") {
		t.Fatalf("the ner stage finds no John Smithers (%v): the test shows nothing", on)
	}
	for _, flag := range []string{"--ner=off", "--ner=on"} {
		got := people(t, mustRun(t, nerText, "code", flag, "--format", "jsonl", "-"))
		if want := flag == "--ner=on"; slices.Contains(got, "John Smithers") != want {
			t.Errorf("code %s: people %v", flag, got)
		}
	}

	dir := t.TempDir()
	input := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(input, []byte(`{"id":"n1","date":"2024-06-02","text":"`+nerText+`"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "t.db")
	mustRun(t, "", "ingest", "--ner=off", "--db", db, input)
	if got := people(t, mustRun(t, "", "article", "--db", db, "--format", "json", "n1")); len(got) != 0 {
		t.Errorf("ingest --ner=off stored people %v", got)
	}
	if out := mustRun(t, "", "events", "--db", db, "--format", "csv"); !strings.Contains(out, "RUSMIL") {
		t.Errorf("ingest --ner=off lost the events: %q", out)
	}
}
