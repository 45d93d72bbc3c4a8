package main

// Scorers of dyad eval events for the dev sets whose labels are not
// PETRARCH triples (those are scored by package evaluate): PLOVER
// categories with actors (the PLOVER gold records), one event type per
// snippet (CASE 2021 task 2, ACLED types) and one PLOVER category per story
// (NGEC synthetic stories). Each scorer takes one record's gold labels and
// the predicted CAMEO triples, and keeps counts and rates that marshal to
// JSON. docs/events.md explains the figures.

import (
	"strings"

	"dyad/evaluate"
	"dyad/events"
)

// Kinds of gold file.
const (
	kindTriples   = "triples"    // expected [{source, target, code}], CAMEO codes (PETRARCH)
	kindPLOVER    = "plover"     // expected codes are PLOVER categories, actors ISO-3 + sector
	kindCASE      = "case2021"   // label is a CASE 2021 task 2 (ACLED) event type
	kindPLOVERDoc = "plover-doc" // label is the PLOVER category of the whole text
)

var evalKinds = []string{kindTriples, kindPLOVER, kindCASE, kindPLOVERDoc}

// ploverCategories are the category names of PLOVER 0.5 (DEMAND,
// DISAPPROVE, INVESTIGATE, FIGHT) and of PLOVER 2021 (REQUEST, ACCUSE; 19
// is ASSAULT), the two versions the dev sets use.
var ploverCategories = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "COOPERATE": true, "AID": true,
	"CONCEDE": true, "RETREAT": true, "INVESTIGATE": true, "DEMAND": true, "DISAPPROVE": true,
	"REJECT": true, "THREATEN": true, "PROTEST": true, "MOBILIZE": true, "SANCTION": true,
	"COERCE": true, "ASSAULT": true, "FIGHT": true, "REQUEST": true, "ACCUSE": true,
}

// plover2021 renames the PLOVER 0.5 categories that PLOVER 2021 merged or
// renamed (CAMEO2PLOVER-2021.txt: 09 and 11 ACCUSE, 10 REQUEST, 19 ASSAULT).
var plover2021 = map[string]string{
	"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
}

// ploverNames05 reports whether gold categories are written with the names
// of PLOVER 0.5: some category is one of the names 2021 dropped. Otherwise
// the 2021 names are used on both sides.
func ploverNames05(cats []string) bool {
	for _, c := range cats {
		if _, ok := plover2021[c]; ok {
			return true
		}
	}
	return false
}

// ploverOf returns the PLOVER category of a CAMEO code (events.PLOVER) in
// the 0.5 or the 2021 names, "" when the code has none. It gives the same
// answer whichever names events.PLOVER uses: a 2021 name is turned back
// into its 0.5 name by the code's root (09 INVESTIGATE, 11 DISAPPROVE, 19
// FIGHT).
func ploverOf(code string, v05 bool) string {
	code = strings.TrimSpace(code)
	cat := events.PLOVER(code)
	if !v05 {
		return ploverName(cat, false)
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

// ploverName writes a category in the chosen version's names.
func ploverName(cat string, v05 bool) string {
	cat = strings.ToUpper(strings.TrimSpace(cat))
	if !v05 {
		if n, ok := plover2021[cat]; ok {
			return n
		}
	}
	return cat
}

// caseRoots maps each CASE 2021 task 2 event type to the CAMEO root that
// codes it, from the CAMEO 1.1b3 codebook and the ACLED sub-event type
// definitions; "" for types no CAMEO event describes. The reasons are in
// docs/events.md, section "Scoring the dev sets".
var caseRoots = map[string]string{
	// ACLED Battles
	"ARMED_CLASH":                   "19", // 193 fight with small arms and light weapons
	"GOV_REGAINS_TERIT":             "19", // 192 occupy territory, after a battle
	"NON_STATE_ACTOR_OVERTAKES_TER": "19", // 192 occupy territory, after a battle
	// ACLED Explosions/Remote violence
	"CHEM_WEAP":       "20", // 2041 chemical, biological or radiological weapons
	"AIR_STRIKE":      "19", // 195 employ aerial weapons
	"SUIC_BOMB":       "18", // 1831 suicide bombing
	"ART_MISS_ATTACK": "19", // 194 artillery and tanks; 195 for missiles
	"REM_EXPLOS":      "18", // 183 non-military bombing, 1833 roadside bombing
	"GRENADE":         "18", // 183 non-military bombing: a thrown explosive
	// ACLED Violence against civilians
	"SEX_VIOL":      "18", // 1821 sexual assault
	"ATTACK":        "18", // 180 unconventional violence, 182 physical assault, 1823 killing
	"ABDUCT_DISSAP": "18", // 181 abduct, hijack, take hostage
	// ACLED Protests and Riots
	"PEACE_PROTEST":         "14", // 141 demonstrate or rally
	"PROTEST_WITH_INTER":    "14", // 141: the protest is the event; its dispersal is minor
	"FORCE_AGAINST_PROTEST": "17", // 175 use tactics of violent repression
	"VIOL_DEMONSTR":         "14", // 145 protest violently, riot
	"MOB_VIOL":              "14", // 145 protest violently, riot
	// ACLED Strategic developments
	"AGREEMENT":                "05", // 057 sign formal agreement
	"ARREST":                   "17", // 173 arrest, detain or charge
	"CHANGE_TO_GROUP_ACT":      "",   // a group's own organisation: no interaction
	"DISR_WEAP":                "",   // an attack prevented (defused, intercepted): no CAMEO event
	"HQ_ESTABLISHED":           "15", // 150/154 exhibit force posture, increase armed forces
	"PROPERTY_DISTRUCT":        "17", // 171 seize or damage property, 1712 destroy property
	"NON_VIOL_TERRIT_TRANSFER": "19", // 192 occupy territory, without a battle
	"OTHER":                    "",
	// Types CASE 2021 added
	"DIPLO":             "04", // diplomatic event: 04 consult (meet, visit, negotiate)
	"ATTRIB":            "01", // 015 claim responsibility
	"ORG_CRIME":         "",
	"NATURAL_DISASTER":  "",
	"MAN_MADE_DISASTER": "",
}

// prf returns the precision, recall and F1 of the counts, with the
// conventions of package evaluate and score_events.py: precision 1 when
// nothing was predicted or missed, recall 1 when nothing was to be found.
func prf(tp, fp, fn int) evaluate.PRF {
	m := evaluate.PRF{TP: tp, FP: fp, FN: fn}
	switch {
	case tp+fp > 0:
		m.Precision = float64(tp) / float64(tp+fp)
	case fn == 0:
		m.Precision = 1
	}
	m.Recall = 1
	if tp+fn > 0 {
		m.Recall = float64(tp) / float64(tp+fn)
	}
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	return m
}

// addSets adds the comparison of one record's gold and predicted sets to m.
func addSets[K comparable](m *evaluate.PRF, gold, pred map[K]bool) {
	tp := 0
	for k := range pred {
		if gold[k] {
			tp++
		}
	}
	*m = prf(m.TP+tp, m.FP+len(pred)-tp, m.FN+len(gold)-tp)
}

func rate(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
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

// ploverScore is the score of records whose gold events are PLOVER
// categories with actors.
type ploverScore struct {
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
	Category       evaluate.PRF `json:"category"`
	Actors         evaluate.PRF `json:"actors"`
	CategoryActors evaluate.PRF `json:"category_actors"`
}

// add scores one record. gold holds the gold triples (codes are PLOVER
// categories); goldCat is the record's own category field, if any; pred
// holds the predicted CAMEO triples.
func (s *ploverScore) add(gold []evaluate.Triple, goldCat string, pred []evaluate.Triple, v05 bool) (found bool) {
	s.Records++
	gc := map[string]bool{}
	gp := map[[2]string]bool{}
	gt := map[[3]string]bool{}
	if c := ploverName(goldCat, v05); c != "" {
		gc[c] = true
	}
	for _, t := range gold {
		c := ploverName(t.Code, v05)
		gc[c] = true
		gp[[2]string{country(t.Source), country(t.Target)}] = true
		gt[[3]string{country(t.Source), country(t.Target), c}] = true
	}
	pc := map[string]bool{}
	pp := map[[2]string]bool{}
	pt := map[[3]string]bool{}
	for _, t := range pred {
		c := ploverOf(t.Code, v05)
		if c == "" {
			continue
		}
		pc[c] = true
		if gc[c] {
			found = true
		}
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

// typeScore is the score of snippets labelled with one CASE 2021 event
// type each, mapped to a CAMEO root by caseRoots.
type typeScore struct {
	Root          string  `json:"root,omitempty"` // in a breakdown by label: the label's root
	Records       int     `json:"records"`
	WithEvent     int     `json:"records_with_event"`
	WithEventRate float64 `json:"with_event_rate"`
	// Mapped counts the snippets whose type has a CAMEO root; RightRoot
	// those among them whose predicted roots include it (issue 10's "right
	// root"). RightRootRate is over the mapped snippets, RightRootRateAll
	// over all of them.
	Mapped           int     `json:"records_mapped"`
	MappedWithEvent  int     `json:"mapped_with_event"`
	RightRoot        int     `json:"records_right_root"`
	MappedEventRate  float64 `json:"mapped_with_event_rate"`
	RightRootRate    float64 `json:"right_root_rate"`
	RightRootRateAll float64 `json:"right_root_rate_all"`
	// Unmapped counts the snippets of types no CAMEO event describes
	// (disasters, crime, ...), where any event is a false alarm.
	Unmapped          int     `json:"records_unmapped"`
	UnmappedWithEvent int     `json:"unmapped_with_event"`
	UnmappedEventRate float64 `json:"unmapped_with_event_rate"`
}

// add scores one snippet whose type maps to root ("" for none).
func (s *typeScore) add(root string, pred []evaluate.Triple) (right bool) {
	s.Records++
	coded := len(pred) > 0
	if coded {
		s.WithEvent++
	}
	if root == "" {
		s.Unmapped++
		if coded {
			s.UnmappedWithEvent++
		}
	} else {
		s.Mapped++
		if coded {
			s.MappedWithEvent++
		}
		for _, t := range pred {
			if strings.HasPrefix(strings.TrimSpace(t.Code), root) {
				right = true
				break
			}
		}
		if right {
			s.RightRoot++
		}
	}
	s.WithEventRate = rate(s.WithEvent, s.Records)
	s.MappedEventRate = rate(s.MappedWithEvent, s.Mapped)
	s.RightRootRate = rate(s.RightRoot, s.Mapped)
	s.RightRootRateAll = rate(s.RightRoot, s.Records)
	s.UnmappedEventRate = rate(s.UnmappedWithEvent, s.Unmapped)
	return right
}

// docScore is the document-level score of texts labelled with one PLOVER
// category each.
type docScore struct {
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

// add scores one text labelled cat.
func (s *docScore) add(cat string, pred []evaluate.Triple, v05 bool) (found bool) {
	s.Records++
	if len(pred) > 0 {
		s.WithEvent++
	}
	cat = ploverName(cat, v05)
	for _, t := range pred {
		if ploverOf(t.Code, v05) == cat {
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
