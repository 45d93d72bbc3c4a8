package events

// ploverRoot gives the PLOVER category of each CAMEO root, after the PLOVER
// project's CAMEO2PLOVER-2021 table (CC BY-SA 4.0, credited in NOTICE;
// TestPLOVERCodebook compares the two). The names are those of the PLOVER
// 0.5 codebook, the version of the PLOVER gold records (DEMAND for
// requests, DISAPPROVE for criticism, INVESTIGATE and FIGHT as categories of
// their own). Root 01, public statements, has no category.
var ploverRoot = [21]string{
	1: "", 2: "DEMAND", 3: "AGREE", 4: "CONSULT", 5: "SUPPORT", 6: "COOPERATE", 7: "AID",
	8: "CONCEDE", 9: "INVESTIGATE", 10: "DEMAND", 11: "DISAPPROVE", 12: "REJECT",
	13: "THREATEN", 14: "PROTEST", 15: "MOBILIZE", 16: "SANCTION", 17: "COERCE",
	18: "ASSAULT", 19: "FIGHT", 20: "ASSAULT",
}

// ploverCode holds the codes whose category is not their root's: the
// statements that are acts of their own, the retreats within root 08, the
// blockades and occupations that coerce rather than fight, and the
// destruction of property that assaults.
var ploverCode = map[string]string{
	"015": "CONCEDE",                                       // acknowledge or claim responsibility
	"016": "REJECT",                                        // deny responsibility
	"018": "SUPPORT",                                       // express sympathy
	"019": "AGREE",                                         // express accord
	"084": "RETREAT", "0841": "RETREAT", "0842": "RETREAT", // release persons or property
	"085": "RETREAT",                                                          // ease economic sanctions
	"086": "RETREAT", "0861": "RETREAT", "0862": "RETREAT", "0863": "RETREAT", // allow involvement
	"0813": "RETREAT", "0814": "RETREAT", // lift a ban on parties, a state of emergency
	"087": "RETREAT", "0871": "RETREAT", "0872": "RETREAT", "0873": "RETREAT", "0874": "RETREAT", // de-escalate
	"163":  "COERCE",  // impose embargo, boycott or sanctions
	"1712": "ASSAULT", // destroy property
	"175":  "ASSAULT", // repression by violence
	"191":  "COERCE",  // blockade
	"192":  "COERCE",  // occupy territory
}

// PLOVER returns the PLOVER category of a CAMEO event code ("057" ->
// "SUPPORT", "190" -> "FIGHT"), or "" when the code is unknown or, like
// most public statements (01), has no PLOVER category.
func PLOVER(code string) string {
	if c, ok := ploverCode[code]; ok {
		return c
	}
	if len(code) < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9' {
		return ""
	}
	if _, ok := Lookup(code); !ok {
		return ""
	}
	root := int(code[0]-'0')*10 + int(code[1]-'0')
	if root < 1 || root > 20 {
		return ""
	}
	return ploverRoot[root]
}
