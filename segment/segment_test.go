package segment

import (
	"context"
	"errors"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"space only", " \n\t\n ", nil},
		{"one", "Russia said so.", []string{"Russia said so."}},
		{"no final mark", "  Russia said so  ", []string{"Russia said so"}},
		{"two", "Russia said so. China disagreed.", []string{"Russia said so.", "China disagreed."}},
		{"exclamation and question", "Stop! Why now? Because.", []string{"Stop!", "Why now?", "Because."}},
		{"lower case after dot", "It fell 3 pct. to 5 pct. in May.", []string{"It fell 3 pct. to 5 pct. in May."}},
		{"digit starts", "Sales rose in 1986. 155,221 bags were sold.", []string{"Sales rose in 1986.", "155,221 bags were sold."}},
		{"decimal", "It rose 3.5 pct. Then it fell.", []string{"It rose 3.5 pct.", "Then it fell."}},
		{"titles", "Mr. Smith met Dr. Jones and Gen. Lee. Sen. Warren and Rep. King came.",
			[]string{"Mr. Smith met Dr. Jones and Gen. Lee.", "Sen. Warren and Rep. King came."}},
		{"more titles", "Mrs. A, Ms. B, Col. C, Lt. D, Sgt. E, Gov. F, Pres. G, Prof. H, Rev. I, Capt. J, Adm. K, Maj. L.",
			[]string{"Mrs. A, Ms. B, Col. C, Lt. D, Sgt. E, Gov. F, Pres. G, Prof. H, Rev. I, Capt. J, Adm. K, Maj. L."}},
		{"months", "On Jan. 5 and Sept. 11 and Aug. 3 and Oct. 9 and Nov. 1 and Dec. 25 and Feb. 2 it rained.",
			[]string{"On Jan. 5 and Sept. 11 and Aug. 3 and Oct. 9 and Nov. 1 and Dec. 25 and Feb. 2 it rained."}},
		{"initials", "John F. Kennedy and George W. Bush spoke.", []string{"John F. Kennedy and George W. Bush spoke."}},
		{"initial then starter", "He chose plan B. The others agreed.", []string{"He chose plan B.", "The others agreed."}},
		{"U.S. before name", "The U.S. Treasury and the U.K. Foreign Office and the U.N. Security Council met.",
			[]string{"The U.S. Treasury and the U.K. Foreign Office and the U.N. Security Council met."}},
		{"U.S. before lower case", "The U.S. said the E.U. would act.", []string{"The U.S. said the E.U. would act."}},
		{"U.S. at end", "Tariffs hit the U.S. The E.U. replied. It was in the U.S. But not here.",
			[]string{"Tariffs hit the U.S.", "The E.U. replied.", "It was in the U.S.", "But not here."}},
		{"U.S. before a capitalised conjunction", "Talks between the U.S. And Japan resumed. Loans in U.S. Or Australian dlrs rose.",
			[]string{"Talks between the U.S. And Japan resumed.", "Loans in U.S. Or Australian dlrs rose."}},
		{"U.S. before a capitalised Not", "Japan urged the U.S. Not to impose tariffs.", []string{"Japan urged the U.S. Not to impose tariffs."}},
		{"U.S. modifying a capitalised noun", "The deal must go on, senior U.S. Officials said. Some U.S. Analysts agreed.",
			[]string{"The deal must go on, senior U.S. Officials said.", "Some U.S. Analysts agreed."}},
		{"U.S. before lower-case officials", "The deal must go on, senior U.S. officials said.", []string{"The deal must go on, senior U.S. officials said."}},
		{"the U.S. before a noun starter", "Prices rose in the U.S. Officials said so.", []string{"Prices rose in the U.S.", "Officials said so."}},
		{"the U.S. then The", "It was sold to the U.S. The company said so.", []string{"It was sold to the U.S.", "The company said so."}},
		{"U.S. is no sentence of its own", "Exports rose. The U.S. Last year bought more. U.S. And Japanese officials met.",
			[]string{"Exports rose.", "The U.S. Last year bought more.", "U.S. And Japanese officials met."}},
		{"U.S. before a hyphenated title", "He met visiting U.S. Under-Secretary Allen Wallis.", []string{"He met visiting U.S. Under-Secretary Allen Wallis."}},
		{"company suffixes", "Apple Inc. Chairman spoke. Ford Motor Co. Ltd. rose. Shares of IBM Corp. He said.",
			[]string{"Apple Inc. Chairman spoke.", "Ford Motor Co. Ltd. rose.", "Shares of IBM Corp.", "He said."}},
		{"No. and vs.", "Item No. 5 beat Smith vs. Jones.", []string{"Item No. 5 beat Smith vs. Jones."}},
		{"etc e.g. i.e.", "Oil, gas, etc. were sold, e.g. Brent, i.e. crude. Prices rose, etc. The end.",
			[]string{"Oil, gas, etc. were sold, e.g. Brent, i.e. crude.", "Prices rose, etc.", "The end."}},
		{"states", "Woodco Inc. of Houston, Tex. Sold it. Sens. Alan Cranston and Daniel Evans came.", []string{"Woodco Inc. of Houston, Tex. Sold it.", "Sens. Alan Cranston and Daniel Evans came."}},
		{"St. Jr.", "He went to St. Louis with Martin Luther King Jr. Then home.", []string{"He went to St. Louis with Martin Luther King Jr. Then home."}},
		{"Jr. then starter", "It was said by Sammy Davis Jr. He sang.", []string{"It was said by Sammy Davis Jr.", "He sang."}},
		{"closing quote", `He said "we will go." Then he left.`, []string{`He said "we will go."`, "Then he left."}},
		{"curly quotes", "He said “we will go.” Then he left.", []string{"He said “we will go.”", "Then he left."}},
		{"opening quote", `He left. "We go," he said.`, []string{"He left.", `"We go," he said.`}},
		{"question in quote", `"Why?" he asked. "Because," she said.`, []string{`"Why?" he asked.`, `"Because," she said.`}},
		{"bracket", "It ended (at last.) Then it began.", []string{"It ended (at last.)", "Then it began."}},
		{"ellipsis", "Wait... The rest came.", []string{"Wait...", "The rest came."}},
		{"paragraphs", "First part\n\nSecond part\n  \n\nThird", []string{"First part", "Second part", "Third"}},
		{"crlf paragraphs", "First part\r\n\r\nSecond part", []string{"First part", "Second part"}},
		{"hard wrap", "The president of the United States said on Tuesday that\nthe talks would go on.",
			[]string{"The president of the United States said on Tuesday that\nthe talks would go on."}},
		{"wrapped line with capitals", "Officials from the Republic of China, Taiwan and\nJapan met.",
			[]string{"Officials from the Republic of China, Taiwan and\nJapan met."}},
		{"headline caps", "BAHIA COCOA REVIEW\nShowers continued in Bahia.", []string{"BAHIA COCOA REVIEW", "Showers continued in Bahia."}},
		{"headline title case", "China and Russia Sign Pact\nThe two countries signed.", []string{"China and Russia Sign Pact", "The two countries signed."}},
		{"headline and subtitle", "Talks Resume\nSecond Round in Geneva\nDiplomats met.", []string{"Talks Resume", "Second Round in Geneva", "Diplomats met."}},
		{"headline mid paragraph is not", "Diplomats met in\nGeneva Today\nThey talked.", []string{"Diplomats met in\nGeneva Today\nThey talked."}},
		{"no space after dot", "It ended.Then it began.", []string{"It ended.Then it began."}},
		{"unicode capital", "Il est parti. Émile est resté.", []string{"Il est parti.", "Émile est resté."}},
		{"nbsp trimmed", "\u00a0Hello there.\u00a0", []string{"Hello there."}},
		{"a.m.", "He came at 10 a.m. Tuesday. The end.", []string{"He came at 10 a.m. Tuesday.", "The end."}},
		{"all caps abbreviation", "U.S. SAYS NO RESIGNATION\nSecretary Shultz spoke.", []string{"U.S. SAYS NO RESIGNATION", "Secretary Shultz spoke."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func tokenTexts(text string) []string {
	var out []string
	for _, tk := range Tokens(text, Sentences(text)) {
		out = append(out, text[tk.Start:tk.End])
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		want string // tokens joined by "|"
	}{
		{"", ""},
		{"China's foreign ministry", "China|'s|foreign|ministry"},
		{"China’s foreign ministry", "China|’s|foreign|ministry"},
		{"CHINA'S TRADE", "CHINA|'S|TRADE"},
		{"farmers' crops", "farmers|'|crops"},
		{"don't can't won't", "do|n't|ca|n't|wo|n't"},
		{"they're we'll I'm he'd you've", "they|'re|we|'ll|I|'m|he|'d|you|'ve"},
		{"O'Brien in Cote d'Ivoire", "O'Brien|in|Cote|d'Ivoire"},
		{"more than 900,000 vehicles", "more|than|900,000|vehicles"},
		{"up 1.2 pct to $3 bln", "up|1.2|pct|to|$|3|bln"},
		{"$1,234.50.", "$|1,234.50|."},
		{"3.5%", "3.5|%"},
		{"The U.S. and U.K. and U.S.S.R. met.", "The|U.S.|and|U.K.|and|U.S.S.R.|met|."},
		{"It is in the U.S.", "It|is|in|the|U.S."},
		{"U.S.-led talks", "U.S.|-|led|talks"},
		{"e.g. this, i.e. that", "e.g.|this|,|i.e.|that"},
		{"On Jan. 5 Mr. Smith of Acme Inc. said", "On|Jan.|5|Mr.|Smith|of|Acme|Inc.|said"},
		{"John F. Kennedy", "John|F.|Kennedy"},
		{"Item No. 5 and the word No.", "Item|No.|5|and|the|word|No|."},
		{"Smith vs. Jones", "Smith|vs.|Jones"},
		{"a well-known F-16 and COVID-19", "a|well-known|F-16|and|COVID-19"},
		{"end - start -- x", "end|-|start|-|-|x"},
		{"(Reuters) said: \"yes\"", "(|Reuters|)|said|:|\"|yes|\""},
		{"Москва и Пекин", "Москва|и|Пекин"},
		{"Schröder’s naïve café", "Schröder|’s|naïve|café"},
		{"“Quoted” text…", "“|Quoted|”|text|…"},
		{"1980's 10th", "1980|'s|10th"},
		{"x\xffy", "x|\xff|y"},
		{"AT&T", "AT|&|T"},
	}
	for _, tt := range tests {
		got := strings.Join(tokenTexts(tt.text), "|")
		if got != tt.want {
			t.Errorf("Tokens(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

func TestTokensSentenceIndex(t *testing.T) {
	text := "Russia said so. China's troops moved!\n\nNo more."
	sents := Sentences(text)
	if len(sents) != 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	want := []int{0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2}
	toks := Tokens(text, sents)
	var got []int
	for _, tk := range toks {
		got = append(got, tk.Sentence)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentence indexes %v, want %v", got, want)
	}
}

func TestTokensBadSentences(t *testing.T) {
	text := "Alpha beta. Gamma delta."
	type S = dyad.Sentence
	type T = dyad.Token
	sents := []S{{Span: dyad.Span{Start: -5, End: 5}}, {Span: dyad.Span{Start: 3, End: 11}}, {Span: dyad.Span{Start: 20, End: 100}}, {Span: dyad.Span{Start: 8, End: 2}}}
	toks := Tokens(text, sents)
	want := []T{{Start: 0, End: 5}, {Start: 6, End: 10, Sentence: 1}, {Start: 10, End: 11, Sentence: 1},
		{Start: 20, End: 23, Sentence: 2}, {Start: 23, End: 24, Sentence: 2}}
	if !reflect.DeepEqual(toks, want) {
		t.Errorf("got %v, want %v", toks, want)
	}
}

func TestStage(t *testing.T) {
	st := Stage()
	if st.Name() != "segment" {
		t.Errorf("name %q", st.Name())
	}
	a := &dyad.Analysis{Article: dyad.Article{Text: "Russia said so. China agreed."}}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Sentences) != 2 || len(a.Tokens) != 7 {
		t.Errorf("got %d sentences and %d tokens, want 2 and 7", len(a.Sentences), len(a.Tokens))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := st.Run(ctx, a); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v", err)
	}
}

// checkInvariants checks what every segmentation must hold: spans inside
// text, sentences no longer than MaxSentence, ordered, trimmed and
// disjoint, tokens ordered, non-empty and inside their sentence, and no
// non-space byte left out of a token.
func checkInvariants(t *testing.T, text string) {
	t.Helper()
	sents := Sentences(text)
	prev := 0
	for i, s := range sents {
		if !s.Valid(len(text)) || s.Start == s.End || s.End-s.Start > MaxSentence {
			t.Fatalf("%q: sentence %d %v invalid", text, i, s)
		}
		if s.Start < prev {
			t.Fatalf("%q: sentence %d %v overlaps the one before", text, i, s)
		}
		if trimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
			t.Fatalf("%q: sentence %d %q not trimmed", text, i, text[s.Start:s.End])
		}
		prev = s.End
	}
	toks := Tokens(text, sents)
	prev = 0
	covered := make([]bool, len(text))
	for i, tk := range toks {
		if tk.Start >= tk.End || tk.Start < prev || tk.Sentence < 0 || tk.Sentence >= len(sents) {
			t.Fatalf("%q: token %d %v invalid", text, i, tk)
		}
		if s := sents[tk.Sentence]; tk.Start < s.Start || tk.End > s.End {
			t.Fatalf("%q: token %d %v outside its sentence %v", text, i, tk, s)
		}
		for j := tk.Start; j < tk.End; j++ {
			covered[j] = true
		}
		prev = tk.End
	}
	for i := 0; i < len(text); i++ {
		if !covered[i] && !isSpaceASCII(text[i]) && text[i] < 0x80 {
			t.Fatalf("%q: byte %d %q in no token", text, i, text[i])
		}
	}
}

func TestInvariantsRandom(t *testing.T) {
	pieces := []string{"U.S.", " ", "  ", "\n", "\n\n", "Mr.", ".", "!", "?", "\"", "’", "'s", "The", "the",
		"China", "3.5", "900,000", "$", "-", "--", "Jan.", "F.", "e.g.", "é", "Ü", "\xff", "(", ")", "n't", "a",
		"WORD", "\u00a0", "\r\n", "x'", "’s", "…", "中国", ",", "1."}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3100 {
		n := 30
		if i >= 3000 {
			n = 3000 // long enough to be cut
		}
		var b strings.Builder
		for range r.IntN(n) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkInvariants(t, b.String())
	}
}

// TestGolden segments each testdata/*.txt and compares a listing of its
// sentences and tokens with NAME.golden.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			checkInvariants(t, text)
			var b strings.Builder
			sents := Sentences(text)
			toks := Tokens(text, sents)
			k := 0
			for i, s := range sents {
				b.WriteString(strings.ReplaceAll(text[s.Start:s.End], "\n", `\n`))
				b.WriteString("\n   ")
				for ; k < len(toks) && toks[k].Sentence == i; k++ {
					b.WriteString(" " + text[toks[k].Start:toks[k].End])
				}
				b.WriteString("\n")
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
				t.Errorf("segmentation of %s differs from %s (-want +got, run with -update to rewrite):\n%s", f, golden, d)
			}
		})
	}
}

// TestLongSentencesCut checks that a stretch of text without a sentence end
// is cut into sentences of at most MaxSentence (2,000) bytes, at the last
// white space, or after a comma, semicolon or colon in the second half of
// the stretch, and that nothing is lost.
func TestLongSentencesCut(t *testing.T) {
	if MaxSentence != 2000 {
		t.Fatalf("MaxSentence is %d: rewrite the lengths this test wants for it", MaxSentence)
	}
	tests := []struct {
		name string
		text string
		want []int // lengths of the sentences
	}{
		{"short", "Russia said so", []int{14}},
		{"exactly the maximum", strings.Repeat("ab ", 666) + "cc", []int{2000}},
		{"words without an end", strings.Repeat("word ", 1000), []int{1999, 1999, 999}},
		{"after a comma", strings.Repeat("a", 1500) + ", " + strings.Repeat("b ", 250) + strings.Repeat("c", 2000),
			[]int{1501, 499, 2000}},
		{"after a semicolon", strings.Repeat("a ", 600) + "a; " + strings.Repeat("b ", 600), []int{1202, 1199}},
		{"one long word", strings.Repeat("x", 2010), []int{2000, 10}},
		{"one long word of runes", "a" + strings.Repeat("é", 2000), []int{1999, 2000, 2}},
		{"ends still split", strings.Repeat("a ", 1200) + "end. The rest.", []int{1999, 404, 9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkInvariants(t, tt.text)
			var got []int
			for _, s := range Sentences(tt.text) {
				got = append(got, s.End-s.Start)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentence lengths %v, want %v", got, tt.want)
			}
		})
	}
}
