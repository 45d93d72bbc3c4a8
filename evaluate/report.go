package evaluate

import (
	"fmt"
	"strings"
)

// EventOptions says how [ScoreEvents] scores a gold file.
type EventOptions struct {
	Kind string // one of [Kinds]
	// PLOVER returns the PLOVER category of a CAMEO code, "" when it has
	// none, in the names of either version (dyad's events.PLOVER). The
	// PLOVER kinds need it: without it no code has a category.
	PLOVER func(cameo string) string
	// ByGroup breaks the scores down by the records' category (Category,
	// or Event for PLOVER records) or, for labelled texts, by label.
	ByGroup bool
	// MaxMisses is how many records that dyad gets wrong are kept.
	MaxMisses int
}

// EventReport holds the scores of one gold file: the fields of its kind
// are set, the others are nil.
type EventReport struct {
	Kind     string
	Records  int
	PLOVER05 bool // PLOVER kinds: the gold uses PLOVER 0.5 names (else 2021)

	Triples   *EventScore // KindTriples
	TriplesBy map[string]*EventScore
	PLOVER    *PLOVERScore // KindPLOVER
	PLOVERBy  map[string]*PLOVERScore
	Types     *TypeScore // KindCASE
	TypesBy   map[string]*TypeScore
	Docs      *DocScore // KindPLOVERDoc
	DocsBy    map[string]*DocScore

	Misses []Miss
}

// Miss is a record where dyad and the gold differ.
type Miss struct {
	ID, Text string
	Gold     string   // the gold labels as written for people
	Pred     []Triple // the distinct predicted triples, sorted
	// Categories holds, for the PLOVER kinds, the PLOVER category of each
	// of Pred ("" when it has none).
	Categories []string
}

// ScoreEvents scores the predictions of recs (preds[i] for recs[i]) as
// records of opt.Kind.
func ScoreEvents(recs []GoldRecord, preds [][]Triple, opt EventOptions) *EventReport {
	sc := &eventScorer{opt: opt, rep: &EventReport{Kind: opt.Kind, Records: len(recs)}}
	switch opt.Kind {
	case KindTriples:
		sc.triples(recs, preds)
	case KindPLOVER:
		sc.plover(recs, preds)
	case KindCASE:
		sc.types(recs, preds)
	case KindPLOVERDoc:
		sc.docs(recs, preds)
	}
	return sc.rep
}

// eventScorer fills one report.
type eventScorer struct {
	opt   EventOptions
	rep   *EventReport
	names PLOVER
}

// miss keeps r as a miss, up to MaxMisses.
func (sc *eventScorer) miss(r *GoldRecord, gold string, pred []Triple) {
	if len(sc.rep.Misses) >= sc.opt.MaxMisses {
		return
	}
	m := Miss{ID: r.ID, Text: r.Text, Gold: gold, Pred: Sorted(pred)}
	if sc.opt.Kind == KindPLOVER || sc.opt.Kind == KindPLOVERDoc {
		for _, t := range m.Pred {
			m.Categories = append(m.Categories, sc.names.Of(t.Code))
		}
	}
	sc.rep.Misses = append(sc.rep.Misses, m)
}

// group returns the score of key in by, made by mk on first use.
func group[S any](by map[string]*S, key string, mk func() *S) *S {
	s := by[key]
	if s == nil {
		s = mk()
		by[key] = s
	}
	return s
}

func (sc *eventScorer) triples(recs []GoldRecord, preds [][]Triple) {
	rep := sc.rep
	rep.Triples, rep.TriplesBy = &EventScore{}, map[string]*EventScore{}
	for i := range recs {
		r := &recs[i]
		rep.Triples.Add(r.Expected, preds[i])
		if sc.opt.ByGroup {
			group(rep.TriplesBy, r.Category, func() *EventScore { return &EventScore{} }).Add(r.Expected, preds[i])
		}
		g, p := Sorted(r.Expected), Sorted(preds[i])
		if fmt.Sprint(g) != fmt.Sprint(p) {
			sc.miss(r, fmt.Sprint(g), p)
		}
	}
}

// ploverNames returns how to write the categories of gold labels cats.
func (sc *eventScorer) ploverNames(cats []string) PLOVER {
	sc.rep.PLOVER05 = PLOVERNames05(cats)
	sc.names = PLOVER{Map: sc.opt.PLOVER, V05: sc.rep.PLOVER05}
	return sc.names
}

func (sc *eventScorer) plover(recs []GoldRecord, preds [][]Triple) {
	var cats []string
	for _, r := range recs {
		cats = append(cats, strings.ToUpper(strings.TrimSpace(r.Event)))
		for _, t := range r.Expected {
			cats = append(cats, strings.ToUpper(strings.TrimSpace(t.Code)))
		}
	}
	names := sc.ploverNames(cats)
	rep := sc.rep
	rep.PLOVER, rep.PLOVERBy = &PLOVERScore{}, map[string]*PLOVERScore{}
	for i := range recs {
		r := &recs[i]
		found := rep.PLOVER.Add(names, r.Expected, r.Event, preds[i])
		cat := names.Name(r.Event)
		if cat == "" && len(r.Expected) > 0 {
			cat = names.Name(r.Expected[0].Code)
		}
		if sc.opt.ByGroup {
			group(rep.PLOVERBy, cat, func() *PLOVERScore { return &PLOVERScore{} }).Add(names, r.Expected, r.Event, preds[i])
		}
		if !found {
			sc.miss(r, cat+" "+fmt.Sprint(Sorted(r.Expected)), preds[i])
		}
	}
}

func (sc *eventScorer) types(recs []GoldRecord, preds [][]Triple) {
	rep := sc.rep
	rep.Types, rep.TypesBy = &TypeScore{}, map[string]*TypeScore{}
	for i := range recs {
		r := &recs[i]
		label := strings.TrimSpace(r.Label)
		root := CASERoots[label]
		right := rep.Types.Add(root, preds[i])
		if sc.opt.ByGroup {
			group(rep.TypesBy, label, func() *TypeScore { return &TypeScore{Root: either(root, "-")} }).Add(root, preds[i])
		}
		if root != "" && !right || root == "" && len(preds[i]) > 0 {
			sc.miss(r, label+" (root "+either(root, "none")+")", preds[i])
		}
	}
}

func (sc *eventScorer) docs(recs []GoldRecord, preds [][]Triple) {
	var cats []string
	for _, r := range recs {
		cats = append(cats, strings.ToUpper(strings.TrimSpace(r.Label)))
	}
	names := sc.ploverNames(cats)
	rep := sc.rep
	rep.Docs, rep.DocsBy = &DocScore{}, map[string]*DocScore{}
	for i := range recs {
		r := &recs[i]
		label := names.Name(r.Label)
		found := rep.Docs.Add(names, label, preds[i])
		if sc.opt.ByGroup {
			group(rep.DocsBy, label, func() *DocScore { return &DocScore{} }).Add(names, label, preds[i])
		}
		if !found {
			sc.miss(r, label, preds[i])
		}
	}
}

// either returns s, or alt when s is empty.
func either(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
