package dyad_test

import (
	"errors"
	"testing"

	"dyad"
)

// TestInputErrorKind checks that the kind of an input error is its Reason,
// else its whole message, never the message cut at a colon.
func TestInputErrorKind(t *testing.T) {
	tests := []struct {
		err  *dyad.InputError
		want string
	}{
		{&dyad.InputError{Name: "a", Reason: "invalid date", Err: errors.New(`invalid date "2024-01-01T25:00": want YYYY-MM-DD`)}, "invalid date"},
		{&dyad.InputError{Name: "a", Err: errors.New(`invalid date "2024-01-01T25:00": want YYYY-MM-DD`)}, `invalid date "2024-01-01T25:00": want YYYY-MM-DD`},
		{&dyad.InputError{Name: "a"}, "unknown"},
	}
	for _, tc := range tests {
		if got := tc.err.Kind(); got != tc.want {
			t.Errorf("Kind of %v = %q, want %q", tc.err, got, tc.want)
		}
	}
}
