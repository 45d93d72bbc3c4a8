package evaluate

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// NERSentence is one sentence of a CoNLL file: its tokens joined by single
// spaces into Text, the byte span of every token, and the gold entities.
type NERSentence struct {
	Text   string
	Tokens [][2]int // byte spans in Text
	Gold   []Entity
}

// Entity is a typed span of tokens [Start, End).
type Entity struct {
	Type       string // PER, ORG, LOC, MISC
	Start, End int    // token indexes
}

// ReadCoNLL reads a CoNLL-2003 file (token POS chunk NER per line, IOB1 or
// IOB2 tags, blank lines between sentences, -DOCSTART- lines ignored).
func ReadCoNLL(name string, r io.Reader) ([]NERSentence, error) {
	var out []NERSentence
	var toks, tags []string
	flush := func() {
		if len(toks) == 0 {
			return
		}
		s := NERSentence{Tokens: make([][2]int, len(toks))}
		var b strings.Builder
		for i, t := range toks {
			if i > 0 {
				b.WriteByte(' ')
			}
			s.Tokens[i] = [2]int{b.Len(), b.Len() + len(t)}
			b.WriteString(t)
		}
		s.Text = b.String()
		s.Gold = entitiesFromTags(tags)
		out = append(out, s)
		toks, tags = toks[:0], tags[:0]
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flush()
		case f[0] == "-DOCSTART-":
			flush()
		case len(f) < 2:
			return nil, fmt.Errorf("%s:%d: want token and tag columns, got %q", name, line, sc.Text())
		default:
			toks = append(toks, f[0])
			tags = append(tags, f[len(f)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	flush()
	return out, nil
}

// entitiesFromTags decodes IOB1 or IOB2 tags into entities.
func entitiesFromTags(tags []string) []Entity {
	var out []Entity
	cur := -1
	for i, tag := range tags {
		typ := ""
		if len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' {
			typ = tag[2:]
		}
		continues := typ != "" && tag[0] == 'I' && cur >= 0 && out[cur].Type == typ && out[cur].End == i
		switch {
		case typ == "":
			cur = -1
		case continues:
			out[cur].End = i + 1
		default:
			out = append(out, Entity{Type: typ, Start: i, End: i + 1})
			cur = len(out) - 1
		}
	}
	return out
}

// NERScore holds per-type and micro scores over PER, ORG and LOC.
type NERScore struct {
	Types map[string]*PRF `json:"types"`
	Micro PRF             `json:"micro"`
}

// NERTypes are the types scored; MISC is left out.
var NERTypes = []string{"PER", "ORG", "LOC"}

// ScoreNER compares predicted entities with the gold ones, sentence by
// sentence: an entity counts when its type and both ends are right.
func ScoreNER(sents []NERSentence, pred [][]Entity) NERScore {
	s := NERScore{Types: map[string]*PRF{}}
	for _, t := range NERTypes {
		s.Types[t] = &PRF{}
	}
	for i, sent := range sents {
		gold := map[Entity]bool{}
		for _, e := range sent.Gold {
			if s.Types[e.Type] != nil {
				gold[e] = true
			}
		}
		seen := map[Entity]bool{}
		for _, e := range pred[i] {
			m := s.Types[e.Type]
			if m == nil || seen[e] {
				continue
			}
			seen[e] = true
			if gold[e] {
				m.TP++
			} else {
				m.FP++
			}
		}
		for e := range gold {
			if !seen[e] {
				s.Types[e.Type].FN++
			}
		}
	}
	for _, t := range NERTypes {
		m := s.Types[t]
		m.finish()
		s.Micro.TP += m.TP
		s.Micro.FP += m.FP
		s.Micro.FN += m.FN
	}
	s.Micro.finish()
	return s
}

// TokenSpan maps a byte span of a sentence's text to the tokens it covers
// exactly; ok is false when the span does not start and end on token edges.
func (s *NERSentence) TokenSpan(start, end int) (from, to int, ok bool) {
	from = sort.Search(len(s.Tokens), func(i int) bool { return s.Tokens[i][0] >= start })
	to = sort.Search(len(s.Tokens), func(i int) bool { return s.Tokens[i][1] >= end })
	if from >= len(s.Tokens) || to >= len(s.Tokens) || s.Tokens[from][0] != start || s.Tokens[to][1] != end || to < from {
		return 0, 0, false
	}
	return from, to + 1, true
}
