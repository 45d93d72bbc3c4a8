package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"dyad"
)

// Hashes returns the stored hash of each of ids that is stored.
func (s *Store) Hashes(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	valid := make([]string, 0, len(ids))
	for _, id := range ids {
		if storable(id) { // no other ID can be stored
			valid = append(valid, id)
		}
	}
	const chunk = 10000
	for len(valid) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n := min(chunk, len(valid))
		rows, err := s.pool.Query(ctx, `SELECT id, hash FROM articles WHERE id = ANY($1)`, valid[:n])
		if err != nil {
			return nil, wrap(ctx, "hashes", err)
		}
		var id, h string
		_, err = pgx.ForEachRow(rows, []any{&id, &h}, func() error {
			out[id] = h
			return nil
		})
		if err != nil {
			return nil, wrap(ctx, "hashes", err)
		}
		valid = valid[n:]
	}
	return out, nil
}

// maxAttempts is how many times Put runs a batch that the server aborted
// for a deadlock or a serialization failure.
const maxAttempts = 5

// Put stores the batch in one transaction (see [dyad.Store.Put]). An invalid
// analysis (no ID, a span outside the text, an event without code, text that
// is not UTF-8 or holds a NUL byte, which PostgreSQL cannot store) fails the
// whole batch with EINVALID before anything is written; a constraint the
// database rejects fails it with ECONFLICT.
//
// The transaction first takes a transaction-scoped advisory lock on each
// article ID of the batch, in one fixed order, so that writers putting the
// same articles at once queue behind each other instead of duplicating or
// deadlocking (a batch of more than 1,024 articles locks out every other
// writer instead); it then reads the stored hashes, deletes the articles whose
// content changed (the derived rows go with them) and copies the new rows
// in with COPY. A batch the server aborts with a deadlock or serialization
// failure is retried a few times.
func (s *Store) Put(ctx context.Context, batch []*dyad.Analysis) ([]dyad.PutResult, error) {
	for i, a := range batch {
		if err := validate(a); err != nil {
			return nil, dyad.Errorf(dyad.EINVALID, "put: analysis %d of the batch: %s", i, err.Error())
		}
	}
	if len(batch) == 0 {
		return []dyad.PutResult{}, nil
	}
	for attempt := 1; ; attempt++ {
		res, err := s.put(ctx, batch)
		if err == nil {
			return res, nil
		}
		if attempt >= maxAttempts || !retryable(err) || ctx.Err() != nil {
			return nil, wrap(ctx, "put", err)
		}
		select {
		case <-ctx.Done():
			return nil, wrap(ctx, "put", ctx.Err())
		case <-time.After(time.Duration(attempt*attempt) * 10 * time.Millisecond):
		}
	}
}

// retryable reports whether the server aborted the transaction for a
// deadlock or serialization failure, which a new attempt may not meet.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

// The advisory locks writers take, by their first key ('dyad' in ASCII and
// the next number; migrations lock through the one-key form, which does not
// overlap): a batch of at most maxIDLocks distinct IDs takes lockAll in
// shared mode and then (lockIDs, hashtext(id)) for each ID in key order; a
// bigger batch takes lockAll alone, exclusively, so that no batch fills the
// server's lock table (max_locks_per_transaction × max_connections slots).
const (
	lockIDs    = 0x64796164
	lockAll    = 0x64796165
	maxIDLocks = 1024
)

func (s *Store) put(ctx context.Context, batch []*dyad.Analysis) ([]dyad.PutResult, error) {
	ids := make([]string, 0, len(batch))
	for _, a := range batch {
		ids = append(ids, a.Article.ID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)

	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(context.Background())
	if err := lock(ctx, tx, ids); err != nil {
		return nil, err
	}
	stored, err := storedHashes(ctx, tx, ids)
	if err != nil {
		return nil, err
	}
	p := plan(batch, stored)
	if len(p.del) > 0 {
		if _, err := tx.Exec(ctx, `DELETE FROM articles WHERE id = ANY($1)`, p.del); err != nil {
			return nil, err
		}
	}
	if len(p.write) > 0 {
		if err := copyIn(ctx, tx, batch, p.write, p.hashes); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, err
	}
	return p.res, nil
}

// lock takes the advisory locks of a batch of the (sorted, distinct) ids,
// in the order of the lock keys, the same in every transaction.
func lock(ctx context.Context, tx pgx.Tx, ids []string) error {
	if len(ids) > maxIDLocks {
		_, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, 0)`, lockAll)
		return err
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock_shared($1, 0)`, lockAll); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `SELECT count(pg_advisory_xact_lock($2, k)) FROM (
			SELECT DISTINCT hashtext(id) AS k FROM unnest($1::text[]) AS u (id) ORDER BY k) AS keys`,
		ids, lockIDs)
	return err
}

// storedHashes returns the stored hash of each of ids that is stored.
func storedHashes(ctx context.Context, tx pgx.Tx, ids []string) (map[string]string, error) {
	stored := make(map[string]string, len(ids))
	rows, err := tx.Query(ctx, `SELECT id, hash FROM articles WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, err
	}
	var id, h string
	if _, err := pgx.ForEachRow(rows, []any{&id, &h}, func() error { stored[id] = h; return nil }); err != nil {
		return nil, err
	}
	return stored, nil
}

// putPlan is what a Put writes: the result of each analysis, the batch
// indexes of the analyses to write, the stored IDs to delete first, and
// the hash of each analysis's article.
type putPlan struct {
	res    []dyad.PutResult
	write  []int
	del    []string
	hashes []string
}

// plan decides in batch order, as if each analysis were put in turn: the
// last version of an ID is what gets written, replacing the stored one.
func plan(batch []*dyad.Analysis, stored map[string]string) putPlan {
	p := putPlan{res: make([]dyad.PutResult, len(batch)), hashes: make([]string, len(batch))}
	current := map[string]string{} // hash after the analyses so far
	final := map[string]int{}      // batch index of the version to write
	for i, a := range batch {
		id, h := a.Article.ID, a.Article.Hash()
		p.hashes[i] = h
		old, ok := current[id]
		if !ok {
			old, ok = stored[id]
		}
		switch {
		case !ok:
			p.res[i] = dyad.PutNew
		case old == h:
			p.res[i] = dyad.PutUnchanged
			continue
		default:
			p.res[i] = dyad.PutUpdated
		}
		current[id] = h
		final[id] = i
	}
	for i, a := range batch {
		if j, ok := final[a.Article.ID]; ok && j == i {
			p.write = append(p.write, i)
			if _, ok := stored[a.Article.ID]; ok {
				p.del = append(p.del, a.Article.ID)
			}
		}
	}
	return p
}

// table is one COPY target: its columns, and a function that calls emit
// with the values of each row one analysis gives it.
type table struct {
	name string
	cols []string
	rows func(a *dyad.Analysis, row []any, emit func([]any))
}

var tables = []table{
	{"sentences", []string{"article_id", "idx", "span_start", "span_end"},
		func(a *dyad.Analysis, row []any, emit func([]any)) {
			for i, x := range a.Sentences {
				emit(append(row[:0], a.Article.ID, i, x.Start, x.End))
			}
		}},
	{"mentions", []string{"article_id", "idx", "sentence", "kind", "text", "span_start", "span_end",
		"name", "actor", "place_name", "place_country", "place_lat", "place_lon"},
		func(a *dyad.Analysis, row []any, emit func([]any)) {
			for i, x := range a.Mentions {
				row = append(row[:0], a.Article.ID, i, x.Sentence, string(x.Kind), x.Text, x.Start, x.End,
					x.Name, x.Actor)
				emit(appendPlace(row, x.Place))
			}
		}},
	{"events", []string{"article_id", "idx", "sentence", "date", "date_from_text", "source", "target",
		"code", "root", "quad", "goldstein", "trigger_start", "trigger_end", "trigger_text",
		"place_name", "place_country", "place_lat", "place_lon", "negated", "hypothetical", "plover", "inferred"},
		func(a *dyad.Analysis, row []any, emit func([]any)) {
			for i, x := range a.Events {
				row = append(row[:0], a.Article.ID, i, x.Sentence, x.Date, x.DateFromText, x.Source, x.Target,
					x.Code, x.Root, x.Quad, x.Goldstein, x.Trigger.Start, x.Trigger.End, x.Trigger.Text)
				emit(append(appendPlace(row, x.Place), x.Negated, x.Hypothetical, x.Plover, x.Inferred))
			}
		}},
	{"counts", []string{"article_id", "idx", "sentence", "number", "qualifier", "object", "unit", "type",
		"span_start", "span_end"},
		func(a *dyad.Analysis, row []any, emit func([]any)) {
			for i, x := range a.Counts {
				emit(append(row[:0], a.Article.ID, i, x.Sentence, x.Number, x.Qualifier, x.Object, x.Unit, x.Type,
					x.Start, x.End))
			}
		}},
	{"quotes", []string{"article_id", "idx", "text", "speaker", "actor", "verb", "scare", "span_start", "span_end"},
		func(a *dyad.Analysis, row []any, emit func([]any)) {
			for i, x := range a.Quotes {
				emit(append(row[:0], a.Article.ID, i, x.Text, x.Speaker, x.Actor, x.Verb, x.Scare, x.Start, x.End))
			}
		}},
	{"dates", []string{"article_id", "idx", "date", "precision", "text", "span_start", "span_end"},
		func(a *dyad.Analysis, row []any, emit func([]any)) {
			for i, x := range a.Dates {
				emit(append(row[:0], a.Article.ID, i, x.Date, x.Precision, x.Text, x.Start, x.End))
			}
		}},
	{"themes", []string{"article_id", "idx", "code", "count", "spans"},
		func(a *dyad.Analysis, row []any, emit func([]any)) {
			for i, x := range a.Themes {
				var spans []int32 // nil is NULL
				if len(x.Spans) > 0 {
					spans = make([]int32, 0, 2*len(x.Spans))
					for _, sp := range x.Spans {
						spans = append(spans, int32(sp.Start), int32(sp.End))
					}
				}
				emit(append(row[:0], a.Article.ID, i, x.Code, x.Count, spans))
			}
		}},
}

var articleCols = []string{"id", "hash", "url", "source", "title", "text", "published", "lang",
	"tone", "positive", "negative", "polarity", "activity", "self_group", "tone_words"}

// copyIn copies the analyses batch[i] for i in write into every table,
// articles first.
func copyIn(ctx context.Context, tx pgx.Tx, batch []*dyad.Analysis, write []int, hashes []string) error {
	row := make([]any, 0, 20)
	k := 0
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"articles"}, articleCols, pgx.CopyFromFunc(func() ([]any, error) {
		if k == len(write) {
			return nil, nil
		}
		i := write[k]
		k++
		a := &batch[i].Article
		var published pgtype.Date
		if !a.Published.IsZero() {
			y, m, d := a.Published.Date()
			published = pgtype.Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Valid: true}
		}
		row = append(row[:0], a.ID, hashes[i], a.URL, a.Source, a.Title, a.Text, published, a.Lang)
		if t := batch[i].Tone; t != nil {
			row = append(row, t.Tone, t.Positive, t.Negative, t.Polarity, t.Activity, t.SelfGroup, t.Words)
		} else {
			row = append(row, nil, nil, nil, nil, nil, nil, nil)
		}
		return row, nil
	}))
	if err != nil {
		return fmt.Errorf("copy articles: %w", err)
	}
	for _, t := range tables {
		if err := ctx.Err(); err != nil {
			return err
		}
		// Gather the rows first: a source cannot pause in the middle of an
		// analysis's rows.
		var n int
		for _, i := range write {
			n += rowCount(t.name, batch[i])
		}
		if n == 0 {
			continue
		}
		vals := make([]any, 0, n*len(t.cols))
		for _, i := range write {
			t.rows(batch[i], row, func(r []any) { vals = append(vals, r...) })
		}
		w := len(t.cols)
		_, err := tx.CopyFrom(ctx, pgx.Identifier{t.name}, t.cols, pgx.CopyFromSlice(n, func(j int) ([]any, error) {
			return vals[j*w : (j+1)*w], nil
		}))
		if err != nil {
			return fmt.Errorf("copy %s: %w", t.name, err)
		}
	}
	return nil
}

func rowCount(table string, a *dyad.Analysis) int {
	switch table {
	case "sentences":
		return len(a.Sentences)
	case "mentions":
		return len(a.Mentions)
	case "events":
		return len(a.Events)
	case "counts":
		return len(a.Counts)
	case "quotes":
		return len(a.Quotes)
	case "dates":
		return len(a.Dates)
	case "themes":
		return len(a.Themes)
	}
	return 0
}

func appendPlace(row []any, p *dyad.Place) []any {
	if p == nil {
		return append(row, nil, nil, nil, nil)
	}
	return append(row, p.Name, p.Country, p.Lat, p.Lon)
}

// storable reports whether PostgreSQL can hold s in a text column: valid
// UTF-8 without NUL bytes.
func storable(s string) bool {
	return utf8.ValidString(s) && strings.IndexByte(s, 0) < 0
}

// validate checks what the store relies on: an ID, spans inside the text,
// events with a code, and text PostgreSQL can hold.
func validate(a *dyad.Analysis) error {
	if err := a.Validate(); err != nil {
		return err
	}
	art := &a.Article
	badText := func(what string) error {
		return fmt.Errorf("article %q: %s is not UTF-8 text without NUL bytes", art.ID, what)
	}
	for _, f := range []struct{ name, v string }{{"ID", art.ID}, {"URL", art.URL}, {"source", art.Source},
		{"title", art.Title}, {"text", art.Text}, {"lang", art.Lang}} {
		if !storable(f.v) {
			return badText(f.name)
		}
	}
	for i, x := range a.Mentions {
		if !storable(string(x.Kind)) || !storable(x.Text) || !storable(x.Name) || !storable(x.Actor) || !placeStorable(x.Place) {
			return badText(fmt.Sprintf("mention %d", i))
		}
	}
	for i, x := range a.Events {
		if !storable(x.Date) || !storable(x.Source) || !storable(x.Target) || !storable(x.Code) ||
			!storable(x.Root) || !storable(x.Trigger.Text) || !placeStorable(x.Place) {
			return badText(fmt.Sprintf("event %d", i))
		}
	}
	for i, x := range a.Counts {
		if !storable(x.Qualifier) || !storable(x.Object) || !storable(x.Unit) || !storable(x.Type) {
			return badText(fmt.Sprintf("count %d", i))
		}
	}
	for i, x := range a.Quotes {
		if !storable(x.Text) || !storable(x.Speaker) || !storable(x.Actor) || !storable(x.Verb) {
			return badText(fmt.Sprintf("quote %d", i))
		}
	}
	for i, x := range a.Dates {
		if !storable(x.Date) || !storable(x.Precision) || !storable(x.Text) {
			return badText(fmt.Sprintf("date %d", i))
		}
	}
	for i, x := range a.Themes {
		if !storable(x.Code) {
			return badText(fmt.Sprintf("theme %d", i))
		}
	}
	return nil
}

func placeStorable(p *dyad.Place) bool {
	return p == nil || storable(p.Name) && storable(p.Country)
}
