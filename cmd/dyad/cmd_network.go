package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"dyad"
	"dyad/network"
)

// networkCommand is dyad network.
type networkCommand struct{}

func (networkCommand) usage() usage {
	return usage{name: "network",
		summary: "the network of actors: directed edges with event counts, Goldstein sum and quad classes (table, json, csv, dot, gexf)"}
}

func (c networkCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	db := dbFlag(e, fs)
	format := fs.String("format", formatTable, "output format: table, json, csv, dot (Graphviz) or gexf (Gephi)")
	var f network.Filter
	fs.StringVar(&f.From, "from", "", "first date YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "last date YYYY-MM-DD")
	fs.StringVar(&f.Actor, "actor", "", "only events with this actor code prefix as source or target (RUS matches RUSGOV)")
	fs.StringVar(&f.Code, "code", "", "CAMEO code prefix (05 is the whole root)")
	fs.StringVar(&f.Plover, "plover", "", "PLOVER category (CONSULT, ASSAULT, ...; docs/events.md)")
	fs.IntVar(&f.Quad, "quad", 0, "only events of this quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (0: all)")
	fs.IntVar(&f.MinEvents, "min-events", 1, "leave out edges with fewer events")
	fs.BoolVar(&f.IncludeNegated, "negated", false, "count negated events too")
	fs.BoolVar(&f.IncludeHypothetical, "include-hypothetical", false, "count hypothetical events (planned, possible, conditional) too")
	fs.BoolVar(&f.ExcludeInferred, "no-inferred", false, "leave out events whose actor's country was inferred, not named")
	limit := fs.Int("limit", 0, "most edges to print, the heaviest first (0: no limit)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		fs.Usage()
		return errUsage
	}
	switch *format {
	case formatTable, "json", "csv", "dot", "gexf":
	default:
		return fmt.Errorf("--format %q: want table, json, csv, dot or gexf", *format)
	}
	if err := checkDates(f.From, f.To); err != nil {
		return err
	}
	if err := checkNotNegative("limit", *limit); err != nil {
		return err
	}
	if f.Quad < 0 || f.Quad > 4 {
		return fmt.Errorf("--quad %d: want 1 to 4, or 0 for all", f.Quad)
	}
	if f.MinEvents < 1 {
		return fmt.Errorf("--min-events %d: want 1 or more", f.MinEvents)
	}
	f.Actor = strings.ToUpper(f.Actor)
	var ef dyad.EventFilter
	ef.Plover = f.Plover
	if err := checkPlover(&ef); err != nil {
		return err
	}
	f.Plover = ef.Plover
	st, err := openQueryStore(ctx, *db)
	if err != nil {
		return err
	}
	defer closeInto(&err, st.Close)
	g, err := network.Build(ctx, st, f)
	if err != nil {
		return userError(err)
	}
	g = g.Top(*limit)
	if *format != formatTable {
		return network.Write(e.stdout, *format, g)
	}
	itoa := strconv.Itoa
	ftoa := func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }
	return render(e.stdout, formatTable, g.Edges, []column[network.Edge]{
		{Name: "source", Get: func(x network.Edge) string { return x.Source }},
		{Name: "target", Get: func(x network.Edge) string { return x.Target }},
		{Name: "events", Get: func(x network.Edge) string { return itoa(x.Events) }},
		{Name: "goldstein", Get: func(x network.Edge) string { return ftoa(x.Goldstein) }},
		{Name: "goldstein_mean", Get: func(x network.Edge) string { return ftoa(x.GoldsteinMean()) }},
		{Name: "verbal_coop", Get: func(x network.Edge) string { return itoa(x.VerbalCoop) }},
		{Name: "material_coop", Get: func(x network.Edge) string { return itoa(x.MaterialCoop) }},
		{Name: "verbal_conflict", Get: func(x network.Edge) string { return itoa(x.VerbalConflict) }},
		{Name: "material_conflict", Get: func(x network.Edge) string { return itoa(x.MaterialConflict) }},
	})
}
