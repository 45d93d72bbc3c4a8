package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// The classes of a verb form in a verb lexicon, as bits: a word can be
// several ("put" is base and past).
const (
	VerbBase = 1 << iota // attack
	VerbS                // attacks
	VerbPast             // attacked: past tense or participle
	VerbIng              // attacking
)

// ReadVerbForms reads the verbs of a PETRARCH verb dictionary (the format
// of CAMEO.2.0.txt): in each verb block, after its "--- NAME [code] ---"
// line, the lines that name verbs, a base form with its irregular forms in
// braces ("FEED {FEEDS FEEDING FED}"). Regular forms not given are made
// from the base (-s, -ed, -ing). Multi-word verbs (+STIR_UP) and patterns
// (lines starting with -) are skipped, as are synonym sets,
// transformations (~) and comments.
// It returns lower-cased forms with their classes. Lines it cannot read
// are skipped and returned as warnings naming name and line. A verb's own
// code ("ASK [020]") is ignored.
func ReadVerbForms(r io.Reader, name string) (map[string]uint8, []error, error) {
	out := map[string]uint8{}
	var warns []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	inBlock := false
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "---"):
			inBlock = true
			continue
		case strings.HasPrefix(line, "&"), strings.HasPrefix(line, "<"), strings.HasPrefix(line, "~"):
			inBlock = false // synonym sets, markup, transformations
			continue
		case !inBlock, strings.HasPrefix(line, "-"), strings.HasPrefix(line, "+"):
			continue
		}
		if i := strings.IndexByte(line, '['); i >= 0 {
			line = strings.TrimSpace(line[:i]) // the verb's own code: "ASK [020]"
		}
		base, rest, _ := strings.Cut(line, "{")
		base = strings.TrimSpace(base)
		if base == "" || strings.ContainsAny(base, " []()$^*&") {
			warns = append(warns, fmt.Errorf("%s:%d: not a verb line: %q", name, n, line))
			continue
		}
		base = strings.ToLower(strings.TrimRight(base, "_"))
		if base == "" || strings.Contains(base, "_") {
			continue // a multi-word verb
		}
		var given []string
		if rest != "" {
			forms, _, ok := strings.Cut(rest, "}")
			if !ok {
				warns = append(warns, fmt.Errorf("%s:%d: no closing brace: %q", name, n, line))
				continue
			}
			for _, f := range strings.Fields(forms) {
				if f = strings.ToLower(strings.Trim(f, "+_")); f != "" && !strings.Contains(f, "_") {
					given = append(given, f)
				}
			}
		}
		out[base] |= VerbBase
		for _, f := range given {
			switch {
			case strings.HasSuffix(f, "ing"):
				out[f] |= VerbIng
			case strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss"):
				out[f] |= VerbS
			default:
				out[f] |= VerbPast // irregular past or participle
			}
		}
		if len(given) == 0 {
			s, ed, ing := regularForms(base)
			out[s] |= VerbS
			out[ed] |= VerbPast
			out[ing] |= VerbIng
		}
	}
	if err := sc.Err(); err != nil {
		return nil, warns, fmt.Errorf("%s: %w", name, err)
	}
	return out, warns, nil
}

// regularForms returns the -s, -ed and -ing forms of a regular verb.
func regularForms(base string) (s, ed, ing string) {
	n := len(base)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case n >= 2 && base[n-1] == 'y' && !vowel(base[n-2]):
		s, ed = base[:n-1]+"ies", base[:n-1]+"ied"
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z") ||
		strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "sh"):
		s, ed = base+"es", base+"ed"
	case strings.HasSuffix(base, "e"):
		s, ed = base+"s", base+"d"
	default:
		s, ed = base+"s", base+"ed"
	}
	switch {
	case strings.HasSuffix(base, "ie"):
		ing = base[:n-2] + "ying"
	case strings.HasSuffix(base, "ee") || strings.HasSuffix(base, "ye") || strings.HasSuffix(base, "oe"):
		ing = base + "ing"
	case n > 2 && base[n-1] == 'e':
		ing = base[:n-1] + "ing"
	default:
		ing = base + "ing"
	}
	return s, ed, ing
}
