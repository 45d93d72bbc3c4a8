package serve

import (
	"context"
	"sync"
	"time"
)

// gate admits requests to be answered: at most size at once, of which at
// most heavySize heavy ones. A light request (an event page, a timeline,
// an article) waiting goes before every heavy one waiting (a search, the
// actors, a network), and each kind goes in order of arrival. Under load
// the heavy requests wait, and the light ones, which an analyst clicking
// through a pair view waits for, keep answering fast; a heavy request
// still goes ahead whenever no light one waits, and there always is room
// for a light one beside the heavy ones. So that a stream of light
// requests cannot keep a heavy one waiting until its time limit, a heavy
// request that has waited patience goes before the light ones.
type gate struct {
	mu           sync.Mutex
	free         int // places left
	heavyFree    int // places left to heavy requests
	patience     time.Duration
	light, heavy []waiter
}

type waiter struct {
	ch    chan struct{}
	since time.Time
}

func newGate(size, heavySize int, patience time.Duration) *gate {
	return &gate{free: size, heavyFree: min(heavySize, size), patience: patience}
}

// enter waits for a place, until ctx ends (its error is returned then).
func (g *gate) enter(ctx context.Context, heavy bool) error {
	g.mu.Lock()
	if g.free > 0 && len(g.light) == 0 && (!heavy || g.heavyFree > 0 && len(g.heavy) == 0) {
		g.take(heavy)
		g.mu.Unlock()
		return nil
	}
	ch := make(chan struct{})
	if heavy {
		g.heavy = append(g.heavy, waiter{ch, time.Now()})
	} else {
		g.light = append(g.light, waiter{ch, time.Now()})
	}
	g.mu.Unlock()
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
	}
	g.mu.Lock()
	select {
	case <-ch: // given a place meanwhile: give it back
		g.mu.Unlock()
		g.leave(heavy)
	default:
		if heavy {
			g.heavy = remove(g.heavy, ch)
		} else {
			g.light = remove(g.light, ch)
		}
		g.mu.Unlock()
	}
	return ctx.Err()
}

// leave gives back the place of a request that entered.
func (g *gate) leave(heavy bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.free++
	if heavy {
		g.heavyFree++
	}
	for g.free > 0 {
		heavyNext := len(g.heavy) > 0 && g.heavyFree > 0
		switch {
		case heavyNext && time.Since(g.heavy[0].since) >= g.patience:
			g.admit(&g.heavy, true)
		case len(g.light) > 0:
			g.admit(&g.light, false)
		case heavyNext:
			g.admit(&g.heavy, true)
		default:
			return
		}
	}
}

// admit lets in the first request of q.
func (g *gate) admit(q *[]waiter, heavy bool) {
	ch := (*q)[0].ch
	*q = (*q)[1:]
	g.take(heavy)
	close(ch)
}

func (g *gate) take(heavy bool) {
	g.free--
	if heavy {
		g.heavyFree--
	}
}

func remove(q []waiter, ch chan struct{}) []waiter {
	for i, w := range q {
		if w.ch == ch {
			return append(q[:i], q[i+1:]...)
		}
	}
	return q
}
