package evaluate

import (
	"reflect"
	"strings"
	"testing"
)

const conllSample = `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O
to TO B-VP O
boycott VB I-VP O
British JJ B-NP B-MISC
lamb NN I-NP O
. . O O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER
in IN O O
New NNP B-NP B-LOC
York NNP I-NP I-LOC
`

func TestReadCoNLL(t *testing.T) {
	sents, err := ReadCoNLL("sample", strings.NewReader(conllSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("%d sentences", len(sents))
	}
	if sents[1].Text != "Peter Blackburn in New York" {
		t.Errorf("text %q", sents[1].Text)
	}
	want := []Entity{{"PER", 0, 2}, {"LOC", 3, 5}}
	if !reflect.DeepEqual(sents[1].Gold, want) {
		t.Errorf("gold %+v, want %+v", sents[1].Gold, want)
	}
	if from, to, ok := sents[1].TokenSpan(19, 27); !ok || from != 3 || to != 5 {
		t.Errorf("TokenSpan(New York) = %d %d %v", from, to, ok)
	}
	if _, _, ok := sents[1].TokenSpan(20, 27); ok {
		t.Error("a span starting inside a token mapped to tokens")
	}
	if _, err := ReadCoNLL("bad", strings.NewReader("token\n")); err == nil || !strings.Contains(err.Error(), "bad:1:") {
		t.Errorf("bad line: %v", err)
	}
}

func TestEntitiesFromTags(t *testing.T) {
	tests := []struct {
		tags []string
		want []Entity
	}{
		{[]string{"I-PER", "I-PER", "O", "I-LOC"}, []Entity{{"PER", 0, 2}, {"LOC", 3, 4}}}, // IOB1
		{[]string{"B-PER", "B-PER"}, []Entity{{"PER", 0, 1}, {"PER", 1, 2}}},
		{[]string{"I-ORG", "I-LOC"}, []Entity{{"ORG", 0, 1}, {"LOC", 1, 2}}},
		{[]string{"O"}, nil},
	}
	for _, tt := range tests {
		if got := entitiesFromTags(tt.tags); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%v: got %+v, want %+v", tt.tags, got, tt.want)
		}
	}
}

func TestScoreNER(t *testing.T) {
	sents, _ := ReadCoNLL("sample", strings.NewReader(conllSample))
	pred := [][]Entity{
		{{"ORG", 0, 1}, {"LOC", 2, 3}}, // right, then a false LOC
		{{"PER", 0, 1}, {"LOC", 3, 5}}, // wrong end, right
	}
	s := ScoreNER(sents, pred)
	if m := s.Micro; m.TP != 2 || m.FP != 2 || m.FN != 1 {
		t.Errorf("micro %+v", m)
	}
	if m := s.Types["PER"]; m.TP != 0 || m.FP != 1 || m.FN != 1 || m.F1 != 0 {
		t.Errorf("PER %+v", m)
	}
	if m := s.Types["ORG"]; m.F1 != 1 {
		t.Errorf("ORG %+v", m)
	}
}
