package network

import (
	"cmp"
	"context"
	"math"
	"slices"

	"dyad"
)

// Filter selects the events a network is built from. Actor codes and
// event codes match by prefix, as in [dyad.EventFilter]: "RUS" matches
// RUSGOV, "05" the whole root 05.
type Filter struct {
	From, To            string // YYYY-MM-DD, inclusive; "" for no bound
	Actor               string // only events with this actor as source or target
	Code                string // CAMEO code prefix
	Plover              string // PLOVER category, matched exactly
	Quad                int    // 1 to 4: only events of this quad class; 0 for all
	MinEvents           int    // leave out edges with fewer events; 0 or 1 keeps all
	IncludeNegated      bool   // count negated events too
	IncludeHypothetical bool   // count hypothetical events too
	ExcludeInferred     bool   // leave out events with an inferred country
	// MaxEvents bounds the events read: when more match, the graph is
	// built from the oldest MaxEvents and marked Truncated. 0 means no
	// bound.
	MaxEvents int
}

// Node is one actor.
type Node struct {
	ID        string  `json:"id"`        // the actor code
	Events    int     `json:"events"`    // events on the kept edges it is part of (a self-loop counts once)
	AsSource  int     `json:"as_source"` // events on its kept outgoing edges
	AsTarget  int     `json:"as_target"` // events on its kept incoming edges
	Goldstein float64 `json:"goldstein"` // sum of the Goldstein values of those events
}

// Edge is the events of one actor toward another.
type Edge struct {
	Source           string  `json:"source"`
	Target           string  `json:"target"`
	Events           int     `json:"events"`
	Goldstein        float64 `json:"goldstein"` // sum of the Goldstein values
	VerbalCoop       int     `json:"verbal_coop"`
	MaterialCoop     int     `json:"material_coop"`
	VerbalConflict   int     `json:"verbal_conflict"`
	MaterialConflict int     `json:"material_conflict"`
}

// GoldsteinMean returns the mean Goldstein value of the edge's events.
func (e *Edge) GoldsteinMean() float64 {
	if e.Events == 0 {
		return 0
	}
	return e.Goldstein / float64(e.Events)
}

// Graph is an actor network. Nodes are ordered by events (most first),
// then by code; edges by events, then by source and target. Nodes hold
// only actors of kept edges.
type Graph struct {
	Nodes     []Node `json:"nodes"`
	Edges     []Edge `json:"edges"`
	Events    int    `json:"events"`              // events read that have a source and a target
	Truncated bool   `json:"truncated,omitempty"` // more events matched than Filter.MaxEvents
	// EdgesLeftOut counts the lighter edges that Top left out.
	EdgesLeftOut int `json:"edges_left_out,omitempty"`
}

// EventLister is the part of [dyad.Store] that Build reads.
type EventLister interface {
	Events(ctx context.Context, f dyad.EventFilter) ([]dyad.EventRecord, error)
}

// Build reads the events f selects from st and returns their network.
// A bad date, a negative bound or a quad class outside 0 to 4 is
// EINVALID; store errors are returned as they come.
func Build(ctx context.Context, st EventLister, f Filter) (*Graph, error) {
	if f.Quad < 0 || f.Quad > 4 {
		return nil, dyad.Errorf(dyad.EINVALID, "network: quad class %d is not 1 to 4", f.Quad)
	}
	if f.MinEvents < 0 || f.MaxEvents < 0 {
		return nil, dyad.Errorf(dyad.EINVALID, "network: negative bound")
	}
	// One query: the stores page by offset, and a long run of pages costs
	// more than one scan. Asking for one more than the bound tells whether
	// there were more.
	limit := math.MaxInt32
	if f.MaxEvents > 0 && f.MaxEvents < limit {
		limit = f.MaxEvents + 1
	}
	evs, err := st.Events(ctx, dyad.EventFilter{
		Actor: f.Actor, Code: f.Code, Plover: f.Plover, From: f.From, To: f.To,
		IncludeNegated: f.IncludeNegated, IncludeHypothetical: f.IncludeHypothetical,
		ExcludeInferred: f.ExcludeInferred, NoSentenceText: true, Limit: limit,
	})
	if err != nil {
		return nil, err
	}
	truncated := false
	if f.MaxEvents > 0 && len(evs) > f.MaxEvents {
		evs, truncated = evs[:f.MaxEvents], true
	}
	var b Builder
	for i := range evs {
		if f.Quad != 0 && evs[i].Quad != f.Quad {
			continue
		}
		b.Add(&evs[i].Event)
	}
	g := b.Graph(f.MinEvents)
	g.Truncated = truncated
	return g, nil
}

// Builder sums events into edges. The zero value is ready to use.
type Builder struct {
	edges  map[[2]string]*Edge
	events int
}

// Add counts one event. Events without a source or a target are no
// edge and are not counted.
func (b *Builder) Add(ev *dyad.Event) {
	if ev.Source == "" || ev.Target == "" {
		return
	}
	if b.edges == nil {
		b.edges = map[[2]string]*Edge{}
	}
	k := [2]string{ev.Source, ev.Target}
	e := b.edges[k]
	if e == nil {
		e = &Edge{Source: ev.Source, Target: ev.Target}
		b.edges[k] = e
	}
	b.events++
	e.Events++
	e.Goldstein += ev.Goldstein
	switch ev.Quad {
	case 1:
		e.VerbalCoop++
	case 2:
		e.MaterialCoop++
	case 3:
		e.VerbalConflict++
	case 4:
		e.MaterialConflict++
	}
}

// Graph returns the network of the events added so far, without the edges
// of fewer than minEvents events and the actors left with no edge.
func (b *Builder) Graph(minEvents int) *Graph {
	g := &Graph{Edges: []Edge{}, Events: b.events}
	for _, e := range b.edges {
		if e.Events < minEvents {
			continue
		}
		e := *e
		e.Goldstein = round(e.Goldstein)
		g.Edges = append(g.Edges, e)
	}
	slices.SortFunc(g.Edges, func(x, y Edge) int {
		return cmp.Or(cmp.Compare(y.Events, x.Events), cmp.Compare(x.Source, y.Source), cmp.Compare(x.Target, y.Target))
	})
	g.Nodes = nodesOf(g.Edges)
	return g
}

// Top returns g with its n heaviest edges only (all when n <= 0 or g has
// no more) and the actors on them; EdgesLeftOut counts the others.
func (g *Graph) Top(n int) *Graph {
	if n <= 0 || len(g.Edges) <= n {
		return g
	}
	out := *g
	out.Edges = g.Edges[:n]
	out.EdgesLeftOut += len(g.Edges) - n
	out.Nodes = nodesOf(out.Edges)
	return &out
}

// nodesOf returns the actors of edges with their sums, ordered.
func nodesOf(edges []Edge) []Node {
	nodes := map[string]*Node{}
	node := func(id string) *Node {
		n := nodes[id]
		if n == nil {
			n = &Node{ID: id}
			nodes[id] = n
		}
		return n
	}
	for _, e := range edges {
		src, tgt := node(e.Source), node(e.Target)
		src.AsSource += e.Events
		tgt.AsTarget += e.Events
		src.Events += e.Events
		src.Goldstein += e.Goldstein
		if tgt != src {
			tgt.Events += e.Events
			tgt.Goldstein += e.Goldstein
		}
	}
	out := make([]Node, 0, len(nodes))
	for _, n := range nodes {
		n.Goldstein = round(n.Goldstein)
		out = append(out, *n)
	}
	slices.SortFunc(out, func(x, y Node) int {
		return cmp.Or(cmp.Compare(y.Events, x.Events), cmp.Compare(x.ID, y.ID))
	})
	return out
}

// round keeps sums of Goldstein values (one decimal each) free of binary
// noise such as 2.9000000000000004.
func round(f float64) float64 { return math.Round(f*1000) / 1000 }
