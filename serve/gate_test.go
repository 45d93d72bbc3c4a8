package serve

import (
	"context"
	"testing"
	"time"
)

// TestGate: a place freed goes to the light request waiting before the
// heavy ones, heavy requests stay within their bound, and a request that
// gives up waiting leaves the queue.
func TestGate(t *testing.T) {
	ctx := context.Background()
	g := newGate(2, 1, time.Hour)
	if err := g.enter(ctx, true); err != nil {
		t.Fatal(err)
	}
	if err := g.enter(ctx, false); err != nil {
		t.Fatal(err)
	}
	// Full: a heavy request, then a light one, then a heavy one wait.
	order := make(chan string, 3)
	wait := func(name string, heavy bool) {
		g.mu.Lock()
		queued := len(g.light) + len(g.heavy)
		g.mu.Unlock()
		go func() {
			if err := g.enter(ctx, heavy); err != nil {
				t.Error(err)
			}
			order <- name
		}()
		for {
			g.mu.Lock()
			n := len(g.light) + len(g.heavy)
			g.mu.Unlock()
			if n > queued {
				return
			}
		}
	}
	wait("heavy 1", true)
	wait("light", false)
	wait("heavy 2", true)
	// A light place freed: the light request goes first, though it came
	// after heavy 1; heavy 1 still waits for the heavy place.
	g.leave(false)
	if got := <-order; got != "light" {
		t.Fatalf("first in: %s, want light", got)
	}
	g.leave(false) // the light request's place: no heavy place is free
	g.mu.Lock()
	if g.free != 1 || len(g.heavy) != 2 {
		t.Errorf("free %d, heavy waiting %d; want 1 and 2", g.free, len(g.heavy))
	}
	g.mu.Unlock()
	g.leave(true)
	if got := <-order; got != "heavy 1" {
		t.Fatalf("then: %s, want heavy 1", got)
	}
	// A request that gives up leaves the queue.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := g.enter(cctx, true); err != context.Canceled {
		t.Errorf("cancelled while waiting: %v", err)
	}
	g.mu.Lock()
	if len(g.heavy) != 1 {
		t.Errorf("%d heavy waiting, want 1 (heavy 2)", len(g.heavy))
	}
	g.mu.Unlock()
	g.leave(true)
	if got := <-order; got != "heavy 2" {
		t.Fatalf("last: %s, want heavy 2", got)
	}
}

// TestGatePatience: a heavy request that has waited its patience goes
// before the light ones.
func TestGatePatience(t *testing.T) {
	g := newGate(1, 1, 0)
	if err := g.enter(context.Background(), false); err != nil {
		t.Fatal(err)
	}
	heavy := waiter{make(chan struct{}), time.Now()}
	light := waiter{make(chan struct{}), time.Now()}
	g.mu.Lock()
	g.heavy, g.light = append(g.heavy, heavy), append(g.light, light)
	g.mu.Unlock()
	g.leave(false)
	select {
	case <-heavy.ch:
	default:
		t.Fatal("the heavy request past its patience was not let in first")
	}
	select {
	case <-light.ch:
		t.Fatal("the light request was let in with no place free")
	default:
	}
}
