package export

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"dyad"
)

// GDELTColumns names the 61 columns of a GDELT 2.0 Event row, in order.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTEvent is what one GDELT row is made from: the event with its
// provenance, and the article's URL and tone when known.
type GDELTEvent struct {
	dyad.EventRecord
	URL   string  // the article's URL; empty gives "dyad:ARTICLE_ID"
	Tone  float64 // the article's tone
	Added time.Time
}

// GDELTWriter writes GDELT 2.0 Event rows.
type GDELTWriter struct {
	w   *bufio.Writer
	row []string
}

// NewGDELTWriter returns a writer of rows to w; Flush must be called at
// the end.
func NewGDELTWriter(w io.Writer) *GDELTWriter {
	return &GDELTWriter{w: bufio.NewWriter(w), row: make([]string, len(GDELTColumns))}
}

// WriteHeader writes the column names as a first line. GDELT's own files
// have no header; use it for tools that want one.
func (g *GDELTWriter) WriteHeader() error {
	_, err := g.w.WriteString(strings.Join(GDELTColumns, "\t") + "\n")
	return err
}

// ErrNoDate is returned by [GDELTWriter.Write] for an event without a date
// (of an article without one, whose text gives none): every GDELT row has
// a SQLDATE.
var ErrNoDate = errors.New("no date: a GDELT row needs one")

// Write writes one event as a row. An event whose date is not a
// YYYY-MM-DD date is not written: Write returns an error wrapping
// [ErrNoDate].
func (g *GDELTWriter) Write(e GDELTEvent) error {
	d, err := time.Parse(dyad.DateLayout, e.Date)
	if err != nil {
		return fmt.Errorf("event %d of article %s: %w", e.Index, e.ArticleID, ErrNoDate)
	}
	r := g.row
	for i := range r {
		r[i] = ""
	}
	r[0] = strconv.FormatUint(EventID(e.ArticleID, e.Index), 10)
	r[1] = d.Format("20060102")
	r[2] = d.Format("200601")
	r[3] = d.Format("2006")
	r[4] = fractionDate(d)
	actorColumns(r[5:15], e.Source)
	actorColumns(r[15:25], e.Target)
	if e.Sentence == 0 {
		r[25] = "1"
	} else {
		r[25] = "0"
	}
	r[26] = e.Code
	r[27] = e.Code[:min(3, len(e.Code))]
	r[28] = e.Root
	r[29] = strconv.Itoa(e.Quad)
	r[30] = strconv.FormatFloat(e.Goldstein, 'f', 1, 64)
	r[31], r[32], r[33] = "1", "1", "1"
	r[34] = strconv.FormatFloat(e.Tone, 'f', 4, 64)
	if p := e.Place; p != nil {
		geo := r[51:59]
		geo[0] = "4" // a located place (GDELT: 4 = world city)
		geo[1] = clean(p.Name)
		geo[5] = strconv.FormatFloat(p.Lat, 'f', 4, 64)
		geo[6] = strconv.FormatFloat(p.Lon, 'f', 4, 64)
	}
	if !e.Added.IsZero() {
		r[59] = e.Added.UTC().Format("20060102150405")
	}
	r[60] = e.URL
	if r[60] == "" {
		r[60] = "dyad:" + e.ArticleID
	}
	r[60] = clean(r[60])
	_, err = g.w.WriteString(strings.Join(r, "\t") + "\n")
	return err
}

// fractionDate writes d as GDELT's FractionDate: the year and the part of
// it gone by, day of the year / 365, kept below 1 as the GDELT codebook says
// ("from 0 to 0.9999"), so that December 31 stays in its year.
func fractionDate(d time.Time) string {
	return strconv.FormatFloat(float64(d.Year())+min(float64(d.YearDay())/365.0, 0.9999), 'f', 4, 64)
}

// Flush writes what is buffered.
func (g *GDELTWriter) Flush() error { return g.w.Flush() }

// EventID returns a stable numeric ID for an event: the same article and
// index always give the same ID, on any machine.
func EventID(articleID string, index int) uint64 {
	h := sha256.Sum256([]byte(articleID + "\x00" + strconv.Itoa(index)))
	return binary.BigEndian.Uint64(h[:8]) >> 11 // fits a float64 and a signed 64-bit column
}

// roleCodes are the CAMEO actor type codes GDELT puts in the Type columns.
var roleCodes = map[string]bool{
	"COP": true, "GOV": true, "INS": true, "JUD": true, "MIL": true, "OPP": true, "REB": true, "SEP": true,
	"SPY": true, "UAF": true, "AGR": true, "BUS": true, "CRM": true, "CVL": true, "DEV": true, "EDU": true,
	"ELI": true, "ENV": true, "HLH": true, "HRI": true, "LAB": true, "LEG": true, "MED": true, "REF": true,
	"MOD": true, "RAD": true, "AMN": true, "IRC": true, "GRP": true, "UNO": true, "PKO": true, "UIS": true,
	"IGO": true, "IMG": true, "INT": true, "MNC": true, "NGM": true, "NGO": true, "SET": true,
}

// actorColumns fills the ten actor columns (code, name, country, known
// group, ethnic, two religions, three types) from a CAMEO actor code read
// in 3-letter pieces: a leading country (or "---" for none), then types;
// after IGO, NGO or IMG the next piece is the known group.
func actorColumns(c []string, code string) {
	c[0] = code
	rest := code
	if len(rest) >= 3 && !roleCodes[rest[:3]] {
		if rest[:3] != "---" {
			c[2] = rest[:3]
		}
		rest = rest[3:]
	}
	types := 0
	for len(rest) >= 3 {
		piece := rest[:3]
		rest = rest[3:]
		switch {
		case (piece == "IGO" || piece == "NGO" || piece == "IMG") && len(rest) >= 3 && c[3] == "":
			if types < 3 {
				c[7+types] = piece
				types++
			}
			c[3] = rest[:3]
			rest = rest[3:]
		case types < 3:
			c[7+types] = piece
			types++
		}
	}
}

// clean keeps a value on one line and out of the next column.
func clean(s string) string {
	if strings.ContainsAny(s, "\t\n\r") {
		return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
	}
	return s
}
