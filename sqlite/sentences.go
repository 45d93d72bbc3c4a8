package sqlite

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"

	"dyad"
)

// sentenceChunk bounds the keys of one Sentences query.
const sentenceChunk = 250

// Sentences returns the stored sentences keys name, in the order of keys,
// leaving out those not stored and repeated keys, with their mentions (see
// [dyad.Store.Sentences]). It reads each sentence's text and the article
// text before it, to count code points, and not whole articles.
func (s *Store) Sentences(ctx context.Context, keys []dyad.SentenceKey) ([]dyad.SentenceInfo, error) {
	out := []dyad.SentenceInfo{}
	if len(keys) == 0 {
		return out, nil
	}
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, wrap(ctx, "sentences", err)
	}
	defer tx.Rollback()
	r := s.read(tx)
	found := make(map[dyad.SentenceKey]*dyad.SentenceInfo, len(keys))
	for start := 0; start < len(keys); start += sentenceChunk {
		if err := readSentences(ctx, r, keys[start:min(len(keys), start+sentenceChunk)], found); err != nil {
			return nil, wrap(ctx, "sentences", err)
		}
	}
	for _, k := range keys {
		if si := found[k]; si != nil {
			out = append(out, *si)
			delete(found, k) // a key asked for twice is given once
		}
	}
	return out, nil
}

// readSentences adds to found the sentences of keys that are stored, with
// their mentions.
func readSentences(ctx context.Context, r reader, keys []dyad.SentenceKey, found map[dyad.SentenceKey]*dyad.SentenceInfo) error {
	args := make([]any, 0, 2*len(keys))
	var ids []any
	seen := map[string]bool{}
	for _, k := range keys {
		args = append(args, k.ArticleID, k.Index)
		if !seen[k.ArticleID] {
			seen[k.ArticleID] = true
			ids = append(ids, k.ArticleID)
		}
	}
	rows, err := r.QueryContext(ctx, `WITH k(id, idx) AS (VALUES (?, ?)`+strings.Repeat(", (?, ?)", len(keys)-1)+`)
		SELECT s.article_id, s.idx, s.span_start, s.span_end, substr(CAST(a.text AS BLOB), 1, s.span_end)
		FROM k CROSS JOIN sentences s ON s.article_id = k.id AND s.idx = k.idx
		JOIN articles a ON a.id = s.article_id`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var si dyad.SentenceInfo
		var prefix []byte
		if err := rows.Scan(&si.ArticleID, &si.Index, &si.Start, &si.End, &prefix); err != nil {
			return err
		}
		placeSentence(&si, prefix)
		found[si.SentenceKey] = &si
	}
	if err := rows.Err(); err != nil {
		return err
	}
	rows.Close()
	mrows, err := r.QueryContext(ctx, `SELECT article_id, sentence, kind, text, span_start, span_end, name, actor,
		place_name, place_country, place_lat, place_lon FROM mentions
		WHERE article_id IN (?`+strings.Repeat(", ?", len(ids)-1)+`) ORDER BY article_id, idx`, ids...)
	if err != nil {
		return err
	}
	defer mrows.Close()
	var id string
	var tmp dyad.Analysis
	scan := func(dest ...any) error { return mrows.Scan(append([]any{&id}, dest...)...) }
	for mrows.Next() {
		tmp.Mentions = tmp.Mentions[:0]
		if err := addMention(&tmp, scan); err != nil {
			return err
		}
		m := tmp.Mentions[0]
		if si := found[dyad.SentenceKey{ArticleID: id, Index: m.Sentence}]; si != nil {
			si.Mentions = append(si.Mentions, m)
		}
	}
	return mrows.Err()
}

// placeSentence sets the text and the code-point span of si from prefix,
// the article text up to the sentence's end.
func placeSentence(si *dyad.SentenceInfo, prefix []byte) {
	end := min(max(si.End, 0), len(prefix))
	start := min(max(si.Start, 0), end)
	si.Text = string(prefix[start:end])
	si.StartCP = utf8.RuneCount(prefix[:start])
	si.EndCP = si.StartCP + utf8.RuneCountInString(si.Text)
}
