package main

import (
	"encoding/json"
	"strings"
	"testing"

	"dyad/events"
)

// TestHelpUnknownCommand checks that "dyad help nosuch" fails as "dyad
// nosuch" does: exit 2, the name on stderr.
func TestHelpUnknownCommand(t *testing.T) {
	code, out, errs := dyadRun(t, "", "help", "nosuch")
	if code != 2 || out != "" || !strings.Contains(errs, `unknown command "nosuch"`) || !strings.Contains(errs, "Commands:") {
		t.Errorf("help nosuch: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, out, _ := dyadRun(t, "", "help", "events"); code != 0 || !strings.Contains(out, "-limit") {
		t.Errorf("help events: exit %d, %q", code, out)
	}
}

// TestVersionCodebookAndModels checks that dyad version names the event
// codebook's version and every built-in model with its data and licence.
func TestVersionCodebookAndModels(t *testing.T) {
	out := mustRun(t, "", "version")
	for _, want := range []string{"codebook", events.CodebookVersion, events.PLOVERVersion, "syntax model", "ner model", "CoNLL-2003", "research use only"} {
		if !strings.Contains(out, want) {
			t.Errorf("version does not say %q:\n%s", want, out)
		}
	}
	var v struct {
		Version  string
		Codebook struct{ CAMEO, PLOVER string }
		Syntax   struct{ Format, Data, Licence string } `json:"syntax_model"`
		NER      struct{ Format, Data, Licence string } `json:"ner_model"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "", "version", "--format", "json")), &v); err != nil {
		t.Fatal(err)
	}
	if v.Version == "" || v.Codebook.CAMEO != events.CodebookVersion || v.Codebook.PLOVER != events.PLOVERVersion ||
		v.Syntax.Format == "" || v.NER.Format == "" || v.NER.Data == "" || v.NER.Licence == "" {
		t.Errorf("version json: %+v", v)
	}
}
