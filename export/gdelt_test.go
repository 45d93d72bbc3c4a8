package export

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"dyad"
)

func TestActorColumns(t *testing.T) {
	tests := []struct {
		code string
		want string // country, known group, type1, type2, type3
	}{
		{"RUS", "RUS||||"},
		{"RUSGOV", "RUS||GOV||"},
		{"USAMILGOV", "USA||MIL|GOV|"},
		{"IGOUNO", "|UNO|IGO||"},
		{"IGOUNOKID", "|UNO|IGO|KID|"},
		{"---REB", "||REB||"},
		{"PSEREBHMSGOV", "PSE||REB|HMS|GOV"},
		{"", "||||"},
		{"XY", "||||"},
	}
	for _, tt := range tests {
		c := make([]string, 10)
		actorColumns(c, tt.code)
		got := strings.Join([]string{c[2], c[3], c[7], c[8], c[9]}, "|")
		if c[0] != tt.code || got != tt.want {
			t.Errorf("%q: code %q, columns %q, want %q", tt.code, c[0], got, tt.want)
		}
	}
}

func TestGDELTRow(t *testing.T) {
	var buf bytes.Buffer
	w := NewGDELTWriter(&buf)
	ev := GDELTEvent{
		EventRecord: dyad.EventRecord{ArticleID: "a1", Index: 2, Event: dyad.Event{
			Sentence: 0, Date: "2024-05-16", Source: "CHNGOV", Target: "RUSGOV", Code: "057", Root: "05",
			Quad: 1, Goldstein: 8, Place: &dyad.Place{Name: "Beijing", Country: "CHN", Lat: 39.9042, Lon: 116.4074},
		}},
		URL:   "https://example.org/x\ty",
		Tone:  2.5,
		Added: time.Date(2024, 5, 19, 10, 30, 0, 0, time.UTC),
	}
	if err := w.WriteHeader(); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(ev); err != nil {
		t.Fatal(err)
	}
	ev.URL = ""
	ev.Place = nil
	ev.Sentence = 3
	w.Write(ev)
	w.Flush()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines {
		if n := len(strings.Split(l, "\t")); n != 61 {
			t.Fatalf("line %d has %d columns, want 61", i, n)
		}
	}
	col := func(line int, name string) string {
		for i, c := range GDELTColumns {
			if c == name {
				return strings.Split(lines[line], "\t")[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	for _, c := range []struct{ name, want string }{
		{"SQLDATE", "20240516"}, {"MonthYear", "202405"}, {"Year", "2024"},
		{"Actor1CountryCode", "CHN"}, {"Actor1Type1Code", "GOV"}, {"Actor2Code", "RUSGOV"},
		{"IsRootEvent", "1"}, {"EventCode", "057"}, {"EventBaseCode", "057"}, {"EventRootCode", "05"},
		{"QuadClass", "1"}, {"GoldsteinScale", "8.0"}, {"AvgTone", "2.5000"},
		{"ActionGeo_FullName", "Beijing"}, {"ActionGeo_Lat", "39.9042"}, {"ActionGeo_Long", "116.4074"},
		{"DATEADDED", "20240519103000"}, {"SOURCEURL", "https://example.org/x y"},
	} {
		if got := col(1, c.name); got != c.want {
			t.Errorf("%s = %q, want %q", c.name, got, c.want)
		}
	}
	if col(2, "SOURCEURL") != "dyad:a1" || col(2, "IsRootEvent") != "0" || col(2, "ActionGeo_Lat") != "" {
		t.Errorf("second row: %q", lines[2])
	}
	if col(1, "GLOBALEVENTID") != col(2, "GLOBALEVENTID") {
		t.Error("the same article and index gave two IDs")
	}
	if EventID("a1", 2) == EventID("a1", 3) || EventID("a1", 2) == EventID("a2", 2) {
		t.Error("event IDs collide")
	}
}

// TestGDELTDates checks the four date columns at the edges of the years,
// and that an event without a date gives no row: GDELT rows always have a
// SQLDATE.
func TestGDELTDates(t *testing.T) {
	for _, tc := range []struct {
		date                           string
		sqlDate, monthYear, year, frac string
	}{
		{"2013-04-01", "20130401", "201304", "2013", "2013.2493"}, // as in GDELT's own files
		{"2024-01-01", "20240101", "202401", "2024", "2024.0027"},
		{"2023-12-31", "20231231", "202312", "2023", "2023.9999"},
		{"2024-12-31", "20241231", "202412", "2024", "2024.9999"}, // day 366
		{"9999-12-31", "99991231", "999912", "9999", "9999.9999"},
		{"1000-01-01", "10000101", "100001", "1000", "1000.0027"},
	} {
		var buf bytes.Buffer
		w := NewGDELTWriter(&buf)
		ev := GDELTEvent{EventRecord: dyad.EventRecord{ArticleID: "a", Event: dyad.Event{Date: tc.date, Code: "010", Root: "01"}}}
		if err := w.Write(ev); err != nil {
			t.Fatalf("%s: %v", tc.date, err)
		}
		w.Flush()
		row := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\t")
		if got := strings.Join(row[1:5], " "); got != strings.Join([]string{tc.sqlDate, tc.monthYear, tc.year, tc.frac}, " ") {
			t.Errorf("%s: date columns %q, want %s %s %s %s", tc.date, got, tc.sqlDate, tc.monthYear, tc.year, tc.frac)
		}
	}
	for _, date := range []string{"", "10000-01-01", "May 5"} {
		var buf bytes.Buffer
		w := NewGDELTWriter(&buf)
		err := w.Write(GDELTEvent{EventRecord: dyad.EventRecord{ArticleID: "a", Index: 3, Event: dyad.Event{Date: date, Code: "010"}}})
		w.Flush()
		if !errors.Is(err, ErrNoDate) || buf.Len() != 0 || !strings.Contains(err.Error(), "event 3 of article a") {
			t.Errorf("date %q: error %v, wrote %q; want ErrNoDate naming the event and nothing written", date, err, buf.String())
		}
	}
}
