package syntax

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// Lemmatizer gives the lemma of a word from its form and part of speech, the
// way UD English EWT writes lemmas: rules for English inflection (plural
// nouns, verb forms, comparatives, pronoun case, contractions) and a table of
// exceptions learned from a treebank for the words the rules get wrong.
//
// Lemmas follow EWT: common words lower-cased, proper nouns as written (in
// the singular), "I" capitalised, pronouns in the nominative ("me" -> "I"),
// "n't" -> "not", possessive "'s" -> "'s".
//
// The zero Lemmatizer and a nil *Lemmatizer apply the rules alone. A
// Lemmatizer is safe for concurrent use.
type Lemmatizer struct {
	// exc maps an exception key, the lower-cased form, a 0 byte and the
	// XPOS (or the UPOS when there is no XPOS), to its lemma.
	exc map[string]string
	// vocab holds the lemmas the rules build rather than cut from the form,
	// so that Lemma can return them without allocating.
	vocab map[string]string
}

// excKey appends the exception key of a form and its tags to b.
func excKey(b []byte, lower, upos, xpos string) []byte {
	b = append(b, lower...)
	b = append(b, 0)
	if xpos == "" || xpos == "_" {
		return append(b, upos...)
	}
	return append(b, xpos...)
}

// lemMaxForm is the longest form Lemma handles in its stack buffers; longer
// forms take a slower path that allocates.
const lemMaxForm = 64

// Lemma returns the lemma of form given its universal and treebank-specific
// (Penn Treebank) tags. It needs only the UPOS; the XPOS refines it (plural
// nouns, verb tenses, comparatives) and is used when given. For most words
// it does not allocate.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	if form == "" {
		return ""
	}
	var kb [lemMaxForm + 16]byte
	lower, ok := lowerASCII(kb[:0], form)
	if !ok || len(lower)+len(upos)+len(xpos)+1 > len(kb) {
		return l.lemmaSlow(form, upos, xpos)
	}
	if l != nil && len(l.exc) > 0 {
		k := excKey(kb[:len(lower)], "", upos, xpos)
		if v, ok := l.exc[string(k)]; ok {
			return v
		}
	}
	// lower is form when form has no upper-case letter; otherwise a
	// temporary copy that must not escape (string(lower) below stays on the
	// stack for short forms).
	var r lemEdit
	if len(lower) == len(form) && string(lower) == form {
		r = lemmaRules(form, form, upos, xpos)
	} else {
		r = lemmaRules(string(lower), form, upos, xpos)
	}
	return l.apply(r, form, lower)
}

// lemmaSlow is Lemma for forms that are long or not ASCII.
func (l *Lemmatizer) lemmaSlow(form, upos, xpos string) string {
	lower := strings.ToLower(form)
	if l != nil && len(l.exc) > 0 {
		if v, ok := l.exc[string(excKey(nil, lower, upos, xpos))]; ok {
			return v
		}
	}
	r := lemmaRules(lower, form, upos, xpos)
	if r.lemma != "" {
		return r.lemma
	}
	base := lower
	if r.keepCase {
		base = form
	}
	if r.cut > len(base) {
		// Lower-casing changed the length of the form's end (the Kelvin
		// sign becomes "k"): give up on the edit.
		return base
	}
	return base[:len(base)-r.cut] + r.add
}

// apply builds the lemma r describes, without allocating when the
// lemma is a prefix of form or in the vocabulary.
func (l *Lemmatizer) apply(r lemEdit, form string, lower []byte) string {
	if r.lemma != "" {
		return r.lemma
	}
	if r.keepCase || string(lower) == form {
		if r.add == "" {
			return form[:len(form)-r.cut]
		}
		lower = append(lower[:0], form...)
	}
	b := append(lower[:len(lower)-r.cut], r.add...)
	if l != nil {
		if v, ok := l.vocab[string(b)]; ok {
			return v
		}
	}
	return string(b)
}

// lowerASCII appends form lower-cased to b; ok is false when form is not
// ASCII or too long for the buffer.
func lowerASCII(b []byte, form string) ([]byte, bool) {
	if len(form) > lemMaxForm {
		return nil, false
	}
	for i := 0; i < len(form); i++ {
		c := form[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// lemEdit is what the rules make of a form: a whole lemma, or the form (lower
// case unless keepCase) less its last cut bytes plus add.
type lemEdit struct {
	lemma    string
	cut      int
	add      string
	keepCase bool
}

// lemKeep is the edit that leaves the lower-cased form as it is.
var lemKeep = lemEdit{}

// lemmaRules lemmatises form, lower-cased as w, by the rules alone. It is
// longer than 80 lines on purpose: one case a part of speech, so that the
// rules read as one table, each case a few lines.
func lemmaRules(w, form, upos, xpos string) lemEdit {
	if xpos == "_" {
		xpos = ""
	}
	switch upos {
	case "PROPN":
		r := lemKeep
		if xpos == "NNPS" {
			r = nounPlural(w)
		}
		if r.lemma != "" {
			return lemEdit{keepCase: true} // "Species", "Regards"
		}
		r.keepCase = true
		return r
	case "PUNCT":
		if v, ok := punctLemmas[w]; ok {
			return lemEdit{lemma: v}
		}
		return lemEdit{keepCase: true}
	case "PRON":
		if w == "i" {
			return lemEdit{lemma: "I"}
		}
		if xpos == "PRP" || xpos == "" {
			if v, ok := pronLemmas[w]; ok {
				return lemEdit{lemma: v}
			}
		}
		return determinerLemma(w)
	case "DET":
		return determinerLemma(w)
	case "PART":
		switch {
		case xpos == "POS":
			return lemEdit{lemma: "'s"}
		case xpos == "TO":
			return lemEdit{lemma: "to"}
		case isNot(w):
			return lemEdit{lemma: "not"}
		}
		return lemKeep
	case "NUM":
		if v, ok := numLemmas[w]; ok {
			return lemEdit{lemma: v}
		}
		if isRoman(form) {
			return lemEdit{keepCase: true} // II, XIII
		}
		return numberLemma(w)
	case "SYM":
		if strings.ContainsAny(w, ":;") {
			return lemKeep // emoticons: ":D" -> ":d"
		}
		return lemEdit{keepCase: true} // USD, Rs
	case "AUX", "VERB":
		return verbLemma(w, xpos)
	case "NOUN":
		if xpos == "NNS" || xpos == "" && strings.HasSuffix(w, "s") {
			return nounPlural(w)
		}
		if isCode(form) {
			return lemEdit{keepCase: true} // A, Q1, CO2, AS400
		}
		return lemKeep
	case "ADJ":
		switch xpos {
		case "NNP", "NNPS":
			return lemEdit{keepCase: true}
		case "JJR", "JJS":
			return comparative(w, xpos, adjComparatives)
		}
		if isNationality(form) {
			return lemEdit{keepCase: true}
		}
		return lemKeep
	case "ADV":
		if xpos == "RBR" || xpos == "RBS" {
			return comparative(w, xpos, advComparatives)
		}
		return lemKeep
	}
	return lemKeep
}

// isNationality reports whether an adjective is capitalised like a
// nationality or people, which EWT keeps capitalised: "American", "Iraqi",
// "Japanese", "Spanish". At the start of a sentence the rule may be wrong
// ("Human"), and the exceptions learned from the treebank mend the common
// cases.
func isNationality(form string) bool {
	if len(form) < 4 || form[0] < 'A' || form[0] > 'Z' {
		return false
	}
	for i := 1; i < len(form); i++ {
		if form[i] < 'a' || form[i] > 'z' {
			return false
		}
	}
	for _, s := range [...]string{"an", "ese", "ish", "i"} {
		if strings.HasSuffix(form, s) {
			return true
		}
	}
	return false
}

// isRoman reports whether form is an upper-case Roman numeral.
func isRoman(form string) bool {
	for i := 0; i < len(form); i++ {
		if !strings.ContainsRune("IVXLCDM", rune(form[i])) {
			return false
		}
	}
	return form != ""
}

// isCode reports whether a common noun is written as a letter or a code
// that EWT keeps as it is: a single capital ("plan B"), or capitals with
// digits starting with a capital ("Q1", "CO2", "AS400"). Other acronyms are
// lower-cased, as EWT does for most of them.
func isCode(form string) bool {
	if form == "" || form[0] < 'A' || form[0] > 'Z' {
		return false
	}
	if len(form) == 1 {
		return true
	}
	digit := false
	for i := 1; i < len(form); i++ {
		switch c := form[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case 'A' <= c && c <= 'Z':
		default:
			return false
		}
	}
	return digit
}

// isNot reports whether w is a spelling of the negation "not".
func isNot(w string) bool {
	switch w {
	case "not", "n't", "nt", "n’t", "n`t":
		return true
	}
	return false
}

// determinerLemma lemmatises determiners and demonstratives: "an" -> "a",
// "these" -> "this", "those" -> "that".
func determinerLemma(w string) lemEdit {
	switch w {
	case "an":
		return lemEdit{lemma: "a"}
	case "these":
		return lemEdit{lemma: "this"}
	case "those":
		return lemEdit{lemma: "that"}
	}
	return lemKeep
}

// numberLemma lemmatises a numeral: words lower-cased, digits with thousands
// separators joined ("200,000" -> "200000").
func numberLemma(w string) lemEdit {
	if strings.IndexByte(w, ',') < 0 {
		return lemKeep
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != ',' && c != '.' && (c < '0' || c > '9') {
			return lemKeep
		}
	}
	// Built byte by byte so that the result never shares w's memory, which
	// may be a buffer on Lemma's stack.
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if w[i] != ',' {
			b = append(b, w[i])
		}
	}
	return lemEdit{lemma: string(b)}
}

// verbLemma lemmatises a verb or auxiliary by its Penn tag.
func verbLemma(w, xpos string) lemEdit {
	if v, ok := verbForms[w]; ok {
		return lemEdit{lemma: v}
	}
	switch xpos {
	case "MD":
		if v, ok := modalLemmas[w]; ok {
			return lemEdit{lemma: v}
		}
		return lemKeep
	case "VBD", "VBN":
		if v, ok := pastForms[w]; ok {
			return lemEdit{lemma: v}
		}
		if xpos == "VBD" && w == "'d" {
			return lemEdit{lemma: "have"}
		}
		if r, ok := prefixedIrregular(w); ok {
			return r
		}
		if strings.HasSuffix(w, "aid") && len(w) > 3 {
			return lemEdit{cut: 2, add: "y"} // said, paid, laid
		}
		if strings.HasSuffix(w, "ed") {
			return unsuffix(w, 2)
		}
	case "VBG":
		if strings.HasSuffix(w, "ing") {
			return unsuffix(w, 3)
		}
	case "VBZ":
		return verbS(w)
	}
	return lemKeep
}

// prefixedIrregular finds an irregular past form behind a prefix or a
// hyphen: "understood" -> "understand", "pre-made" -> "pre-make".
func prefixedIrregular(w string) (lemEdit, bool) {
	if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-1 {
		if v, ok := pastForms[w[i+1:]]; ok {
			return lemEdit{cut: len(w) - i - 1, add: v}, true
		}
	}
	for _, p := range verbPrefixes {
		if len(w) > len(p)+2 && strings.HasPrefix(w, p) {
			if v, ok := pastForms[w[len(p):]]; ok {
				return lemEdit{cut: len(w) - len(p), add: v}, true
			}
		}
	}
	return lemEdit{}, false
}

var verbPrefixes = []string{"under", "over", "with", "fore", "out", "mis", "re", "un", "up", "be"}

// verbS lemmatises a third person singular present: "tries" -> "try",
// "watches" -> "watch", "goes" -> "go", "uses" -> "use".
func verbS(w string) lemEdit {
	n := len(w)
	switch {
	case n < 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") ||
		strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return lemKeep
	case strings.HasSuffix(w, "ies"):
		if n == 4 {
			return lemEdit{cut: 1} // dies, lies, ties
		}
		return lemEdit{cut: 3, add: "y"}
	case sibilantES(w), strings.HasSuffix(w, "oes"):
		return lemEdit{cut: 2}
	}
	return lemEdit{cut: 1}
}

// sibilantES reports whether w ends in -es after a sibilant that takes it:
// "passes", "wishes", "watches", "fixes", "buzzes".
func sibilantES(w string) bool {
	for _, s := range [...]string{"sses", "shes", "ches", "xes", "zzes"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// nounPlural lemmatises a plural noun: "countries" -> "country", "boxes" ->
// "box", "wolves" -> "wolf", "women" -> "woman".
func nounPlural(w string) lemEdit {
	if v, ok := nounPlurals[w]; ok {
		return lemEdit{lemma: v}
	}
	n := len(w)
	switch {
	case n >= 2 && w[n-1] == 's' && isDigits(w[:n-1]):
		if w[n-2] == '0' {
			return lemKeep // decades: "1970s"
		}
		return lemEdit{cut: 1}
	case n < 3:
		return lemKeep
	case strings.HasSuffix(w, "men"):
		return lemEdit{cut: 2, add: "an"}
	case strings.HasSuffix(w, "'s"):
		if d := w[:n-2]; isDigits(d) && d[len(d)-1] == '0' {
			return lemEdit{cut: 2, add: "s"} // 1990's -> 1990s
		}
		return lemEdit{cut: len("'s")} // CD's
	case strings.HasSuffix(w, "’s") && n > len("’s"):
		return lemEdit{cut: len("’s")}
	case !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"):
		return lemKeep
	case strings.HasSuffix(w, "ies"):
		if n <= 4 {
			return lemEdit{cut: 1} // ties, pies
		}
		return lemEdit{cut: 3, add: "y"}
	case strings.HasSuffix(w, "ves"):
		switch {
		case strings.HasSuffix(w, "lves"), strings.HasSuffix(w, "eaves"),
			strings.HasSuffix(w, "ieves"), strings.HasSuffix(w, "arves"):
			return lemEdit{cut: 3, add: "f"} // wolves, leaves, thieves, scarves
		}
		return lemEdit{cut: 1}
	case strings.HasSuffix(w, "aches") && (n == 5 || !isVowel(w[n-6])):
		return lemEdit{cut: 1} // aches, headaches, but beaches
	case sibilantES(w):
		return lemEdit{cut: 2}
	case strings.HasSuffix(w, "yses"):
		return lemEdit{cut: 2, add: "is"} // analyses
	case strings.HasSuffix(w, "oes"):
		if n <= 5 {
			return lemEdit{cut: 1} // shoes, toes
		}
		return lemEdit{cut: 2} // potatoes, heroes
	}
	return lemEdit{cut: 1}
}

// comparative lemmatises -er and -est forms: "bigger" -> "big", "easiest"
// -> "easy", "larger" -> "large", "better" -> "good".
func comparative(w, xpos string, table map[string]string) lemEdit {
	if v, ok := table[w]; ok {
		return lemEdit{lemma: v}
	}
	suffix := "er"
	if xpos == "JJS" || xpos == "RBS" {
		suffix = "est"
	}
	suf := len(suffix)
	if !strings.HasSuffix(w, suffix) || len(w) < suf+2 {
		return lemKeep
	}
	stem := w[:len(w)-suf]
	n := len(stem)
	switch {
	case stem[n-1] == 'i' && n > 2:
		return lemEdit{cut: suf + 1, add: "y"} // easier, happiest
	case stem[n-1] == 'e':
		return lemEdit{cut: suf - 1} // freer
	case n >= 3 && stem[n-1] == stem[n-2] && undoubles(stem):
		return lemEdit{cut: suf + 1} // bigger, hottest
	case needsE(stem):
		return lemEdit{cut: suf - 1} // larger, latest
	}
	return lemEdit{cut: suf}
}

// unsuffix removes -ed (suf 2) or -ing (suf 3) from a verb and mends the
// stem: "tried" -> "try", "stopped" -> "stop", "making" -> "make",
// "dying" -> "die", "agreed" -> "agree".
func unsuffix(w string, suf int) lemEdit {
	stem := w[:len(w)-suf]
	n := len(stem)
	if n < 1 || !hasVowel(stem) {
		return lemKeep // bed, sing, thing
	}
	last := stem[n-1]
	if suf == 2 {
		switch last {
		case 'i':
			if n == 2 {
				return lemEdit{cut: 1} // died, lied, tied
			}
			return lemEdit{cut: 3, add: "y"} // tried, studied
		case 'e', 'u':
			return lemEdit{cut: 1} // agreed, continued
		case 'y', 'o', 'a':
			return lemEdit{cut: 2} // played, echoed
		}
	} else {
		switch {
		case last == 'y' && n == 2 && !isVowel(stem[0]):
			return lemEdit{cut: 4, add: "ie"} // dying, lying
		case last == 'e' || last == 'y' || last == 'o' || last == 'a' || last == 'i':
			return lemEdit{cut: 3} // seeing, saying, going, skiing
		case last == 'u':
			return lemEdit{cut: 3, add: "e"} // continuing, arguing
		}
	}
	if n >= 3 && stem[n-1] == stem[n-2] && undoubles(stem) {
		return lemEdit{cut: suf + 1} // stopped, getting, controlled
	}
	if needsE(stem) {
		if suf == 2 {
			return lemEdit{cut: 1} // used, based
		}
		return lemEdit{cut: 3, add: "e"} // making, using
	}
	return lemEdit{cut: suf}
}

// undoubles reports whether a stem ending in a doubled consonant lost the
// double with the suffix: "stopp" -> "stop", "controll" -> "control", but
// "call", "pass", "add" lemKeep it.
func undoubles(stem string) bool {
	n := len(stem)
	c := stem[n-1]
	switch c {
	case 'b', 'g', 'k', 'm', 'n', 'p', 't', 'v':
		return stem != "egg"
	case 'd':
		return stem != "add" && stem != "odd"
	case 'r':
		return stem != "err" && stem != "purr" // but occurred, referred
	case 'l':
		// Words of two syllables or more double -el and -ol: travelled,
		// controlled; call, spell, install do not lose theirs.
		if n < 4 || syllables(stem) < 2 {
			return false
		}
		v := stem[n-3]
		return (v == 'e' || v == 'o') && !isVowel(stem[n-4])
	}
	return false
}

// needsE reports whether a stem left by removing -ed, -ing, -er or -est
// had a final silent e: "us" (used), "mak" (making), "larg" (larger),
// "creat" (created) but not "want", "visit", "open". The rules follow English
// spelling: a consonant that cannot end a word (v, c, soft g), a single vowel
// before a single consonant in one syllable, and common endings of longer
// words (-ate, -ute, -ire, -ure, -ize, -ine, -ole, -ule...). It is longer
// than 80 lines on purpose: a list of spelling cases, read best in one place.
func needsE(stem string) bool {
	n := len(stem)
	if n < 2 {
		return false
	}
	c := stem[n-1]
	p := stem[n-2]
	if !isConsonant(c) {
		return c == 'u' // continu(e), argu(e), tru(e)
	}
	if c == 'h' {
		// bathe, breathe, soothe, but not wash, watch, laugh.
		return p == 't' && n >= 3 && isVowel(stem[n-3])
	}
	if !isVowel(p) || singleU(stem, n-2) {
		// A consonant before the last one.
		switch c {
		case 'l':
			return p != 'r' && p != 'l' && p != 'w' // handle, settle, enable
		case 'c', 'v':
			return true // force, dance, serve, solve
		case 's':
			return p != 's' // sense, license, collapse, nurse
		case 'z':
			return p != 'z' && p != 't'
		case 'g':
			switch p {
			case 'd', 'r', 'l':
				return true // judge, charge, indulge
			case 'n':
				return hasAnySuffix(stem, "chang", "rang", "eng")
			}
		case 't':
			return hasAnySuffix(stem, "tast", "wast", "past") // taste, waste
		}
		return false
	}
	// A vowel before the last consonant.
	if n >= 3 && isVowel(stem[n-3]) && !singleU(stem, n-3) {
		// A pair of vowels: wait, treat, need, but cause, leave, seize.
		switch c {
		case 's':
			return !strings.HasSuffix(stem, "bias")
		case 'z', 'v', 'c':
			return true
		case 't':
			// create, evaluate, appreciate, but treat, wait, suit.
			return strings.HasSuffix(stem, "creat") || strings.HasSuffix(stem, "uat") ||
				strings.HasSuffix(stem, "iat")
		}
		return false
	}
	mono := syllables(stem) == 1
	switch c {
	case 'v', 'c', 'z', 'd', 'b', 'g', 'k':
		return true
	case 's':
		return !strings.HasSuffix(stem, "focus")
	case 't':
		// create, compute, promote, cite; complete, invite, unite, excite;
		// but visit, edit, limit, budget.
		return p == 'a' || p == 'u' || p == 'o' || mono ||
			hasAnySuffix(stem, "let", "compet", "vit", "nit", "xcit", "ncit", "ecit")
	case 'r':
		// share, require, secure; ignore, explore, store; adhere; but
		// offer, color, honor.
		return p == 'a' || p == 'i' || p == 'u' || p == 'y' || p == 'o' && mono ||
			hasAnySuffix(stem, "gnor", "plor", "stor", "scor", "snor", "ador",
				"adher", "coher", "interfer", "persever")
	case 'l':
		return p != 'e' && (p != 'a' || mono)
	case 'n':
		return p == 'i' || p != 'e' && mono
	case 'm':
		return mono || p == 'u' || p == 'o'
	case 'p':
		return mono || strings.HasSuffix(stem, "scap")
	case 'f':
		return mono
	}
	return false
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// singleU reports whether stem[i] is the u of "qu" or "gu" before a vowel,
// which spells a consonant sound: "quot(e)", "requir(e)", "guid(e)".
func singleU(stem string, i int) bool {
	return stem[i] == 'u' && i > 0 && (stem[i-1] == 'q' || stem[i-1] == 'g') &&
		i+1 < len(stem) && isVowel(stem[i+1])
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func isConsonant(c byte) bool {
	return 'a' <= c && c <= 'z' && !isVowel(c)
}

// hasVowel reports whether s has a vowel letter (y included).
func hasVowel(s string) bool {
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) {
			return true
		}
	}
	return false
}

// syllables counts the groups of vowel letters in s, a rough syllable
// count; a y at the start is a consonant.
func syllables(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i]) && !(i == 0 && s[i] == 'y')
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// lemMinGain is how many more training words an exception must get right
// than the rules do for TrainLemmatizer to keep it.
const lemMinGain = 1

// TrainLemmatizer learns the exceptions to the rules from sents: for each
// lower-cased form and tag (XPOS, or UPOS without one) whose most frequent
// lemma the rules miss, it keeps that lemma when it gets at least one more
// word right than the rules do. Ties between lemmas go to the one that sorts
// first, so that the same sentences always give the same Lemmatizer. Gold
// lemmas "_" (unknown) are not learned from.
func TrainLemmatizer(sents []Sentence) *Lemmatizer {
	type stats struct {
		lemmas map[string]int
		rule   int // words the rules get right
	}
	byKey := make(map[string]*stats)
	var rules Lemmatizer // no exceptions: the rules alone
	for i := range sents {
		for _, w := range sents[i].Words {
			if w.Form == "" || w.Lemma == "" || w.Lemma == "_" {
				continue
			}
			k := string(excKey(nil, strings.ToLower(w.Form), w.UPOS, w.XPOS))
			st := byKey[k]
			if st == nil {
				st = &stats{lemmas: make(map[string]int, 1)}
				byKey[k] = st
			}
			st.lemmas[w.Lemma]++
			if rules.Lemma(w.Form, w.UPOS, w.XPOS) == w.Lemma {
				st.rule++
			}
		}
	}
	l := &Lemmatizer{exc: make(map[string]string), vocab: make(map[string]string)}
	for k, st := range byKey {
		best, n := "", 0
		for lem, c := range st.lemmas {
			if c > n || c == n && lem < best {
				best, n = lem, c
			}
		}
		if n-st.rule >= lemMinGain {
			l.exc[k] = best
		}
	}
	// The vocabulary: lemmas the rules build for the words they get right,
	// other than prefixes of the form, which Lemma returns as they are.
	for i := range sents {
		for _, w := range sents[i].Words {
			if w.Lemma == "" || w.Lemma == "_" || strings.HasPrefix(w.Form, w.Lemma) {
				continue
			}
			if _, ok := l.vocab[w.Lemma]; ok {
				continue
			}
			k := string(excKey(nil, strings.ToLower(w.Form), w.UPOS, w.XPOS))
			if _, ok := l.exc[k]; !ok && rules.Lemma(w.Form, w.UPOS, w.XPOS) == w.Lemma {
				l.vocab[w.Lemma] = w.Lemma
			}
		}
	}
	return l
}

// Exceptions returns the number of exceptions l has learned.
func (l *Lemmatizer) Exceptions() int {
	if l == nil {
		return 0
	}
	return len(l.exc)
}

// The binary form of a Lemmatizer: lemMagic, then the exceptions and the
// vocabulary, each a uvarint count and entries in byte order of their keys.
// A key is front-coded against the one before: a uvarint of the bytes it
// shares with it, then the rest as a uvarint length and bytes. An exception
// is followed by its lemma, a uvarint length and bytes.
const lemMagic = "dyad-lemma-1\n"

// Bounds on what ReadLemmatizer accepts, well above what English needs.
const (
	lemMaxEntries = 1 << 20
	lemMaxString  = 1 << 10
)

// errLemmaFormat is the error of input that is not a lemmatiser.
var errLemmaFormat = errors.New("syntax: malformed lemmatizer")

// WriteTo writes l in a compact binary form that [ReadLemmatizer] reads.
// The encoding is deterministic: a Lemmatizer trained twice on the same
// sentences writes the same bytes.
func (l *Lemmatizer) WriteTo(w io.Writer) (int64, error) {
	var exc, vocab map[string]string
	if l != nil {
		exc, vocab = l.exc, l.vocab
	}
	buf := []byte(lemMagic)
	buf = appendFrontCoded(buf, exc, true)
	buf = appendFrontCoded(buf, vocab, false)
	n, err := w.Write(buf)
	return int64(n), err
}

func appendFrontCoded(buf []byte, m map[string]string, values bool) []byte {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	buf = binary.AppendUvarint(buf, uint64(len(keys)))
	prev := ""
	for _, k := range keys {
		p := commonPrefix(prev, k)
		buf = binary.AppendUvarint(buf, uint64(p))
		buf = binary.AppendUvarint(buf, uint64(len(k)-p))
		buf = append(buf, k[p:]...)
		if values {
			buf = binary.AppendUvarint(buf, uint64(len(m[k])))
			buf = append(buf, m[k]...)
		}
		prev = k
	}
	return buf
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// ReadLemmatizer reads a Lemmatizer written by [Lemmatizer.WriteTo]. Any
// other input gives an error: it never panics and bounds what it allocates.
func ReadLemmatizer(r io.Reader) (*Lemmatizer, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(lemMagic))
	if _, err := io.ReadFull(br, head); err != nil || !bytes.Equal(head, []byte(lemMagic)) {
		return nil, fmt.Errorf("%w: bad header", errLemmaFormat)
	}
	exc, err := readFrontCoded(br, true)
	if err != nil {
		return nil, fmt.Errorf("%w: exceptions: %v", errLemmaFormat, err)
	}
	for k := range exc {
		if strings.IndexByte(k, 0) < 0 {
			return nil, fmt.Errorf("%w: exception key %q has no tag", errLemmaFormat, k)
		}
	}
	vocab, err := readFrontCoded(br, false)
	if err != nil {
		return nil, fmt.Errorf("%w: vocabulary: %v", errLemmaFormat, err)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("%w: trailing data", errLemmaFormat)
	}
	return &Lemmatizer{exc: exc, vocab: vocab}, nil
}

func readFrontCoded(br *bufio.Reader, values bool) (map[string]string, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if n > lemMaxEntries {
		return nil, fmt.Errorf("%d entries, more than %d", n, lemMaxEntries)
	}
	m := make(map[string]string, min(n, 1<<12))
	var prev []byte
	readString := func() ([]byte, error) {
		k, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if k > lemMaxString {
			return nil, fmt.Errorf("string of %d bytes, more than %d", k, lemMaxString)
		}
		b := make([]byte, k)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, err
		}
		return b, nil
	}
	for i := range n {
		p, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if p > uint64(len(prev)) {
			return nil, fmt.Errorf("entry %d shares %d bytes of a %d-byte key", i, p, len(prev))
		}
		rest, err := readString()
		if err != nil {
			return nil, err
		}
		key := append(prev[:p:p], rest...)
		if i > 0 && bytes.Compare(prev, key) >= 0 {
			return nil, fmt.Errorf("entry %d out of order", i)
		}
		prev = key
		v := ""
		if values {
			b, err := readString()
			if err != nil {
				return nil, err
			}
			v = string(b)
		}
		k := string(key)
		if !values {
			v = k
		}
		m[k] = v
	}
	return m, nil
}
