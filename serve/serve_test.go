package serve

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"dyad"
	"dyad/sqlite"
	"dyad/storetest"
)

// stores returns the stores the API tests run against, each filled with
// storetest.Fixtures: SQLite always, PostgreSQL when
// DYAD_TEST_POSTGRES_URL is set (in a schema of its own).
func stores(t *testing.T) map[string]dyad.Store {
	t.Helper()
	ctx := context.Background()
	out := map[string]dyad.Store{}
	sq, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "serve.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sq.Close() })
	out["sqlite"] = sq
	if url := os.Getenv("DYAD_TEST_POSTGRES_URL"); url != "" {
		out["postgres"] = openPostgres(t, url)
	}
	for _, st := range out {
		if _, err := st.Put(ctx, storetest.Fixtures()); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// fixtureServer returns a test server over a SQLite store of the fixtures.
func fixtureServer(t *testing.T, cfg Config) *httptest.Server {
	t.Helper()
	cfg.Store = stores(t)["sqlite"]
	srv := httptest.NewServer(New(cfg))
	t.Cleanup(srv.Close)
	return srv
}

// get requests path and decodes the JSON answer into v (when not nil).
func get(t *testing.T, srv *httptest.Server, path string, v any) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if v != nil && strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v\n%s", path, err, body)
		}
	}
	return resp.StatusCode, resp.Header, string(body)
}

type eventsPage struct {
	Data []struct {
		ArticleID    string `json:"article_id"`
		Index        int    `json:"index"`
		Code         string `json:"code"`
		Quad         int    `json:"quad"`
		SentenceText string `json:"sentence_text"`
		Trigger      span   `json:"trigger"`
		SentenceSpan *span  `json:"sentence_span"`
		Marks        []mark `json:"marks"`
	} `json:"data"`
	NextCursor string `json:"next_cursor"`
}

func (p eventsPage) keys() []string {
	var out []string
	for _, d := range p.Data {
		out = append(out, d.ArticleID+"/"+string(rune('0'+d.Index)))
	}
	return out
}

// TestAPI runs every read endpoint against each store: the answers the
// fixtures call for, and EINVALID for bad parameters.
func TestAPI(t *testing.T) {
	for name, st := range stores(t) {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(New(Config{Store: st}))
			defer srv.Close()
			testEvents(t, srv)
			testErrors(t, srv)
			testOthers(t, srv)
		})
	}
}

func testEvents(t *testing.T, srv *httptest.Server) {
	tests := []struct {
		query string
		want  string
	}{
		{"", "a4/0 a4/1 a1/0 a1/1 a2/0 a3/0 a6/0"},
		{"?actor=rus", "a4/0 a4/1 a1/0 a1/1 a2/0"},
		{"?source=CHNGOV&target=RUS", "a4/1 a1/0 a1/1"},
		{"?code=04", "a4/1 a1/0"},
		{"?root=05", "a1/1"},
		{"?root=04&code=042", "a4/1"},
		{"?plover=consult", "a4/1 a1/0"},
		{"?quad=4", "a2/0 a6/0"},
		{"?quad=4&negated=1&hypothetical=true", "a2/0 a3/1 a6/0"},
		{"?from=2024-05-16&to=2024-05-20", "a1/0 a1/1 a2/0"},
		{"?article=a2&negated=true", "a2/0 a2/1"},
		{"?no_inferred=1&code=19", ""},
	}
	for _, tc := range tests {
		var page eventsPage
		status, _, body := get(t, srv, "/api/v1/events"+tc.query, &page)
		if status != 200 {
			t.Errorf("events%s: status %d: %s", tc.query, status, body)
			continue
		}
		if got := strings.Join(page.keys(), " "); got != tc.want {
			t.Errorf("events%s: %q, want %q", tc.query, got, tc.want)
		}
	}

	// Pages: a cursor goes on where the last page ended, and the last page
	// has none.
	var all []string
	path := "/api/v1/events?limit=3&negated=1"
	for range 10 {
		var page eventsPage
		if status, _, body := get(t, srv, path, &page); status != 200 {
			t.Fatalf("%s: %d %s", path, status, body)
		}
		all = append(all, page.keys()...)
		if page.NextCursor == "" {
			break
		}
		path = "/api/v1/events?negated=1&limit=3&cursor=" + page.NextCursor
	}
	if got := strings.Join(all, " "); got != "a4/0 a4/1 a1/0 a1/1 a2/0 a2/1 a3/0 a6/0" {
		t.Errorf("paged: %s", got)
	}
	// A filtered page (quad) pages by what it examined.
	var q1 eventsPage
	get(t, srv, "/api/v1/events?quad=1&limit=2", &q1)
	var q2 eventsPage
	get(t, srv, "/api/v1/events?quad=1&limit=2&cursor="+q1.NextCursor, &q2)
	if got := strings.Join(append(q1.keys(), q2.keys()...), " "); got != "a4/0 a4/1 a1/0 a1/1" || q1.NextCursor == "" || q2.NextCursor != "" {
		t.Errorf("quad pages: %s, next %q", got, q2.NextCursor)
	}

	// Provenance: the trigger and actors of an event inside its sentence,
	// in bytes and in code points.
	var page eventsPage
	get(t, srv, "/api/v1/events?article=a1&code=057", &page)
	if len(page.Data) != 1 {
		t.Fatalf("a1 057: %+v", page)
	}
	ev := page.Data[0]
	if ev.SentenceSpan == nil {
		t.Fatalf("no sentence span: %+v", ev)
	}
	kinds := map[string]string{}
	for _, m := range ev.Marks {
		if got := ev.SentenceText[m.Start:m.End]; got != m.Text {
			t.Errorf("mark %s: bytes [%d,%d) hold %q, not %q", m.Kind, m.Start, m.End, got, m.Text)
		}
		if got := string([]rune(ev.SentenceText)[m.StartCP:m.EndCP]); got != m.Text {
			t.Errorf("mark %s: code points hold %q, not %q", m.Kind, got, m.Text)
		}
		kinds[m.Kind] = m.Text
	}
	if kinds["trigger"] != "signed" {
		t.Errorf("marks %+v: want the trigger signed", ev.Marks)
	}
}

func testErrors(t *testing.T, srv *httptest.Server) {
	tests := []struct {
		path   string
		status int
		code   string
		msg    string
	}{
		{"/api/v1/events?from=2024-13-01", 400, "invalid", "from"},
		{"/api/v1/events?from=2024-06-01&to=2024-01-01", 400, "invalid", "after"},
		{"/api/v1/events?limit=0", 400, "invalid", "limit"},
		{"/api/v1/events?limit=501", 400, "invalid", "limit"},
		{"/api/v1/events?quad=5", 400, "invalid", "quad"},
		{"/api/v1/events?code=5x", 400, "invalid", "code"},
		{"/api/v1/events?root=057", 400, "invalid", "root"},
		{"/api/v1/events?root=05&code=04", 400, "invalid", "not in root"},
		{"/api/v1/events?plover=WAR", 400, "invalid", "plover"},
		{"/api/v1/events?actor=R%27US", 400, "invalid", "actor"},
		{"/api/v1/events?negated=maybe", 400, "invalid", "negated"},
		{"/api/v1/events?actr=RUS", 400, "invalid", "unknown parameter actr"},
		{"/api/v1/events?actor=RUS&actor=CHN", 400, "invalid", "2 times"},
		{"/api/v1/events?cursor=xyz", 400, "invalid", "cursor"},
		{"/api/v1/events?q=%zz", 400, "invalid", "malformed"},
		{"/api/v1/events?actor=" + strings.Repeat("A", 5000), 413, "too_large", "query string"},
		{"/api/v1/search", 400, "invalid", "q"},
		{"/api/v1/search?q=%22unclosed", 400, "invalid", ""},
		{"/api/v1/timeline?a=CHN", 400, "invalid", "a and b"},
		{"/api/v1/timeline?a=CHN&b=RUS&by=hour", 400, "invalid", "by"},
		{"/api/v1/articles/nosuch", 404, "not_found", ""},
		{"/api/v1/nosuch", 404, "not_found", "no endpoint"},
		{"/api/v1/terms?article=a1&q=x", 400, "invalid", "not both"},
		{"/api/v1/network?format=png", 400, "invalid", "format"},
	}
	for _, tc := range tests {
		var body apiError
		status, hdr, raw := get(t, srv, tc.path, &body)
		if status != tc.status || body.Error.Code != tc.code || !strings.Contains(body.Error.Message, tc.msg) {
			t.Errorf("%s: %d %s, want %d %s with %q", tc.path, status, raw, tc.status, tc.code, tc.msg)
		}
		if ct := hdr.Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Errorf("%s: Content-Type %q", tc.path, ct)
		}
	}
	// A cursor of another query is refused.
	var page eventsPage
	get(t, srv, "/api/v1/events?limit=1", &page)
	var body apiError
	if status, _, _ := get(t, srv, "/api/v1/events?limit=1&actor=USA&cursor="+page.NextCursor, &body); status != 400 ||
		!strings.Contains(body.Error.Message, "another query") {
		t.Errorf("cursor of another query: %d %+v", status, body)
	}
	// A path with other methods is 405 with Allow.
	resp, err := http.Post(srv.URL+"/api/v1/stats", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 || resp.Header.Get("Allow") != "GET" {
		t.Errorf("POST stats: %d, Allow %q", resp.StatusCode, resp.Header.Get("Allow"))
	}
}

func testOthers(t *testing.T, srv *httptest.Server) {
	var stats dyad.Stats
	get(t, srv, "/api/v1/stats", &stats)
	if stats.Articles != 6 || stats.Events != 9 {
		t.Errorf("stats %+v", stats)
	}

	var tl list[bucket]
	get(t, srv, "/api/v1/timeline?a=chn&b=rus&by=month", &tl)
	if len(tl.Data) != 3 || tl.Data[0].Period != "2023-12-01" || tl.Data[2].Events != 2 || tl.Data[2].GoldsteinMean != 4.5 {
		t.Errorf("timeline %+v", tl.Data)
	}

	// Coverage: the articles reporting each period's events.
	var cov struct {
		Data []struct {
			Period   string
			Events   int
			Articles *int
		}
	}
	get(t, srv, "/api/v1/timeline?a=CHN&b=RUS&by=year&coverage=1&negated=1", &cov)
	if len(cov.Data) != 2 || cov.Data[1].Articles == nil || *cov.Data[1].Articles != 2 || *cov.Data[0].Articles != 1 {
		t.Errorf("coverage %+v", cov.Data)
	}
	var hits list[dyad.SearchHit]
	get(t, srv, "/api/v1/search?q=tariffs", &hits)
	if len(hits.Data) != 2 || hits.Data[0].ID != "a6" {
		t.Errorf("search tariffs: %+v", hits.Data)
	}
	for _, tc := range []struct{ query, want string }{
		{"q=tariffs&actor=USAGOV", "a6"},
		{"q=tariffs&quad=3", "a3"},
		{"q=tariffs&theme=ECON_TRADE&limit=1", "a6"},
		{"q=pipeline OR shelled&tone_min=0", "a1"},
		{"q=pipeline OR shelled&tone_max=-1", "a2"},
		{"q=pipeline OR shelled&root=19", "a2"},
	} {
		var hits list[dyad.SearchHit]
		status, _, body := get(t, srv, "/api/v1/search?"+strings.ReplaceAll(tc.query, " ", "+"), &hits)
		var ids []string
		for _, h := range hits.Data {
			ids = append(ids, h.ID)
		}
		if status != 200 || strings.Join(ids, " ") != tc.want {
			t.Errorf("search %s: %d %v %s, want %s", tc.query, status, ids, body, tc.want)
		}
	}

	var actors list[dyad.ActorStat]
	get(t, srv, "/api/v1/actors?limit=2", &actors)
	if len(actors.Data) != 2 || actors.Data[0].Actor != "CHNGOV" {
		t.Errorf("actors %+v", actors.Data)
	}

	var themes list[themeItem]
	get(t, srv, "/api/v1/themes", &themes)
	if len(themes.Data) < 5 || themes.Data[0].Code == "" {
		t.Errorf("themes %+v", themes.Data)
	}
	var codes list[codeItem]
	get(t, srv, "/api/v1/codes", &codes)
	if len(codes.Data) < 200 {
		t.Errorf("%d codes", len(codes.Data))
	}

	var terms termsResult
	get(t, srv, "/api/v1/terms?q=tariffs&count=tariffs&kwic=tariffs&width=2", &terms)
	if terms.Articles != 2 || terms.Count == nil || terms.Count.Occurrences != 4 || len(terms.KWIC) != 4 {
		t.Errorf("terms %+v", terms)
	}
	var all termsResult
	get(t, srv, "/api/v1/terms?top=3", &all)
	if all.Articles != 6 || len(all.Terms) != 3 {
		t.Errorf("terms of the store %+v", all)
	}

	var g struct {
		Nodes []struct{ ID string } `json:"nodes"`
		Edges []struct {
			Source, Target string
			Events         int
		} `json:"edges"`
	}
	get(t, srv, "/api/v1/network?min_events=2", &g)
	if len(g.Edges) != 1 || g.Edges[0].Source != "CHNGOV" || g.Edges[0].Events != 3 || len(g.Nodes) != 2 {
		t.Errorf("network %+v", g)
	}
	status, hdr, body := get(t, srv, "/api/v1/network?format=dot", nil)
	if status != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/vnd.graphviz") || !strings.Contains(body, `"CHNGOV" -> "RUSGOV"`) {
		t.Errorf("network dot: %d %v %s", status, hdr, body)
	}
}

// TestArticleSpans: every span of an article is given in bytes and in
// code points, and both slice the text to the same string, in an article
// with curly quotes and accents before its spans.
func TestArticleSpans(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "u.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	text := "“Café” talks: Zürich’s envoy met Putin in Kyiv. Later, 😀 Russia said “no”."
	idx := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	ms, me := idx("Putin")
	ts, te := idx("met")
	qs, qe := idx("no")
	ds, de := idx("Later")
	s0 := strings.Index(text, "Later")
	a := &dyad.Analysis{Article: dyad.Article{ID: "u1", Title: "<script>alert(1)</script>", Text: text},
		Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: s0 - 1}}, {Span: dyad.Span{Start: s0, End: len(text)}}},
		Mentions:  []dyad.Mention{{Sentence: 0, Kind: dyad.KindPerson, Text: "Putin", Span: dyad.Span{Start: ms, End: me}, Actor: "RUSGOV"}},
		Events: []dyad.Event{{Sentence: 0, Source: "RUSGOV", Target: "UKR", Code: "040", Root: "04", Quad: 1,
			Trigger: dyad.Trigger{Span: dyad.Span{Start: ts, End: te}, Text: "met"}}},
		Quotes: []dyad.Quote{{Text: "no", Span: dyad.Span{Start: qs, End: qe}}},
		Dates:  []dyad.DateRef{{Date: "2024-01-01", Text: "Later", Span: dyad.Span{Start: ds, End: de}}},
		Themes: []dyad.Theme{{Code: "DIPLOMACY", Count: 1, Spans: []dyad.Span{{Start: ts, End: te}}}},
	}
	if _, err := st.Put(ctx, []*dyad.Analysis{a}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(Config{Store: st}))
	defer srv.Close()

	var doc struct {
		Text      string                   `json:"text"`
		Length    int                      `json:"length"`
		LengthCP  int                      `json:"length_cp"`
		Sentences []span                   `json:"sentences"`
		Mentions  []span                   `json:"mentions"`
		Quotes    []span                   `json:"quotes"`
		Dates     []span                   `json:"dates"`
		Events    []struct{ Trigger span } `json:"events"`
		Themes    []struct{ Spans []span } `json:"themes"`
	}
	status, _, raw := get(t, srv, "/api/v1/articles/u1", &doc)
	if status != 200 {
		t.Fatalf("%d %s", status, raw)
	}
	if strings.Contains(raw, "<script>") {
		t.Errorf("the JSON holds <script> unescaped")
	}
	if doc.Length != len(text) || doc.LengthCP != utf8.RuneCountInString(text) {
		t.Errorf("length %d/%d, want %d/%d", doc.Length, doc.LengthCP, len(text), utf8.RuneCountInString(text))
	}
	all := append(append(append(append(doc.Sentences, doc.Mentions...), doc.Quotes...), doc.Dates...), doc.Events[0].Trigger, doc.Themes[0].Spans[0])
	cps := []rune(doc.Text)
	for _, sp := range all {
		if b, c := doc.Text[sp.Start:sp.End], string(cps[sp.StartCP:sp.EndCP]); b != c {
			t.Errorf("span %+v: bytes give %q, code points %q", sp, b, c)
		}
	}
	if doc.Mentions[0].StartCP != strings.Index(string(cps), "Putin") && string(cps[doc.Mentions[0].StartCP:doc.Mentions[0].EndCP]) != "Putin" {
		t.Errorf("mention %+v", doc.Mentions[0])
	}

	// The event list places the event in its sentence in both units.
	var page eventsPage
	get(t, srv, "/api/v1/events?article=u1", &page)
	ev := page.Data[0]
	sr := []rune(ev.SentenceText)
	for _, m := range ev.Marks {
		if string(sr[m.StartCP:m.EndCP]) != m.Text || ev.SentenceText[m.Start:m.End] != m.Text {
			t.Errorf("mark %+v in %q", m, ev.SentenceText)
		}
	}
	if len(ev.Marks) != 2 || string(cps[ev.Trigger.StartCP:ev.Trigger.EndCP]) != "met" {
		t.Errorf("event %+v", ev)
	}
}

func TestRunes(t *testing.T) {
	for _, text := range []string{"", "abc", "“é”", strings.Repeat("ü", 300) + "x" + strings.Repeat("a", 256)} {
		r := newRunes(text)
		n := 0
		for i := 0; i <= len(text); i++ {
			if i == len(text) || utf8.RuneStart(text[i]) {
				if got := r.at(i); got != n {
					t.Errorf("%q: at(%d) = %d, want %d", text, i, got, n)
				}
				n++
			}
		}
		if r.at(len(text)+5) != utf8.RuneCountInString(text) || r.at(-1) != 0 {
			t.Errorf("%q: not clamped", text)
		}
	}
}
