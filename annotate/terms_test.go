package annotate

import (
	"slices"
	"testing"
)

func TestTermStats(t *testing.T) {
	arts := []struct{ id, text string }{
		{"a", "Oil prices rose. Oil exports fell."},
		{"b", "The price of oil and the export of grain."},
		{"c", "Oil, oil and oil."},
	}
	kwic := func(id, left, match, right string, start, end int) ArticleKWIC {
		return ArticleKWIC{id, KWIC{Left: left, Match: match, Right: right, Start: start, End: end}}
	}
	for _, c := range []struct {
		name  string
		opt   TermOptions
		top   int
		terms []TermCount
		count int
		lines []ArticleKWIC
	}{
		{name: "top terms", top: 2, terms: []TermCount{{"oil", 6}, {"export", 1}}},
		{name: "all terms", terms: []TermCount{{"oil", 6}, {"export", 1}, {"exports", 1}, {"fell", 1}, {"grain", 1}, {"price", 1}, {"prices", 1}, {"rose", 1}}},
		{name: "stemmed", opt: TermOptions{Stem: true}, top: 3, terms: []TermCount{{"oil", 6}, {"export", 2}, {"price", 2}}},
		{name: "phrase", opt: TermOptions{Phrase: "OIL"}, top: 1, terms: []TermCount{{"oil", 6}}, count: 6},
		{name: "kwic instead of terms", opt: TermOptions{KWIC: "oil", Width: 1}, lines: []ArticleKWIC{
			kwic("a", "", "Oil", "prices", 0, 3), kwic("a", "rose.", "Oil", "exports", 17, 20),
			kwic("b", "of", "oil", "and", 13, 16),
			kwic("c", "", "Oil", ", oil", 0, 3), kwic("c", "Oil,", "oil", "and", 5, 8), kwic("c", "and", "oil", ".", 13, 16),
		}},
		{name: "kwic, at most 3", opt: TermOptions{KWIC: "oil", Width: 1, MaxKWIC: 3}, lines: []ArticleKWIC{
			kwic("a", "", "Oil", "prices", 0, 3), kwic("a", "rose.", "Oil", "exports", 17, 20),
			kwic("b", "of", "oil", "and", 13, 16),
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := NewTermStats(c.opt)
			for _, a := range arts {
				s.Add(a.id, a.text)
			}
			if s.Articles != 3 || s.Words != 19 {
				t.Errorf("%d articles, %d words; want 3, 19", s.Articles, s.Words)
			}
			if got := s.Top(c.top); !slices.Equal(got, c.terms) {
				t.Errorf("Top(%d) = %v, want %v", c.top, got, c.terms)
			}
			if s.Count != c.count {
				t.Errorf("Count = %d, want %d", s.Count, c.count)
			}
			if !slices.Equal(s.Lines, c.lines) {
				t.Errorf("Lines = %+v\nwant %+v", s.Lines, c.lines)
			}
		})
	}
}
