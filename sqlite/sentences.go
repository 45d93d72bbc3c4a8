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
	uniq := make([]dyad.SentenceKey, 0, len(keys))
	for _, k := range keys {
		if _, ok := found[k]; !ok {
			found[k] = nil
			uniq = append(uniq, k)
		}
	}
	for start := 0; start < len(uniq); start += sentenceChunk {
		if err := readSentences(ctx, r, uniq[start:min(len(uniq), start+sentenceChunk)], found); err != nil {
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

// readSentences adds to found the sentences of keys (no two alike) that
// are stored, with their mentions.
func readSentences(ctx context.Context, r reader, keys []dyad.SentenceKey, found map[dyad.SentenceKey]*dyad.SentenceInfo) error {
	args := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		args = append(args, k.ArticleID, k.Index)
	}
	values := `WITH k(id, idx) AS (VALUES (?, ?)` + strings.Repeat(", (?, ?)", len(keys)-1) + `)`
	rows, err := r.QueryContext(ctx, values+`
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
	mrows, err := r.QueryContext(ctx, values+`
		SELECT m.article_id, m.sentence, m.kind, m.text, m.span_start, m.span_end, m.name, m.actor,
			m.place_name, m.place_country, m.place_lat, m.place_lon
		FROM k CROSS JOIN mentions m ON m.article_id = k.id AND m.sentence = k.idx
		ORDER BY m.article_id, m.idx`, args...)
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
