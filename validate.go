package dyad

import (
	"errors"
	"fmt"
	"strings"
)

// Validate checks what every store relies on: an article ID, every span
// inside the text, and events with a code. It returns an EINVALID error
// naming the article and the first record at fault.
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
	}
	for i, x := range a.Themes {
		for _, sp := range x.Spans {
			if err := check("theme", i, sp.Start, sp.End); err != nil {
				return err
			}
		}
	}
	return nil
}
