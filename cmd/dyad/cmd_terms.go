package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"dyad"
	"dyad/annotate"
)

// termsCommand is dyad terms.
type termsCommand struct {
	queryFlags
	id, query, from, to string
	top                 int
	opt                 annotate.TermOptions
}

func (termsCommand) usage() usage {
	return usage{name: "terms",
		summary: "text statistics over one article, the articles of a search, or the whole store: words, top terms, phrase counts, keyword in context"}
}

func (c termsCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	c.queryFlags.add(e, fs)
	fs.StringVar(&c.id, "article", "", "only this article")
	fs.StringVar(&c.query, "query", "", "only the articles this full-text query finds")
	fs.StringVar(&c.from, "from", "", "first date YYYY-MM-DD")
	fs.StringVar(&c.to, "to", "", "last date YYYY-MM-DD")
	fs.IntVar(&c.top, "top", 20, "how many top terms to list (0: no limit)")
	opt := &c.opt
	fs.BoolVar(&opt.Stem, "stem", false, "fold plurals into their singular")
	fs.StringVar(&opt.Phrase, "count", "", "count this word or phrase (case-insensitive, whole words)")
	fs.StringVar(&opt.KWIC, "kwic", "", "list this word or phrase in context instead of the top terms")
	fs.IntVar(&opt.Width, "width", 6, "words of context on each side for --kwic")
	fs.IntVar(&opt.MaxKWIC, "limit", 100, "most --kwic lines to print (0: no limit)")
	return withStore(ctx, e, fs, &c.queryFlags, args, 0, func(st dyad.Store, _ []string) error {
		if err := c.check(); err != nil {
			return err
		}
		stats := annotate.NewTermStats(c.opt)
		err := eachArticle(ctx, st, c.id, dyad.SearchQuery{Text: c.query, From: c.from, To: c.to}, func(a *dyad.Article) error {
			stats.Add(a.ID, a.Text)
			return nil
		})
		if err != nil {
			return err
		}
		return writeTerms(e.stdout, c.format, stats, c.opt, c.top)
	})
}

// check checks the flags, turning a --top or --limit of 0 into no limit.
func (c *termsCommand) check() error {
	if err := checkDates(c.from, c.to); err != nil {
		return err
	}
	if err := checkLimit("top", &c.top); err != nil {
		return err
	}
	if err := checkLimit("limit", &c.opt.MaxKWIC); err != nil {
		return err
	}
	if err := checkNotNegative("width", c.opt.Width); err != nil {
		return err
	}
	if c.id != "" && c.query != "" {
		return fmt.Errorf("give --article or --query, not both")
	}
	return nil
}

// eachArticle calls fn for the article id when it is set, else for each
// article the query finds when it has a text, else for every stored
// article within the query's dates, one at a time.
func eachArticle(ctx context.Context, st dyad.Store, id string, q dyad.SearchQuery, fn func(*dyad.Article) error) error {
	switch {
	case id != "":
		a, err := st.Article(ctx, id)
		if err != nil {
			return err
		}
		return fn(&a.Article)
	case q.Text != "":
		const page = 500
		q.Limit = page
		for q.Offset = 0; ; q.Offset += page {
			hits, err := st.Search(ctx, q)
			if err != nil {
				return err
			}
			for _, h := range hits {
				a, err := st.Article(ctx, h.ID)
				if err != nil {
					return err
				}
				if err := fn(&a.Article); err != nil {
					return err
				}
			}
			if len(hits) < page {
				return nil
			}
		}
	}
	return st.EachArticle(ctx, q.From, q.To, fn)
}

// writeTerms prints the statistics: the concordance lines when opt asks
// for them, else the top terms.
func writeTerms(w io.Writer, format string, stats *annotate.TermStats, opt annotate.TermOptions, top int) error {
	var terms []annotate.TermCount
	if opt.KWIC == "" {
		terms = stats.Top(top)
	}
	switch format {
	case formatJSON:
		out := map[string]any{"articles": stats.Articles, "words": stats.Words}
		if opt.Phrase != "" {
			out["count"] = map[string]any{"phrase": opt.Phrase, "occurrences": stats.Count}
		}
		if opt.KWIC != "" {
			out["kwic"] = stats.Lines
		} else {
			out["terms"] = terms
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	case formatTable:
		fmt.Fprintf(w, "%s articles, %s words\n", group(int64(stats.Articles)), group(int64(stats.Words)))
		if opt.Phrase != "" {
			fmt.Fprintf(w, "%q occurs %s times\n", opt.Phrase, group(int64(stats.Count)))
		}
		fmt.Fprintln(w)
	}
	if opt.KWIC != "" {
		return render(w, format, stats.Lines, []column[annotate.ArticleKWIC]{
			{Name: "article_id", Get: func(r annotate.ArticleKWIC) string { return r.ArticleID }},
			{Name: "left", Get: func(r annotate.ArticleKWIC) string { return r.Left }},
			{Name: "match", Get: func(r annotate.ArticleKWIC) string { return r.Match }},
			{Name: "right", Get: func(r annotate.ArticleKWIC) string { return r.Right }},
		})
	}
	return render(w, format, terms, []column[annotate.TermCount]{
		{Name: "term", Get: func(t annotate.TermCount) string { return t.Term }},
		{Name: "count", Get: func(t annotate.TermCount) string { return strconv.Itoa(t.Count) }},
	})
}
