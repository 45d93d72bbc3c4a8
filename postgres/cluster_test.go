package postgres

import (
	"testing"

	"dyad"
	"dyad/storetest"
)

func TestClusterConformance(t *testing.T) {
	serverURL(t)
	storetest.Clusters(t, func(t *testing.T) dyad.Store { return openFresh(t) })
}

func TestDedupConformance(t *testing.T) {
	serverURL(t)
	storetest.Dedup(t, func(t *testing.T) dyad.Store { return openFresh(t) })
}
