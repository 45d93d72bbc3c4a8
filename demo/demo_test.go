package demo

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"dyad"
)

// item is one line of the sample; the test decodes strictly into it.
type item struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	Source string `json:"source"`
	URL    string `json:"url"`
}

// items decodes the sample strictly, failing the test on any malformed line.
func items(t *testing.T) []item {
	t.Helper()
	data := Sample()
	if len(data) == 0 || data[len(data)-1] != '\n' {
		t.Fatal("sample is empty or does not end with a newline")
	}
	var out []item
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			t.Fatalf("line %d: blank line", line)
		}
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var it item
		if err := dec.Decode(&it); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		if dec.More() {
			t.Fatalf("line %d: more than one JSON value", line)
		}
		out = append(out, it)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// abbreviations end in a period without ending a sentence; the sentence
// counter below knows only those the sample and the articles use.
var abbreviations = []string{"U.S", "Mr", "Mrs", "Dr", "St", "Sen", "Jan", "Feb", "a.m", "p.m"}

// countSentences counts sentences by a simple rule good enough for text
// written to be clean: a sentence ends at '.', '!' or '?' (optionally
// followed by a closing quote) that is followed by the end of the text or by
// a space and an uppercase letter or opening quote, unless the word before
// the period is a known abbreviation.
func countSentences(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		if j < len(text) && text[j] == '"' {
			j++
		}
		if j < len(text) {
			if text[j] != ' ' || j+1 >= len(text) {
				continue
			}
			next := text[j+1]
			if !(next >= 'A' && next <= 'Z') && next != '"' {
				continue
			}
		}
		if c == '.' {
			start := strings.LastIndexByte(text[:i], ' ') + 1
			if slices.Contains(abbreviations, text[start:i]) {
				continue
			}
		}
		n++
	}
	if n == 0 && strings.TrimSpace(text) != "" {
		n = 1
	}
	return n
}

func TestCountSentences(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"No period at the end", 1},
		{"One. Two.", 2},
		{"He said \"yes.\" Then left.", 2},
		{"It was \"fine\". \"Good,\" she said.", 2},
		{"Mr. Wang met U.S. officials on Jan. 5 in Washington.", 1},
		{"Growth was 3.5 percent. Talks resume at 10 a.m. in Beijing.", 2},
		{"Really? Yes! Fine.", 3},
	}
	for _, tt := range tests {
		if got := countSentences(tt.text); got != tt.want {
			t.Errorf("countSentences(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestSample(t *testing.T) {
	all := items(t)
	if len(all) < 48 {
		t.Fatalf("sample has %d items, want at least 48", len(all))
	}
	first, _ := time.Parse(dyad.DateLayout, "2019-01-01")
	last, _ := time.Parse(dyad.DateLayout, "2025-12-31")
	years := map[int]int{}
	seen := map[string]bool{}
	for i, it := range all {
		line := i + 1
		if want := fmt.Sprintf("demo-%03d", line); it.ID != want {
			t.Errorf("line %d: id %q, want %q", line, it.ID, want)
		}
		if seen[it.ID] {
			t.Errorf("line %d: duplicate id %q", line, it.ID)
		}
		seen[it.ID] = true
		d, err := time.Parse(dyad.DateLayout, it.Date)
		if err != nil {
			t.Errorf("line %d: date %q: %v", line, it.Date, err)
		} else if d.Before(first) || d.After(last) {
			t.Errorf("line %d: date %s outside 2019-2025", line, it.Date)
		} else {
			years[d.Year()]++
		}
		if strings.TrimSpace(it.Title) == "" {
			t.Errorf("line %d: empty title", line)
		}
		if it.Source != SourceName {
			t.Errorf("line %d: source %q, want %q", line, it.Source, SourceName)
		}
		if want := "https://example.org/demo/" + strings.TrimPrefix(it.ID, "demo-"); it.URL != want {
			t.Errorf("line %d: url %q, want %q", line, it.URL, want)
		}
		if n := countSentences(it.Text); n < 3 || n > 6 {
			t.Errorf("line %d: text has %d sentences, want 3-6", line, n)
		}
		if it.Text != strings.TrimSpace(it.Text) || strings.ContainsAny(it.Text, "\n\r\t") {
			t.Errorf("line %d: text has stray whitespace", line)
		}
	}
	for y := 2019; y <= 2025; y++ {
		if years[y] == 0 {
			t.Errorf("no item dated %d", y)
		}
	}
}

func TestSampleIsACopy(t *testing.T) {
	a := Sample()
	want := string(a)
	a[0] = 'X'
	if got := string(Sample()); got != want {
		t.Fatal("modifying the result of Sample changed the next result")
	}
}

// countries maps a country to the substrings that name it in the sample.
var countries = map[string][]string{
	"China":       {"China", "Chinese", "Beijing"},
	"Russia":      {"Russia", "Russian", "Moscow", "Kremlin"},
	"US":          {"United States", "U.S.", "American", "Washington", "White House"},
	"Ukraine":     {"Ukraine", "Ukrainian", "Kyiv"},
	"Israel":      {"Israel"},
	"Iran":        {"Iran"},
	"Palestine":   {"Palestinian", "Gaza", "Hamas"},
	"India":       {"India"},
	"Pakistan":    {"Pakistan"},
	"France":      {"France", "French", "Paris"},
	"Germany":     {"Germany", "German", "Berlin"},
	"Japan":       {"Japan"},
	"South Korea": {"South Korea", "Seoul"},
	"Turkey":      {"Turkey", "Turkish", "Ankara"},
	"Greece":      {"Greece", "Greek", "Athens"},
}

func mentions(text, country string) bool {
	for _, s := range countries[country] {
		if strings.Contains(text, s) {
			return true
		}
	}
	return false
}

func TestCountryPairs(t *testing.T) {
	all := items(t)
	tests := []struct {
		a, b     string
		min      int // items mentioning both
		minYears int // distinct years among them
	}{
		{"China", "Russia", 12, 6},
		{"US", "China", 8, 5},
		{"Russia", "Ukraine", 7, 4},
		{"Israel", "Iran", 3, 2},
		{"Israel", "Palestine", 3, 2},
		{"India", "Pakistan", 5, 3},
		{"France", "Germany", 4, 3},
		{"Japan", "South Korea", 4, 3},
		{"Turkey", "Greece", 3, 2},
	}
	for _, tt := range tests {
		t.Run(tt.a+"-"+tt.b, func(t *testing.T) {
			n := 0
			years := map[string]bool{}
			for _, it := range all {
				s := it.Title + " " + it.Text
				if mentions(s, tt.a) && mentions(s, tt.b) {
					n++
					years[it.Date[:4]] = true
				}
			}
			if n < tt.min {
				t.Errorf("%d items mention both, want at least %d", n, tt.min)
			}
			if len(years) < tt.minYears {
				t.Errorf("items span %d years, want at least %d", len(years), tt.minYears)
			}
		})
	}
}

func TestSampleVerbs(t *testing.T) {
	all := items(t)
	var b strings.Builder
	for _, it := range all {
		b.WriteString(it.Text)
		b.WriteByte('\n')
	}
	text := b.String()
	for _, verb := range []string{
		"met ", "visited ", "signed ", "accused ", "condemned ", "imposed sanctions on ",
		"attacked ", "shelled ", "arrested ", "protested against ", "praised ", "agreed ",
		"threatened ", "expelled ", "criticised ", "people were killed",
	} {
		if !strings.Contains(text, verb) {
			t.Errorf("no item uses %q", verb)
		}
	}
}

// TestArticles checks the hand-written inputs of the golden tests in
// ../testdata/articles: the header lines, a valid date, and the sentence
// count and phrases each file exists to exercise.
func TestArticles(t *testing.T) {
	dir := filepath.Join("..", "testdata", "articles")
	tests := []struct {
		name      string
		sentences int
		phrases   []string
	}{
		{"china_russia_summit", 4, []string{"signed a joint statement in Beijing on May 16", "more than 900,000 cars", "\"particularly timely and fruitful\"", "Putin told reporters"}},
		{"ukraine_shelling", 4, []string{"Russian forces shelled Ukrainian positions", "At least 12 people were killed"}},
		{"iran_sanctions", 4, []string{"The United States imposed sanctions on Iran", "Iran's foreign ministry condemned"}},
		{"abbreviations", 4, []string{"U.S.", "Mr. Wang", "Jan. 5", "3.5 percent", "Dr. Li", "St. Louis", "Feb. 3", "10 a.m. in"}},
		{"protest_arrests", 3, []string{"protesters marched in Moscow", "police arrested more than 3,000 people"}},
		{"market_report", 4, []string{"Oil prices fell 2 pct"}},
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(tests) {
		t.Errorf("%s holds %d .txt files, want %d", dir, len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, tt.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.SplitN(string(data), "\n", 3)
			if len(lines) < 3 {
				t.Fatalf("want date, title and text lines, got %d lines", len(lines))
			}
			date, ok := strings.CutPrefix(lines[0], "date ")
			if !ok {
				t.Errorf("first line %q does not start with \"date \"", lines[0])
			} else if _, err := time.Parse(dyad.DateLayout, date); err != nil {
				t.Errorf("date: %v", err)
			}
			if title, ok := strings.CutPrefix(lines[1], "title "); !ok || strings.TrimSpace(title) == "" {
				t.Errorf("second line %q is not \"title ...\"", lines[1])
			}
			text := strings.TrimSpace(lines[2])
			if got := countSentences(text); got != tt.sentences {
				t.Errorf("text has %d sentences, want %d", got, tt.sentences)
			}
			for _, p := range tt.phrases {
				if !strings.Contains(text, p) {
					t.Errorf("text lacks %q", p)
				}
			}
		})
	}
}

func TestIDs(t *testing.T) {
	var want []string
	for _, it := range items(t) {
		want = append(want, it.ID)
	}
	if got := IDs(); !slices.Equal(got, want) {
		t.Errorf("IDs() = %v, want the sample's %v", got, want)
	}
}
