// Package events is dyad's CAMEO event coder: it reads the tokens, sentences
// and actor mentions an earlier stage wrote and, sentence by sentence, finds
// who did what to whom. Verb and noun phrases come from a pattern file in
// dyad's own format (see docs/events.md), embedded as patterns.txt and
// extendable with LoadPatterns; the codebook of CAMEO codes with their
// Goldstein values and quad classes is embedded as cameo.tsv. Matching runs
// over word IDs looked up in a vocabulary built once, indexed by the first
// word of each pattern, so coding a sentence allocates almost nothing and
// uses no regular expressions. Agent words outside mentions ("rebels", "the
// government") become actors (agents.go), date expressions in a sentence
// set the event's date and a place after "in" its place (dates.go), and
// PLOVER maps codes to PLOVER categories. The package uses the standard
// library only.
package events
