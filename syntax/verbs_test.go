package syntax

import (
	"strings"
	"testing"
)

func TestReadVerbForms(t *testing.T) {
	in := `# a comment
&SYNSET
+WORD

---  CLASH   [190]  ---
CLASH  # a verb with regular forms
CARRY
TIE
BRIDGE [042]
SEE {SEES SEEING SAW SEEN}   # irregular
+STIR_UP {+STIRS_UP}
- * WITH $ [190]   # a pattern
BAD$LINE
BROKEN {BROKE
`
	got, warns, err := ReadVerbForms(strings.NewReader(in), "v.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		form string
		want uint8
	}{
		{"clash", VerbBase}, {"clashes", VerbS}, {"clashed", VerbPast}, {"clashing", VerbIng},
		{"carries", VerbS}, {"carried", VerbPast}, {"carrying", VerbIng},
		{"ties", VerbS}, {"tied", VerbPast}, {"tying", VerbIng},
		{"bridge", VerbBase}, {"bridged", VerbPast}, {"bridging", VerbIng},
		{"see", VerbBase}, {"sees", VerbS}, {"saw", VerbPast}, {"seen", VerbPast}, {"seeing", VerbIng},
		{"seed", 0}, {"word", 0}, {"stir", 0}, {"with", 0},
	} {
		if g := got[tt.form]; g != tt.want {
			t.Errorf("%s: class %b, want %b", tt.form, g, tt.want)
		}
	}
	if len(warns) != 2 || !strings.HasPrefix(warns[0].Error(), "v.txt:13:") || !strings.HasPrefix(warns[1].Error(), "v.txt:14:") {
		t.Errorf("warnings %v, want lines 13 and 14", warns)
	}
}

func FuzzReadVerbForms(f *testing.F) {
	f.Add("---  A [010] ---\nSAY {SAID}\n- * $ [010]\n")
	f.Add("&X\n+Y\n---\nGO {GOES WENT GONE GOING\n")
	f.Fuzz(func(t *testing.T, s string) {
		forms, _, err := ReadVerbForms(strings.NewReader(s), "f")
		if err != nil {
			return
		}
		for w, c := range forms {
			if w == "" || c == 0 || c > VerbBase|VerbS|VerbPast|VerbIng {
				t.Fatalf("form %q class %b", w, c)
			}
		}
	})
}
