package postgres

import (
	"context"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"dyad"
	"dyad/internal/search"
)

// headlineOptions make ts_headline mark matches like SQLite's snippet: « and
// », about sixteen words, fragments joined by an ellipsis.
const headlineOptions = `StartSel=«, StopSel=», MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`

// Search finds articles by a query in dyad's search language (package
// dyad/internal/search), translated to a tsquery, over title (weight A) and
// text (weight B), best first by ts_rank_cd, ties in the order the articles
// were stored. Snippet marks the matched terms with « and », from the text,
// or from the title when only the title matches. A query that does not
// parse (an empty one, text that is not UTF-8 among them) or a bad date or
// paging argument is EINVALID.
func (s *Store) Search(ctx context.Context, q dyad.SearchQuery) ([]dyad.SearchHit, error) {
	tree, err := search.Parse(q.Text)
	if err != nil {
		return nil, err
	}
	limit, err := paging("search", q.Limit, q.Offset, 20)
	if err != nil {
		return nil, err
	}
	var w where
	tsq := w.tsquery(tree)
	w.add("a.fts @@ q.q")
	if err := w.dateRange("search", "a.published", q.From, q.To, true); err != nil {
		return nil, err
	}
	query := `WITH q AS (SELECT ` + tsq + ` AS q),
		hits AS (
			SELECT a.seq, a.id, a.published, a.source, a.title, a.text, ts_rank_cd(a.fts, q.q) AS rank
			FROM articles a, q WHERE ` + w.sql() + `
			ORDER BY rank DESC, a.seq LIMIT ` + w.arg(limit) + ` OFFSET ` + w.arg(q.Offset) + `)
		SELECT h.id, coalesce(to_char(h.published, 'YYYY-MM-DD'), ''), h.source, h.title,
			ts_headline('english', h.title, q.q, '` + headlineOptions + `'),
			ts_headline('english', h.text, q.q, '` + headlineOptions + `'),
			h.rank::float8
		FROM hits h, q ORDER BY h.rank DESC, h.seq`
	rows, err := s.pool.Query(ctx, query, custom(w.args)...)
	if err != nil {
		return nil, wrap(ctx, "search", err)
	}
	defer rows.Close()
	hits := []dyad.SearchHit{}
	for rows.Next() {
		var h dyad.SearchHit
		var inTitle, inText string
		if err := rows.Scan(&h.ID, &h.Date, &h.Source, &h.Title, &inTitle, &inText, &h.Rank); err != nil {
			return nil, wrap(ctx, "search", err)
		}
		h.Snippet = inText
		if !strings.Contains(inText, "«") && strings.Contains(inTitle, "«") || inText == "" {
			h.Snippet = inTitle
		}
		hits = append(hits, h)
	}
	return hits, wrap(ctx, "search", rows.Err())
}

// tsquery writes a parsed query as a tsquery expression, each word and
// phrase an argument: phraseto_tsquery('english', ...) reads it with the
// parser and dictionary that built the stored tsvector ("U.S." becomes
// 'u.s', a phrase 'a' <-> 'b', English stop words are dropped), a prefix
// word goes through to_tsquery as a quoted lexeme with :*. The parts join
// with &&, || and !!; a part without lexemes (a stop word) drops out of them.
func (w *where) tsquery(n search.Node) string {
	switch n := n.(type) {
	case *search.Term:
		if n.Prefix {
			lexeme := strings.ReplaceAll(strings.ReplaceAll(n.Text, `\`, `\\`), "'", "''")
			return "to_tsquery('english', " + w.arg("'"+lexeme+"':*") + ")"
		}
		return "phraseto_tsquery('english', " + w.arg(n.Text) + ")"
	case *search.Phrase:
		return "phraseto_tsquery('english', " + w.arg(n.Text) + ")"
	case *search.And:
		parts := make([]string, 0, len(n.Must)+len(n.Not))
		for _, m := range n.Must {
			parts = append(parts, w.tsquery(m))
		}
		for _, m := range n.Not {
			parts = append(parts, "!!"+w.tsquery(m))
		}
		return "(" + strings.Join(parts, " && ") + ")"
	case *search.Or:
		parts := make([]string, len(n.Any))
		for i, m := range n.Any {
			parts[i] = w.tsquery(m)
		}
		return "(" + strings.Join(parts, " || ") + ")"
	}
	return "''::tsquery" // no node of another kind exists; matches nothing
}

// Events lists the events matching f, ordered by date, article and position
// in the article, each with the text of its sentence; negated and
// hypothetical events only when f includes them. Bad dates or paging
// arguments are EINVALID.
func (s *Store) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.EventRecord, error) {
	limit, err := paging("events", f.Limit, f.Offset, 100)
	if err != nil {
		return nil, err
	}
	var w where
	if f.ArticleID != "" {
		if storable(f.ArticleID) {
			w.add("e.article_id = " + w.arg(f.ArticleID))
		} else {
			w.add("false")
		}
	}
	if f.Actor != "" {
		w.add("(" + w.prefix("e.source", f.Actor) + " OR " + w.prefix("e.target", f.Actor) + ")")
	}
	if f.Source != "" {
		w.add(w.prefix("e.source", f.Source))
	}
	if f.Target != "" {
		w.add(w.prefix("e.target", f.Target))
	}
	if f.Code != "" {
		w.add(w.prefix("e.code", f.Code))
	}
	if f.Plover != "" {
		if storable(f.Plover) {
			w.add("e.plover = " + w.arg(f.Plover))
		} else {
			w.add("false")
		}
	}
	if err := w.dateRange("events", "e.date", f.From, f.To, false); err != nil {
		return nil, err
	}
	if !f.IncludeNegated {
		w.add("NOT e.negated")
	}
	if !f.IncludeHypothetical {
		w.add("NOT e.hypothetical")
	}
	if f.ExcludeInferred {
		w.add("e.inferred = ''")
	}
	if f.Dedup {
		w.add(dedupCond("e"))
	}
	text, joins := `substring(convert_to(a.text, 'UTF8') FROM s.span_start + 1 FOR s.span_end - s.span_start)`,
		`LEFT JOIN sentences s ON s.article_id = page.article_id AND s.idx = page.sentence
		LEFT JOIN articles a ON a.id = page.article_id`
	if f.NoSentenceText {
		text, joins = "NULL::bytea", ""
	}
	query := `WITH page AS (
			SELECT ` + eventColumns + ` FROM events e WHERE ` + w.sql() + `
			ORDER BY e.date, e.article_id, e.idx LIMIT ` + w.arg(limit) + ` OFFSET ` + w.arg(f.Offset) + `)
		SELECT page.*, ` + text + ` FROM page ` + joins + `
		ORDER BY page.date, page.article_id, page.idx`
	rows, err := s.pool.Query(ctx, query, custom(w.args)...)
	if err != nil {
		return nil, wrap(ctx, "events", err)
	}
	defer rows.Close()
	out := []dyad.EventRecord{}
	for rows.Next() {
		var r dyad.EventRecord
		var p nplace
		var sent []byte
		if err := rows.Scan(append(eventDest(&r, &p), &sent)...); err != nil {
			return nil, wrap(ctx, "events", err)
		}
		r.Place = p.place()
		r.SentenceText = string(sent)
		out = append(out, r)
	}
	return out, wrap(ctx, "events", rows.Err())
}

// Timeline counts the events between q.A and q.B (actor code prefixes; an
// empty one matches every actor) in both directions per day, week (starting
// on Monday), month (the default) or year, ordered by period. Periods
// without events are left out; events with a malformed date are skipped, and
// so are NaN Goldstein values in the sums; negated and hypothetical events
// count only when q includes them. An unknown period or a bad date is
// EINVALID.
//
// The two directions are two index-only scans of the covering indexes on
// (source, target, date) and (target, source, date); the second leaves out
// what the first counted, for when A and B overlap.
func (s *Store) Timeline(ctx context.Context, q dyad.TimelineQuery) ([]dyad.TimelineBucket, error) {
	if err := dyad.CheckPeriod(q.By); err != nil {
		return nil, err
	}
	var w where
	if err := w.dateRange("timeline", "e.date", q.From, q.To, false); err != nil {
		return nil, err
	}
	if !q.IncludeNegated {
		w.add("NOT e.negated")
	}
	if !q.IncludeHypothetical {
		w.add("NOT e.hypothetical")
	}
	if q.ExcludeInferred {
		w.add("e.inferred = ''")
	}
	if q.Dedup {
		w.add(dedupCond("e"))
	}
	common := w.sql()
	aSrc, bTgt := w.prefix("e.source", q.A), w.prefix("e.target", q.B)
	bSrc, aTgt := w.prefix("e.source", q.B), w.prefix("e.target", q.A)
	rows, err := s.pool.Query(ctx, `SELECT date, count(*), coalesce(sum(nullif(goldstein, 'NaN')), 0),
			count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2),
			count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4)
		FROM (
			SELECT e.date, e.goldstein, e.quad FROM events e
			WHERE `+aSrc+` AND `+bTgt+` AND `+common+`
			UNION ALL
			SELECT e.date, e.goldstein, e.quad FROM events e
			WHERE `+bSrc+` AND `+aTgt+` AND NOT (`+aSrc+` AND `+bTgt+`) AND `+common+`
		) x GROUP BY date ORDER BY date`, custom(w.args)...)
	if err != nil {
		return nil, wrap(ctx, "timeline", err)
	}
	defer rows.Close()
	var days []dyad.TimelineBucket
	for rows.Next() {
		var b dyad.TimelineBucket
		if err := rows.Scan(&b.Period, &b.Events, &b.Goldstein, &b.VerbalCoop, &b.MaterialCoop,
			&b.VerbalConflict, &b.MaterialConflict); err != nil {
			return nil, wrap(ctx, "timeline", err)
		}
		days = append(days, b)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(ctx, "timeline", err)
	}
	return dyad.FoldDays(days, q.By)
}

// Actors lists the actor codes of the events dated within f's range, by the
// number of events they take part in (as source, target or both; negated
// and hypothetical events are not counted), most first, ties by code. Mentions counts the
// mention rows resolved to the actor in articles published within the range.
func (s *Store) Actors(ctx context.Context, f dyad.ActorFilter) ([]dyad.ActorStat, error) {
	limit, err := paging("actors", f.Limit, 0, 50)
	if err != nil {
		return nil, err
	}
	var w where
	w.add("NOT e.negated AND NOT e.hypothetical")
	if err := w.dateRange("actors", "e.date", f.From, f.To, false); err != nil {
		return nil, err
	}
	cond := w.sql()
	rows, err := s.pool.Query(ctx, `SELECT actor, count(*) AS n, sum(src), sum(tgt) FROM (
			SELECT e.source AS actor, 1 AS src, (e.target = e.source)::int AS tgt FROM events e
			WHERE e.source <> '' AND `+cond+`
			UNION ALL
			SELECT e.target, 0, 1 FROM events e
			WHERE e.target <> '' AND e.target <> e.source AND `+cond+`) x
		GROUP BY actor ORDER BY n DESC, actor LIMIT `+w.arg(limit), custom(w.args)...)
	if err != nil {
		return nil, wrap(ctx, "actors", err)
	}
	out := []dyad.ActorStat{}
	for rows.Next() {
		var a dyad.ActorStat
		if err := rows.Scan(&a.Actor, &a.Events, &a.Source, &a.Target); err != nil {
			rows.Close()
			return nil, wrap(ctx, "actors", err)
		}
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, wrap(ctx, "actors", err)
	}
	if len(out) == 0 {
		return out, nil
	}

	var mw where
	actors := make([]string, len(out))
	for i, a := range out {
		actors[i] = a.Actor
	}
	mw.add("m.actor <> '' AND m.actor = ANY(" + mw.arg(actors) + ")")
	join := ""
	if f.From != "" || f.To != "" {
		join = "JOIN articles a ON a.id = m.article_id"
		_ = mw.dateRange("actors", "a.published", f.From, f.To, true) // checked above
	}
	mrows, err := s.pool.Query(ctx, `SELECT m.actor, count(*) FROM mentions m `+join+`
		WHERE `+mw.sql()+` GROUP BY m.actor`, custom(mw.args)...)
	if err != nil {
		return nil, wrap(ctx, "actors", err)
	}
	defer mrows.Close()
	pos := make(map[string]int, len(out))
	for i, a := range out {
		pos[a.Actor] = i
	}
	for mrows.Next() {
		var actor string
		var n int
		if err := mrows.Scan(&actor, &n); err != nil {
			return nil, wrap(ctx, "actors", err)
		}
		if i, ok := pos[actor]; ok {
			out[i].Mentions = n
		}
	}
	return out, wrap(ctx, "actors", mrows.Err())
}

// where builds the conditions of a WHERE clause and their numbered
// arguments.
type where struct {
	conds []string
	args  []any
}

// arg adds an argument and returns its placeholder.
func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return "$" + strconv.Itoa(len(w.args))
}

func (w *where) add(cond string) { w.conds = append(w.conds, cond) }

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return "true"
	}
	return strings.Join(w.conds, " AND ")
}

// prefix returns a condition matching col by prefix p with a range, so that
// a btree index on col (in the "C" collation) serves it: col >= p AND col <
// p', p' being the least string greater than every string starting with p.
// An empty p matches everything; a p PostgreSQL cannot store, nothing.
func (w *where) prefix(col, p string) string {
	switch {
	case p == "":
		return "true"
	case !storable(p):
		return "false"
	}
	if end, ok := prefixEnd(p); ok {
		return "(" + col + " >= " + w.arg(p) + " AND " + col + " < " + w.arg(end) + ")"
	}
	return col + " >= " + w.arg(p)
}

// prefixEnd returns the least valid UTF-8 string greater, byte by byte,
// than every valid UTF-8 string starting with p (valid UTF-8 itself): p with
// its last code point incremented, skipping surrogates, after dropping
// trailing U+10FFFF. It returns false when there is none (p is all
// U+10FFFF).
func prefixEnd(p string) (string, bool) {
	for p != "" {
		r, n := utf8.DecodeLastRuneInString(p)
		p = p[:len(p)-n]
		if r == utf8.RuneError && n <= 1 || r >= utf8.MaxRune {
			continue
		}
		r++
		if r == 0xD800 {
			r = 0xE000
		}
		return p + string(r), true
	}
	return "", false
}

// dateRange adds an inclusive date range on col (a date column when isDate,
// else YYYY-MM-DD text); a bound that is not a YYYY-MM-DD date is EINVALID.
func (w *where) dateRange(op, col, from, to string, isDate bool) error {
	if err := dyad.CheckDateRange(op, from, to); err != nil {
		return err
	}
	for _, d := range []struct{ v, cmp string }{{from, " >= "}, {to, " <= "}} {
		if d.v == "" {
			continue
		}
		if isDate {
			t, _ := time.Parse(dyad.DateLayout, d.v) // checked above
			w.add(col + d.cmp + w.arg(pgtype.Date{Time: t, Valid: true}))
		} else {
			w.add(col + d.cmp + w.arg(d.v))
		}
	}
	return nil
}

// custom prefixes a query's arguments with pgx's exec mode, which sends the
// query as an unnamed statement that the server plans with the arguments'
// values. The queries of this file change with their filters, and a cached
// statement's generic plan cannot see how many events an actor prefix or a
// date range selects: for a timeline on a million events it sorted on disk
// and took twice as long as the plan made for the values.
func custom(args []any) []any {
	return append([]any{pgx.QueryExecModeExec}, args...)
}

// paging checks limit and offset and returns the limit to use.
func paging(op string, limit, offset, def int) (int, error) {
	if limit < 0 || offset < 0 {
		return 0, dyad.Errorf(dyad.EINVALID, "%s: negative limit or offset", op)
	}
	if limit == 0 {
		limit = def
	}
	return limit, nil
}

// dedupCond is the condition that leaves out an event (of the table or
// alias t) when an article of the same near-duplicate cluster with a
// smaller ID has the same event: source, target, code, date and flags.
func dedupCond(t string) string {
	return `NOT EXISTS (SELECT 1 FROM article_clusters c1
		JOIN article_clusters c2 ON c2.cluster = c1.cluster AND c2.article_id < c1.article_id
		JOIN events d ON d.article_id = c2.article_id AND d.source = ` + t + `.source AND d.target = ` + t + `.target
			AND d.code = ` + t + `.code AND d.date = ` + t + `.date AND d.negated = ` + t + `.negated AND d.hypothetical = ` + t + `.hypothetical
		WHERE c1.article_id = ` + t + `.article_id)`
}
