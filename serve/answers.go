package serve

import (
	"sync"
	"time"
)

// answerCache keeps recent answers by request, and lets identical requests
// in flight share one call: under load, many clients asking the same
// aggregate cost one query.
type answerCache struct {
	limit int

	mu       sync.Mutex
	done     map[string]answer
	inFlight map[string]*flight
}

type answer struct {
	v       any
	expires time.Time
}

type flight struct {
	wg  sync.WaitGroup
	v   any
	err error
}

func newAnswerCache(limit int) *answerCache {
	return &answerCache{limit: limit, done: map[string]answer{}, inFlight: map[string]*flight{}}
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
	if f.err == nil {
		if len(c.done) >= c.limit {
			for k, a := range c.done {
				if now.After(a.expires) || len(c.done) >= c.limit {
					delete(c.done, k)
				}
			}
		}
		c.done[key] = answer{f.v, time.Now().Add(keep)}
	}
	c.mu.Unlock()
	f.wg.Done()
	return f.v, f.err
}

// clear forgets every answer kept.
func (c *answerCache) clear() {
	c.mu.Lock()
	c.done = map[string]answer{}
	c.mu.Unlock()
}
