package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"dyad"
	"dyad/export"
)

// exportCommand is dyad export.
type exportCommand struct {
	db, format, out string
	header          bool
	f               dyad.EventFilter
	limit           int
}

func (exportCommand) usage() usage {
	return usage{name: "export",
		summary: "write every asserted event matching the filters: GDELT 2.0 event rows (tab-separated), JSON Lines, CSV or TSV"}
}

func (c exportCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	dbVar(e, fs, &c.db)
	fs.StringVar(&c.format, "format", "gdelt", "gdelt (GDELT 2.0 event table, 61 columns), jsonl, csv or tsv")
	fs.BoolVar(&c.header, "header", false, "with --format gdelt: write the column names first (GDELT's files have none)")
	fs.StringVar(&c.out, "o", "-", "output file; - for standard output")
	f := &c.f
	fs.StringVar(&f.Actor, "actor", "", "actor code prefix, as source or target")
	fs.StringVar(&f.Source, "source", "", "source actor code prefix")
	fs.StringVar(&f.Target, "target", "", "target actor code prefix")
	fs.StringVar(&f.Code, "code", "", "CAMEO code prefix")
	fs.StringVar(&f.Plover, "plover", "", "PLOVER category (CONSULT, ASSAULT, ...)")
	fs.StringVar(&f.From, "from", "", "first date YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "last date YYYY-MM-DD")
	fs.BoolVar(&f.IncludeNegated, "negated", false, "include negated events")
	fs.BoolVar(&f.IncludeHypothetical, "include-hypothetical", false, "include hypothetical events (planned, possible, conditional)")
	fs.BoolVar(&f.ExcludeInferred, "no-inferred", false, "leave out events whose actor's country was inferred, not named")
	fs.IntVar(&c.limit, "limit", 0, "most events to write (0: no limit)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		fs.Usage()
		return errUsage
	}
	if err := c.check(); err != nil {
		return err
	}
	st, err := openQueryStore(ctx, c.db)
	if err != nil {
		return err
	}
	defer st.Close()
	n, undated, err := c.write(ctx, e, st)
	if err != nil {
		return userError(err)
	}
	if undated > 0 {
		fmt.Fprintf(e.stderr, "left out %s events without a date (their articles have none and their text gives none): "+
			"a GDELT row needs a SQLDATE; --format jsonl, csv or tsv keeps them\n", group(int64(undated)))
	}
	if c.out != "-" {
		fmt.Fprintf(e.stderr, "wrote %s events to %s\n", group(int64(n)), c.out)
	}
	return nil
}

// check checks the flags, upper-cases the actor codes and turns a --limit
// of 0 into no limit.
func (c *exportCommand) check() error {
	switch c.format {
	case "gdelt", formatJSONL, formatCSV, formatTSV:
	default:
		return fmt.Errorf("--format %q: want gdelt, jsonl, csv or tsv", c.format)
	}
	f := &c.f
	if err := checkDates(f.From, f.To); err != nil {
		return err
	}
	if err := checkPlover(f); err != nil {
		return err
	}
	if err := checkLimit("limit", &c.limit); err != nil {
		return err
	}
	f.Actor, f.Source, f.Target = strings.ToUpper(f.Actor), strings.ToUpper(f.Source), strings.ToUpper(f.Target)
	return nil
}

// write writes the export to -o and returns what exportEvents returns;
// the output is complete only once its error is nil.
func (c *exportCommand) write(ctx context.Context, e *Env, st dyad.Store) (n, undated int, err error) {
	var w io.Writer = e.stdout
	var file *os.File
	if c.out != "-" {
		if file, err = os.Create(c.out); err != nil {
			return 0, 0, err
		}
		w = file
	}
	bw := bufio.NewWriter(w)
	n, undated, err = exportEvents(ctx, st, c.f, c.limit, c.format, c.header, bw)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if file != nil {
		// the file is written only once it is closed: say "wrote" after
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	return n, undated, err
}

// exportEvents writes the events matching f, limit at most, in format;
// it returns how many it wrote, and how many it left out of a GDELT
// export for want of a date.
func exportEvents(ctx context.Context, st dyad.Store, f dyad.EventFilter, limit int, format string, header bool, w io.Writer) (n, undated int, err error) {
	switch format {
	case "gdelt":
		gw := export.NewGDELTWriter(w)
		if header {
			if err := gw.WriteHeader(); err != nil {
				return 0, 0, err
			}
		}
		n, undated, err = export.WriteGDELT(ctx, st, f, limit, time.Now(), gw)
		if err != nil {
			return n, undated, err
		}
		return n, undated, gw.Flush()
	case formatJSONL:
		enc := json.NewEncoder(w)
		n, err = export.EachPage(ctx, st, f, limit, func(recs []dyad.EventRecord) error {
			for _, r := range recs {
				if err := enc.Encode(r); err != nil {
					return err
				}
			}
			return nil
		})
		return n, 0, err
	}
	header = true // CSV and TSV: the header once, before the first page
	n, err = export.EachPage(ctx, st, f, limit, func(recs []dyad.EventRecord) error {
		var names []string
		if header {
			names, header = columnNames(eventColumns), false
		}
		return writeRecords(w, format, names, recs, eventColumns)
	})
	return n, 0, err
}
