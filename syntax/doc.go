// Package syntax gives every word of a sentence a Universal POS tag, a
// Penn Treebank tag, a lemma, a head and a Universal Dependencies relation.
//
// Four small learners, all averaged perceptrons over hashed features, do
// the work: a two-pass tagger of joint UPOS+XPOS tags; a rule-based
// lemmatiser with an exception table learned from the treebank; a greedy
// arc-hybrid parser with the root at the end of the buffer, trained with a
// dynamic oracle on jackknifed tags; and a labeller that gives each arc of
// the finished tree its relation. [Default] loads the model built into the
// binary (model.bin), once; [Model.Parse] analyses one sentence given as
// its words; [Stage] runs it over the sentences an event may hold.
//
// The model is trained here, deterministically, on the UD English Web
// Treebank 2.15 (CC BY-SA 4.0: the model file carries that licence, see
// NOTICE), with the verb forms of the PETRARCH-2 verb dictionary
// CAMEO.2.0.txt (MIT) as a feature of the tagger. From the repository root,
//
//	go run ./syntax/cmd/train
//
// rewrites model.bin byte for byte and prints its scores on the dev set;
// docs/syntax.md has the scores, the speed and the selection of sentences.
// The package uses the standard library only; [ReadCoNLLU], [WriteCoNLLU]
// and [Score] read, write and score treebanks by the CoNLL 2018 rules.
package syntax
