package dyad

import "testing"

func TestMinHash(t *testing.T) {
	story := "Fisheries ministers from the coastal states met in Brussels on Thursday to discuss next year's quotas for cod, " +
		"haddock and herring. No agreement was reached after eleven hours of talks, and the meeting will resume in June, " +
		"officials said. Scientists have advised cuts of up to a fifth in the northern stocks, which fishing communities " +
		"say would cost hundreds of jobs. The commission proposed a smaller cut for the southern waters, where stocks " +
		"have recovered since a ban on trawling near the coast was introduced four years ago."
	copyEdited := "BRUSSELS (Harbour Wire) - " + story + " Additional reporting by Ana Soto."
	other := "The central bank left its main interest rate unchanged at 4.25 percent on Wednesday, saying inflation was " +
		"falling more slowly than it had expected in the spring. Governor Lena Fabre said the bank was ready to cut " +
		"rates later in the year if wage growth eased, but warned that energy prices remained a risk."
	a, b, c := MinHash(story), MinHash(copyEdited), MinHash(other)
	if s := a.Similarity(b); s < NearDuplicate {
		t.Errorf("an edited copy is %.2f alike, want at least %.2f", s, NearDuplicate)
	}
	if s := a.Similarity(c); s > 0.2 {
		t.Errorf("another story is %.2f alike", s)
	}
	shared := false
	for i, k := range a.Bands() {
		if b.Bands()[i] == k {
			shared = true
		}
		if c.Bands()[i] == k {
			t.Errorf("another story shares band %d", i)
		}
	}
	if !shared {
		t.Errorf("the copy shares no band")
	}
	if MinHash("Talks resume") != MinHash("talks, resume!") {
		t.Error("case and punctuation change the signature")
	}
	if s, ok := SignatureFrom(a.Bytes()); !ok || s != a {
		t.Error("Bytes and SignatureFrom do not round-trip")
	}
	if _, ok := SignatureFrom([]byte{1, 2}); ok {
		t.Error("SignatureFrom took 2 bytes")
	}
}

// TestNearest: the cluster of the most similar candidate at least
// NearDuplicate alike, the smallest cluster on a tie, in any order; the
// article's own ID when none is.
func TestNearest(t *testing.T) {
	var sig Signature
	for i := range sig {
		sig[i] = uint32(i + 1)
	}
	alike := func(same int) []byte { // a signature sharing the first same hashes
		o := sig
		for i := same; i < MinHashes; i++ {
			o[i] = 1000 + uint32(i)
		}
		return o.Bytes()
	}
	type cand struct {
		raw     []byte
		cluster string
	}
	for _, tc := range []struct {
		name  string
		cands []cand
		want  string
	}{
		{"none", nil, "a"},
		{"too far", []cand{{alike(20), "b"}}, "a"},
		{"near enough", []cand{{alike(23), "b"}}, "b"},
		{"the nearest", []cand{{alike(24), "b"}, {alike(30), "c"}, {alike(26), "d"}}, "c"},
		{"a tie: the smaller cluster", []cand{{alike(28), "d"}, {alike(28), "c"}}, "c"},
		{"not a signature", []cand{{[]byte{1, 2, 3}, "b"}}, "a"},
	} {
		for _, order := range []bool{false, true} {
			n := NewNearest("a", sig)
			for i := range tc.cands {
				c := tc.cands[i]
				if order {
					c = tc.cands[len(tc.cands)-1-i]
				}
				n.Consider(c.raw, c.cluster)
			}
			if got := n.Cluster(); got != tc.want {
				t.Errorf("%s (reversed %v): %q, want %q", tc.name, order, got, tc.want)
			}
		}
	}
}
