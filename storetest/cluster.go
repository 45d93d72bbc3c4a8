package storetest

import (
	"context"
	"fmt"
	"slices"
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

// Dedup runs the conformance suite of EventFilter.Dedup and
// TimelineQuery.Dedup: three copies of one story in one cluster, each with
// the same event, and a fourth with an event of its own; with Dedup the
// shared event counts once. open returns a new, empty store; Dedup closes
// it.
func Dedup(t *testing.T, open func(t *testing.T) dyad.Store) {
	st := open(t)
	defer st.Close()
	cs, ok := st.(dyad.ClusterStore)
	if !ok {
		t.Fatalf("%T is not a dyad.ClusterStore", st)
	}
	ctx := context.Background()
	text := "Russian forces shelled the border town on Monday. Officials said the attack lasted hours."
	var batch []*dyad.Analysis
	for i, id := range []string{"d1", "d2", "d3"} {
		b := newBuilder(id, "2024-05-20", "Shelling", text+strings.Repeat(" Update.", i)).
			event("shelled", dyad.Event{Date: "2024-05-20", Source: "RUSMIL", Target: "UKR", Code: "190", Quad: 4, Goldstein: -10})
		if i == 2 { // the third copy also reports a second event
			b.event("attack", dyad.Event{Date: "2024-05-20", Source: "RUSMIL", Target: "UKR", Code: "180", Quad: 4, Goldstein: -9})
		}
		batch = append(batch, b.a)
	}
	ids := []string{"d1", "d2", "d3"}
	sigs := []dyad.Signature{dyad.MinHash(text), dyad.MinHash(text), dyad.MinHash(text)}
	if got, err := cs.AssignClusters(ctx, ids, sigs); err != nil || fmt.Sprint(got) != "[d1 d1 d1]" {
		t.Fatalf("AssignClusters = %v, %v", got, err)
	}
	if _, err := st.Put(ctx, batch); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		dedup bool
		want  []string
	}{
		{false, []string{"d1 190", "d2 190", "d3 180", "d3 190"}},
		{true, []string{"d1 190", "d3 180"}},
	} {
		evs, err := st.Events(ctx, dyad.EventFilter{Actor: "RUS", Dedup: tc.dedup, Limit: 0})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.ArticleID+" "+e.Code)
		}
		slices.Sort(got)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("Events with Dedup %v: %v, want %v", tc.dedup, got, tc.want)
		}
		tl, err := st.Timeline(ctx, dyad.TimelineQuery{A: "RUS", B: "UKR", By: "day", Dedup: tc.dedup})
		if err != nil {
			t.Fatal(err)
		}
		if len(tl) != 1 || tl[0].Events != len(tc.want) {
			t.Errorf("Timeline with Dedup %v: %+v, want %d events", tc.dedup, tl, len(tc.want))
		}
	}
}
