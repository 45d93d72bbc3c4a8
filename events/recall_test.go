package events

import (
	"slices"
	"testing"
)

// recallCases are sentences of the kinds of news the coder missed, written
// for these tests: each names who did what to whom as the CAMEO codebook
// codes it.
var recallCases = []struct {
	name, text, actors string
	want               []string
}{
	{"arms shipments banned", "Sweden banned arms shipments to Chile last year.",
		"Sweden=SWE; Chile=CHL", []string{"SWE CHL 1622"}},
	{"weapons deliveries halted", "Italy halted weapons deliveries to Libya.",
		"Italy=ITA; Libya=LBY", []string{"ITA LBY 1622"}},
	{"trade banned", "Canada banned trade with Albania.",
		"Canada=CAN; Albania=ALB", []string{"CAN ALB 163"}},
}

func TestRecallCases(t *testing.T) {
	for _, tc := range recallCases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range code(t, tc.text, tc.actors) {
				got = append(got, eventKey(e))
			}
			want := slices.Clone(tc.want)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\n got  %q\n want %q", tc.text, got, want)
			}
		})
	}
}
