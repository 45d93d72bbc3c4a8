package serve

import (
	"context"
	"sync"

	"dyad"
)

// docInfo is what an event list needs of an article to place its events:
// the text (for code points), the sentences and the mentions.
type docInfo struct {
	hash      string
	runes     *runes
	sentences []dyad.Sentence
	mentions  []dyad.Mention
}

func (d *docInfo) size() int {
	return len(d.runes.text) + 64*len(d.mentions) + 16*len(d.sentences) + 256
}

// docCache keeps docInfo by article ID, up to a total size. An entry is
// used only while the store holds the same hash for its article, so an
// article changed by another writer is read again.
type docCache struct {
	mu    sync.Mutex
	m     map[string]*docInfo
	size  int
	limit int
}

func newDocCache(limit int) *docCache { return &docCache{m: map[string]*docInfo{}, limit: limit} }

// docs returns the docInfo of each of ids that the store holds, reading
// those it lacks or holds with another hash.
func (c *docCache) docs(ctx context.Context, st dyad.Store, ids []string) (map[string]*docInfo, error) {
	hashes, err := st.Hashes(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*docInfo, len(ids))
	c.mu.Lock()
	for id, h := range hashes {
		if d := c.m[id]; d != nil && d.hash == h {
			out[id] = d
		}
	}
	c.mu.Unlock()
	for id, h := range hashes {
		if out[id] != nil {
			continue
		}
		a, err := st.Article(ctx, id)
		if dyad.ErrorCode(err) == dyad.ENOTFOUND {
			continue // deleted since Hashes
		}
		if err != nil {
			return nil, err
		}
		d := &docInfo{hash: h, runes: newRunes(a.Article.Text), sentences: a.Sentences, mentions: a.Mentions}
		out[id] = d
		c.put(id, d)
	}
	return out, nil
}

func (c *docCache) put(id string, d *docInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.m[id]; old != nil {
		c.size -= old.size()
		delete(c.m, id)
	}
	// Evict arbitrary entries (map order) until the new one fits.
	for k, v := range c.m {
		if c.size+d.size() <= c.limit {
			break
		}
		delete(c.m, k)
		c.size -= v.size()
	}
	if d.size() > c.limit {
		return
	}
	c.m[id] = d
	c.size += d.size()
}
