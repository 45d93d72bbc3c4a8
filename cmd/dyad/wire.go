package main

import (
	"context"
	"fmt"
	"strings"

	"dyad"
	"dyad/annotate"
	"dyad/events"
	"dyad/gazetteer"
	"dyad/pipeline"
	"dyad/segment"
	"dyad/sqlite"
)

// openStore opens the store a --db value names: a postgres:// URL selects
// PostgreSQL, anything else is a SQLite file.
func openStore(ctx context.Context, db string) (dyad.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return nil, fmt.Errorf("--db %s: this build has no PostgreSQL store", redact(db))
	}
	return sqlite.Open(ctx, db)
}

// redact hides a password in a database URL.
func redact(db string) string {
	at := strings.LastIndex(db, "@")
	scheme := strings.Index(db, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return db
	}
	userinfo := db[scheme+3 : at]
	if i := strings.Index(userinfo, ":"); i >= 0 {
		return db[:scheme+3] + userinfo[:i] + ":***" + db[at:]
	}
	return db
}

// newAnalyzer returns the full analysis pipeline with the built-in
// dictionaries and patterns.
func newAnalyzer() *pipeline.Analyzer {
	return pipeline.NewAnalyzer(
		segment.Stage(),
		gazetteer.Stage(),
		events.Stage(events.DefaultPatterns()),
		annotate.Stage(),
	)
}
