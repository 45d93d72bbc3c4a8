package postgres

import (
	"testing"

	"dyad"
	"dyad/storetest"
)

func TestWatchConformance(t *testing.T) {
	serverURL(t)
	storetest.Watch(t, func(t *testing.T) dyad.Store { return openFresh(t) })
}
