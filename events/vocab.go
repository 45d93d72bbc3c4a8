package events

import "sort"

// Triggers returns the words that can begin an event: the first words of
// every pattern of p that codes an event (not the "---" patterns that only
// stop shorter ones), in lower case with straight apostrophes, sorted. The
// coder looks up each token so folded (ASCII letters lowered, ’ as '), and
// a sentence holding none of these words yields no event.
func (p *Patterns) Triggers() []string {
	var out []string
	for w, id := range p.vocab {
		for _, ri := range p.first[id] {
			if p.rules[ri].code.Code != NoEvent {
				out = append(out, w)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// AgentWords returns the words, in lower case and sorted, that can make an
// actor outside any mention: the agent words ("rebels", "police") and the
// first words of the two-word agent phrases ("riot police", "prime
// minister"). With the mentions that carry an actor code, they are every
// actor the coder can find.
func AgentWords() []string {
	seen := map[string]bool{}
	for _, a := range agentWords {
		seen[a.word] = true
	}
	for _, a := range agentPairs {
		seen[a.first] = true
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
