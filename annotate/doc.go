// Package annotate is dyad's knowledge-graph layer, in the manner of GDELT's
// GKG: from an article's text it finds the counts (numbers with the noun they
// count, their qualifier, unit and type), the date expressions resolved
// against the published date and the tense of their sentence (the events
// stage takes its dates from them), the direct quotations with their speakers, the
// themes of dyad's own taxonomy (data/themes.txt, documented in
// docs/themes.md), and GDELT's seven tone figures from a lexicon of its own
// (data/tone.txt). It also gives the text statistics behind `dyad terms`:
// word counts, top terms, phrase counts and concordances. It does its own
// light scanning, one pass of tokens with one lexicon lookup each, so that it
// depends on no other dyad package; every word list is built once at init,
// into one table that gives a word its flags with integer compares, and each
// module is skipped outright when the text holds none of its triggers.
package annotate
