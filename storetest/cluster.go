package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"dyad"
)

// Clusters runs the conformance suite of [dyad.ClusterStore]: copies of a
// story, within one call and across calls, get the cluster of the first;
// other stories get their own; an article keeps its cluster. open returns
// a new, empty store; Clusters closes it.
func Clusters(t *testing.T, open func(t *testing.T) dyad.Store) {
	st := open(t)
	defer st.Close()
	cs, ok := st.(dyad.ClusterStore)
	if !ok {
		t.Fatalf("%T is not a dyad.ClusterStore", st)
	}
	ctx := context.Background()
	base := "Fisheries ministers from the coastal states met in Brussels on Thursday to discuss next year's quotas for cod, " +
		"haddock and herring. No agreement was reached after eleven hours of talks, and the meeting will resume in June, " +
		"officials said. Scientists have advised cuts of up to a fifth in the northern stocks, which fishing communities " +
		"say would cost hundreds of jobs."
	other := func(i int) string {
		return strings.Repeat(fmt.Sprintf("Story %d tells of something else entirely, word %d after word. ", i, i*7), 4)
	}
	ids := []string{"wire", "other1", "copy1"}
	sigs := []dyad.Signature{dyad.MinHash(base), dyad.MinHash(other(1)), dyad.MinHash("BRUSSELS (Harbour Wire) - " + base)}
	got, err := cs.AssignClusters(ctx, ids, sigs)
	if want := []string{"wire", "other1", "wire"}; err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("AssignClusters = %v, %v; want %v", got, err, want)
	}
	got, err = cs.AssignClusters(ctx, []string{"copy2", "other2", "wire"},
		[]dyad.Signature{dyad.MinHash(base + " Additional reporting by Ana Soto."), dyad.MinHash(other(2)), dyad.MinHash(other(3))})
	if want := []string{"wire", "other2", "wire"}; err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("second AssignClusters = %v, %v; want %v (an article keeps its cluster)", got, err, want)
	}
	m, err := cs.Clusters(ctx, []string{"wire", "copy1", "copy2", "other1", "nope"})
	if err != nil || len(m) != 4 || m["copy2"] != "wire" || m["other1"] != "other1" {
		t.Errorf("Clusters = %v, %v", m, err)
	}
	if _, err := cs.AssignClusters(ctx, []string{"a"}, nil); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("mismatched lengths: %v, want EINVALID", err)
	}
}
