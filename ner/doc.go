// Package ner finds people, organisations and places that the gazetteer's
// dictionaries do not know, with a statistical named-entity tagger: an
// averaged perceptron over hashed features (the lower-cased word and its
// neighbours two either side, word shapes, prefixes and suffixes,
// position, headline capitals, how the word is written in running text,
// the gazetteer's mentions, the previous two tags), decoded greedily over
// BIO tags, scoring only the capitalised stretches of a sentence. Its
// [Stage] runs after the gazetteer and merges the tagger's PERSON, ORG and
// LOCATION mentions into the gazetteer's (see [Tag] for the rule).
//
// Scoring a token is a few dozen table lookups, so the tagger is built to
// make them cheap: the features of small value sets (bias, lexicon class,
// gazetteer code, length, previous tags) are summed for every combination
// when the model loads, and so are those of the few dozen shapes and
// neighbouring words ("Xx", ",", "the", "said") that nearly every name
// sits among; the others sit in a hash table of one cache line per
// bucket, fetched together before they are compared; weights add
// eight tags at a time in 16-bit lanes; a memo per caller keeps the
// summed weights of the features that depend on nothing but a word as
// written and the tag before it, which recur from sentence to sentence;
// and a sentence whose only capital is a common word at its start is not
// scored at all.
//
// The weights ship in the binary as model.bin (gzip, under 1 MB), loaded
// once on first use. They are derived from the CoNLL-2003 English training
// data (Reuters RCV1 news, for research use) and are rebuilt,
// deterministically and in seconds, from the repository root with
//
//	go run ./ner/cmd/train -conll ../shared/eval/conll2003/train.txt -out ner/model.bin
//
// Add -eval ../shared/eval/conll2003/valid.txt to report the scores on the
// development set (micro F1 0.88 over PER, ORG and LOC). The training text
// itself is never shipped. The gazetteer's mentions are features, so the
// model is retrained whenever the gazetteer changes much.
//
// Because of the research-only terms, a build with -tags dyad_noner holds
// no weights: [Builtin] is false and dyad runs without this stage.
package ner
