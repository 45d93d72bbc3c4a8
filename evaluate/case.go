package evaluate

// The scorer for snippets labelled with one CASE 2021 task 2 event type
// each (ACLED types), through the CAMEO root that codes the type.

import "strings"

// CASERoots maps each CASE 2021 task 2 event type to the CAMEO root that
// codes it, from the CAMEO 1.1b3 codebook and the ACLED sub-event type
// definitions; "" for types no CAMEO event describes, and roots separated
// by commas for a type whose definition spans several ("05,08"). The
// reasons are in docs/events.md, section "Scoring the dev sets".
var CASERoots = map[string]string{
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
	"AGREEMENT":                "05,08", // 057 sign formal agreement; ACLED's examples also ceasefires 0871, prisoner releases 084, surrenders 0874
	"ARREST":                   "17",    // 173 arrest, detain or charge
	"CHANGE_TO_GROUP_ACT":      "",      // a group's own organisation: no interaction
	"DISR_WEAP":                "",      // an attack prevented (defused, intercepted): no CAMEO event
	"HQ_ESTABLISHED":           "15",    // 150/154 exhibit force posture, increase armed forces
	"PROPERTY_DISTRUCT":        "17",    // 171 seize or damage property, 1712 destroy property
	"NON_VIOL_TERRIT_TRANSFER": "19",    // 192 occupy territory, without a battle
	"OTHER":                    "",
	// Types CASE 2021 added
	"DIPLO":             "04", // diplomatic event: 04 consult (meet, visit, negotiate)
	"ATTRIB":            "01", // 015 claim responsibility
	"ORG_CRIME":         "",
	"NATURAL_DISASTER":  "",
	"MAN_MADE_DISASTER": "",
}

// TypeScore is the score of snippets labelled with one CASE 2021 event
// type each, mapped to a CAMEO root by [CASERoots].
type TypeScore struct {
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

// Add scores one snippet whose type maps to root ("" for none, roots
// separated by commas for several) and reports whether a predicted event
// has that root.
func (s *TypeScore) Add(root string, pred []Triple) (right bool) {
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
			for r := range strings.SplitSeq(root, ",") {
				right = right || strings.HasPrefix(strings.TrimSpace(t.Code), r)
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
