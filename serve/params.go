package serve

import (
	"encoding/base64"
	"fmt"
	"hash/fnv"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"dyad"
)

// Bounds on what a request may ask.
const (
	maxQueryBytes = 4096 // the whole query string
	maxParamBytes = 512  // one parameter's value
	maxOffset     = 1_000_000
)

// params reads the query parameters of one request. Every getter marks its
// parameter known and records the first problem; finish reports it, or a
// parameter no getter asked for, so that a misspelt filter is an error
// instead of being ignored.
type params struct {
	v    url.Values
	used map[string]bool
	err  error
}

// parseParams parses a raw query string (EINVALID when malformed, repeated
// or over its bounds).
func parseParams(raw string) (*params, error) {
	if len(raw) > maxQueryBytes {
		return nil, dyad.Errorf(ETOOLARGE, "query string of %d bytes: at most %d", len(raw), maxQueryBytes)
	}
	v, err := url.ParseQuery(raw)
	if err != nil {
		return nil, dyad.Errorf(dyad.EINVALID, "malformed query string: %v", err)
	}
	return &params{v: v, used: map[string]bool{}}, nil
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = dyad.Errorf(dyad.EINVALID, format, args...)
	}
}

// get returns the value of name, "" when absent.
func (p *params) get(name string) string {
	p.used[name] = true
	vs := p.v[name]
	switch {
	case len(vs) == 0:
		return ""
	case len(vs) > 1:
		p.fail("parameter %s given %d times: give it once", name, len(vs))
		return ""
	case len(vs[0]) > maxParamBytes:
		p.fail("parameter %s: %d bytes, at most %d", name, len(vs[0]), maxParamBytes)
		return ""
	}
	return strings.TrimSpace(vs[0])
}

// date returns a YYYY-MM-DD date or "".
func (p *params) date(name string) string {
	s := p.get(name)
	if s == "" {
		return ""
	}
	t, err := time.Parse(dyad.DateLayout, s)
	if err != nil || !dyad.DateInRange(t) {
		p.fail("parameter %s=%q: want a date YYYY-MM-DD", name, s)
		return ""
	}
	return s
}

// dates returns from and to, checking that from is not after to.
func (p *params) dates() (from, to string) {
	from, to = p.date("from"), p.date("to")
	if from != "" && to != "" && from > to {
		p.fail("from %s is after to %s", from, to)
	}
	return from, to
}

// actor returns an actor code prefix in capitals: letters, digits and
// '-' (CAMEO's "---" of no country), at most 32 of them.
func (p *params) actor(name string) string {
	s := strings.ToUpper(p.get(name))
	if len(s) > 32 || strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-')
	}) >= 0 {
		p.fail("parameter %s=%q: want an actor code such as RUS or CHNGOV", name, s)
		return ""
	}
	return s
}

// code returns a CAMEO code prefix of digits, from min to 4 of them.
func (p *params) code(name string, min int) string {
	s := p.get(name)
	if s == "" {
		return ""
	}
	if len(s) < min || len(s) > 4 || strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		p.fail("parameter %s=%q: want a CAMEO code of %d to 4 digits such as 05 or 057", name, s, min)
		return ""
	}
	return s
}

// eventCode returns the code prefix of "code" and "root" (two digits):
// the code when both are given and agree.
func (p *params) eventCode() string {
	code, root := p.code("code", 1), p.code("root", 2)
	if root != "" && len(root) != 2 {
		p.fail("parameter root=%q: want two digits such as 05", root)
	}
	switch {
	case root == "":
		return code
	case code == "":
		return root
	case !strings.HasPrefix(code, root):
		p.fail("code %s is not in root %s", code, root)
	}
	return code
}

// integer returns an integer from lo to hi, def when absent.
func (p *params) integer(name string, def, lo, hi int) int {
	s := p.get(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		p.fail("parameter %s=%q: want a whole number from %d to %d", name, s, lo, hi)
		return def
	}
	return n
}

// number returns a decimal number, or nil when absent.
func (p *params) number(name string) *float64 {
	s := p.get(name)
	if s == "" {
		return nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != f || f > 1e9 || f < -1e9 {
		p.fail("parameter %s=%q: want a number", name, s)
		return nil
	}
	return &f
}

// flag returns a boolean: true, 1, false, 0 or absent (false).
func (p *params) flag(name string) bool {
	switch s := p.get(name); s {
	case "", "0", "false":
		return false
	case "1", "true":
		return true
	default:
		p.fail("parameter %s=%q: want true or false", name, s)
		return false
	}
}

// oneOf returns one of the allowed values, def when absent.
func (p *params) oneOf(name, def string, allowed ...string) string {
	s := p.get(name)
	if s == "" {
		return def
	}
	if !slices.Contains(allowed, s) {
		p.fail("parameter %s=%q: want one of %s", name, s, strings.Join(allowed, ", "))
		return def
	}
	return s
}

// word returns a value of letters, digits and '_' in capitals (theme
// codes, PLOVER categories), at most 40 of them.
func (p *params) word(name string) string {
	s := strings.ToUpper(p.get(name))
	if len(s) > 40 || strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_')
	}) >= 0 {
		p.fail("parameter %s=%q: want a code such as ECON_TRADE", name, s)
		return ""
	}
	return s
}

// cursor returns the offset a "cursor" parameter holds: 0 when absent,
// EINVALID when it is malformed or was made for another query.
func (p *params) cursor() int {
	s := p.get("cursor")
	if s == "" {
		return 0
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	key, off, ok := strings.Cut(string(b), ":")
	n, aerr := strconv.Atoi(off)
	if err != nil || !ok || aerr != nil || n < 0 || n > maxOffset {
		p.fail("parameter cursor=%q: not a cursor this server gave", s)
		return 0
	}
	if key != p.key() {
		p.fail("parameter cursor: made for another query; start again without it")
		return 0
	}
	return n
}

// nextCursor returns the cursor of the page that starts at offset.
func (p *params) nextCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(p.key() + ":" + strconv.Itoa(offset)))
}

// key is a fingerprint of the query without its cursor and limit: a
// cursor holds it, so that it is not used with other filters.
func (p *params) key() string {
	names := make([]string, 0, len(p.v))
	for k := range p.v {
		if k != "cursor" && k != "limit" {
			names = append(names, k)
		}
	}
	slices.Sort(names)
	h := fnv.New64a()
	for _, k := range names {
		fmt.Fprintf(h, "%s=%q&", k, p.v[k])
	}
	return strconv.FormatUint(h.Sum64(), 36)
}

// finish returns the first problem, or names a parameter nothing read.
func (p *params) finish() error {
	if p.err != nil {
		return p.err
	}
	var unknown []string
	for k := range p.v {
		if !p.used[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		known := make([]string, 0, len(p.used))
		for k := range p.used {
			known = append(known, k)
		}
		slices.Sort(known)
		return dyad.Errorf(dyad.EINVALID, "unknown parameter %s: this endpoint takes %s", unknown[0], strings.Join(known, ", "))
	}
	return nil
}
