package sqlite

import (
	"testing"

	"dyad"
	"dyad/storetest"
)

func TestClusterConformance(t *testing.T) {
	storetest.Clusters(t, func(t *testing.T) dyad.Store { return openTemp(t) })
}

func TestDedupConformance(t *testing.T) {
	storetest.Dedup(t, func(t *testing.T) dyad.Store { return openTemp(t) })
}
