package annotate

import (
	_ "embed"
	"slices"
	"strings"

	"dyad"
)

//go:embed data/themes.txt
var themesData string

// ThemeDef is one theme of dyad's taxonomy: its code, what it is about, and
// the terms that trigger it.
type ThemeDef struct {
	Code  string
	About string
	Terms []string
}

// phrase is one term of the taxonomy as lower-case words, with the themes it
// triggers.
type phrase struct {
	words []string
	ids   []int32 // the lexicon entry of each word: every word has one
	codes []int32
}

var (
	taxonomy []ThemeDef
	phrases  []phrase
)

// Taxonomy returns the theme taxonomy in the order of its data file.
func Taxonomy() []ThemeDef {
	out := make([]ThemeDef, len(taxonomy))
	for i, d := range taxonomy {
		d.Terms = slices.Clone(d.Terms)
		out[i] = d
	}
	return out
}

// termWords splits a term into the lower-case words the scanner would see.
func termWords(term string) []string {
	toks := tokenize(nil, term)
	_, low := fold(nil, term)
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.kind == kPunct {
			continue
		}
		words = append(words, low[t.s:t.e])
	}
	return words
}

// plurals returns the plural forms of a lower-case word.
func plurals(w string) []string {
	if w == "" || !isASCIILetter(w[len(w)-1]) {
		return nil
	}
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return []string{w + "es"}
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return []string{w[:len(w)-1] + "ies"}
	}
	return []string{w + "s"}
}

func loadThemes() {
	index := map[string]int32{} // joined words -> phrase
	add := func(words []string, code int32) {
		key := strings.Join(words, " ")
		id, ok := index[key]
		if !ok {
			id = int32(len(phrases))
			index[key] = id
			ids := make([]int32, len(words))
			for k, w := range words {
				lexAdd(w)
				ids[k] = lexIndex[w]
			}
			phrases = append(phrases, phrase{words: words, ids: ids})
			e := &lexEntries[ids[0]]
			e.flags |= fTheme
			e.themes = append(e.themes, id)
		}
		if !slices.Contains(phrases[id].codes, code) {
			phrases[id].codes = append(phrases[id].codes, code)
		}
	}
	sections(themesData, func(section string, f []string) {
		if len(taxonomy) == 0 || taxonomy[len(taxonomy)-1].Code != section {
			taxonomy = append(taxonomy, ThemeDef{Code: section})
		}
		d := &taxonomy[len(taxonomy)-1]
		line := strings.Join(f, " ")
		if strings.HasPrefix(line, "=") {
			d.About = strings.TrimSpace(line[1:])
			return
		}
		code := int32(len(taxonomy) - 1)
		for term := range strings.SplitSeq(line, ",") {
			term = strings.TrimSpace(term)
			words := termWords(term)
			if len(words) == 0 {
				continue
			}
			d.Terms = append(d.Terms, term)
			add(words, code)
			last := len(words) - 1
			for _, p := range plurals(words[last]) {
				pw := slices.Clone(words)
				pw[last] = p
				add(pw, code)
			}
		}
	})
	// longest phrases first, so the first match at a token is the longest
	for i := range lexEntries {
		slices.SortStableFunc(lexEntries[i].themes, func(a, b int32) int {
			return len(phrases[b].words) - len(phrases[a].words)
		})
	}
}

// themeHit is one match of a taxonomy phrase: the theme and the span.
type themeHit struct {
	code int32
	span dyad.Span
}

// themes finds the taxonomy's terms in the tokens. The matches are gathered
// first in the scanner's scratch, so that the spans of all themes share one
// allocation.
func (sc *scanner) themes() []dyad.Theme {
	if sc.all&fTheme == 0 {
		return nil
	}
	sc.hits = sc.themeHits(sc.hits[:0])
	if len(sc.hits) == 0 {
		return nil
	}
	return sc.groupHits(sc.hits)
}

// themeHits appends to hits a hit of each code of every theme phrase in
// the tokens, the longest phrase first at each token, phrases not
// overlapping.
func (sc *scanner) themeHits(hits []themeHit) []themeHit {
	toks := sc.toks
	for i := 0; i < len(toks); i++ {
		if toks[i].f&fTheme == 0 {
			continue
		}
		for _, pid := range lexEntries[toks[i].id].themes {
			p := &phrases[pid]
			n := len(p.words)
			if !sc.phraseAt(i, p) {
				continue
			}
			span := dyad.Span{Start: int(toks[i].s), End: int(toks[i+n-1].e)}
			for _, c := range p.codes {
				hits = append(hits, themeHit{c, span})
			}
			i += n - 1
			break
		}
	}
	return hits
}

// phraseAt reports whether the theme phrase p, whose first word is token
// i, is there. Numbers are not looked up: their text is compared.
func (sc *scanner) phraseAt(i int, p *phrase) bool {
	toks := sc.toks
	n := len(p.words)
	if i+n > len(toks) {
		return false
	}
	for k := 1; k < n; k++ {
		t := &toks[i+k]
		if t.kind == kPunct || t.id != p.ids[k] && (t.kind != kNum || sc.lower[t.s:t.e] != p.words[k]) {
			return false
		}
	}
	return true
}

// groupHits makes one theme of the hits of each code, with its count and
// spans, the most frequent first, then by code.
func (sc *scanner) groupHits(hits []themeHit) []dyad.Theme {
	// slot[code] is the theme's index in out plus one, 0 while unseen
	if len(sc.slot) < len(taxonomy) {
		sc.slot = make([]int32, len(taxonomy))
	}
	distinct := 0
	for _, h := range hits {
		if sc.slot[h.code] == 0 {
			distinct++
			sc.slot[h.code] = int32(distinct)
		}
	}
	out := make([]dyad.Theme, distinct)
	for _, h := range hits {
		j := sc.slot[h.code] - 1
		out[j].Code = taxonomy[h.code].Code
		out[j].Count++
	}
	spans := make([]dyad.Span, len(hits))
	at := 0
	for j := range out {
		n := out[j].Count
		out[j].Spans = spans[at : at : at+n]
		at += n
	}
	for _, h := range hits {
		j := sc.slot[h.code] - 1
		out[j].Spans = append(out[j].Spans, h.span)
	}
	for _, h := range hits {
		sc.slot[h.code] = 0
	}
	slices.SortStableFunc(out, func(a, b dyad.Theme) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Code, b.Code)
	})
	return out
}
