package actors_test

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/actors"
	"dyad/internal/sharedtest"
)

const phoenixDir = "../../shared/reference/phoenix/"

func date(s string) time.Time {
	t, err := time.Parse(dyad.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestLoadPhoenixActorsLines(t *testing.T) {
	const file = `# a comment
JOHN_DOE_  # CountryInfo.txt
+PRESIDENT_JOHN_DOE_
+J._DOE_
	[FRNELI 700101-990809]
	[FRNGOV 990809-080507]
	[FRNGOV >120508]
	[FRNELI]
JANE_ROE_
JANE_Q._ROE_
	[IGOUNO 970101-061231] [ELI]# shared codes
ANARCHIST_FACTION_ [GRCREB] #  kkl
BAD_DATES_ [FRNGOV 991399-000101]
+ORPHAN_WITH_NOBODY_BEFORE_IS_FINE
[NOPHRASE]
OPEN_BRACKET_ [FRNGOV
NO_CODES_AT_ALL_
THE_BLUE_PARTY_ [FRNPTY <050101]
`
	d := actors.New()
	warns, err := d.LoadPhoenixActors(strings.NewReader(file), "test.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range warns {
		var ie *dyad.InputError
		if !errors.As(w, &ie) || ie.Name != "test.actors.txt" || ie.Line == 0 {
			t.Errorf("warning %v does not name the file and line", w)
		}
		got = append(got, w.Error()[:strings.Index(w.Error(), ": ")])
	}
	want := "test.actors.txt:13|test.actors.txt:16"
	if strings.Join(got, "|") != want {
		t.Errorf("warnings %v, want lines %s", warns, want)
	}
	tests := []struct{ name, date, want string }{
		{"John Doe", "1990-01-01", "FRNELI"},
		{"President John Doe", "2000-01-01", "FRNGOV"},
		{"J. Doe", "2010-01-01", "FRNELI"}, // the undated code applies between terms
		{"JOHN DOE", "2020-01-01", "FRNGOV"},
		{"John Doe", "", "FRNGOV"},
		{"Jane Roe", "2001-01-01", "IGOUNO"},
		{"Jane Q. Roe", "2001-01-01", "IGOUNO"},
		{"Anarchist Faction", "2001-01-01", "GRCREB"},
		{"The Blue Party", "2001-01-01", "FRNPTY"},
		{"The Blue Party", "2010-01-01", "FRN"},
		{"No Codes At All", "2001-01-01", "FRNPTY"}, // heads share the codes that follow
	}
	for _, tt := range tests {
		var at time.Time
		if tt.date != "" {
			at = date(tt.date)
		}
		if got, ok := d.Resolve(tt.name, at); !ok || got != tt.want {
			t.Errorf("Resolve(%q, %s) = %q, %v; want %q", tt.name, tt.date, got, ok, tt.want)
		}
	}
	for _, n := range []string{"Bad Dates", "Orphan With Nobody Before Is Fine", "Open Bracket", "Nophrase"} {
		if _, ok := d.Resolve(n, time.Time{}); ok {
			t.Errorf("%s: a malformed entry was loaded", n)
		}
	}
}

func TestLoadPhoenixAgentsLines(t *testing.T) {
	const file = `# agents
!PERSON! = MAN, MEN, WOMAN, WOMEN
!EMPTY! =
FARMER [~AGR]
CATTLE!PERSON! [~AGR]
RIOT_POLICE {} [~COP]
GENDARMERY {GENDARMERIE} [~COP]
SECRET_SERVICE [~SPY]
UN_AGENCY [IGO~]
NO_CODE_HERE
BAD!NOPE! [~GOV]
WEIRD [~G O V]
`
	d := actors.New()
	warns, err := d.LoadPhoenixAgents(strings.NewReader(file), "Phoenix.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, w := range warns {
		lines = append(lines, w.Error()[:strings.Index(w.Error(), ": ")])
	}
	if want := "Phoenix.agents.txt:3|Phoenix.agents.txt:10|Phoenix.agents.txt:11|Phoenix.agents.txt:12"; strings.Join(lines, "|") != want {
		t.Errorf("warnings %v, want %s", warns, want)
	}
	tests := []struct{ text, want string }{
		{"Chinese farmers protested.", "Chinese farmers:NATIONALITY:CHNAGR"},
		{"Indian cattlemen protested.", "Indian cattlemen:NATIONALITY:INDAGR"},
		{"French gendarmerie arrived.", "French gendarmerie:NATIONALITY:FRACOP"},
		{"Russia's secret services acted.", "Russia's secret services:COUNTRY:RUSSPY"},
		{"Russia quickly acted.", "Russia:COUNTRY:RUS"},
	}
	for _, tt := range tests {
		if got := show(analyse(t, d, tt.text, "2020-01-01").Mentions); got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestPhoenixFiles loads the real Phoenix dictionaries when they are there.
func TestPhoenixFiles(t *testing.T) {
	d := actors.Default()
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"} {
		r, err := os.Open(phoenixDir + f)
		if err != nil {
			sharedtest.Missing(t, phoenixDir+f, err)
		}
		var warns []error
		if strings.HasSuffix(f, "agents.txt") {
			warns, err = d.LoadPhoenixAgents(r, f)
		} else {
			warns, err = d.LoadPhoenixActors(r, f)
		}
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d warnings", f, len(warns))
		for i, w := range warns {
			if i < 5 {
				t.Logf("  %v", w)
			}
		}
		if len(warns) > 100 {
			t.Errorf("%s: %d warnings", f, len(warns))
		}
	}
	tests := []struct{ name, date, want string }{
		{"Vladimir Putin", "2024-01-01", "RUSGOV"},                // built in, not overridden
		{"Prime Minister Vladimir Putin", "2010-01-01", "RUSGOV"}, // a Phoenix synonym of the built-in person
		{"Kofi Annan", "2000-01-01", "IGOUNO"},
		{"Oleg Lobov", "1991-10-01", "RUSGOV"},
		{"Anarchist Faction", "2010-01-01", "GRCREB"},
	}
	for _, tt := range tests {
		if got, ok := d.Resolve(tt.name, date(tt.date)); !ok || got != tt.want {
			t.Errorf("Resolve(%q, %s) = %q, %v; want %q", tt.name, tt.date, got, ok, tt.want)
		}
	}
	text := "Prime Minister Vladimir Putin met Kofi Annan. Chinese peasants protested."
	if got, want := show(analyse(t, d, text, "2001-01-01").Mentions),
		"Prime Minister Vladimir Putin:PERSON:RUSGOV=Vladimir Putin | Kofi Annan:PERSON:IGOUNO | Chinese peasants:NATIONALITY:CHNAGR"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func FuzzLoadPhoenixActors(f *testing.F) {
	for _, s := range []string{"VLADIMIR_PUTIN_ [RUSGOV >080508]\n+PUTIN_\n[RUSELI]", "A_ [B", "[X]\n+Y", "X_ [ABC 991399-]",
		"X_ [ABC <000101] [DEF 20000101-20101231]", "+\n#\n[---]", "X [~GOV]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := actors.New()
		warns, err := d.LoadPhoenixActors(strings.NewReader(s), "fuzz")
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range warns {
			if !strings.HasPrefix(w.Error(), "fuzz:") {
				t.Fatalf("warning %q does not name the input", w)
			}
		}
		for _, p := range d.People() {
			d.Resolve(p.Name, time.Time{})
			d.Resolve(p.Name, date("2000-01-01"))
		}
		analyse(t, d, s, "2000-01-01")
	})
}

func FuzzLoadPhoenixAgents(f *testing.F) {
	for _, s := range []string{"!P! = MAN, MEN\nCATTLE!P! [~AGR]", "POLICE {} [~COP]", "X {Y [~Z]", "!A! = !B!\nQ!A! [~GOV]", "A [IGO~]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := actors.New()
		warns, err := d.LoadPhoenixAgents(strings.NewReader(s), "fuzz")
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range warns {
			if !strings.HasPrefix(w.Error(), "fuzz:") {
				t.Fatalf("warning %q does not name the input", w)
			}
		}
		analyse(t, d, "Chinese "+s+" Russia's "+s, "2000-01-01")
	})
}
