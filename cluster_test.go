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
