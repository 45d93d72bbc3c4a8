package events

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// This file turns a PETRARCH-2 verb dictionary into dyad patterns, so that
// the lexicon twenty years of TABARI and PETRARCH work built codes events
// the way dyad's own patterns do: a verb of a block alone gets its code, and
// each pattern "- * AFTER [code]" of the block becomes a pattern that starts
// at the verb and finds the words AFTER names in order, a few words apart.
// The patterns it makes are coded only where the sentence's parse gives the
// roles: a dictionary verb says too little for word order to find them.

// Gaps the conversion puts between pattern elements: PETRARCH matches the
// head words of the phrases after a verb, so determiners and modifiers may
// stand between them ("sent humanitarian aid to").
const (
	lexGap     = "*3" // before an element after the verb
	lexGapPrep = "*2" // between a preposition and the words of its phrase
	lexGapSkip = "*6" // for '^', a phrase skipped over
)

// LexiconStats counts what WriteLexicon wrote and what it left out, by
// reason.
type LexiconStats struct {
	Verbs    int            // verb lines coded on their own (the verbs' own codes)
	Patterns int            // dictionary patterns written
	Lines    int            // pattern lines written
	Skipped  map[string]int // patterns left out, by reason
}

func (s *LexiconStats) skip(reason string) {
	if s.Skipped == nil {
		s.Skipped = map[string]int{}
	}
	s.Skipped[reason]++
}

// WriteLexicon writes the verbs and patterns of d as dyad patterns
// (docs/events.md), one line for each, with the dictionary line each comes
// from in a comment. What dyad's format cannot say is left out and counted:
// patterns with words before the verb other than the source ("- &MILITARY *
// [154]"), a source after the verb ("- * BY $"), TABARI's compound actors
// (%), codes for the passive voice only ("[---:194]"), and event codes that
// are not in dyad's codebook, unless their three-digit parent is (then the
// parent's code is written, as the codebook nests them). The active code of
// an "[active:passive]" pair is the one written.
func WriteLexicon(w io.Writer, d *VerbDict) (LexiconStats, error) {
	return writeLexicon(w, d, false)
}

// writeLexicon is WriteLexicon; with keepCodes, codes the codebook lacks
// are written as the dictionary gives them (see dictCode).
func writeLexicon(w io.Writer, d *VerbDict, keepCodes bool) (LexiconStats, error) {
	lw := lexWriter{d: d, keep: keepCodes, sets: map[string]string{}}
	done := map[string]bool{}
	for _, blk := range d.Blocks {
		if done[blk.Name] {
			continue
		}
		done[blk.Name] = true
		blocks := d.BlocksNamed(blk.Name)
		if len(blocks) == 0 {
			blocks = []*VerbBlock{blk}
		}
		lw.blocks(blk.Name, blocks)
	}
	out := bufio.NewWriter(w)
	fmt.Fprintf(out, "# dyad patterns derived from the PETRARCH-2 verb dictionary %s by events.WriteLexicon.\n", d.Name)
	fmt.Fprintf(out, "# Every pattern starts at the verb; a comment gives the dictionary line it comes from.\n\n")
	names := make([]string, 0, len(lw.sets))
	for n := range lw.sets {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Fprintf(out, "synset &%s %s\n", n, lw.sets[n])
	}
	out.WriteString(lw.b.String())
	return lw.st, out.Flush()
}

// lexWriter writes the pattern lines of a verb dictionary's blocks.
type lexWriter struct {
	d    *VerbDict
	keep bool              // keep codes the codebook lacks
	sets map[string]string // the synsets the patterns use: name -> group
	b    strings.Builder
	st   LexiconStats
}

// blocks writes the verbs and patterns of the blocks sharing name.
func (lw *lexWriter) blocks(name string, blocks []*VerbBlock) {
	seqs := lexVerbSeqs(blocks)
	if len(seqs) == 0 {
		return
	}
	fmt.Fprintf(&lw.b, "\n# %s\n", name)
	patterns := 0
	for _, b := range blocks {
		patterns += len(b.Patterns)
	}
	if set := "v-" + strings.ToLower(strings.ReplaceAll(name, "_", "-")); patterns > 1 && isWord(set[2:]) && strings.Contains(seqs[0], "|") && !strings.Contains(seqs[0], " ") {
		// the verbs of the block, named once
		fmt.Fprintf(&lw.b, "synset &%s {%s}\n", set, seqs[0])
		seqs[0] = "&" + set
	}
	for _, b := range blocks {
		for i := range b.Forms {
			lw.verb(b, &b.Forms[i])
		}
	}
	for _, b := range blocks {
		for i := range b.Patterns {
			lw.pattern(&b.Patterns[i], seqs)
		}
	}
}

// verb writes the line of verb f of block b alone, with its own code or
// the block's.
func (lw *lexWriter) verb(b *VerbBlock, f *VerbForm) {
	code, pass := f.Code, f.Passive
	if code == "" {
		code, pass = b.Code, b.Passive
	}
	code, ok := lexCode(code, lw.keep)
	seq := lexFormSeq(f)
	if !ok || seq == "" {
		return
	}
	if pc, pok := lexCode(pass, lw.keep); pass != "" && pok && pc != code {
		code += ":" + pc // the code when the verb is passive
	}
	lw.st.Verbs++
	lw.st.Lines++
	fmt.Fprintf(&lw.b, "%s\t%s\t# %s:%d\n", code, seq, lw.d.Name, f.Line)
}

// pattern writes pattern p once for each verb sequence of its block, or
// counts why it cannot.
func (lw *lexWriter) pattern(p *VerbPattern, seqs []string) {
	items, reason := lexPattern(lw.d, p, lw.sets)
	if reason != "" {
		lw.st.skip(reason)
		return
	}
	code, ok := lexCode(p.Code, lw.keep)
	if !ok {
		lw.st.skip("event code not in the codebook")
		return
	}
	if p.Passive != "" && p.Passive != p.Code {
		pc, ok := lexCode(p.Passive, lw.keep)
		if !ok {
			lw.st.skip("event code not in the codebook")
			return
		}
		code += ":" + pc // the code when the verb is passive
	}
	lw.st.Patterns++
	for _, seq := range seqs {
		lw.st.Lines++
		fmt.Fprintf(&lw.b, "%s\t%s %s\t# %s:%d %s\n", code, seq, items, lw.d.Name, p.Line, p.String())
	}
}

// lexCode returns the dyad code for a dictionary code: the code itself when
// the codebook has it (or "---"), else its three-digit parent.
func lexCode(code string, keep bool) (string, bool) {
	if code == "" || code == NoEvent {
		return NoEvent, code == NoEvent
	}
	if _, ok := Lookup(code); ok || keep {
		return code, true
	}
	if len(code) > 3 {
		if _, ok := Lookup(code[:3]); ok {
			return code[:3], true
		}
	}
	return "", false
}

// lexVerbSeqs returns the verb items the patterns of blocks start with:
// one item of every single-word verb, then one sequence for each multiword
// verb.
func lexVerbSeqs(blocks []*VerbBlock) []string {
	var singles []string
	var out []string
	for _, b := range blocks {
		for i := range b.Forms {
			f := &b.Forms[i]
			if f.Multiword() {
				if s := lexFormSeq(f); s != "" && !slices.Contains(out, s) {
					out = append(out, s)
				}
				continue
			}
			for _, a := range strings.Split(lexVerbItem(f), "|") {
				if a != "" && !slices.Contains(singles, a) {
					singles = append(singles, a)
				}
			}
		}
	}
	if len(singles) > 0 {
		out = append([]string{strings.Join(singles, "|")}, out...)
	}
	return out
}

// lexFormSeq returns the items of one verb line: "+ask for", "re +arrest".
func lexFormSeq(f *VerbForm) string {
	v := lexVerbItem(f)
	if v == "" {
		return ""
	}
	var ws []string
	for _, w := range f.Pre {
		w = strings.ToLower(w)
		if !isWord(w) {
			return ""
		}
		ws = append(ws, w)
	}
	ws = append(ws, v)
	for _, w := range f.Post {
		w = strings.ToLower(w)
		if !isWord(w) {
			return ""
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, " ")
}

// lexVerbItem returns the item of a verb's forms: "+lemma", so that dyad's
// inflection knows the participles, and any form the dictionary gives
// that dyad's inflection does not make ("+shoot|shot" never; "+rend|rent").
func lexVerbItem(f *VerbForm) string {
	lemma := strings.ToLower(f.Lemma)
	if !isWord(lemma) {
		return ""
	}
	all, _, _ := verbForms(lemma, nil)
	alts := []string{"+" + lemma}
	for _, in := range f.Inflections {
		w := strings.ToLower(in.Word)
		if in.Given && isWord(w) && !slices.Contains(all, w) && !slices.Contains(alts, w) {
			alts = append(alts, w)
		}
	}
	return strings.Join(alts, "|")
}

// lexPattern converts what follows the verb in a pattern into dyad items,
// or returns why it cannot.
func lexPattern(d *VerbDict, p *VerbPattern, sets map[string]string) (string, string) {
	before := ""
	for _, t := range p.Before {
		switch {
		case t.Kind == PatSource:
		case before != "":
			return "", "more than one word before the verb"
		case t.Kind == PatWord && isWord(strings.ToLower(t.Text)):
			before = "!before=" + strings.ToLower(t.Text)
		case t.Kind == PatSynset:
			cv := lexConv{d: d, sets: sets}
			cv.tokens([]PatternToken{{Kind: PatSynset, Text: t.Text, Glued: true}}, "")
			if cv.reason != "" {
				return "", cv.reason
			}
			before = "!before=" + cv.items[0]
		default:
			return "", "words before the verb dyad's format cannot hold"
		}
	}
	cv := lexConv{d: d, sets: sets}
	cv.tokens(p.After, lexGap)
	switch {
	case cv.reason != "":
		return "", cv.reason
	case cv.n+1 > maxItems:
		return "", "too long"
	}
	for len(cv.items) > 0 && strings.HasPrefix(cv.items[len(cv.items)-1], "*") {
		cv.items = cv.items[:len(cv.items)-1] // a pattern ends with a word
	}
	if before != "" {
		cv.items = append(cv.items, before)
	}
	if len(cv.items) == 0 {
		return "", "nothing after the verb"
	}
	return strings.Join(cv.items, " "), ""
}

// lexConv collects the items of one pattern.
type lexConv struct {
	d      *VerbDict
	sets   map[string]string // synsets used, shared by every pattern: name -> group
	items  []string
	n      int // items, counting each word of a phrase
	slot   bool
	skip   bool // a '^' gap was just written
	reason string
}

func (cv *lexConv) add(item string, words int) {
	cv.items = append(cv.items, item)
	cv.n += words
}

// gap writes a gap before an element unless it is glued to the one before
// or a '^' gap stands there already.
func (cv *lexConv) gap(t PatternToken, gap string) {
	if cv.skip {
		cv.skip = false
		return
	}
	if !t.Glued && gap != "" {
		cv.add(gap, 1)
	}
}

func (cv *lexConv) tokens(ts []PatternToken, gap string) {
	for _, t := range ts {
		if cv.reason != "" {
			return
		}
		switch t.Kind {
		case PatWord:
			w := strings.ToLower(t.Text)
			if !isWord(w) {
				cv.reason = "a word dyad's format cannot hold"
				return
			}
			cv.gap(t, gap)
			cv.add(w, 1)
		case PatSynset:
			cv.synset(t, gap)
		case PatNoun:
			cv.noun(t, gap)
		case PatPrep:
			var alts []string
			for _, pr := range t.Preps() {
				pr = strings.ToLower(pr)
				if !isWord(pr) {
					cv.reason = "a preposition dyad's format cannot hold"
					return
				}
				alts = append(alts, pr)
			}
			cv.gap(t, gap)
			cv.add(strings.Join(alts, "|"), 1)
			cv.tokens(t.Sub, lexGapPrep)
		case PatTarget:
			if cv.slot {
				cv.reason = "two targets"
				return
			}
			cv.slot = true
			cv.skip = false // the slot skips an article and modifiers itself
			cv.add("_", 1)
		case PatSkip:
			if !cv.skip {
				cv.add(lexGapSkip, 1)
			}
			cv.skip = true
		case PatSource:
			cv.reason = "a source after the verb"
		default:
			cv.reason = "a compound actor"
		}
	}
}

// synset writes a synset token as &name, defining the synset once.
func (cv *lexConv) synset(t PatternToken, gap string) {
	var alts []string
	for _, ph := range cv.d.SynsetPhrases(t.Text) {
		ws := make([]string, len(ph))
		for i, w := range ph {
			ws[i] = strings.ToLower(w)
			if !isWord(ws[i]) {
				ws = nil
				break
			}
		}
		if ws == nil {
			continue
		}
		if a := strings.Join(ws, " "); !slices.Contains(alts, a) {
			alts = append(alts, a)
		}
	}
	if len(alts) == 0 {
		cv.reason = "an empty synset"
		return
	}
	name := strings.ToLower(strings.ReplaceAll(strings.Trim(t.Text, "_"), "_", "-"))
	if !isWord(name) {
		cv.reason = "a synset name dyad's format cannot hold"
		return
	}
	cv.sets[name] = "{" + strings.Join(alts, "|") + "}"
	cv.gap(t, gap)
	cv.add("&"+name, 2)
}

// noun writes a noun phrase {A B C}: its words in a row, the head last
// and maybe plural, a synset in its place.
func (cv *lexConv) noun(t PatternToken, gap string) {
	cv.gap(t, gap)
	for i, s := range t.Sub {
		if s.Kind == PatSynset {
			// {&MILITARY AID}: a synset's word or phrase in its place
			s.Glued = true
			cv.synset(s, "")
			if cv.reason != "" {
				return
			}
			continue
		}
		w := strings.ToLower(s.Text)
		if s.Kind != PatWord || !isWord(w) {
			cv.reason = "a noun phrase that is not words or synsets"
			return
		}
		if i == len(t.Sub)-1 {
			w = "~" + w // the head, maybe plural
		}
		cv.add(w, 1)
	}
}

// LexiconPatterns converts a PETRARCH verb dictionary into patterns (see
// WriteLexicon), each coded only where the parse gives its roles. Codes
// the codebook lacks are kept as the dictionary writes them ("174K" of
// PETRARCH's unit tests), with the quad class of their root.
func LexiconPatterns(d *VerbDict) (*Patterns, LexiconStats, error) {
	var b strings.Builder
	st, err := writeLexicon(&b, d, true)
	if err != nil {
		return nil, st, err
	}
	rules, err := loadRulesEnv(strings.NewReader(b.String()), d.Name+" (as patterns)", &fileEnv{anyCode: true})
	if err != nil {
		return nil, st, err
	}
	for _, r := range rules {
		r.lexicon = true
	}
	return compile(rules), st, nil
}

// begins reports whether word begins one of the patterns.
func (p *Patterns) begins(word string) bool {
	id, ok := p.vocab[word]
	return ok && int(id) < len(p.first) && len(p.first[id]) > 0
}
