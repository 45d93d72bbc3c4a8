package postgres

import (
	"context"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"dyad"
)

// Sentences returns the stored sentences keys name, in the order of keys,
// leaving out those not stored and repeated keys, with their mentions (see
// [dyad.Store.Sentences]). It reads each sentence's text and the article
// text before it, to count code points, and not whole articles: two
// queries in one round trip.
func (s *Store) Sentences(ctx context.Context, keys []dyad.SentenceKey) ([]dyad.SentenceInfo, error) {
	out := []dyad.SentenceInfo{}
	var ids []string
	var idxs []int32
	seen := map[string]bool{}
	var uniq []string
	for _, k := range keys {
		if !storable(k.ArticleID) || k.Index < 0 || k.Index > 1<<31-1 {
			continue // not stored
		}
		ids, idxs = append(ids, k.ArticleID), append(idxs, int32(k.Index))
		if !seen[k.ArticleID] {
			seen[k.ArticleID] = true
			uniq = append(uniq, k.ArticleID)
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	found := make(map[dyad.SentenceKey]*dyad.SentenceInfo, len(ids))
	b := &pgx.Batch{}
	b.Queue(`SELECT s.article_id, s.idx, s.span_start, s.span_end,
			substring(convert_to(a.text, 'UTF8') FROM 1 FOR s.span_end)
		FROM unnest($1::text[], $2::integer[]) AS k (id, idx)
		JOIN sentences s ON s.article_id = k.id AND s.idx = k.idx
		JOIN articles a ON a.id = s.article_id`, ids, idxs).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var si dyad.SentenceInfo
			var prefix []byte
			if err := rows.Scan(&si.ArticleID, &si.Index, &si.Start, &si.End, &prefix); err != nil {
				return err
			}
			end := min(max(si.End, 0), len(prefix))
			start := min(max(si.Start, 0), end)
			si.Text = string(prefix[start:end])
			si.StartCP = utf8.RuneCount(prefix[:start])
			si.EndCP = si.StartCP + utf8.RuneCountInString(si.Text)
			found[si.SentenceKey] = &si
		}
		return rows.Err()
	})
	b.Queue(`SELECT article_id, sentence, kind, text, span_start, span_end, name, actor,
			place_name, place_country, place_lat, place_lon
		FROM mentions WHERE article_id = ANY($1) ORDER BY article_id, idx`, uniq).Query(func(rows pgx.Rows) error {
		var id string
		var tmp dyad.Analysis
		scan := func(dest ...any) error { return rows.Scan(append([]any{&id}, dest...)...) }
		for rows.Next() {
			tmp.Mentions = tmp.Mentions[:0]
			if err := addMention(&tmp, scan); err != nil {
				return err
			}
			m := tmp.Mentions[0]
			if si := found[dyad.SentenceKey{ArticleID: id, Index: m.Sentence}]; si != nil {
				si.Mentions = append(si.Mentions, m)
			}
		}
		return rows.Err()
	})
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, wrap(ctx, "sentences", err)
	}
	defer tx.Rollback(context.Background())
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, wrap(ctx, "sentences", err)
	}
	for _, k := range keys {
		if si := found[k]; si != nil {
			out = append(out, *si)
			delete(found, k)
		}
	}
	return out, nil
}
