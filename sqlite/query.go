package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"dyad"
	"dyad/internal/search"
)

// Search finds articles by a query in dyad's search language (package
// dyad/internal/search), translated to FTS5, over title and text, best first
// by bm25 (title matches weigh twice as much as text matches). Snippet marks
// the matched terms with « and ». A query that does not parse, an empty
// query or a bad date or paging argument is EINVALID.
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
	w.add("articles_fts MATCH ?", fts5(tree))
	if err := w.dateRange("search", "a.published", q.From, q.To); err != nil {
		return nil, err
	}
	query := `SELECT a.id, coalesce(a.published, ''), a.source, a.title,
		snippet(articles_fts, -1, '«', '»', '…', 16), bm25(articles_fts, 2.0, 1.0) AS score
		FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
		WHERE ` + w.sql() + ` ORDER BY score, a.seq LIMIT ? OFFSET ?`
	rows, err := s.read(nil).QueryContext(ctx, query, append(w.args, limit, q.Offset)...)
	if err != nil {
		return nil, searchError(ctx, q.Text, err)
	}
	defer rows.Close()
	hits := []dyad.SearchHit{}
	for rows.Next() {
		var h dyad.SearchHit
		var score float64
		if err := rows.Scan(&h.ID, &h.Date, &h.Source, &h.Title, &h.Snippet, &score); err != nil {
			return nil, wrap(ctx, "search", err)
		}
		h.Rank = -score
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, searchError(ctx, q.Text, err)
	}
	return hits, nil
}

// fts5 writes a parsed query in FTS5's syntax. Every word and phrase goes in
// double quotes (it holds none), so FTS5 reads it as text for its tokenizer
// and never as syntax: "U.S." is the phrase u s, as in the stored text.
// NOT is binary in FTS5: (a AND b) NOT c NOT d.
func fts5(n search.Node) string {
	switch n := n.(type) {
	case *search.Term:
		if n.Prefix {
			return `"` + n.Text + `" *`
		}
		return `"` + n.Text + `"`
	case *search.Phrase:
		return `"` + n.Text + `"`
	case *search.And:
		out := "(" + ftsJoin(n.Must, " AND ") + ")"
		for _, m := range n.Not {
			out = "(" + out + " NOT " + fts5(m) + ")"
		}
		return out
	case *search.Or:
		return "(" + ftsJoin(n.Any, " OR ") + ")"
	}
	return `""` // no node of another kind exists; an empty phrase matches nothing
}

func ftsJoin(nodes []search.Node, op string) string {
	parts := make([]string, len(nodes))
	for i, m := range nodes {
		parts[i] = fts5(m)
	}
	return strings.Join(parts, op)
}

// searchError turns SQLite's complaint about a query (a plain SQLITE_ERROR:
// the statement itself is fixed) into EINVALID.
func searchError(ctx context.Context, text string, err error) error {
	var se *sqlite.Error
	if ctx.Err() == nil && errors.As(err, &se) && se.Code() == sqlite3.SQLITE_ERROR {
		return dyad.Errorf(dyad.EINVALID, "search: cannot parse query %q: %s", text, trimDriver(se.Error()))
	}
	return wrap(ctx, "search", err)
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
		w.add("e.article_id = ?", f.ArticleID)
	}
	if f.Actor != "" {
		src, sargs := prefixCond("e.source", f.Actor)
		tgt, targs := prefixCond("e.target", f.Actor)
		w.add("("+src+" OR "+tgt+")", append(sargs, targs...)...)
	}
	w.prefix("e.source", f.Source)
	w.prefix("e.target", f.Target)
	w.prefix("e.code", f.Code)
	if f.Plover != "" {
		w.add("e.plover = ?", f.Plover)
	}
	if err := w.dateRange("events", "e.date", f.From, f.To); err != nil {
		return nil, err
	}
	if !f.IncludeNegated {
		w.add("e.negated = 0")
	}
	if !f.IncludeHypothetical {
		w.add("e.hypothetical = 0")
	}
	if f.Dedup {
		w.add(dedupCond("e"))
	}
	if f.ExcludeInferred {
		w.add("e.inferred = ''")
	}
	// One read transaction: the actor codes the arms are made of and the
	// page come from the same state of the store.
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, wrap(ctx, "events", err)
	}
	defer tx.Rollback()
	arms, err := eventArms(ctx, s.read(tx), f)
	if err != nil {
		return nil, wrap(ctx, "events", err)
	}
	if arms != nil && len(arms) == 0 {
		return []dyad.EventRecord{}, nil // no actor code has the prefix
	}
	page := `SELECT ` + eventColumns + ` FROM events e WHERE ` + w.sql() + `
		ORDER BY e.date, e.article_id, e.idx LIMIT ? OFFSET ?`
	args := append(w.args, limit, f.Offset)
	if arms != nil {
		// Each arm reads its index in order and stops at the page's end;
		// SQLite merges the arms (UNION drops the events two arms share).
		parts := make([]string, len(arms))
		args = nil
		for i, a := range arms {
			parts[i] = `SELECT * FROM (SELECT ` + eventColumns + ` FROM events e WHERE ` + a.cond + ` AND ` + w.sql() + `
				ORDER BY e.date, e.article_id, e.idx LIMIT ?)`
			args = concat(args, a.args, w.args, []any{int64(limit) + int64(f.Offset)})
		}
		page = strings.Join(parts, " UNION ") + ` ORDER BY date, article_id, idx LIMIT ? OFFSET ?`
		args = append(args, limit, f.Offset)
	}
	text, joins := `substr(CAST(a.text AS BLOB), s.span_start + 1, s.span_end - s.span_start)`,
		`LEFT JOIN sentences s ON s.article_id = page.article_id AND s.idx = page.sentence
		LEFT JOIN articles a ON a.id = page.article_id`
	if f.NoSentenceText {
		text, joins = "NULL", ""
	}
	query := `WITH page AS (` + page + `)
		SELECT page.*, ` + text + ` FROM page ` + joins + `
		ORDER BY page.date, page.article_id, page.idx`
	rows, err := s.read(tx).QueryContext(ctx, query, args...)
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
// without events are left out; events with a malformed date are skipped;
// negated and hypothetical events count only when q includes them. An
// unknown period or a bad date is EINVALID.
func (s *Store) Timeline(ctx context.Context, q dyad.TimelineQuery) ([]dyad.TimelineBucket, error) {
	if err := dyad.CheckPeriod(q.By); err != nil {
		return nil, err
	}
	// One branch per direction, each read from a covering index
	// (migrations 0002 and 0003) at the pairs of actor codes A and B match;
	// the second leaves out what the first counted, which matters when A
	// and B overlap.
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, wrap(ctx, "timeline", err)
	}
	defer tx.Rollback()
	r := s.read(tx)
	aSrc, aSrcArgs, err := actorIn(ctx, r, "source", q.A)
	if err != nil {
		return nil, wrap(ctx, "timeline", err)
	}
	bTgt, bTgtArgs, err := actorIn(ctx, r, "target", q.B)
	if err != nil {
		return nil, wrap(ctx, "timeline", err)
	}
	bSrc, bSrcArgs, err := actorIn(ctx, r, "source", q.B)
	if err != nil {
		return nil, wrap(ctx, "timeline", err)
	}
	aTgt, aTgtArgs, err := actorIn(ctx, r, "target", q.A)
	if err != nil {
		return nil, wrap(ctx, "timeline", err)
	}
	var w where
	if err := w.dateRange("timeline", "date", q.From, q.To); err != nil {
		return nil, err
	}
	if !q.IncludeNegated {
		w.add("negated = 0")
	}
	if !q.IncludeHypothetical {
		w.add("hypothetical = 0")
	}
	if q.ExcludeInferred {
		w.add("inferred = ''")
	}
	if q.Dedup {
		w.add(dedupCond("events"))
	}
	common, commonArgs := "", w.args
	if len(w.conds) > 0 {
		common = " AND " + w.sql()
	}
	const cols = `date, count(*) AS n, total(goldstein) AS g,
		sum(quad = 1) AS q1, sum(quad = 2) AS q2, sum(quad = 3) AS q3, sum(quad = 4) AS q4`
	query := `SELECT date, sum(n), total(g), sum(q1), sum(q2), sum(q3), sum(q4) FROM (
		SELECT ` + cols + ` FROM events WHERE ` + aSrc + ` AND ` + bTgt + common + ` GROUP BY date
		UNION ALL
		SELECT ` + cols + ` FROM events WHERE ` + bSrc + ` AND ` + aTgt + common +
		` AND NOT (` + aSrc + ` AND ` + bTgt + `) GROUP BY date
	) GROUP BY date ORDER BY date`
	args := concat(aSrcArgs, bTgtArgs, commonArgs, bSrcArgs, aTgtArgs, commonArgs, aSrcArgs, bTgtArgs)
	rows, err := s.read(tx).QueryContext(ctx, query, args...)
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
	w.add("e.negated = 0 AND e.hypothetical = 0")
	if err := w.dateRange("actors", "e.date", f.From, f.To); err != nil {
		return nil, err
	}
	cond := w.sql()
	rows, err := s.read(nil).QueryContext(ctx, `SELECT actor, count(*) AS n, sum(src), sum(tgt) FROM (
			SELECT e.source AS actor, 1 AS src, e.target = e.source AS tgt FROM events e
			WHERE e.source <> '' AND `+cond+`
			UNION ALL
			SELECT e.target, 0, 1 FROM events e
			WHERE e.target <> '' AND e.target <> e.source AND `+cond+`)
		GROUP BY actor ORDER BY n DESC, actor LIMIT ?`, concat(w.args, w.args, []any{limit})...)
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
	args := make([]any, len(out))
	for i, a := range out {
		args[i] = a.Actor
	}
	mw.add("m.actor <> '' AND m.actor IN (?"+strings.Repeat(", ?", len(out)-1)+")", args...)
	join := ""
	if f.From != "" || f.To != "" {
		join = "JOIN articles a ON a.id = m.article_id"
		_ = mw.dateRange("actors", "a.published", f.From, f.To) // checked above
	}
	mrows, err := s.read(nil).QueryContext(ctx, `SELECT m.actor, count(*) FROM mentions m `+join+`
		WHERE `+mw.sql()+` GROUP BY m.actor`, mw.args...)
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

// where builds the conditions of a WHERE clause and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return "1"
	}
	return strings.Join(w.conds, " AND ")
}

// prefix adds a prefix match on col, nothing when p is empty.
func (w *where) prefix(col, p string) {
	if p != "" {
		c, args := prefixCond(col, p)
		w.add(c, args...)
	}
}

// dateRange adds an inclusive date range on col; a bound that is not a
// YYYY-MM-DD date is EINVALID.
func (w *where) dateRange(op, col, from, to string) error {
	if err := dyad.CheckDateRange(op, from, to); err != nil {
		return err
	}
	if from != "" {
		w.add(col+" >= ?", from)
	}
	if to != "" {
		w.add(col+" <= ?", to)
	}
	return nil
}

// prefixCond matches col by prefix p with a range, so that an index on col
// serves it: col >= p AND col < p', p' being the least string greater than
// every string starting with p. An empty p matches everything.
func prefixCond(col, p string) (string, []any) {
	if p == "" {
		return "1", nil
	}
	if end, ok := prefixEnd(p); ok {
		return col + " >= ? AND " + col + " < ?", []any{p, end}
	}
	return col + " >= ?", []any{p}
}

// prefixEnd returns the least string greater than every string starting
// with p, false when there is none (p is all 0xff bytes).
func prefixEnd(p string) (string, bool) {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1]), true
		}
	}
	return "", false
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

func concat(lists ...[]any) []any {
	var out []any
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// maxArms bounds the arms of an event query (see eventArms).
const maxArms = 16

// arm is a condition that an index of events reads in date order: one
// actor code as source or target, or one pair of them.
type arm struct {
	cond string
	args []any
}

// eventArms splits an event query by actor into arms, when f names an
// actor, a source or a target by prefix and nothing an index serves better
// (an article, a code): one arm per actor code the prefix matches, each
// read in order from an index on (source, date) or (target, date) or
// (source, target, date) up to the end of the page. A prefix range is no
// such index read: the events of RUS, RUSGOV and RUSMIL are in three
// runs, which SQLite would collect and sort whole before taking a page.
// It returns nil when the query is better asked as one, and an empty
// list when no stored code matches, so that there is no event.
func eventArms(ctx context.Context, q querier, f dyad.EventFilter) ([]arm, error) {
	if f.ArticleID != "" || f.Code != "" || f.Plover != "" {
		return nil, nil
	}
	codes := func(col, prefix string) ([]string, bool, error) {
		return actorCodes(ctx, q, col, prefix, maxArms)
	}
	arms := []arm{}
	switch {
	case f.Actor != "":
		for _, col := range []string{"source", "target"} {
			cs, ok, err := codes(col, f.Actor)
			if !ok || err != nil {
				return nil, err
			}
			for _, c := range cs {
				arms = append(arms, arm{"e." + col + " = ?", []any{c}})
			}
		}
	case f.Source != "" && f.Target != "":
		src, ok, err := codes("source", f.Source)
		if !ok || err != nil {
			return nil, err
		}
		tgt, ok, err := codes("target", f.Target)
		if !ok || err != nil {
			return nil, err
		}
		for _, a := range src {
			for _, b := range tgt {
				arms = append(arms, arm{"e.source = ? AND e.target = ?", []any{a, b}})
			}
		}
	case f.Source != "" || f.Target != "":
		col, prefix := "source", f.Source
		if prefix == "" {
			col, prefix = "target", f.Target
		}
		cs, ok, err := codes(col, prefix)
		if !ok || err != nil {
			return nil, err
		}
		for _, c := range cs {
			arms = append(arms, arm{"e." + col + " = ?", []any{c}})
		}
	default:
		return nil, nil
	}
	if len(arms) > maxArms {
		return nil, nil
	}
	return arms, nil
}

// querier is what a query needs of a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// actorCodes returns the distinct values of events.col (source or target)
// that start with prefix, in order, by a loose scan of the column's index:
// one seek per value. It gives up (false) past max values, or when no range
// holds the prefix.
func actorCodes(ctx context.Context, q querier, col, prefix string, max int) ([]string, bool, error) {
	end, ok := prefixEnd(prefix)
	if !ok || prefix == "" {
		return nil, false, nil
	}
	rows, err := q.QueryContext(ctx, `WITH RECURSIVE c(x) AS (
			SELECT (SELECT min(`+col+`) FROM events WHERE `+col+` >= ? AND `+col+` < ?)
			UNION ALL
			SELECT (SELECT min(`+col+`) FROM events WHERE `+col+` > c.x AND `+col+` < ?) FROM c WHERE c.x IS NOT NULL)
		SELECT x FROM c WHERE x IS NOT NULL LIMIT ?`, prefix, end, end, max+1)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, false, err
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	if len(out) > max {
		return nil, false, nil
	}
	return out, true, nil
}

// actorIn matches events.col (source or target) by the actor code prefix p
// as a list of the codes stored that start with p, so that an index on
// (source, target, ...) is read at each pair of codes and not over every
// event of the prefix of the first column; as a range when the codes are
// many.
func actorIn(ctx context.Context, q querier, col, p string) (string, []any, error) {
	codes, ok, err := actorCodes(ctx, q, col, p, 64)
	if err != nil || !ok {
		c, args := prefixCond(col, p)
		return c, args, err
	}
	if len(codes) == 0 {
		return "0", nil, nil
	}
	args := make([]any, len(codes))
	for i, c := range codes {
		args[i] = c
	}
	return col + " IN (?" + strings.Repeat(", ?", len(codes)-1) + ")", args, nil
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
