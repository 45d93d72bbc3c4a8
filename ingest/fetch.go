package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Fetcher gets feeds and pages over HTTP as a polite crawler does: it asks
// robots.txt first and keeps to it (its Crawl-delay too), waits between
// requests to one host, gives up on a request after a timeout, tries again
// with growing pauses (or the Retry-After the server gives) after a server
// error, a 429 or a network failure, follows at most a few redirects, and
// reads at most MaxBytes of a body. It is safe for
// concurrent use.
type Fetcher struct {
	Client    *http.Client  // nil: a client with Timeout and the redirect limit
	UserAgent string        // "" means "dyad"
	Timeout   time.Duration // of one request, body included; 0 means 30 s
	Delay     time.Duration // between two requests to one host; 0 means none
	Retries   int           // tries after the first for a failure worth retrying
	Backoff   time.Duration // the pause before the first retry, doubled for each next; 0 means 1 s
	MaxBytes  int64         // the largest body read; 0 means 10 MiB

	once    sync.Once
	mu      sync.Mutex
	next    map[string]time.Time // host -> earliest time of its next request
	robots  map[string]*robotsRules
	robotMu map[string]*sync.Mutex
}

// Response is the outcome of one successful fetch.
type Response struct {
	URL          string // after redirects
	Status       int    // 200, or 304 for a conditional request answered "not modified"
	Body         []byte
	ETag         string
	LastModified string
	ContentType  string
}

// FetchError is a fetch that failed: the URL, the HTTP status when there
// was one, and whether trying again later may succeed.
type FetchError struct {
	URL       string
	Status    int // 0 when no response came
	Temporary bool
	// RetryAfter is the pause the server asked for (Retry-After in
	// seconds, at most a minute), 0 when it asked none.
	RetryAfter time.Duration
	Err        error
}

func (e *FetchError) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("fetch %s: HTTP %d", e.URL, e.Status)
	}
	return fmt.Sprintf("fetch %s: %v", e.URL, e.Err)
}

func (e *FetchError) Unwrap() error { return e.Err }

// ErrRobots is wrapped by the error of a URL that robots.txt forbids.
var ErrRobots = errors.New("forbidden by robots.txt")

// ErrTooBig is wrapped by the error of a body over Fetcher.MaxBytes.
var ErrTooBig = errors.New("body over the size limit")

// maxRedirects is how many redirects a request follows.
const maxRedirects = 5

func (f *Fetcher) init() {
	f.once.Do(func() {
		f.next = map[string]time.Time{}
		f.robots = map[string]*robotsRules{}
		f.robotMu = map[string]*sync.Mutex{}
		if f.Client == nil {
			f.Client = &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) >= maxRedirects {
					return fmt.Errorf("stopped after %d redirects", maxRedirects)
				}
				return nil
			}}
		}
	})
}

func (f *Fetcher) userAgent() string {
	if f.UserAgent == "" {
		return "dyad"
	}
	return f.UserAgent
}

func (f *Fetcher) maxBytes() int64 {
	if f.MaxBytes <= 0 {
		return 10 << 20
	}
	return f.MaxBytes
}

// Get fetches u. With etag or lastModified set, the request is
// conditional, and a 304 answer is a Response with Status 304 and no body.
// A URL robots.txt forbids fails with an error wrapping [ErrRobots];
// every failure is a *[FetchError].
func (f *Fetcher) Get(ctx context.Context, u, etag, lastModified string) (*Response, error) {
	f.init()
	pu, err := url.Parse(u)
	if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		return nil, &FetchError{URL: u, Err: fmt.Errorf("not an http(s) URL")}
	}
	allowed, err := f.allowed(ctx, pu)
	if err != nil {
		return nil, err
	}
	if !allowed {
		return nil, &FetchError{URL: u, Err: ErrRobots}
	}
	backoff := f.Backoff
	if backoff <= 0 {
		backoff = time.Second
	}
	for try := 0; ; try++ {
		resp, err := f.get(ctx, pu, etag, lastModified)
		var fe *FetchError
		if err == nil || !errors.As(err, &fe) || !fe.Temporary || try >= f.Retries {
			return resp, err
		}
		pause := max(backoff<<try, fe.RetryAfter)
		select {
		case <-time.After(pause):
		case <-ctx.Done():
			return nil, &FetchError{URL: u, Err: ctx.Err()}
		}
	}
}

// get makes one request, after the host's politeness delay.
func (f *Fetcher) get(ctx context.Context, u *url.URL, etag, lastModified string) (*Response, error) {
	if err := f.wait(ctx, u); err != nil {
		return nil, &FetchError{URL: u.String(), Err: err}
	}
	timeout := f.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &FetchError{URL: u.String(), Err: err}
	}
	req.Header.Set("User-Agent", f.userAgent())
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.Client.Do(req)
	if err != nil {
		// A redirect loop is not worth retrying; a timeout or a refused
		// connection may be.
		temp := !strings.Contains(err.Error(), "redirects")
		return nil, &FetchError{URL: u.String(), Temporary: temp, Err: unwrapURLError(err)}
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode,
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"), ContentType: resp.Header.Get("Content-Type")}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return out, nil
	case resp.StatusCode != http.StatusOK:
		temp := resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusRequestTimeout
		fe := &FetchError{URL: u.String(), Status: resp.StatusCode, Temporary: temp}
		if secs, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && secs > 0 {
			fe.RetryAfter = min(time.Duration(secs)*time.Second, maxCrawlDelay)
		}
		return nil, fe
	}
	max := f.maxBytes()
	if resp.ContentLength > max {
		return nil, &FetchError{URL: u.String(), Err: fmt.Errorf("%w: %d bytes, more than %d", ErrTooBig, resp.ContentLength, max)}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, &FetchError{URL: u.String(), Temporary: true, Err: unwrapURLError(err)}
	}
	if int64(len(body)) > max {
		return nil, &FetchError{URL: u.String(), Err: fmt.Errorf("%w: more than %d bytes", ErrTooBig, max)}
	}
	out.Body = body
	return out, nil
}

// unwrapURLError drops the method and URL of a *url.Error, which a
// FetchError names already.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// wait sleeps until u's host may be asked again and books the next slot:
// Delay after the last request, or the Crawl-delay of its robots.txt when
// that is longer.
func (f *Fetcher) wait(ctx context.Context, u *url.URL) error {
	f.mu.Lock()
	delay := f.Delay
	if r := f.robots[u.Scheme+"://"+u.Host]; r != nil {
		delay = max(delay, r.delay)
	}
	if delay <= 0 {
		f.mu.Unlock()
		return nil
	}
	now := time.Now()
	at := f.next[u.Host]
	if at.Before(now) {
		at = now
	}
	f.next[u.Host] = at.Add(delay)
	f.mu.Unlock()
	if d := time.Until(at); d > 0 {
		select {
		case <-time.After(d):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// maxCrawlDelay caps the Crawl-delay a robots.txt asks for.
const maxCrawlDelay = time.Minute

// robotsTTL is how long a host's robots.txt is kept before it is asked
// again.
const robotsTTL = time.Hour

// allowed reports whether robots.txt lets f's user agent fetch u. A
// robots.txt that is missing (4xx) allows everything; one that cannot be
// had (5xx, no answer) forbids the host for now, as the Robots Exclusion
// Protocol (RFC 9309) asks.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) (bool, error) {
	if u.Path == "/robots.txt" {
		return true, nil
	}
	key := u.Scheme + "://" + u.Host
	f.mu.Lock()
	m := f.robotMu[key]
	if m == nil {
		m = &sync.Mutex{}
		f.robotMu[key] = m
	}
	f.mu.Unlock()
	m.Lock() // one robots.txt request per host at a time
	defer m.Unlock()
	f.mu.Lock()
	r := f.robots[key]
	f.mu.Unlock()
	if r == nil || time.Since(r.fetched) > robotsTTL {
		r = &robotsRules{fetched: time.Now()}
		resp, err := f.get(ctx, &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}, "", "")
		var fe *FetchError
		switch {
		case err == nil:
			r.parse(string(resp.Body), f.userAgent())
		case errors.As(err, &fe) && fe.Status >= 400 && fe.Status < 500:
			// no robots.txt: everything allowed
		default:
			return false, &FetchError{URL: u.String(), Temporary: true, Err: fmt.Errorf("robots.txt: %w", err)}
		}
		f.mu.Lock()
		f.robots[key] = r
		f.mu.Unlock()
	}
	return r.allows(u.EscapedPath()), nil
}

// robotsRules are the Allow and Disallow lines of robots.txt that apply to
// one user agent.
type robotsRules struct {
	fetched time.Time
	rules   []robotsRule
	delay   time.Duration // Crawl-delay of the group, 0 when none
}

type robotsRule struct {
	allow  bool
	prefix string
}

// parse keeps the rules of the group naming agent (its first word, in any
// case), else those of the group "*".
func (r *robotsRules) parse(text, agent string) {
	agent = strings.ToLower(strings.Fields(agent + " x")[0])
	if i := strings.IndexByte(agent, '/'); i > 0 {
		agent = agent[:i]
	}
	var own, star []robotsRule
	var ownDelay, starDelay time.Duration
	var haveOwn bool
	var agents []string
	inRules := false
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if inRules {
				agents, inRules = nil, false
			}
			agents = append(agents, strings.ToLower(val))
		case "crawl-delay":
			inRules = true
			secs, err := strconv.ParseFloat(val, 64)
			if err != nil || secs <= 0 {
				continue
			}
			d := min(time.Duration(secs*float64(time.Second)), maxCrawlDelay)
			for _, a := range agents {
				switch {
				case a == agent:
					ownDelay, haveOwn = d, true
				case a == "*":
					starDelay = d
				}
			}
		case "allow", "disallow":
			inRules = true
			if val == "" {
				continue // "Disallow:" allows everything
			}
			rule := robotsRule{allow: key == "allow", prefix: val}
			for _, a := range agents {
				switch {
				case a == agent:
					own, haveOwn = append(own, rule), true
				case a == "*":
					star = append(star, rule)
				}
			}
		}
	}
	if haveOwn {
		r.rules, r.delay = own, ownDelay
	} else {
		r.rules, r.delay = star, starDelay
	}
}

// allows reports whether path may be fetched: the longest matching rule
// decides, Allow winning a tie; no matching rule allows. A '*' in a rule
// matches any run of characters and a final '$' the end of the path.
func (r *robotsRules) allows(path string) bool {
	if path == "" {
		path = "/"
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if robotsMatch(rule.prefix, path) && (len(rule.prefix) > best || len(rule.prefix) == best && rule.allow) {
			best, allow = len(rule.prefix), rule.allow
		}
	}
	return allow
}

// robotsMatch matches a robots.txt path pattern against path.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for _, p := range parts[1:] {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p):]
	}
	if anchored {
		if len(parts) == 1 {
			return rest == ""
		}
		return strings.HasSuffix(path, parts[len(parts)-1])
	}
	return true
}
