package syntax

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestLemmaRules(t *testing.T) {
	tests := []struct{ form, upos, xpos, want string }{
		// Plural nouns.
		{"dogs", "NOUN", "NNS", "dog"},
		{"Cats", "NOUN", "NNS", "cat"},
		{"countries", "NOUN", "NNS", "country"},
		{"ties", "NOUN", "NNS", "tie"},
		{"movies", "NOUN", "NNS", "movie"},
		{"boxes", "NOUN", "NNS", "box"},
		{"classes", "NOUN", "NNS", "class"},
		{"wishes", "NOUN", "NNS", "wish"},
		{"churches", "NOUN", "NNS", "church"},
		{"headaches", "NOUN", "NNS", "headache"},
		{"beaches", "NOUN", "NNS", "beach"},
		{"cases", "NOUN", "NNS", "case"},
		{"buses", "NOUN", "NNS", "bus"},
		{"analyses", "NOUN", "NNS", "analysis"},
		{"potatoes", "NOUN", "NNS", "potato"},
		{"shoes", "NOUN", "NNS", "shoe"},
		{"wolves", "NOUN", "NNS", "wolf"},
		{"leaves", "NOUN", "NNS", "leaf"},
		{"lives", "NOUN", "NNS", "life"},
		{"gloves", "NOUN", "NNS", "glove"},
		{"women", "NOUN", "NNS", "woman"},
		{"businessmen", "NOUN", "NNS", "businessman"},
		{"children", "NOUN", "NNS", "child"},
		{"feet", "NOUN", "NNS", "foot"},
		{"people", "NOUN", "NNS", "people"},
		{"regards", "NOUN", "NNS", "regards"},
		{"jihadis", "NOUN", "NNS", "jihadi"},
		{"1970s", "NOUN", "NNS", "1970s"},
		{"1990's", "NOUN", "NNS", "1990s"},
		{"3s", "NOUN", "NNS", "3"},
		{"glass", "NOUN", "NN", "glass"},
		{"News", "NOUN", "NN", "news"},
		{"A", "NOUN", "NN", "A"},
		{"Q1", "NOUN", "NN", "Q1"},
		{"AS400", "NOUN", "NN", "AS400"},
		{"ISDA", "NOUN", "NN", "isda"},

		// Proper nouns keep their case; plural ones lose the -s.
		{"Bush", "PROPN", "NNP", "Bush"},
		{"iPhone", "PROPN", "NNP", "iPhone"},
		{"States", "PROPN", "NNPS", "State"},
		{"Americans", "PROPN", "NNPS", "American"},
		{"Iraqis", "PROPN", "NNPS", "Iraqi"},
		{"Species", "PROPN", "NNPS", "Species"},
		{"United", "ADJ", "NNP", "United"},

		// Verbs: -ed, with e-restoration, doubling and -ied.
		{"walked", "VERB", "VBD", "walk"},
		{"used", "VERB", "VBN", "use"},
		{"based", "VERB", "VBN", "base"},
		{"Attached", "VERB", "VBN", "attach"},
		{"created", "VERB", "VBD", "create"},
		{"evaluated", "VERB", "VBD", "evaluate"},
		{"treated", "VERB", "VBN", "treat"},
		{"waited", "VERB", "VBD", "wait"},
		{"caused", "VERB", "VBD", "cause"},
		{"received", "VERB", "VBD", "receive"},
		{"visited", "VERB", "VBD", "visit"},
		{"invited", "VERB", "VBN", "invite"},
		{"completed", "VERB", "VBN", "complete"},
		{"opened", "VERB", "VBD", "open"},
		{"offered", "VERB", "VBD", "offer"},
		{"shared", "VERB", "VBD", "share"},
		{"required", "VERB", "VBN", "require"},
		{"ignored", "VERB", "VBD", "ignore"},
		{"stored", "VERB", "VBN", "store"},
		{"colored", "VERB", "VBN", "color"},
		{"quoted", "VERB", "VBD", "quote"},
		{"guided", "VERB", "VBN", "guide"},
		{"handled", "VERB", "VBN", "handle"},
		{"curled", "VERB", "VBD", "curl"},
		{"changed", "VERB", "VBD", "change"},
		{"belonged", "VERB", "VBD", "belong"},
		{"judged", "VERB", "VBN", "judge"},
		{"forced", "VERB", "VBN", "force"},
		{"served", "VERB", "VBN", "serve"},
		{"defined", "VERB", "VBN", "define"},
		{"mentioned", "VERB", "VBN", "mention"},
		{"welcomed", "VERB", "VBD", "welcome"},
		{"hoped", "VERB", "VBD", "hope"},
		{"developed", "VERB", "VBN", "develop"},
		{"bathed", "VERB", "VBD", "bathe"},
		{"washed", "VERB", "VBD", "wash"},
		{"stopped", "VERB", "VBD", "stop"},
		{"planned", "VERB", "VBN", "plan"},
		{"occurred", "VERB", "VBD", "occur"},
		{"preferred", "VERB", "VBD", "prefer"},
		{"controlled", "VERB", "VBN", "control"},
		{"called", "VERB", "VBN", "call"},
		{"installed", "VERB", "VBN", "install"},
		{"added", "VERB", "VBD", "add"},
		{"passed", "VERB", "VBD", "pass"},
		{"tried", "VERB", "VBD", "try"},
		{"died", "VERB", "VBD", "die"},
		{"agreed", "VERB", "VBD", "agree"},
		{"continued", "VERB", "VBD", "continue"},
		{"played", "VERB", "VBD", "play"},
		{"echoed", "VERB", "VBD", "echo"},
		{"said", "VERB", "VBD", "say"},
		{"paid", "VERB", "VBN", "pay"},
		{"took", "VERB", "VBD", "take"},
		{"understood", "VERB", "VBD", "understand"},
		{"withheld", "VERB", "VBN", "withhold"},
		{"pre-made", "VERB", "VBN", "pre-make"},
		{"put", "VERB", "VBD", "put"},
		{"bed", "VERB", "VBD", "bed"},

		// Verbs: -ing.
		{"walking", "VERB", "VBG", "walk"},
		{"making", "VERB", "VBG", "make"},
		{"using", "VERB", "VBG", "use"},
		{"having", "VERB", "VBG", "have"},
		{"being", "AUX", "VBG", "be"},
		{"running", "VERB", "VBG", "run"},
		{"getting", "VERB", "VBG", "get"},
		{"beginning", "VERB", "VBG", "begin"},
		{"travelling", "VERB", "VBG", "travel"},
		{"calling", "VERB", "VBG", "call"},
		{"dying", "VERB", "VBG", "die"},
		{"trying", "VERB", "VBG", "try"},
		{"saying", "VERB", "VBG", "say"},
		{"seeing", "VERB", "VBG", "see"},
		{"going", "VERB", "VBG", "go"},
		{"continuing", "VERB", "VBG", "continue"},
		{"changing", "VERB", "VBG", "change"},
		{"bringing", "VERB", "VBG", "bring"},
		{"looking", "VERB", "VBG", "look"},
		{"coming", "VERB", "VBG", "come"},
		{"becoming", "VERB", "VBG", "become"},
		{"writing", "VERB", "VBG", "write"},
		{"requiring", "VERB", "VBG", "require"},
		{"leaving", "VERB", "VBG", "leave"},
		{"gon", "VERB", "VBG", "go"},

		// Verbs: -s and the irregular present.
		{"walks", "VERB", "VBZ", "walk"},
		{"tries", "VERB", "VBZ", "try"},
		{"dies", "VERB", "VBZ", "die"},
		{"watches", "VERB", "VBZ", "watch"},
		{"passes", "VERB", "VBZ", "pass"},
		{"goes", "VERB", "VBZ", "go"},
		{"uses", "VERB", "VBZ", "use"},
		{"is", "AUX", "VBZ", "be"},
		{"Is", "AUX", "VBZ", "be"},
		{"'s", "AUX", "VBZ", "be"},
		{"s", "AUX", "VBZ", "be"},
		{"'re", "AUX", "VBP", "be"},
		{"am", "AUX", "VBP", "be"},
		{"were", "AUX", "VBD", "be"},
		{"has", "AUX", "VBZ", "have"},
		{"'ve", "AUX", "VBP", "have"},
		{"'d", "AUX", "VBD", "have"},
		{"does", "AUX", "VBZ", "do"},
		{"did", "AUX", "VBD", "do"},
		{"walk", "VERB", "VBP", "walk"},
		{"Know", "VERB", "VB", "know"},

		// Modals.
		{"'ll", "AUX", "MD", "will"},
		{"wo", "AUX", "MD", "will"},
		{"ca", "AUX", "MD", "can"},
		{"'d", "AUX", "MD", "would"},
		{"Could", "AUX", "MD", "could"},

		// Comparatives and superlatives.
		{"bigger", "ADJ", "JJR", "big"},
		{"hottest", "ADJ", "JJS", "hot"},
		{"easier", "ADJ", "JJR", "easy"},
		{"happiest", "ADJ", "JJS", "happy"},
		{"larger", "ADJ", "JJR", "large"},
		{"latest", "ADJ", "JJS", "late"},
		{"simpler", "ADJ", "JJR", "simple"},
		{"cheaper", "ADJ", "JJR", "cheap"},
		{"greatest", "ADJ", "JJS", "great"},
		{"smaller", "ADJ", "JJR", "small"},
		{"younger", "ADJ", "JJR", "young"},
		{"stranger", "ADJ", "JJR", "strange"},
		{"freer", "ADJ", "JJR", "free"},
		{"better", "ADJ", "JJR", "good"},
		{"Best", "ADJ", "JJS", "good"},
		{"worse", "ADJ", "JJR", "bad"},
		{"more", "ADJ", "JJR", "more"},
		{"most", "ADJ", "JJS", "most"},
		{"least", "ADJ", "JJS", "least"},
		{"better", "ADV", "RBR", "well"},
		{"later", "ADV", "RBR", "late"},
		{"further", "ADV", "RBR", "far"},

		// Adjectives: lower case, but nationalities keep theirs.
		{"Good", "ADJ", "JJ", "good"},
		{"American", "ADJ", "JJ", "American"},
		{"Japanese", "ADJ", "JJ", "Japanese"},
		{"Iraqi", "ADJ", "JJ", "Iraqi"},
		{"AMERICAN", "ADJ", "JJ", "american"},

		// Pronouns, determiners, particles.
		{"I", "PRON", "PRP", "I"},
		{"i", "PRON", "PRP", "I"},
		{"me", "PRON", "PRP", "I"},
		{"Him", "PRON", "PRP", "he"},
		{"her", "PRON", "PRP", "she"},
		{"her", "PRON", "PRP$", "her"},
		{"My", "PRON", "PRP$", "my"},
		{"them", "PRON", "PRP", "they"},
		{"mine", "PRON", "PRP", "my"},
		{"'s", "PRON", "PRP", "we"},
		{"It", "PRON", "PRP", "it"},
		{"myself", "PRON", "PRP", "myself"},
		{"those", "PRON", "DT", "that"},
		{"The", "DET", "DT", "the"},
		{"an", "DET", "DT", "a"},
		{"An", "DET", "DT", "a"},
		{"these", "DET", "DT", "this"},
		{"n't", "PART", "RB", "not"},
		{"Not", "PART", "RB", "not"},
		{"nt", "PART", "RB", "not"},
		{"'s", "PART", "POS", "'s"},
		{"'", "PART", "POS", "'s"},
		{"’s", "PART", "POS", "'s"},
		{"To", "PART", "TO", "to"},
		{"na", "PART", "TO", "to"},
		{"If", "SCONJ", "IN", "if"},
		{"And", "CCONJ", "CC", "and"},
		{"Please", "INTJ", "UH", "please"},

		// Numbers, symbols, punctuation.
		{"200,000", "NUM", "CD", "200000"},
		{"3,202.61", "NUM", "CD", "3202.61"},
		{"1,2,3", "NUM", "CD", "123"},
		{"One", "NUM", "CD", "one"},
		{"II", "NUM", "CD", "II"},
		{"m", "NUM", "CD", "million"},
		{"USD", "SYM", "$", "USD"},
		{":D", "SYM", "NFP", ":d"},
		{"“", "PUNCT", "``", `"`},
		{"’", "PUNCT", "''", "'"},
		{"—", "PUNCT", ",", "-"},
		{"...", "PUNCT", ",", "..."},

		// No XPOS, other scripts, long forms.
		{"Dogs", "NOUN", "", "dog"},
		{"Walked", "VERB", "", "walked"},
		{"Éclairs", "NOUN", "NNS", "éclair"},
		{"Zürich", "PROPN", "NNP", "Zürich"},
		{strings.Repeat("Ab", 40) + "s", "NOUN", "NNS", strings.Repeat("ab", 40)},
		{"", "NOUN", "NN", ""},
	}
	var rules *Lemmatizer // nil: the rules alone
	for _, tt := range tests {
		if got := rules.Lemma(tt.form, tt.upos, tt.xpos); got != tt.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", tt.form, tt.upos, tt.xpos, got, tt.want)
		}
	}
}

// lemmaSample is a few sentences of EWT-style analyses, for tests and the
// benchmark that do not need the treebank.
var lemmaSample = []Sentence{
	{Words: []Word{
		{Form: "The", Lemma: "the", UPOS: "DET", XPOS: "DT"},
		{Form: "kids", Lemma: "kid", UPOS: "NOUN", XPOS: "NNS"},
		{Form: "were", Lemma: "be", UPOS: "AUX", XPOS: "VBD"},
		{Form: "playing", Lemma: "play", UPOS: "VERB", XPOS: "VBG"},
		{Form: "with", Lemma: "with", UPOS: "ADP", XPOS: "IN"},
		{Form: "their", Lemma: "their", UPOS: "PRON", XPOS: "PRP$"},
		{Form: "older", Lemma: "old", UPOS: "ADJ", XPOS: "JJR"},
		{Form: "cousins", Lemma: "cousin", UPOS: "NOUN", XPOS: "NNS"},
		{Form: "in", Lemma: "in", UPOS: "ADP", XPOS: "IN"},
		{Form: "Boston", Lemma: "Boston", UPOS: "PROPN", XPOS: "NNP"},
		{Form: ".", Lemma: ".", UPOS: "PUNCT", XPOS: "."},
	}},
	{Words: []Word{
		{Form: "We", Lemma: "we", UPOS: "PRON", XPOS: "PRP"},
		{Form: "met", Lemma: "meet", UPOS: "VERB", XPOS: "VBD"},
		{Form: "at", Lemma: "at", UPOS: "ADP", XPOS: "IN"},
		{Form: "3", Lemma: "3", UPOS: "NUM", XPOS: "CD"},
		{Form: "PM", Lemma: "p.m.", UPOS: "NOUN", XPOS: "NN"},
		{Form: "and", Lemma: "and", UPOS: "CCONJ", XPOS: "CC"},
		{Form: "talked", Lemma: "talk", UPOS: "VERB", XPOS: "VBD"},
		{Form: "about", Lemma: "about", UPOS: "ADP", XPOS: "IN"},
		{Form: "the", Lemma: "the", UPOS: "DET", XPOS: "DT"},
		{Form: "Palestinian", Lemma: "Palestinian", UPOS: "ADJ", XPOS: "JJ"},
		{Form: "elections", Lemma: "election", UPOS: "NOUN", XPOS: "NNS"},
		{Form: "etc", Lemma: "etc.", UPOS: "NOUN", XPOS: "FW"},
		{Form: "!", Lemma: "!", UPOS: "PUNCT", XPOS: "."},
	}},
	{Words: []Word{
		{Form: "It", Lemma: "it", UPOS: "PRON", XPOS: "PRP"},
		{Form: "'s", Lemma: "have", UPOS: "AUX", XPOS: "VBZ"},
		{Form: "been", Lemma: "be", UPOS: "AUX", XPOS: "VBN"},
		{Form: "raining", Lemma: "rain", UPOS: "VERB", XPOS: "VBG"},
		{Form: "since", Lemma: "since", UPOS: "ADP", XPOS: "IN"},
		{Form: "pm", Lemma: "p.m.", UPOS: "NOUN", XPOS: "NN"},
		{Form: ",", Lemma: ",", UPOS: "PUNCT", XPOS: ","},
		{Form: "so", Lemma: "so", UPOS: "ADV", XPOS: "RB"},
		{Form: "I", Lemma: "I", UPOS: "PRON", XPOS: "PRP"},
		{Form: "stayed", Lemma: "stay", UPOS: "VERB", XPOS: "VBD"},
		{Form: "inside", Lemma: "inside", UPOS: "ADV", XPOS: "RB"},
		{Form: "and", Lemma: "and", UPOS: "CCONJ", XPOS: "CC"},
		{Form: "read", Lemma: "read", UPOS: "VERB", XPOS: "VBD"},
		{Form: "Making", Lemma: "make", UPOS: "VERB", XPOS: "VBG"},
		{Form: "Movies", Lemma: "movie", UPOS: "NOUN", XPOS: "NNS"},
		{Form: "_", Lemma: "_", UPOS: "X", XPOS: "GW"},
	}},
}

func TestTrainLemmatizer(t *testing.T) {
	l := TrainLemmatizer(lemmaSample)
	// The rules miss "PM"/"pm" -> "p.m.", "etc" -> "etc." and "'s" -> "have";
	// one key covers both spellings of p.m.
	if got, want := l.Exceptions(), 3; got != want {
		t.Errorf("%d exceptions, want %d: %q", got, want, l.exc)
	}
	for _, s := range lemmaSample {
		for _, w := range s.Words {
			if got := l.Lemma(w.Form, w.UPOS, w.XPOS); got != w.Lemma && w.Lemma != "_" {
				t.Errorf("Lemma(%q, %s, %s) = %q, want %q", w.Form, w.UPOS, w.XPOS, got, w.Lemma)
			}
		}
	}
	if got := l.Lemma("Pm", "NOUN", "NN"); got != "p.m." {
		t.Errorf("exceptions are case-blind: Lemma(Pm) = %q, want p.m.", got)
	}
	if got := l.Lemma("'s", "AUX", "VBZ"); got != "have" {
		t.Errorf("Lemma('s, VBZ) = %q, want the learned have", got)
	}
}

func TestLemmatizerEncoding(t *testing.T) {
	a := TrainLemmatizer(lemmaSample)
	b := TrainLemmatizer(lemmaSample)
	var ba, bb bytes.Buffer
	n, err := a.WriteTo(&ba)
	if err != nil || n != int64(ba.Len()) {
		t.Fatalf("WriteTo = %d, %v; wrote %d bytes", n, err, ba.Len())
	}
	if _, err := b.WriteTo(&bb); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ba.Bytes(), bb.Bytes()) {
		t.Error("two trainings on the same sentences write different bytes")
	}
	c, err := ReadLemmatizer(bytes.NewReader(ba.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, c) {
		t.Errorf("read back %+v, want %+v", c, a)
	}
	var bc bytes.Buffer
	if _, err := c.WriteTo(&bc); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ba.Bytes(), bc.Bytes()) {
		t.Error("a read lemmatiser writes different bytes")
	}
	// Neither nil nor empty lemmatisers lose their way.
	var buf bytes.Buffer
	if _, err := (*Lemmatizer)(nil).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	e, err := ReadLemmatizer(&buf)
	if err != nil || e.Exceptions() != 0 || e.Lemma("dogs", "NOUN", "NNS") != "dog" {
		t.Errorf("empty lemmatiser: %+v, %v", e, err)
	}
}

func TestReadLemmatizerErrors(t *testing.T) {
	var good bytes.Buffer
	if _, err := TrainLemmatizer(lemmaSample).WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	// Every truncation of a good encoding is an error.
	for i := range good.Len() {
		if _, err := ReadLemmatizer(bytes.NewReader(good.Bytes()[:i])); !errors.Is(err, errLemmaFormat) {
			t.Fatalf("truncated to %d bytes: error %v, want errLemmaFormat", i, err)
		}
	}
	empty := lemMagic + "\x00\x00"
	tests := []struct {
		name, in, want string
	}{
		{"bad header", "dyad-lemma-9\n\x00\x00", "bad header"},
		{"trailing data", empty + "x", "trailing data"},
		{"too many entries", lemMagic + "\xff\xff\xff\xff\x0f", "exceptions: 4294967295 entries"},
		{"long string", lemMagic + "\x01\x00\xff\xff\x03", "exceptions: string of 65535 bytes"},
		{"key without tag", lemMagic + "\x01\x00\x02ab\x01c\x00", `key "ab" has no tag`},
		{"shared prefix too long", lemMagic + "\x00\x02\x00\x01a\x05\x01b", "vocabulary: entry 1 shares 5 bytes"},
		{"out of order", lemMagic + "\x00\x02\x00\x01b\x00\x01a", "vocabulary: entry 1 out of order"},
		{"duplicate", lemMagic + "\x00\x02\x00\x01a\x01\x00", "vocabulary: entry 1 out of order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadLemmatizer(strings.NewReader(tt.in))
			if !errors.Is(err, errLemmaFormat) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one with %q", err, tt.want)
			}
		})
	}
	if _, err := ReadLemmatizer(strings.NewReader(empty)); err != nil {
		t.Errorf("empty lemmatiser: %v", err)
	}
}

func FuzzReadLemmatizer(f *testing.F) {
	var good bytes.Buffer
	TrainLemmatizer(lemmaSample).WriteTo(&good)
	f.Add(good.Bytes())
	f.Add([]byte(lemMagic + "\x00\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		l, err := ReadLemmatizer(bytes.NewReader(in))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if _, err := l.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		back, err := ReadLemmatizer(&buf)
		if err != nil {
			t.Fatalf("reading what was written: %v", err)
		}
		if !reflect.DeepEqual(l, back) {
			t.Fatalf("read back %+v, want %+v", back, l)
		}
		l.Lemma("Walked", "VERB", "VBD")
	})
}

// TestLemmatizerDev trains on the EWT training set and measures lemma
// accuracy on the development set with gold tags, by the rules alone and
// with the learned exceptions.
func TestLemmatizerDev(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole treebank")
	}
	train := readCorpus(t, "train.conllu")
	dev := readCorpus(t, "dev.conllu")
	l := TrainLemmatizer(train)
	rules, exc := lemmaAccuracy(nil, dev), lemmaAccuracy(l, dev)
	var buf bytes.Buffer
	l.WriteTo(&buf)
	t.Logf("dev lemma accuracy with gold tags: rules %.4f, rules+exceptions %.4f (%d exceptions, %d bytes)",
		rules, exc, l.Exceptions(), buf.Len())
	if rules < 0.97 || exc < 0.985 {
		t.Errorf("dev lemma accuracy %.4f (rules) and %.4f (with exceptions), want at least 0.97 and 0.985", rules, exc)
	}
}

// lemmaAccuracy is the CoNLL 2018 lemma score of l on sents with gold tags.
func lemmaAccuracy(l *Lemmatizer, sents []Sentence) float64 {
	pred := make([]Sentence, len(sents))
	for i, s := range sents {
		pred[i].Words = make([]Word, len(s.Words))
		for j, w := range s.Words {
			pred[i].Words[j] = w
			pred[i].Words[j].Lemma = l.Lemma(w.Form, w.UPOS, w.XPOS)
		}
	}
	sc, err := Score(sents, pred)
	if err != nil {
		panic(err)
	}
	return sc.Lemma
}

func TestLemmaAllocs(t *testing.T) {
	l := TrainLemmatizer(lemmaSample)
	for _, w := range []struct{ form, upos, xpos string }{
		{"the", "DET", "DT"},       // as it is
		{"The", "DET", "DT"},       // lower-cased, in the vocabulary
		{"cousins", "NOUN", "NNS"}, // a prefix of the form
		{"Boston", "PROPN", "NNP"}, // proper noun
		{"were", "AUX", "VBD"},     // irregular
		{"PM", "NOUN", "NN"},       // exception
		{"Making", "VERB", "VBG"},  // built, in the vocabulary
		{"walked", "VERB", "VBD"},  // unseen, a prefix
	} {
		if n := testing.AllocsPerRun(100, func() { l.Lemma(w.form, w.upos, w.xpos) }); n != 0 {
			t.Errorf("Lemma(%q, %s, %s) allocates %.0f times", w.form, w.upos, w.xpos, n)
		}
	}
}

func BenchmarkLemma(b *testing.B) {
	l := TrainLemmatizer(lemmaSample)
	words := 0
	for _, s := range lemmaSample {
		words += len(s.Words)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range lemmaSample {
			for _, w := range s.Words {
				l.Lemma(w.Form, w.UPOS, w.XPOS)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
}

var _ io.WriterTo = (*Lemmatizer)(nil)

func FuzzLemma(f *testing.F) {
	for _, s := range lemmaSample {
		for _, w := range s.Words {
			f.Add(w.Form, uint8(0))
		}
	}
	f.Add("’s", uint8(1))
	f.Add("\u212a\u212as", uint8(2))
	tags := [][2]string{
		{"NOUN", "NNS"}, {"PROPN", "NNPS"}, {"VERB", "VBD"}, {"VERB", "VBG"},
		{"VERB", "VBZ"}, {"ADJ", "JJR"}, {"ADJ", "JJS"}, {"ADV", "RBR"},
		{"ADJ", "JJ"}, {"NUM", "CD"}, {"PRON", "PRP"}, {"NOUN", "NN"},
	}
	l := TrainLemmatizer(lemmaSample)
	f.Fuzz(func(t *testing.T, form string, tag uint8) {
		tg := tags[int(tag)%len(tags)]
		lem := l.Lemma(form, tg[0], tg[1])
		if form != "" && lem == "" {
			t.Errorf("Lemma(%q, %s, %s) is empty", form, tg[0], tg[1])
		}
	})
}
