package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// words builds a parse from "form/UPOS/XPOS>HEAD:REL" items, heads from 0
// (-1 for the root).
func words(t *testing.T, s string) []Word {
	t.Helper()
	var ws []Word
	for _, it := range strings.Fields(s) {
		var w Word
		form, arc, ok := strings.Cut(it, ">")
		tags := strings.Split(form, "/")
		if !ok || len(tags) != 3 {
			t.Fatalf("bad item %q", it)
		}
		head, rel, _ := strings.Cut(arc, ":")
		if _, err := fmt.Sscan(head, &w.Head); err != nil {
			t.Fatalf("bad head in %q", it)
		}
		w.Form, w.UPOS, w.XPOS, w.Rel = tags[0], tags[1], tags[2], rel
		ws = append(ws, w)
	}
	return ws
}

func arcs(ws []Word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s>%d:%s", w.Form, w.Head, w.Rel)
	}
	return b.String()
}

func TestMainClause(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"subject read as the root",
			"Farmers/NOUN/NNS>-1:root protested/VERB/VBD>0:acl in/ADP/IN>3:case Multan/PROPN/NNP>1:obl ./PUNCT/.>0:punct",
			"Farmers>1:nsubj protested>-1:root in>3:case Multan>1:obl .>1:punct"},
		{"the verb describes a word of the root's phrase",
			"Hundreds/NOUN/NNS>-1:root of/ADP/IN>2:case farmers/NOUN/NNS>0:nmod protested/VERB/VBN>2:acl ./PUNCT/.>0:punct",
			"Hundreds>3:nsubj of>2:case farmers>0:nmod protested>-1:root .>3:punct"},
		{"a participle with its agent is a reduced relative",
			"Tankers/NOUN/NNS>-1:root escorted/VERB/VBN>0:acl by/ADP/IN>3:case warships/NOUN/NNS>1:obl:agent ./PUNCT/.>0:punct",
			""},
		{"an -ing form is one too",
			"Pictures/NOUN/NNS>-1:root showing/VERB/VBG>0:acl the/DET/DT>3:det attack/NOUN/NN>1:obj",
			""},
		{"a verb root stays",
			"Police/NOUN/NNS>1:nsubj fired/VERB/VBD>-1:root shots/NOUN/NNS>1:obj",
			""},
		{"the verb read as an adjective of its object",
			"Syrian/ADJ/JJ>1:amod troops/NOUN/NNS>-1:root shelled/VERB/VBN>4:amod rebel/NOUN/NN>4:compound positions/NOUN/NNS>1:obj near/ADP/IN>6:case Aleppo/PROPN/NNP>4:nmod ./PUNCT/.>1:punct",
			"Syrian>1:amod troops>2:nsubj shelled>-1:root rebel>4:compound positions>2:obj near>6:case Aleppo>4:nmod .>2:punct"},
		{"after a relative clause of the subject",
			"The/DET/DT>1:det strike/NOUN/NN>-1:root ,/PUNCT/,>4:punct which/PRON/WDT>4:nsubj began/VERB/VBD>1:acl:relcl ,/PUNCT/,>1:punct halted/VERB/VBD>7:amod traffic/NOUN/NN>1:appos ./PUNCT/.>1:punct",
			"The>1:det strike>6:nsubj ,>4:punct which>4:nsubj began>1:acl:relcl ,>1:punct halted>-1:root traffic>6:obj .>6:punct"},
		{"a participle after a determiner describes its noun",
			"Prices/NOUN/NNS>-1:root of/ADP/IN>4:case the/DET/DT>4:det slaughtered/VERB/VBN>4:amod pigs/NOUN/NNS>0:nmod",
			""},
		{"a participle after a preposition describes its noun",
			"Imports/NOUN/NNS>-1:root of/ADP/IN>3:case processed/VERB/VBN>3:amod foods/NOUN/NNS>0:nmod",
			""},
		{"a finite verb hung on the root as a parataxis",
			"Negotiations/NOUN/NNS>-1:root ,/PUNCT/,>3:punct which/PRON/WDT>3:nsubj continued/VERB/VBD>0:acl:relcl ,/PUNCT/,>5:punct ended/VERB/VBD>0:parataxis Saturday/PROPN/NNP>5:obl:tmod ./PUNCT/.>0:punct",
			"Negotiations>5:nsubj ,>3:punct which>3:nsubj continued>0:acl:relcl ,>5:punct ended>-1:root Saturday>5:obl:tmod .>5:punct"},
		{"a past tense read as a participle joined to the relative clause",
			"The/DET/DT>1:det officials/NOUN/NNS>-1:root ,/PUNCT/,>4:punct who/PRON/WP>4:nsubj asked/VERB/VBD>1:acl:relcl ,/PUNCT/,>6:punct said/VERB/VBN>4:conj yesterday/NOUN/NN>6:obl:unmarked ./PUNCT/.>1:punct",
			"The>1:det officials>6:nsubj ,>4:punct who>4:nsubj asked>1:acl:relcl ,>6:punct said>-1:root yesterday>6:obl:unmarked .>6:punct"},
		{"a participle joined to a verb with an auxiliary shares it",
			"Two/NUM/CD>1:nummod men/NOUN/NNS>-1:root ,/PUNCT/,>5:punct who/PRON/WP>5:nsubj:pass were/AUX/VBD>5:aux:pass arrested/VERB/VBN>1:acl:relcl and/CCONJ/CC>7:cc charged/VERB/VBN>5:conj",
			""},
		{"a verb joined to a nominal predicate shares its subject",
			"Kuroda/PROPN/NNP>2:nsubj is/AUX/VBZ>2:cop minister/NOUN/NN>-1:root and/CCONJ/CC>4:cc heads/VERB/VBZ>2:conj talks/NOUN/NNS>4:obj",
			""},
		{"a verb in a complement clause is not the sentence's",
			"Plans/NOUN/NNS>-1:root for/ADP/IN>2:case talks/NOUN/NNS>0:nmod he/PRON/PRP>4:nsubj said/VERB/VBD>2:acl:relcl failed/VERB/VBD>4:ccomp",
			""},
		{"a verb with its own subject is a clause of its own",
			"Reports/NOUN/NNS>-1:root Iran/PROPN/NNP>2:nsubj attacked/VERB/VBD>0:acl",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws := words(t, tc.in)
			before := arcs(ws)
			changed := mainClause(ws)
			want := tc.want
			if want == "" {
				want = before
			}
			if got := arcs(ws); got != want || changed != (tc.want != "") {
				t.Errorf("changed %v\n got  %s\n want %s", changed, got, want)
			}
			if err := tree(ws, len(ws)); err != nil {
				t.Errorf("not a tree: %v", err)
			}
		})
	}
}

func TestVerbless(t *testing.T) {
	verbs := map[string]bool{"set": true, "rose": true, "fire": true, "claims": true}
	verb := func(f string) bool { return verbs[strings.ToLower(f)] }
	for _, tc := range []struct {
		name, in string
		want     int
	}{
		{"a verb read as an adjective",
			"Militants/NOUN/NNS>-1:root set/ADJ/JJ>2:amod fire/NOUN/NN>0:obj to/ADP/IN>4:case schools/NOUN/NNS>0:nmod",
			1},
		{"a verb read as a noun after the subject's phrase",
			"Claims/NOUN/NNS>-1:root on/ADP/IN>2:case Fund/PROPN/NNP>0:nmod rose/NOUN/NN>0:dep",
			-1}, // the phrase of the subject ends at its preposition: no guess past it
		{"the first word a verb may be",
			"Prices/NOUN/NNS>-1:root rose/NOUN/NN>0:compound fire/NOUN/NN>0:dep",
			1},
		{"a sentence with a verb",
			"Militants/NOUN/NNS>1:nsubj set/VERB/VBD>-1:root fire/NOUN/NN>1:obj",
			-1},
		{"an auxiliary is a verb",
			"Militants/NOUN/NNS>-1:root are/AUX/VBP>0:cop set/ADJ/JJ>0:amod",
			-1},
		{"a capitalised word is a name",
			"Militants/NOUN/NNS>-1:root Set/PROPN/NNP>0:flat",
			-1},
		{"a root that is no noun",
			"Set/ADJ/JJ>-1:root fire/NOUN/NN>0:obj",
			-1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := verbless(words(t, tc.in), verb); got != tc.want {
				t.Errorf("verbless = %d, want %d", got, tc.want)
			}
		})
	}
}
