package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"

	"dyad"
)

var _ dyad.ClusterStore = (*Store)(nil)

// clusterLock is the key of the transaction-level advisory lock under which
// clusters are assigned, so that two copies stored at once by different
// writers find each other.
const clusterLock = 0x64796164636c7573 // "dyadclus"

// AssignClusters records articles' signatures and returns their clusters
// (see [dyad.ClusterStore]), in one transaction under an advisory lock.
func (s *Store) AssignClusters(ctx context.Context, ids []string, sigs []dyad.Signature) ([]string, error) {
	if len(ids) != len(sigs) {
		return nil, dyad.Errorf(dyad.EINVALID, "assign clusters: %d IDs and %d signatures", len(ids), len(sigs))
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, wrap(ctx, "assign clusters", err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(clusterLock)); err != nil {
		return nil, wrap(ctx, "assign clusters", err)
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		c, err := assignCluster(ctx, tx, id, sigs[i])
		if err != nil {
			return nil, wrap(ctx, "assign clusters", err)
		}
		out[i] = c
	}
	return out, wrap(ctx, "assign clusters", tx.Commit(ctx))
}

// assignCluster assigns one article's cluster within tx.
func assignCluster(ctx context.Context, tx pgx.Tx, id string, sig dyad.Signature) (string, error) {
	var cluster string
	err := tx.QueryRow(ctx, `SELECT cluster FROM article_clusters WHERE article_id = $1`, id).Scan(&cluster)
	if err == nil {
		return cluster, nil
	}
	if err != pgx.ErrNoRows {
		return "", err
	}
	bands := sig.Bands()
	rows, err := tx.Query(ctx, `SELECT DISTINCT c.article_id, c.cluster, c.signature FROM cluster_bands b
		JOIN article_clusters c ON c.article_id = b.article_id WHERE b.band = ANY($1)`, bands[:])
	if err != nil {
		return "", err
	}
	near := dyad.NewNearest(id, sig)
	for rows.Next() {
		var other, otherCluster string
		var raw []byte
		if err := rows.Scan(&other, &otherCluster, &raw); err != nil {
			rows.Close()
			return "", err
		}
		near.Consider(raw, otherCluster)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return "", err
	}
	cluster = near.Cluster()
	if _, err := tx.Exec(ctx, `INSERT INTO article_clusters(article_id, cluster, signature) VALUES ($1, $2, $3)`, id, cluster, sig.Bytes()); err != nil {
		return "", err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO cluster_bands(band, article_id) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING`, bands[:], id); err != nil {
		return "", err
	}
	return cluster, nil
}

// Clusters returns the clusters of the articles that have one (see
// [dyad.ClusterStore]).
func (s *Store) Clusters(ctx context.Context, ids []string) (map[string]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT article_id, cluster FROM article_clusters WHERE article_id = ANY($1)`, ids)
	if err != nil {
		return nil, wrap(ctx, "clusters", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, c string
		if err := rows.Scan(&id, &c); err != nil {
			return nil, wrap(ctx, "clusters", err)
		}
		out[id] = c
	}
	return out, wrap(ctx, "clusters", rows.Err())
}
