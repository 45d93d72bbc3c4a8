// Package syntax gives every word of a sentence a Universal POS tag, a
// lemma, a head and a Universal Dependencies relation: an averaged-perceptron
// tagger and a greedy arc-hybrid dependency parser trained with a dynamic
// oracle, both trained here on the UD English Web Treebank (CC BY-SA 4.0).
package syntax
