package serve

import (
	"sync"
	"time"
)

// answerCache keeps recent answers by request, and lets identical requests
// in flight share one call: under load, many clients asking the same
// aggregate cost one query.
type answerCache struct {
	limit    int // answers
	maxBytes int // their total size, as the answers that have a size() tell it
	bytes    int

	mu       sync.Mutex
	done     map[string]answer
	inFlight map[string]*flight
}

type answer struct {
	v       any
	size    int
	expires time.Time
}

// sizeOf is the size of an answer that tells it (*file), else 0.
func sizeOf(v any) int {
	if s, ok := v.(interface{ size() int }); ok {
		return s.size()
	}
	return 0
}

type flight struct {
	wg  sync.WaitGroup
	v   any
	err error
}

func newAnswerCache(limit, maxBytes int) *answerCache {
	return &answerCache{limit: limit, maxBytes: maxBytes, done: map[string]answer{}, inFlight: map[string]*flight{}}
}

// do returns the answer kept for key, or waits for the call in flight for
// it, or calls fn and keeps its answer for keep when it succeeds.
func (c *answerCache) do(key string, keep time.Duration, fn func() (any, error)) (any, error) {
	now := time.Now()
	c.mu.Lock()
	if a, ok := c.done[key]; ok && now.Before(a.expires) {
		c.mu.Unlock()
		return a.v, nil
	}
	if f, ok := c.inFlight[key]; ok {
		c.mu.Unlock()
		f.wg.Wait()
		if f.err != nil {
			// The first caller's failure (its time limit, say) is not
			// this caller's: it asks again itself.
			return fn()
		}
		return f.v, nil
	}
	f := &flight{}
	f.wg.Add(1)
	c.inFlight[key] = f
	c.mu.Unlock()

	f.v, f.err = fn()
	c.mu.Lock()
	delete(c.inFlight, key)
	if size := sizeOf(f.v); f.err == nil && size <= c.maxBytes {
		if old, ok := c.done[key]; ok {
			delete(c.done, key)
			c.bytes -= old.size
		}
		// Forget expired answers, and others (in no order) until the new
		// one fits.
		for k, a := range c.done {
			if now.After(a.expires) || len(c.done) >= c.limit || c.bytes+size > c.maxBytes {
				delete(c.done, k)
				c.bytes -= a.size
			}
		}
		c.done[key] = answer{f.v, size, time.Now().Add(keep)}
		c.bytes += size
	}
	c.mu.Unlock()
	f.wg.Done()
	return f.v, f.err
}

// clear forgets every answer kept.
func (c *answerCache) clear() {
	c.mu.Lock()
	c.done = map[string]answer{}
	c.bytes = 0
	c.mu.Unlock()
}
