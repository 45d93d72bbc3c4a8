package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"dyad"
	"dyad/internal/migrate"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Store is a [dyad.Store] in a PostgreSQL database. It is safe for
// concurrent use, and several processes may write to one database at once.
type Store struct {
	pool *pgxpool.Pool
	url  string // the URL without its password, for messages

	closeOnce sync.Once
}

var _ dyad.Store = (*Store)(nil)

// Open connects to the database at url (a postgres:// URL or a libpq
// keyword/value string, as pgx reads them) and applies the migrations the
// database does not have yet. Parameters of the URL beyond pgx's and
// pgxpool's own (pool_max_conns and the like) are session settings: with
// ?search_path=x the store lives in schema x, which must exist. The database
// must be UTF-8 encoded. Errors name the URL without its password.
func Open(ctx context.Context, url string) (*Store, error) {
	name := Redact(url)
	if strings.TrimSpace(url) == "" {
		return nil, dyad.Errorf(dyad.EINVALID, "postgres: empty database URL")
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, dyad.Errorf(dyad.EINVALID, "postgres %s: %s", name, scrub(url, err.Error()))
	}
	if _, ok := cfg.ConnConfig.RuntimeParams["application_name"]; !ok {
		cfg.ConnConfig.RuntimeParams["application_name"] = "dyad"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres %s: %s", name, scrub(url, err.Error()))
	}
	s := &Store{pool: pool, url: name}
	if err := s.init(ctx); err != nil {
		pool.Close()
		var de *dyad.Error
		if errors.As(err, &de) {
			return nil, dyad.Errorf(de.Code, "postgres %s: %s", name, scrub(url, de.Message))
		}
		return nil, fmt.Errorf("postgres %s: %s", name, scrub(url, err.Error()))
	}
	return s, nil
}

// init checks the server and brings the schema up to date.
func (s *Store) init(ctx context.Context) error {
	var enc string
	var schema *string
	err := s.pool.QueryRow(ctx, `SELECT current_setting('server_encoding'), current_schema()`).Scan(&enc, &schema)
	if err != nil {
		return wrap(ctx, "connect", err)
	}
	if enc != "UTF8" {
		return dyad.Errorf(dyad.EINVALID, "the database is encoded in %s, not UTF8", enc)
	}
	if schema == nil {
		var sp string
		_ = s.pool.QueryRow(ctx, `SHOW search_path`).Scan(&sp)
		return dyad.Errorf(dyad.EINVALID, "no schema of the search path %q exists: create it first", sp)
	}
	return s.migrate(ctx)
}

// URL returns the URL the store was opened on, without its password.
func (s *Store) URL() string { return s.url }

// Close closes the pool. Calling it again does nothing.
func (s *Store) Close() error {
	s.closeOnce.Do(s.pool.Close)
	return nil
}

// migrateLock is the advisory lock of the migrations of the current schema.
const migrateLock = `hashtextextended('dyad migrate ' || current_schema(), 0)`

// migrate applies, each in its own transaction, the migrations the schema's
// dyad_migrations table does not list, holding a session advisory lock on
// the schema meanwhile, so that processes connecting at once apply each
// migration once.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrate.Load(migrationFS, "migrations")
	if err != nil {
		return err
	}
	// Up to date: nothing to lock or create, so that roles without the
	// right to change the schema connect too.
	var have int
	err = s.pool.QueryRow(ctx, `SELECT CASE WHEN to_regclass('dyad_migrations') IS NULL THEN 0
		ELSE (SELECT coalesce(max(version), 0) FROM dyad_migrations) END`).Scan(&have)
	if err == nil && len(ms) > 0 && have >= ms[len(ms)-1].Version {
		return nil
	}
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return wrap(ctx, "migrate", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(`+migrateLock+`)`); err != nil {
		return wrap(ctx, "migrate: lock", err)
	}
	defer func() {
		// Without the unlock the lock would live as long as the pooled
		// connection: close the connection instead.
		if _, err := conn.Exec(context.Background(), `SELECT pg_advisory_unlock(`+migrateLock+`)`); err != nil {
			conn.Conn().Close(context.Background())
		}
	}()
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS dyad_migrations (
		version    integer PRIMARY KEY,
		name       text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return wrap(ctx, "migrate", err)
	}
	if err := conn.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM dyad_migrations`).Scan(&have); err != nil {
		return wrap(ctx, "migrate", err)
	}
	for _, m := range ms {
		if m.Version <= have {
			continue
		}
		tx, err := conn.Begin(ctx)
		if err != nil {
			return wrap(ctx, "migration "+m.Name, err)
		}
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			tx.Rollback(context.Background())
			return wrap(ctx, "migration "+m.Name, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO dyad_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
			tx.Rollback(context.Background())
			return wrap(ctx, "migration "+m.Name, err)
		}
		if err := tx.Commit(ctx); err != nil {
			return wrap(ctx, "migration "+m.Name, err)
		}
	}
	return nil
}

// SchemaVersion returns the number of the last migration applied to the
// schema.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM dyad_migrations`).Scan(&v)
	return v, wrap(ctx, "schema version", err)
}

// wrap translates a driver error at the edge: nil stays nil, a *dyad.Error
// passes through, a cancelled context is returned as such, a constraint
// violation becomes ECONFLICT, text PostgreSQL cannot hold becomes
// EINVALID, and anything else becomes a message naming the operation.
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
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case strings.HasPrefix(pe.Code, "23"): // integrity constraint violation
			return dyad.Errorf(dyad.ECONFLICT, "%s: %s", op, pe.Message)
		case pe.Code == "22021" || pe.Code == "22P05": // bad UTF-8, NUL
			return dyad.Errorf(dyad.EINVALID, "%s: %s", op, pe.Message)
		}
		return fmt.Errorf("%s: %s (SQLSTATE %s): %w", op, pe.Message, pe.Code, errPG)
	}
	return fmt.Errorf("%s: %w", op, err)
}

// errPG stands for the server's error in wrapped messages, which carry the
// server's message itself.
var errPG = errors.New("postgres error")

// Redact returns a connection string with its password replaced by xxxxx:
// the userinfo password of a URL (by [url.URL.Redacted]), and password= or
// sslpassword= settings of a URL's query or of a keyword/value string, as
// [pgconn.ParseConfig] reads them. A URL that does not parse is redacted
// all the same.
func Redact(conn string) string {
	if u, err := url.Parse(conn); err == nil && strings.Contains(conn, "://") {
		params := strings.Split(u.RawQuery, "&")
		for i, p := range params {
			if k, _, ok := strings.Cut(p, "="); ok && (k == "password" || k == "sslpassword") {
				params[i] = k + "=xxxxx"
			}
		}
		u.RawQuery = strings.Join(params, "&")
		return u.Redacted()
	}
	spans := passwordSpans(conn)
	for i := len(spans) - 1; i >= 0; i-- { // from the end: offsets stay right
		sp := spans[i]
		conn = conn[:sp[0]] + "xxxxx" + conn[sp[1]:]
	}
	return conn
}

// scrub removes from msg every password of conn, raw or unescaped, for
// messages (of url.Parse, say) that quote the connection string.
func scrub(conn, msg string) string {
	var pws []string
	for _, sp := range passwordSpans(conn) {
		p := conn[sp[0]:sp[1]]
		pws = append(pws, p)
		if u, err := url.PathUnescape(p); err == nil && u != p {
			pws = append(pws, u)
		}
	}
	sort.Slice(pws, func(i, j int) bool { return len(pws[i]) > len(pws[j]) })
	for _, p := range pws {
		msg = strings.ReplaceAll(msg, p, "xxxxx")
	}
	return msg
}

// The passwords of a connection string, each in a group of its own.
var (
	// urlPasswords: the userinfo password of a URL, to the last '@' before
	// the path, and password parameters of its query.
	urlPasswords = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://[^:@/?#]*:([^/?#]*)@|[?&](?:ssl)?password=([^&#]*)`)
	// kvPasswords: password settings of a keyword/value string, white
	// space around '=' allowed, the value quoted (with backslash escapes,
	// perhaps unterminated) or not.
	kvPasswords = regexp.MustCompile(`(?:^|\s)(?:ssl)?password\s*=\s*(?:'((?:[^'\\]|\\.)*\\?)|([^\s']\S*))`)
)

// passwordSpans finds the passwords in a connection string, as byte spans
// in increasing order.
func passwordSpans(conn string) [][2]int {
	re := kvPasswords
	if strings.Contains(conn, "://") {
		re = urlPasswords
	}
	var out [][2]int
	for _, m := range re.FindAllStringSubmatchIndex(conn, -1) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 && m[g] < m[g+1] {
				out = append(out, [2]int{m[g], m[g+1]})
			}
		}
	}
	return out
}
