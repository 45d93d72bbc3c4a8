package network

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"dyad"
)

// Formats are the names Write accepts.
var Formats = []string{"json", "csv", "dot", "gexf"}

// Write writes g in format: "json" (the Graph as JSON), "csv" (one row per
// edge, with a header), "dot" (a Graphviz digraph) or "gexf" (GEXF 1.3 for
// Gephi). An unknown format is EINVALID.
func Write(w io.Writer, format string, g *Graph) error {
	switch format {
	case "json":
		return WriteJSON(w, g)
	case "csv":
		return WriteCSV(w, g)
	case "dot":
		return WriteDOT(w, g)
	case "gexf":
		return WriteGEXF(w, g)
	}
	return dyad.Errorf(dyad.EINVALID, "network: format %q: want %s", format, strings.Join(Formats, ", "))
}

// WriteJSON writes g as one indented JSON object.
func WriteJSON(w io.Writer, g *Graph) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(g)
}

// CSVHeader is the header row of WriteCSV: the JSON names of Edge's fields,
// and goldstein_mean.
var CSVHeader = []string{"source", "target", "events", "goldstein", "goldstein_mean",
	"verbal_coop", "material_coop", "verbal_conflict", "material_conflict"}

// WriteCSV writes the edges of g, one row each, after CSVHeader. Actors
// without edges do not occur in a graph, so the edges say everything.
func WriteCSV(w io.Writer, g *Graph) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	itoa := strconv.Itoa
	for _, e := range g.Edges {
		cw.Write([]string{e.Source, e.Target, itoa(e.Events), ftoa(e.Goldstein), ftoa(round(e.GoldsteinMean())),
			itoa(e.VerbalCoop), itoa(e.MaterialCoop), itoa(e.VerbalConflict), itoa(e.MaterialConflict)})
	}
	cw.Flush()
	return cw.Error()
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// WriteDOT writes g as a Graphviz digraph: edges labelled with their event
// count, as wide as their count (relative to the largest), green when their
// mean Goldstein value is cooperative (above 0), red when conflictual
// (below 0), grey at 0.
func WriteDOT(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "digraph dyad {")
	fmt.Fprintln(bw, "  node [shape=ellipse, fontname=\"sans-serif\"];")
	fmt.Fprintln(bw, "  edge [fontname=\"sans-serif\", fontsize=10];")
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, "  %s [label=%s, events=%d];\n", dotID(n.ID), dotID(fmt.Sprintf("%s\n%d", n.ID, n.Events)), n.Events)
	}
	most := 1
	for _, e := range g.Edges {
		most = max(most, e.Events)
	}
	for _, e := range g.Edges {
		width := 1 + 4*float64(e.Events)/float64(most)
		fmt.Fprintf(bw, "  %s -> %s [label=\"%d\", weight=%d, penwidth=%.2f, color=%q, goldstein=%s];\n",
			dotID(e.Source), dotID(e.Target), e.Events, e.Events, width, color(e.GoldsteinMean()), ftoa(e.Goldstein))
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// dotID quotes s as a DOT string: backslashes and double quotes escaped,
// new lines as \n.
func dotID(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}

func color(mean float64) string {
	switch {
	case mean > 0:
		return "#2e7d32"
	case mean < 0:
		return "#c62828"
	}
	return "#757575"
}

// WriteGEXF writes g as GEXF 1.3 (https://gexf.net), the format of Gephi:
// a directed graph whose edges weigh their event count and carry the
// Goldstein sum and the quad-class counts as attributes.
func WriteGEXF(w io.Writer, g *Graph) error {
	type attvalue struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	}
	type attr struct {
		ID    string `xml:"id,attr"`
		Title string `xml:"title,attr"`
		Type  string `xml:"type,attr"`
	}
	type attrs struct {
		Class string `xml:"class,attr"`
		Attr  []attr `xml:"attribute"`
	}
	type node struct {
		ID    string     `xml:"id,attr"`
		Label string     `xml:"label,attr"`
		Atts  []attvalue `xml:"attvalues>attvalue"`
	}
	type edge struct {
		ID     string     `xml:"id,attr"`
		Source string     `xml:"source,attr"`
		Target string     `xml:"target,attr"`
		Weight int        `xml:"weight,attr"`
		Atts   []attvalue `xml:"attvalues>attvalue"`
	}
	type graph struct {
		DefaultEdgeType string  `xml:"defaultedgetype,attr"`
		Mode            string  `xml:"mode,attr"`
		Attrs           []attrs `xml:"attributes"`
		Nodes           []node  `xml:"nodes>node"`
		Edges           []edge  `xml:"edges>edge"`
	}
	type gexf struct {
		XMLName xml.Name `xml:"gexf"`
		XMLNS   string   `xml:"xmlns,attr"`
		Version string   `xml:"version,attr"`
		Creator string   `xml:"meta>creator"`
		Graph   graph    `xml:"graph"`
	}
	itoa := strconv.Itoa
	doc := gexf{XMLNS: "http://gexf.net/1.3", Version: "1.3", Creator: "dyad network",
		Graph: graph{DefaultEdgeType: "directed", Mode: "static", Attrs: []attrs{
			{Class: "node", Attr: []attr{{"events", "events", "integer"}, {"goldstein", "goldstein", "double"}}},
			{Class: "edge", Attr: []attr{{"goldstein", "goldstein", "double"}, {"verbal_coop", "verbal_coop", "integer"},
				{"material_coop", "material_coop", "integer"}, {"verbal_conflict", "verbal_conflict", "integer"},
				{"material_conflict", "material_conflict", "integer"}}},
		}}}
	for _, n := range g.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, node{ID: n.ID, Label: n.ID,
			Atts: []attvalue{{"events", itoa(n.Events)}, {"goldstein", ftoa(n.Goldstein)}}})
	}
	for i, e := range g.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, edge{ID: itoa(i), Source: e.Source, Target: e.Target, Weight: e.Events,
			Atts: []attvalue{{"goldstein", ftoa(e.Goldstein)}, {"verbal_coop", itoa(e.VerbalCoop)},
				{"material_coop", itoa(e.MaterialCoop)}, {"verbal_conflict", itoa(e.VerbalConflict)},
				{"material_conflict", itoa(e.MaterialConflict)}}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
