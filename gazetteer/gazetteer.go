package gazetteer

import (
	"slices"
	"strconv"
	"strings"
)

// Country is a country or territory.
type Country struct {
	Code       string   // ISO 3166-1 alpha-3, as CAMEO uses it ("KSV" for Kosovo)
	Name       string   // common English name
	Names      []string // other names and short forms: "Britain", "U.K."
	Adjectives []string // demonyms and adjectives: "British", "Britons"
	Capital    string   // "" when there is none
	Lat, Lon   float64  // of the capital, or of a central point when there is none
}

// Org is an international organisation with its CAMEO actor code.
type Org struct {
	Code  string   // CAMEO code: "IGOUNO", "IGOWSTNAT"
	Name  string   // canonical name
	Names []string // other names and acronyms
}

var (
	countries []Country
	byCode    map[string]int
	orgs      []Org
	rows      []row // the tables as written, with their markers
	orgRows   []row
)

// row is one line of a data table: the code, the names as written (with
// their "=" and "!" markers) by kind.
type row struct {
	code     string
	names    []string // canonical name first
	adjs     []string
	capitals []string
}

// Countries returns every country and territory, ordered by name as in the
// data table. The slice is a copy; its Names and Adjectives are shared and
// must not be changed.
func Countries() []Country { return slices.Clone(countries) }

// Lookup returns the country with the given code ("CHN").
func Lookup(code string) (Country, bool) {
	i, ok := byCode[code]
	if !ok {
		return Country{}, false
	}
	return countries[i], true
}

// Orgs returns the international organisations the gazetteer knows.
func Orgs() []Org { return slices.Clone(orgs) }

func init() {
	countries, rows = parseCountries(countryData)
	orgs, orgRows = parseOrgs(orgData)
	byCode = make(map[string]int, len(countries))
	for i, c := range countries {
		byCode[c.Code] = i
	}
	defaultMatcher = buildMatcher()
}

// parseCountries reads countryData. The table is ours and checked by the
// tests, so a malformed line is skipped rather than reported.
func parseCountries(data string) ([]Country, []row) {
	var out []Country
	var rs []row
	for line := range strings.Lines(data) {
		f := strings.Split(strings.TrimSpace(line), "|")
		if len(f) != 7 {
			continue
		}
		lat, err1 := strconv.ParseFloat(f[5], 64)
		lon, err2 := strconv.ParseFloat(f[6], 64)
		if err1 != nil || err2 != nil {
			continue
		}
		r := row{
			code:     f[0],
			names:    append([]string{f[1]}, splitList(f[2])...),
			adjs:     splitList(f[3]),
			capitals: splitList(f[4]),
		}
		c := Country{
			Code: f[0], Name: f[1], Names: plainList(r.names[1:]), Adjectives: plainList(r.adjs),
			Lat: lat, Lon: lon,
		}
		if len(r.capitals) > 0 {
			c.Capital = plain(r.capitals[0])
		}
		out, rs = append(out, c), append(rs, r)
	}
	return out, rs
}

func parseOrgs(data string) ([]Org, []row) {
	var out []Org
	var rs []row
	for line := range strings.Lines(data) {
		f := strings.Split(strings.TrimSpace(line), "|")
		if len(f) < 2 {
			continue
		}
		r := row{code: f[0], names: []string{f[1]}}
		if len(f) > 2 {
			r.names = append(r.names, splitList(f[2])...)
		}
		out = append(out, Org{Code: f[0], Name: plain(f[1]), Names: plainList(r.names[1:])})
		rs = append(rs, r)
	}
	return out, rs
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}

func plainList(l []string) []string {
	if len(l) == 0 {
		return nil
	}
	out := make([]string, len(l))
	for i, s := range l {
		out[i] = plain(s)
	}
	return out
}

// plain strips the "=" and "!" markers of the data tables.
func plain(s string) string { return strings.TrimLeft(s, "=!") }
