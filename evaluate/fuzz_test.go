package evaluate

import (
	"strings"
	"testing"
)

func FuzzReadCoNLL(f *testing.F) {
	f.Add(conllSample)
	f.Add("a B-PER\n\nb I-ORG\nc I-ORG\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLL("fuzz", strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			for _, tok := range s.Tokens {
				if tok[0] < 0 || tok[0] > tok[1] || tok[1] > len(s.Text) {
					t.Fatalf("token span %v outside %q", tok, s.Text)
				}
			}
			for _, e := range s.Gold {
				if e.Start < 0 || e.Start >= e.End || e.End > len(s.Tokens) {
					t.Fatalf("entity %+v outside %d tokens", e, len(s.Tokens))
				}
			}
		}
	})
}

func FuzzReadGold(f *testing.F) {
	f.Add(`{"id":"x","text":"a","expected":[{"source":"A","target":"B","code":"01"}]}` + "\n")
	f.Add("{\n")
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := ReadGold("fuzz", strings.NewReader(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		var s EventScore
		for _, r := range recs {
			s.Add(r.Expected, r.Expected)
		}
		if len(recs) > 0 && s.RecordAccuracy != 1 {
			t.Fatalf("scoring gold against itself: accuracy %v", s.RecordAccuracy)
		}
	})
}
