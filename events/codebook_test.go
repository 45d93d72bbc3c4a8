package events

import (
	"bufio"
	"strconv"
	"strings"
	"testing"

	"dyad/internal/sharedtest"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		code      string
		ok        bool
		goldstein float64
		quad      int
	}{
		{"01", true, 0, 1},
		{"010", true, 0, 1},
		{"0231", true, 3.4, 1},
		{"057", true, 8, 1},
		{"0841", true, 7, 2},
		{"090", true, -2, 2},
		{"1056", true, -5, 3},
		{"111", true, -2, 3},
		{"1384", true, -7, 3},
		{"145", true, -7.5, 3},
		{"163", true, -8, 4},
		{"173", true, -5, 4},
		{"190", true, -10, 4},
		{"2042", true, -10, 4},
		{"21", false, 0, 0},
		{"", false, 0, 0},
		{"0x1", false, 0, 0},
		{"0999", false, 0, 0},
	}
	for _, tc := range tests {
		c, ok := Lookup(tc.code)
		if ok != tc.ok {
			t.Errorf("Lookup(%q) ok = %v, want %v", tc.code, ok, tc.ok)
			continue
		}
		if ok && (c.Goldstein != tc.goldstein || c.Quad != tc.quad || c.Code != tc.code || c.Name == "") {
			t.Errorf("Lookup(%q) = %+v, want goldstein %v quad %d", tc.code, c, tc.goldstein, tc.quad)
		}
	}
}

func TestCodes(t *testing.T) {
	cs := Codes()
	if len(cs) < 300 {
		t.Fatalf("Codes() has %d codes, want about 310", len(cs))
	}
	roots := 0
	for i, c := range cs {
		if i > 0 && cs[i-1].Code >= c.Code {
			t.Errorf("codes out of order at %s", c.Code)
		}
		if c.Quad < 1 || c.Quad > 4 {
			t.Errorf("%s: quad %d", c.Code, c.Quad)
		}
		if len(c.Code) == 2 {
			roots++
		}
	}
	if roots != 20 {
		t.Errorf("%d roots, want 20", roots)
	}
	cs[0].Name = "changed"
	if Codes()[0].Name == "changed" {
		t.Error("Codes returns the codebook itself, not a copy")
	}
}

func TestQuadOf(t *testing.T) {
	for code, want := range map[string]int{"01": 1, "0524": 1, "05": 1, "06": 2, "0999": 2, "10": 3, "14": 3, "15": 4, "20": 4, "21": 0, "00": 0, "x": 0, "": 0, "3a": 0} {
		if got := QuadOf(code); got != want {
			t.Errorf("QuadOf(%q) = %d, want %d", code, got, want)
		}
	}
}

// TestCodebookMatchesGDELT compares every code and Goldstein value with
// GDELT's lookup table, when the shared reference files are present.
func TestCodebookMatchesGDELT(t *testing.T) {
	f := sharedtest.Open(t, "../../shared/reference/gdelt/CAMEO.goldsteinscale.txt")
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		code, val, ok := strings.Cut(strings.TrimSpace(sc.Text()), "\t")
		if !ok || !isCode(code) {
			continue
		}
		n++
		g, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil {
			t.Fatalf("reference %s: %v", code, err)
		}
		c, ok := Lookup(code)
		if !ok {
			t.Errorf("code %s missing from the codebook", code)
			continue
		}
		if c.Goldstein != g {
			t.Errorf("code %s: Goldstein %v, GDELT has %v", code, c.Goldstein, g)
		}
	}
	if n != len(Codes()) {
		t.Errorf("GDELT lists %d codes, the codebook %d", n, len(Codes()))
	}
}

func TestParseCodebookErrors(t *testing.T) {
	for _, in := range []string{"01\t0.0", "99\t1\tx", "01\tx\tname", "01\t11\tname"} {
		if _, err := parseCodebook(in); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("parseCodebook(%q) error = %v, want a line 1 error", in, err)
		}
	}
}
