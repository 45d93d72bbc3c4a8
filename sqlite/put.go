package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"

	"dyad"
)

// putStmts are the writer's prepared statements, prepared once on Open and
// bound to each Put transaction.
type putStmts struct {
	hash, del, article, sentence, mention, event, count, quote, date, theme, fts *sql.Stmt
}

func (p *putStmts) prepare(ctx context.Context, db *sql.DB) error {
	for _, x := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&p.hash, `SELECT hash, seq FROM articles WHERE id = ?`},
		{&p.del, `DELETE FROM articles WHERE id = ?`},
		{&p.article, `INSERT INTO articles (id, hash, url, source, title, text, published, lang,
			tone, positive, negative, polarity, activity, self_group, tone_words)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&p.sentence, `INSERT INTO sentences (article_id, idx, span_start, span_end) VALUES (?, ?, ?, ?)`},
		{&p.mention, `INSERT INTO mentions (article_id, idx, sentence, kind, text, span_start, span_end,
			name, actor, place_name, place_country, place_lat, place_lon)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&p.event, `INSERT INTO events (article_id, idx, sentence, date, date_from_text, source, target,
			code, root, quad, goldstein, trigger_start, trigger_end, trigger_text,
			place_name, place_country, place_lat, place_lon, negated, hypothetical, plover, inferred)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&p.count, `INSERT INTO counts (article_id, idx, sentence, number, qualifier, object, unit, type,
			span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&p.quote, `INSERT INTO quotes (article_id, idx, text, speaker, actor, verb, scare, span_start, span_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&p.date, `INSERT INTO dates (article_id, idx, date, precision, text, span_start, span_end)
			VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&p.theme, `INSERT INTO themes (article_id, idx, code, count, spans) VALUES (?, ?, ?, ?, ?)`},
		{&p.fts, `INSERT INTO articles_fts (rowid, title, text)
			SELECT seq, title, text FROM articles WHERE seq IN (SELECT value FROM json_each(?))`},
	} {
		st, err := db.PrepareContext(ctx, x.sql)
		if err != nil {
			p.close()
			return wrap(ctx, "prepare", err)
		}
		*x.dst = st
	}
	return nil
}

func (p *putStmts) close() {
	for _, st := range []*sql.Stmt{p.hash, p.del, p.article, p.sentence, p.mention, p.event, p.count, p.quote, p.date, p.theme, p.fts} {
		if st != nil {
			st.Close()
		}
	}
}

// Hashes returns the stored hash of each of ids that is stored.
func (s *Store) Hashes(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	const chunk = 500
	var q strings.Builder
	args := make([]any, 0, chunk)
	for len(ids) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n := min(chunk, len(ids))
		q.Reset()
		q.WriteString("SELECT id, hash FROM articles WHERE id IN (?")
		q.WriteString(strings.Repeat(", ?", n-1))
		q.WriteString(")")
		args = args[:0]
		for _, id := range ids[:n] {
			args = append(args, id)
		}
		ids = ids[n:]
		if err := s.scanHashes(ctx, q.String(), args, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (s *Store) scanHashes(ctx context.Context, q string, args []any, out map[string]string) error {
	rows, err := s.read(nil).QueryContext(ctx, q, args...)
	if err != nil {
		return wrap(ctx, "hashes", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, h string
		if err := rows.Scan(&id, &h); err != nil {
			return wrap(ctx, "hashes", err)
		}
		out[id] = h
	}
	return wrap(ctx, "hashes", rows.Err())
}

// Put stores the batch in one transaction (see [dyad.Store.Put]). An invalid
// analysis (no ID, a span outside the text, an event without code) fails the
// whole batch with EINVALID before anything is written; a constraint the
// database rejects fails it with ECONFLICT. A store opened by
// [OpenReadOnly] fails with EINVALID.
func (s *Store) Put(ctx context.Context, batch []*dyad.Analysis) ([]dyad.PutResult, error) {
	if s.readOnly {
		return nil, dyad.Errorf(dyad.EINVALID, "sqlite %s: opened read-only", s.path)
	}
	for i, a := range batch {
		if err := a.Validate(); err != nil {
			return nil, dyad.Errorf(dyad.EINVALID, "put: analysis %d of the batch: %s", i, err.Error())
		}
	}
	if len(batch) == 0 {
		return []dyad.PutResult{}, nil
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, wrap(ctx, "put", err)
	}
	defer tx.Rollback()
	w := writer{ctx: ctx, tx: tx, st: &s.stmts}
	res := make([]dyad.PutResult, len(batch))
	for i, a := range batch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if res[i], err = w.put(a); err != nil {
			return nil, wrap(ctx, "put article "+a.Article.ID, err)
		}
	}
	if err := w.index(); err != nil {
		return nil, wrap(ctx, "put: search index", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, wrap(ctx, "put", err)
	}
	return res, nil
}

// writer writes analyses inside one transaction.
type writer struct {
	ctx   context.Context
	tx    *sql.Tx
	st    *putStmts
	bound map[*sql.Stmt]*sql.Stmt
	added []int64 // articles.seq of the rows inserted, not yet in the FTS index
}

// index adds the articles inserted by the batch to the full-text index.
func (w *writer) index() error {
	if len(w.added) == 0 {
		return nil
	}
	seqs, _ := json.Marshal(w.added) // cannot fail on ints
	w.added = w.added[:0]
	return w.exec(w.st.fts, string(seqs))
}

func (w *writer) stmt(st *sql.Stmt) *sql.Stmt {
	if b, ok := w.bound[st]; ok {
		return b
	}
	if w.bound == nil {
		w.bound = make(map[*sql.Stmt]*sql.Stmt, 10)
	}
	b := w.tx.StmtContext(w.ctx, st)
	w.bound[st] = b
	return b
}

// exec runs one insert or delete. It passes no context on purpose: the
// driver watches a cancellable context with a goroutine per call, which
// costs more than the insert. Put checks the context between analyses, and
// a cancelled transaction context makes database/sql roll back and fail the
// next call.
func (w *writer) exec(st *sql.Stmt, args ...any) error {
	_, err := w.stmt(st).ExecContext(context.Background(), args...)
	return err
}

func (w *writer) put(a *dyad.Analysis) (dyad.PutResult, error) {
	art := &a.Article
	hash := art.Hash()
	var old string
	var seq int64
	res := dyad.PutNew
	switch err := w.stmt(w.st.hash).QueryRowContext(context.Background(), art.ID).Scan(&old, &seq); {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return 0, err
	case old == hash:
		return dyad.PutUnchanged, nil
	default:
		// The same article earlier in this batch: index it first, for the
		// delete trigger removes its FTS entry.
		if slices.Contains(w.added, seq) {
			if err := w.index(); err != nil {
				return 0, err
			}
		}
		// Cascades to every derived row; the trigger drops the FTS entry.
		if err := w.exec(w.st.del, art.ID); err != nil {
			return 0, err
		}
		res = dyad.PutUpdated
	}
	if err := w.insert(a, hash); err != nil {
		return 0, err
	}
	return res, nil
}

func (w *writer) insert(a *dyad.Analysis, hash string) error {
	art := &a.Article
	id := art.ID
	var published any
	if d := art.Date(); d != "" {
		published = d
	}
	tone := make([]any, 7)
	if t := a.Tone; t != nil {
		tone = []any{float(t.Tone), float(t.Positive), float(t.Negative), float(t.Polarity),
			float(t.Activity), float(t.SelfGroup), t.Words}
	}
	r, err := w.stmt(w.st.article).ExecContext(context.Background(), id, hash, art.URL, art.Source, art.Title,
		art.Text, published, art.Lang, tone[0], tone[1], tone[2], tone[3], tone[4], tone[5], tone[6])
	if err != nil {
		return err
	}
	seq, err := r.LastInsertId()
	if err != nil {
		return err
	}
	w.added = append(w.added, seq)
	for i, x := range a.Sentences {
		if err := w.exec(w.st.sentence, id, i, x.Start, x.End); err != nil {
			return err
		}
	}
	for i, x := range a.Mentions {
		p := placeArgs(x.Place)
		if err := w.exec(w.st.mention, id, i, x.Sentence, string(x.Kind), x.Text, x.Start, x.End,
			x.Name, x.Actor, p[0], p[1], p[2], p[3]); err != nil {
			return err
		}
	}
	for i, x := range a.Events {
		p := placeArgs(x.Place)
		if err := w.exec(w.st.event, id, i, x.Sentence, x.Date, x.DateFromText, x.Source, x.Target,
			x.Code, x.Root, x.Quad, float(x.Goldstein), x.Trigger.Start, x.Trigger.End, x.Trigger.Text,
			p[0], p[1], p[2], p[3], x.Negated, x.Hypothetical, x.Plover, x.Inferred); err != nil {
			return err
		}
	}
	for i, x := range a.Counts {
		if err := w.exec(w.st.count, id, i, x.Sentence, float(x.Number), x.Qualifier, x.Object, x.Unit, x.Type,
			x.Start, x.End); err != nil {
			return err
		}
	}
	for i, x := range a.Quotes {
		if err := w.exec(w.st.quote, id, i, x.Text, x.Speaker, x.Actor, x.Verb, x.Scare, x.Start, x.End); err != nil {
			return err
		}
	}
	for i, x := range a.Dates {
		if err := w.exec(w.st.date, id, i, x.Date, x.Precision, x.Text, x.Start, x.End); err != nil {
			return err
		}
	}
	for i, x := range a.Themes {
		var spans any
		if len(x.Spans) > 0 {
			spans = encodeSpans(x.Spans)
		}
		if err := w.exec(w.st.theme, id, i, x.Code, x.Count, spans); err != nil {
			return err
		}
	}
	return nil
}

// float binds a float64, NaN as NULL (SQLite has no NaN); reading maps NULL
// back to NaN.
func float(f float64) any {
	if math.IsNaN(f) {
		return nil
	}
	return f
}

func placeArgs(p *dyad.Place) [4]any {
	if p == nil {
		return [4]any{}
	}
	return [4]any{p.Name, p.Country, float(p.Lat), float(p.Lon)}
}

// encodeSpans writes spans as a JSON array of [start, end] pairs.
func encodeSpans(spans []dyad.Span) string {
	pairs := make([][2]int, len(spans))
	for i, sp := range spans {
		pairs[i] = [2]int{sp.Start, sp.End}
	}
	b, _ := json.Marshal(pairs) // cannot fail on ints
	return string(b)
}

func decodeSpans(s string) ([]dyad.Span, error) {
	var pairs [][2]int
	if err := json.Unmarshal([]byte(s), &pairs); err != nil {
		return nil, err
	}
	spans := make([]dyad.Span, len(pairs))
	for i, p := range pairs {
		spans[i] = dyad.Span{Start: p[0], End: p[1]}
	}
	return spans, nil
}
