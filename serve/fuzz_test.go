package serve

import (
	"strings"
	"testing"
	"time"

	"dyad"
)

// FuzzParams feeds query strings to the parsers of every endpoint's
// parameters: none panics, each fails with EINVALID or too_large or
// returns values within their bounds, and a cursor it makes reads back.
func FuzzParams(f *testing.F) {
	for _, s := range []string{"", "actor=RUS&from=2024-01-01&to=2024-12-31&limit=10", "quad=4&negated=1&root=19&code=190",
		"q=sanctions+-iran&tone_min=-3.5&theme=econ_trade", "cursor=abc", "limit=-1", "from=2024-02-30", "a=CHN&b=RUS&by=week",
		"plover=assault&no_inferred=true", "min_events=3&format=gexf", "limit=1&limit=2", "%zz", "actor=%00", "tone_max=NaN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		check := func(name string, p *params, err error, ok func()) {
			if err == nil {
				err = p.finish()
			}
			if err != nil {
				if c := dyad.ErrorCode(err); c != dyad.EINVALID && c != ETOOLARGE {
					t.Fatalf("%s %q: %v (%s)", name, raw, err, c)
				}
				return
			}
			ok()
		}
		dateOK := func(ds ...string) {
			for _, d := range ds {
				if _, err := time.Parse(dyad.DateLayout, d); d != "" && err != nil {
					t.Fatalf("%q: date %q accepted", raw, d)
				}
			}
		}
		p, err := parseParams(raw)
		var ev eventQuery
		if err == nil {
			ev = parseEvents(p)
		}
		check("events", p, err, func() {
			if ev.limit < 1 || ev.limit > 500 || ev.quad < 0 || ev.quad > 4 || ev.offset < 0 || ev.offset > maxOffset {
				t.Fatalf("%q: out of bounds %+v", raw, ev)
			}
			dateOK(ev.f.From, ev.f.To)
			for _, a := range []string{ev.f.Actor, ev.f.Source, ev.f.Target} {
				if a != strings.ToUpper(a) || len(a) > 32 {
					t.Fatalf("%q: actor %q", raw, a)
				}
			}
			if strings.Trim(ev.f.Code, "0123456789") != "" || len(ev.f.Code) > 4 {
				t.Fatalf("%q: code %q", raw, ev.f.Code)
			}
			// A cursor this query makes reads back as its offset.
			q, _ := parseParams(raw)
			q.v.Set("cursor", p.nextCursor(ev.offset+7))
			if got := q.cursor(); q.err != nil || got != ev.offset+7 {
				t.Fatalf("%q: cursor read back as %d, %v", raw, got, q.err)
			}
		})
		p, err = parseParams(raw)
		var sq searchQuery
		if err == nil {
			sq = parseSearch(p)
		}
		check("search", p, err, func() {
			if sq.q.Text == "" || sq.limit < 1 || sq.limit > 100 {
				t.Fatalf("%q: %+v", raw, sq)
			}
			dateOK(sq.q.From, sq.q.To)
		})
		p, err = parseParams(raw)
		if err == nil {
			nf, format := parseNetwork(p)
			check("network", p, err, func() {
				if nf.MinEvents < 1 || nf.Quad < 0 || nf.Quad > 4 || (format != "json" && format != "csv" && format != "dot" && format != "gexf") {
					t.Fatalf("%q: %+v %s", raw, nf, format)
				}
				dateOK(nf.From, nf.To)
			})
		}
	})
}
