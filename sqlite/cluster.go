package sqlite

import (
	"context"
	"database/sql"
	"strings"

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
	st, err := prepareClusters(ctx, tx)
	if err != nil {
		return nil, wrap(ctx, "assign clusters", err)
	}
	defer st.close()
	out := make([]string, len(ids))
	for i, id := range ids {
		c, err := st.assign(ctx, id, sigs[i])
		if err != nil {
			return nil, wrap(ctx, "assign clusters", err)
		}
		out[i] = c
	}
	return out, wrap(ctx, "assign clusters", tx.Commit())
}

// clusterStmts are the statements of assigning clusters, prepared once per
// batch: an article's stored cluster, the articles sharing one of its
// bands, and the inserts of its cluster and bands (four statements an
// article, not eighteen).
type clusterStmts struct {
	existing, similar, insert, bands *sql.Stmt
}

func prepareClusters(ctx context.Context, tx *sql.Tx) (*clusterStmts, error) {
	marks := strings.Repeat(",?", dyad.SignatureBands)[1:]
	rows := strings.Repeat(",(?, ?)", dyad.SignatureBands)[1:]
	st := &clusterStmts{}
	for _, q := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.existing, `SELECT cluster FROM article_clusters WHERE article_id = ?`},
		{&st.similar, `SELECT c.article_id, c.cluster, c.signature FROM cluster_bands b
			JOIN article_clusters c ON c.article_id = b.article_id WHERE b.band IN (` + marks + `)`},
		{&st.insert, `INSERT INTO article_clusters(article_id, cluster, signature) VALUES (?, ?, ?)`},
		{&st.bands, `INSERT OR IGNORE INTO cluster_bands(band, article_id) VALUES ` + rows},
	} {
		var err error
		if *q.dst, err = tx.PrepareContext(ctx, q.sql); err != nil {
			st.close()
			return nil, err
		}
	}
	return st, nil
}

func (st *clusterStmts) close() {
	for _, s := range []*sql.Stmt{st.existing, st.similar, st.insert, st.bands} {
		if s != nil {
			s.Close()
		}
	}
}

// assign assigns one article's cluster: the cluster of the most similar
// stored article at least NearDuplicate alike that shares a band with it
// (the smallest cluster ID on a tie), else its own ID.
func (st *clusterStmts) assign(ctx context.Context, id string, sig dyad.Signature) (string, error) {
	var cluster string
	err := st.existing.QueryRowContext(ctx, id).Scan(&cluster)
	if err == nil {
		return cluster, nil
	}
	if err != sql.ErrNoRows {
		return "", err
	}
	near := dyad.NewNearest(id, sig)
	bands := sig.Bands()
	args := make([]any, 0, 2*len(bands))
	for _, b := range bands {
		args = append(args, b)
	}
	rows, err := st.similar.QueryContext(ctx, args...)
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
		near.Consider(raw, otherCluster)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return "", err
	}
	cluster = near.Cluster()
	if _, err := st.insert.ExecContext(ctx, id, cluster, sig.Bytes()); err != nil {
		return "", err
	}
	args = args[:0]
	for _, b := range bands {
		args = append(args, b, id)
	}
	if _, err := st.bands.ExecContext(ctx, args...); err != nil {
		return "", err
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
