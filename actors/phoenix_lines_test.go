package actors

import (
	"errors"
	"strings"
	"testing"

	"dyad"
)

// TestPhoenixWarningLines checks that each warning names the line it is
// about, also after an entry that fails when it is added: such an entry is
// reported at its own first line, and the lines after it keep their
// numbers.
func TestPhoenixWarningLines(t *testing.T) {
	tests := []struct {
		name, dict string
		want       []int
	}{
		{"bad codes, and a synonym of the dropped entry", "A_B_\n[USA\n+ C_D_\n", []int{2}},
		{"entry without codes, then bad lines", "A_B_\nC_D_ [BAD\nE_F_ [ZZ\n", []int{2, 1, 3}},
		{"entry without codes at the end", "X_Y_ [USA]\n\nA_B_\n", []int{3}},
	}
	for _, tt := range tests {
		warnings, err := New().LoadPhoenixActors(strings.NewReader(tt.dict), "t.txt")
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, w := range warnings {
			var ie *dyad.InputError
			if !errors.As(w, &ie) {
				t.Fatalf("%s: warning %v is no InputError", tt.name, w)
			}
			got = append(got, ie.Line)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: warnings at lines %v (%q), want %v", tt.name, got, warnings, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: warnings at lines %v (%q), want %v", tt.name, got, warnings, tt.want)
				break
			}
		}
	}
}
