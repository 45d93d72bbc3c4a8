package annotate

import (
	"cmp"
	"slices"
	"strings"
)

// TermCount is a term with the number of times it occurs.
type TermCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// KWIC is one occurrence of a word in its context (key word in context).
// Start and End are the byte span of Match in the text.
type KWIC struct {
	Left  string `json:"left"`
	Match string `json:"match"`
	Right string `json:"right"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// newScan tokenizes text into a fresh scanner with lexicon lookups done.
func newScan(text string) *scanner {
	sc := &scanner{text: text}
	sc.buf, sc.lower = fold(sc.buf, text)
	sc.toks = tokenize(sc.toks, text)
	sc.lookup()
	return sc
}

// Words returns the number of words in text: runs of letters or digits, a
// hyphenated compound such as "two-day" counting once. It is the Words
// figure of the stage's tone.
func Words(text string) int {
	n := 0
	for _, t := range tokenize(nil, text) {
		if (t.kind == kWord || t.kind == kNum) && !t.hyph {
			n++
		}
	}
	return n
}

// TopTerms returns the n most frequent terms of texts, most frequent first
// (ties in alphabetical order); n <= 0 returns all. Terms are lower-case
// words; stop words, numbers and one-letter words are left out, and a
// possessive 's is dropped. With stem set, plurals are folded into their
// singular by a light suffix stemmer (-ies to -y, -es to -e, -s dropped,
// never after -ss or -us).
func TopTerms(texts []string, n int, stem bool) []TermCount {
	s := NewTermStats(TermOptions{Stem: stem})
	for _, text := range texts {
		s.countTerms(text)
	}
	return s.Top(n)
}

// TermOptions says what a [TermStats] gathers besides the number of
// articles and words.
type TermOptions struct {
	Stem   bool   // count terms with plurals folded into their singular, as [TopTerms] does
	Phrase string // count the occurrences of this word or phrase, as [CountPhrase] does; "" for none
	// KWIC, when set, gathers the concordance lines of this word or phrase
	// ([Concordance]) with Width words of context, MaxKWIC at most (0: no
	// limit), instead of counting terms.
	KWIC    string
	Width   int
	MaxKWIC int
}

// TermStats gathers text statistics over articles given one at a time, so
// that a whole store can be read without holding its texts: the number of
// articles and words, term counts, the occurrences of a phrase, and
// concordance lines.
type TermStats struct {
	Articles int
	Words    int
	Count    int           // occurrences of TermOptions.Phrase
	Lines    []ArticleKWIC // concordance lines of TermOptions.KWIC, in the order added

	opt    TermOptions
	counts map[string]int
	toks   []tok
	buf    []byte
}

// ArticleKWIC is a concordance line with the ID of its article.
type ArticleKWIC struct {
	ArticleID string `json:"article_id"`
	KWIC
}

// NewTermStats returns empty statistics gathering what opt says.
func NewTermStats(opt TermOptions) *TermStats {
	return &TermStats{opt: opt, counts: map[string]int{}}
}

// Add adds the text of article id to the statistics.
func (s *TermStats) Add(id, text string) {
	s.Articles++
	s.Words += Words(text)
	if s.opt.Phrase != "" {
		s.Count += CountPhrase(text, s.opt.Phrase)
	}
	if s.opt.KWIC == "" {
		s.countTerms(text)
		return
	}
	if s.opt.MaxKWIC > 0 && len(s.Lines) >= s.opt.MaxKWIC {
		return
	}
	for _, k := range Concordance(text, s.opt.KWIC, s.opt.Width) {
		if s.opt.MaxKWIC > 0 && len(s.Lines) == s.opt.MaxKWIC {
			break
		}
		s.Lines = append(s.Lines, ArticleKWIC{id, k})
	}
}

// countTerms counts the terms of text.
func (s *TermStats) countTerms(text string) {
	var low string
	s.buf, low = fold(s.buf, text)
	s.toks = tokenize(s.toks[:0], text)
	for _, t := range s.toks {
		if t.kind != kWord || t.e-t.s < 2 {
			continue
		}
		w := low[t.s:t.e]
		if id := lexFind(w); id >= 0 && lexEntries[id].flags&fStop != 0 {
			continue
		}
		if s.opt.Stem {
			w = stemS(w)
		}
		if n, ok := s.counts[w]; ok {
			s.counts[w] = n + 1
		} else {
			// a copy: w is a piece of the folded text, which a key
			// would otherwise keep in memory
			s.counts[strings.Clone(w)] = 1
		}
	}
}

// Top returns the n most frequent terms counted so far, most frequent
// first (ties in alphabetical order); n <= 0 returns all. With
// TermOptions.KWIC set no terms are counted.
func (s *TermStats) Top(n int) []TermCount {
	out := make([]TermCount, 0, len(s.counts))
	for w, c := range s.counts {
		out = append(out, TermCount{Term: w, Count: c})
	}
	slices.SortFunc(out, func(a, b TermCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return cmp.Compare(a.Term, b.Term)
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// stemS folds an English plural into its singular.
func stemS(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies") && !strings.HasSuffix(w, "eies") && !strings.HasSuffix(w, "aies"):
		return w[:n-3] + "y"
	case n > 3 && strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "aes") && !strings.HasSuffix(w, "ees") && !strings.HasSuffix(w, "oes"):
		return w[:n-1]
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != '\'':
		return w[:n-1]
	}
	return w
}

// matchSeq returns the token index ranges [i, j) where the words of pat
// occur in sc, in order and without overlap.
func (sc *scanner) matchSeq(pat []string, fn func(i, j int)) {
	if len(pat) == 0 {
		return
	}
	toks := sc.toks
	for i := 0; i+len(pat) <= len(toks); i++ {
		ok := true
		for k, w := range pat {
			t := toks[i+k]
			if t.kind == kPunct || sc.lower[t.s:t.e] != w {
				ok = false
				break
			}
		}
		if ok {
			fn(i, i+len(pat))
			i += len(pat) - 1
		}
	}
}

// CountPhrase returns how often phrase occurs in text, case-insensitively
// and on whole words ("trade" does not match "trader"); punctuation in the
// phrase is ignored. An empty phrase occurs 0 times.
func CountPhrase(text, phrase string) int {
	pat := termWords(phrase)
	if len(pat) == 0 {
		return 0
	}
	sc := newScan(text)
	n := 0
	sc.matchSeq(pat, func(int, int) { n++ })
	return n
}

// Concordance returns every occurrence of word (or a phrase of words) in
// text with up to width words of context on each side, matched as by
// [CountPhrase]. Runs of white space in the context are shown as one space.
func Concordance(text, word string, width int) []KWIC {
	pat := termWords(word)
	if len(pat) == 0 {
		return nil
	}
	width = max(width, 0)
	sc := newScan(text)
	var out []KWIC
	sc.matchSeq(pat, func(i, j int) {
		start, end := int(sc.toks[i].s), int(sc.toks[j-1].e)
		left := start
		for k, w := i-1, 0; k >= 0 && w < width; k-- {
			left = int(sc.toks[k].s)
			if sc.toks[k].kind != kPunct && !sc.toks[k].hyph && sc.toks[k].kind != kClitic {
				w++
			}
		}
		right := end
		for k, w := j, 0; k < len(sc.toks) && width > 0; k++ {
			if sc.toks[k].kind != kPunct && !sc.toks[k].hyph && sc.toks[k].kind != kClitic {
				if w == width {
					break
				}
				w++
			}
			right = int(sc.toks[k].e)
		}
		out = append(out, KWIC{
			Left:  squeeze(text[left:start]),
			Match: text[start:end],
			Right: squeeze(text[end:right]),
			Start: start,
			End:   end,
		})
	})
	return out
}

// squeeze trims s and collapses its runs of white space to one space.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
