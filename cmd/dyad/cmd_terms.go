package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"dyad"
	"dyad/annotate"
)

func init() {
	register(&command{name: "terms", args: "", run: runTerms,
		summary: "text statistics over one article, the articles of a search, or the whole store: words, top terms, phrase counts, keyword in context"})
}

// kwicRow is one concordance line with its article.
type kwicRow struct {
	Article string `json:"article_id"`
	annotate.KWIC
}

func runTerms(ctx context.Context, e *env, args []string) error {
	fs, db, format := queryFlags(e, lookup("terms"))
	id := fs.String("article", "", "only this article")
	query := fs.String("query", "", "only the articles this full-text query finds")
	from := fs.String("from", "", "first date YYYY-MM-DD")
	to := fs.String("to", "", "last date YYYY-MM-DD")
	top := fs.Int("top", 20, "how many top terms to list (0: no limit)")
	stem := fs.Bool("stem", false, "fold plurals into their singular")
	phrase := fs.String("count", "", "count this word or phrase (case-insensitive, whole words)")
	kwic := fs.String("kwic", "", "list this word or phrase in context instead of the top terms")
	width := fs.Int("width", 6, "words of context on each side for --kwic")
	limit := fs.Int("limit", 100, "most --kwic lines to print (0: no limit)")
	return withStore(ctx, e, fs, db, format, args, 0, func(st dyad.Store, _ []string) error {
		if err := checkDates(*from, *to); err != nil {
			return err
		}
		if err := checkLimit("top", top); err != nil {
			return err
		}
		if err := checkLimit("limit", limit); err != nil {
			return err
		}
		if err := checkNotNegative("width", *width); err != nil {
			return err
		}
		if *id != "" && *query != "" {
			return fmt.Errorf("give --article or --query, not both")
		}
		var texts, ids []string
		add := func(a *dyad.Article) error {
			texts = append(texts, a.Text)
			ids = append(ids, a.ID)
			return nil
		}
		switch {
		case *id != "":
			a, err := st.Article(ctx, *id)
			if err != nil {
				return err
			}
			add(&a.Article)
		case *query != "":
			for off := 0; ; off += 500 {
				hits, err := st.Search(ctx, dyad.SearchQuery{Text: *query, From: *from, To: *to, Limit: 500, Offset: off})
				if err != nil {
					return err
				}
				for _, h := range hits {
					a, err := st.Article(ctx, h.ID)
					if err != nil {
						return err
					}
					add(&a.Article)
				}
				if len(hits) < 500 {
					break
				}
			}
		default:
			l, ok := st.(dyad.ArticleLister)
			if !ok {
				return fmt.Errorf("this store cannot list its articles: use --article or --query")
			}
			if err := l.EachArticle(ctx, *from, *to, add); err != nil {
				return err
			}
		}

		words := 0
		for _, t := range texts {
			words += annotate.Words(t)
		}
		count := -1
		if *phrase != "" {
			count = 0
			for _, t := range texts {
				count += annotate.CountPhrase(t, *phrase)
			}
		}
		var lines []kwicRow
		if *kwic != "" {
			for i, t := range texts {
				for _, k := range annotate.Concordance(t, *kwic, *width) {
					if len(lines) < *limit {
						lines = append(lines, kwicRow{ids[i], k})
					}
				}
			}
		}
		var terms []annotate.TermCount
		if *kwic == "" {
			terms = annotate.TopTerms(texts, *top, *stem)
		}

		if *format == formatJSON {
			out := map[string]any{"articles": len(texts), "words": words}
			if count >= 0 {
				out["count"] = map[string]any{"phrase": *phrase, "occurrences": count}
			}
			if *kwic != "" {
				out["kwic"] = lines
			} else {
				out["terms"] = terms
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(out)
		}
		if *format == formatTable {
			fmt.Fprintf(e.stdout, "%s articles, %s words\n", group(int64(len(texts))), group(int64(words)))
			if count >= 0 {
				fmt.Fprintf(e.stdout, "%q occurs %s times\n", *phrase, group(int64(count)))
			}
			fmt.Fprintln(e.stdout)
		}
		if *kwic != "" {
			return render(e.stdout, *format, lines, []column[kwicRow]{
				{Name: "article_id", Get: func(r kwicRow) string { return r.Article }},
				{Name: "left", Get: func(r kwicRow) string { return r.Left }},
				{Name: "match", Get: func(r kwicRow) string { return r.Match }},
				{Name: "right", Get: func(r kwicRow) string { return r.Right }},
			})
		}
		return render(e.stdout, *format, terms, []column[annotate.TermCount]{
			{Name: "term", Get: func(t annotate.TermCount) string { return t.Term }},
			{Name: "count", Get: func(t annotate.TermCount) string { return strconv.Itoa(t.Count) }},
		})
	})
}
