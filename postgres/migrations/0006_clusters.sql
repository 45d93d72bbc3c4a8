-- 0006: near-duplicate clusters (dyad.ClusterStore): each article's MinHash
-- signature and cluster, and the band keys under which similar signatures
-- are found. Articles stored before have no cluster: each is its own.
CREATE TABLE article_clusters (
	article_id TEXT PRIMARY KEY,
	cluster    TEXT NOT NULL,
	signature  BYTEA NOT NULL
);
CREATE INDEX article_clusters_cluster ON article_clusters(cluster);
CREATE TABLE cluster_bands (
	band       BIGINT NOT NULL,
	article_id TEXT NOT NULL,
	PRIMARY KEY (band, article_id)
);
