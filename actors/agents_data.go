package actors

import (
	_ "embed"
	"errors"
	"strings"

	"dyad"
)

// phoenixAgents is dyad's default agent table: the entries of the
// PETRARCH-2 agents dictionary Phoenix.agents.txt (MIT, NOTICE), derived by
// actors/internal/genagents, so that role words resolve the way PETRARCH
// resolves them ("a Kenyan teacher" KENEDU).
//
//go:generate go run ./internal/genagents -in ../../shared/reference/phoenix/Phoenix.agents.txt -out phoenix_agents.txt
//go:embed phoenix_agents.txt
var phoenixAgents string

// DeriveAgents returns a Phoenix agents dictionary without its comments,
// blank lines and the lines LoadPhoenixAgents cannot read (returned as
// the warnings that name them), under a header naming its source: the
// form of phoenix_agents.txt.
func DeriveAgents(src []byte) ([]byte, []error) {
	var lines []string
	var orig []int // the source line of each of lines
	inComment := false
	n := 0
	for line := range strings.Lines(string(src)) {
		n++
		s := strings.TrimRight(line, "\r\n")
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		s, inComment = stripXMLComments(s, inComment)
		if s = strings.TrimRight(s, " \t"); strings.TrimSpace(s) != "" {
			lines = append(lines, s)
			orig = append(orig, n)
		}
	}
	warns, _ := New().LoadPhoenixAgents(strings.NewReader(strings.Join(lines, "\n")), "Phoenix.agents.txt")
	bad := map[int]bool{}
	for i, w := range warns {
		var ie *dyad.InputError
		if errors.As(w, &ie) && ie.Line >= 1 && ie.Line <= len(orig) {
			bad[ie.Line] = true
			warns[i] = &dyad.InputError{Name: ie.Name, Line: orig[ie.Line-1], Offset: -1, Err: ie.Err}
		}
	}
	var b strings.Builder
	b.WriteString("# Derived from Phoenix.agents.txt, the PETRARCH-2 agents dictionary (MIT, Open Event Data\n")
	b.WriteString("# Alliance; see NOTICE), by actors/internal/genagents: its entries without comments and\n")
	b.WriteString("# without the lines the loader cannot read.\n")
	for i, s := range lines {
		if !bad[i+1] {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	return []byte(b.String()), warns
}
