package events

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"dyad"
	"dyad/internal/sharedtest"
)

const phoenixVerbDir = "../../shared/reference/phoenix/"

// readDict reads a dictionary from text, failing the test on a read error.
func readDict(t testing.TB, text string) (*VerbDict, []error) {
	t.Helper()
	d, warns, err := ReadVerbDict(strings.NewReader(text), "test.verbs")
	if err != nil {
		t.Fatalf("ReadVerbDict: %v", err)
	}
	return d, warns
}

// noWarnings fails the test when a read gave warnings.
func noWarnings(t *testing.T, warns []error) {
	t.Helper()
	for _, w := range warns {
		t.Errorf("unexpected warning: %v", w)
	}
}

// phrases returns the phrases of a form's inflections.
func phrases(f VerbForm) []string {
	var out []string
	for _, in := range f.Inflections {
		out = append(out, in.Phrase())
	}
	return out
}

func TestVerbDictSynsets(t *testing.T) {
	d, warns := readDict(t, `
&GADGET
+WIDGET
+GIZMO_
+SPARE_PART
+TOOL KIT
+ANY

&QUIET_
+HUSH
+MUTE

&BOTH
+&GADGET
+THINGAMAJIG
`)
	noWarnings(t, warns)
	if len(d.Synsets) != 3 {
		t.Fatalf("got %d synsets, want 3", len(d.Synsets))
	}
	g := d.Synsets["GADGET"]
	if g == nil || g.NoPlural || g.Line != 2 || len(g.Members) != 5 {
		t.Fatalf("GADGET = %+v", g)
	}
	wantMembers := []SynsetMember{
		{Words: []string{"WIDGET"}, Line: 3},
		{Words: []string{"GIZMO"}, Exact: true, Line: 4},
		{Words: []string{"SPARE", "PART"}, Line: 5},
		{Words: []string{"TOOL", "KIT"}, Line: 6},
		{Words: []string{"ANY"}, Line: 7},
	}
	for i, m := range g.Members {
		w := wantMembers[i]
		if !slices.Equal(m.Words, w.Words) || m.Exact != w.Exact || m.Line != w.Line || m.Synset != "" {
			t.Errorf("member %d = %+v, want %+v", i, m, w)
		}
	}
	if q := d.Synsets["QUIET"]; q == nil || !q.NoPlural {
		t.Errorf("QUIET = %+v, want a synset without plurals", q)
	}
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"&GADGET", []string{"WIDGET", "WIDGETS", "GIZMO", "SPARE PART", "SPARE PARTS", "TOOL KIT", "TOOL KITS", "ANY", "ANIES"}},
		{"quiet_", []string{"HUSH", "MUTE"}},
		{"BOTH", []string{"WIDGET", "WIDGETS", "GIZMO", "SPARE PART", "SPARE PARTS", "TOOL KIT", "TOOL KITS", "ANY", "ANIES", "THINGAMAJIG", "THINGAMAJIGS"}},
		{"NONE", nil},
	} {
		var got []string
		for _, ph := range d.SynsetPhrases(tt.name) {
			got = append(got, strings.Join(ph, " "))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("SynsetPhrases(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestVerbDictPlurals(t *testing.T) {
	for _, tt := range []struct {
		noun string
		want []string // PETRARCH-2's first, then English's when they differ
	}{
		{"TREATY", []string{"TREATIES"}},
		{"CONVOY", []string{"CONVOIES", "CONVOYS"}},
		{"BUS", []string{"BUES", "BUSES"}},
		{"MARCH", []string{"MARCHS", "MARCHES"}},
		{"TAX", []string{"TAXS", "TAXES"}},
		{"VETO", []string{"VETOS", "VETOES"}},
		{"RADIO", []string{"RADIOS"}},
		{"TALK", []string{"TALKS"}},
	} {
		if got := vdPlurals(tt.noun); !slices.Equal(got, tt.want) {
			t.Errorf("vdPlurals(%s) = %q, want %q", tt.noun, got, tt.want)
		}
	}
}

func TestVerbDictHeaders(t *testing.T) {
	for _, tt := range []struct {
		line          string
		name          string
		code, passive string
		warn          error // the kind of the one warning, or nil
	}{
		{"---  PARLEY   [040]  ---", "PARLEY", "040", "", nil},
		{"--- PARLEY [---] ---", "PARLEY", "---", "", nil},
		{"---  PARLEY   [041:042]  ---", "PARLEY", "041", "042", nil},
		{"---  PARLEY   [:110]  ---", "PARLEY", "---", "110", nil},
		{"---  PARLEY   [110]---  ---", "PARLEY", "110", "", nil},
		{"--- PARLEY ---", "PARLEY", "---", "", nil},
		{"--- TALK BACK  [1246] ---", "TALK BACK", "1246", "", nil},
		{"--- PARLEY [174K] ---", "PARLEY", "174K", "", nil},
		{"--- PARLEY [04?] ---", "PARLEY", "---", "", ErrBadVerbCode},
		{"--- PARLEY [040] [050] ---", "PARLEY", "040", "", ErrVerbDictSyntax},
		{"--- PARLEY [040 ---", "PARLEY", "---", "", ErrVerbDictSyntax},
		{"--- [040] ---", "", "040", "", ErrVerbDictSyntax},
	} {
		d, warns := readDict(t, tt.line+"\nPARLEY\n")
		if len(d.Blocks) != 1 {
			t.Errorf("%q: %d blocks, want 1", tt.line, len(d.Blocks))
			continue
		}
		b := d.Blocks[0]
		if b.Name != tt.name || b.Code != tt.code || b.Passive != tt.passive || b.Line != 1 || len(b.Forms) != 1 {
			t.Errorf("%q: got block %q [%s:%s] line %d with %d forms, want %q [%s:%s]",
				tt.line, b.Name, b.Code, b.Passive, b.Line, len(b.Forms), tt.name, tt.code, tt.passive)
		}
		switch {
		case tt.warn == nil && len(warns) > 0:
			t.Errorf("%q: unexpected warnings %v", tt.line, warns)
		case tt.warn != nil && (len(warns) != 1 || !errors.Is(warns[0], tt.warn)):
			t.Errorf("%q: warnings %v, want one of kind %v", tt.line, warns, tt.warn)
		}
	}
}

func TestVerbDictVerbLines(t *testing.T) {
	for _, tt := range []struct {
		line      string
		lemma     string
		pre, post []string
		forms     []string // every inflection, given ones first
		given     int      // how many are given
		code      string
		passive   string
		comment   string
	}{
		{line: "PARLEY", lemma: "PARLEY", given: 1,
			forms: []string{"PARLEY", "PARLEIES", "PARLEYS", "PARLEYED", "PARLEYING"}},
		{line: "HURRY", lemma: "HURRY", given: 1,
			forms: []string{"HURRY", "HURRIES", "HURRYED", "HURRIED", "HURRYING"}},
		{line: "NEGOTIATE   # jd 1 Jan 2000", lemma: "NEGOTIATE", given: 1, comment: "jd 1 Jan 2000",
			forms: []string{"NEGOTIATE", "NEGOTIATES", "NEGOTIATED", "NEGOTIATING"}},
		{line: "BLOCKADE [191]", lemma: "BLOCKADE", given: 1, code: "191",
			forms: []string{"BLOCKADE", "BLOCKADES", "BLOCKADED", "BLOCKADING"}},
		{line: "SHUN [:120]", lemma: "SHUN", given: 1, code: "---", passive: "120",
			forms: []string{"SHUN", "SHUNS", "SHUNED", "SHUNNED", "SHUNING", "SHUNNING"}},
		{line: "SEEK {SEEKS SEEKING SOUGHT} [030]", lemma: "SEEK", given: 4, code: "030",
			forms: []string{"SEEK", "SEEKS", "SEEKING", "SOUGHT"}},
		{line: "SEEK [030] {SEEKS SEEKING SOUGHT}", lemma: "SEEK", given: 4, code: "030",
			forms: []string{"SEEK", "SEEKS", "SEEKING", "SOUGHT"}},
		{line: "FLEE {FLED}", lemma: "FLEE", given: 2,
			forms: []string{"FLEE", "FLED", "FLEES", "FLEEING"}},
		{line: "SLAY { SLEW, SLAIN }", lemma: "SLAY", given: 3,
			forms: []string{"SLAY", "SLEW", "SLAIN", "SLAIES", "SLAYS", "SLAYING"}},
		{line: "ORGANIZE {ORGANISE}", lemma: "ORGANIZE", given: 2,
			forms: []string{"ORGANIZE", "ORGANISE", "ORGANIZES", "ORGANIZED", "ORGANIZING", "ORGANISES", "ORGANISED", "ORGANISING"}},
		{line: "+TURNED_AWAY {}", lemma: "TURNED", post: []string{"AWAY"}, given: 1,
			forms: []string{"TURNED AWAY"}},
		{line: "+HAND_OVER", lemma: "HAND", post: []string{"OVER"}, given: 1,
			forms: []string{"HAND OVER", "HANDS OVER", "HANDED OVER", "HANDING OVER"}},
		{line: "+HOLD_BACK {+HOLDS_BACK +HELD_BACK +HOLDING_BACK} [080]", lemma: "HOLD", post: []string{"BACK"}, given: 4, code: "080",
			forms: []string{"HOLD BACK", "HOLDS BACK", "HELD BACK", "HOLDING BACK"}},
		{line: "+GIVE_WAY {GAVE}", lemma: "GIVE", post: []string{"WAY"}, given: 2,
			forms: []string{"GIVE WAY", "GAVE WAY", "GIVES WAY", "GIVING WAY"}},
		{line: "RE_+ELECT", lemma: "ELECT", pre: []string{"RE"}, given: 1,
			forms: []string{"RE ELECT", "RE ELECTS", "RE ELECTED", "RE ELECTING"}},
		{line: "CALL_OFF", lemma: "CALL", post: []string{"OFF"}, given: 1,
			forms: []string{"CALL OFF", "CALLS OFF", "CALLED OFF", "CALLING OFF"}},
		{line: "STEP DOWN", lemma: "STEP", post: []string{"DOWN"}, given: 1,
			forms: []string{"STEP DOWN", "STEPS DOWN", "STEPED DOWN", "STEPPED DOWN", "STEPING DOWN", "STEPPING DOWN"}},
		{line: "parley ; legacy comment", lemma: "PARLEY", given: 1, comment: "legacy comment",
			forms: []string{"PARLEY", "PARLEIES", "PARLEYS", "PARLEYED", "PARLEYING"}},
	} {
		d, warns := readDict(t, "--- B [010] ---\n"+tt.line+"\n")
		noWarnings(t, warns)
		if len(d.Blocks) != 1 || len(d.Blocks[0].Forms) != 1 {
			t.Errorf("%q: not read as one verb of one block", tt.line)
			continue
		}
		f := d.Blocks[0].Forms[0]
		given := 0
		for _, in := range f.Inflections {
			if in.Given {
				given++
			}
		}
		if f.Lemma != tt.lemma || !slices.Equal(f.Pre, tt.pre) || !slices.Equal(f.Post, tt.post) ||
			f.Code != tt.code || f.Passive != tt.passive || f.Comment != tt.comment || f.Line != 2 {
			t.Errorf("%q: got %s pre %q post %q [%s:%s] line %d comment %q", tt.line, f.Lemma, f.Pre, f.Post, f.Code, f.Passive, f.Line, f.Comment)
		}
		if got := phrases(f); !slices.Equal(got, tt.forms) || given != tt.given {
			t.Errorf("%q: forms %q (%d given), want %q (%d given)", tt.line, got, given, tt.forms, tt.given)
		}
		if f.Multiword() != (len(tt.pre)+len(tt.post) > 0) {
			t.Errorf("%q: Multiword() = %v", tt.line, f.Multiword())
		}
	}
}

func TestVerbDictVerbLineWarnings(t *testing.T) {
	for _, tt := range []struct {
		line  string
		kind  error
		forms int // verb lines kept
	}{
		{"SEEK {SOUGHT", ErrVerbDictSyntax, 0},
		{"SEEK SOUGHT}", ErrVerbDictSyntax, 0},
		{"SEEK {SOUGHT} LATER", ErrVerbDictSyntax, 0},
		{"+SEEK_+OUT", ErrVerbDictSyntax, 0},
		{"SEEK$", ErrVerbDictSyntax, 0},
		{"SEEK [040] NOW", ErrVerbDictSyntax, 0},
		{"SEEK ]", ErrVerbDictSyntax, 0},
		{"SEEK [04X4]", ErrBadVerbCode, 1},
		{"+WIRE_TAP {+WIRE_TAPS +WIRE_TAPPED}", ErrVerbDictSyntax, 1},
	} {
		d, warns := readDict(t, "--- B ---\n"+tt.line+"\n")
		if len(warns) != 1 || !errors.Is(warns[0], tt.kind) {
			t.Errorf("%q: warnings %v, want one of kind %v", tt.line, warns, tt.kind)
		}
		if n := len(d.Blocks[0].Forms); n != tt.forms {
			t.Errorf("%q: %d forms kept, want %d", tt.line, n, tt.forms)
		}
	}
}

// petrarchForms is PETRARCH-2's generator (read_verb_dictionary) written
// again from its description: -S/-ES/-IES, -D/-ED, -ING with e-dropping.
func petrarchForms(stem string) []string {
	var out []string
	switch last := stem[len(stem)-1]; {
	case last == 'S' || last == 'X' || last == 'Z':
		out = append(out, stem+"ES")
	case last == 'Y':
		out = append(out, stem[:len(stem)-1]+"IES")
	default:
		out = append(out, stem+"S")
	}
	if strings.HasSuffix(stem, "E") {
		out = append(out, stem+"D")
	} else {
		out = append(out, stem+"ED")
	}
	if strings.HasSuffix(stem, "E") && len(stem) > 1 && !strings.ContainsRune("AEIOU", rune(stem[len(stem)-2])) {
		out = append(out, stem[:len(stem)-1]+"ING")
	} else {
		out = append(out, stem+"ING")
	}
	return out
}

func TestVerbDictRegularInflections(t *testing.T) {
	for _, tt := range []struct {
		verb    string
		want    []string // must be generated
		notWant []string // must not be
	}{
		{"PASS", []string{"PASSES", "PASSED", "PASSING"}, nil},
		{"TAX", []string{"TAXES", "TAXED", "TAXING"}, []string{"TAXXED"}},
		{"BUZZ", []string{"BUZZES", "BUZZED", "BUZZING"}, nil},
		{"WATCH", []string{"WATCHES", "WATCHED", "WATCHING"}, nil},
		{"PUSH", []string{"PUSHES", "PUSHED", "PUSHING"}, nil},
		{"VETO", []string{"VETOES", "VETOED", "VETOING"}, nil},
		{"CARRY", []string{"CARRIES", "CARRIED", "CARRYING"}, []string{"CARRING"}},
		{"PLAY", []string{"PLAYS", "PLAYED", "PLAYING"}, []string{"PLAIED"}},
		{"FREE", []string{"FREES", "FREED", "FREEING"}, []string{"FRING", "FREING"}},
		{"MAKE", []string{"MAKES", "MAKED", "MAKING"}, []string{"MAKEING"}},
		{"DIE", []string{"DIES", "DIED", "DYING"}, nil},
		{"ARGUE", []string{"ARGUES", "ARGUED", "ARGUING"}, nil},
		{"STOP", []string{"STOPS", "STOPPED", "STOPPING", "STOPED"}, nil},
		{"VISIT", []string{"VISITED", "VISITING", "VISITTED"}, nil},
		{"EXPEL", []string{"EXPELS", "EXPELLED", "EXPELLING", "EXPELED"}, nil},
		{"EQUIP", []string{"EQUIPPED", "EQUIPPING"}, nil},
		{"SHOW", []string{"SHOWS", "SHOWED", "SHOWING"}, []string{"SHOWWED"}},
		{"RELAX", []string{"RELAXED"}, []string{"RELAXXED"}},
		{"OBEY", []string{"OBEYS", "OBEYED", "OBEYING"}, []string{"OBEIED"}},
		{"SHOOT", []string{"SHOOTS", "SHOOTING"}, []string{"SHOOTTED"}},
		{"AID", []string{"AIDS", "AIDED", "AIDING"}, []string{"AIDDED"}},
	} {
		got := vdRegular(nil, tt.verb, true, true, true)
		for _, w := range append(petrarchForms(tt.verb), tt.want...) {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %s not generated (got %q)", tt.verb, w, got)
			}
		}
		for _, w := range tt.notWant {
			if slices.Contains(got, w) {
				t.Errorf("%s: %s generated", tt.verb, w)
			}
		}
	}
	// slots filled by given forms are not generated again
	if got := vdRegular(nil, "SEEK", false, false, true); !slices.Equal(got, []string{"SEEKING"}) {
		t.Errorf("only the -ING slot: got %q", got)
	}
	if got := vdRegular(nil, "", true, true, true); got != nil {
		t.Errorf("empty word: got %q", got)
	}
}

func TestVerbDictPatterns(t *testing.T) {
	const synsets = "&PACT\n+TREATY\n&ARMY_CORPS\n+BRIGADE\n&ARMY\n+TROOPS\n"
	for _, tt := range []struct {
		line   string
		want   string // String() of the pattern read
		before int
		after  int
		check  func(p *VerbPattern) bool
	}{
		{line: "- * TALKS [040]", want: "- * TALKS [040]", after: 1,
			check: func(p *VerbPattern) bool { return p.After[0].Kind == PatWord && p.After[0].Text == "TALKS" }},
		{line: "-   *   TALKS        [040]      # PARLEY", want: "- * TALKS [040]", after: 1,
			check: func(p *VerbPattern) bool { return p.Comment == "PARLEY" && p.Verb == "PARLEY" }},
		{line: "- * TALKS [040] # CONFER <xy 1 Jan 2000>", want: "- * TALKS [040]", after: 1,
			check: func(p *VerbPattern) bool { return p.Comment == "CONFER <xy 1 Jan 2000>" && p.Verb == "" }},
		{line: "- $ * + [042]", want: "- $ * + [042]", before: 1, after: 1,
			check: func(p *VerbPattern) bool { return p.Before[0].Kind == PatSource && p.After[0].Kind == PatTarget }},
		{line: "- * ^ &PACT [057:057]", want: "- * ^ &PACT [057:057]", after: 2,
			check: func(p *VerbPattern) bool {
				return p.After[0].Kind == PatSkip && p.After[1].Kind == PatSynset && p.After[1].Text == "PACT" &&
					p.Code == "057" && p.Passive == "057"
			}},
		{line: "- * {PEACE DEAL} [057]", want: "- * {PEACE DEAL} [057]", after: 1,
			check: func(p *VerbPattern) bool {
				n := p.After[0]
				return n.Kind == PatNoun && len(n.Sub) == 2 && n.Sub[1].Text == "DEAL"
			}},
		{line: "- * {NEW &PACT} (WITH +) [057]", want: "- * {NEW &PACT} (WITH +) [057]", after: 2,
			check: func(p *VerbPattern) bool {
				pp := p.After[1]
				return p.After[0].Sub[1].Kind == PatSynset && pp.Kind == PatPrep && pp.Text == "WITH" &&
					len(pp.Sub) == 1 && pp.Sub[0].Kind == PatTarget
			}},
		{line: "- * (AGAINST) [111]", want: "- * (AGAINST) [111]", after: 1,
			check: func(p *VerbPattern) bool { return p.After[0].Kind == PatPrep && len(p.After[0].Sub) == 0 }},
		{line: "- * (IN ^) (OF {ARMS DEALS}) $ [1722]", want: "- * (IN ^) (OF {ARMS DEALS}) $ [1722]", after: 3,
			check: func(p *VerbPattern) bool {
				return p.After[1].Sub[0].Kind == PatNoun && p.After[2].Kind == PatSource
			}},
		{line: "- * (BY/WITH {HEAVY SHELLING}) [190]", want: "- * (BY/WITH {HEAVY SHELLING}) [190]", after: 1,
			check: func(p *VerbPattern) bool { return slices.Equal(p.After[0].Preps(), []string{"BY", "WITH"}) }},
		{line: "- SHIPMENT (OF &ARMY) * + [072]", want: "- SHIPMENT (OF &ARMY) * + [072]", before: 2, after: 1},
		{line: "- &ARMY * (TO +) [:154]", want: "- &ARMY * (TO +) [---:154]", before: 1, after: 1,
			check: func(p *VerbPattern) bool { return p.Code == NoEvent && p.Passive == "154" }},
		{line: "- * [---]", want: "- * [---]", check: func(p *VerbPattern) bool { return p.Code == NoEvent }},
		{line: "- % * TALKS [043]", want: "- % * TALKS [043]", before: 1, after: 1,
			check: func(p *VerbPattern) bool { return p.Before[0].Kind == PatCompound }},
		{line: "- ** TRUCE [0356]", want: "- * TRUCE [0356]", after: 1},
		{line: "-*(TO{PEACE TALKS})[046]", want: "- * (TO {PEACE TALKS}) [046]", after: 1},
		{line: "- * {AIR_STRIKE} [195]", want: "- * {AIR_STRIKE} [195]", after: 1,
			check: func(p *VerbPattern) bool { s := p.After[0].Sub; return len(s) == 2 && !s[0].Glued && s[1].Glued }},
		{line: "- NOT_* [128]", want: "- NOT_* [128]", before: 1,
			check: func(p *VerbPattern) bool { return p.GluedVerb }},
		{line: "- NOT_ * [128]", want: "- NOT * [128]", before: 1,
			check: func(p *VerbPattern) bool { return !p.GluedVerb }},
		{line: "- *_OUT_OF + [161]", want: "- *_OUT_OF + [161]", after: 3,
			check: func(p *VerbPattern) bool { return p.After[0].Glued && p.After[1].Glued && !p.After[2].Glued }},
		{line: "- * NEW_&PACT_TALKS [040]", want: "- * NEW_&PACT_TALKS [040]", after: 3,
			check: func(p *VerbPattern) bool { return p.After[1].Kind == PatSynset && p.After[2].Text == "TALKS" }},
		{line: "- * &ARMY_CORPS [150]", want: "- * &ARMY_CORPS [150]", after: 1,
			check: func(p *VerbPattern) bool { return p.After[0].Text == "ARMY_CORPS" }},
		{line: "- * &ARMY_UNITS [150]", want: "- * &ARMY_UNITS [150]", after: 2,
			check: func(p *VerbPattern) bool { return p.After[0].Text == "ARMY" && p.After[1].Glued }},
		{line: "- SAID_+ * TALKS [040]", want: "- SAID_+ * TALKS [040]", before: 2, after: 1},
		{line: "- * talks [174k]", want: "- * TALKS [174k]", after: 1},
	} {
		d, warns := readDict(t, synsets+"--- PARLEY ---\nPARLEY\n"+tt.line+"\n")
		noWarnings(t, warns)
		ps := d.Blocks[0].Patterns
		if len(ps) != 1 {
			t.Errorf("%q: %d patterns", tt.line, len(ps))
			continue
		}
		p := &ps[0]
		if got := p.String(); got != tt.want || len(p.Before) != tt.before || len(p.After) != tt.after || p.Line != 9 {
			t.Errorf("%q: read as %q (%d before, %d after, line %d), want %q (%d, %d)",
				tt.line, got, len(p.Before), len(p.After), p.Line, tt.want, tt.before, tt.after)
			continue
		}
		if tt.check != nil && !tt.check(p) {
			t.Errorf("%q: read as %+v", tt.line, *p)
		}
	}
}

func TestVerbDictPatternWarnings(t *testing.T) {
	for _, tt := range []struct {
		line string
		kind error
	}{
		{"- * TALKS", ErrVerbDictSyntax},
		{"- * TALKS [040] EXTRA", ErrVerbDictSyntax},
		{"- * TALKS [4]", ErrBadVerbCode},
		{"- * TALKS [040!]", ErrBadVerbCode},
		{"- * TALKS [:]", ErrBadVerbCode},
		{"- * TALKS []", ErrBadVerbCode},
		{"- * TALKS [04000]", ErrBadVerbCode},
		{"- * TALKS [040AB]", ErrBadVerbCode},
		{"- * &NOSUCH [040]", ErrUndefinedSynset},
		{"- * ($ TALKS) [040]", ErrVerbDictSyntax},
		{"- TALKS [040]", ErrVerbDictSyntax},
		{"- * TALKS * [040]", ErrVerbDictSyntax},
		{"- * (WITH + [040]", ErrVerbDictSyntax},
		{"- * WITH +) [040]", ErrVerbDictSyntax},
		{"- * {PEACE TALKS [040]", ErrVerbDictSyntax},
		{"- * PEACE} [040]", ErrVerbDictSyntax},
		{"- * {} [040]", ErrVerbDictSyntax},
		{"- * () [040]", ErrVerbDictSyntax},
		{"- * {PEACE $} [040]", ErrVerbDictSyntax},
		{"- * {PEACE (IN TALKS)} [040]", ErrVerbDictSyntax},
		{"- * (IN (TALKS)) [040]", ErrVerbDictSyntax},
		{"- * ({PEACE TALKS}) [040]", ErrVerbDictSyntax},
		{"- * (IN *) [040]", ErrVerbDictSyntax},
		{"- * +-BACKED [040]", ErrVerbDictSyntax},
		{"- * &BAD! [040]", ErrVerbDictSyntax},
	} {
		d, warns := readDict(t, "--- PARLEY ---\nPARLEY\n"+tt.line+"\n")
		if len(warns) != 1 || !errors.Is(warns[0], tt.kind) {
			t.Errorf("%q: warnings %v, want one of kind %v", tt.line, warns, tt.kind)
		}
		if n := len(d.Blocks[0].Patterns); n != 0 {
			t.Errorf("%q: %d patterns kept", tt.line, n)
		}
	}
}

func TestVerbDictComments(t *testing.T) {
	d, warns := readDict(t, "\ufeff"+`<!-- a dictionary for the tests -->
# a comment line
####### SECTION #######

<!-- a comment
over lines, with --- and - * [010] in it
-->
--- PARLEY [040] --- # the block
PARLEY <!-- inline --> # the verb
   CONFER  ; legacy
<!-- one --> TALK <!-- two -->

- * TALKS [040]  # PARLEY <!-- not a comment opener -->
	- $ * + [041]
`+"- * ACCORD [057]\r\n")
	noWarnings(t, warns)
	if len(d.Blocks) != 1 {
		t.Fatalf("%d blocks", len(d.Blocks))
	}
	b := d.Blocks[0]
	var lemmas []string
	for _, f := range b.Forms {
		lemmas = append(lemmas, f.Lemma)
	}
	if !slices.Equal(lemmas, []string{"PARLEY", "CONFER", "TALK"}) || b.Line != 8 {
		t.Errorf("forms %q, block line %d", lemmas, b.Line)
	}
	if b.Forms[0].Comment != "the verb" || b.Forms[1].Comment != "legacy" {
		t.Errorf("comments %q, %q", b.Forms[0].Comment, b.Forms[1].Comment)
	}
	if len(b.Patterns) != 3 || b.Patterns[0].Comment != "PARLEY <!-- not a comment opener -->" || b.Patterns[2].Line != 15 {
		t.Errorf("patterns %+v", b.Patterns)
	}

	_, warns = readDict(t, "--- PARLEY ---\nPARLEY\n<!-- never closed\n- * TALKS [040]\n")
	if len(warns) != 1 || !errors.Is(warns[0], ErrVerbDictSyntax) {
		t.Errorf("unclosed comment: warnings %v", warns)
	}
}

func TestVerbDictStructure(t *testing.T) {
	d, warns := readDict(t, `PARLEY
- * TALKS [040]
+STRAY
--- ONE [010] ---
SAY
&SET
+MEMBER
SPEAK
- * THINGS [010]
--- TWO ---
+TALK_BACK
&SET
+OTHER
`)
	// a verb, a pattern and a multiword verb before any block; a verb and a
	// pattern after a synset, which ends a block; a synset defined again
	var lines []int
	for _, w := range warns {
		var ie *dyad.InputError
		if !errors.As(w, &ie) || ie.Name != "test.verbs" || ie.Offset != -1 {
			t.Errorf("warning %v is not an input error naming the file", w)
			continue
		}
		lines = append(lines, ie.Line)
		if !strings.HasPrefix(w.Error(), "test.verbs:") {
			t.Errorf("warning %q does not start with the file name", w)
		}
	}
	if want := []int{1, 2, 3, 8, 9, 12}; !slices.Equal(lines, want) {
		t.Errorf("warnings on lines %v, want %v: %v", lines, want, warns)
	}
	if len(d.Blocks) != 2 || len(d.Blocks[0].Forms) != 1 || len(d.Blocks[1].Forms) != 1 || len(d.Blocks[0].Patterns) != 0 {
		t.Fatalf("blocks %+v", d.Blocks)
	}
	if s := d.Synsets["SET"]; s == nil || len(s.Members) != 2 || s.Line != 6 {
		t.Errorf("synset SET = %+v", s)
	}
}

func TestVerbDictLookup(t *testing.T) {
	d, warns := readDict(t, `
--- PARLEY [040] ---
PARLEY
+HOLD_TALKS {+HELD_TALKS}
NEGOTIATE [041]
- * TALKS [040]

--- ASSEMBLE [---] ---
MEET {MEETS MEETING MET}
+HOLD_UP
PARLEY

--- PARLEY ---
CONFER
`)
	noWarnings(t, warns)
	names := func(bs []*VerbBlock) []string {
		var out []string
		for _, b := range bs {
			out = append(out, b.Name+":"+b.Code)
		}
		return out
	}
	for _, tt := range []struct {
		form string
		want []string
	}{
		{"PARLEYED", []string{"PARLEY:040", "ASSEMBLE:---"}},
		{"parley", []string{"PARLEY:040", "ASSEMBLE:---"}},
		{"  Negotiating ", []string{"PARLEY:040"}},
		{"MET", []string{"ASSEMBLE:---"}},
		{"MEETED", nil}, // braces: no past generated
		{"HELD", []string{"PARLEY:040"}},
		{"HOLDING", []string{"PARLEY:040", "ASSEMBLE:---"}},
		{"held talks", []string{"PARLEY:040"}},
		{"HELD_TALKS", []string{"PARLEY:040"}},
		{"HOLDS  TALKS", []string{"PARLEY:040"}},
		{"HOLDING UP", []string{"ASSEMBLE:---"}},
		{"HELD UP", nil}, // HOLD_UP gives no irregular forms
		{"TALKS", nil},
		{"CONFERRED", []string{"PARLEY:---"}},
		{"", nil},
	} {
		if got := names(d.Lookup(tt.form)); !slices.Equal(got, tt.want) {
			t.Errorf("Lookup(%q) = %q, want %q", tt.form, got, tt.want)
		}
	}
	es := d.Entries("holding")
	if len(es) != 2 {
		t.Fatalf("Entries(holding) = %+v", es)
	}
	for i, post := range []string{"TALKS", "UP"} {
		in := es[i].Form.Inflections[es[i].Inflection]
		if in.Word != "HOLDING" || !slices.Equal(in.Post, []string{post}) || es[i].Form.Lemma != "HOLD" {
			t.Errorf("entry %d: %+v", i, in)
		}
	}
	if es := d.Entries("HELD TALKS"); es != nil {
		t.Errorf("Entries of a phrase = %+v, want none", es)
	}
	if got := names(d.BlocksNamed("parley")); !slices.Equal(got, []string{"PARLEY:040", "PARLEY:---"}) {
		t.Errorf("BlocksNamed(parley) = %q", got)
	}
	if len(d.BlocksNamed("PARLEY")[0].Patterns) != 1 {
		t.Errorf("the patterns of PARLEY are not indexed by their block")
	}
	var nilDict *VerbDict
	if nilDict.Lookup("X") != nil || nilDict.Entries("X") != nil || nilDict.BlocksNamed("X") != nil || nilDict.SynsetPhrases("X") != nil {
		t.Errorf("a nil dictionary finds something")
	}
}

func TestVerbDictTransformations(t *testing.T) {
	d, warns := readDict(t, `--- SAY ---
SAY {SAYS SAID SAYING}
--- STRIKE ---
STRIKE {STRIKES STRUCK STRIKING}
~ a (b . STRIKE) SAY = a b 112
~ a (a b Q) SAY = a b Q
~ a (b (c d STRIKE) SAY) SAY = a d 010
~ a (a b STRIKE) SHOUT = a b 112
~ a (a b STRIKE SAY = a b 112
~ a b STRIKE = a b 1x
~ a b STRIKE
`)
	if len(d.Transformations) != 3 {
		t.Fatalf("%d transformations: %+v", len(d.Transformations), d.Transformations)
	}
	tr := d.Transformations[0]
	if tr.Event.Source != "a" || tr.Event.Verb != "SAY" || tr.Event.Inner == nil || tr.Line != 5 ||
		*tr.Event.Inner != (TransformEvent{Source: "b", Target: ".", Verb: "STRIKE"}) ||
		tr.Source != "a" || tr.Target != "b" || tr.Code != "112" {
		t.Errorf("transformation = %+v, inner %+v", tr, tr.Event.Inner)
	}
	if tr := d.Transformations[1]; tr.Code != "Q" || tr.Event.Inner.Verb != "Q" {
		t.Errorf("transformation = %+v", tr)
	}
	if in := d.Transformations[2].Event.Inner; in == nil || in.Inner == nil || in.Inner.Target != "d" {
		t.Errorf("nested transformation = %+v", d.Transformations[2])
	}
	var kinds []error
	for _, w := range warns {
		for _, k := range []error{ErrUnknownVerb, ErrVerbDictSyntax, ErrBadVerbCode} {
			if errors.Is(w, k) {
				kinds = append(kinds, k)
			}
		}
	}
	if want := []error{ErrUnknownVerb, ErrVerbDictSyntax, ErrBadVerbCode, ErrVerbDictSyntax}; !slices.Equal(kinds, want) {
		t.Errorf("warnings %v", warns)
	}
}

func TestVerbDictReadError(t *testing.T) {
	boom := errors.New("boom")
	d, warns, err := ReadVerbDict(iotest.ErrReader(boom), "broken.verbs")
	var ie *dyad.InputError
	if d != nil || warns != nil || !errors.Is(err, boom) || !errors.As(err, &ie) || ie.Name != "broken.verbs" {
		t.Errorf("ReadVerbDict on a failing reader = %v, %v, %v", d, warns, err)
	}
}

func TestVerbDictTooManyWarnings(t *testing.T) {
	_, warns := readDict(t, strings.Repeat("STRAY\n", 3*vdMaxWarnings))
	if len(warns) != vdMaxWarnings+1 {
		t.Errorf("%d warnings, want %d", len(warns), vdMaxWarnings+1)
	}
}

// openPhoenix opens a file of the Phoenix dictionaries, skipping the test
// when they are absent.
func openPhoenix(t testing.TB, name string) *os.File {
	t.Helper()
	f, err := os.Open(phoenixVerbDir + name)
	if err != nil {
		sharedtest.Missing(t, phoenixVerbDir+name, err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// countLines counts the lines of a file that start with prefix.
func countLines(t *testing.T, name, prefix string) int {
	t.Helper()
	sc := bufio.NewScanner(openPhoenix(t, name))
	n := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), prefix) {
			n++
		}
	}
	return n
}

func TestVerbDictCAMEO(t *testing.T) {
	const name = "CAMEO.2.0.txt"
	d, warns, err := ReadVerbDict(openPhoenix(t, name), name)
	if err != nil {
		t.Fatal(err)
	}
	// The counts were checked with grep: 397 "^---" lines, 4,668 "^- "
	// lines, 40 "^&" lines, 558 "+" lines before the verb patterns, 1,817
	// verb lines in the blocks, 8 "^~" lines.
	var forms, pats, members int
	for _, b := range d.Blocks {
		forms += len(b.Forms)
		pats += len(b.Patterns)
	}
	for _, s := range d.Synsets {
		members += len(s.Members)
	}
	kinds := map[error]int{}
	patWarns := 0
	for _, w := range warns {
		t.Log(w)
		for _, k := range []error{ErrVerbDictSyntax, ErrBadVerbCode, ErrUndefinedSynset, ErrUnknownVerb} {
			if errors.Is(w, k) {
				kinds[k]++
			}
		}
		if strings.Contains(w.Error(), "pattern") {
			patWarns++
		}
	}
	if len(d.Blocks) != 397 || forms != 1817 || len(d.Synsets) != 40 || members != 558 || len(d.Transformations) != 8 {
		t.Errorf("%d blocks, %d verbs, %d synsets of %d members, %d transformations; want 397, 1817, 40, 558, 8",
			len(d.Blocks), forms, len(d.Synsets), members, len(d.Transformations))
	}
	if n := countLines(t, name, "- "); n != 4668 || pats+patWarns != n {
		t.Errorf("%d patterns read and %d skipped of %d pattern lines", pats, patWarns, n)
	}
	// two patterns with a stray ')', one with the code [080!], two naming
	// synsets the file never defines, and a '+' on the word that does not
	// inflect
	want := map[error]int{ErrVerbDictSyntax: 3, ErrBadVerbCode: 1, ErrUndefinedSynset: 2}
	if len(warns) != 6 || !mapsEqual(kinds, want) {
		t.Errorf("%d warnings of kinds %v, want 6 of %v", len(warns), kinds, want)
	}
	for _, tt := range []struct{ form, block string }{
		{"BROUGHT", "BRING"},          // given in {...}
		{"ACCELERATED", "ACCELERATE"}, // regular -ED
		{"hastening", "ACCELERATE"},   // regular -ING, e dropped
		{"RALLIED", "MOBILIZE"},       // given -IED
		{"asked for", "ASK"},          // multiword, given
		{"CALLED OFF", "CANCEL"},      // multiword, generated
	} {
		if bs := d.Lookup(tt.form); !slices.ContainsFunc(bs, func(b *VerbBlock) bool { return b.Name == tt.block }) {
			t.Errorf("Lookup(%q) = %d blocks, none of them %s", tt.form, len(bs), tt.block)
		}
	}
	// every form PETRARCH-2 generates for a verb without {...} is there
	for _, b := range d.Blocks {
		for _, f := range b.Forms {
			if len(f.Inflections) < 2 || f.Inflections[1].Given {
				continue
			}
			have := phrases(f)
			for _, w := range petrarchForms(f.Lemma) {
				in := Inflection{Word: w, Pre: f.Pre, Post: f.Post}
				if !slices.Contains(have, in.Phrase()) {
					t.Errorf("%s: %s: PETRARCH's form %s missing", b.Name, f.Lemma, in.Phrase())
				}
			}
		}
	}
	checkVerbDict(t, d)
	// the reader writes patterns back as the file has them, but for spacing
	// and the "---" of an empty active code
	lines := fileLines(t, name)
	norm := strings.NewReplacer("(", " ( ", ")", " ) ", "{", " { ", "}", " } ", "*", " * ", "[:", "[---:")
	for _, b := range d.Blocks {
		for _, p := range b.Patterns {
			orig, _ := vdSplitComment(lines[p.Line-1])
			if a, b := strings.Fields(norm.Replace(orig)), strings.Fields(norm.Replace(p.String())); !slices.Equal(a, b) {
				t.Errorf("line %d: %q read as %q", p.Line, orig, p.String())
			}
		}
	}
}

func TestVerbDictPETRARCHValidate(t *testing.T) {
	const name = "validate/PETR.Validate.verbs.txt"
	d, warns, err := ReadVerbDict(openPhoenix(t, name), name)
	if err != nil {
		t.Fatal(err)
	}
	pats := 0
	for _, b := range d.Blocks {
		pats += len(b.Patterns)
	}
	for _, w := range warns {
		t.Log(w)
	}
	// 261 "^---" lines, 474 "^- " lines, of which five have the codes
	// [abc], [def], [+++], [xxy] and [### (cut at the '#'), 17 synsets;
	// four headers with odd codes ([+++], [025?], [023?], two codes)
	if n := countLines(t, name, "- "); len(d.Blocks) != 261 || n != 474 || pats != n-5 || len(d.Synsets) != 17 || len(warns) != 9 {
		t.Errorf("%d blocks, %d of %d patterns, %d synsets, %d warnings; want 261, %d, 17, 9",
			len(d.Blocks), pats, n, len(d.Synsets), len(warns), n-5)
	}
	checkVerbDict(t, d)
}

func mapsEqual(a, b map[error]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func fileLines(t *testing.T, name string) []string {
	t.Helper()
	var out []string
	sc := bufio.NewScanner(openPhoenix(t, name))
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// checkVerbDict checks the invariants of any dictionary read: valid codes,
// well-formed tokens, and every form found by Lookup in its block.
func checkVerbDict(t testing.TB, d *VerbDict) {
	t.Helper()
	code := func(c string, empty bool) bool { return c == "" && empty || c != "" && vdCodeOK(c) }
	var tokens func(ts []PatternToken, in PatternKind)
	tokens = func(ts []PatternToken, in PatternKind) {
		for _, tk := range ts {
			switch tk.Kind {
			case PatWord, PatSynset:
				if tk.Text == "" || strings.ContainsAny(tk.Text, " \t_") && tk.Kind == PatWord {
					t.Errorf("token %+v", tk)
				}
			case PatSource, PatTarget, PatSkip, PatCompound:
				if in == PatNoun {
					t.Errorf("marker %s in a noun phrase", tk)
				}
			case PatNoun:
				if len(tk.Sub) == 0 || in == PatNoun {
					t.Errorf("noun phrase %+v", tk)
				}
			case PatPrep:
				if tk.Text == "" || in != 0 {
					t.Errorf("prepositional phrase %+v", tk)
				}
			default:
				t.Errorf("token of kind %d", tk.Kind)
			}
			tokens(tk.Sub, tk.Kind)
		}
	}
	for _, b := range d.Blocks {
		if !code(b.Code, false) || !code(b.Passive, true) {
			t.Errorf("block %s: code [%s:%s]", b.Name, b.Code, b.Passive)
		}
		for _, p := range b.Patterns {
			if !code(p.Code, false) || !code(p.Passive, true) {
				t.Errorf("line %d: code [%s:%s]", p.Line, p.Code, p.Passive)
			}
			tokens(p.Before, 0)
			tokens(p.After, 0)
		}
		for fi := range b.Forms {
			f := &b.Forms[fi]
			if !code(f.Code, true) || !code(f.Passive, true) || f.Lemma == "" || len(f.Inflections) == 0 {
				t.Errorf("line %d: form %+v", f.Line, f)
			}
			for ii, in := range f.Inflections {
				if !slices.Contains(d.Lookup(in.Phrase()), b) || !slices.Contains(d.Lookup(in.Word), b) {
					t.Errorf("line %d: %s not found in its block", f.Line, in.Phrase())
				}
				if !slices.ContainsFunc(d.Entries(in.Word), func(e VerbEntry) bool { return e.Form == f && e.Inflection == ii }) {
					t.Errorf("line %d: %s has no entry", f.Line, in.Word)
				}
			}
		}
	}
}

// BenchmarkReadVerbDict reads the whole of CAMEO.2.0.txt from memory.
func BenchmarkReadVerbDict(b *testing.B) {
	data, err := os.ReadFile(phoenixVerbDir + "CAMEO.2.0.txt")
	if err != nil {
		sharedtest.Missing(b, phoenixVerbDir+"CAMEO.2.0.txt", err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ReadVerbDict(bytes.NewReader(data), "CAMEO.2.0.txt"); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzReadVerbDict(f *testing.F) {
	f.Add("&PACT\n+TREATY\n+PEACE_DEAL_\n--- PARLEY [040] ---\nPARLEY {PARLEYS}\n+HOLD_TALKS [041:041]\n- $ * (WITH +) &PACT [057]\n- NOT_* {NEW TALKS} [:128] # PARLEY\n~ a (a b PARLEY) PARLEY = a b 040\n")
	f.Add("<!-- x -->\n--- A [---] ---\nRE_+ARM\n- % * ^ (BY/WITH &X_Y) [174K]\n&X_Y_\n+&PACT\n")
	f.Add("--- B ---\nB\n- *_OUT_&Z_ [1]\n- {A (B)} * [0]\n-*({A})[01:]\n")
	f.Fuzz(func(t *testing.T, text string) {
		d, warns, err := ReadVerbDict(strings.NewReader(text), "fuzz")
		if err != nil || d == nil {
			t.Fatalf("ReadVerbDict = %v, %v", d, err)
		}
		if len(warns) > vdMaxWarnings+1 {
			t.Errorf("%d warnings", len(warns))
		}
		for _, w := range warns {
			var ie *dyad.InputError
			if !errors.As(w, &ie) || ie.Line < 1 {
				t.Errorf("warning %v has no line", w)
			}
		}
		checkVerbDict(t, d)
		for name := range d.Synsets {
			d.SynsetPhrases(name)
		}
		for _, b := range d.Blocks {
			for _, p := range b.Patterns {
				_ = p.String()
			}
		}
	})
}
