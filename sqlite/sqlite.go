package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"dyad"
	"dyad/internal/migrate"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Store is a [dyad.Store] in one SQLite file. It is safe for concurrent use.
type Store struct {
	path     string
	w        *sql.DB // the one writer connection, IMMEDIATE transactions; nil when read-only
	r        *sql.DB // readers
	readOnly bool    // opened by OpenReadOnly: Put fails

	stmts     putStmts
	prep      prepared // reading statements
	ver       *version // see DataVersion
	closeOnce sync.Once
	closeErr  error
}

var _ dyad.Store = (*Store)(nil)

// busyTimeout is how long, in milliseconds, a connection waits for a lock
// held by another connection or process before it gives up.
const busyTimeout = 10000

// mmap has every connection read the file through a memory map of up to
// 1 GiB: a page it reads is then a copy from the operating system's cache,
// not a read call, and a connection's own page cache (2 MiB) matters less.
// Writes still go through the WAL.
const mmap = "&_pragma=mmap_size(1073741824)"

// writerPragmas size the writer's page cache and how often it checkpoints.
// With SQLite's defaults (a 2 MiB cache, a checkpoint once the WAL holds
// 1,000 pages), the writer of the Reuters-21578 ingest spent 1.7-1.9 s
// waiting for the fsyncs of some forty checkpoints and 1.2 s reading back
// pages of the indexes it had just written: with an 8 MiB cache and a
// checkpoint every 10,000 pages (a WAL of up to 40 MiB), 0.7 s and 0.2 s,
// and about 1.2 s less of its CPU, for some 8 MB more of peak RSS. Every
// commit still goes through the WAL, so what was committed is as safe.
const writerPragmas = "&_pragma=cache_size(-8192)&_pragma=wal_autocheckpoint(10000)"

// readers sizes the pool of reading connections: a few per CPU, all kept
// open, so that a query finds a connection whose page cache and parsed
// schema are warm instead of opening a new one, and many requests at once
// wait for a connection rather than each open its own and share the CPUs
// among more SQLite engines than there are CPUs to run them.
func readers(db *sql.DB) {
	n := max(4, 2*runtime.GOMAXPROCS(0))
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
}

// Open opens the store in the file at path, creating the file when it does
// not exist, and applies the migrations it does not have yet. Errors name the
// path.
func Open(ctx context.Context, path string) (*Store, error) {
	if err := checkPath(path); err != nil {
		return nil, err
	}
	s := &Store{path: path}
	base := "file:" + escapePath(path) + "?_pragma=busy_timeout(" + strconv.Itoa(busyTimeout) + ")" +
		"&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	var err error
	// the writer reads through its own page cache, not the map: an ingest
	// that maps the file it grows counts the whole file in its resident
	// memory (Reuters-21578: 235 -> 300 MB)
	if s.w, err = sql.Open("sqlite", base+"&_txlock=immediate"+writerPragmas); err != nil {
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	s.w.SetMaxOpenConns(1)
	s.w.SetMaxIdleConns(1)
	if s.r, err = sql.Open("sqlite", base+mmap); err != nil {
		s.w.Close()
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	readers(s.r)
	if s.ver, err = openVersion(base); err != nil {
		s.closeDBs()
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	if err := s.w.PingContext(ctx); err != nil {
		s.closeDBs()
		return nil, fmt.Errorf("sqlite %s: %w", path, openError(ctx, err))
	}
	if err := s.migrate(ctx); err != nil {
		s.closeDBs()
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	if err := s.stmts.prepare(ctx, s.w); err != nil {
		s.closeDBs()
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	return s, nil
}

func checkPath(path string) error {
	if path == "" {
		return dyad.Errorf(dyad.EINVALID, "sqlite: empty database path")
	}
	if path == ":memory:" || strings.HasPrefix(path, "file:") {
		return dyad.Errorf(dyad.EINVALID, "sqlite %s: a file path is needed", path)
	}
	return nil
}

// OpenReadOnly opens the store in the existing file at path for queries. It
// never creates the file and writes to it only to upgrade an older schema,
// so a store in a read-only file or directory can be queried; Put fails
// with EINVALID.
//
// A file that does not exist, or holds no dyad store, is ENOTFOUND with the
// message "no store at PATH". A store of an older schema is migrated first
// when the file can be written, and is an error naming both versions when it
// cannot.
//
// Where the file can be written, its connections are read-write with
// PRAGMA query_only, so that the last one to close removes the "-wal" and
// "-shm" files as a writer's does; where it cannot, they are read-only. In
// WAL mode a reader needs the "-shm" index beside the file: when the
// directory is read-only and no writer left one there, no process can be
// writing the file, and it is opened as immutable, which SQLite reads
// without any lock or index.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	if err := checkPath(path); err != nil {
		return nil, err
	}
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "no store at %s", path)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, dyad.Errorf(dyad.EINVALID, "sqlite %s: a directory, not a store file", path)
	}
	ms, err := migrate.Load(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	latest := ms[len(ms)-1].Version
	s, have, err := openReader(ctx, path)
	if err != nil || have >= latest {
		return s, err
	}
	s.closeDBs()
	if have == 0 {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "no store at %s: the file holds no dyad tables", path)
	}
	w, err := Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: the store's schema is version %d, older than this dyad's %d, and cannot be upgraded here (run dyad ingest on a writable copy): %w",
			path, have, latest, errors.Unwrap(err))
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	s, _, err = openReader(ctx, path)
	return s, err
}

// openReader opens path for reading only, falling back to a read-only and
// then an immutable open when the WAL index cannot be made (see
// OpenReadOnly), and returns the store with its schema version.
func openReader(ctx context.Context, path string) (*Store, int, error) {
	base := "file:" + escapePath(path) + "?_pragma=busy_timeout(" + strconv.Itoa(busyTimeout) + ")" +
		"&_pragma=foreign_keys(1)" + mmap
	var err error
	for _, extra := range []string{"&mode=rw&_pragma=query_only(1)", "&mode=ro", "&mode=ro&immutable=1"} {
		var db *sql.DB
		if db, err = sql.Open("sqlite", base+extra); err != nil {
			return nil, 0, fmt.Errorf("sqlite %s: %w", path, err)
		}
		readers(db)
		var v int
		if err = db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err == nil {
			s := &Store{path: path, r: db, readOnly: true}
			if s.ver, err = openVersion(base + extra); err != nil {
				db.Close()
				return nil, 0, fmt.Errorf("sqlite %s: %w", path, err)
			}
			return s, v, nil
		}
		db.Close()
		if !noWALIndex(err) {
			break
		}
	}
	return nil, 0, fmt.Errorf("sqlite %s: %w", path, openError(ctx, err))
}

// noWALIndex reports whether err says that a read-only connection could not
// open or create the WAL index of the file.
func noWALIndex(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR:
		return true
	}
	return false
}

// escapePath makes a file path safe inside a SQLite URI.
func escapePath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		switch c := p[i]; c {
		case '%', '?', '#':
			fmt.Fprintf(&b, "%%%02X", c)
		default:
			b.WriteByte(c)
		}
	}
	out := b.String()
	if strings.HasPrefix(out, "//") { // would read as file://authority
		out = "/." + out[1:]
	}
	return out
}

func openError(ctx context.Context, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CANTOPEN {
		return errors.New("cannot open the database file")
	}
	return wrap(ctx, "open", err)
}

// Path returns the file the store was opened on.
func (s *Store) Path() string { return s.path }

// Close closes the store. Calling it again does nothing.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		if s.readOnly {
			s.closeErr = s.closeDBs()
			return
		}
		s.stmts.close()
		// Let SQLite refresh its planner statistics, without waiting long
		// for another process's write lock; failure is harmless.
		_, _ = s.w.Exec("PRAGMA busy_timeout = 200")
		_, _ = s.w.Exec("PRAGMA optimize")
		s.closeErr = s.closeDBs()
	})
	return s.closeErr
}

func (s *Store) closeDBs() error {
	s.prep.close()
	var err error
	if s.w != nil {
		err = s.w.Close()
	}
	if rerr := s.r.Close(); err == nil {
		err = rerr
	}
	if s.ver != nil {
		if verr := s.ver.close(); err == nil {
			err = verr
		}
	}
	if err != nil {
		return fmt.Errorf("sqlite %s: close: %w", s.path, err)
	}
	return nil
}

// migrate applies, each in its own transaction, the migrations newer than
// the file's user_version, and sets user_version to each one's number. The
// version is read inside the (IMMEDIATE) transaction, so two processes
// opening a new file at once apply every migration once.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrate.Load(migrationFS, "migrations")
	if err != nil {
		return err
	}
	for _, m := range ms {
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, m migrate.Migration) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return wrap(ctx, "migrate", err)
	}
	defer tx.Rollback()
	var have int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return wrap(ctx, "migrate", err)
	}
	if have >= m.Version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return wrap(ctx, "migration "+m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(m.Version)); err != nil {
		return wrap(ctx, "migration "+m.Name, err)
	}
	return wrap(ctx, "migration "+m.Name, tx.Commit())
}

// SchemaVersion returns the number of the last migration applied to the file.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.r.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, wrap(ctx, "schema version", err)
}

// wrap translates a driver error at the edge: nil stays nil, a *dyad.Error
// passes through, a cancelled context is returned as such, a constraint
// violation becomes ECONFLICT, and anything else becomes a short message
// naming the operation.
func wrap(ctx context.Context, op string, err error) error {
	if err == nil {
		return nil
	}
	var de *dyad.Error
	if errors.As(err, &de) {
		return err
	}
	if cerr := ctx.Err(); cerr != nil {
		return fmt.Errorf("%s: %w", op, cerr)
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CONSTRAINT:
			return dyad.Errorf(dyad.ECONFLICT, "%s: %s", op, trimDriver(se.Error()))
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return fmt.Errorf("%s: database is locked by another writer: %w", op, err)
		}
		return fmt.Errorf("%s: %s", op, trimDriver(se.Error()))
	}
	return fmt.Errorf("%s: %w", op, err)
}

// trimDriver shortens the driver's "description: detail (code)" messages to
// their detail.
func trimDriver(msg string) string {
	if i := strings.LastIndex(msg, " ("); i > 0 && strings.HasSuffix(msg, ")") {
		msg = msg[:i]
	}
	if _, detail, ok := strings.Cut(msg, ": "); ok && detail != "" {
		msg = detail
	}
	return msg
}
