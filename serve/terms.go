package serve

import (
	"context"
	"errors"
	"net/http"

	"dyad"
	"dyad/annotate"
)

// termsArticles bounds the articles one terms request reads.
const termsArticles = 2000

// termsResult is the body of GET /api/v1/terms.
type termsResult struct {
	Articles  int                  `json:"articles"`
	Words     int                  `json:"words"`
	Truncated bool                 `json:"truncated,omitempty"` // more articles matched than the server reads at once
	Count     *phraseCount         `json:"count,omitempty"`
	Terms     []annotate.TermCount `json:"terms,omitempty"`
	KWIC      []kwicItem           `json:"kwic,omitempty"`
}

type phraseCount struct {
	Phrase      string `json:"phrase"`
	Occurrences int    `json:"occurrences"`
}

// kwicItem is a concordance line; start and end (bytes) and start_cp and
// end_cp (code points) are the span of match in the article's text.
type kwicItem struct {
	ArticleID string `json:"article_id"`
	Left      string `json:"left"`
	Match     string `json:"match"`
	Right     string `json:"right"`
	span
}

var errEnough = errors.New("enough articles")

func (s *Server) terms(w http.ResponseWriter, r *http.Request) (any, error) {
	p, err := reqParams(r)
	if err != nil {
		return nil, err
	}
	id, query := p.get("article"), p.get("q")
	from, to := p.dates()
	top := p.integer("top", 20, 1, 200)
	stem := p.flag("stem")
	phrase, kwic := p.get("count"), p.get("kwic")
	width := p.integer("width", 6, 0, 20)
	limit := p.integer("limit", 100, 1, 500)
	if id != "" && query != "" {
		p.fail("give article or q, not both")
	}
	if err := p.finish(); err != nil {
		return nil, err
	}
	arts, truncated, err := s.termsArticles(r.Context(), id, query, from, to)
	if err != nil {
		return nil, err
	}
	res := termsResult{Truncated: truncated}
	res.Articles = len(arts)
	var texts []string
	for _, a := range arts {
		res.Words += annotate.Words(a.Text)
		texts = append(texts, a.Text)
	}
	if phrase != "" {
		res.Count = &phraseCount{Phrase: phrase}
		for _, t := range texts {
			res.Count.Occurrences += annotate.CountPhrase(t, phrase)
		}
	}
	if kwic != "" {
		res.KWIC = []kwicItem{}
		for _, a := range arts {
			var rn *runes
			for _, k := range annotate.Concordance(a.Text, kwic, width) {
				if len(res.KWIC) == limit {
					break
				}
				if rn == nil {
					rn = newRunes(a.Text)
				}
				res.KWIC = append(res.KWIC, kwicItem{a.ID, k.Left, k.Match, k.Right, rn.span(k.Start, k.End)})
			}
		}
	} else {
		res.Terms = annotate.TopTerms(texts, top, stem)
		if res.Terms == nil {
			res.Terms = []annotate.TermCount{}
		}
	}
	return res, nil
}

// termsArticles returns the articles terms counts over: the one asked
// for, those a search finds, or those of the period, at most
// termsArticles of them (truncated says there were more).
func (s *Server) termsArticles(ctx context.Context, id, query, from, to string) (arts []*dyad.Article, truncated bool, err error) {
	add := func(a *dyad.Article) error {
		if len(arts) == termsArticles {
			truncated = true
			return errEnough
		}
		arts = append(arts, a)
		return nil
	}
	switch {
	case id != "":
		a, err := s.st.Article(ctx, id)
		if err != nil {
			return nil, false, err
		}
		add(&a.Article)
	case query != "":
		hits, err := s.st.Search(ctx, dyad.SearchQuery{Text: query, From: from, To: to, Limit: termsArticles + 1})
		if err != nil {
			return nil, false, err
		}
		for _, h := range hits {
			a, err := s.st.Article(ctx, h.ID)
			if dyad.ErrorCode(err) == dyad.ENOTFOUND {
				continue
			}
			if err != nil {
				return nil, false, err
			}
			if add(&a.Article) != nil {
				break
			}
		}
	default:
		if err := s.st.EachArticle(ctx, from, to, add); err != nil && !errors.Is(err, errEnough) {
			return nil, false, err
		}
	}
	return arts, truncated, nil
}
