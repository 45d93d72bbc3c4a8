package postgres

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgconn"

	"dyad"
	"dyad/internal/search"
)

// These tests need no server.

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://u:pw@h:5432/db", "postgres://u:xxxxx@h:5432/db"},
		{"postgresql://u:p%40ss@h/db?sslmode=disable", "postgresql://u:xxxxx@h/db?sslmode=disable"},
		{"postgres://u@h/db", "postgres://u@h/db"},
		{"postgres://h/db?user=u&password=pw&x=1", "postgres://h/db?user=u&password=xxxxx&x=1"},
		{"postgres://u:pw@h/db?sslpassword=k", "postgres://u:xxxxx@h/db?sslpassword=xxxxx"},
		{"postgres://postgres:postgres@h/postgres", "postgres://postgres:xxxxx@h/postgres"},
		{"postgres://u:a@b@h/db", "postgres://u:xxxxx@h/db"},
		{"host=h user=u password=pw dbname=d", "host=h user=u password=xxxxx dbname=d"},
		{"host=h password = 'p w\\' x' dbname=d", "host=h password = 'xxxxx' dbname=d"},
		{"password=pw", "password=xxxxx"},
		{"host=h sslpassword=k", "host=h sslpassword=xxxxx"},
		{"host=h dbname=password", "host=h dbname=password"},
		{"", ""},
		{"postgres://u:pw@", "postgres://u:xxxxx@"},
		{"password='unterminated", "password='xxxxx"},
		{"postgres://u:p%40ss@[::1/db", "postgres://u:xxxxx@[::1/db"}, // no URL: redacted all the same
		{"postgres://u:pw@h/db?password=a&sslpassword=b#f", "postgres://u:xxxxx@h/db?password=xxxxx&sslpassword=xxxxx#f"},
		{"host=h password=a sslpassword=b", "host=h password=xxxxx sslpassword=xxxxx"},
		{"password= dbname=d", "password= xxxxx"}, // libpq reads dbname=d as the password
		{`password='a\'`, "password='xxxxx"},
		{"user=password", "user=password"},
	}
	for _, tc := range tests {
		if got := Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRedactAsParsed checks that what Redact hides is the password that
// pgconn.ParseConfig reads from the string, and that nothing else changes
// in what it reads.
func TestRedactAsParsed(t *testing.T) {
	for _, conn := range []string{
		"postgres://u:pw@h:5432/db",
		"postgresql://u:p%40ss@h/db?sslmode=disable",
		"postgres://h/db?user=u&password=pw&application_name=x",
		"host=h user=u password=pw dbname=d",
		`host=h password = 'p w\' x' dbname=d`,
		"host=h password=pw port=5433",
	} {
		cfg, err := pgconn.ParseConfig(conn)
		if err != nil {
			t.Fatalf("ParseConfig(%q): %v", conn, err)
		}
		red, err := pgconn.ParseConfig(Redact(conn))
		if err != nil {
			t.Fatalf("ParseConfig(Redact(%q)): %v", conn, err)
		}
		if cfg.Password == "" || red.Password != "xxxxx" || strings.Contains(Redact(conn), cfg.Password) {
			t.Errorf("Redact(%q) = %q: password %q, was %q", conn, Redact(conn), red.Password, cfg.Password)
		}
		if red.Host != cfg.Host || red.Port != cfg.Port || red.User != cfg.User || red.Database != cfg.Database ||
			!reflect.DeepEqual(red.RuntimeParams, cfg.RuntimeParams) {
			t.Errorf("Redact(%q) = %q reads as %s@%s:%d/%s %v", conn, Redact(conn), red.User, red.Host, red.Port, red.Database, red.RuntimeParams)
		}
	}
}

func TestScrub(t *testing.T) {
	conn := "postgres://u:p%40ss@[::1/db"
	msg := `cannot parse "postgres://u:p%40ss@[::1/db": password p@ss`
	if got := scrub(conn, msg); strings.Contains(got, "p%40ss") || strings.Contains(got, "p@ss") {
		t.Errorf("scrub left the password in %q", got)
	}
}

func TestPrefixEnd(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"RUS", "RUT", true},
		{"05", "06", true},
		{"Z", "[", true},
		{"\x7f", "\u0080", true},
		{"a\U0010FFFF", "b", true},
		{"\U0010FFFF\U0010FFFF", "", false},
		{"\uD7FF", "\uE000", true},
		{"é", "ê", true},
	}
	for _, tc := range tests {
		got, ok := prefixEnd(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("prefixEnd(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
		if ok && !utf8.ValidString(got) {
			t.Errorf("prefixEnd(%q) = %q: not UTF-8", tc.in, got)
		}
	}
}

// TestTSQuery checks the translation of parsed queries: every word and
// phrase an argument, never part of the SQL.
func TestTSQuery(t *testing.T) {
	tests := []struct {
		q, sql string
		args   []any
	}{
		{"U.S.", "phraseto_tsquery('english', $1)", []any{"U.S."}},
		{`"electric vehicles"`, "phraseto_tsquery('english', $1)", []any{"electric vehicles"}},
		{"sanctions -iran", "(phraseto_tsquery('english', $1) && !!phraseto_tsquery('english', $2))", []any{"sanctions", "iran"}},
		{"(a OR b) c", "((phraseto_tsquery('english', $1) || phraseto_tsquery('english', $2)) && phraseto_tsquery('english', $3))",
			[]any{"a", "b", "c"}},
		{`O'Brien\x*`, "to_tsquery('english', $1)", []any{`'O''Brien\\x':*`}},
		{"a -(b c)", "(phraseto_tsquery('english', $1) && !!(phraseto_tsquery('english', $2) && phraseto_tsquery('english', $3)))",
			[]any{"a", "b", "c"}},
	}
	for _, tc := range tests {
		n, err := search.Parse(tc.q)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.q, err)
		}
		var w where
		if got := w.tsquery(n); got != tc.sql || !reflect.DeepEqual(w.args, tc.args) {
			t.Errorf("tsquery(%q) = %s %q, want %s %q", tc.q, got, w.args, tc.sql, tc.args)
		}
	}
}

func TestValidate(t *testing.T) {
	ok := func() *dyad.Analysis {
		return &dyad.Analysis{
			Article:   dyad.Article{ID: "x", Text: "Xi met Putin."},
			Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 13}}},
			Events:    []dyad.Event{{Code: "040", Trigger: dyad.Trigger{Span: dyad.Span{Start: 3, End: 6}, Text: "met"}}},
		}
	}
	tests := []struct {
		name  string
		spoil func(a *dyad.Analysis)
		ok    bool
	}{
		{"valid", func(*dyad.Analysis) {}, true},
		{"blank ID", func(a *dyad.Analysis) { a.Article.ID = " " }, false},
		{"sentence past the end", func(a *dyad.Analysis) { a.Sentences[0].End = 14 }, false},
		{"no code", func(a *dyad.Analysis) { a.Events[0].Code = "" }, false},
		{"NUL in trigger text", func(a *dyad.Analysis) { a.Events[0].Trigger.Text = "\x00" }, false},
		{"bad place name", func(a *dyad.Analysis) { a.Events[0].Place = &dyad.Place{Name: "\xff"} }, false},
		{"theme span", func(a *dyad.Analysis) { a.Themes = []dyad.Theme{{Code: "X", Spans: []dyad.Span{{Start: 2, End: 1}}}} }, false},
	}
	for _, tc := range tests {
		a := ok()
		tc.spoil(a)
		if err := validate(a); (err == nil) != tc.ok {
			t.Errorf("%s: validate = %v, want ok=%v", tc.name, err, tc.ok)
		}
	}
	if validate(nil) == nil {
		t.Error("validate(nil) passed")
	}
}

// FuzzRedact checks that Redact never panics and hides a password put in a
// URL or keyword/value string.
func FuzzRedact(f *testing.F) {
	f.Add("postgres://u:%s@h/db", "pw12")
	f.Add("host=h password=%s", "x y")
	f.Add("postgres://h/db?password=%s&a=b", "secret")
	f.Add("%s", "password=")
	f.Fuzz(func(t *testing.T, tmpl, pw string) {
		_ = Redact(tmpl + pw)
		_ = scrub(tmpl, pw)
		if len(pw) < 4 || strings.ContainsAny(pw, "@/?#:& \t\n\r'\\=%") || strings.Contains("postgres://u:@h/db host= password=xxxxx", pw) {
			return
		}
		for _, conn := range []string{"postgres://u:" + pw + "@h/db", "host=h password=" + pw + " dbname=d",
			"postgres://h/db?password=" + pw} {
			if got := Redact(conn); strings.Contains(got, pw) {
				t.Fatalf("Redact(%q) = %q shows the password", conn, got)
			}
		}
	})
}

// tsquerySQL is what a translated query may hold: calls, operators and
// placeholders, never text of the query itself.
var tsquerySQL = regexp.MustCompile(`^(phraseto_tsquery\('english', \$\d+\)|to_tsquery\('english', \$\d+\)|[()!&| ])+$`)

// FuzzTSQuery checks that the translation of any query that parses is made
// of calls, operators and placeholders only, one argument per placeholder.
func FuzzTSQuery(f *testing.F) {
	for _, q := range []string{"a", "a -b", "(a OR b) c", `"a b" x*`, "'); DROP TABLE articles; --", `\' OR 1=1`} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		n, err := search.Parse(q)
		if err != nil {
			return
		}
		var w where
		got := w.tsquery(n)
		if !tsquerySQL.MatchString(got) || strings.Count(got, "$") != len(w.args) {
			t.Fatalf("tsquery(%q) = %s with %d arguments", q, got, len(w.args))
		}
	})
}

// TestPlan checks what Put decides for a batch, before any SQL: each
// analysis as if put in turn, the last version of an ID written, stored
// ones deleted first.
func TestPlan(t *testing.T) {
	an := func(id, text string) *dyad.Analysis {
		return &dyad.Analysis{Article: dyad.Article{ID: id, Text: text}}
	}
	hash := func(id, text string) string { return an(id, text).Article.Hash() }
	tests := []struct {
		name   string
		batch  []*dyad.Analysis
		stored map[string]string
		res    []dyad.PutResult
		write  []int
		del    []string
	}{
		{"new", []*dyad.Analysis{an("a", "x"), an("b", "y")}, nil,
			[]dyad.PutResult{dyad.PutNew, dyad.PutNew}, []int{0, 1}, nil},
		{"unchanged and updated", []*dyad.Analysis{an("a", "x"), an("b", "z")}, map[string]string{"a": hash("a", "x"), "b": hash("b", "y")},
			[]dyad.PutResult{dyad.PutUnchanged, dyad.PutUpdated}, []int{1}, []string{"b"}},
		{"same ID twice", []*dyad.Analysis{an("a", "x"), an("a", "y"), an("a", "y")}, nil,
			[]dyad.PutResult{dyad.PutNew, dyad.PutUpdated, dyad.PutUnchanged}, []int{1}, nil},
		{"back to the stored", []*dyad.Analysis{an("a", "y"), an("a", "x")}, map[string]string{"a": hash("a", "x")},
			[]dyad.PutResult{dyad.PutUpdated, dyad.PutUpdated}, []int{1}, []string{"a"}},
	}
	for _, tt := range tests {
		p := plan(tt.batch, tt.stored)
		if !reflect.DeepEqual(p.res, tt.res) || !reflect.DeepEqual(p.write, tt.write) || !reflect.DeepEqual(p.del, tt.del) {
			t.Errorf("%s: res %v write %v del %v; want %v %v %v", tt.name, p.res, p.write, p.del, tt.res, tt.write, tt.del)
		}
		for i, a := range tt.batch {
			if p.hashes[i] != a.Article.Hash() {
				t.Errorf("%s: hash %d", tt.name, i)
			}
		}
	}
}
