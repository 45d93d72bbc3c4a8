package ingest

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"time"

	"dyad"
)

// Watcher polls news feeds and turns their new items into articles: it
// leases a due feed in the store (so that several watchers share a feed
// list), fetches it with a conditional request, claims the items no
// watcher has taken yet, fetches each item's page and extracts it. The
// caller fetches the claimed items of a [Poll] a group at a time
// ([Watcher.Fetch]), stores their articles and records them done
// ([Watcher.FinishItems]), then records the feed as polled
// ([Watcher.Finish]): an item is recorded done only once its article is
// stored, so a watcher killed mid-poll loses nothing, and one restarted
// fetches again only the group it was storing.
type Watcher struct {
	Store   dyad.WatchStore
	Fetcher *Fetcher
	Feeds   []string      // feed URLs, or paths of feed files
	Owner   string        // the name of this watcher in leases
	Every   time.Duration // how often a feed is polled; 0 means 15 minutes
	Lease   time.Duration // how long a feed or item stays this watcher's; 0 means 10 minutes
	// MaxBytes, when above 0, is the largest article text kept; an item
	// with a longer page text keeps its feed text instead.
	MaxBytes int
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Poll is one poll of one feed: what the feed held and the items this
// watcher claimed, each with its article or what went wrong.
type Poll struct {
	Feed      dyad.FeedState
	Started   time.Time
	Unchanged bool  // the feed answered 304 Not Modified, or its file is as before
	Items     int   // items in the feed
	Err       error // the feed could not be had or read
	Claimed   []*PollItem

	feed *Feed
}

// PollItem is a feed item this watcher claimed.
type PollItem struct {
	Key     string        // its link, or the feed's URL and its GUID
	Article *dyad.Article // nil when none could be made
	Status  string        // "page", "feed text: WHY" (the page could not be had), or why there is no article
	Done    bool          // false: release the item, to be tried again at the next poll

	item     FeedItem
	fetched  bool // Fetch made its article
	finished bool // recorded in the store
}

// Articles returns the articles of the poll's claimed items.
func (p *Poll) Articles() []*dyad.Article {
	var out []*dyad.Article
	for _, it := range p.Claimed {
		if it.Article != nil {
			out = append(out, it.Article)
		}
	}
	return out
}

// Errors counts the claimed items that have no article.
func (p *Poll) Errors() int {
	n := 0
	for _, it := range p.Claimed {
		if it.Article == nil {
			n++
		}
	}
	return n
}

func (w *Watcher) now() time.Time {
	if w.Now != nil {
		return w.Now()
	}
	return time.Now()
}

func (w *Watcher) every() time.Duration {
	if w.Every <= 0 {
		return 15 * time.Minute
	}
	return w.Every
}

func (w *Watcher) lease() time.Duration {
	if w.Lease <= 0 {
		return 10 * time.Minute
	}
	return w.Lease
}

// Start records the watcher's feeds in the store.
func (w *Watcher) Start(ctx context.Context) error {
	if len(w.Feeds) == 0 {
		return dyad.Errorf(dyad.EINVALID, "watch: no feeds")
	}
	return w.Store.AddFeeds(ctx, w.Feeds)
}

// Poll polls the feed that is due longest, and returns nil when none is
// due. Failures of the feed or of its items are in the Poll; the error is
// the store's, or ctx's.
func (w *Watcher) Poll(ctx context.Context) (*Poll, error) {
	now := w.now()
	st, ok, err := w.Store.LeaseFeed(ctx, w.Owner, w.Feeds, now, w.every(), w.lease())
	if err != nil || !ok {
		return nil, err
	}
	p := &Poll{Feed: st, Started: now}
	body, etag, lastMod, unchanged, err := w.getFeed(ctx, st)
	if err != nil {
		p.Err = err
		return p, ctx.Err()
	}
	p.Feed.ETag, p.Feed.LastModified = etag, lastMod
	if unchanged {
		p.Unchanged = true
		return p, nil
	}
	feed, err := ParseFeed(bytes.NewReader(body))
	if err != nil {
		p.Err = fmt.Errorf("%s: %w", st.URL, err)
		return p, nil
	}
	p.Items = len(feed.Items)
	byKey := map[string]FeedItem{}
	var keys []string
	for _, it := range feed.Items {
		k := itemKey(st.URL, it)
		if k == "" {
			continue
		}
		if _, dup := byKey[k]; !dup {
			keys = append(keys, k)
			byKey[k] = it
		}
	}
	claimed, err := w.Store.ClaimItems(ctx, w.Owner, st.URL, keys, w.now(), w.lease())
	if err != nil {
		return p, err
	}
	p.feed = feed
	for _, k := range claimed {
		p.Claimed = append(p.Claimed, &PollItem{Key: k, Status: "not fetched", item: byKey[k]})
	}
	return p, nil
}

// Fetch fetches and extracts the page of each of items, claimed items of
// p, falling back on an item's text in the feed when its page cannot be
// had. It first renews the items' leases, so that a long poll keeps them:
// an item whose lease ran out and was taken by another watcher is left to
// it. Items left when ctx ends stay unfetched, to be released by
// [Watcher.Finish]. The error is the store's.
func (w *Watcher) Fetch(ctx context.Context, p *Poll, items []*PollItem) error {
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = it.Key
	}
	kept, err := w.Store.ClaimItems(ctx, w.Owner, p.Feed.URL, keys, w.now(), w.lease())
	if err != nil {
		return err
	}
	held := make(map[string]bool, len(kept))
	for _, k := range kept {
		held[k] = true
	}
	for _, it := range items {
		if ctx.Err() != nil {
			return nil
		}
		if !held[it.Key] {
			it.Status, it.finished = "taken by another watcher", true
			continue
		}
		w.item(ctx, p.feed, it)
	}
	return nil
}

// getFeed fetches a feed URL conditionally, or reads a feed file, whose
// ETag is then its modification time and size.
func (w *Watcher) getFeed(ctx context.Context, st dyad.FeedState) (body []byte, etag, lastMod string, unchanged bool, err error) {
	if !isURL(st.URL) {
		fi, err := os.Stat(st.URL)
		if err != nil {
			return nil, "", "", false, err
		}
		etag = fmt.Sprintf("file:%d:%d", fi.ModTime().UnixNano(), fi.Size())
		if etag == st.ETag {
			return nil, etag, "", true, nil
		}
		f, err := os.Open(st.URL)
		if err != nil {
			return nil, "", "", false, err
		}
		defer f.Close()
		body, err = io.ReadAll(io.LimitReader(f, maxRecord+1))
		if err == nil && len(body) > maxRecord {
			err = fmt.Errorf("%s: feed longer than %d MiB", st.URL, maxRecord>>20)
		}
		return body, etag, "", false, err
	}
	resp, err := w.Fetcher.Get(ctx, st.URL, st.ETag, st.LastModified)
	if err != nil {
		return nil, "", "", false, err
	}
	if resp.Status == 304 {
		return nil, st.ETag, st.LastModified, true, nil
	}
	return resp.Body, resp.ETag, resp.LastModified, false, nil
}

// item fetches and extracts the page of one claimed item, falling back on
// the item's text in the feed when the page cannot be had.
func (w *Watcher) item(ctx context.Context, feed *Feed, pi *PollItem) {
	it := pi.item
	pi.Status, pi.Done = "", true
	fetched := w.now()
	var page *Page
	var why error
	if isURL(it.Link) {
		resp, err := w.Fetcher.Get(ctx, it.Link, "", "")
		switch {
		case err != nil:
			why = err
		case resp.ContentType != "" && !isHTML(resp.ContentType):
			why = fmt.Errorf("%s: not HTML (%s)", it.Link, resp.ContentType)
		default:
			page, why = extractHTML(bytes.NewReader(resp.Body), resp.URL, resp.ContentType)
		}
	} else {
		why = errors.New("no link")
	}
	f := fields{title: it.Title, url: it.Link, source: feed.Title, lang: feed.Lang, text: it.Text}
	if page != nil && (w.MaxBytes <= 0 || len(page.Text) <= w.MaxBytes) {
		f.text, pi.Status = page.Text, "page"
		if page.Title != "" {
			f.title = page.Title
		}
		if page.Lang != "" {
			f.lang = page.Lang
		}
		if f.source == "" {
			f.source = page.Source
		}
	} else if page != nil {
		why = fmt.Errorf("page text over %d bytes", w.MaxBytes)
	}
	published := it.Published
	if published.IsZero() && page != nil {
		published = page.Published
	}
	if published.IsZero() {
		published = fetched // the time it was found, as a crawler dates what it finds
	}
	f.date = published.UTC().Format(time.RFC3339)
	if pi.Status == "" {
		if strings.TrimSpace(f.text) == "" {
			pi.Status = "no text: " + why.Error()
			var fe *FetchError
			pi.Done = !(errors.As(why, &fe) && fe.Temporary) // a server error: try again at the next poll
			return
		}
		pi.Status = "feed text: " + why.Error()
	}
	a, err := f.article()
	if err != nil {
		pi.Status = err.Error()
		return
	}
	if w.MaxBytes > 0 && len(a.Text) > w.MaxBytes {
		pi.Status = fmt.Sprintf("text of %d bytes, more than %d", len(a.Text), w.MaxBytes)
		return
	}
	if a.Lang == "" {
		if l := DetectLang(a.Text); l != "en" {
			a.Lang = l
		}
	}
	pi.Article = a
	pi.fetched = true
}

// FinishItems records what became of items of p once their articles are
// stored (or failed to be, when storeErr is not nil: the items are then
// released to be tried again), and ends their leases. An item not fetched
// is released.
func (w *Watcher) FinishItems(ctx context.Context, items []*PollItem, storeErr error) error {
	var errs []error
	for _, it := range items {
		if it.finished {
			continue
		}
		r := dyad.ItemResult{Status: it.Status, Done: it.Done}
		switch {
		case it.Article != nil && storeErr != nil:
			r = dyad.ItemResult{Status: "not stored: " + storeErr.Error()}
		case it.Article != nil:
			r.ArticleID = it.Article.ID
		case !it.Done || it.Status == "not fetched":
			r.Done = false
		}
		if err := w.Store.FinishItem(ctx, w.Owner, it.Key, r); err != nil {
			errs = append(errs, err)
			continue
		}
		it.finished = true
	}
	return errors.Join(errs...)
}

// Finish records the outcome of a poll once its articles are stored (or
// failed to be, when storeErr is not nil), releasing the items not
// recorded yet, and records the feed as polled, ending its lease.
func (w *Watcher) Finish(ctx context.Context, p *Poll, storeErr error) error {
	err := w.FinishItems(ctx, p.Claimed, storeErr)
	st := p.Feed
	st.Polled = p.Started
	st.Polls++
	switch {
	case p.Err != nil:
		st.Errors++
		st.Status = clip(p.Err.Error(), 500)
	case p.Unchanged:
		st.Status = "unchanged"
	default:
		st.Status = "ok"
	}
	return errors.Join(err, w.Store.SaveFeed(ctx, w.Owner, st))
}

// itemKey names a feed item in the store: its link without a fragment,
// else the feed and its GUID; "" when it has neither.
func itemKey(feed string, it FeedItem) string {
	if it.Link != "" {
		if u, err := url.Parse(it.Link); err == nil {
			u.Fragment = ""
			return u.String()
		}
		return it.Link
	}
	if it.GUID != "" {
		return feed + "#" + it.GUID
	}
	return ""
}

func isURL(s string) bool { return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") }

// ReadFeedList reads a list of feeds: OPML (the xmlUrl of every outline),
// or one URL or file path a line, blank lines and lines starting with #
// left out.
func ReadFeedList(name string, r io.Reader) ([]string, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxRecord))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if t := bytes.TrimSpace(b); bytes.HasPrefix(t, []byte("<")) {
		var doc struct {
			Outlines []opmlOutline `xml:"body>outline"`
		}
		if err := xml.Unmarshal(b, &doc); err != nil {
			return nil, dyad.Errorf(dyad.EINVALID, "%s: invalid OPML: %v", name, err)
		}
		var out []string
		var walk func([]opmlOutline)
		walk = func(os []opmlOutline) {
			for _, o := range os {
				if u := strings.TrimSpace(o.XMLURL); u != "" {
					out = append(out, u)
				}
				walk(o.Outlines)
			}
		}
		walk(doc.Outlines)
		return out, nil
	}
	var out []string
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out, nil
}

type opmlOutline struct {
	XMLURL   string        `xml:"xmlUrl,attr"`
	Outlines []opmlOutline `xml:"outline"`
}
