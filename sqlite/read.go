package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"time"

	"dyad"
)

// nfloat scans a REAL column, NULL as NaN (see [float]).
type nfloat float64

func (f *nfloat) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*f = nfloat(math.NaN())
	case float64:
		*f = nfloat(x)
	case int64:
		*f = nfloat(x)
	default:
		return fmt.Errorf("cannot scan %T into a float", v)
	}
	return nil
}

// nplace scans the four place columns; a NULL name means no place.
type nplace struct {
	name, country sql.NullString
	lat, lon      nfloat
}

func (p *nplace) dest() []any { return []any{&p.name, &p.country, &p.lat, &p.lon} }

func (p *nplace) place() *dyad.Place {
	if !p.name.Valid {
		return nil
	}
	return &dyad.Place{Name: p.name.String, Country: p.country.String, Lat: float64(p.lat), Lon: float64(p.lon)}
}

// Article returns the stored analysis of one article: ENOTFOUND when the ID
// is not stored. Published is UTC midnight of the stored date, or zero; the
// lists are in stored order, nil when empty.
func (s *Store) Article(ctx context.Context, id string) (*dyad.Analysis, error) {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, wrap(ctx, "article", err)
	}
	defer tx.Rollback()
	a, err := readArticle(ctx, s.read(tx), id)
	if err != nil {
		return nil, wrap(ctx, "article "+id, err)
	}
	return a, nil
}

// readArticle reads the article's row and then each kind of record
// derived from it.
func readArticle(ctx context.Context, tx reader, id string) (*dyad.Analysis, error) {
	a, err := readArticleRow(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	for _, d := range derivedRecords {
		err := each(ctx, tx, d.query, id, func(scan func(...any) error) error { return d.add(a, scan) })
		if err != nil {
			return nil, err
		}
	}
	return a, nil
}

// readArticleRow reads the article with its tone (ENOTFOUND when it is
// not stored).
func readArticleRow(ctx context.Context, tx reader, id string) (*dyad.Analysis, error) {
	a := &dyad.Analysis{}
	art := &a.Article
	var published sql.NullString
	var tone [6]nfloat
	var words sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT id, url, source, title, text, published, lang,
		tone, positive, negative, polarity, activity, self_group, tone_words
		FROM articles WHERE id = ?`, id).Scan(&art.ID, &art.URL, &art.Source, &art.Title, &art.Text,
		&published, &art.Lang, &tone[0], &tone[1], &tone[2], &tone[3], &tone[4], &tone[5], &words)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "article %s not found", id)
	}
	if err != nil {
		return nil, err
	}
	if published.Valid && published.String != "" {
		if t, err := time.Parse(dyad.DateLayout, published.String); err == nil {
			art.Published = t
		}
	}
	if words.Valid {
		a.Tone = &dyad.Tone{Tone: float64(tone[0]), Positive: float64(tone[1]), Negative: float64(tone[2]),
			Polarity: float64(tone[3]), Activity: float64(tone[4]), SelfGroup: float64(tone[5]), Words: int(words.Int64)}
	}
	return a, nil
}

// derivedRecords are the kinds of record derived from an article: the
// query of one article's records (its ID the one argument) in stored
// order, and how to add one row to the analysis.
var derivedRecords = []struct {
	query string
	add   func(a *dyad.Analysis, scan func(...any) error) error
}{
	{`SELECT span_start, span_end FROM sentences WHERE article_id = ? ORDER BY idx`, addSentence},
	{`SELECT sentence, kind, text, span_start, span_end, name, actor,
		place_name, place_country, place_lat, place_lon FROM mentions WHERE article_id = ? ORDER BY idx`, addMention},
	{`SELECT ` + eventColumns + ` FROM events e WHERE article_id = ? ORDER BY idx`, addEvent},
	{`SELECT sentence, number, qualifier, object, unit, type, span_start, span_end
		FROM counts WHERE article_id = ? ORDER BY idx`, addCount},
	{`SELECT text, speaker, actor, verb, scare, span_start, span_end
		FROM quotes WHERE article_id = ? ORDER BY idx`, addQuote},
	{`SELECT date, precision, text, span_start, span_end FROM dates WHERE article_id = ? ORDER BY idx`, addDate},
	{`SELECT code, count, spans FROM themes WHERE article_id = ? ORDER BY idx`, addTheme},
}

func addSentence(a *dyad.Analysis, scan func(...any) error) error {
	var x dyad.Sentence
	if err := scan(&x.Start, &x.End); err != nil {
		return err
	}
	a.Sentences = append(a.Sentences, x)
	return nil
}

func addMention(a *dyad.Analysis, scan func(...any) error) error {
	var x dyad.Mention
	var p nplace
	if err := scan(append([]any{&x.Sentence, &x.Kind, &x.Text, &x.Start, &x.End, &x.Name, &x.Actor}, p.dest()...)...); err != nil {
		return err
	}
	x.Place = p.place()
	a.Mentions = append(a.Mentions, x)
	return nil
}

func addEvent(a *dyad.Analysis, scan func(...any) error) error {
	var r dyad.EventRecord
	var p nplace
	if err := scan(eventDest(&r, &p)...); err != nil {
		return err
	}
	r.Place = p.place()
	a.Events = append(a.Events, r.Event)
	return nil
}

func addCount(a *dyad.Analysis, scan func(...any) error) error {
	var x dyad.Count
	var num nfloat
	if err := scan(&x.Sentence, &num, &x.Qualifier, &x.Object, &x.Unit, &x.Type, &x.Start, &x.End); err != nil {
		return err
	}
	x.Number = float64(num)
	a.Counts = append(a.Counts, x)
	return nil
}

func addQuote(a *dyad.Analysis, scan func(...any) error) error {
	var x dyad.Quote
	if err := scan(&x.Text, &x.Speaker, &x.Actor, &x.Verb, &x.Scare, &x.Start, &x.End); err != nil {
		return err
	}
	a.Quotes = append(a.Quotes, x)
	return nil
}

func addDate(a *dyad.Analysis, scan func(...any) error) error {
	var x dyad.DateRef
	if err := scan(&x.Date, &x.Precision, &x.Text, &x.Start, &x.End); err != nil {
		return err
	}
	a.Dates = append(a.Dates, x)
	return nil
}

func addTheme(a *dyad.Analysis, scan func(...any) error) error {
	var x dyad.Theme
	var spans sql.NullString
	if err := scan(&x.Code, &x.Count, &spans); err != nil {
		return err
	}
	if spans.Valid {
		var err error
		if x.Spans, err = decodeSpans(spans.String); err != nil {
			return fmt.Errorf("theme %s: bad spans: %w", x.Code, err)
		}
	}
	a.Themes = append(a.Themes, x)
	return nil
}

// each runs a query with one argument and calls fn for each row with the
// row's Scan.
func each(ctx context.Context, tx reader, q string, arg any, fn func(scan func(...any) error) error) error {
	rows, err := tx.QueryContext(ctx, q, arg)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}

// eventColumns are the columns eventDest scans, from events aliased e.
const eventColumns = `e.article_id, e.idx, e.sentence, e.date, e.date_from_text, e.source, e.target,
	e.code, e.root, e.quad, e.goldstein, e.trigger_start, e.trigger_end, e.trigger_text,
	e.place_name, e.place_country, e.place_lat, e.place_lon, e.negated, e.hypothetical, e.plover, e.inferred`

// eventDest returns the scan destinations of eventColumns; after the scan,
// set the event's Place from p.
func eventDest(r *dyad.EventRecord, p *nplace) []any {
	e := &r.Event
	return append([]any{&r.ArticleID, &r.Index, &e.Sentence, &e.Date, &e.DateFromText, &e.Source, &e.Target,
		&e.Code, &e.Root, &e.Quad, (*nfloat)(&e.Goldstein), &e.Trigger.Start, &e.Trigger.End, &e.Trigger.Text},
		append(p.dest(), &e.Negated, &e.Hypothetical, &e.Plover, &e.Inferred)...)
}

// Stats counts the stored articles, sentences, mentions and events.
func (s *Store) Stats(ctx context.Context) (dyad.Stats, error) {
	var st dyad.Stats
	err := s.read(nil).QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM sentences),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM events)`).
		Scan(&st.Articles, &st.Sentences, &st.Mentions, &st.Events)
	return st, wrap(ctx, "stats", err)
}
