package syntax

// A sentence of news is a clause. The parser, trained on web text that is
// full of fragments ("Pictures taken yesterday"), sometimes reads a news
// sentence's subject as its root and the verb after it as a reduced
// relative clause describing it: "Farmers protested in Multan" as "farmers
// (who were) protested in Multan", "The EC last year imposed sanctions
// against Syria" as a noun phrase. The event coder then finds no subject.
// mainClause undoes that reading where nothing else in the sentence can be
// its verb, and the one that reads the verb as an adjective of its object.

// mainClause makes the verb of a reduced relative clause the root of ws
// when ws, one parsed sentence, has a noun or proper noun as its root and
// that verb is a past form (VBD or VBN) that describes the root or a word
// of its phrase, with no "by" agent, auxiliary, infinitive marker or
// subject of its own: the root becomes the verb's subject (nsubj), and the
// root's dependents after the verb become the verb's. It reports whether it
// changed ws.
func mainClause(ws []Word) bool {
	r := -1
	for i := range ws {
		if ws[i].Head == -1 {
			r = i
			break
		}
	}
	if r < 0 || ws[r].UPOS != "NOUN" && ws[r].UPOS != "PROPN" {
		return false
	}
	v := -1
	for i := r + 1; i < len(ws); i++ {
		w := &ws[i]
		if w.Rel != "acl" || w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBN" || !under(ws, w.Head, r) {
			continue
		}
		if hasChild(ws, i, "obl:agent", "aux", "aux:pass", "mark", "nsubj", "nsubj:pass", "cop") {
			continue // "tankers escorted by American warships", "a plan to ..."
		}
		v = i
		break
	}
	obj := -1
	if v < 0 {
		v, obj = participle(ws, r)
	}
	if v < 0 {
		v = orphan(ws, r)
	}
	if v < 0 {
		return false
	}
	for i := range ws {
		if ws[i].Head == r && i > v {
			ws[i].Head = v
		}
	}
	ws[v].Head, ws[v].Rel = -1, "root"
	ws[r].Head, ws[r].Rel = v, "nsubj"
	if obj >= 0 {
		ws[obj].Head, ws[obj].Rel = v, "obj"
	}
	if ws[v].XPOS == "VBN" && !hasChild(ws, v, "aux", "aux:pass") {
		ws[v].XPOS = "VBD" // a past form that is a clause's verb with no auxiliary is finite
	}
	return true
}

// participle finds the other misreading of a news sentence's verb: a past
// form read as an adjective of the noun after it, so that "Syrian troops
// shelled rebel positions" is a noun phrase whose root, "troops", has
// "positions" for an object and "shelled" describes "positions". It
// returns the verb and the noun it was read to describe when the verb is a
// VBD or VBN amod that begins the phrase of a noun attached to r, the
// root, after r; -1, -1 otherwise. A participle inside a noun phrase has a
// determiner, a possessive or a preposition before it ("the slaughtered
// pigs", "imports of processed foods"), which this leaves alone.
func participle(ws []Word, r int) (v, noun int) {
	for i := r + 1; i < len(ws); i++ {
		w := &ws[i]
		if w.Rel != "amod" || w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBN" {
			continue
		}
		h := w.Head
		if h <= i || h >= len(ws) || ws[h].Head != r {
			continue
		}
		if leftmost(ws, h) != leftmost(ws, i) {
			continue
		}
		return i, h
	}
	return -1, -1
}

// orphan finds a third misreading: a finite verb with no subject of its
// own hung on the root noun, or on a relative clause of it, as a
// parataxis, conjunct or adverbial clause ("Negotiations, which continued
// past the deadline, ended Saturday"; "Kuroda, who will head the team,
// told the newspaper ..."). A finite verb needs a subject, and the noun
// before it that has no verb is it. It returns the first such verb after
// r, or -1. A root with a copula is a nominal predicate and keeps its
// reading ("Shell is a subsidiary of ..."), and a verb inside a
// complement clause is left alone (its subject may be a relative pronoun
// before it: "the plan which he said would fail").
func orphan(ws []Word, r int) int {
	if hasChild(ws, r, "cop", "nsubj", "nsubj:pass", "aux") {
		return -1
	}
	for i := r + 1; i < len(ws); i++ {
		w := &ws[i]
		if w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBZ" && w.XPOS != "VBP" && !pastConj(ws, i) {
			continue
		}
		if hasChild(ws, i, "nsubj", "nsubj:pass", "expl", "csubj", "mark") {
			continue
		}
		switch w.Rel {
		case "parataxis", "conj", "advcl", "acl:relcl", "dep", "appos", "list":
		default:
			continue
		}
		h, ok := w.Head, true
		for h != r && h >= 0 {
			if ws[h].Rel != "acl:relcl" && ws[h].Rel != "conj" || ws[h].UPOS != "VERB" && ws[h].UPOS != "AUX" {
				ok = false
				break
			}
			h = ws[h].Head
		}
		if ok && h == r {
			return i
		}
	}
	return -1
}

// pastConj reports whether word i is a past participle with no auxiliary
// of its own coordinated with a finite verb that has none either: a past
// tense the tagger read as a participle ("who asked not to be named,
// said"), where "were arrested and charged" shares its auxiliary.
func pastConj(ws []Word, i int) bool {
	w := &ws[i]
	if w.XPOS != "VBN" || w.Rel != "conj" || hasChild(ws, i, "aux", "aux:pass", "obl:agent") {
		return false
	}
	h := w.Head
	return h >= 0 && ws[h].UPOS == "VERB" && (ws[h].XPOS == "VBD" || ws[h].XPOS == "VBZ" || ws[h].XPOS == "VBP") &&
		!hasChild(ws, h, "aux", "aux:pass")
}

// leftmost returns the first word of the phrase of word h.
func leftmost(ws []Word, h int) int {
	for i := 0; i < h; i++ {
		if under(ws, i, h) {
			return i
		}
	}
	return h
}

// under reports whether word w is r or lies in r's phrase (r is among its
// heads).
func under(ws []Word, w, r int) bool {
	for n := 0; w >= 0 && n <= len(ws); n++ {
		if w == r {
			return true
		}
		w = ws[w].Head
	}
	return false
}

// hasChild reports whether word h has a dependent with one of rels.
func hasChild(ws []Word, h int, rels ...string) bool {
	for i := range ws {
		if ws[i].Head != h {
			continue
		}
		for _, r := range rels {
			if ws[i].Rel == r {
				return true
			}
		}
	}
	return false
}

// verbless returns the word of ws, one parsed sentence with no verb or
// auxiliary at all, that should have been its verb: the first word after
// a noun root that a verb lexicon knows as a verb form, written in lower
// case ("Militants set fire to a school", "set" read as an adjective;
// "Claims on the IMF rose by 298 mln francs", "rose" a noun); -1 when ws
// has a verb or no such word. verb reports whether a form is a verb's.
func verbless(ws []Word, verb func(string) bool) int {
	r := -1
	for i := range ws {
		switch ws[i].UPOS {
		case "VERB", "AUX":
			return -1
		}
		if ws[i].Head == -1 {
			r = i
		}
	}
	if r < 0 || ws[r].UPOS != "NOUN" && ws[r].UPOS != "PROPN" {
		return -1
	}
	for i := r + 1; i < len(ws); i++ {
		f := ws[i].Form
		switch ws[i].UPOS {
		case "NOUN", "ADJ", "ADV":
			if f != "" && f[0] >= 'a' && f[0] <= 'z' && verb(f) {
				return i
			}
		case "PUNCT", "ADP", "SCONJ", "CCONJ":
			return -1 // the subject's phrase has ended with no verb
		}
	}
	return -1
}
