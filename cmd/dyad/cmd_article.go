package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"dyad"
)

func init() {
	register(&command{name: "article", args: "ID", run: runArticle,
		summary: "show one article: its text by sentence, with the mentions, events, figures, quotes, dates, themes and tone found in each"})
}

func runArticle(ctx context.Context, e *env, args []string) error {
	fs, db, format := queryFlags(e, lookup("article"))
	return withStore(ctx, e, fs, db, format, args, 1, func(st dyad.Store, pos []string) error {
		a, err := st.Article(ctx, pos[0])
		if err != nil {
			return err
		}
		switch *format {
		case formatJSON, formatJSONL:
			return writeArticleJSON(e.stdout, a, *format == formatJSON)
		case formatCSV, formatTSV:
			// A table of the article's sentences, one row each.
			type row struct {
				Index int
				Text  string
			}
			var rows []row
			for i, s := range a.Sentences {
				rows = append(rows, row{i, a.Article.Text[s.Start:s.End]})
			}
			return render(e.stdout, *format, rows, []column[row]{
				{Name: "sentence", Get: func(r row) string { return fmt.Sprint(r.Index) }},
				{Name: "text", Get: func(r row) string { return r.Text }},
			})
		}
		return writeArticleText(e.stdout, a)
	})
}

// writeArticleJSON writes the dyad code contract plus the article's own
// fields (text, title, url, source).
func writeArticleJSON(w io.Writer, a *dyad.Analysis, indent bool) error {
	raw, err := json.Marshal(a)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return err
	}
	m["text"] = a.Article.Text
	for k, v := range map[string]string{"title": a.Article.Title, "url": a.Article.URL, "source": a.Article.Source} {
		if v != "" {
			m[k] = v
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(m)
}

// writeArticleText prints the article for people: each sentence followed
// by what was found in it.
func writeArticleText(out io.Writer, a *dyad.Analysis) error {
	w := bufio.NewWriter(out)
	art := a.Article
	fmt.Fprintf(w, "%s  %s", art.ID, art.Date())
	if art.Source != "" {
		fmt.Fprintf(w, "  %s", art.Source)
	}
	fmt.Fprintln(w)
	if art.Title != "" {
		fmt.Fprintf(w, "%s\n", art.Title)
	}
	if art.URL != "" {
		fmt.Fprintf(w, "%s\n", art.URL)
	}
	if t := a.Tone; t != nil {
		fmt.Fprintf(w, "tone %.2f (positive %.2f, negative %.2f), %d words\n", t.Tone, t.Positive, t.Negative, t.Words)
	}
	if len(a.Themes) > 0 {
		var parts []string
		for _, th := range a.Themes {
			parts = append(parts, fmt.Sprintf("%s×%d", th.Code, th.Count))
		}
		fmt.Fprintf(w, "themes %s\n", strings.Join(parts, ", "))
	}
	for i, s := range a.Sentences {
		fmt.Fprintf(w, "\n[%d] %s\n", i, cell(art.Text[s.Start:s.End], 0))
		for _, m := range a.Mentions {
			if m.Sentence == i {
				fmt.Fprintf(w, "    mention  %-11s %q", m.Kind, m.Text)
				if m.Actor != "" {
					fmt.Fprintf(w, " -> %s", m.Actor)
				}
				if m.Place != nil {
					fmt.Fprintf(w, " (%.2f, %.2f)", m.Place.Lat, m.Place.Lon)
				}
				fmt.Fprintln(w)
			}
		}
		for _, ev := range a.Events {
			if ev.Sentence == i {
				fmt.Fprintf(w, "    event    %s -> %s  %s  quad %d  goldstein %.1f  %q  %s", ev.Source, ev.Target, ev.Code, ev.Quad, ev.Goldstein, eventTrigger(ev), ev.Date)
				if ev.Place != nil {
					fmt.Fprintf(w, "  in %s", ev.Place.Name)
				}
				fmt.Fprintln(w)
			}
		}
		for _, c := range a.Counts {
			if c.Sentence == i {
				fmt.Fprintf(w, "    count    %s %g %s %s %s\n", c.Qualifier, c.Number, c.Unit, c.Object, c.Type)
			}
		}
		for _, d := range a.Dates {
			if s.Start <= d.Start && d.Start < s.End {
				fmt.Fprintf(w, "    date     %q = %s (%s)\n", d.Text, d.Date, d.Precision)
			}
		}
		for _, q := range a.Quotes {
			if s.Start <= q.Start && q.Start < s.End {
				who := q.Speaker
				if who == "" {
					who = "unattributed"
				}
				fmt.Fprintf(w, "    quote    %q: %s\n", q.Text, who)
			}
		}
	}
	return w.Flush()
}
