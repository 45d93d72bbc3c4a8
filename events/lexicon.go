package events

import (
	"fmt"
	"slices"
	"strings"
)

// LexiconPatterns turns the verbs of a PETRARCH verb dictionary that base
// has no pattern for into dyad patterns: each single-word verb of a block
// with an event code becomes a pattern of all its forms with that code (the
// verb line's own code when it has one), as PETRARCH codes a verb whose
// patterns do not match ("190  shell|shells|shelled|shelling"). Verbs that
// begin a pattern of base keep base's patterns only, and codes that are not
// in dyad's CAMEO codebook are left out. It returns the patterns and how
// many verbs they hold. Such a pattern codes an event only where the
// sentence's parse gives its source and target: a bare verb says too
// little for word order to find them.
func LexiconPatterns(d *VerbDict, base *Patterns) (*Patterns, int, error) {
	var b strings.Builder
	n := 0
	seen := map[string]bool{}
	for _, blk := range d.Blocks {
		for _, f := range blk.Forms {
			code := f.Code
			if code == "" {
				code = blk.Code
			}
			if code == "" || code == NoEvent || f.Multiword() {
				continue
			}
			if _, ok := Lookup(code); !ok {
				continue
			}
			lemma := strings.ToLower(f.Lemma)
			if seen[lemma] || base.begins(lemma) || !isWord(lemma) {
				continue
			}
			forms := []string{lemma}
			for _, in := range f.Inflections {
				w := strings.ToLower(in.Word)
				if isWord(w) && !slices.Contains(forms, w) && !base.begins(w) {
					forms = append(forms, w)
				}
			}
			seen[lemma] = true
			n++
			fmt.Fprintf(&b, "%s\t%s\n", code, strings.Join(forms, "|"))
		}
	}
	p, err := LoadPatterns(strings.NewReader(b.String()), d.Name+" (verbs)")
	if err != nil {
		return nil, 0, err
	}
	for _, r := range p.rules {
		r.lexicon = true
	}
	return p, n, nil
}

// begins reports whether word begins one of the patterns.
func (p *Patterns) begins(word string) bool {
	id, ok := p.vocab[word]
	return ok && int(id) < len(p.first) && len(p.first[id]) > 0
}
