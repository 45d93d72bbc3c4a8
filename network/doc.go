// Package network builds the actor network of coded events: every actor
// is a node, and every ordered pair of actors (source, target) that share
// events is a directed edge carrying its number of events, the sum of
// their Goldstein values and their split over the four quad classes. It
// reads events through [dyad.Store.Events], so it works on every store,
// and writes a graph as JSON, CSV, Graphviz DOT or GEXF 1.3 (Gephi).
//
// Standard library only.
package network
