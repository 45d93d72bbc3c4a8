package syntax

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// tokens returns the spans of words, found in order in text, as tokens of
// sentence 0.
func tokens(t testing.TB, text string, words ...string) []dyad.Token {
	t.Helper()
	var out []dyad.Token
	at := 0
	for _, w := range words {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Fatalf("token %q not found in %q after byte %d", w, text, at)
		}
		out = append(out, dyad.Token{Start: at + i, End: at + i + len(w)})
		at += i + len(w)
	}
	return out
}

func TestWords(t *testing.T) {
	for _, tt := range []struct {
		text string
		toks []string // the segmenter's tokens
		want string   // the words, separated by spaces
	}{
		{"We can't go.", []string{"We", "ca", "n't", "go", "."}, "We ca n't go ."},
		{"I cannot go.", []string{"I", "cannot", "go", "."}, "I can not go ."},
		{"Cannot, gonna, wanna, gotta", []string{"Cannot", ",", "gonna", ",", "wanna", ",", "gotta"}, "Can not , gon na , wan na , got ta"},
		{"canNOT gonnas", []string{"canNOT", "gonnas"}, "can NOT gonnas"},
		{"a well-known pro-Russian al-Qaeda e-mail", []string{"a", "well-known", "pro-Russian", "al-Qaeda", "e-mail"},
			"a well - known pro-Russian al - Qaeda e-mail"},
		{"a 10-year-old anti-government-led", []string{"a", "10-year-old", "anti-government-led"},
			"a 10 - year - old anti-government - led"},
		{"call 713-853-1234 in 1990-91 or 1,000-2,000", []string{"call", "713-853-1234", "in", "1990-91", "or", "1,000-2,000"},
			"call 713-853-1234 in 1990-91 or 1,000-2,000"},
		{"Non-Indian-born x-ray", []string{"Non-Indian-born", "x-ray"}, "Non-Indian - born x - ray"},
		{"Wait... what?! No!!!", []string{"Wait", ".", ".", ".", "what", "?", "!", "No", "!", "!", "!"}, "Wait ... what ?! No !!!"},
		{"win -- now - - then", []string{"win", "-", "-", "now", "-", "-", "then"}, "win -- now - - then"},
		{"``hi'' farmers' ''", []string{"`", "`", "hi", "'", "'", "farmers", "'", "'", "'"}, "`` hi '' farmers ' ''"},
		{"ok.? -. **", []string{"ok", ".", "?", "-", ".", "*", "*"}, "ok .? - . **"},
		{"", nil, ""},
	} {
		toks := tokens(t, tt.text, tt.toks...)
		ws := Words(tt.text, toks, 0, len(toks))
		var got []string
		for _, w := range ws {
			got = append(got, w.Text)
			if w.Text != tt.text[w.Start:w.End] {
				t.Errorf("%q: word %+v: text is not text[start:end]", tt.text, w)
			}
			if tk := toks[w.Token]; w.Start < tk.Start || w.Start >= tk.End {
				t.Errorf("%q: word %+v does not start inside its token %+v", tt.text, w, tk)
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Words(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// analysis builds an analysis of sentences, each given as its tokens
// separated by spaces; mentions are "sentence:word:kind:actor".
func analysis(t testing.TB, sents []string, mentions ...string) *dyad.Analysis {
	t.Helper()
	a := &dyad.Analysis{Article: dyad.Article{ID: "t"}}
	var text strings.Builder
	var starts [][]int // by sentence, the start of each token
	for si, s := range sents {
		if si > 0 {
			text.WriteByte(' ')
		}
		a.Sentences = append(a.Sentences, dyad.Sentence{Span: dyad.Span{Start: text.Len()}})
		var st []int
		for i, w := range strings.Fields(s) {
			if i > 0 {
				text.WriteByte(' ')
			}
			st = append(st, len(a.Tokens))
			a.Tokens = append(a.Tokens, dyad.Token{Start: text.Len(), End: text.Len() + len(w), Sentence: si})
			text.WriteString(w)
		}
		starts = append(starts, st)
		a.Sentences[si].End = text.Len()
	}
	a.Article.Text = text.String()
	for _, m := range mentions {
		var si, wi, we int
		var kind, actor string
		f := strings.Split(m, ":")
		fmt.Sscan(f[0], &si)
		from, to, span := strings.Cut(f[1], "-") // "3" or "3-5", the words of the mention
		fmt.Sscan(from, &wi)
		we = wi
		if span {
			fmt.Sscan(to, &we)
		}
		kind, actor = f[2], f[3]
		tk, te := a.Tokens[starts[si][wi]], a.Tokens[starts[si][we]]
		a.Mentions = append(a.Mentions, dyad.Mention{Sentence: si, Kind: dyad.MentionKind(kind), Span: dyad.Span{Start: tk.Start, End: te.End}, Text: a.Article.Text[tk.Start:te.End], Actor: actor})
	}
	return a
}

// wordSelector selects the sentences that hold its word.
type wordSelector string

func (w wordSelector) Sentences(a *dyad.Analysis) []bool {
	keep := make([]bool, len(a.Sentences))
	for _, tk := range a.Tokens {
		if a.Article.Text[tk.Start:tk.End] == string(w) && tk.Sentence < len(keep) {
			keep[tk.Sentence] = true
		}
	}
	return keep
}

var testSelection = wordSelector("attacked")

// TestStageNothingSelected runs the stage with no model over sentences
// that are not selected: it must not need the model at all.
func TestStageNothingSelected(t *testing.T) {
	a := analysis(t, []string{"Nothing happened .", "Russia wept ."}, "1:0:COUNTRY:RUS")
	a.Syntax = []dyad.Parse{{Sentence: 0}}
	if err := Stage(nil, testSelection).Run(context.Background(), a); err != nil || a.Syntax != nil {
		t.Errorf("Run = %v, syntax %v; want nil, nil", err, a.Syntax)
	}
	if err := Stage(nil, nil).Run(context.Background(), a); err == nil {
		t.Error("a stage without a model parsed something")
	}
}

// model returns the built-in model.
func model(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// checkParses checks what the stage promises of every parse in a: words
// inside their sentence and in order, text that is the article's, heads
// inside the sentence, one root, no cycle.
func checkParses(t testing.TB, a *dyad.Analysis) {
	t.Helper()
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	prev := -1
	for _, p := range a.Syntax {
		if p.Sentence <= prev {
			t.Fatalf("parse of sentence %d after sentence %d", p.Sentence, prev)
		}
		prev = p.Sentence
		s := a.Sentences[p.Sentence]
		ws := make([]Word, len(p.Words))
		end := s.Start
		for i, w := range p.Words {
			if w.Start < end || w.End > s.End || w.Start >= w.End || w.Text != a.Article.Text[w.Start:w.End] {
				t.Fatalf("sentence %d [%d, %d): word %d %+v out of place", p.Sentence, s.Start, s.End, i, w)
			}
			if w.UPOS == "" || w.Rel == "" {
				t.Fatalf("sentence %d: word %d %+v has no tag or relation", p.Sentence, i, w)
			}
			end = w.End
			ws[i] = Word{Form: w.Text, Head: w.Head}
		}
		if err := tree(ws, len(ws)); err != nil {
			t.Fatalf("sentence %d: %v", p.Sentence, err)
		}
	}
}

func TestStage(t *testing.T) {
	m := model(t)
	a := analysis(t, []string{
		"Russia attacked Ukraine on Monday .",
		"It rained .",
		"The rebels cannot have attacked the well-known police station ...",
	}, "0:0:COUNTRY:RUS", "0:2:COUNTRY:UKR")
	a.Syntax = []dyad.Parse{{Sentence: 1}} // replaced
	if err := Stage(m, testSelection).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	checkParses(t, a)
	if len(a.Syntax) != 2 || a.Syntax[0].Sentence != 0 || a.Syntax[1].Sentence != 2 {
		t.Fatalf("parsed sentences %+v, want 0 and 2", a.Syntax)
	}
	var got []string
	for _, w := range a.Syntax[1].Words {
		got = append(got, fmt.Sprintf("%s@%d/%d", w.Text, w.Start, w.Token))
	}
	// "cannot" (token 12) is two words, "well-known" (token 17) three,
	// "..." one
	want := "The@48/9 rebels@52/10 can@59/11 not@62/11 have@66/12 attacked@71/13 the@80/14 well@84/15 -@88/15 known@89/15 police@95/16 station@102/17 ...@110/18"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("words\n got %s\nwant %s", g, want)
	}
	w := a.Syntax[0].Words
	if w[1].Text != "attacked" || w[1].Head != -1 || w[1].Rel != "root" || w[1].Lemma != "attack" || w[1].UPOS != "VERB" {
		t.Errorf("'attacked' is not the root verb: %+v", w[1])
	}
	if w[0].Head != 1 || w[0].Rel != "nsubj" || w[2].Head != 1 || w[2].Rel != "obj" {
		t.Errorf("subject and object: %+v %+v", w[0], w[2])
	}
	// every sentence without a selection
	if err := Stage(m, nil).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	checkParses(t, a)
	if len(a.Syntax) != 3 {
		t.Errorf("Stage(m, nil) parsed %d of 3 sentences", len(a.Syntax))
	}
}

// countCtx is a context that is cancelled once Err has been asked n times.
type countCtx struct {
	context.Context
	n int
}

func (c *countCtx) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

func TestStageContext(t *testing.T) {
	m := model(t)
	sents := make([]string, 50)
	for i := range sents {
		sents[i] = "The rebels attacked the police ."
	}
	a := analysis(t, sents)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Stage(m, nil).Run(ctx, a); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before: %v", err)
	}
	// cancelled after the third sentence: the stage stops between sentences
	if err := Stage(m, testSelection).Run(&countCtx{Context: context.Background(), n: 4}, a); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled during: %v", err)
	}
	if len(a.Syntax) != 3 {
		t.Errorf("%d sentences parsed before the cancel, want 3", len(a.Syntax))
	}
}

// FuzzWords cuts arbitrary text into tokens as the segmenter roughly does
// and checks that the words cover the tokens exactly, in order.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"I cannot go -- well-known pro-Russian 713-853-1234...", "a-b-c-d ''x'' ?!?", "-", "’s gonna‐x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var toks []dyad.Token
		for i := 0; i < len(text); {
			r, w := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += w
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				j := i + w
				for j < len(text) {
					r, w := utf8.DecodeRuneInString(text[j:])
					if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' && j+1 < len(text) && text[j+1] != '-') {
						break
					}
					j += w
				}
				toks = append(toks, dyad.Token{Start: i, End: j})
				i = j
			default:
				toks = append(toks, dyad.Token{Start: i, End: i + w})
				i += w
			}
		}
		ws := Words(text, toks, 0, len(toks))
		covered := make([]byte, len(text))
		prevEnd := 0
		for _, w := range ws {
			if w.Start < prevEnd || w.Start >= w.End || w.End > len(text) || w.Text != text[w.Start:w.End] {
				t.Fatalf("word %+v out of place (previous ended at %d)", w, prevEnd)
			}
			prevEnd = w.End
			for k := w.Start; k < w.End; k++ {
				covered[k]++
			}
		}
		for _, tk := range toks {
			for k := tk.Start; k < tk.End; k++ {
				if covered[k] != 1 {
					t.Fatalf("byte %d of token %q is in %d words", k, text[tk.Start:tk.End], covered[k])
				}
			}
		}
	})
}

// verbSelector keeps no sentence, and asks for the parse of each sentence
// where its word stands when the tagger reads that word as a verb.
type verbSelector string

func (w verbSelector) Sentences(a *dyad.Analysis) []bool {
	keep, _ := w.SentencesIfVerb(a)
	return keep
}

func (w verbSelector) SentencesIfVerb(a *dyad.Analysis) ([]bool, [][]int) {
	ifVerb := make([][]int, len(a.Sentences))
	for i, tk := range a.Tokens {
		if a.Article.Text[tk.Start:tk.End] == string(w) {
			ifVerb[tk.Sentence] = append(ifVerb[tk.Sentence], i)
		}
	}
	return make([]bool, len(a.Sentences)), ifVerb
}

// TestStageIfVerb parses the sentences a VerbSelector names only where
// the word it names is tagged a verb, and as it parses every sentence.
func TestStageIfVerb(t *testing.T) {
	m := model(t)
	sents := []string{
		"Japan and Korea trade rice .",
		"The trade talks ended .",
		"It rained .",
	}
	a := analysis(t, sents)
	if err := Stage(m, verbSelector("trade")).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	checkParses(t, a)
	if len(a.Syntax) != 1 || a.Syntax[0].Sentence != 0 {
		t.Fatalf("parsed %+v, want sentence 0 alone", a.Syntax)
	}
	all := analysis(t, sents)
	if err := Stage(m, nil).Run(context.Background(), all); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.Syntax[0], all.Syntax[0]) {
		t.Errorf("the selected parse differs from the parse of every sentence:\n%+v\n%+v", a.Syntax[0], all.Syntax[0])
	}
	if w := all.Syntax[1].Words[1]; w.Text != "trade" || w.UPOS == "VERB" {
		t.Errorf("sentence 1: %+v; the test wants a noun there", w)
	}
	// nothing asked: the model is not needed
	if err := Stage(nil, verbSelector("shelled")).Run(context.Background(), a); err != nil || a.Syntax != nil {
		t.Errorf("Run = %v, syntax %v; want nil, nil", err, a.Syntax)
	}
}

// TestStageFixesNames: a capitalised word the tagger never saw, inside a
// name the actors stage found, is tagged a proper noun before the parse
// (an unknown demonym an adjective, in the plural a proper noun: "thousands
// of Dagolathis marched"); a known word keeps the tagger's tag.
func TestStageFixesNames(t *testing.T) {
	m := model(t)
	sents := []string{
		"Osgiliath welcomed the resumption of ties with Mordor .",
		"The Dagolathi envoy met Russian officials .",
		"Thousands of Dagolathis marched in Osgiliath .",
	}
	bare := analysis(t, sents)
	if err := Stage(m, nil).Run(context.Background(), bare); err != nil {
		t.Fatal(err)
	}
	if w := bare.Syntax[0].Words[0]; w.UPOS == "PROPN" && w.Rel == "nsubj" {
		t.Fatalf("without mentions the unknown name is already a subject (%+v): the test shows nothing", w)
	}
	a := analysis(t, sents, "0:0:COUNTRY:OSG", "0:7:COUNTRY:MOR", "1:1:NATIONALITY:DAG", "1:4:NATIONALITY:RUS",
		"2:2:NATIONALITY:DAG", "2:5:COUNTRY:OSG")
	if err := Stage(m, nil).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	checkParses(t, a)
	for _, tc := range []struct {
		sent, word int
		upos       string
		head       int
		rel        string
	}{
		{0, 0, "PROPN", 1, "nsubj"}, // Osgiliath
		{0, 7, "PROPN", -2, ""},     // Mordor
		{1, 1, "ADJ", -2, ""},       // Dagolathi
		{1, 4, "ADJ", -2, ""},       // Russian: known, the tagger's own
		{2, 2, "PROPN", 0, "nmod"},  // Dagolathis: a people in the plural is a noun
		{2, 0, "NOUN", 3, "nsubj"},  // Thousands: the subject of marched
	} {
		w := a.Syntax[tc.sent].Words[tc.word]
		if w.UPOS != tc.upos || tc.head != -2 && (w.Head != tc.head || w.Rel != tc.rel) {
			t.Errorf("%q: %s %d %s, want %s %d %s", w.Text, w.UPOS, w.Head, w.Rel, tc.upos, tc.head, tc.rel)
		}
	}
}

// TestStageReadsNamesWhole parses a news sentence whose names are long
// titles: read as their last words alone, they take the roles of the
// clause ("Baker met Stoltenberg and Poehl"), which the parser misses when
// it reads every word of them.
func TestStageReadsNamesWhole(t *testing.T) {
	m := model(t)
	sents := []string{"U.S. Treasury Secretary James Baker met West German Finance Minister Gerhard Stoltenberg and Bundesbank President Karl Otto Poehl today in West Germany , the Treasury Department said ."}
	bare := analysis(t, sents)
	if err := Stage(m, nil).Run(context.Background(), bare); err != nil {
		t.Fatal(err)
	}
	if w := bare.Syntax[0].Words[4]; w.Head == 5 && w.Rel == "nsubj" {
		t.Fatalf("without mentions Baker is already the subject (%+v): the test shows nothing", w)
	}
	a := analysis(t, sents, "0:0-2:COUNTRY:USAGOV", "0:3-4:PERSON:USAGOV", "0:6-11:PERSON:DEUGOV",
		"0:13:ORG:", "0:14-17:PERSON:DEUGOV", "0:20-21:COUNTRY:DEU", "0:24-25:ORG:")
	if err := Stage(m, nil).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	checkParses(t, a)
	ws := a.Syntax[0].Words
	for _, tc := range []struct {
		word, head int
		rel        string
	}{
		{4, 5, "nsubj"}, // Baker
		{0, 4, "compound"},
		{3, 4, "compound"},
		{11, 5, "obj"}, // Stoltenberg
		{6, 11, "compound"},
		{17, 11, "conj"}, // Poehl
		{13, 17, "compound"},
		{25, 26, "nsubj"}, // Department
		{20, 21, ""},      // West: inside the name, whatever its relation
	} {
		w := ws[tc.word]
		if w.Head != tc.head || tc.rel != "" && w.Rel != tc.rel {
			t.Errorf("%q: head %d %s, want %d %s", w.Text, w.Head, w.Rel, tc.head, tc.rel)
		}
	}
}

func TestNameSpans(t *testing.T) {
	for _, tc := range []struct {
		name     string
		text     string
		mentions []string // "first-last:KIND", word indexes
		want     [][2]int
	}{
		{"one name", "the Bank of Japan sold dollars", []string{"1-3:ORG"}, [][2]int{{1, 4}}},
		{"one word", "Japan sold dollars", []string{"0-0:COUNTRY"}, nil},
		{"title then person", "U.S. Treasury Secretary James Baker said", []string{"0-2:COUNTRY", "3-4:PERSON"}, [][2]int{{0, 5}}},
		{"organisation then person", "Bundesbank President Karl Otto Poehl said", []string{"0-0:ORG", "1-4:PERSON"}, [][2]int{{0, 5}}},
		{"nationality then organisation", "the Soviet Foreign Ministry said", []string{"1-1:NATIONALITY", "2-3:ORG"}, [][2]int{{1, 4}}},
		{"two countries apart", "talks between West Germany and the United States", []string{"2-3:COUNTRY", "6-7:COUNTRY"}, [][2]int{{2, 4}, {6, 8}}},
		{"organisation then country", "he told Reuters Japan would act", []string{"2-2:ORG", "3-3:COUNTRY"}, nil},
		{"ends in lower case", "the Iraqi forces", []string{"1-2:ORG"}, nil},
		{"a date is no name", "on March 3", []string{"1-2:DATE"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var words []dyad.SyntaxWord
			at := 0
			for _, w := range strings.Fields(tc.text) {
				words = append(words, dyad.SyntaxWord{Span: dyad.Span{Start: at, End: at + len(w)}, Text: w})
				at += len(w) + 1
			}
			var ms []dyad.Mention
			for _, m := range tc.mentions {
				var a, b int
				span, kind, _ := strings.Cut(m, ":")
				fmt.Sscanf(span, "%d-%d", &a, &b)
				ms = append(ms, dyad.Mention{Kind: dyad.MentionKind(kind), Span: dyad.Span{Start: words[a].Start, End: words[b].End}})
			}
			if got := nameSpans(ms, 0, words, nil); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestStageMainClause: the stage reads a news sentence as a clause where
// the parser took its subject for the root.
func TestStageMainClause(t *testing.T) {
	m := model(t)
	forms := []string{"Farmers", "protested", "in", "Multan", "."}
	if ws := m.Parse(forms); ws[1].Head == -1 {
		t.Fatalf("the model alone parses the clause (%+v): the test shows nothing", ws)
	}
	a := analysis(t, []string{strings.Join(forms, " ")})
	if err := Stage(m, nil).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	checkParses(t, a)
	ws := a.Syntax[0].Words
	if ws[1].Head != -1 || ws[0].Head != 1 || ws[0].Rel != "nsubj" {
		t.Errorf("got %+v, want protested the root and Farmers its subject", ws)
	}
}

// A sentence the tagger reads with no verb at all is tagged again with its
// likeliest verb a verb, and parsed again.
func TestStageFindsTheVerb(t *testing.T) {
	m := model(t)
	sents := []string{"Militants set fire to a school in northwest Pakistan ."}
	if out := m.Parse(strings.Fields(sents[0])); slices.ContainsFunc(out, func(w Word) bool { return w.UPOS == "VERB" }) {
		t.Fatalf("the model alone finds a verb (%+v): the test shows nothing", out)
	}
	a := analysis(t, sents)
	if err := Stage(m, nil).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	checkParses(t, a)
	ws := a.Syntax[0].Words
	if w := ws[1]; w.UPOS != "VERB" || w.Rel != "root" {
		t.Errorf("set: %s %s, want the root verb", w.UPOS, w.Rel)
	}
	if w := ws[0]; w.Head != 1 || w.Rel != "nsubj" {
		t.Errorf("Militants: head %d %s, want the subject of set", w.Head, w.Rel)
	}
}
