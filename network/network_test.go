package network

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"dyad"
	"dyad/sqlite"
	"dyad/storetest"
)

// fixtureStore returns a SQLite store holding storetest.Fixtures.
func fixtureStore(t *testing.T) dyad.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "n.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Put(ctx, storetest.Fixtures()); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestBuilder(t *testing.T) {
	evs := []dyad.Event{
		{Source: "A", Target: "B", Quad: 1, Goldstein: 1.9},
		{Source: "A", Target: "B", Quad: 4, Goldstein: -10},
		{Source: "A", Target: "B", Quad: 1, Goldstein: 1},
		{Source: "B", Target: "A", Quad: 3, Goldstein: -2},
		{Source: "C", Target: "C", Quad: 2, Goldstein: 9}, // a self-loop
		{Source: "", Target: "B", Quad: 1, Goldstein: 3},  // no edge
	}
	tests := []struct {
		min   int
		edges []Edge
		nodes []Node
	}{
		{0, []Edge{
			{Source: "A", Target: "B", Events: 3, Goldstein: -7.1, VerbalCoop: 2, MaterialConflict: 1},
			{Source: "B", Target: "A", Events: 1, Goldstein: -2, VerbalConflict: 1},
			{Source: "C", Target: "C", Events: 1, Goldstein: 9, MaterialCoop: 1},
		}, []Node{
			{ID: "A", Events: 4, AsSource: 3, AsTarget: 1, Goldstein: -9.1},
			{ID: "B", Events: 4, AsSource: 1, AsTarget: 3, Goldstein: -9.1},
			{ID: "C", Events: 1, AsSource: 1, AsTarget: 1, Goldstein: 9},
		}},
		{2, []Edge{
			{Source: "A", Target: "B", Events: 3, Goldstein: -7.1, VerbalCoop: 2, MaterialConflict: 1},
		}, []Node{
			{ID: "A", Events: 3, AsSource: 3, Goldstein: -7.1},
			{ID: "B", Events: 3, AsTarget: 3, Goldstein: -7.1},
		}},
		{4, []Edge{}, []Node{}},
	}
	for _, tc := range tests {
		var b Builder
		for i := range evs {
			b.Add(&evs[i])
		}
		g := b.Graph(tc.min)
		if g.Events != 5 {
			t.Errorf("min %d: Events %d, want 5", tc.min, g.Events)
		}
		if !reflect.DeepEqual(g.Edges, tc.edges) {
			t.Errorf("min %d: edges\n got %+v\nwant %+v", tc.min, g.Edges, tc.edges)
		}
		if !reflect.DeepEqual(g.Nodes, tc.nodes) {
			t.Errorf("min %d: nodes\n got %+v\nwant %+v", tc.min, g.Nodes, tc.nodes)
		}
	}
}

// TestBuild builds networks from the fixture store (storetest.Fixtures
// lists its events).
func TestBuild(t *testing.T) {
	st := fixtureStore(t)
	type edge struct {
		src, tgt string
		n        int
	}
	tests := []struct {
		name      string
		f         Filter
		edges     []edge
		truncated bool
	}{
		{"all asserted", Filter{}, []edge{{"CHNGOV", "RUSGOV", 3}, {"CHNGOV", "USA", 1}, {"RUSGOV", "CHNGOV", 1}, {"RUSMIL", "UKR", 1}, {"USAGOV", "CHN", 1}}, false},
		{"with negated and hypothetical", Filter{IncludeNegated: true, IncludeHypothetical: true},
			[]edge{{"CHNGOV", "RUSGOV", 3}, {"RUSMIL", "UKR", 2}, {"CHNGOV", "USA", 1}, {"RUSGOV", "CHNGOV", 1}, {"USA", "CHN", 1}, {"USAGOV", "CHN", 1}}, false},
		{"dates", Filter{From: "2024-05-01", To: "2024-05-31"}, []edge{{"CHNGOV", "RUSGOV", 2}, {"RUSMIL", "UKR", 1}}, false},
		{"code prefix", Filter{Code: "04"}, []edge{{"CHNGOV", "RUSGOV", 2}}, false},
		{"quad", Filter{Quad: 4}, []edge{{"RUSMIL", "UKR", 1}, {"USAGOV", "CHN", 1}}, false},
		{"actor", Filter{Actor: "USA"}, []edge{{"CHNGOV", "USA", 1}, {"USAGOV", "CHN", 1}}, false},
		{"min events", Filter{MinEvents: 2}, []edge{{"CHNGOV", "RUSGOV", 3}}, false},
		{"no inferred", Filter{ExcludeInferred: true, Code: "19"}, nil, false},
		{"bounded", Filter{MaxEvents: 2}, []edge{{"CHNGOV", "RUSGOV", 1}, {"RUSGOV", "CHNGOV", 1}}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Build(context.Background(), st, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []edge
			for _, e := range g.Edges {
				got = append(got, edge{e.Source, e.Target, e.Events})
			}
			if !reflect.DeepEqual(got, tc.edges) {
				t.Errorf("edges %v, want %v", got, tc.edges)
			}
			if g.Truncated != tc.truncated {
				t.Errorf("truncated %v, want %v", g.Truncated, tc.truncated)
			}
		})
	}
}

func TestBuildInvalid(t *testing.T) {
	st := fixtureStore(t)
	for _, f := range []Filter{{Quad: 5}, {Quad: -1}, {MinEvents: -1}, {MaxEvents: -2}, {From: "2024-13-01"}} {
		_, err := Build(context.Background(), st, f)
		if dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("%+v: error %v, want EINVALID", f, err)
		}
	}
}

// sample is a graph whose actor codes need escaping in every format.
var sample = func() *Graph {
	var b Builder
	for _, ev := range []dyad.Event{
		{Source: `A"<&>`, Target: "B", Quad: 1, Goldstein: 3},
		{Source: `A"<&>`, Target: "B", Quad: 4, Goldstein: -10},
		{Source: "B", Target: `C\`, Quad: 3, Goldstein: -2},
	} {
		b.Add(&ev)
	}
	return b.Graph(0)
}()

func TestWriteFormats(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, format, sample); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			switch format {
			case "json":
				var g Graph
				if err := json.Unmarshal(buf.Bytes(), &g); err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(&g, sample) {
					t.Errorf("round trip %+v, want %+v", g, *sample)
				}
			case "csv":
				rows, err := csv.NewReader(&buf).ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				want := [][]string{CSVHeader,
					{`A"<&>`, "B", "2", "-7", "-3.5", "1", "0", "0", "1"},
					{"B", `C\`, "1", "-2", "-2", "0", "0", "1", "0"}}
				if !reflect.DeepEqual(rows, want) {
					t.Errorf("rows %q, want %q", rows, want)
				}
			case "dot":
				for _, want := range []string{"digraph dyad {", `"A\"<&>" -> "B" [label="2", weight=2, penwidth=5.00, color="#c62828", goldstein=-7];`,
					`"B" -> "C\\" [label="1"`, "\n}\n"} {
					if !strings.Contains(out, want) {
						t.Errorf("DOT lacks %s:\n%s", want, out)
					}
				}
			case "gexf":
				var doc struct {
					Graph struct {
						Type  string `xml:"defaultedgetype,attr"`
						Nodes []struct {
							ID string `xml:"id,attr"`
						} `xml:"nodes>node"`
						Edges []struct {
							Source string `xml:"source,attr"`
							Weight int    `xml:"weight,attr"`
						} `xml:"edges>edge"`
					} `xml:"graph"`
				}
				if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
					t.Fatalf("%v\n%s", err, out)
				}
				if doc.Graph.Type != "directed" || len(doc.Graph.Nodes) != 3 || len(doc.Graph.Edges) != 2 ||
					doc.Graph.Edges[0].Source != `A"<&>` || doc.Graph.Edges[0].Weight != 2 {
					t.Errorf("GEXF read back as %+v:\n%s", doc, out)
				}
			}
		})
	}
	if err := Write(&bytes.Buffer{}, "xml", sample); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("format xml: %v, want EINVALID", err)
	}
}

func TestTop(t *testing.T) {
	var b Builder
	for _, ev := range []dyad.Event{
		{Source: "A", Target: "B", Goldstein: 1}, {Source: "A", Target: "B", Goldstein: 1},
		{Source: "B", Target: "C", Goldstein: -2}, {Source: "D", Target: "A", Goldstein: 3},
	} {
		b.Add(&ev)
	}
	g := b.Graph(0)
	top := g.Top(1)
	if len(top.Edges) != 1 || top.Edges[0].Source != "A" || top.EdgesLeftOut != 2 || len(top.Nodes) != 2 {
		t.Errorf("Top(1) = %+v", top)
	}
	if len(g.Edges) != 3 || len(g.Nodes) != 4 {
		t.Errorf("Top changed g: %+v", g)
	}
	if g.Top(0) != g || g.Top(3) != g {
		t.Errorf("Top of all edges is not g itself")
	}
}
