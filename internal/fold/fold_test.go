package fold

import "testing"

func TestInto(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Attacked", "attacked"}, {"don’t", "don't"}, {"U.S.", "u.s."}, {"Éire", "Éire"}, {"", ""}, {"’", "'"}, {"a\xe2\x80", "a\xe2\x80"},
	} {
		buf := make([]byte, len(tt.in))
		if got := string(Into(buf, tt.in)); got != tt.want {
			t.Errorf("Into(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzInto(f *testing.F) {
	f.Add("Don’t")
	f.Fuzz(func(t *testing.T, s string) {
		if got := Into(make([]byte, len(s)), s); len(got) > len(s) {
			t.Fatalf("%q grew to %q", s, got)
		}
	})
}
