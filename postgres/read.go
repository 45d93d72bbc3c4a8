package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"dyad"
)

// nplace scans the four place columns; a NULL name means no place.
type nplace struct {
	name, country *string
	lat, lon      *float64
}

func (p *nplace) dest() []any { return []any{&p.name, &p.country, &p.lat, &p.lon} }

func (p *nplace) place() *dyad.Place {
	if p.name == nil {
		return nil
	}
	pl := &dyad.Place{Name: *p.name}
	if p.country != nil {
		pl.Country = *p.country
	}
	if p.lat != nil {
		pl.Lat = *p.lat
	}
	if p.lon != nil {
		pl.Lon = *p.lon
	}
	return pl
}

// Article returns the stored analysis of one article: ENOTFOUND when the ID
// is not stored. Published is UTC midnight of the stored date, or zero; the
// lists are in stored order, nil when empty. The queries run in one
// repeatable-read transaction and one round trip.
func (s *Store) Article(ctx context.Context, id string) (*dyad.Analysis, error) {
	if !storable(id) {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "article %q not found", id)
	}
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, wrap(ctx, "article", err)
	}
	defer tx.Rollback(context.Background())
	a, err := readArticle(ctx, tx, id)
	if err != nil {
		return nil, wrap(ctx, "article "+id, err)
	}
	return a, nil
}

// errNotFound ends the reading of an article that is not stored.
var errNotFound = errors.New("not found")

// readArticle reads the article's row and each kind of record derived
// from it, in one batch: one round trip.
func readArticle(ctx context.Context, tx pgx.Tx, id string) (*dyad.Analysis, error) {
	a := &dyad.Analysis{}
	b := &pgx.Batch{}
	b.Queue(`SELECT id, url, source, title, text, published, lang,
		tone, positive, negative, polarity, activity, self_group, tone_words
		FROM articles WHERE id = $1`, id).Query(func(rows pgx.Rows) error { return scanArticleRow(a, rows) })
	for _, d := range derivedRecords {
		b.Queue(d.query, id).Query(func(rows pgx.Rows) error {
			for rows.Next() {
				if err := d.add(a, rows.Scan); err != nil {
					return err
				}
			}
			return rows.Err()
		})
	}
	err := tx.SendBatch(ctx, b).Close()
	if errors.Is(err, errNotFound) {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "article %s not found", id)
	}
	if err != nil {
		return nil, err
	}
	return a, nil
}

// scanArticleRow reads the article with its tone into a: errNotFound when
// there is no row.
func scanArticleRow(a *dyad.Analysis, rows pgx.Rows) error {
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return err
		}
		return errNotFound
	}
	art := &a.Article
	var published pgtype.Date
	var tone [6]*float64
	var words *int32
	if err := rows.Scan(&art.ID, &art.URL, &art.Source, &art.Title, &art.Text, &published, &art.Lang,
		&tone[0], &tone[1], &tone[2], &tone[3], &tone[4], &tone[5], &words); err != nil {
		return err
	}
	if published.Valid {
		y, m, d := published.Time.Date()
		art.Published = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	if words != nil {
		f := func(p *float64) float64 {
			if p == nil {
				return 0
			}
			return *p
		}
		a.Tone = &dyad.Tone{Tone: f(tone[0]), Positive: f(tone[1]), Negative: f(tone[2]), Polarity: f(tone[3]),
			Activity: f(tone[4]), SelfGroup: f(tone[5]), Words: int(*words)}
	}
	return nil
}

// derivedRecords are the kinds of record derived from an article: the
// query of one article's records (its ID the one argument) in stored
// order, and how to add one row to the analysis.
var derivedRecords = []struct {
	query string
	add   func(a *dyad.Analysis, scan func(...any) error) error
}{
	{`SELECT span_start, span_end FROM sentences WHERE article_id = $1 ORDER BY idx`, addSentence},
	{`SELECT sentence, kind, text, span_start, span_end, name, actor,
		place_name, place_country, place_lat, place_lon FROM mentions WHERE article_id = $1 ORDER BY idx`, addMention},
	{`SELECT ` + eventColumns + ` FROM events e WHERE article_id = $1 ORDER BY idx`, addEvent},
	{`SELECT sentence, number, qualifier, object, unit, type, span_start, span_end
		FROM counts WHERE article_id = $1 ORDER BY idx`, addCount},
	{`SELECT text, speaker, actor, verb, scare, span_start, span_end
		FROM quotes WHERE article_id = $1 ORDER BY idx`, addQuote},
	{`SELECT date, precision, text, span_start, span_end FROM dates WHERE article_id = $1 ORDER BY idx`, addDate},
	{`SELECT code, count, spans FROM themes WHERE article_id = $1 ORDER BY idx`, addTheme},
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
	if err := scan(&x.Sentence, &x.Number, &x.Qualifier, &x.Object, &x.Unit, &x.Type, &x.Start, &x.End); err != nil {
		return err
	}
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
	var spans []int32
	if err := scan(&x.Code, &x.Count, &spans); err != nil {
		return err
	}
	if len(spans)%2 != 0 {
		return fmt.Errorf("theme %s: %d span bounds, not pairs", x.Code, len(spans))
	}
	for i := 0; i+1 < len(spans); i += 2 {
		x.Spans = append(x.Spans, dyad.Span{Start: int(spans[i]), End: int(spans[i+1])})
	}
	a.Themes = append(a.Themes, x)
	return nil
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
		&e.Code, &e.Root, &e.Quad, &e.Goldstein, &e.Trigger.Start, &e.Trigger.End, &e.Trigger.Text},
		append(p.dest(), &e.Negated, &e.Hypothetical, &e.Plover, &e.Inferred)...)
}

// Stats counts the stored articles, sentences, mentions and events, in one
// statement: one snapshot.
func (s *Store) Stats(ctx context.Context) (dyad.Stats, error) {
	var st dyad.Stats
	err := s.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM sentences),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM events)`).
		Scan(&st.Articles, &st.Sentences, &st.Mentions, &st.Events)
	return st, wrap(ctx, "stats", err)
}
