package sqlite

import (
	"testing"

	"dyad"
	"dyad/storetest"
)

func TestWatchConformance(t *testing.T) {
	storetest.Watch(t, func(t *testing.T) dyad.Store { return openTemp(t) })
}
