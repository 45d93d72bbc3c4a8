package serve

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestAnswerCache(t *testing.T) {
	c := newAnswerCache(50*time.Millisecond, 2)
	var calls atomic.Int32
	release := make(chan struct{})
	slow := func() (any, error) { calls.Add(1); <-release; return "v", nil }
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v, err := c.do("k", slow); v != "v" || err != nil {
				t.Errorf("do = %v, %v", v, err)
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("10 identical requests made %d calls, want 1", n)
	}
	c.do("k", slow) // kept
	if n := calls.Load(); n != 1 {
		t.Errorf("a kept answer was asked again: %d calls", n)
	}
	time.Sleep(60 * time.Millisecond)
	c.do("k", slow) // expired
	if n := calls.Load(); n != 2 {
		t.Errorf("an expired answer was not asked again: %d calls", n)
	}
	fail := errors.New("boom")
	if _, err := c.do("e", func() (any, error) { return nil, fail }); err != fail {
		t.Errorf("error %v", err)
	}
	if v, _ := c.do("e", func() (any, error) { return "ok", nil }); v != "ok" {
		t.Errorf("a failure was kept: %v", v)
	}
	c.do("x", slow)
	c.do("y", slow)
	if len(c.done) > 2 {
		t.Errorf("%d answers kept, limit 2", len(c.done))
	}
	c.clear()
	if len(c.done) != 0 {
		t.Errorf("clear left %d", len(c.done))
	}
}
