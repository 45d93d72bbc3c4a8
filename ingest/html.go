package ingest

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Page is what [ExtractHTML] finds in one web page.
type Page struct {
	Title     string
	Text      string    // the main text, paragraphs apart by a blank line
	URL       string    // the canonical URL, else the page's own
	Source    string    // the outlet: og:site_name, JSON-LD publisher, else the host
	Lang      string    // ISO 639-1 code from the page's markup, "" when it gives none
	Published time.Time // zero when no date was found
}

// ReasonNoMainText is the reason of a page in which no main text was found.
const ReasonNoMainText = "no main text"

var errNoMainText = because(ReasonNoMainText, errors.New("no main text found in the page"))

// ExtractHTML reads a web page and returns its main text without navigation,
// advertisements, comments and footers (Readability's algorithm, through
// codeberg.org/readeck/go-readability), with paragraph breaks kept, and its
// metadata: the title, the canonical URL (link rel=canonical, og:url, else
// pageURL, which may be ""), the outlet, the language the markup declares,
// and the time of publication, from meta tags, then JSON-LD, then the first
// date written in the text. It reads at most 64 MiB. A page without main
// text is an error, whose reason is [ReasonNoMainText].
func ExtractHTML(r io.Reader, pageURL string) (*Page, error) {
	return extractHTML(r, pageURL, "")
}

// extractHTML is ExtractHTML for a page that came with an HTTP
// Content-Type, whose charset parameter names its encoding.
func extractHTML(r io.Reader, pageURL, contentType string) (_ *Page, err error) {
	defer func() {
		// Readability is outside code: a page that trips it is one bad
		// input, not the end of the ingest.
		if v := recover(); v != nil {
			err = becausef(ReasonHTML, "invalid HTML: extractor failed: %v", v)
		}
	}()
	b, err := io.ReadAll(io.LimitReader(r, maxRecord+1))
	if err != nil {
		return nil, becausef(ReasonRead, "read: %w", err)
	}
	if len(b) > maxRecord {
		return nil, becausef(ReasonTooLong, "page longer than %d MiB", maxRecord>>20)
	}
	b = decodePage(b, contentType)
	doc, err := html.Parse(strings.NewReader(string(b)))
	if err != nil {
		return nil, becausef(ReasonHTML, "invalid HTML: %w", err)
	}
	base, _ := url.Parse(pageURL)
	m := readMeta(doc)
	p := &Page{Title: m.title, Lang: m.lang, Source: m.site}
	p.URL = resolve(base, m.canonical)
	if p.URL == "" {
		p.URL = pageURL
	}
	if p.Source == "" {
		p.Source = m.publisher
	}
	if p.Source == "" {
		if u, err := url.Parse(p.URL); err == nil {
			p.Source = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	p.Published = m.published
	if p.Published.IsZero() {
		p.Published = m.ldPublished
	}
	stripElements(doc, atom.Nav, atom.Footer, atom.Aside)
	art, err := readability.FromDocument(doc, base)
	if err == nil && art.Node != nil {
		p.Text = paragraphs(render.InnerText(art.Node))
		if p.Title == "" {
			p.Title = art.Title()
		}
	}
	if p.Text == "" {
		stripElements(doc, atom.Header, atom.Form, atom.Script, atom.Style, atom.Noscript, atom.Button, atom.Select)
		p.Text = paragraphs(render.InnerText(doc))
	}
	if p.Title == "" {
		p.Title = m.docTitle
	}
	p.Title = strings.Join(strings.Fields(p.Title), " ")
	if p.Published.IsZero() {
		p.Published = dateInText(p.Text)
	}
	if p.Published.IsZero() {
		p.Published = dateInText(m.bodyHead)
	}
	if p.Text == "" {
		return nil, errNoMainText
	}
	return p, nil
}

// decodePage returns the bytes of a page as UTF-8. A page that is valid
// UTF-8 is taken as it is, whatever it declares (pages that say
// ISO-8859-1 and are UTF-8 are common); else the encoding is the one its
// byte order mark, contentType's charset or its <meta> names (any of the
// WHATWG encodings: windows-1251, Shift_JIS, GBK, ...), else Windows-1252.
func decodePage(b []byte, contentType string) []byte {
	if utf8.Valid(b) {
		return b
	}
	enc, name, _ := charset.DetermineEncoding(b, contentType)
	if enc != nil && name != "utf-8" {
		if out, err := enc.NewDecoder().Bytes(b); err == nil && utf8.Valid(out) {
			return out
		}
	}
	return windows1252Fallback(b)
}

// ReasonHTML is the reason of a page that cannot be parsed.
const ReasonHTML = "invalid HTML"

// readHTML reads one web page as one article.
func (s *stream) readHTML(br *bufio.Reader) error {
	p, err := ExtractHTML(br, "")
	if err != nil {
		s.skipFile(err)
		return nil
	}
	if err := s.ctx.Err(); err != nil {
		return err
	}
	return s.page(p, 0, -1)
}

// page emits the article of an extracted page.
func (s *stream) page(p *Page, line int, off int64) error {
	f := fields{text: p.Text, title: p.Title, url: p.URL, source: p.Source, lang: p.Lang}
	if !p.Published.IsZero() && dyadDateOK(p.Published) {
		f.date = p.Published.UTC().Format(time.RFC3339)
	}
	return s.article(&f, line, off)
}

// stripElements removes from doc the elements of the given kinds, which
// hold no main text: navigation, footers and asides before Readability
// looks for the main text; and, when it finds none, headers and forms too,
// so that a page of a few lines is read whole, less its frame.
func stripElements(doc *html.Node, kinds ...atom.Atom) {
	var drop []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && slices.Contains(kinds, n.DataAtom) {
			drop = append(drop, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
}

// paragraphs trims every line of text and leaves at most one blank line
// between paragraphs.
func paragraphs(text string) string {
	var b strings.Builder
	blank := false
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(line)
	}
	return b.String()
}

// meta is what the head (and JSON-LD) of a page says of it.
type meta struct {
	title, docTitle, canonical, site, publisher, lang string
	published, ldPublished                            time.Time
	bodyHead                                          string // the first words of the body, for a date
}

// publishedNames are the meta names and properties that give the time of
// publication, best first.
var publishedNames = []string{
	"article:published_time", "og:published_time", "datepublished", "published_time",
	"pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued",
	"dc.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
}

// readMeta walks the document once for its metadata.
func readMeta(doc *html.Node) meta {
	var m meta
	found := map[string]string{}
	var ld []string
	var body *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if m.lang == "" {
					m.lang = langCode(attr(n, "lang"))
				}
				if m.lang == "" {
					m.lang = langCode(attr(n, "xml:lang"))
				}
			case atom.Title:
				if m.docTitle == "" && n.FirstChild != nil {
					m.docTitle = n.FirstChild.Data
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "http-equiv"))
				}
				if _, ok := found[key]; !ok && key != "" {
					found[key] = strings.TrimSpace(attr(n, "content"))
				}
			case atom.Link:
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Time:
				if _, ok := found["time"]; !ok && (hasToken(attr(n, "itemprop"), "datePublished") || attr(n, "pubdate") != "") {
					found["time"] = attr(n, "datetime")
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					ld = append(ld, n.FirstChild.Data)
				}
				return
			case atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	m.title = found["og:title"]
	if m.canonical == "" {
		m.canonical = found["og:url"]
	}
	m.site = found["og:site_name"]
	if m.site == "" {
		m.site = found["application-name"]
	}
	if m.lang == "" {
		m.lang = langCode(found["content-language"])
	}
	if m.lang == "" {
		m.lang = langCode(found["og:locale"])
	}
	for _, k := range append(publishedNames, "time") {
		if t := parseWebDate(found[k]); !t.IsZero() {
			m.published = t
			break
		}
	}
	for _, s := range ld {
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			continue
		}
		ldWalk(v, &m)
	}
	if body != nil {
		m.bodyHead = clip(render.InnerText(body), 4000)
	}
	return m
}

// ldWalk looks in a JSON-LD value for datePublished, the publisher's name
// and the headline.
func ldWalk(v any, m *meta) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			ldWalk(e, m)
		}
	case map[string]any:
		if s, ok := v["datePublished"].(string); ok && m.ldPublished.IsZero() {
			m.ldPublished = parseWebDate(s)
		}
		if s, ok := v["headline"].(string); ok && m.title == "" {
			m.title = s
		}
		if p, ok := v["publisher"].(map[string]any); ok && m.publisher == "" {
			if s, ok := p["name"].(string); ok {
				m.publisher = strings.TrimSpace(s)
			}
		}
		if g, ok := v["@graph"]; ok {
			ldWalk(g, m)
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list s holds tok, in any case.
func hasToken(s, tok string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// langCode returns the two- or three-letter language of a tag such as
// "en-GB", "en_US" or "EN", lower-cased, or "" when s is none.
func langCode(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, c := range s {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return ""
		}
	}
	return strings.ToLower(s)
}

// resolve returns ref resolved against base, "" when ref is empty or not a
// URL.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u.String()
}

var webDateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
}

// parseWebDate reads the dates web pages and feeds write, the zero time
// when s is none of them or out of dyad's range.
func parseWebDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, l := range webDateLayouts {
		if t, err := time.Parse(l, s); err == nil && dyadDateOK(t) {
			return t
		}
	}
	return time.Time{}
}

// dyadDateOK reports whether t is within the years dyad stores.
func dyadDateOK(t time.Time) bool { return t.Year() >= 1000 && t.Year() <= 9999 }

var (
	monthNames = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
	// "May 16, 2024", "16 May 2024", "2024-05-16"
	textDateRE = regexp.MustCompile(`\b(?:` + monthNames + ` (\d{1,2}),? (\d{4})|(\d{1,2}) ` + monthNames + `,? (\d{4})|(\d{4})-(\d{2})-(\d{2}))\b`)
)

// dateInText returns the first date written in the first 4,000 bytes of
// text, the zero time when there is none.
func dateInText(text string) time.Time {
	m := textDateRE.FindStringSubmatch(clip(text, 4000))
	if m == nil {
		return time.Time{}
	}
	var s string
	switch {
	case m[1] != "":
		s = m[1][:3] + " " + m[2] + " " + m[3]
	case m[5] != "":
		s = m[5][:3] + " " + m[4] + " " + m[6]
	default:
		t, err := time.Parse("2006-01-02", m[7]+"-"+m[8]+"-"+m[9])
		if err != nil || !dyadDateOK(t) {
			return time.Time{}
		}
		return t
	}
	t, err := time.Parse("Jan 2 2006", s)
	if err != nil || !dyadDateOK(t) {
		return time.Time{}
	}
	return t
}
