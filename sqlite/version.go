package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// version tells whether the file changed, from a connection of its own
// that never writes: SQLite's PRAGMA data_version on a connection changes
// whenever another connection, of this process or another one, commits a
// write to the file.
type version struct {
	mu   sync.Mutex
	db   *sql.DB   // one connection
	conn *sql.Conn // held, so that every PRAGMA runs on the same one
	last int64     // data_version at the last call
	gen  uint64
}

func openVersion(dsn string) (*version, error) {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return &version{db: db}, nil
}

// DataVersion returns a number that changes whenever a write to the store
// commits, made through this Store or by another process (dyad ingest
// into the file a server reads), and stays the same otherwise; a server
// keeps answers while it does. It costs one PRAGMA on a connection kept
// for it.
func (s *Store) DataVersion(ctx context.Context) (uint64, error) {
	v := s.ver
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.conn == nil {
		c, err := v.db.Conn(ctx)
		if err != nil {
			return 0, wrap(ctx, "data version", err)
		}
		v.conn, v.last = c, -1
	}
	var dv int64
	if err := v.conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&dv); err != nil {
		// Another connection next time: its numbers are not this one's.
		v.conn.Close()
		v.conn = nil
		v.gen++
		return 0, wrap(ctx, "data version", err)
	}
	if dv != v.last {
		v.last = dv
		v.gen++
	}
	return v.gen, nil
}

func (v *version) close() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.conn != nil {
		v.conn.Close()
		v.conn = nil
	}
	return v.db.Close()
}
