package ner

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"dyad"
	"dyad/gazetteer"
	"dyad/segment"
)

// naiveScore sums the weights of the features of s.static and s.dynamic
// one by one: the definition scoreToken must agree with.
func naiveScore(m *Model, s *sentence, i, prev1, prev2 int) [numTags]int32 {
	feats := s.static(nil, i)
	feats = s.dynamic(feats, i, prev1, prev2)
	var sc [numTags]int32
	for _, f := range feats {
		w := m.weights(f)
		for t := range numTags {
			sc[t] += w[t]
		}
	}
	return sc
}

// TestScoreToken checks the packed, dense scoring against the naive sum
// for every token and every pair of previous tags, on texts of several
// kinds, with the shipped model and a tiny one.
func TestScoreToken(t *testing.T) {
	shipped, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"President Joe Biden met Chancellor Olaf Scholz on Monday in Berlin.",
		"THE BANK OF ENGLAND SAID ON TUESDAY IT WOULD RAISE RATES",
		"Shares of General Motors Corp rose 3 percent, said analyst John Smith of Merrill Lynch.",
		"Ümit Özdemir traf Angela Merkel in Köln. \xff\xfe Mr. \x00 X.",
		"The Ministry of Defence said the U.S.-led coalition struck Mosul, Iraq's second city.",
		"a b c d e f g h i j k l m n o p q r s t u v w x y z",
		"X",
		"",
	}
	for _, m := range []*Model{shipped, tinyModel(t)} {
		var s sentence
		mm := new(memo)
		mm.reset(m)
		for _, text := range texts {
			toks := segment.Tokens(text, segment.Sentences(text))
			known := gazetteer.Match(text, toks)
			s.load(text, toks, known, m)
			for i := range toks {
				for p1 := range numPrev {
					for _, p2 := range []int{tagO, tagBPer, tagIOrg, tagStart} {
						want := naiveScore(m, &s, i, p1, p2)
						// Twice: the first may fill the memo, the
						// second reads it.
						for range 2 {
							var got [numTags]int32
							m.scoreToken(&got, &s, i, p1, p2, mm)
							if got != want {
								t.Fatalf("%q token %d prev %d,%d: scores %v, want %v", text, i, p1, p2, got, want)
							}
						}
					}
				}
			}
		}
	}
}

// tinyModel trains a model on a few sentences, with weights at the ends
// of the int8 range.
func tinyModel(t *testing.T) *Model {
	t.Helper()
	var exs []Example
	for _, line := range []string{
		"John Smith visited Paris . B-PER I-PER O B-LOC O",
		"Acme Corp hired Mary Jones . B-ORG I-ORG O B-PER I-PER O",
		"GERMAN TEAM BEATS ITALY B-MISC O O B-LOC",
	} {
		f := strings.Fields(line)
		words, tags := f[:len(f)/2], f[len(f)/2:]
		text := strings.Join(words, " ")
		toks := segment.Tokens(text, segment.Sentences(text))
		if len(toks) != len(tags) {
			t.Fatalf("%q: %d tokens for %d tags", text, len(toks), len(tags))
		}
		exs = append(exs, Example{Text: text, Tokens: toks, Known: gazetteer.Match(text, toks), Tags: tags})
	}
	m, err := Train(t.Context(), exs, TrainConfig{Epochs: 3, ClipQuantile: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestJoin checks the merge of ordered mentions against the stable sort
// of their concatenation, on random mentions, and the sort of unordered
// ones.
func TestJoin(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	byStart := func(a, b dyad.Mention) int { return a.Start - b.Start }
	gen := func(n int, tag string) []dyad.Mention {
		var ms []dyad.Mention
		for range n {
			s := rng.IntN(20)
			ms = append(ms, dyad.Mention{Span: dyad.Span{Start: s, End: s + rng.IntN(5)}, Text: tag + string(rune('a'+len(ms)))})
		}
		return ms
	}
	for n := range 3000 {
		known, add := gen(rng.IntN(8), "k"), gen(rng.IntN(6), "f")
		if n%3 != 0 {
			slices.SortStableFunc(known, byStart)
			slices.SortStableFunc(add, byStart)
		}
		drop := make([]bool, len(known))
		var want []dyad.Mention
		for j := range known {
			drop[j] = rng.IntN(4) == 0
			if !drop[j] {
				want = append(want, known[j])
			}
		}
		want = append(want, add...)
		slices.SortStableFunc(want, byStart)
		if got := join(nil, known, drop, add); !slices.Equal(got, want) {
			t.Fatalf("join(%v, %v, %v) = %v, want %v", known, drop, add, got, want)
		}
	}
}

// TestCaseAt checks the word-at-a-time caseAt against caseOf on words at
// every position of texts, near their ends and across non-ASCII bytes.
func TestCaseAt(t *testing.T) {
	texts := []string{
		"", "a", "A", "7", "iPhone said McDonald's U.S. 10-K",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz @[`{ 0123456789",
		"Zürich Ärzte straße ÉCOLE école 北京 Ωmega", "\xff\xfeA\x80a", "@@@@@@@@[[[[````{{{{",
	}
	for _, text := range texts {
		for start := 0; start <= len(text); start++ {
			for end := start; end <= len(text); end++ {
				up, lo := caseAt(text, start, end)
				wantUp, wantLo := caseOf(text[start:end])
				if up != wantUp || lo != wantLo {
					t.Fatalf("caseAt(%q, %d, %d) = %v, %v; caseOf(%q) = %v, %v",
						text, start, end, up, lo, text[start:end], wantUp, wantLo)
				}
			}
		}
	}
}

// TestScan checks which sentences scan lets the tagger pass over: those
// with no capital, and those whose only capital is a common word at the
// start of running text.
func TestScan(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"", false},
		{"prices fell again .", false},
		{"The market fell .", false},
		{"In the end prices fell .", false},
		{"iPhone sales fell .", false},   // no token starts with a capital
		{"The iPhone sold well .", true}, // a capital inside a later word
		{"The Fed met .", true},
		{"Iran said so .", true},    // a name at the start
		{"THE MARKET FELL .", true}, // a headline
		{"A 1 2 .", true},           // a headline too: no lower case
	} {
		s := new(sentence)
		toks := segment.Tokens(tt.text, segment.Sentences(tt.text))
		if got := s.scan(tt.text, toks, m); got != tt.want {
			t.Errorf("scan(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// refWordInfo computes what wordInfo fills by the definitions, rune by
// rune with package unicode: the check of its ASCII fast path.
func refWordInfo(w string) tokInfo {
	var ti tokInfo
	lw, form, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last rune = -1
	lower := false
	for _, r := range w {
		form = (form ^ uint64(r)) * fnvPrime
		lr, s := r, r
		switch {
		case unicode.IsUpper(r):
			s, lr = 'X', unicode.ToLower(r)
			ti.flags |= flagLetter | flagHasUpper
			if ti.n == 0 {
				ti.flags |= flagCap
			}
		case unicode.IsLetter(r):
			s, lower = 'x', true
			ti.flags |= flagLetter
		case unicode.IsDigit(r):
			s = 'd'
			ti.flags |= flagDigit
		}
		lw = (lw ^ uint64(lr)) * fnvPrime
		if s != last {
			shape = (shape ^ uint64(s)) * fnvPrime
			last = s
		}
		if ti.n < 4 {
			ti.pre[ti.n] = lw
		}
		ti.n++
	}
	for k := ti.n; k < 4; k++ {
		ti.pre[k] = lw
	}
	if ti.flags&flagLetter != 0 && !lower {
		ti.flags |= flagAllCaps
	}
	ti.lw, ti.form, ti.shape = lw, form, shape
	ti.shid, ti.wid = shapeID(shape), wordID(lw)
	return ti
}

// TestWordInfo checks wordInfo against refWordInfo on ASCII, non-ASCII
// and invalid words, and the ids of the common shapes and words.
func TestWordInfo(t *testing.T) {
	words := []string{
		"", "a", "A", "the", "The", "THE", "said", "U.S.", "10-K", "McDonald's",
		"iPhone", "1,234.5", "Zürich", "ÄRZTE", "straße", "北京", "Ωmega",
		"a\xffb", "\xff", "Ab\u0301c", "x9Ü", "---", "Xx-Xx", "O'Neill",
	}
	for _, w := range words {
		var got tokInfo
		wordInfo(w, &got)
		if want := refWordInfo(w); got != want {
			t.Errorf("wordInfo(%q) = %+v, want %+v", w, got, want)
		}
	}
	for _, tt := range []struct {
		word          string
		shape, common string // the common shape and word, "" for none
	}{
		{"said", "x", "said"},
		{"Said", "Xx", "said"},
		{",", ",", ","},
		{"U.S.", "X.X.", "u.s."},
		{"1,234", "d,d", ""},
		{"Vodafone", "Xx", ""},
		{"McDonald", "XxXx", ""},
		{"Zürich", "Xx", ""},
		{"O'Neill", "", ""},
	} {
		var ti tokInfo
		wordInfo(tt.word, &ti)
		wantShape, wantWord := uint8(0), uint8(0)
		if k := slices.Index(commonShapes[:], tt.shape); k >= 0 {
			wantShape = uint8(k + 3)
		}
		if k := slices.Index(commonWords[:], tt.common); k >= 0 {
			wantWord = uint8(k + 3)
		}
		if ti.shid != wantShape || ti.wid != wantWord {
			t.Errorf("%q: shape id %d, word id %d; want %d, %d", tt.word, ti.shid, ti.wid, wantShape, wantWord)
		}
	}
	if padBefore.shid != shapeID(padBefore.shape) || padAfter.wid != wordID(padAfter.lw) {
		t.Error("the pads' ids are not those of their hashes")
	}
}

// TestScanFlags checks the case flags scan records, by its one-load path
// for short words and the general one, against caseOf.
func TestScanFlags(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Zürich's ÉCOLE met iPhone makers in NEW YORK-based McDonald's HQ.",
		"abcdefghIJ Abcdefghijklmnop x X 1 . A",
		"ALL CAPS HEADLINE WITH NUMBERS 10-K AND Ü",
		"\xffA b\xfe C",
		"short",
		"S",
	} {
		s := new(sentence)
		toks := segment.Tokens(text, segment.Sentences(text))
		s.scan(text, toks, m)
		anyUp, anyLo := false, false
		for i, tk := range toks {
			up, lo := caseOf(text[tk.Start:tk.End])
			anyUp, anyLo = anyUp || up, anyLo || lo
			if s.upper[i] != up {
				t.Errorf("%q token %q: upper %v, want %v", text, text[tk.Start:tk.End], s.upper[i], up)
			}
		}
		if want := anyUp && !anyLo; s.caps != want {
			t.Errorf("%q: caps %v, want %v", text, s.caps, want)
		}
	}
}

// TestBest checks best against the plain search over the allowed tags,
// on random scores with many ties.
func TestBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var sc [numTags]int32
		for c := range sc {
			sc[c] = int32(rng.IntN(4)) - 2
		}
		prev := rng.IntN(numPrev)
		want := -1
		for c := range numTags {
			if allowed(prev, c) && (want < 0 || sc[c] > sc[want]) {
				want = c
			}
		}
		if got := best(&sc, prev); got != want {
			t.Fatalf("best(%v, %d) = %d, want %d", sc, prev, got, want)
		}
	}
}

// TestMemoGrows checks that a memo grows as it misses, up to its bound,
// and that the scores stay those of the naive sum meanwhile.
func TestMemoGrows(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	mm := new(memo)
	mm.reset(m)
	if len(mm.entries) != 1<<minMemoBits {
		t.Fatalf("new memo: %d entries, want %d", len(mm.entries), 1<<minMemoBits)
	}
	var s sentence
	var b strings.Builder
	for k := range 40000 {
		b.Reset()
		fmt.Fprintf(&b, "Mr Zq%dx met Yw%d of Vk%d Corp .", k, k*7, k*13)
		text := b.String()
		toks := segment.Tokens(text, segment.Sentences(text))
		s.load(text, toks, nil, m)
		for i := range toks {
			var got [numTags]int32
			m.scoreToken(&got, &s, i, tagO, tagBPer, mm)
			if k%500 == 0 {
				if want := naiveScore(m, &s, i, tagO, tagBPer); got != want {
					t.Fatalf("%q token %d: scores %v, want %v", text, i, got, want)
				}
			}
		}
	}
	if len(mm.entries) != 1<<maxMemoBits {
		t.Errorf("memo after many misses: %d entries, want %d", len(mm.entries), 1<<maxMemoBits)
	}
}
