package sqlite

import (
	"context"
	"database/sql"

	"dyad"
)

var _ dyad.ClusterStore = (*Store)(nil)

// AssignClusters records articles' signatures and returns their clusters
// (see [dyad.ClusterStore]), in one IMMEDIATE transaction, so that two
// copies stored at once find each other.
func (s *Store) AssignClusters(ctx context.Context, ids []string, sigs []dyad.Signature) ([]string, error) {
	if err := s.writable(); err != nil {
		return nil, err
	}
	if len(ids) != len(sigs) {
		return nil, dyad.Errorf(dyad.EINVALID, "assign clusters: %d IDs and %d signatures", len(ids), len(sigs))
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, wrap(ctx, "assign clusters", err)
	}
	defer tx.Rollback()
	out := make([]string, len(ids))
	for i, id := range ids {
		c, err := assignCluster(ctx, tx, id, sigs[i])
		if err != nil {
			return nil, wrap(ctx, "assign clusters", err)
		}
		out[i] = c
	}
	return out, wrap(ctx, "assign clusters", tx.Commit())
}

// assignCluster assigns one article's cluster within tx.
func assignCluster(ctx context.Context, tx *sql.Tx, id string, sig dyad.Signature) (string, error) {
	var cluster string
	err := tx.QueryRowContext(ctx, `SELECT cluster FROM article_clusters WHERE article_id = ?`, id).Scan(&cluster)
	if err == nil {
		return cluster, nil
	}
	if err != sql.ErrNoRows {
		return "", err
	}
	cluster, best := id, 0.0
	bands := sig.Bands()
	for _, band := range bands {
		rows, err := tx.QueryContext(ctx, `SELECT c.article_id, c.cluster, c.signature FROM cluster_bands b
			JOIN article_clusters c ON c.article_id = b.article_id WHERE b.band = ?`, band)
		if err != nil {
			return "", err
		}
		for rows.Next() {
			var other, otherCluster string
			var raw []byte
			if err := rows.Scan(&other, &otherCluster, &raw); err != nil {
				rows.Close()
				return "", err
			}
			o, ok := dyad.SignatureFrom(raw)
			if sim := sig.Similarity(o); ok && sim >= dyad.NearDuplicate && (sim > best || sim == best && otherCluster < cluster) {
				cluster, best = otherCluster, sim
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return "", err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO article_clusters(article_id, cluster, signature) VALUES (?, ?, ?)`, id, cluster, sig.Bytes()); err != nil {
		return "", err
	}
	for _, band := range bands {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO cluster_bands(band, article_id) VALUES (?, ?)`, band, id); err != nil {
			return "", err
		}
	}
	return cluster, nil
}

// Clusters returns the clusters of the articles that have one (see
// [dyad.ClusterStore]).
func (s *Store) Clusters(ctx context.Context, ids []string) (map[string]string, error) {
	out := map[string]string{}
	for _, id := range ids {
		var c string
		err := s.r.QueryRowContext(ctx, `SELECT cluster FROM article_clusters WHERE article_id = ?`, id).Scan(&c)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return nil, wrap(ctx, "clusters", err)
		}
		out[id] = c
	}
	return out, nil
}
