package syntax

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// Selector picks the sentences worth parsing: Sentences reports, for each
// sentence of a, whether to parse it. The event coder offers one
// (events.Candidates) that runs its own pattern matching.
type Selector interface {
	Sentences(a *dyad.Analysis) []bool
}

// A VerbSelector is a Selector that also names sentences worth parsing
// only when the tagger reads one of some of their words as a verb: the
// stage tags those and parses the ones where it does, which costs a
// fraction of parsing them all (the event coder's lexicon codes only at
// the verbs of a parse, and many of its verb forms are nouns as often:
// "trade", "export", "fund").
type VerbSelector interface {
	Selector
	// SentencesIfVerb reports, for each sentence of a, whether to parse
	// it (keep), and, for a sentence not kept, the tokens (indexes into
	// a.Tokens) of which one must be tagged VERB for it to be parsed
	// (ifVerb; nil or empty for none). ifVerb may be shorter than keep.
	SentencesIfVerb(a *dyad.Analysis) (keep []bool, ifVerb [][]int)
}

// Stage returns the stage named "syntax". For each sentence that sel
// selects (every sentence when sel is nil) it parses the segmenter's tokens
// of a.Tokens with m and appends a [dyad.Parse] to a.Syntax, which it
// replaces. Tokens are adapted to the UD English EWT tokenisation first
// (see [Words]); every word keeps its byte span. The stage checks ctx
// between sentences, and it fails, naming the sentence, when m returns
// something that is not a tree over the words it was given.
func Stage(m *Model, sel Selector) dyad.Stage {
	return &stage{m: m, sel: sel}
}

type stage struct {
	m   *Model
	sel Selector
}

func (s *stage) Name() string { return "syntax" }

func (s *stage) Run(ctx context.Context, a *dyad.Analysis) error {
	a.Syntax = nil
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(a.Tokens) == 0 || len(a.Sentences) == 0 {
		return nil
	}
	var keep []bool
	var ifVerb [][]int
	switch sel := s.sel.(type) {
	case nil:
		keep = everySentence(a)
	case VerbSelector:
		keep, ifVerb = sel.SentencesIfVerb(a)
	default:
		keep = sel.Sentences(a)
	}
	if !slices.Contains(keep, true) && !slices.ContainsFunc(ifVerb, func(v []int) bool { return len(v) > 0 }) {
		return nil
	}
	if s.m == nil {
		return errors.New("no model")
	}
	text, toks := a.Article.Text, a.Tokens
	var forms, fixedBuf []string
	var namesBuf [][2]int
	mi := 0 // the first mention that may hold a word of this sentence
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].Sentence == toks[i].Sentence {
			j++
		}
		si := toks[i].Sentence
		var gate []int // the tokens one of which must be a verb
		if si >= 0 && si < len(ifVerb) && (si >= len(keep) || !keep[si]) {
			gate = ifVerb[si]
		}
		if si < 0 || (si >= len(keep) || !keep[si]) && len(gate) == 0 {
			i = j
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		words := Words(text, toks, i, j)
		if len(words) > 0 {
			forms = forms[:0]
			for _, w := range words {
				forms = append(forms, modelForm(w.Text))
			}
			var fixed []string
			fixed, mi = s.namesFixed(a.Mentions, mi, words, forms, fixedBuf)
			if fixed != nil {
				fixedBuf = fixed
			}
			h := Hints{Fixed: fixed, Names: nameSpans(a.Mentions, mi, words, namesBuf[:0])}
			namesBuf = h.Names
			if gate != nil {
				h.IfVerb, h.Gated = wordsOf(words, gate), true
			}
			out := s.m.ParseHinted(forms, h)
			if out == nil {
				i = j
				continue
			}
			if v := verbless(out, s.m.verbForm); v >= 0 {
				// a sentence of news has a verb: tag the likeliest one so
				// and parse again
				fx := make([]string, len(forms))
				copy(fx, h.Fixed)
				fx[v] = "VERB"
				h.Fixed, h.Gated = fx, false
				out = s.m.ParseHinted(forms, h)
			}
			mainClause(out)
			if err := tree(out, len(forms)); err != nil {
				return fmt.Errorf("sentence %d at byte %d: %w", si, words[0].Start, err)
			}
			for k, w := range out {
				words[k].Lemma, words[k].UPOS, words[k].XPOS, words[k].Feats = w.Lemma, w.UPOS, w.XPOS, w.Feats
				words[k].Head, words[k].Rel = w.Head, w.Rel
			}
			a.Syntax = append(a.Syntax, dyad.Parse{Sentence: si, Words: words})
		}
		i = j
	}
	return nil
}

// namesFixed returns the tags the words of one sentence take before
// tagging (see [Model.ParseFixed]): a capitalised word the tagger never saw
// in training inside a name the earlier stages found is a proper noun
// (PROPN), or an adjective (ADJ) inside a demonym ("Dagolathi"); "" for the
// others. ms are sorted by start (as dyad.Analysis keeps them); from is
// the first that may hold a word of this sentence, and the one for the
// next sentence is returned. fixed is nil when no word is fixed.
func (s *stage) namesFixed(ms []dyad.Mention, from int, words []dyad.SyntaxWord, forms, buf []string) ([]string, int) {
	if len(words) == 0 {
		return nil, from
	}
	start, end := words[0].Start, words[len(words)-1].End
	for from < len(ms) && ms[from].End <= start {
		from++
	}
	buf = buf[:0]
	some := false
	for k, w := range words {
		tag := ""
		for j := from; j < len(ms) && ms[j].Start < end; j++ {
			m := &ms[j]
			if m.Start > w.Start || m.End < w.End {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w.Text); !unicode.IsUpper(r) || s.m.Known(forms[k]) {
				break
			}
			switch m.Kind {
			case dyad.KindPerson, dyad.KindCountry, dyad.KindOrg, dyad.KindLocation:
				tag = "PROPN"
			case dyad.KindNationality:
				tag = "ADJ"
				if pluralPeople(w.Text) {
					// "thousands of Serbians demonstrated": a people in
					// the plural is a noun, as EWT tags "Americans"
					tag = "PROPN"
				}
			}
			break
		}
		if tag != "" {
			some = true
		}
		buf = append(buf, tag)
	}
	if !some {
		return nil, from
	}
	return buf, from
}

// nameSpans appends to out the spans of words, [start, end), of the names
// of two words or more that the mentions of ms make in one sentence (see
// [Hints]): a mention of a person, country, organisation, place or
// nationality, joined with the mentions right after it when they name a
// person ("U.S. Treasury Secretary" "James Baker", "Bundesbank" "President
// Karl Otto Poehl") or follow a nationality ("Soviet" "Foreign Ministry"),
// and ending in a capitalised word. ms are sorted by start; the mentions
// from from on may hold words of this sentence (see namesFixed).
func nameSpans(ms []dyad.Mention, from int, words []dyad.SyntaxWord, out [][2]int) [][2]int {
	if len(words) == 0 {
		return out
	}
	end := words[len(words)-1].End
	w := 0 // the first word that may start the next mention
	open := -1
	var prev dyad.MentionKind
	last := -1 // the last word of the name being built
	flush := func() {
		if open >= 0 && last-open >= 1 {
			if r, _ := utf8.DecodeRuneInString(words[last].Text); unicode.IsUpper(r) {
				out = append(out, [2]int{open, last + 1})
			}
		}
		open, last = -1, -1
	}
	for j := from; j < len(ms) && ms[j].Start < end; j++ {
		m := &ms[j]
		switch m.Kind {
		case dyad.KindPerson, dyad.KindCountry, dyad.KindOrg, dyad.KindLocation, dyad.KindNationality:
		default:
			continue
		}
		for w < len(words) && words[w].Start < m.Start {
			w++
		}
		if w == len(words) || words[w].Start != m.Start {
			continue // the mention starts inside a word
		}
		e := w
		for e+1 < len(words) && words[e+1].End <= m.End {
			e++
		}
		if words[e].End != m.End {
			continue
		}
		if open >= 0 && w == last+1 && (m.Kind == dyad.KindPerson || prev == dyad.KindNationality) {
			last = e
		} else {
			flush()
			open, last = w, e
		}
		prev = m.Kind
		w = e + 1
	}
	flush()
	return out
}

// wordsOf returns the indexes of the words that the tokens toks begin
// (the words of one sentence, from Words).
func wordsOf(words []dyad.SyntaxWord, toks []int) []int {
	var out []int
	for k, w := range words {
		if (k == 0 || words[k-1].Token != w.Token) && slices.Contains(toks, w.Token) {
			out = append(out, k)
		}
	}
	return out
}

// tree reports whether ws is a dependency tree over n words: one word per
// form, heads inside the sentence, exactly one root, no cycle.
func tree(ws []Word, n int) error {
	if len(ws) != n {
		return fmt.Errorf("the model returned %d words for %d", len(ws), n)
	}
	roots := 0
	for i, w := range ws {
		switch {
		case w.Head == -1:
			roots++
		case w.Head < 0 || w.Head >= n || w.Head == i:
			return fmt.Errorf("word %d %q has head %d, outside the sentence of %d words", i, w.Form, w.Head, n)
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d roots, want 1", roots)
	}
	// with one root and n-1 other arcs, the graph is a tree when every
	// word reaches the root
	state := make([]byte, n) // 0 unknown, 1 on the current path, 2 reaches the root
	for i := range ws {
		var path []int
		j := i
		for j >= 0 && state[j] == 0 {
			state[j] = 1
			path = append(path, j)
			j = ws[j].Head
		}
		if j >= 0 && state[j] == 1 {
			return fmt.Errorf("word %d %q is in a cycle", j, ws[j].Form)
		}
		for _, p := range path {
			state[p] = 2
		}
	}
	return nil
}

// everySentence reports true for every sentence of a that has tokens.
func everySentence(a *dyad.Analysis) []bool {
	keep := make([]bool, len(a.Sentences))
	for _, t := range a.Tokens {
		if t.Sentence >= 0 && t.Sentence < len(keep) {
			keep[t.Sentence] = true
		}
	}
	return keep
}

// Words cuts tokens toks[from:to] of text, one sentence, into the words of
// the UD English Web Treebank, on which the model was trained, each with
// its byte span and the index of its token. Only Token, Start, End and
// Text are set, and Text is always text[Start:End]. The segmenter already
// splits clitics as the treebank does ("ca" "n't", "China" "'s"); Words
// further
//   - splits hyphenated compounds at each hyphen ("well-known" -> "well" "-"
//     "known", "al-Qaeda" -> "al" "-" "Qaeda"), except after a prefix
//     ("pro-Russian", "non-stop", "e-mail") and between digits
//     ("713-853-1234", "1990-91");
//   - splits "cannot", "gonna", "wanna" and "gotta" ("can" "not", "gon"
//     "na");
//   - joins a run of marks written together into one word ("...", "--",
//     "!!!", two apostrophes as a closing quote).
func Words(text string, toks []dyad.Token, from, to int) []dyad.SyntaxWord {
	out := make([]dyad.SyntaxWord, 0, to-from+2)
	add := func(tok, s, e int) {
		out = append(out, dyad.SyntaxWord{Token: tok, Span: dyad.Span{Start: s, End: e}, Text: text[s:e]})
	}
	for ti := from; ti < to; ti++ {
		t := toks[ti]
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			continue
		}
		w := text[t.Start:t.End]
		if n := len(out); n > 0 && out[n-1].End == t.Start && joinMarks(out[n-1].Text, w) {
			out[n-1].End = t.End
			out[n-1].Text = text[out[n-1].Start:t.End]
			continue
		}
		if splitAt3(w) {
			add(ti, t.Start, t.Start+3)
			add(ti, t.Start+3, t.End)
			continue
		}
		if strings.IndexByte(w, '-') <= 0 {
			add(ti, t.Start, t.End)
			continue
		}
		// a hyphenated compound: p is where the part before hyphen k
		// starts in w, s where the word being cut starts in text
		s, p := t.Start, 0
		for k := 1; k+1 < len(w); k++ {
			if w[k] != '-' {
				continue
			}
			left, right := w[p:k], upTo(w[k+1:], '-')
			first := p == 0
			p = k + 1
			if left == "" || right == "" || first && prefixes[strings.ToLower(left)] || digits(left) && digits(right) {
				continue
			}
			add(ti, s, t.Start+k)
			add(ti, t.Start+k, t.Start+k+1)
			s = t.Start + k + 1
		}
		add(ti, s, t.End)
	}
	return out
}

// splitAt3 reports whether the treebank writes w as two words, the first
// of three letters: "cannot", "gonna", "wanna", "gotta".
func splitAt3(w string) bool {
	if len(w) != 5 && len(w) != 6 {
		return false
	}
	for _, x := range [...]string{"cannot", "gonna", "wanna", "gotta"} {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// prefixes are the first parts after which the treebank keeps a hyphenated
// word whole.
var prefixes = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Fields(`a anti arch bi co counter cross cyber de e eco ex extra hyper inter
		intra macro mega micro mid mini mis multi neo non over pan post pre pro pseudo psycho quasi re
		semi socio sub super trans tri ultra un under uni`) {
		m[p] = true
	}
	return m
}()

// digits reports whether s is a non-empty run of ASCII digits, with the
// separators of a number.
func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// upTo returns s up to the first c.
func upTo(s string, c byte) string {
	if i := strings.IndexByte(s, c); i >= 0 {
		return s[:i]
	}
	return s
}

// joinMarks reports whether the mark w, written right after prev, makes
// one word with it: a run of full stops, question and exclamation marks
// ("...", "?!"), or of one repeated mark ("--", "**", two apostrophes or
// backquotes).
func joinMarks(prev, w string) bool {
	if len(w) != 1 || prev == "" {
		return false
	}
	c := w[0]
	if strings.IndexByte(".!?", c) >= 0 {
		for i := 0; i < len(prev); i++ {
			if strings.IndexByte(".!?", prev[i]) < 0 {
				return false
			}
		}
		return true
	}
	if strings.IndexByte("-*=_<>`'~#", c) < 0 {
		return false
	}
	for i := 0; i < len(prev); i++ {
		if prev[i] != c {
			return false
		}
	}
	return true
}

// modelForm is the form the model sees for a word: curly quotes and
// apostrophes straight, as the treebank mostly writes them.
func modelForm(w string) string {
	if strings.IndexByte(w, 0xE2) < 0 {
		return w
	}
	return quotes.Replace(w)
}

var quotes = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

// pluralPeople reports whether a demonym's form is a people in the plural
// ("Serbians", "Israelis", "Kurds"), not an adjective that ends in s
// ("Swiss").
func pluralPeople(form string) bool {
	n := len(form)
	return n > 3 && form[n-1] == 's' && form[n-2] != 's' && form[n-2] != '\''
}
