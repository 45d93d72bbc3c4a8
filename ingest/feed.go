package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Feed is a news feed read by [ParseFeed]: RSS 2.0 (and RSS 1.0), Atom or
// JSON Feed.
type Feed struct {
	Title string
	Link  string // the site's address
	Lang  string // ISO 639-1 code the feed declares, "" when none
	Items []FeedItem
}

// FeedItem is one entry of a feed.
type FeedItem struct {
	GUID      string // the item's own ID (guid, id), else its link
	Link      string
	Title     string
	Text      string // the full text (content) when the feed carries it, else the summary, as plain text
	Full      bool   // Text is the item's content, not its summary
	Published time.Time
}

// ReasonFeed is the reason of a feed that cannot be parsed.
const ReasonFeed = "invalid feed"

// ParseFeed reads an RSS, Atom or JSON feed of at most 64 MiB, with
// github.com/mmcdole/gofeed. HTML in titles, summaries and contents is
// turned into plain text with paragraph breaks. An error says what is
// wrong, and where when the parser says (the line of malformed XML); its
// reason is [ReasonFeed].
func ParseFeed(r io.Reader) (_ *Feed, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = becausef(ReasonFeed, "invalid feed: parser failed: %v", v)
		}
	}()
	lr := &io.LimitedReader{R: r, N: maxRecord + 1}
	gf, err := gofeed.NewParser().Parse(lr)
	if lr.N <= 0 {
		return nil, becausef(ReasonTooLong, "feed longer than %d MiB", maxRecord>>20)
	}
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, becausef(ReasonFeed, "invalid feed: not RSS, Atom or JSON Feed")
		}
		return nil, becausef(ReasonFeed, "invalid feed: %w", err)
	}
	f := &Feed{Title: htmlText(gf.Title), Link: strings.TrimSpace(gf.Link), Lang: langCode(gf.Language)}
	for _, it := range gf.Items {
		if it == nil {
			continue
		}
		fi := FeedItem{
			GUID:  strings.TrimSpace(it.GUID),
			Link:  strings.TrimSpace(it.Link),
			Title: htmlText(it.Title),
		}
		if fi.Link == "" && len(it.Links) > 0 {
			fi.Link = strings.TrimSpace(it.Links[0])
		}
		if fi.GUID == "" {
			fi.GUID = fi.Link
		}
		content, summary := htmlText(it.Content), htmlText(it.Description)
		if len(content) >= len(summary) && content != "" {
			fi.Text, fi.Full = content, true
		} else {
			fi.Text = summary
		}
		switch {
		case it.PublishedParsed != nil && dyadDateOK(*it.PublishedParsed):
			fi.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil && dyadDateOK(*it.UpdatedParsed):
			fi.Published = *it.UpdatedParsed
		}
		f.Items = append(f.Items, fi)
	}
	return f, nil
}

// htmlText returns the text of an HTML fragment with paragraph breaks, or
// s trimmed when it holds no markup.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return paragraphs(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return paragraphs(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return paragraphs(render.InnerText(root))
}

// readFeed reads a feed as one article per item: its title, link, date,
// the feed's title as the outlet, and the item's content or summary as the
// text. An item without text is skipped, naming its place in the feed.
func (s *stream) readFeed(br *bufio.Reader) error {
	f, err := ParseFeed(br)
	if err != nil {
		s.skipFile(err)
		return nil
	}
	for i, it := range f.Items {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		fl := fields{text: it.Text, title: it.Title, url: it.Link, source: f.Title, lang: f.Lang}
		if !it.Published.IsZero() {
			fl.date = it.Published.UTC().Format(time.RFC3339)
		}
		if fl.text == "" {
			s.skip(0, -1, becausef(ReasonMissingText, "item %d (%s): missing text", i+1, clip(itemName(it), 80)))
			continue
		}
		a, err := fl.article()
		if err != nil {
			s.skip(0, -1, fmt.Errorf("item %d (%s): %w", i+1, clip(itemName(it), 80), err))
			continue
		}
		if err := s.emitArticle(a, 0, -1); err != nil {
			return err
		}
	}
	return nil
}

// itemName names a feed item in an error: its link, GUID or title.
func itemName(it FeedItem) string {
	for _, s := range []string{it.Link, it.GUID, it.Title} {
		if s != "" {
			return s
		}
	}
	return "no link"
}

// feedHead reports whether the first bytes of an XML stream are those of
// a feed: an rss, feed or rdf:RDF root.
func feedHead(head []byte) bool {
	lower := bytes.ToLower(head)
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.Contains(lower, []byte(root)) {
			return true
		}
	}
	return false
}

// jsonFeedHead reports whether the first bytes of a JSON stream are those
// of a JSON Feed.
func jsonFeedHead(head []byte) bool {
	return bytes.Contains(head, []byte("jsonfeed.org/version"))
}
