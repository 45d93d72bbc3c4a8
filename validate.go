package dyad

import (
	"errors"
	"fmt"
	"iter"
	"strings"
	"time"
)

// Validate checks what every store relies on: an article ID, every span
// inside the text, events with a code, dates (published, of events, of
// date expressions) in years FirstYear to LastYear, and parses whose heads
// are words of the same sentence with exactly one root. It returns an
// EINVALID error naming the article and the first record at fault.
func (a *Analysis) Validate() error {
	if a == nil {
		return &Error{Code: EINVALID, Message: "nil analysis"}
	}
	if err := a.validate(); err != nil {
		return &Error{Code: EINVALID, Message: err.Error()}
	}
	return nil
}

func (a *Analysis) validate() error {
	if strings.TrimSpace(a.Article.ID) == "" {
		return errors.New("article has no ID")
	}
	if p := a.Article.Published; !p.IsZero() && !DateInRange(p) {
		return fmt.Errorf("article %s: published %s: want a year from %d to %d",
			a.Article.ID, p.Format(DateLayout), FirstYear, LastYear)
	}
	n := len(a.Article.Text)
	for h := range a.spans() {
		if !h.Valid(n) {
			return fmt.Errorf("article %s: %s: span [%d, %d) is outside the text of %d bytes",
				a.Article.ID, h.held(), h.Start, h.End, n)
		}
	}
	for i, x := range a.Events {
		if x.Code == "" {
			return fmt.Errorf("article %s: event %d has no code", a.Article.ID, i)
		}
		if err := a.validateDate("event", i, x.Date); err != nil {
			return err
		}
	}
	for i, x := range a.Dates {
		if err := a.validateDate("date", i, x.Date); err != nil {
			return err
		}
	}
	for i := range a.Syntax {
		if err := a.validateParse(i); err != nil {
			return err
		}
	}
	return nil
}

// heldSpan is a span of an analysis with the record that holds it: record
// i of a kind, or word i of parse p.
type heldSpan struct {
	Span
	kind string
	i, p int
}

// held names the record, for messages: "mention 3", "parse 0 word 2".
func (h heldSpan) held() string {
	if h.kind == "parse word" {
		return fmt.Sprintf("parse %d word %d", h.p, h.i)
	}
	return fmt.Sprintf("%s %d", h.kind, h.i)
}

// spans yields every span of the analysis, record by record in the order
// of the fields: sentences, mentions, event triggers, counts, quotes,
// dates, the spans of themes, the words of parses.
func (a *Analysis) spans() iter.Seq[heldSpan] {
	return func(yield func(heldSpan) bool) {
		for i, x := range a.Sentences {
			if !yield(heldSpan{Span: x.Span, kind: "sentence", i: i}) {
				return
			}
		}
		for i, x := range a.Mentions {
			if !yield(heldSpan{Span: x.Span, kind: "mention", i: i}) {
				return
			}
		}
		for i, x := range a.Events {
			if !yield(heldSpan{Span: x.Trigger.Span, kind: "event trigger", i: i}) {
				return
			}
		}
		for i, x := range a.Counts {
			if !yield(heldSpan{Span: x.Span, kind: "count", i: i}) {
				return
			}
		}
		for i, x := range a.Quotes {
			if !yield(heldSpan{Span: x.Span, kind: "quote", i: i}) {
				return
			}
		}
		for i, x := range a.Dates {
			if !yield(heldSpan{Span: x.Span, kind: "date", i: i}) {
				return
			}
		}
		for i, x := range a.Themes {
			for _, sp := range x.Spans {
				if !yield(heldSpan{Span: sp, kind: "theme", i: i}) {
					return
				}
			}
		}
		for p, x := range a.Syntax {
			for i, w := range x.Words {
				if !yield(heldSpan{Span: w.Span, kind: "parse word", i: i, p: p}) {
					return
				}
			}
		}
	}
}

// validateDate checks the date d of record i of a kind: "" or YYYY-MM-DD in
// years FirstYear to LastYear.
func (a *Analysis) validateDate(kind string, i int, d string) error {
	if d == "" {
		return nil
	}
	if t, err := time.Parse(DateLayout, d); err != nil || !DateInRange(t) {
		return fmt.Errorf("article %s: %s %d: date %q: want YYYY-MM-DD with a year from %d to %d",
			a.Article.ID, kind, i, d, FirstYear, LastYear)
	}
	return nil
}

// validateParse checks parse i: a sentence that exists, every head a word
// of the parse, exactly one root. Its spans are checked with the others.
func (a *Analysis) validateParse(i int) error {
	p := &a.Syntax[i]
	if p.Sentence < 0 || p.Sentence >= len(a.Sentences) {
		return fmt.Errorf("article %s: parse %d is of sentence %d, which does not exist", a.Article.ID, i, p.Sentence)
	}
	roots := 0
	for j, w := range p.Words {
		switch {
		case w.Head == -1:
			roots++
		case w.Head < 0 || w.Head >= len(p.Words) || w.Head == j:
			return fmt.Errorf("article %s: parse %d (sentence %d) word %d %q: head %d is no other word of the %d",
				a.Article.ID, i, p.Sentence, j, w.Text, w.Head, len(p.Words))
		}
	}
	if roots != 1 && len(p.Words) > 0 {
		return fmt.Errorf("article %s: parse %d (sentence %d) has %d roots, want 1", a.Article.ID, i, p.Sentence, roots)
	}
	return nil
}
