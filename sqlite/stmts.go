package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// maxPrepared bounds the reading statements kept prepared. The queries of
// the store are few shapes (an event query's SQL depends on which filters
// it has and how many actor codes it reads), so the bound is met only by
// something unusual; past it, queries are prepared each time.
const maxPrepared = 512

// prepared keeps the reading statements prepared, by their SQL: SQLite
// parses and plans a statement in about as long as it takes to answer a
// light query, and database/sql prepares a statement once on each
// connection of the pool and reuses it there.
type prepared struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// stmt returns the statement of query, prepared on the readers, or nil
// when there are too many or it does not prepare (the caller then asks
// the query unprepared, and gets its error).
func (p *prepared) stmt(ctx context.Context, db *sql.DB, query string) *sql.Stmt {
	p.mu.Lock()
	st := p.m[query]
	full := len(p.m) >= maxPrepared
	p.mu.Unlock()
	if st != nil || full {
		return st
	}
	st, err := db.PrepareContext(ctx, query)
	if err != nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m == nil {
		p.m = map[string]*sql.Stmt{}
	}
	if old := p.m[query]; old != nil {
		st.Close()
		return old
	}
	p.m[query] = st
	return st
}

func (p *prepared) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, st := range p.m {
		st.Close()
	}
	p.m = nil
}

// reader runs the store's read queries with prepared statements, within a
// read transaction when tx is set.
type reader struct {
	s  *Store
	tx *sql.Tx
}

// read returns a reader of the store, in tx when it is not nil.
func (s *Store) read(tx *sql.Tx) reader { return reader{s, tx} }

func (r reader) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st := r.s.prep.stmt(ctx, r.s.r, query)
	switch {
	case st == nil && r.tx != nil:
		return r.tx.QueryContext(ctx, query, args...)
	case st == nil:
		return r.s.r.QueryContext(ctx, query, args...)
	case r.tx != nil:
		return r.tx.StmtContext(ctx, st).QueryContext(ctx, args...)
	}
	return st.QueryContext(ctx, args...)
}

func (r reader) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st := r.s.prep.stmt(ctx, r.s.r, query)
	switch {
	case st == nil && r.tx != nil:
		return r.tx.QueryRowContext(ctx, query, args...)
	case st == nil:
		return r.s.r.QueryRowContext(ctx, query, args...)
	case r.tx != nil:
		return r.tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return st.QueryRowContext(ctx, args...)
}
