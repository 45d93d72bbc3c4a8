package actors_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/actors"
	"dyad/segment"
)

// TestPeopleFile checks the built-in data: every line parses, every term's
// dates are in order, and every name tokenises as the segmenter cuts it in
// running text.
func TestPeopleFile(t *testing.T) {
	f, err := os.Open("people.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := actors.New()
	warns, err := d.LoadPeople(f, "people.txt")
	if err != nil || len(warns) > 0 {
		t.Fatalf("people.txt: %v %v", err, warns)
	}
	if d.Len() < 600 {
		t.Errorf("%d entries, want at least 600", d.Len())
	}
	countries := map[string]bool{}
	for _, p := range d.People() {
		countries[p.Country] = true
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			text := "Yesterday " + n + " spoke"
			toks := segment.Tokens(text, segment.Sentences(text))
			var got []string
			for _, tk := range toks[1 : len(toks)-1] {
				got = append(got, text[tk.Start:tk.End])
			}
			if _, ok := d.Resolve(n, time.Time{}); !ok && len(p.Terms) > 0 && !shared(d, n) {
				t.Errorf("%s: alias %q does not resolve", p.Name, n)
			}
			if strings.Join(got, "|") != strings.Join(actors.SplitName(n), "|") {
				t.Errorf("%q: segmenter cuts %q, dictionary %q", n, got, actors.SplitName(n))
			}
		}
		for _, tm := range p.Terms {
			if !tm.To.IsZero() && tm.To.Before(tm.From) {
				t.Errorf("%s: term %+v ends before it starts", p.Name, tm)
			}
		}
	}
	if len(countries) < 60 {
		t.Errorf("people of %d countries, want at least 60", len(countries))
	}
}

// shared reports whether an alias belongs to several entries.
func shared(d *actors.Dictionary, n string) bool { return actors.Candidates(d, n) > 1 }

func TestResolve(t *testing.T) {
	tests := []struct {
		name, date, want string
		ok               bool
	}{
		{"Putin", "2024-05-01", "RUSGOV", true},
		{"Vladimir Putin", "1995-01-01", "RUS", true},
		{"Medvedev", "2007-01-01", "RUS", true},
		{"Medvedev", "2010-01-01", "RUSGOV", true},
		{"Dmitry Medvedev", "2015-01-01", "RUSGOV", true},
		{"Medvedev", "2022-01-01", "RUS", true},
		{"Medvedev", "", "RUSGOV", true},
		{"Xi", "2020-01-01", "CHNGOV", true},
		{"Erdogan", "2019-01-01", "TURGOV", true},
		{"Erdoğan", "2019-01-01", "TURGOV", true},
		{"ERDOGAN", "2019-01-01", "TURGOV", true},
		{"Clinton", "1999-01-01", "USAGOV", true}, // Bill, in office
		{"Clinton", "2010-01-01", "USAGOV", true}, // Hillary, in office
		{"Clinton", "2016-06-01", "USA", true},    // neither in office: their one country
		{"Koizumi", "2004-01-01", "JPNGOV", true}, // Junichiro
		{"Koizumi", "2025-12-01", "JPNMIL", true}, // Shinjiro
		{"Ban Ki-moon", "2010-01-01", "IGOUNO", true},
		{"Ban Ki-moon", "2005-01-01", "KORGOV", true},
		{"Ban Ki-moon", "2020-01-01", "KOR", true},
		{"Jens Stoltenberg", "2020-01-01", "IGOWSTNAT", true},
		{"Ursula von der Leyen", "2023-01-01", "IGOEUREEC", true},
		{"Taliban", "2019-01-01", "AFGREB", true},
		{"Taliban", "2023-01-01", "AFGGOV", true},
		{"Hassan Nasrallah", "2020-01-01", "LBNREB", true},
		{"Pete Hegseth", "2025-06-01", "USAMIL", true},
		{"Nobody Atall", "2020-01-01", "", false},
		{"", "2020-01-01", "", false},
	}
	for _, tt := range tests {
		var at time.Time
		if tt.date != "" {
			at = date(tt.date)
		}
		got, ok := dict.Resolve(tt.name, at)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Resolve(%q, %s) = %q, %v; want %q, %v", tt.name, tt.date, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCodeAt(t *testing.T) {
	p := actors.Person{Name: "X", Country: "FRA", Terms: []actors.Term{
		{Code: "FRAELI"},
		{Code: "FRAGOV", From: date("2000-01-01"), To: date("2004-12-31")},
		{Code: "IGOUNO", From: date("2010-01-01")},
	}}
	for d, want := range map[string]string{"1999-01-01": "FRAELI", "2004-12-31": "FRAGOV", "2005-01-01": "FRAELI", "2030-01-01": "IGOUNO", "": "IGOUNO"} {
		var at time.Time
		if d != "" {
			at = date(d)
		}
		if got := p.CodeAt(at); got != want {
			t.Errorf("CodeAt(%s) = %s, want %s", d, got, want)
		}
	}
}

func TestLoadPeople(t *testing.T) {
	const file = `[people]
FRA | Jean Dupont | Dupont | FRAGOV 2001-05..2003 minister; FRAMIL 2004-02-03.. defence minister
FRA | Bad Date | | FRAGOV 2001-13..2003 minister
FRA | Backwards | | FRAGOV 2005..2003 minister
FR | Short Country | | FRAGOV 2001.. minister
FRA | Too | Few
[organisations]
FRA | Blue Party | Blues | FRAPTY 1990..
`
	d := actors.New()
	warns, err := d.LoadPeople(strings.NewReader(file), "mine.txt")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, w := range warns {
		var ie *dyad.InputError
		if errors.As(w, &ie) {
			lines = append(lines, ie.Name+":"+itoa(ie.Line))
		}
	}
	if want := "mine.txt:3|mine.txt:4|mine.txt:5|mine.txt:6"; strings.Join(lines, "|") != want {
		t.Errorf("warnings %v, want %s", warns, want)
	}
	for _, tt := range []struct{ name, date, want string }{
		{"Dupont", "2001-05-01", "FRAGOV"}, {"Dupont", "2003-12-31", "FRAGOV"}, {"Dupont", "2004-01-01", "FRA"},
		{"Jean Dupont", "2004-02-03", "FRAMIL"}, {"Blues", "2000-01-01", "FRAPTY"},
	} {
		if got, _ := d.Resolve(tt.name, date(tt.date)); got != tt.want {
			t.Errorf("Resolve(%q, %s) = %q, want %q", tt.name, tt.date, got, tt.want)
		}
	}
	if got := show(analyse(t, d, "The Blues met.", "2000-01-01").Mentions); got != "Blues:ORG:FRAPTY" {
		t.Errorf("organisation mention: %s", got)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func TestStage(t *testing.T) {
	tests := []struct{ name, text, date, want string }{
		{"title with known name", "Russian President Vladimir Putin arrived.", "2024-01-01",
			"Russian President Vladimir Putin:PERSON:RUSGOV=Vladimir Putin"},
		{"known name out of office: the title says", "Russian President Vladimir Putin arrived.", "1990-01-01",
			"Russian President Vladimir Putin:PERSON:RUSGOV=Vladimir Putin"},
		{"known name out of office, formerly", "Former Russian President Boris Yeltsin arrived.", "2005-01-01",
			"Russian President Boris Yeltsin:PERSON:RUS=Boris Yeltsin"},
		{"in his Soviet term", "Soviet Foreign Minister Eduard Shevardnadze arrived. Shevardnadze left.", "1987-04-14",
			"Soviet Foreign Minister Eduard Shevardnadze:PERSON:RUSGOV=Eduard Shevardnadze | Shevardnadze:PERSON:RUSGOV=Eduard Shevardnadze"},
		// a date before every term the dictionary lists (his Soviet one begins in July 1985): the title's country wins
		{"out of office, another country's title", "Soviet Foreign Minister Eduard Shevardnadze arrived. Shevardnadze left.", "1985-01-15",
			"Soviet Foreign Minister Eduard Shevardnadze:PERSON:RUSGOV=Eduard Shevardnadze | Shevardnadze:PERSON:RUSGOV=Eduard Shevardnadze"},
		{"in office, the dictionary's term", "Soviet Foreign Minister Eduard Shevardnadze arrived.", "1995-01-01",
			"Soviet Foreign Minister Eduard Shevardnadze:PERSON:GEOGOV=Eduard Shevardnadze"},
		{"title and surname", "President Xi spoke to Prime Minister Modi.", "2020-01-01",
			"President Xi:PERSON:CHNGOV=Xi Jinping | Prime Minister Modi:PERSON:INDGOV=Narendra Modi"},
		{"title unknown name with demonym", "Russian President Ivan Petrov arrived.", "2024-01-01",
			"Russian President Ivan Petrov:PERSON:RUSGOV=Ivan Petrov"},
		{"title unknown name with possessive", "France's Foreign Minister Jean Dupont left.", "2024-01-01",
			"France's Foreign Minister Jean Dupont:PERSON:FRAGOV=Jean Dupont"},
		{"general is military", "Chinese General Li Zuocheng warned.", "2024-01-01",
			"Chinese General Li Zuocheng:PERSON:CHNMIL=Li Zuocheng"},
		{"defence minister is military", "Israeli Defence Minister Moshe Levi warned.", "2024-01-01",
			"Israeli Defence Minister Moshe Levi:PERSON:ISRMIL=Moshe Levi"},
		{"unknown name without country", "President Ivan Petrov arrived.", "2024-01-01", ""},
		{"dated codes", "Medvedev met Putin.", "2010-06-01",
			"Medvedev:PERSON:RUSGOV=Dmitry Medvedev | Putin:PERSON:RUSGOV=Vladimir Putin"},
		{"dated codes after office", "Medvedev met Putin.", "2023-06-01",
			"Medvedev:PERSON:RUS=Dmitry Medvedev | Putin:PERSON:RUSGOV=Vladimir Putin"},
		{"no date: latest term", "Medvedev met Putin.", "",
			"Medvedev:PERSON:RUSGOV=Dmitry Medvedev | Putin:PERSON:RUSGOV=Vladimir Putin"},
		{"lower case is no name", "the putin doctrine", "2024-01-01", ""},
		{"headline", "PUTIN WARNS WEST", "2024-01-01", "PUTIN:PERSON:RUSGOV=Vladimir Putin"},
		{"surname coreference", "Hillary Clinton spoke. Later Clinton left.", "2016-06-01",
			"Hillary Clinton:PERSON:USA | Clinton:PERSON:USA=Hillary Clinton"},
		{"surname beats alias", "Bill Clinton spoke. Then Clinton left.", "2010-06-01",
			"Bill Clinton:PERSON:USA | Clinton:PERSON:USA=Bill Clinton"},
		{"unknown person coreference", "Russian General Ivan Petrov spoke. Petrov left.", "2024-01-01",
			"Russian General Ivan Petrov:PERSON:RUSMIL=Ivan Petrov | Petrov:PERSON:RUSMIL=Ivan Petrov"},
		{"the Russian leader", "Putin met Xi. The talks ended and the Russian leader said so.", "2024-01-01",
			"Putin:PERSON:RUSGOV=Vladimir Putin | Xi:PERSON:CHNGOV=Xi Jinping | Russian leader:PERSON:RUSGOV=Vladimir Putin"},
		{"a leader nobody named", "The Russian leader said so.", "2024-01-01", "Russian:NATIONALITY:RUS"},
		{"a name after the role word", "Putin met Xi. The Russian leader Putin spoke.", "2024-01-01",
			"Putin:PERSON:RUSGOV=Vladimir Putin | Xi:PERSON:CHNGOV=Xi Jinping | Russian:NATIONALITY:RUS | Putin:PERSON:RUSGOV=Vladimir Putin"},
		{"the Chinese president", "Putin met Xi Jinping. Later the Chinese president left.", "2024-01-01",
			"Putin:PERSON:RUSGOV=Vladimir Putin | Xi Jinping:PERSON:CHNGOV | Chinese president:PERSON:CHNGOV=Xi Jinping"},
		{"the minister", "Sergei Lavrov met Xi Jinping. The minister said no.", "2024-01-01",
			"Sergei Lavrov:PERSON:RUSGOV | Xi Jinping:PERSON:CHNGOV | minister:PERSON:RUSGOV=Sergei Lavrov"},
		{"the general election", "Putin won the general election.", "2024-01-01", "Putin:PERSON:RUSGOV=Vladimir Putin"},
		{"no antecedent", "The minister said no.", "2024-01-01", ""},
		{"person wins over place", "Jordan Bardella met Obama.", "2024-01-01",
			"Jordan Bardella:PERSON:FRAOPP | Obama:PERSON:USA=Barack Obama"},
		{"organisation", "Hamas and Hezbollah fired. The Houthis too.", "2024-01-01",
			"Hamas:ORG:PSEREB | Hezbollah:ORG:LBNREB | Houthis:ORG:YEMREB"},
		{"landmark", "The Kremlin said the White House lied.", "2024-01-01", "Kremlin:ORG:RUSGOV | White House:ORG:USAGOV"},
		{"agency", "The USDA and MITI talked.", "1987-03-01", "USDA:ORG:USAGOV | MITI:ORG:JPNGOV"},
		{"agency after its end", "MITI talked.", "2005-03-01", "MITI:ORG:JPN"},
		{"capital metonymy", "Moscow said Nice was calm.", "2024-01-01", "Moscow:LOCATION:RUS"},
		{"honorific", "Mr. Netanyahu spoke.", "2024-01-01", "Mr. Netanyahu:PERSON:ISRGOV=Benjamin Netanyahu"},
		{"king with country", "Saudi King Abdullah met Jordan's King Abdullah II.", "2010-01-01",
			"Saudi King Abdullah:PERSON:SAUGOV=Abdullah | Jordan's King Abdullah II:PERSON:JORGOV=King Abdullah II"},
		{"secretary of state", "U.S. Secretary of State Marco Rubio met Lavrov.", "2025-06-01",
			"U.S. Secretary of State Marco Rubio:PERSON:USAGOV=Marco Rubio | Lavrov:PERSON:RUSGOV=Sergei Lavrov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := show(analyse(t, dict, tt.text, tt.date).Mentions); got != tt.want {
				t.Errorf("%q\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestStageNERMentions(t *testing.T) {
	text := "Olaf Scholz met John Smith. Scholz and Smith talked with the Bundesbank."
	ner := []dyad.Mention{
		{Kind: dyad.KindPerson, Text: "Olaf Scholz", Span: dyad.Span{Start: 0, End: 11}},
		{Kind: dyad.KindPerson, Text: "John Smith", Span: dyad.Span{Start: 16, End: 26}},
		{Kind: dyad.KindPerson, Text: "Smith", Span: dyad.Span{Start: 39, End: 44}},
		{Kind: dyad.KindOrg, Text: "Bundesbank", Span: dyad.Span{Start: 61, End: 71}},
		{Kind: dyad.KindPerson, Text: "bad", Span: dyad.Span{Start: 60, End: 999}},
	}
	a := analyse(t, dict, text, "2023-01-01", ner...)
	want := "Olaf Scholz:PERSON:DEUGOV | John Smith:PERSON: | Scholz:PERSON:DEUGOV=Olaf Scholz | Smith:PERSON: | Bundesbank:ORG:"
	if got := show(a.Mentions); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// a LOCATION of the tagger that a Phoenix dictionary names gets its actor
	gd := actors.Default()
	if _, err := gd.LoadPhoenixActors(strings.NewReader("GONDOR [GON]\n"), "g.txt"); err != nil {
		t.Fatal(err)
	}
	a = analyse(t, gd, "Aid went to Gondor.", "2023-01-01", dyad.Mention{Kind: dyad.KindLocation, Text: "Gondor", Span: dyad.Span{Start: 12, End: 18}})
	if got := show(a.Mentions); got != "Gondor:LOCATION:GON" {
		t.Errorf("got %s, want Gondor:LOCATION:GON", got)
	}
	// a known ner mention the dictionary names by a phrase that does not start at its first token
	a = analyse(t, dict, "They met Mahmoud Abbas.", "2023-01-01", dyad.Mention{Kind: dyad.KindPerson, Text: "Mahmoud Abbas", Span: dyad.Span{Start: 9, End: 22}})
	if got := show(a.Mentions); got != "Mahmoud Abbas:PERSON:PSEGOV" {
		t.Errorf("got %s", got)
	}
}

func TestStageEdges(t *testing.T) {
	st := actors.Stage(nil)
	if st.Name() != "actors" {
		t.Errorf("name %q", st.Name())
	}
	a := &dyad.Analysis{Article: dyad.Article{Text: "Putin spoke."}}
	if err := st.Run(context.Background(), a); err != nil || len(a.Mentions) != 0 {
		t.Errorf("without tokens: %v %v", err, a.Mentions)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := st.Run(ctx, a); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	// tokens that do not fit the text
	a = &dyad.Analysis{Article: dyad.Article{Text: "Putin"}, Tokens: []dyad.Token{{Start: 0, End: 5}, {Start: 3, End: 99}, {Start: -1, End: 2}, {Start: 4, End: 2}}}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	checkMentions(t, a.Article.Text, a.Mentions)
}

func FuzzStage(f *testing.F) {
	for _, s := range []string{"Russian President Vladimir Putin met Xi.", "the minister said", "France's Foreign Minister X Y said. Y left.",
		"Mr. Mr. President President", "PUTIN's", "the Russian leader's", "\xffPutin", "King Abdullah II"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, shift uint8) {
		extra := []dyad.Mention{{Kind: dyad.KindPerson, Span: dyad.Span{Start: int(shift) % (len(text) + 1), End: len(text)}, Text: text[int(shift)%(len(text)+1):]}}
		analyse(t, dict, text, "2020-01-01", extra...)
	})
}
