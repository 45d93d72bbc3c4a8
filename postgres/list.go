package postgres

import (
	"context"
	"time"

	"dyad"
)

// EachArticle calls fn for every stored article published within
// [from, to], in ID order, reading in pages so that a large store is never
// held in memory. A bound that is not a YYYY-MM-DD date is EINVALID.
func (s *Store) EachArticle(ctx context.Context, from, to string, fn func(*dyad.Article) error) error {
	if err := dyad.CheckDateRange("list articles", from, to); err != nil {
		return err
	}
	const page = 500
	after := ""
	for {
		rows, err := s.pool.Query(ctx, `SELECT id, url, source, title, text, published, lang
			FROM articles
			WHERE id COLLATE "C" > $1
			  AND ($2 = '' OR published >= $2::date) AND ($3 = '' OR published <= $3::date)
			ORDER BY id COLLATE "C" LIMIT $4`, after, from, to, page)
		if err != nil {
			return wrap(ctx, "list articles", err)
		}
		var batch []*dyad.Article
		for rows.Next() {
			a := &dyad.Article{}
			var published *time.Time
			if err := rows.Scan(&a.ID, &a.URL, &a.Source, &a.Title, &a.Text, &published, &a.Lang); err != nil {
				rows.Close()
				return wrap(ctx, "list articles", err)
			}
			if published != nil {
				a.Published = *published
			}
			batch = append(batch, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return wrap(ctx, "list articles", err)
		}
		for _, a := range batch {
			if err := fn(a); err != nil {
				return err
			}
		}
		if len(batch) < page {
			return nil
		}
		after = batch[len(batch)-1].ID
	}
}
