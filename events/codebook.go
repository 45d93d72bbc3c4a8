package events

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
)

// CodebookVersion names the CAMEO edition whose codes the codebook holds and
// the table its Goldstein values come from.
const CodebookVersion = "cameo-1.1b3/gdelt-goldstein"

// PLOVERVersion names the PLOVER codebook whose category names [PLOVER]
// returns and the CAMEO-to-PLOVER table its categories follow.
const PLOVERVersion = "plover-0.5/cameo2plover-2021"

// Code is one CAMEO event code with what dyad knows about it.
type Code struct {
	Code      string  // 2 to 4 digits
	Name      string  // short name in dyad's words
	Goldstein float64 // GDELT's Goldstein value, -10 (conflict) to +10 (cooperation)
	Quad      int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
}

//go:embed cameo.tsv
var cameoTSV string

var (
	codeList  []Code
	codeIndex map[string]int
)

func init() {
	codes, err := parseCodebook(cameoTSV)
	if err != nil {
		panic("events: embedded cameo.tsv: " + err.Error()) // a build defect, caught by any test
	}
	codeList = codes
	codeIndex = make(map[string]int, len(codes))
	for i, c := range codes {
		codeIndex[c.Code] = i
	}
}

// parseCodebook reads the codebook format: code, Goldstein value and name
// separated by tabs, one code a line, '#' comments.
func parseCodebook(s string) ([]Code, error) {
	var out []Code
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || !isCode(f[0]) {
			return nil, &lineError{n + 1, "want code<TAB>goldstein<TAB>name"}
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil || g < -10 || g > 10 {
			return nil, &lineError{n + 1, "bad Goldstein value " + strconv.Quote(f[1])}
		}
		out = append(out, Code{Code: f[0], Name: f[2], Goldstein: g, Quad: QuadOf(f[0])})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out, nil
}

type lineError struct {
	line int
	msg  string
}

func (e *lineError) Error() string { return "line " + strconv.Itoa(e.line) + ": " + e.msg }

// isCode reports whether s has the shape of a CAMEO event code: 2 to 4
// digits with a root from 01 to 20.
func isCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	r := int(s[0]-'0')*10 + int(s[1]-'0')
	return r >= 1 && r <= 20
}

// Lookup returns the codebook entry of a CAMEO event code.
func Lookup(code string) (Code, bool) {
	i, ok := codeIndex[code]
	if !ok {
		return Code{}, false
	}
	return codeList[i], true
}

// Codes returns every code of the codebook in code order. The slice is a
// copy: callers may change it.
func Codes() []Code {
	return append([]Code(nil), codeList...)
}

// QuadOf returns GDELT's quad class of a code from its root: 01-05 verbal
// cooperation (1), 06-09 material cooperation (2), 10-14 verbal conflict
// (3), 15-20 material conflict (4); 0 when the root is not a CAMEO root.
func QuadOf(code string) int {
	if len(code) < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9' {
		return 0
	}
	switch r := int(code[0]-'0')*10 + int(code[1]-'0'); {
	case r >= 1 && r <= 5:
		return 1
	case r >= 6 && r <= 9:
		return 2
	case r >= 10 && r <= 14:
		return 3
	case r >= 15 && r <= 20:
		return 4
	}
	return 0
}
