// Package segment splits an article's text into sentences and tokens, each
// a byte span of the text, in one pass and without regular expressions. It
// knows the abbreviations of news English (titles, months, "U.S.", company
// suffixes, initials) so that their dots do not end sentences, breaks at
// paragraphs and at headline-like lines, cuts a stretch without a sentence
// end into sentences of at most [MaxSentence] bytes, and cuts possessives
// and other clitics ("China's" -> "China" "'s") into tokens of their own.
// Its [Stage] is the first of the analysis: every later stage reads the
// sentences and tokens it writes.
package segment
