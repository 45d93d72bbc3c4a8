package serve

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"dyad"
)

// Config configures a Server. Only Store is required.
type Config struct {
	Store dyad.Store

	// Token, when set, allows POST /api/v1/articles to requests carrying
	// "Authorization: Bearer TOKEN". Without it the server is read-only.
	Token string
	// Ingest stores the articles of a request body (JSON: one article, an
	// array of them, or JSON Lines) and returns a summary to send back as
	// JSON. The server calls it only for requests with the token; nil
	// makes POST /api/v1/articles answer read_only.
	Ingest func(ctx context.Context, body io.Reader) (any, error)

	QueryTimeout  time.Duration // time limit of one read request; 0 means 10 s
	IngestTimeout time.Duration // time limit of one POST; 0 means 5 min
	MaxBody       int64         // largest POST body in bytes; 0 means 16 MiB
	// MaxInFlight bounds the requests answered at once; the others wait,
	// light ones first (see gate). 0 means two per CPU, at least 4: as
	// many as the stores' pools of connections hold, so that requests
	// queue here in order and not for a connection.
	MaxInFlight int
	// MaxNetworkEvents bounds the events one network is built from; 0
	// means 200,000.
	MaxNetworkEvents int
	// CacheTTL is how long the answer of a heavy GET (search, actors,
	// network, terms) is given again to the same request, and identical
	// requests in flight share one query; 0 means 10 s, below 0 no cache.
	// A POST clears it. Over a store that tells when it changed (a
	// versioner: SQLite), answers of those and of timelines and stats are
	// kept instead until the store changes, and CacheTTL does not count.
	CacheTTL time.Duration

	Log *slog.Logger // one line per request; nil logs nothing
}

// Server answers the API and serves the page. It is an http.Handler.
type Server struct {
	cfg     Config
	st      dyad.Store
	mux     *http.ServeMux
	probe   *http.ServeMux // the API's patterns without methods, to tell 405 from 404
	routes  []route
	gate    *gate         // MaxInFlight requests answered at once, light ones first
	posting chan struct{} // one POST at a time
	cache   *answerCache  // recent answers of heavy GETs; nil when CacheTTL < 0
	ver     versioner     // the store, when it tells when it changed
	seen    atomic.Uint64 // the store's version at the last request
}

// route is one API endpoint.
type route struct {
	Method, Path string // Path as in ServeMux patterns: /api/v1/articles/{id}
	h            func(w http.ResponseWriter, r *http.Request) (any, error)
	// cached marks the GETs whose answers are kept (see Config.CacheTTL)
	// and shared by identical requests in flight.
	cached bool
	// heavy marks endpoints whose queries may read much of the store
	// (aggregates over a date range, full-text ranking, whole networks):
	// fewer of them run at once, so that they cannot crowd out the light
	// ones (an event page, a timeline, an article).
	heavy bool
}

// New returns a Server over cfg.Store.
func New(cfg Config) *Server {
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = 10 * time.Second
	}
	if cfg.IngestTimeout <= 0 {
		cfg.IngestTimeout = 5 * time.Minute
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 16 << 20
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = max(4, 2*runtime.GOMAXPROCS(0))
	}
	if cfg.MaxNetworkEvents <= 0 {
		cfg.MaxNetworkEvents = 200_000
	}
	if cfg.CacheTTL == 0 {
		cfg.CacheTTL = 10 * time.Second
	}
	s := &Server{cfg: cfg, st: cfg.Store, mux: http.NewServeMux(), probe: http.NewServeMux(),
		posting: make(chan struct{}, 1),
		gate:    newGate(cfg.MaxInFlight, max(1, min(cfg.MaxInFlight/4, runtime.GOMAXPROCS(0)-1)), cfg.QueryTimeout/4)}
	s.routes = []route{
		{"GET", "/api/v1/stats", s.stats, true, false},
		{"GET", "/api/v1/search", s.search, true, true},
		{"GET", "/api/v1/events", s.events, false, false},
		{"GET", "/api/v1/timeline", s.timeline, true, false},
		{"GET", "/api/v1/actors", s.actors, true, true},
		{"GET", "/api/v1/network", s.network, true, true},
		{"GET", "/api/v1/themes", s.themes, false, false},
		{"GET", "/api/v1/codes", s.codes, false, false},
		{"GET", "/api/v1/terms", s.terms, true, true},
		{"GET", "/api/v1/articles/{id}", s.article, false, false},
		// A POST may analyse for minutes: were it heavy, it would hold the
		// heavy requests' place that long. POSTs wait for each other
		// before the gate (posting), so that one at most takes a place.
		{"POST", "/api/v1/articles", s.postArticles, false, false},
		{"GET", "/api/v1/openapi.json", s.openAPI, false, false},
	}
	s.ver, _ = cfg.Store.(versioner)
	if cfg.CacheTTL > 0 {
		s.cache = newAnswerCache(1000, 64<<20)
	}
	seen := map[string]bool{}
	for _, rt := range s.routes {
		s.mux.Handle(rt.Method+" "+rt.Path, s.api(rt))
		if !seen[rt.Path] {
			seen[rt.Path] = true
			s.probe.Handle(rt.Path, http.NotFoundHandler())
		}
	}
	s.mux.Handle("/api/", s.api(route{h: s.noRoute}))
	s.mux.Handle("GET /{$}", page("index.html"))
	s.mux.Handle("GET /assets/", assets())
	return s
}

// ServeHTTP answers one request with the security headers every response
// carries: a Content-Security-Policy that allows scripts, styles and
// requests to this server only and no inline script or style.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	s.mux.ServeHTTP(sw, r)
	if s.cfg.Log != nil {
		s.cfg.Log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
			"ms", float64(time.Since(start).Microseconds())/1000)
	}
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// api wraps an endpoint: a slot among MaxInFlight, a time limit, and one
// JSON writer for results and errors.
func (s *Server) api(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limit := s.cfg.QueryTimeout
		if r.Method == http.MethodPost {
			limit = s.cfg.IngestTimeout
		}
		ctx, cancel := context.WithTimeout(r.Context(), limit)
		defer cancel()
		call := func() (any, error) {
			if r.Method == http.MethodPost {
				select {
				case s.posting <- struct{}{}:
					defer func() { <-s.posting }()
				case <-ctx.Done():
					return nil, ctx.Err()
				}
			}
			if err := s.gate.enter(ctx, rt.heavy); err != nil {
				return nil, err
			}
			defer s.gate.leave(rt.heavy)
			v, err := rt.h(w, r.WithContext(ctx))
			if err != nil {
				return nil, err
			}
			return encode(v)
		}
		var v any
		var err error
		if key, keep, ok := s.cacheKey(ctx, rt, r); ok {
			v, err = s.cache.do(key, keep, call)
		} else {
			v, err = call()
		}
		if err != nil {
			if code := errorCode(err); code == dyad.EINTERNAL && s.cfg.Log != nil {
				s.cfg.Log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
			}
			status, body := errorBody(err)
			writeJSON(w, status, body)
			return
		}
		f := v.(*file)
		w.Header().Set("Content-Type", f.ctype)
		if f.name != "" {
			w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": f.name}))
		} else {
			w.Header().Set("Cache-Control", "no-store")
		}
		w.Write(f.body)
	})
}

// encode turns a handler's answer into the response's bytes, which is
// what the answer cache keeps: a file as it is, anything else as JSON.
func encode(v any) (*file, error) {
	if f, ok := v.(*file); ok {
		return f, nil
	}
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		return nil, fmt.Errorf("encode the answer: %w", err)
	}
	return &file{ctype: "application/json; charset=utf-8", body: buf.Bytes()}, nil
}

// versioner is a store that tells when it changed: DataVersion changes
// whenever a write to the store commits, by this server or another
// process, and stays the same otherwise (sqlite.Store).
type versioner interface {
	DataVersion(ctx context.Context) (uint64, error)
}

// keepVersioned is how long an answer over a versioner is kept while the
// store does not change; the cache's bound on entries forgets it sooner.
const keepVersioned = time.Hour

// cacheKey returns the key under which r's answer is kept, and for how
// long: over a versioner, the store's version is in the key, so that an
// answer is given again only while the store has not changed (and a
// change forgets every answer kept); over another store, only heavy
// answers are kept, for CacheTTL. It returns false when r's answer is
// not to be kept.
func (s *Server) cacheKey(ctx context.Context, rt route, r *http.Request) (string, time.Duration, bool) {
	if !rt.cached || r.Method != http.MethodGet || s.cache == nil {
		return "", 0, false
	}
	key := r.URL.Path + "?" + r.URL.RawQuery
	if s.ver == nil {
		return key, s.cfg.CacheTTL, rt.heavy
	}
	v, err := s.ver.DataVersion(ctx)
	if err != nil {
		return "", 0, false
	}
	if old := s.seen.Swap(v); old != v {
		s.cache.clear()
	}
	return key + "#" + strconv.FormatUint(v, 10), keepVersioned, true
}

// writeJSON writes v as the whole response.
func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		_, body := errorBody(err)
		json.NewEncoder(&buf).Encode(body)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// noRoute answers a path under /api/ that no route serves: 405 when the
// path exists with other methods, naming them, else 404.
func (s *Server) noRoute(w http.ResponseWriter, r *http.Request) (any, error) {
	if _, pat := s.probe.Handler(r); pat != "" {
		var allow []string
		for _, rt := range s.routes {
			if rt.Path == pat {
				allow = append(allow, rt.Method)
			}
		}
		w.Header().Set("Allow", strings.Join(allow, ", "))
		return nil, dyad.Errorf(EMETHOD, "%s %s: use %s", r.Method, r.URL.Path, strings.Join(allow, " or "))
	}
	return nil, dyad.Errorf(dyad.ENOTFOUND, "no endpoint %s (see /api/v1/openapi.json)", r.URL.Path)
}

// authorized checks the bearer token in constant time.
func (s *Server) authorized(r *http.Request) error {
	if s.cfg.Token == "" || s.cfg.Ingest == nil {
		return dyad.Errorf(EREADONLY, "this server is read-only: start it with --token to accept articles")
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) != 1 {
		return dyad.Errorf(EUNAUTHORIZED, "POST needs the header Authorization: Bearer TOKEN with the server's token")
	}
	return nil
}

// Run serves on ln until ctx is done, then stops accepting connections and
// waits up to grace for the requests in flight to finish. It returns nil
// after a shutdown that ctx asked for.
func (s *Server) Run(ctx context.Context, ln net.Listener, grace time.Duration) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      max(s.cfg.QueryTimeout, s.cfg.IngestTimeout) + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := hs.Shutdown(sctx)
	if err != nil {
		// Requests still running after grace: cut their connections, so
		// that none outlives Run and the store it reads.
		hs.Close()
		err = fmt.Errorf("serve: requests still running after %v: %w", grace, err)
	}
	if serr := <-done; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}
