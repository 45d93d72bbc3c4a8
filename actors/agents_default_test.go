package actors_test

import (
	"testing"

	"dyad/actors"
)

// TestDefaultAgents resolves role words through the built-in Phoenix agent
// table, as PETRARCH does.
func TestDefaultAgents(t *testing.T) {
	d := actors.Default()
	for _, tt := range []struct{ text, want string }{
		{"A Kenyan teacher was detained.", "Kenyan teacher:NATIONALITY:KENEDU"},
		{"French activists marched.", "French activists:NATIONALITY:FRAOPP"},
		{"Russia quickly acted.", "Russia:COUNTRY:RUS"},
	} {
		if got := show(analyse(t, d, tt.text, "2020-01-01").Mentions); got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.text, got, tt.want)
		}
	}
}
