package segment

import (
	"unicode"
	"unicode/utf8"

	"dyad"
)

// What a dot after a known abbreviation means for sentence splitting.
const (
	abbrNever   = 1 + iota // the dot never ends a sentence: "Mr.", "Jan.", "No."
	abbrStarter            // it ends one only before a sentence starter: "U.S.", "Inc."
)

// abbrevs are the words whose dot is part of an abbreviation, written in
// their usual case; the all-caps form is added at init.
var abbrevs = map[string]uint8{}

func init() {
	never := []string{
		// titles and ranks
		"Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Hon", "Pres",
		"Gen", "Col", "Lt", "Sgt", "Capt", "Adm", "Maj", "Cmdr", "Brig",
		"Cpl", "Pvt", "Gov", "Sen", "Rep", "Supt", "Insp", "Det", "Fr", "Msgr",
		"Sens", "Reps", "Govs", "Gens", "Drs", "Profs",
		// months
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
		"Oct", "Nov", "Dec",
		// others that are always followed by more of the sentence
		"No", "Nos", "vs", "v", "cf", "approx", "Vol", "pp", "Fig", "Ft", "Mt",
	}
	starter := []string{
		"Inc", "Corp", "Co", "Ltd", "Plc", "Bros", "Cos", "Jr", "Sr", "St",
		"Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "etc", "al",
		// U.S. states as news wires abbreviate them: "Houston, Tex."
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
		"Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn",
		"Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex",
		"Va", "Vt", "Wash", "Wis", "Wyo", "Lou",
	}
	for _, w := range never {
		addAbbrev(w, abbrNever)
	}
	for _, w := range starter {
		addAbbrev(w, abbrStarter)
	}
	for _, w := range sentenceStarters {
		starters[w] = true
		starters[upperASCII(w)] = true
	}
}

func addAbbrev(w string, kind uint8) {
	abbrevs[w] = kind
	if u := upperASCII(w); u != w {
		if _, ok := abbrevs[u]; !ok {
			abbrevs[u] = kind
		}
	}
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// sentenceStarters are common first words of a sentence: after an
// abbreviation that may also end a sentence ("in the U.S. The ..."), one of
// them means the sentence did end.
//
// "And", "Or" and "Not" are not among them: they begin few sentences of news
// (58, 2 and 6 of the 16,982 that follow a word, a full stop and a space in
// Reuters-21578) but follow "U.S." inside 252 ("the U.S. And Japan",
// "persuading the U.S. Not to impose"), in text that capitalises the word
// after an abbreviation as if it began a sentence.
var sentenceStarters = []string{
	"The", "He", "She", "It", "They", "We", "I", "You", "But",
	"In", "A", "An", "This", "That", "These", "Those", "There", "Its", "His",
	"Her", "Their", "Our", "Mr", "Mrs", "Ms", "However", "Meanwhile", "On",
	"At", "For", "If", "As", "After", "Before", "When", "While", "Some",
	"Many", "Most", "Also", "According", "Yet", "So", "Still", "Now", "Last",
	"Next", "Earlier", "Later", "Other", "Such", "Both", "Each", "No",
	"What", "Why", "How", "Who", "Where", "Since", "Under", "Despite",
	"Although", "Though", "Analysts", "Officials",
}

// modifiedStarters are the nouns among the sentence starters. After an
// abbreviation with dots that does not follow "the", the abbreviation
// modifies them and the sentence goes on: "senior U.S. Officials said" is
// one sentence, "in the U.S. Officials said" two.
var modifiedStarters = map[string]bool{"Analysts": true, "Officials": true}

var starters = map[string]bool{}

// Sentences splits text into sentences, in order, each trimmed of
// surrounding white space. A sentence ends at ".", "!" or "?" (with any
// closing quotes and brackets after them) followed by space and a capital,
// digit or opening quote, unless the dot belongs to an abbreviation; at a
// blank line; and after a headline-like line. Every non-space byte of text
// lies in exactly one sentence.
func Sentences(text string) []dyad.Sentence {
	out := make([]dyad.Sentence, 0, len(text)/100+1)
	start := 0       // start of the current sentence
	lineStart := 0   // start of the current line
	paraLine := true // the current line begins a paragraph or follows a headline
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		switch c {
		case '\n':
			next := i + 1
			if j, blank := blankLineAfter(text, i); blank {
				out = appendTrimmed(out, text, start, i)
				start, lineStart, paraLine = j, j, true
				i = j
				continue
			}
			if paraLine && titleLike(text[lineStart:i]) && startsSentence(text, next) {
				out = appendTrimmed(out, text, start, i)
				start, lineStart, paraLine = next, next, true
				i = next
				continue
			}
			lineStart, paraLine = next, false
			i = next
		case '.', '!', '?':
			end, split := sentenceEnd(text, start, i)
			if split {
				out = appendTrimmed(out, text, start, end)
				start = end
			}
			i = end
		default:
			i++
		}
	}
	return appendTrimmed(out, text, start, n)
}

// blankLineAfter reports whether the newline at i is followed by a line of
// white space only, and where the text after the blank lines starts.
func blankLineAfter(text string, i int) (int, bool) {
	blank := false
	j := i + 1
	for j < len(text) {
		switch text[j] {
		case ' ', '\t', '\r', '\f', '\v':
			j++
		case '\n':
			blank = true
			j++
		default:
			if blank {
				return j, true
			}
			return i + 1, false
		}
	}
	return j, true // only space to the end: the paragraph ends here
}

// sentenceEnd looks at the terminal mark at i of the sentence that began
// at start. It returns the end of the run of marks and closing quotes or
// brackets after it, and whether the sentence ends there.
func sentenceEnd(text string, start, i int) (int, bool) {
	n := len(text)
	j := i
	dots, other := 0, 0
	for j < n {
		switch text[j] {
		case '.':
			dots++
			j++
			continue
		case '!', '?':
			other++
			j++
			continue
		}
		break
	}
	// closing quotes and brackets
	for j < n {
		if c := text[j]; c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' {
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		if r == '”' || r == '’' || r == '»' {
			j += w
			continue
		}
		break
	}
	if j == n {
		return j, true
	}
	// at least one space, then the start of a sentence
	k := j
	for k < n {
		c := text[k]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			k++
			continue
		}
		if c >= utf8.RuneSelf {
			if r, w := utf8.DecodeRuneInString(text[k:]); unicode.IsSpace(r) {
				k += w
				continue
			}
		}
		break
	}
	if k == j {
		return j, false // "3.5", "U.S.-led", "end.Next"
	}
	if k == n {
		return j, true
	}
	if !startsSentence(text, k) {
		return j, false
	}
	if other > 0 || dots != 1 || j != i+1 {
		// "!", "?", an ellipsis, or a dot before a closing quote: a plain end
		return j, true
	}
	return j, !abbreviationHolds(text, start, i, k)
}

// abbreviationHolds reports whether the dot at i belongs to an abbreviation
// that keeps the sentence begun at start going, given that the next
// sentence would start at k.
func abbreviationHolds(text string, start, i, k int) bool {
	j := i
	dotted := false
	for j > 0 {
		c := text[j-1]
		if c == '.' {
			dotted = true
		} else if !isASCIILetter(c) {
			if c >= utf8.RuneSelf {
				return false // a word with non-ASCII letters: no abbreviation we know
			}
			break
		}
		j--
	}
	word := text[j:i]
	if word == "" {
		return false
	}
	if j > 0 && isASCIIDigit(text[j-1]) {
		return false
	}
	switch {
	case dotted:
		// U.S., U.N., e.g., a.m.: ends only before a sentence starter, and
		// before a noun one only after "the"; never a sentence of its own
		// ("The U.S. Last year had ...")
		if modifiedStarters[lettersAt(text, k)] && !afterThe(text, j) {
			return true
		}
		if pre := trimSpace(text[start:j]); pre == "" || len(pre) == 3 && lowerASCII(pre) == "the" {
			return true
		}
		return !followedByStarter(text, k, true)
	case len(word) == 1:
		if c := word[0]; 'A' <= c && c <= 'Z' {
			// an initial, as in "John F. Kennedy"
			return !followedByStarter(text, k, false)
		}
		return false
	}
	switch abbrevs[word] {
	case abbrNever:
		return true
	case abbrStarter:
		return !followedByStarter(text, k, true)
	}
	return false
}

// followedByStarter reports whether the text at k begins with an opening
// quote or a common sentence starter. single says whether one-letter
// starters ("A", "I") count.
func followedByStarter(text string, k int, single bool) bool {
	c := text[k]
	if c == '"' || c == '\'' || c == '(' || c == '[' {
		return true
	}
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(text[k:])
		return r == '“' || r == '‘' || r == '«'
	}
	m := k
	for m < len(text) && isASCIILetter(text[m]) {
		m++
	}
	if m < len(text) && (text[m] >= utf8.RuneSelf || isASCIIDigit(text[m])) {
		return false // the word goes on with other letters or digits
	}
	if m+1 < len(text) && text[m] == '-' && isASCIILetter(text[m+1]) {
		return false // a compound: "U.S. Under-Secretary"
	}
	w := text[k:m]
	if len(w) < 2 && !single {
		return false
	}
	return starters[w]
}

// lettersAt returns the ASCII letters at k.
func lettersAt(text string, k int) string {
	m := k
	for m < len(text) && isASCIILetter(text[m]) {
		m++
	}
	return text[k:m]
}

// afterThe reports whether the word before j, across white space, is
// "the" in any case.
func afterThe(text string, j int) bool {
	e := j
	for e > 0 && isSpaceASCII(text[e-1]) {
		e--
	}
	if e == j {
		return false
	}
	s := e
	for s > 0 && isASCIILetter(text[s-1]) {
		s--
	}
	if s > 0 && text[s-1] >= utf8.RuneSelf {
		return false // the word goes on with letters we do not fold
	}
	return e-s == 3 && lowerASCII(text[s:e]) == "the"
}

// startsSentence reports whether a sentence may begin at k: a capital
// letter, a letter of a script without case, a digit or an opening quote or
// bracket.
func startsSentence(text string, k int) bool {
	if k >= len(text) {
		return false
	}
	c := text[k]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' || isASCIIDigit(c) ||
			c == '"' || c == '\'' || c == '(' || c == '['
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	switch {
	case r == '“' || r == '‘' || r == '«':
		return true
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return true
	case unicode.IsLetter(r):
		return !unicode.IsLower(r) // a script without case
	}
	return unicode.IsDigit(r)
}

// functionWords may stay lower case in a title-cased headline but do not
// end one.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "and": true, "or": true, "but": true,
	"with": true, "by": true, "from": true, "as": true, "vs": true,
	"over": true, "into": true, "after": true, "amid": true, "is": true,
	"are": true, "be": true, "its": true, "nor": true, "per": true,
}

// titleLike reports whether line looks like a headline: short, with no
// mark at its end, and either all in capitals or with every word that is
// not a function word capitalised.
func titleLike(line string) bool {
	line = trimSpace(line)
	if line == "" || len(line) > 120 {
		return false
	}
	switch line[len(line)-1] {
	case ',', ';', ':', '-', '(', '&', '/', '.', '!', '?':
		return false
	}
	if !startsSentence(line, 0) {
		return false
	}
	upper, lower := 0, 0
	for _, r := range line {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	if lower == 0 {
		return upper >= 2
	}
	last := ""
	for w := range fields(line) {
		last = w
		c := w[0]
		if 'a' <= c && c <= 'z' {
			if !functionWords[w] {
				return false
			}
		} else if c >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				return false
			}
		}
	}
	return !functionWords[lowerASCII(last)]
}

// fields yields the space-separated words of s.
func fields(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		i := 0
		for i < len(s) {
			for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
				i++
			}
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\t' {
				j++
			}
			if j > i && !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// MaxSentence is the length in bytes of the longest sentence [Sentences]
// returns. A longer stretch without a sentence end (a list, a table, text
// without punctuation) is cut at white space into sentences no longer than
// this, so that the work of later stages on one sentence stays bounded. The
// longest sentence of the shared corpora is 1,456 bytes.
const MaxSentence = 2000

// appendTrimmed appends the span [s, e) of text, trimmed of white space,
// when anything is left, cut into pieces of at most MaxSentence bytes.
func appendTrimmed(out []dyad.Sentence, text string, s, e int) []dyad.Sentence {
	s, e = trimBounds(text, s, e)
	for e-s > MaxSentence {
		c := cutAt(text, s)
		ps, pe := trimBounds(text, s, c)
		out = append(out, dyad.Sentence{Span: dyad.Span{Start: ps, End: pe}})
		s, e = trimBounds(text, c, e)
	}
	if s < e {
		out = append(out, dyad.Sentence{Span: dyad.Span{Start: s, End: e}})
	}
	return out
}

// cutAt returns where to cut a sentence that starts at s, a byte that is no
// space, and runs past s+MaxSentence: at white space after a comma,
// semicolon or colon in the second half of the allowed length, else at the
// last white space, else, inside one long word, at the last rune start.
func cutAt(text string, s int) int {
	last := -1
	for i := s + MaxSentence; i > s; i-- {
		if !isSpaceASCII(text[i]) {
			continue
		}
		if last < 0 {
			last = i
		}
		if i < s+MaxSentence/2 {
			break
		}
		if c := text[i-1]; c == ',' || c == ';' || c == ':' {
			return i
		}
	}
	if last >= 0 {
		return last
	}
	c := s + MaxSentence
	for c > s+1 && !utf8.RuneStart(text[c]) {
		c--
	}
	return c
}

// trimBounds narrows [s, e) to leave out white space at both ends.
func trimBounds(text string, s, e int) (int, int) {
	for s < e {
		c := text[s]
		if c < utf8.RuneSelf {
			if !isSpaceASCII(c) {
				break
			}
			s++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += w
	}
	for e > s {
		c := text[e-1]
		if c < utf8.RuneSelf {
			if !isSpaceASCII(c) {
				break
			}
			e--
			continue
		}
		r, w := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= w
	}
	return s, e
}

func trimSpace(s string) string {
	i, j := trimBounds(s, 0, len(s))
	return s[i:j]
}

func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }
