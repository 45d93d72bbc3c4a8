package events

import (
	"slices"
	"strconv"
	"testing"

	"dyad"
)

func TestIntentCode(t *testing.T) {
	for _, tt := range []struct {
		code string
		in   intent
		pron bool
		want string // "" for none
	}{
		{"072", commitment, false, "0332"}, // "pledged to supply arms"
		{"070", commitment, false, "033"},
		{"042", commitment, false, "036"}, // "agreed to visit"
		{"0871", commitment, false, "0356"},
		{"085", commitment, false, "0354"}, // "agreed to lift sanctions"
		{"083", commitment, false, "034"},
		{"051", future, true, "032"},   // "said it would support"
		{"051", future, false, ""},     // "will support", said by others: a forecast
		{"190", threat, false, "1384"}, // "threatened to attack"
		{"191", threat, false, "1381"},
		{"163", commitment, false, "1312"}, // "vowed to impose sanctions"
		{"172", threat, false, "132"},
		{"190", future, true, "1384"},  // "Iran said it would retaliate"
		{"190", future, false, ""},     // "the rebels will attack": a forecast
		{"042", threat, false, "130"},  // "threatened to visit Taiwan": no promise, a threat all the same
		{"129", threat, false, "130"},  // "threatened to veto": no threat of its own kind
		{"164", threat, false, "134"},  // "threatened to break off talks"
		{"1661", threat, false, "136"}, // "threatened to expel the peacekeepers"
		{"160", threat, false, "1313"}, // "threatened to downgrade ties"
		{"1622", threat, false, "1311"},
		{"1722", threat, false, "1322"}, // "threatened to ban the party"
		{"173", threat, false, "132"},   // "threatened to arrest"
		{"129", commitment, false, ""},  // "vowed to veto" is no threat
		{"010", commitment, false, ""},  // statements and appeals have no intent code
		{"020", commitment, false, ""},
		{"072", noIntent, false, ""},
	} {
		got, ok := intentCode(tt.code, tt.in, tt.pron)
		if !ok {
			got.Code = ""
		}
		if got.Code != tt.want {
			t.Errorf("intentCode(%s, %d, %v) = %q, want %q", tt.code, tt.in, tt.pron, got.Code, tt.want)
		}
	}
}

// TestIntentEvents: an act pledged, threatened or said by its doer to
// come is the act, hypothetical, and the intent, asserted.
func TestIntentEvents(t *testing.T) {
	for _, tt := range []struct {
		text, parse string
		lemmas      map[string]string
		want        []string // "SRC TGT CODE HYP", sorted
	}{
		{"Russia vowed to attack Ukraine .",
			"2:nsubj:PROPN 0:root:VERB 4:mark:PART 2:xcomp:VERB 4:obj:PROPN 2:punct:PUNCT",
			map[string]string{"vowed": "vow", "attack": "attack"},
			[]string{"RUS UKR 1384 false", "RUS UKR 190 true"}},
		{"Russia is willing to help Ukraine .",
			"3:nsubj:PROPN 3:cop:AUX 0:root:ADJ 5:mark:PART 3:xcomp:VERB 5:obj:PROPN 3:punct:PUNCT",
			map[string]string{"willing": "willing", "help": "help"},
			[]string{"RUS UKR 033 false", "RUS UKR 070 true"}},
		// what an effort is for is not done, nor announced
		{"Russia made efforts to attack Ukraine .",
			"2:nsubj:PROPN 0:root:VERB 2:obj:NOUN 5:mark:PART 3:acl:VERB 5:obj:PROPN 2:punct:PUNCT",
			map[string]string{"made": "make", "efforts": "effort", "attack": "attack"},
			[]string{"RUS UKR 190 true"}},
		// what a plan is for is planned
		{"Russia drew up a plan to attack Ukraine .",
			"2:nsubj:PROPN 0:root:VERB 2:compound:prt:ADP 5:det:DET 2:obj:NOUN 7:mark:PART 5:acl:VERB 7:obj:PROPN 2:punct:PUNCT",
			map[string]string{"drew": "draw", "plan": "plan", "attack": "attack"},
			[]string{"RUS UKR 1384 false", "RUS UKR 190 true"}},
		// a forecast is no announced intent
		{"Russia will help Ukraine .",
			"3:nsubj:PROPN 3:aux:AUX 0:root:VERB 3:obj:PROPN 3:punct:PUNCT",
			map[string]string{"help": "help"},
			[]string{"RUS UKR 070 true"}},
	} {
		evs := codeLemmas(t, nil, tt.text, "Russia=RUS; Ukraine=UKR", tt.parse, tt.lemmas)
		got := shown(evs, func(e dyad.Event) string {
			return e.Source + " " + e.Target + " " + e.Code + " " + strconv.FormatBool(e.Hypothetical)
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}
