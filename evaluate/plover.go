package evaluate

// Scorers for the event dev sets whose labels are PLOVER categories: the
// PLOVER gold records (categories with actors) and texts labelled with one
// category each (NGEC synthetic stories). docs/events.md explains the
// figures.

import "strings"

// ploverCategories are the category names of PLOVER 0.5 (DEMAND,
// DISAPPROVE, INVESTIGATE, FIGHT) and of PLOVER 2021 (REQUEST, ACCUSE; 19
// is ASSAULT), the two versions the dev sets use.
var ploverCategories = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "COOPERATE": true, "AID": true,
	"CONCEDE": true, "RETREAT": true, "INVESTIGATE": true, "DEMAND": true, "DISAPPROVE": true,
	"REJECT": true, "THREATEN": true, "PROTEST": true, "MOBILIZE": true, "SANCTION": true,
	"COERCE": true, "ASSAULT": true, "FIGHT": true, "REQUEST": true, "ACCUSE": true,
}

// isPLOVERCategory reports whether s, in any case and with white space
// around it, names a category of PLOVER 0.5 or 2021.
func isPLOVERCategory(s string) bool {
	return ploverCategories[strings.ToUpper(strings.TrimSpace(s))]
}

// plover2021 renames the PLOVER 0.5 categories that PLOVER 2021 merged or
// renamed (CAMEO2PLOVER-2021.txt: 09 and 11 ACCUSE, 10 REQUEST, 19 ASSAULT).
var plover2021 = map[string]string{
	"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
}

// PLOVERNames05 reports whether gold categories are written with the names
// of PLOVER 0.5: some category is one of the names 2021 dropped. Otherwise
// the 2021 names are used on both sides.
func PLOVERNames05(cats []string) bool {
	for _, c := range cats {
		if _, ok := plover2021[c]; ok {
			return true
		}
	}
	return false
}

// PLOVER writes PLOVER categories in the names of one version, 0.5 or
// 2021, so that gold and predicted categories compare.
type PLOVER struct {
	// Map returns the PLOVER category of a CAMEO code, "" when it has
	// none, in the names of either version (dyad's events.PLOVER); nil
	// gives every code none.
	Map func(cameo string) string
	// V05: write the names of PLOVER 0.5; else those of 2021.
	V05 bool
}

// Of returns the category of a CAMEO code, "" when it has none. It gives
// the same answer whichever names Map uses: a 2021 name is turned back
// into its 0.5 name by the code's root (09 INVESTIGATE, 11 DISAPPROVE, 19
// FIGHT).
func (p PLOVER) Of(code string) string {
	if p.Map == nil {
		return ""
	}
	code = strings.TrimSpace(code)
	cat := p.Map(code)
	if !p.V05 {
		return p.Name(cat)
	}
	root := code[:min(2, len(code))]
	switch {
	case cat == "REQUEST":
		return "DEMAND"
	case cat == "ACCUSE" && root == "09":
		return "INVESTIGATE"
	case cat == "ACCUSE":
		return "DISAPPROVE"
	case cat == "ASSAULT" && root == "19":
		return "FIGHT"
	}
	return cat
}

// Name writes a gold category in the version's names, in upper case.
func (p PLOVER) Name(cat string) string {
	cat = strings.ToUpper(strings.TrimSpace(cat))
	if !p.V05 {
		if n, ok := plover2021[cat]; ok {
			return n
		}
	}
	return cat
}

// PLOVERScore is the score of records whose gold events are PLOVER
// categories with actors.
type PLOVERScore struct {
	Records int `json:"records"`
	// WithEvent counts the records with any predicted event;
	// CategoryFound those where a gold category is among the PLOVER
	// categories of the predicted events (issue 10's "PLOVER category").
	WithEvent         int     `json:"records_with_event"`
	CategoryFound     int     `json:"records_category_found"`
	WithEventRate     float64 `json:"with_event_rate"`
	CategoryFoundRate float64 `json:"category_found_rate"`
	// Category compares the set of categories of each record; Actors the
	// (source, target) country pairs; CategoryActors the triples (source
	// country, target country, category). A gold actor left empty (both
	// sides of "Jordan and Britain agreed") matches any predicted actor.
	Category       PRF `json:"category"`
	Actors         PRF `json:"actors"`
	CategoryActors PRF `json:"category_actors"`
}

// Add scores one record and reports whether a gold category is among the
// predicted ones. gold holds the gold triples (codes are PLOVER
// categories); goldCat is the record's own category field, if any; pred
// holds the predicted CAMEO triples.
func (s *PLOVERScore) Add(p PLOVER, gold []Triple, goldCat string, pred []Triple) (found bool) {
	s.Records++
	gc := map[string]bool{}
	gp := map[[2]string]bool{}
	gt := map[[3]string]bool{}
	if c := p.Name(goldCat); c != "" {
		gc[c] = true
	}
	for _, t := range gold {
		c := p.Name(t.Code)
		gc[c] = true
		gp[[2]string{country(t.Source), country(t.Target)}] = true
		gt[[3]string{country(t.Source), country(t.Target), c}] = true
	}
	pc := map[string]bool{}
	pp := map[[2]string]bool{}
	pt := map[[3]string]bool{}
	for _, t := range pred {
		c := p.Of(t.Code)
		if c == "" {
			continue
		}
		pc[c] = true
		found = found || gc[c]
		s1, t1 := wildPair(gp, country(t.Source), country(t.Target))
		pp[[2]string{s1, t1}] = true
		s2, t2 := wildTriple(gt, country(t.Source), country(t.Target), c)
		pt[[3]string{s2, t2, c}] = true
	}
	if len(pred) > 0 {
		s.WithEvent++
	}
	if found {
		s.CategoryFound++
	}
	addSets(&s.Category, gc, pc)
	addSets(&s.Actors, gp, pp)
	addSets(&s.CategoryActors, gt, pt)
	s.WithEventRate = rate(s.WithEvent, s.Records)
	s.CategoryFoundRate = rate(s.CategoryFound, s.Records)
	return found
}

// country is the country part of an actor code: its first three letters
// ("USAGOV" USA, "IGOUNO" IGO, "---REB" ---), or the code when shorter.
func country(code string) string {
	code = strings.TrimSpace(code)
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// wildPair returns the gold pair that (src, tgt) matches when a gold actor
// is empty (a wildcard), else (src, tgt) itself.
func wildPair(gold map[[2]string]bool, src, tgt string) (string, string) {
	for _, k := range [][2]string{{src, tgt}, {src, ""}, {"", tgt}, {"", ""}} {
		if gold[k] {
			return k[0], k[1]
		}
	}
	return src, tgt
}

// wildTriple is wildPair for (source, target, category).
func wildTriple(gold map[[3]string]bool, src, tgt, cat string) (string, string) {
	for _, k := range [][2]string{{src, tgt}, {src, ""}, {"", tgt}, {"", ""}} {
		if gold[[3]string{k[0], k[1], cat}] {
			return k[0], k[1]
		}
	}
	return src, tgt
}

// DocScore is the document-level score of texts labelled with one PLOVER
// category each.
type DocScore struct {
	Records int `json:"records"`
	// WithEvent counts the texts with any event; Found those with an event
	// of the label's category. FoundRate is the document-level recall
	// (issue 10's figure); FoundAmongCoded is Found over WithEvent.
	WithEvent       int     `json:"records_with_event"`
	Found           int     `json:"records_category_found"`
	WithEventRate   float64 `json:"with_event_rate"`
	FoundRate       float64 `json:"category_found_rate"`
	FoundAmongCoded float64 `json:"category_found_among_coded"`
}

// Add scores one text labelled cat and reports whether an event of that
// category was predicted.
func (s *DocScore) Add(p PLOVER, cat string, pred []Triple) (found bool) {
	s.Records++
	if len(pred) > 0 {
		s.WithEvent++
	}
	cat = p.Name(cat)
	for _, t := range pred {
		if p.Of(t.Code) == cat {
			found = true
			break
		}
	}
	if found {
		s.Found++
	}
	s.WithEventRate = rate(s.WithEvent, s.Records)
	s.FoundRate = rate(s.Found, s.Records)
	s.FoundAmongCoded = rate(s.Found, s.WithEvent)
	return found
}

// addSets adds the comparison of one record's gold and predicted sets to m.
func addSets[K comparable](m *PRF, gold, pred map[K]bool) {
	tp := 0
	for k := range pred {
		if gold[k] {
			tp++
		}
	}
	m.TP += tp
	m.FP += len(pred) - tp
	m.FN += len(gold) - tp
	m.finish()
}

// rate is n/d, 0 when d is 0.
func rate(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
