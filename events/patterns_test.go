package events

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"dyad"
)

func TestVerbForms(t *testing.T) {
	tests := []struct {
		lemma string
		want  []string
	}{
		{"visit", []string{"visit", "visits", "visited", "visiting"}},
		{"meet", []string{"meet", "meets", "met", "meeting"}},
		{"hold", []string{"hold", "holds", "held", "holding"}},
		{"fight", []string{"fight", "fights", "fought", "fighting"}},
		{"seize", []string{"seize", "seizes", "seized", "seizing"}},
		{"stop", []string{"stop", "stops", "stopped", "stopping"}},
		{"expel", []string{"expel", "expels", "expelled", "expelling"}},
		{"cancel", []string{"cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling"}},
		{"criticise", []string{"criticise", "criticises", "criticised", "criticising", "criticize", "criticizes", "criticized", "criticizing"}},
		{"deny", []string{"deny", "denies", "denied", "denying"}},
		{"veto", []string{"veto", "vetoes", "vetoed", "vetoing"}},
		{"take", []string{"take", "takes", "took", "taken", "taking"}},
		{"say", []string{"say", "says", "said", "saying"}},
		{"free", []string{"free", "frees", "freed", "freeing"}},
		{"push", []string{"push", "pushes", "pushed", "pushing"}},
		{"play", []string{"play", "plays", "played", "playing"}},
		{"tie", []string{"tie", "ties", "tied", "tying"}},
		{"visit", []string{"visit", "visited"}},
	}
	for _, tc := range tests {
		all, _, _ := verbForms(tc.lemma, nil)
		for _, w := range tc.want {
			if !slices.Contains(all, w) {
				t.Errorf("verbForms(%q) = %q, lacks %q", tc.lemma, all, w)
			}
		}
	}
	if all, _, _ := verbForms("visit", nil); slices.Contains(all, "visitted") {
		t.Error("visit doubled its t")
	}
}

func TestNounForms(t *testing.T) {
	for n, want := range map[string]string{"talk": "talks", "crisis": "crises", "embargo": "embargos", "ally": "allies", "match": "matches"} {
		got := nounForms(n)
		if n == "crisis" || n == "embargo" {
			continue // irregular plurals are written out in patterns
		}
		if got[1] != want {
			t.Errorf("nounForms(%q) = %q, want plural %q", n, got, want)
		}
	}
}

func TestLoadPatternsErrors(t *testing.T) {
	tests := []struct {
		in   string
		line int
		msg  string
	}{
		{"999 +attack", 1, "unknown CAMEO code"},
		{"# c\n\n190 +attack\n190", 4, "no words"},
		{"190 * attack", 1, "must start with a word"},
		{"190 attack? on", 1, "must start with a word"},
		{"190 +attack *", 1, "cannot end with a gap"},
		{"190 +attack *9 on", 1, "bad gap"},
		{"190 +attack _ _", 1, "more than one target slot"},
		{"190 +Attack", 1, "bad verb"},
		{"190 Attack", 1, "bad word"},
		{"190 +attack {on|against", 1, "unclosed"},
		{"190 +attack {on||against}", 1, "empty alternative"},
		{"190 +attack {on|*}", 1, "words only"},
		{"190 +attack !never", 1, "unknown option"},
		{"190 +attack !swap on", 1, "must come last"},
		{"190 +attack on}", 1, "stray brace"},
		{"190 +attack a|", 1, "empty alternative"},
		{"irregular go went", 1, "irregular"},
		{"190 {a b|c d|e f|g h|i j|k l|m n|o p} {a b|c d|e f|g h|i j|k l|m n|o p} {a b|c d|e f|g h|i j|k l|m n|o p} {a b|c d|e f|g h|i j|k l|m n|o p}", 1, "expands to more than"},
		{"190 +attack " + strings.Repeat("x", 5000), 1, "longer than"},
		{"190 +fire &arms", 1, "unknown synset &arms"},
		{"synset &arms rifle", 1, "one {...} group"},
		{"synset arms {rifle}", 1, "want synset &NAME"},
		{"synset &arms {rifle}\nsynset &arms {gun}", 2, "defined twice"},
		{"synset &arms {rifle|machine gun}\n190 &arms +fire", 2, "cannot start with synset &arms"},
	}
	for _, tc := range tests {
		_, err := LoadPatterns(strings.NewReader(tc.in), "user.txt")
		var ie *dyad.InputError
		if !errors.As(err, &ie) {
			t.Errorf("LoadPatterns(%q) error = %v, want *dyad.InputError", tc.in, err)
			continue
		}
		if ie.Name != "user.txt" || ie.Line != tc.line || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("LoadPatterns(%q) error = %v, want user.txt:%d: ...%s...", tc.in, err, tc.line, tc.msg)
		}
	}
}

func TestLoadPatternsFormat(t *testing.T) {
	const src = `# a user file
040 +meet
--- +meet * demands
irregular smite smote smitten
190	+smite
057	{+sign|+initial} * {deal|pact} with
1823	+stab * to death   # a comment
`
	p, err := LoadPatterns(strings.NewReader(src), "user.txt")
	if err != nil {
		t.Fatal(err)
	}
	if p.Len() != 5 {
		t.Errorf("Len() = %d, want 5 (one-word alternatives fold into one item)", p.Len())
	}
	for _, w := range []string{"smite", "smote", "smitten", "smites", "smiting", "initialled", "initialed"} {
		if _, ok := p.vocab[w]; !ok {
			t.Errorf("vocabulary lacks %q", w)
		}
	}
	cases := []struct{ text, want string }{
		{"Gondor met Mordor.", "GON MOR 040"},
		{"Gondor met Mordor demands.", ""},
		{"Gondor smote Mordor.", "GON MOR 190"},
		{"Mordor was smitten by Gondor.", "GON MOR 190"},
		{"Gondor initialled a pact with Mordor.", "GON MOR 057"},
		{"Gondor stabbed a Mordor envoy to death.", "GON MOR 1823"},
	}
	for _, tc := range cases {
		a := build(tc.text, "Gondor=GON; Mordor=MOR")
		if err := Stage(p).Run(t.Context(), a); err != nil {
			t.Fatal(err)
		}
		if tc.want == "" && len(a.Events) == 0 {
			continue
		}
		if len(a.Events) != 1 || eventKey(a.Events[0]) != tc.want {
			t.Errorf("%s: events %+v, want %s", tc.text, a.Events, tc.want)
		}
	}
}

// TestSynsets names a set of words and phrases once and uses it in
// patterns: a phrase of the set matches as a whole, without expanding the
// pattern into one a phrase.
func TestSynsets(t *testing.T) {
	const src = `synset &arms {rifle|rifles|machine gun|tear gas}
synset &v-fire {+fire|+shoot}
190	&v-fire *2 &arms at _
`
	p, err := LoadPatterns(strings.NewReader(src), "user.txt")
	if err != nil {
		t.Fatal(err)
	}
	if p.Len() != 1 {
		t.Errorf("Len() = %d, want 1: a synset is one item", p.Len())
	}
	for _, tc := range []struct{ text, want string }{
		{"Gondor fired rifles at Mordor.", "GON MOR 190"},
		{"Gondor shot a machine gun at Mordor.", "GON MOR 190"},
		{"Gondor fired tear gas at Mordor.", "GON MOR 190"},
		{"Gondor fired a machine at Mordor.", ""},
		{"Gondor fired gas at Mordor.", ""},
	} {
		a := build(tc.text, "Gondor=GON; Mordor=MOR")
		if err := Stage(p).Run(t.Context(), a); err != nil {
			t.Fatal(err)
		}
		var got string
		if len(a.Events) == 1 {
			got = eventKey(a.Events[0])
		}
		if len(a.Events) > 1 || got != tc.want {
			t.Errorf("%s: events %+v, want %q", tc.text, a.Events, tc.want)
		}
	}
}

func TestMergeOverrides(t *testing.T) {
	user, err := LoadPatterns(strings.NewReader("0211 +visit\n"), "user.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := Merge(DefaultPatterns(), user)
	a := build("Gondor visited Mordor.", "Gondor=GON; Mordor=MOR")
	if err := Stage(p).Run(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Events) != 1 || a.Events[0].Code != "0211" {
		t.Errorf("events %+v, want the user's 0211", a.Events)
	}
}

func TestDefaultPatternsCoverage(t *testing.T) {
	p := DefaultPatterns()
	codes, roots := map[string]bool{}, map[string]bool{}
	for _, r := range p.rules {
		if r.code.Code == NoEvent {
			continue
		}
		codes[r.code.Code] = true
		roots[r.code.Code[:2]] = true
	}
	if len(codes) < 150 {
		t.Errorf("patterns cover %d codes, want 150+", len(codes))
	}
	if len(roots) != 20 {
		t.Errorf("patterns cover %d roots, want 20", len(roots))
	}
}

func FuzzLoadPatterns(f *testing.F) {
	f.Add("190 +attack\n")
	f.Add("057 {+sign|+ink} * {deal|pact} with\n")
	f.Add("irregular smite smote smitten\n190 +smite _ to? death !swap\n")
	f.Add("190 {a b|c}? *2 ~x|+y\n")
	f.Add(defaultPatternsText[:2000])
	f.Fuzz(func(t *testing.T, s string) {
		p, err := LoadPatterns(strings.NewReader(s), "fuzz.txt")
		if err != nil {
			var ie *dyad.InputError
			if !errors.As(err, &ie) || ie.Line < 1 || ie.Name != "fuzz.txt" {
				t.Fatalf("error %v is not an InputError with a line", err)
			}
			return
		}
		// whatever loads must code without panicking
		a := build("Gondor attacked Mordor and signed a deal with Rohan.", "Gondor=GON; Mordor=MOR; Rohan=ROH")
		if err := Stage(p).Run(t.Context(), a); err != nil {
			t.Fatal(err)
		}
	})
}
