package annotate

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"dyad"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// readArticle reads a testdata article: a first line "date YYYY-MM-DD" (or
// "date -" for no published date) and the text.
func readArticle(t *testing.T, path string) dyad.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	first, text, _ := strings.Cut(string(b), "\n")
	d, ok := strings.CutPrefix(first, "date ")
	if !ok {
		t.Fatalf("%s: first line must be `date YYYY-MM-DD`", path)
	}
	art := dyad.Article{ID: filepath.Base(path), Text: strings.TrimRight(text, "\n")}
	if d != "-" {
		if art.Published, err = time.Parse(dyad.DateLayout, d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return art
}

// goldenTheme is a theme without its spans, to keep golden files readable.
type goldenTheme struct {
	Code  string `json:"code"`
	Count int    `json:"count"`
}

type golden struct {
	Counts []dyad.Count   `json:"counts"`
	Dates  []dyad.DateRef `json:"dates"`
	Quotes []dyad.Quote   `json:"quotes"`
	Themes []goldenTheme  `json:"themes"`
	Tone   *dyad.Tone     `json:"tone"`
}

func analyse(t testing.TB, art dyad.Article) *dyad.Analysis {
	t.Helper()
	a := &dyad.Analysis{Article: art}
	if err := Stage().Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	checkSpans(t, a)
	return a
}

// checkSpans checks that every span lies in the text and that the text
// fields are the text of their spans.
func checkSpans(t testing.TB, a *dyad.Analysis) {
	t.Helper()
	text := a.Article.Text
	n := len(text)
	for _, c := range a.Counts {
		if !(dyad.Span{Start: c.Start, End: c.End}).Valid(n) || c.Start == c.End {
			t.Errorf("count %+v: bad span", c)
		}
	}
	for _, d := range a.Dates {
		if !(dyad.Span{Start: d.Start, End: d.End}).Valid(n) || text[d.Start:d.End] != d.Text {
			t.Errorf("date %+v: bad span", d)
		}
	}
	for _, q := range a.Quotes {
		if !(dyad.Span{Start: q.Start, End: q.End}).Valid(n) || text[q.Start:q.End] != q.Text {
			t.Errorf("quote %+v: bad span", q)
		}
	}
	for _, th := range a.Themes {
		if th.Count != len(th.Spans) {
			t.Errorf("theme %s: count %d, %d spans", th.Code, th.Count, len(th.Spans))
		}
		for _, s := range th.Spans {
			if !s.Valid(n) {
				t.Errorf("theme %s: bad span %+v", th.Code, s)
			}
		}
	}
}

// TestGolden runs the stage over the hand-written news paragraphs of
// testdata and compares with the reviewed golden files.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("%d golden inputs, want at least 20", len(files))
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			a := analyse(t, readArticle(t, path))
			g := golden{Counts: a.Counts, Dates: a.Dates, Quotes: a.Quotes, Tone: a.Tone}
			for _, th := range a.Themes {
				g.Themes = append(g.Themes, goldenTheme{th.Code, th.Count})
			}
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			gpath := strings.TrimSuffix(path, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gpath, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gpath)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if d := cmp.Diff(string(want), string(got)); d != "" {
				t.Errorf("output differs from %s (-want +got, run with -update to rewrite):\n%s", gpath, d)
			}
		})
	}
}

// TestExample checks the paragraph of the brief field by field, apart from
// the golden file.
func TestExample(t *testing.T) {
	art := readArticle(t, "testdata/01_xi_putin.txt")
	a := analyse(t, art)
	if len(a.Counts) != 1 || a.Counts[0].Number != 900000 || a.Counts[0].Qualifier != "more than" || a.Counts[0].Object != "cars" {
		t.Errorf("counts = %+v", a.Counts)
	}
	if len(a.Dates) == 0 || a.Dates[0].Date != "2024-05-16" || a.Dates[0].Precision != "day" {
		t.Errorf("dates = %+v", a.Dates)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "China's Foreign Ministry" || a.Quotes[0].Text != "particularly timely and fruitful" {
		t.Errorf("quotes = %+v", a.Quotes)
	}
	codes := map[string]bool{}
	for _, th := range a.Themes {
		codes[th.Code] = true
	}
	if !codes["DIPLOMACY"] || !(codes["ECON_TRADE"] || codes["AUTOMOTIVE"]) {
		t.Errorf("themes = %+v", a.Themes)
	}
	if a.Tone == nil || a.Tone.Tone <= 0 {
		t.Errorf("tone = %+v", a.Tone)
	}
}

// TestSentenceIndex checks that counts take their sentence from a.Sentences.
func TestSentenceIndex(t *testing.T) {
	text := "Five people died. Police arrested 12 men. Prices rose 3%."
	a := &dyad.Analysis{
		Article:   dyad.Article{Text: text},
		Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 17}}, {Span: dyad.Span{Start: 18, End: 41}}, {Span: dyad.Span{Start: 42, End: len(text)}}},
	}
	if err := Stage().Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, c := range a.Counts {
		got = append(got, c.Sentence)
	}
	if want := []int{0, 1, 2}; !equalInts(got, want) {
		t.Errorf("sentences = %v, want %v (counts %+v)", got, want, a.Counts)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestQuoteActor checks that a mention overlapping the speaker gives the
// quotation its actor code, and that "he" takes the previous speaker.
func TestQuoteActor(t *testing.T) {
	text := `"We are ready," Vladimir Putin said. "The West must listen," he added.`
	start := strings.Index(text, "Vladimir")
	a := &dyad.Analysis{
		Article:  dyad.Article{Text: text},
		Mentions: []dyad.Mention{{Kind: dyad.KindPerson, Text: "Vladimir Putin", Span: dyad.Span{Start: start, End: start + 14}, Actor: "RUSGOV"}},
	}
	if err := Stage().Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 2 {
		t.Fatalf("quotes = %+v", a.Quotes)
	}
	for i, q := range a.Quotes {
		if q.Speaker != "Vladimir Putin" || q.Actor != "RUSGOV" {
			t.Errorf("quote %d = %+v", i, q)
		}
	}
	if a.Quotes[0].Verb != "say" || a.Quotes[1].Verb != "add" {
		t.Errorf("verbs = %q, %q", a.Quotes[0].Verb, a.Quotes[1].Verb)
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := &dyad.Analysis{Article: dyad.Article{Text: "Ten people died."}}
	if err := Stage().Run(ctx, a); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if Stage().Name() != "annotate" {
		t.Errorf("name = %q", Stage().Name())
	}
}

// TestThemesDocumented checks that docs/themes.md documents every code of
// the taxonomy, and that there are at least 40.
func TestThemesDocumented(t *testing.T) {
	tax := Taxonomy()
	if len(tax) < 40 {
		t.Errorf("%d theme codes, want at least 40", len(tax))
	}
	doc, err := os.ReadFile("../docs/themes.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range tax {
		if d.About == "" || len(d.Terms) == 0 {
			t.Errorf("%s: no description or no terms", d.Code)
		}
		if !bytes.Contains(doc, []byte("`"+d.Code+"`")) {
			t.Errorf("docs/themes.md does not document %s", d.Code)
		}
	}
}

// FuzzStage runs the stage over any text: it must not panic and must keep
// every span inside the text.
func FuzzStage(f *testing.F) {
	for _, s := range []string{
		"", `"`, `“”`, "``''", "$", "$3 billion", "more than 900,000 cars", "May 16, 2024",
		`"a," said`, "two-day", "thousands of", "tens of thousands of", "4-1/4 pct", "31 February 2024",
		"China's Foreign Ministry called the visit \"particularly timely and fruitful.\"",
		"'s 's", "U.S.", "\xff\xfe\"", "1,2,3,4", "99999999999999999999999 dlrs",
	} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, text string, days int64) {
		art := dyad.Article{Text: text}
		if days != 0 {
			art.Published = time.Date(2024, 5, 19, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%20000))
		}
		a := &dyad.Analysis{Article: art, Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(text)}}}}
		if err := Stage().Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, a)
		if a.Tone == nil || a.Tone.Words != Words(text) {
			t.Errorf("tone words = %+v, Words = %d", a.Tone, Words(text))
		}
	})
}
