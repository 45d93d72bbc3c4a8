package gazetteer_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
	"dyad/gazetteer"
	"dyad/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func mentions(text string) []dyad.Mention {
	return gazetteer.Match(text, segment.Tokens(text, segment.Sentences(text)))
}

// show lists the mentions of text as "text:KIND:ACTOR[@place]" joined by
// " | ".
func show(text string) string {
	var parts []string
	for _, m := range mentions(text) {
		s := fmt.Sprintf("%s:%s:%s", m.Text, m.Kind, m.Actor)
		if m.Place != nil {
			s += fmt.Sprintf("@%s/%s/%.2f,%.2f", m.Place.Name, m.Place.Country, m.Place.Lat, m.Place.Lon)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

func TestMatch(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"empty", "", ""},
		{"plain", "China and Russia met.", "China:COUNTRY:CHN | Russia:COUNTRY:RUS"},
		{"lower case is not a name", "We ate turkey in china and jordan.", ""},
		{"capitalised ambiguous names", "Turkey, Chad, Jordan, Georgia and Niger met.",
			"Turkey:COUNTRY:TUR | Chad:COUNTRY:TCD | Jordan:COUNTRY:JOR | Georgia:COUNTRY:GEO | Niger:COUNTRY:NER"},
		{"headline capitals", "CHINA AND RUSSIA SIGN PACT", "CHINA:COUNTRY:CHN | RUSSIA:COUNTRY:RUS"},
		{"US only in capitals", "Let us go. The US and U.S. and USA and Us.",
			"US:COUNTRY:USA | U.S.:COUNTRY:USA | USA:COUNTRY:USA"},
		{"US not in an all-caps headline", "US SAYS WHO WILL ACT", ""},
		{"WHO in a sentence", "The WHO said who knows.", "WHO:ORG:IGOUNOHLHWHO"},
		{"possessive", "China's economy grew.", "China:COUNTRY:CHN"},
		{"curly possessive", "China’s economy grew.", "China:COUNTRY:CHN"},
		{"the is left out", "Aid reached the Netherlands and the Gambia.", "Netherlands:COUNTRY:NLD | Gambia:COUNTRY:GMB"},
		{"longest match", "South Korea, North Korea, Korea, South Sudan, Sudan, Papua New Guinea, Guinea, Equatorial Guinea and Guinea-Bissau.",
			"South Korea:COUNTRY:KOR | North Korea:COUNTRY:PRK | Korea:COUNTRY:KOR | South Sudan:COUNTRY:SSD | Sudan:COUNTRY:SDN | Papua New Guinea:COUNTRY:PNG | Guinea:COUNTRY:GIN | Equatorial Guinea:COUNTRY:GNQ | Guinea-Bissau:COUNTRY:GNB"},
		{"short forms", "Britain, Great Britain, the United Kingdom, the U.K. and the UK.",
			"Britain:COUNTRY:GBR | Great Britain:COUNTRY:GBR | United Kingdom:COUNTRY:GBR | U.K.:COUNTRY:GBR | UK:COUNTRY:GBR"},
		{"other names", "Burma, Myanmar, Holland, Czechia, the Czech Republic, the Russian Federation, the Soviet Union, the USSR, DPRK, America.",
			"Burma:COUNTRY:MMR | Myanmar:COUNTRY:MMR | Holland:COUNTRY:NLD | Czechia:COUNTRY:CZE | Czech Republic:COUNTRY:CZE | Russian Federation:COUNTRY:RUS | Soviet Union:COUNTRY:RUS | USSR:COUNTRY:RUS | DPRK:COUNTRY:PRK | America:COUNTRY:USA"},
		{"ivory coast", "Ivory Coast, Cote d'Ivoire, Côte d’Ivoire, COTE D'IVOIRE.",
			"Ivory Coast:COUNTRY:CIV | Cote d'Ivoire:COUNTRY:CIV | Côte d’Ivoire:COUNTRY:CIV | COTE D'IVOIRE:COUNTRY:CIV"},
		{"title-cased function word", "Trinidad And Tobago and Bosnia and Herzegovina.",
			"Trinidad And Tobago:COUNTRY:TTO | Bosnia and Herzegovina:COUNTRY:BIH"},
		{"possessive inside a name", "The People's Republic of China and St. John's.",
			"People's Republic of China:COUNTRY:CHN | St. John's:LOCATION:ATG@St. John's/ATG/17.12,-61.85"},
		{"demonyms", "Russians, Chinese, Emirati, British, Britons, French, Iranian, Israeli and Palestinian envoys.",
			"Russians:NATIONALITY:RUS | Chinese:NATIONALITY:CHN | Emirati:NATIONALITY:ARE | British:NATIONALITY:GBR | Britons:NATIONALITY:GBR | French:NATIONALITY:FRA | Iranian:NATIONALITY:IRN | Israeli:NATIONALITY:ISR | Palestinian envoys:NATIONALITY:PSEGOV"},
		{"capitals", "Talks in Beijing, Moscow and Washington.",
			"Beijing:LOCATION:CHN@Beijing/CHN/39.90,116.41 | Moscow:LOCATION:RUS@Moscow/RUS/55.76,37.62 | Washington:LOCATION:USA@Washington/USA/38.90,-77.04"},
		{"capital spelling", "Flights to Kiev and Peking.", "Kiev:LOCATION:UKR@Kyiv/UKR/50.45,30.52 | Peking:LOCATION:CHN@Beijing/CHN/39.90,116.41"},
		{"capital same as country", "Singapore and Djibouti.", "Singapore:COUNTRY:SGP | Djibouti:COUNTRY:DJI"},
		{"unmatched capital", "Male voters wept. Victoria said so.", ""},
		{"city", "Shares fell in New York and Tel Aviv.",
			"New York:LOCATION:@New York/USA/40.71,-74.01 | Tel Aviv:LOCATION:@Tel Aviv/ISR/32.09,34.78"},
		{"geonames city", "Floods hit Porto Alegre, Mombasa and São Paulo or Sao Paulo.",
			"Porto Alegre:LOCATION:@Porto Alegre/BRA/-30.03,-51.23 | Mombasa:LOCATION:@Mombasa/KEN/-4.05,39.66 | São Paulo:LOCATION:@Sao Paulo/BRA/-23.55,-46.63 | Sao Paulo:LOCATION:@Sao Paulo/BRA/-23.55,-46.63"},
		{"most populous of a name", "Police met in Paris and London.",
			"Paris:LOCATION:FRA@Paris/FRA/48.86,2.35 | London:LOCATION:GBR@London/GBR/51.51,-0.13"},
		{"city in lower case", "a mombasa trip", ""},
		// a word in capitals in a sentence in lower case is an acronym or a
		// ticker, not the town of its name; datelines, places after "in" and
		// headlines keep their towns
		{"acronym is no town", "The General Accounting Office, GAO, said shares <HIT.T> rose.", ""},
		{"town in capitals in context", "MOMBASA, Kenya - Wheat stocks in MOMBASA rose.",
			"MOMBASA:LOCATION:@Mombasa/KEN/-4.05,39.66 | Kenya:COUNTRY:KEN | MOMBASA:LOCATION:@Mombasa/KEN/-4.05,39.66"},
		{"town in a headline", "GAO SAYS STOCKS ROSE", "GAO:LOCATION:@Gao/MLI/16.27,-0.04"},
		{"ambiguous city needs context", "Nice work. Reading is fun. Split the bill. Mobile phones. Victoria said. Of course.", ""},
		{"ambiguous city in context", "Riots in Nice and Reading, United Kingdom, spread to Split.",
			"Nice:LOCATION:@Nice/FRA/43.70,7.27 | Reading:LOCATION:@Reading/GBR/51.46,-0.97 | United Kingdom:COUNTRY:GBR | Split:LOCATION:@Split/HRV/43.51,16.44"},
		{"country before city", "Georgia and Jordan and Lebanon.", "Georgia:COUNTRY:GEO | Jordan:COUNTRY:JOR | Lebanon:COUNTRY:LBN"},
		{"landmarks", "The Kremlin, the White House, Zhongnanhai, Downing Street, the Pentagon, the Elysee, the Élysée Palace, the Knesset, Foggy Bottom, the State Department, Whitehall and the Quai d'Orsay.",
			"Kremlin:ORG:RUSGOV | White House:ORG:USAGOV | Zhongnanhai:ORG:CHNGOV | Downing Street:ORG:GBRGOV | Pentagon:ORG:USAMIL | Elysee:ORG:FRAGOV | Élysée Palace:ORG:FRAGOV | Knesset:ORG:ISRLEG | Foggy Bottom:ORG:USAGOV | State Department:ORG:USAGOV | Whitehall:ORG:GBRGOV | Quai d'Orsay:ORG:FRAGOV"},
		{"congress with the US", "Congress and Capitol Hill met in Washington.",
			"Congress:ORG:USALEG | Capitol Hill:ORG:USALEG | Washington:LOCATION:USA@Washington/USA/38.90,-77.04"},
		{"congress without the US", "The Congress party won in India.", "India:COUNTRY:IND"},
		{"white house lower case", "a white house", ""},
		{"organisations", "The United Nations, the U.N., NATO, the European Union, the EU, the E.U., the African Union, ASEAN, OPEC and the IMF.",
			"United Nations:ORG:IGOUNO | U.N.:ORG:IGOUNO | NATO:ORG:IGOWSTNAT | European Union:ORG:IGOEUREEC | EU:ORG:IGOEUREEC | E.U.:ORG:IGOEUREEC | African Union:ORG:IGOAFRAFU | ASEAN:ORG:IGOSEAASN | OPEC:ORG:IGOBUSOPC | IMF:ORG:IGOUNOIMF"},
		{"the World Bank's arms", "The International Development Association (IDA) and the IBRD lent to Kenya.",
			"International Development Association:ORG:IGOUNODEVWBK | IDA:ORG:IGOUNODEVWBK | IBRD:ORG:IGOUNODEVWBK | Kenya:COUNTRY:KEN"},
		{"the European Community's acronym", "EC ministers met the E.C. Commission.", "EC:ORG:IGOEUREEC | E.C.:ORG:IGOEUREEC"},
		{"the European Parliament is the Community's", "The European Parliament met.", "European Parliament:ORG:IGOEUREEC"},
		{"stop phrases", "Latin America, New Mexico, the South China Sea and African Americans.", ""},
		{"trade rounds and creditor clubs", "The Uruguay Round, the Tokyo Round and the Paris Club met.", ""},
		{"a national security council is no UN body", "The National Security Council and the Security Council met.", "Security Council:ORG:IGOUNO"},
		{"stop phrase then name", "Latin America and America.", "America:COUNTRY:USA"},
		{"odd case country names and demonyms", "Aid to iSrael, ChINA, eGYPT, pERU and the uKRAINIANS.",
			"iSrael:COUNTRY:ISR | ChINA:COUNTRY:CHN | eGYPT:COUNTRY:EGY | pERU:COUNTRY:PER | uKRAINIANS:NATIONALITY:UKR"},
		{"odd case with a role", "ChINESE troops left.", "ChINESE troops:NATIONALITY:CHNMIL"},
		{"odd case needs four letters", "The uSA, uAE and lAO.", ""},
		{"odd case only for one-word country names", "Talks in bEIJING, nEW yORK and nATO, with sOUTH kOREA.",
			"kOREA:COUNTRY:KOR"},
		{"lower case stays a word", "turkey and china and israel", ""},
		{"the Niger Delta is Nigeria's", "Kidnappers struck in the Niger Delta and in Niger.",
			"Niger Delta:LOCATION:NGA@Niger Delta/NGA/5.00,6.25 | Niger:COUNTRY:NER"},
		{"gaza and the west bank are regions", "Rockets from Gaza and the Gaza Strip hit the West Bank and Gaza City.",
			"Gaza:LOCATION:PSEGZA@Gaza Strip/PSE/31.42,34.36 | Gaza Strip:LOCATION:PSEGZA@Gaza Strip/PSE/31.42,34.36 | West Bank:LOCATION:PSEWSB@West Bank/PSE/31.95,35.25 | Gaza City:LOCATION:@Gaza City/PSE/31.50,34.47"},
		{"palestine stays a country", "Palestine and the Palestinian territories.",
			"Palestine:COUNTRY:PSE | Palestinian territories:COUNTRY:PSE"},
		{"role after demonym", "Russian troops crossed.", "Russian troops:NATIONALITY:RUSMIL"},
		{"role after possessive", "China's foreign ministry said.", "China's foreign ministry:COUNTRY:CHNGOV"},
		{"role after gap words", "Iran's new hardline defence minister spoke.", "Iran's new hardline defence minister:COUNTRY:IRNMIL"},
		{"role too far", "Iran's one two three four minister spoke.", "Iran:COUNTRY:IRN"},
		{"roles", "Chinese police, Syrian rebels, Turkish opposition, Iranian protesters, Japanese companies, Russian state media, the U.S. State Department, the Israeli Prime Minister.",
			"Chinese police:NATIONALITY:CHNCOP | Syrian rebels:NATIONALITY:SYRREB | Turkish opposition:NATIONALITY:TUROPP | Iranian protesters:NATIONALITY:IRNCVL | Japanese companies:NATIONALITY:JPNBUS | Russian state media:NATIONALITY:RUSMED | U.S. State Department:COUNTRY:USAGOV | Israeli Prime Minister:NATIONALITY:ISRGOV"},
		{"role after country name", "U.S. special forces and US troops.", "U.S. special forces:COUNTRY:USAMIL | US troops:COUNTRY:USAMIL"},
		{"verb breaks the phrase", "Russia attacked troops. China said its troops left.", "Russia:COUNTRY:RUS | China:COUNTRY:CHN"},
		{"lower-case gap after country name", "Russia quickly sent troops.", "Russia:COUNTRY:RUS"},
		{"another country breaks the phrase", "Russian and Ukrainian soldiers.", "Russian:NATIONALITY:RUS | Ukrainian soldiers:NATIONALITY:UKRMIL"},
		{"role not across sentences", "He went to China. Officials agreed.", "China:COUNTRY:CHN"},
		{"name not across sentences", "He went South. Korea was far.", "Korea:COUNTRY:KOR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := show(tt.text); got != tt.want {
				t.Errorf("Match(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestMentionFields(t *testing.T) {
	text := "Talks ended. China’s foreign ministry met officials in Beijing."
	ms := mentions(text)
	if len(ms) != 2 {
		t.Fatalf("got %d mentions, want 2: %v", len(ms), ms)
	}
	m := ms[0]
	if m.Sentence != 1 || m.Kind != dyad.KindCountry || m.Name != "China" || m.Actor != "CHNGOV" ||
		m.Text != text[m.Start:m.End] || m.Text != "China’s foreign ministry" || m.Place != nil {
		t.Errorf("first mention %+v", m)
	}
	m = ms[1]
	if m.Kind != dyad.KindLocation || m.Name != "Beijing" || m.Actor != "CHN" || m.Place == nil ||
		*m.Place != (dyad.Place{Name: "Beijing", Country: "CHN", Lat: 39.90, Lon: 116.41}) {
		t.Errorf("second mention %+v", m)
	}
	// the place is a copy: changing it changes no later match
	m.Place.Lat = 0
	if again := mentions(text); again[1].Place.Lat != 39.90 {
		t.Error("mention places are shared")
	}
}

var codeRE = regexp.MustCompile(`^[A-Z]{3}$`)

func TestCountries(t *testing.T) {
	cs := gazetteer.Countries()
	if len(cs) < 249 {
		t.Errorf("%d countries, want every ISO 3166 country and territory (249) and more", len(cs))
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if !codeRE.MatchString(c.Code) || seen[c.Code] {
			t.Errorf("bad or duplicate code %q", c.Code)
		}
		seen[c.Code] = true
		if c.Name == "" || c.Lat < -90 || c.Lat > 90 || c.Lon < -180 || c.Lon > 180 {
			t.Errorf("%s: bad name or coordinates %+v", c.Code, c)
		}
		for _, n := range append(append([]string{c.Name, c.Capital}, c.Names...), c.Adjectives...) {
			if strings.ContainsAny(n, "=!|;") {
				t.Errorf("%s: marker left in %q", c.Code, n)
			}
		}
		got, ok := gazetteer.Lookup(c.Code)
		if !ok || got.Name != c.Name {
			t.Errorf("Lookup(%s) = %v, %v", c.Code, got, ok)
		}
	}
	for _, code := range []string{"USA", "CHN", "RUS", "GBR", "PSE", "KSV", "CIV", "PRK", "KOR", "ARE", "COD", "COG"} {
		if !seen[code] {
			t.Errorf("missing %s", code)
		}
	}
	if _, ok := gazetteer.Lookup("XXX"); ok {
		t.Error("Lookup(XXX) found something")
	}
	c, _ := gazetteer.Lookup("GBR")
	if c.Name != "United Kingdom" || c.Capital != "London" || !contains(c.Names, "U.K.") || !contains(c.Adjectives, "British") {
		t.Errorf("GBR = %+v", c)
	}
	c, _ = gazetteer.Lookup("USA")
	if !contains(c.Names, "US") { // listed without its marker
		t.Errorf("USA names %v", c.Names)
	}
	// Countries returns a copy
	cs[0].Name = "changed"
	if gazetteer.Countries()[0].Name == "changed" {
		t.Error("Countries shares its slice")
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// TestEveryNameMatches checks that each name, demonym and capital of the
// table is found, whole, in a sentence, with its country's code: the
// tables and the segmenter's tokens agree.
func TestEveryNameMatches(t *testing.T) {
	// names that another country or place owns on purpose
	owned := map[string]string{}
	for _, c := range gazetteer.Countries() {
		check := func(name, kind string) {
			text := "Reports from " + name + " arrived"
			ms := mentions(text)
			if len(ms) == 0 || ms[0].Text != name || !strings.HasPrefix(ms[0].Actor, c.Code) {
				if o, ok := owned[name]; ok && len(ms) > 0 && ms[0].Actor == o {
					return
				}
				t.Errorf("%s %s %q: got %s", c.Code, kind, name, show(text))
			}
		}
		check(c.Name, "name")
		for _, n := range c.Names {
			check(n, "name")
		}
		for _, n := range c.Adjectives {
			check(n, "adjective")
		}
		switch c.Capital {
		case "", "Male", "Victoria", "Hamilton", "Stanley", "The Valley", "Plymouth", "Douglas", "Kingston", "San Jose":
			// not matched: more often something else (Kingston is Jamaica's)
		default:
			check(c.Capital, "capital")
		}
	}
	for _, o := range gazetteer.Orgs() {
		for _, n := range append([]string{o.Name}, o.Names...) {
			text := "Reports from " + n + " arrived"
			if ms := mentions(text); len(ms) != 1 || ms[0].Text != n || ms[0].Actor != o.Code {
				t.Errorf("%s %q: got %s", o.Code, n, show(text))
			}
		}
	}
}

func TestStage(t *testing.T) {
	text := "Officials in Beijing said China's army and NATO met."
	a := &dyad.Analysis{Article: dyad.Article{Text: text}}
	a.Sentences = segment.Sentences(text)
	a.Tokens = segment.Tokens(text, a.Sentences)
	a.Mentions = []dyad.Mention{{Kind: dyad.KindPerson, Text: "said", Span: dyad.Span{Start: 22, End: 26}}}
	st := gazetteer.Stage()
	if st.Name() != "gazetteer" {
		t.Errorf("name %q", st.Name())
	}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, m := range a.Mentions {
		if i > 0 && a.Mentions[i-1].Start > m.Start {
			t.Errorf("mentions not sorted by Start: %v", a.Mentions)
		}
		got = append(got, m.Text)
	}
	if want := "Beijing|said|China's army|NATO"; strings.Join(got, "|") != want {
		t.Errorf("got %s, want %s", strings.Join(got, "|"), want)
	}
	// no tokens: nothing found, no error
	b := &dyad.Analysis{Article: dyad.Article{Text: text}}
	if err := st.Run(context.Background(), b); err != nil || len(b.Mentions) != 0 {
		t.Errorf("without tokens: %v, %v", err, b.Mentions)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := st.Run(ctx, a); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

// checkSpans checks the invariants of mentions over any tokens.
func checkSpans(t *testing.T, text string, ms []dyad.Mention) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if !(dyad.Span{Start: m.Start, End: m.End}).Valid(len(text)) || m.Start == m.End || m.Start < prev {
			t.Fatalf("%q: bad mention %+v", text, m)
		}
		if m.Text != text[m.Start:m.End] || m.Actor == "" && m.Kind != dyad.KindLocation || m.Kind == "" {
			t.Fatalf("%q: bad mention %+v", text, m)
		}
		prev = m.End
	}
}

func TestInvariantsRandom(t *testing.T) {
	pieces := []string{"China", "China's", " ", "  ", ".", "\n\n", "the", "The", "Russian", "troops", "foreign",
		"ministry", "U.S.", "US", "us", "South", "Korea", "North", "Guinea", "Latin", "America", "’s", "'s",
		"and", "Bosnia", "Herzegovina", "NATO", "Beijing", "Côte", "d’Ivoire", "É", "\xff", "said", "official", ","}
	r := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(25) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		checkSpans(t, text, mentions(text))
	}
}

func TestBadTokens(t *testing.T) {
	text := "China and Russia"
	toks := []dyad.Token{{Start: 0, End: 5}, {Start: -3, End: 2}, {Start: 10, End: 99}, {Start: 10, End: 16, Sentence: 1}, {Start: 7, End: 3}}
	ms := gazetteer.Match(text, toks)
	checkSpans(t, text, ms)
	if len(ms) != 2 {
		t.Errorf("got %v", ms)
	}
}

func FuzzGazetteer(f *testing.F) {
	for _, s := range []string{"", "China's foreign ministry", "Russian troops in the U.S.", "CHINA AND US",
		"Côte d’Ivoire's army", "Latin America", "South\n\nKorea", "\xffChina", "iSrael's ChINESE troops", "the West Bank and Gaza"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, shift uint8) {
		sents := segment.Sentences(text)
		toks := segment.Tokens(text, sents)
		checkSpans(t, text, gazetteer.Match(text, toks))
		// tokens that do not fit the text must not break the matcher
		for i := range toks {
			toks[i].Start += int(shift % 4)
			toks[i].End += int(shift % 3)
		}
		gazetteer.Match(text, toks)
	})
}

// TestGolden lists the mentions of each testdata/*.txt and compares them
// with NAME.golden.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			var b strings.Builder
			for _, m := range mentions(text) {
				fmt.Fprintf(&b, "%d\t%d-%d\t%s\t%s\t%s\t%q", m.Sentence, m.Start, m.End, m.Kind, m.Actor, m.Name, m.Text)
				if m.Place != nil {
					fmt.Fprintf(&b, "\t%s/%s/%.2f,%.2f", m.Place.Name, m.Place.Country, m.Place.Lat, m.Place.Lon)
				}
				b.WriteByte('\n')
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if d := cmp.Diff(string(want), b.String()); d != "" {
				t.Errorf("mentions of %s differ from %s (-want +got, run with -update to rewrite):\n%s", f, golden, d)
			}
		})
	}
}
