package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"dyad"
)

// articleCommand is dyad article.
type articleCommand struct {
	queryFlags
	syntax bool
	dicts  dictFlags
}

func (articleCommand) usage() usage {
	return usage{name: "article", args: "ID",
		summary: "show one article: its text by sentence, with the mentions, events, figures, quotes, dates, themes and tone found in each"}
}

func (c articleCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	c.queryFlags.add(e, fs)
	fs.BoolVar(&c.syntax, "syntax", false, "re-analyse the text and show the parse of each sentence that may hold an event:\n"+
		"a table of words (index, word, lemma, UPOS, XPOS, head, relation; head 0 is the root),\n"+
		"the syntax field in JSON, one row per word in CSV and TSV (docs/syntax.md)")
	c.dicts.add(fs, e.stderr)
	return withStore(ctx, e, fs, &c.queryFlags, args, 1, func(st dyad.Store, pos []string) error {
		a, err := st.Article(ctx, pos[0])
		if err != nil {
			return err
		}
		if c.syntax {
			if a, err = withParse(ctx, e, a, &c.dicts); err != nil {
				return err
			}
		}
		switch c.format {
		case formatJSON, formatJSONL:
			return writeArticleJSON(e.stdout, a, c.format == formatJSON)
		case formatCSV, formatTSV:
			if c.syntax {
				return writeSyntaxRecords(e.stdout, c.format, a)
			}
			return writeSentenceRecords(e.stdout, c.format, a)
		}
		return writeArticleText(e.stdout, a)
	})
}

// writeSentenceRecords writes the article's sentences as CSV or TSV, one
// row each.
func writeSentenceRecords(w io.Writer, format string, a *dyad.Analysis) error {
	type row struct {
		Index int
		Text  string
	}
	var rows []row
	for i, s := range a.Sentences {
		rows = append(rows, row{i, a.Article.Text[s.Start:s.End]})
	}
	return render(w, format, rows, []column[row]{
		{Name: "sentence", Get: func(r row) string { return fmt.Sprint(r.Index) }},
		{Name: "text", Get: func(r row) string { return r.Text }},
	})
}

// withParse analyses the stored article's text again, since the store
// keeps no parse, and returns a with the parses added. When today's
// segmenter cuts the text into other sentences than the stored ones, it
// returns the fresh analysis instead and says so.
func withParse(ctx context.Context, e *Env, a *dyad.Analysis, dicts *dictFlags) (*dyad.Analysis, error) {
	z, err := newAnalyzer(dicts)
	if err != nil {
		return nil, err
	}
	fresh, err := z.Analyze(ctx, &a.Article)
	if err != nil {
		return nil, err
	}
	if !slices.Equal(fresh.Sentences, a.Sentences) {
		fmt.Fprintf(e.stderr, "note: article %s: the sentences differ from the stored analysis; showing a fresh analysis\n", a.Article.ID)
		return fresh, nil
	}
	a.Syntax = fresh.Syntax
	return a, nil
}

// writeSyntaxRecords writes the words of every parse as CSV or TSV rows.
func writeSyntaxRecords(w io.Writer, format string, a *dyad.Analysis) error {
	type row struct {
		sentence, index int
		w               dyad.SyntaxWord
	}
	var rows []row
	for _, p := range a.Syntax {
		for i, sw := range p.Words {
			rows = append(rows, row{p.Sentence, i + 1, sw})
		}
	}
	itoa := strconv.Itoa
	return render(w, format, rows, []column[row]{
		{Name: "sentence", Get: func(r row) string { return itoa(r.sentence) }},
		{Name: "index", Get: func(r row) string { return itoa(r.index) }},
		{Name: "word", Get: func(r row) string { return r.w.Text }},
		{Name: "lemma", Get: func(r row) string { return r.w.Lemma }},
		{Name: "upos", Get: func(r row) string { return r.w.UPOS }},
		{Name: "xpos", Get: func(r row) string { return r.w.XPOS }},
		{Name: "head", Get: func(r row) string { return itoa(r.w.Head + 1) }},
		{Name: "rel", Get: func(r row) string { return r.w.Rel }},
		{Name: "start", Get: func(r row) string { return itoa(r.w.Start) }},
		{Name: "end", Get: func(r row) string { return itoa(r.w.End) }},
	})
}

// writeParse prints the parse of one sentence for people, in aligned
// columns: each word's index, form, lemma, tags, head (0 for the root),
// relation, and the form of its head.
func writeParse(w io.Writer, p *dyad.Parse) {
	rows := [][]string{{"#", "word", "lemma", "upos", "xpos", "head", "rel", "(head word)"}}
	for i, sw := range p.Words {
		head := ""
		if sw.Head >= 0 && sw.Head < len(p.Words) {
			head = cell(p.Words[sw.Head].Text, 0)
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), cell(sw.Text, 0), cell(sw.Lemma, 0), sw.UPOS, sw.XPOS,
			strconv.Itoa(sw.Head + 1), sw.Rel, head})
	}
	width := make([]int, len(rows[0]))
	for _, r := range rows {
		for c, v := range r {
			width[c] = max(width[c], utf8.RuneCountInString(v))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString("    ")
		for c, v := range r {
			pad := strings.Repeat(" ", width[c]-utf8.RuneCountInString(v))
			if c == 0 || c == 5 { // numbers to the right
				b.WriteString(pad + v + "  ")
			} else {
				b.WriteString(v + pad + "  ")
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
		b.Reset()
	}
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
		for k := range a.Syntax {
			if a.Syntax[k].Sentence == i {
				writeParse(w, &a.Syntax[k])
			}
		}
	}
	return w.Flush()
}
