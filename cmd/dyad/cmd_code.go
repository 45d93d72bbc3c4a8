package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"dyad"
	"dyad/ingest"
)

// codeCommand is dyad code.
type codeCommand struct {
	format, date string
	syntax       bool
	maxBytes     int
	encoding     string
	dicts        dictFlags
}

func (codeCommand) usage() usage {
	return usage{name: "code", args: "[FILE | -]",
		summary: "analyse articles without storing them and print the JSON of each (the dyad code contract)"}
}

func (c codeCommand) Run(ctx context.Context, e *Env, args []string) (err error) {
	fs := flags(e, c)
	fs.StringVar(&c.format, "format", formatJSON, "json (one indented object per article) or jsonl (one per line)")
	fs.StringVar(&c.date, "date", "", "published date YYYY-MM-DD for input that has none (plain text)")
	fs.BoolVar(&c.syntax, "syntax", false, "add the \"syntax\" field: tags, lemmas and the dependency parse of each sentence\nthat may hold an event (docs/syntax.md)")
	maxBytesVar(fs, &c.maxBytes)
	encodingVar(fs, &c.encoding)
	c.dicts.add(fs, e.stderr)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	published, err := c.check()
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	out := bufio.NewWriter(e.stdout)
	defer closeInto(&err, out.Flush)
	enc := json.NewEncoder(out)
	if c.format == formatJSON {
		enc.SetIndent("", "  ")
	}
	enc.SetEscapeHTML(false)
	z, err := newAnalyzer(&c.dicts)
	if err != nil {
		return err
	}
	n := 0
	var skips skipLog
	defer skips.write(e.stderr)
	opt := ingest.Options{
		Stdin:    e.stdin,
		OnSkip:   func(err *dyad.InputError) { skips.add(err.Kind(), err.Error()) },
		MaxBytes: c.maxBytes,
		Encoding: c.encoding,
	}
	err = ingest.Read(ctx, paths, opt, func(art *dyad.Article) error {
		if art.Published.IsZero() {
			art.Published = published
		}
		a, err := z.Analyze(ctx, art)
		if err != nil {
			skips.add("analysis failed", err.Error())
			return nil
		}
		n++
		if !c.syntax {
			a.Syntax = nil
		}
		return enc.Encode(a)
	})
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("no article could be read from %v", paths)
	}
	return nil
}

// check checks the flags and returns the --date.
func (c *codeCommand) check() (published time.Time, err error) {
	if c.format != formatJSON && c.format != formatJSONL {
		return published, fmt.Errorf("--format %q: dyad code writes json or jsonl", c.format)
	}
	if err := checkMaxBytes(c.maxBytes); err != nil {
		return published, err
	}
	if _, err := ingest.CheckEncoding(c.encoding); err != nil {
		return published, err
	}
	if c.date != "" {
		published, err = time.Parse(dyad.DateLayout, c.date)
		if err != nil || !dyad.DateInRange(published) {
			return published, fmt.Errorf("--date %q: want YYYY-MM-DD with a year from %d to %d", c.date, dyad.FirstYear, dyad.LastYear)
		}
	}
	return published, nil
}
