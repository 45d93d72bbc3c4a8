package export

import (
	"bytes"
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
