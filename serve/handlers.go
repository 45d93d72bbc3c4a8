package serve

import (
	"bytes"
	"context"
	"errors"
	"math"
	"mime"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"dyad"
	"dyad/annotate"
	"dyad/events"
	"dyad/network"
)

// list is the body of every paged answer: a page of items and, when more
// follow, the cursor of the next page.
type list[T any] struct {
	Data       []T    `json:"data"`
	NextCursor string `json:"next_cursor,omitempty"`
}

// reqParams parses r's query string.
func reqParams(r *http.Request) (*params, error) { return parseParams(r.URL.RawQuery) }

// noParams checks that r has no query parameters.
func noParams(r *http.Request) error {
	p, err := reqParams(r)
	if err != nil {
		return err
	}
	return p.finish()
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) (any, error) {
	if err := noParams(r); err != nil {
		return nil, err
	}
	st, err := s.st.Stats(r.Context())
	return st, err
}

// searchQuery is what GET /api/v1/search reads: the text query and the
// filters checked on each hit's analysis.
type searchQuery struct {
	q                dyad.SearchQuery
	actor, code      string
	quad             int
	theme            string
	toneMin, toneMax *float64
	offset, limit    int
}

func (f *searchQuery) filtered() bool {
	return f.actor != "" || f.code != "" || f.quad != 0 || f.theme != "" || f.toneMin != nil || f.toneMax != nil
}

// keep reports whether an article's analysis passes the filters: an
// asserted event with the actor (as source or target), the code and the
// quad class; the theme; a tone in range.
func (f *searchQuery) keep(a *dyad.Analysis) bool {
	if f.actor != "" || f.code != "" || f.quad != 0 {
		found := false
		for _, ev := range a.Events {
			if ev.Negated || ev.Hypothetical {
				continue
			}
			if (f.actor == "" || strings.HasPrefix(ev.Source, f.actor) || strings.HasPrefix(ev.Target, f.actor)) &&
				(f.code == "" || strings.HasPrefix(ev.Code, f.code)) && (f.quad == 0 || ev.Quad == f.quad) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if f.theme != "" && !slices.ContainsFunc(a.Themes, func(t dyad.Theme) bool { return t.Code == f.theme }) {
		return false
	}
	if f.toneMin != nil || f.toneMax != nil {
		if a.Tone == nil || (f.toneMin != nil && a.Tone.Tone < *f.toneMin) || (f.toneMax != nil && a.Tone.Tone > *f.toneMax) {
			return false
		}
	}
	return true
}

func parseSearch(p *params) searchQuery {
	var f searchQuery
	f.q.Text = p.get("q")
	if f.q.Text == "" && p.err == nil {
		p.fail("parameter q: give a query, such as q=sanctions -iran")
	}
	f.q.From, f.q.To = p.dates()
	f.actor = p.actor("actor")
	f.code = p.eventCode()
	f.quad = p.integer("quad", 0, 1, 4)
	f.theme = p.word("theme")
	f.toneMin, f.toneMax = p.number("tone_min"), p.number("tone_max")
	f.limit = p.integer("limit", 20, 1, 100)
	f.offset = p.cursor()
	return f
}

// searchScan bounds the hits one filtered search page examines.
const searchScan = 200

func (s *Server) search(w http.ResponseWriter, r *http.Request) (any, error) {
	p, err := reqParams(r)
	if err != nil {
		return nil, err
	}
	f := parseSearch(p)
	if err := p.finish(); err != nil {
		return nil, err
	}
	ctx := r.Context()
	fetch := func(offset, n int) ([]dyad.SearchHit, error) {
		q := f.q
		q.Offset, q.Limit = offset, n
		return s.st.Search(ctx, q)
	}
	var keep func(dyad.SearchHit) (bool, error)
	if f.filtered() {
		keep = func(h dyad.SearchHit) (bool, error) {
			a, err := s.st.Article(ctx, h.ID)
			if dyad.ErrorCode(err) == dyad.ENOTFOUND {
				return false, nil
			}
			if err != nil {
				return false, err
			}
			return f.keep(a), nil
		}
	}
	hits, next, err := scan(f.offset, f.limit, searchScan, fetch, keep)
	if err != nil {
		return nil, err
	}
	out := list[dyad.SearchHit]{Data: hits}
	if next >= 0 {
		out.NextCursor = p.nextCursor(next)
	}
	return out, nil
}

// scan pages through fetch from offset and keeps the items keep accepts
// (all when keep is nil) until it has limit of them, the source ends, or it
// has examined maxScan items. It returns the kept items and the offset to
// go on from, -1 when the source ended. A filtered page may so hold fewer
// than limit items and still have a next page.
func scan[T any](offset, limit, maxScan int, fetch func(offset, n int) ([]T, error), keep func(T) (bool, error)) ([]T, int, error) {
	out := []T{}
	if keep == nil {
		items, err := fetch(offset, limit+1)
		if err != nil {
			return nil, 0, err
		}
		if len(items) > limit {
			return items[:limit], offset + limit, nil
		}
		return items, -1, nil
	}
	examined := 0
	batch := max(2*limit, 50)
	for examined < maxScan {
		n := min(batch, maxScan-examined)
		items, err := fetch(offset, n)
		if err != nil {
			return nil, 0, err
		}
		for i, it := range items {
			ok, err := keep(it)
			if err != nil {
				return nil, 0, err
			}
			if ok {
				out = append(out, it)
				if len(out) == limit {
					next := offset + i + 1
					if len(items) < n && !anyKept(items[i+1:], keep) {
						next = -1 // the source ended with nothing more to keep
					}
					return out, next, nil
				}
			}
		}
		examined += len(items)
		offset += len(items)
		if len(items) < n {
			return out, -1, nil
		}
	}
	return out, offset, nil
}

// anyKept reports whether keep accepts any of items (false on error: the
// next page will meet it).
func anyKept[T any](items []T, keep func(T) (bool, error)) bool {
	for _, it := range items {
		if ok, err := keep(it); ok || err != nil {
			return true
		}
	}
	return false
}

// eventQuery is what GET /api/v1/events reads.
type eventQuery struct {
	f      dyad.EventFilter
	quad   int
	limit  int
	offset int
}

func parseEvents(p *params) eventQuery {
	var q eventQuery
	q.f.Actor, q.f.Source, q.f.Target = p.actor("actor"), p.actor("source"), p.actor("target")
	q.f.Code = p.eventCode()
	q.f.Plover = p.plover()
	q.quad = p.integer("quad", 0, 1, 4)
	q.f.From, q.f.To = p.dates()
	q.f.ArticleID = p.get("article")
	q.f.IncludeNegated = p.flag("negated")
	q.f.IncludeHypothetical = p.flag("hypothetical")
	q.f.ExcludeInferred = p.flag("no_inferred")
	q.limit = p.integer("limit", 100, 1, 500)
	q.offset = p.cursor()
	return q
}

// ploverNames are the PLOVER categories of the codebook.
var ploverNames = sync.OnceValue(func() []string {
	var cats []string
	for _, c := range events.Codes() {
		if pl := events.PLOVER(c.Code); pl != "" && !slices.Contains(cats, pl) {
			cats = append(cats, pl)
		}
	}
	slices.Sort(cats)
	return cats
})

// plover returns a PLOVER category in capitals, or "".
func (p *params) plover() string {
	s := strings.ToUpper(p.get("plover"))
	if s != "" && !slices.Contains(ploverNames(), s) {
		p.fail("parameter plover=%q: want one of %s", s, strings.Join(ploverNames(), ", "))
		return ""
	}
	return s
}

// eventScan bounds the events one quad-filtered page examines.
const eventScan = 5000

func (s *Server) events(w http.ResponseWriter, r *http.Request) (any, error) {
	p, err := reqParams(r)
	if err != nil {
		return nil, err
	}
	q := parseEvents(p)
	if err := p.finish(); err != nil {
		return nil, err
	}
	ctx := r.Context()
	fetch := func(offset, n int) ([]dyad.EventRecord, error) {
		f := q.f
		f.Offset, f.Limit = offset, n
		f.NoSentenceText = true // eventItems reads it with the sentence's place
		return s.st.Events(ctx, f)
	}
	var keep func(dyad.EventRecord) (bool, error)
	if q.quad != 0 {
		keep = func(e dyad.EventRecord) (bool, error) { return e.Quad == q.quad, nil }
	}
	recs, next, err := scan(q.offset, q.limit, eventScan, fetch, keep)
	if err != nil {
		return nil, err
	}
	items, err := s.eventItems(ctx, recs)
	if err != nil {
		return nil, err
	}
	out := list[eventItem]{Data: items}
	if next >= 0 {
		out.NextCursor = p.nextCursor(next)
	}
	return out, nil
}

// eventItems places each event in its sentence, read with the sentence's
// mentions by Store.Sentences (not whole articles).
func (s *Server) eventItems(ctx context.Context, recs []dyad.EventRecord) ([]eventItem, error) {
	keys := make([]dyad.SentenceKey, 0, len(recs))
	for _, r := range recs {
		keys = append(keys, dyad.SentenceKey{ArticleID: r.ArticleID, Index: r.Sentence})
	}
	infos, err := s.st.Sentences(ctx, keys)
	if err != nil {
		return nil, err
	}
	byKey := make(map[dyad.SentenceKey]*dyad.SentenceInfo, len(infos))
	for i := range infos {
		byKey[infos[i].SentenceKey] = &infos[i]
	}
	out := make([]eventItem, 0, len(recs))
	for _, r := range recs {
		out = append(out, newEventItem(r, byKey[dyad.SentenceKey{ArticleID: r.ArticleID, Index: r.Sentence}]))
	}
	return out, nil
}

// bucket is a timeline period with its mean Goldstein value and, when
// asked for, the number of articles reporting its events.
type bucket struct {
	dyad.TimelineBucket
	GoldsteinMean float64 `json:"goldstein_mean"`
	Articles      *int    `json:"articles,omitempty"`
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) (any, error) {
	p, err := reqParams(r)
	if err != nil {
		return nil, err
	}
	var q dyad.TimelineQuery
	q.A, q.B = p.actor("a"), p.actor("b")
	if (q.A == "" || q.B == "") && p.err == nil {
		p.fail("parameters a and b: give two actor codes, such as a=CHN&b=RUS")
	}
	q.By = p.oneOf("by", "month", "day", "week", "month", "year")
	q.From, q.To = p.dates()
	q.IncludeNegated = p.flag("negated")
	q.IncludeHypothetical = p.flag("hypothetical")
	q.ExcludeInferred = p.flag("no_inferred")
	coverage := p.flag("coverage")
	if err := p.finish(); err != nil {
		return nil, err
	}
	bs, err := s.st.Timeline(r.Context(), q)
	if err != nil {
		return nil, err
	}
	var articles map[string]int
	if coverage {
		if articles, err = s.coverage(r.Context(), q); err != nil {
			return nil, err
		}
	}
	out := list[bucket]{Data: make([]bucket, 0, len(bs))}
	for _, b := range bs {
		mean := 0.0
		if b.Events > 0 {
			mean = math.Round(b.Goldstein/float64(b.Events)*1000) / 1000
		}
		bk := bucket{TimelineBucket: b, GoldsteinMean: mean}
		if coverage {
			n := articles[b.Period]
			bk.Articles = &n
		}
		out.Data = append(out.Data, bk)
	}
	return out, nil
}

// coverageEvents bounds the events read to count the articles of a pair.
const coverageEvents = 100_000

// coverage counts, per period of q, the articles that report an event
// between q.A and q.B: the volume of coverage of the pair. It reads the
// events of both directions (at most coverageEvents each).
func (s *Server) coverage(ctx context.Context, q dyad.TimelineQuery) (map[string]int, error) {
	seen := map[string]map[string]bool{} // period -> article IDs
	for _, dir := range [][2]string{{q.A, q.B}, {q.B, q.A}} {
		evs, err := s.st.Events(ctx, dyad.EventFilter{Source: dir[0], Target: dir[1], From: q.From, To: q.To,
			IncludeNegated: q.IncludeNegated, IncludeHypothetical: q.IncludeHypothetical, ExcludeInferred: q.ExcludeInferred,
			NoSentenceText: true, Limit: coverageEvents})
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			d, err := time.Parse(dyad.DateLayout, e.Date)
			if err != nil {
				continue // undated: on no timeline
			}
			period := dyad.PeriodStart(q.By, d).Format(dyad.DateLayout)
			if seen[period] == nil {
				seen[period] = map[string]bool{}
			}
			seen[period][e.ArticleID] = true
		}
	}
	out := make(map[string]int, len(seen))
	for period, ids := range seen {
		out[period] = len(ids)
	}
	return out, nil
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) (any, error) {
	p, err := reqParams(r)
	if err != nil {
		return nil, err
	}
	var f dyad.ActorFilter
	f.From, f.To = p.dates()
	f.Limit = p.integer("limit", 50, 1, 500)
	if err := p.finish(); err != nil {
		return nil, err
	}
	list0, err := s.st.Actors(r.Context(), f)
	if err != nil {
		return nil, err
	}
	return list[dyad.ActorStat]{Data: list0}, nil
}

func parseNetwork(p *params) (network.Filter, string) {
	var f network.Filter
	f.From, f.To = p.dates()
	f.Actor = p.actor("actor")
	f.Code = p.eventCode()
	f.Plover = p.plover()
	f.Quad = p.integer("quad", 0, 1, 4)
	f.MinEvents = p.integer("min_events", 1, 1, 1_000_000)
	f.IncludeNegated = p.flag("negated")
	f.IncludeHypothetical = p.flag("hypothetical")
	f.ExcludeInferred = p.flag("no_inferred")
	format := p.oneOf("format", "json", network.Formats...)
	return f, format
}

// networkEdges bounds the edges of one network answer.
const networkEdges = 5000

var networkTypes = map[string]string{
	"csv":  "text/csv; charset=utf-8",
	"dot":  "text/vnd.graphviz; charset=utf-8",
	"gexf": "application/gexf+xml",
}

func (s *Server) network(w http.ResponseWriter, r *http.Request) (any, error) {
	p, err := reqParams(r)
	if err != nil {
		return nil, err
	}
	f, format := parseNetwork(p)
	limit := p.integer("limit", 300, 1, networkEdges)
	if err := p.finish(); err != nil {
		return nil, err
	}
	f.MaxEvents = s.cfg.MaxNetworkEvents
	g, err := network.Build(r.Context(), s.st, f)
	if err != nil {
		return nil, err
	}
	if g = g.Top(limit); format == "json" {
		return g, nil
	}
	var buf bytes.Buffer
	if err := network.Write(&buf, format, g); err != nil {
		return nil, err
	}
	return &file{name: "network." + format, ctype: networkTypes[format], body: buf.Bytes()}, nil
}

// file is an answer that is not JSON: a file to download, named; and,
// with no name, an answer encoded as JSON (see encode).
type file struct {
	name, ctype string
	body        []byte
}

func (f *file) size() int { return len(f.name) + len(f.ctype) + len(f.body) + 64 }

// themeItem is one theme of the taxonomy.
type themeItem struct {
	Code  string   `json:"code"`
	About string   `json:"about"`
	Terms []string `json:"terms"`
}

func (s *Server) themes(w http.ResponseWriter, r *http.Request) (any, error) {
	if err := noParams(r); err != nil {
		return nil, err
	}
	out := list[themeItem]{Data: []themeItem{}}
	for _, d := range annotate.Taxonomy() {
		out.Data = append(out.Data, themeItem{d.Code, d.About, d.Terms})
	}
	return out, nil
}

// codeItem is one CAMEO code of the codebook.
type codeItem struct {
	Code      string  `json:"code"`
	Name      string  `json:"name"`
	Quad      int     `json:"quad"`
	Goldstein float64 `json:"goldstein"`
	Plover    string  `json:"plover,omitempty"`
}

func (s *Server) codes(w http.ResponseWriter, r *http.Request) (any, error) {
	if err := noParams(r); err != nil {
		return nil, err
	}
	out := list[codeItem]{Data: []codeItem{}}
	for _, c := range events.Codes() {
		out.Data = append(out.Data, codeItem{c.Code, c.Name, c.Quad, c.Goldstein, events.PLOVER(c.Code)})
	}
	return out, nil
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) (any, error) {
	if err := noParams(r); err != nil {
		return nil, err
	}
	id := r.PathValue("id")
	if len(id) > maxParamBytes {
		return nil, dyad.Errorf(dyad.EINVALID, "article ID of %d bytes: at most %d", len(id), maxParamBytes)
	}
	a, err := s.st.Article(r.Context(), id)
	if err != nil {
		return nil, err
	}
	return newArticleDoc(a), nil
}

func (s *Server) postArticles(w http.ResponseWriter, r *http.Request) (any, error) {
	if err := s.authorized(r); err != nil {
		return nil, err
	}
	if err := noParams(r); err != nil {
		return nil, err
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json", "application/x-ndjson", "application/jsonl":
	default:
		return nil, dyad.Errorf(dyad.EINVALID, "Content-Type %q: send application/json (an article or an array of them) or application/x-ndjson", ct)
	}
	if r.ContentLength > s.cfg.MaxBody {
		return nil, dyad.Errorf(ETOOLARGE, "body of %d bytes: at most %d", r.ContentLength, s.cfg.MaxBody)
	}
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	sum, err := s.cfg.Ingest(r.Context(), body)
	if s.cache != nil {
		s.cache.clear()
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return nil, dyad.Errorf(ETOOLARGE, "body over %d bytes: send fewer articles at a time", s.cfg.MaxBody)
	}
	return sum, err
}

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) (any, error) {
	if err := noParams(r); err != nil {
		return nil, err
	}
	return openAPIDoc, nil
}
