package actors

import (
	"testing"

	"dyad/internal/sharedtest"
)

// TestPhoenixAgentsGenerated checks that the committed phoenix_agents.txt
// is what go generate derives from Phoenix.agents.txt.
func TestPhoenixAgentsGenerated(t *testing.T) {
	src := sharedtest.ReadFile(t, "../../shared/reference/phoenix/Phoenix.agents.txt")
	got, skipped := DeriveAgents(src)
	if string(got) != phoenixAgents {
		t.Error("actors/phoenix_agents.txt differs from what DeriveAgents makes of Phoenix.agents.txt: run go generate ./actors")
	}
	if len(skipped) != 2 {
		t.Errorf("%d lines left out, want the 2 malformed ones: %v", len(skipped), skipped)
	}
}

func TestStripXMLComments(t *testing.T) {
	for _, tc := range []struct {
		in      string
		inside  bool
		want    string
		wantOut bool
	}{
		{"PRESIDENT [~GOV]", false, "PRESIDENT [~GOV]", false},
		{"<!-- PETRARCH VALIDATION SUITE -->", false, "", false},
		{"A [~GOV] <!-- note --> B", false, "A [~GOV]  B", false},
		{"<!-- starts here", false, "", true},
		{"still inside", true, "", true},
		{"ends --> POLICE [~COP]", true, " POLICE [~COP]", false},
		{"<!-- a --><!-- b -->C", false, "C", false},
	} {
		got, out := stripXMLComments(tc.in, tc.inside)
		if got != tc.want || out != tc.wantOut {
			t.Errorf("stripXMLComments(%q, %v) = %q, %v; want %q, %v", tc.in, tc.inside, got, out, tc.want, tc.wantOut)
		}
	}
}
