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

func init() {
	register(&command{
		name:    "code",
		args:    "[FILE | -]",
		summary: "analyse articles without storing them and print the JSON of each (the dyad code contract)",
		run:     runCode,
	})
}

func runCode(ctx context.Context, e *env, args []string) (err error) {
	c := lookup("code")
	fs := flags(e, c)
	format := fs.String("format", formatJSON, "json (one indented object per article) or jsonl (one per line)")
	date := fs.String("date", "", "published date YYYY-MM-DD for input that has none (plain text)")
	withSyntax := fs.Bool("syntax", false, "add the \"syntax\" field: tags, lemmas and the dependency parse of each sentence\nthat may hold an event (docs/syntax.md)")
	maxBytes := maxBytesFlag(fs)
	encoding := encodingFlag(fs)
	var dicts dictFlags
	dicts.add(fs, e.stderr)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *format != formatJSON && *format != formatJSONL {
		return fmt.Errorf("--format %q: dyad code writes json or jsonl", *format)
	}
	if err := checkMaxBytes(*maxBytes); err != nil {
		return err
	}
	if _, err := ingest.CheckEncoding(*encoding); err != nil {
		return err
	}
	var published time.Time
	if *date != "" {
		published, err = time.Parse(dyad.DateLayout, *date)
		if err != nil || !dyad.DateInRange(published) {
			return fmt.Errorf("--date %q: want YYYY-MM-DD with a year from %d to %d", *date, dyad.FirstYear, dyad.LastYear)
		}
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	out := bufio.NewWriter(e.stdout)
	defer closeInto(&err, out.Flush)
	enc := json.NewEncoder(out)
	if *format == formatJSON {
		enc.SetIndent("", "  ")
	}
	enc.SetEscapeHTML(false)
	z, err := newAnalyzer(&dicts)
	if err != nil {
		return err
	}
	n := 0
	var skips skipLog
	defer skips.write(e.stderr)
	opt := ingest.Options{
		Stdin:    e.stdin,
		OnSkip:   func(err *dyad.InputError) { skips.add(err.Kind(), err.Error()) },
		MaxBytes: *maxBytes,
		Encoding: *encoding,
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
		if !*withSyntax {
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
