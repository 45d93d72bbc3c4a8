package dyad

import (
	"errors"
	"fmt"
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
	date := func(what string, i int, d string) error {
		if d == "" {
			return nil
		}
		if t, err := time.Parse(DateLayout, d); err != nil || !DateInRange(t) {
			return fmt.Errorf("article %s: %s %d: date %q: want YYYY-MM-DD with a year from %d to %d",
				a.Article.ID, what, i, d, FirstYear, LastYear)
		}
		return nil
	}
	n := len(a.Article.Text)
	check := func(what string, i, start, end int) error {
		if (Span{start, end}).Valid(n) {
			return nil
		}
		return fmt.Errorf("article %s: %s %d: span [%d, %d) is outside the text of %d bytes",
			a.Article.ID, what, i, start, end, n)
	}
	for i, x := range a.Sentences {
		if err := check("sentence", i, x.Start, x.End); err != nil {
			return err
		}
	}
	for i, x := range a.Mentions {
		if err := check("mention", i, x.Start, x.End); err != nil {
			return err
		}
	}
	for i, x := range a.Events {
		if err := check("event trigger", i, x.Trigger.Start, x.Trigger.End); err != nil {
			return err
		}
		if x.Code == "" {
			return fmt.Errorf("article %s: event %d has no code", a.Article.ID, i)
		}
		if err := date("event", i, x.Date); err != nil {
			return err
		}
	}
	for i, x := range a.Counts {
		if err := check("count", i, x.Start, x.End); err != nil {
			return err
		}
	}
	for i, x := range a.Quotes {
		if err := check("quote", i, x.Start, x.End); err != nil {
			return err
		}
	}
	for i, x := range a.Dates {
		if err := check("date", i, x.Start, x.End); err != nil {
			return err
		}
		if err := date("date", i, x.Date); err != nil {
			return err
		}
	}
	for i, x := range a.Themes {
		for _, sp := range x.Spans {
			if err := check("theme", i, sp.Start, sp.End); err != nil {
				return err
			}
		}
	}
	for i := range a.Syntax {
		if err := a.validateParse(i, check); err != nil {
			return err
		}
	}
	return nil
}

// validateParse checks parse i: a sentence that exists, every word inside
// the text, every head a word of the parse, exactly one root.
func (a *Analysis) validateParse(i int, check func(what string, i, start, end int) error) error {
	p := &a.Syntax[i]
	if p.Sentence < 0 || p.Sentence >= len(a.Sentences) {
		return fmt.Errorf("article %s: parse %d is of sentence %d, which does not exist", a.Article.ID, i, p.Sentence)
	}
	roots := 0
	for j, w := range p.Words {
		if err := check(fmt.Sprintf("parse %d word", i), j, w.Start, w.End); err != nil {
			return err
		}
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
