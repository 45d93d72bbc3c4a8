package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// The output formats every query command accepts.
const (
	formatTable = "table"
	formatJSON  = "json"
	formatJSONL = "jsonl"
	formatCSV   = "csv"
	formatTSV   = "tsv"
)

func checkFormat(f string) error {
	switch f {
	case formatTable, formatJSON, formatJSONL, formatCSV, formatTSV:
		return nil
	}
	return fmt.Errorf("unknown --format %q: want table, json, jsonl, csv or tsv", f)
}

// column is one column of a table: a header and how to get a cell.
type column[T any] struct {
	Name  string
	Width int // 0: no limit; cells longer than this are cut in tables
	Get   func(T) string
}

// render writes rows in the chosen format. JSON formats marshal the rows
// themselves; the others use the columns.
func render[T any](w io.Writer, format string, rows []T, cols []column[T]) error {
	switch format {
	case formatJSON:
		if rows == nil {
			rows = []T{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	case formatJSONL:
		enc := json.NewEncoder(w)
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	case formatCSV, formatTSV:
		return writeRecords(w, format, columnNames(cols), rows, cols)
	default:
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for i, c := range cols {
			if i > 0 {
				fmt.Fprint(tw, "\t")
			}
			fmt.Fprint(tw, strings.ToUpper(c.Name))
		}
		fmt.Fprintln(tw)
		for _, r := range rows {
			for i, c := range cols {
				if i > 0 {
					fmt.Fprint(tw, "\t")
				}
				fmt.Fprint(tw, cell(c.Get(r), c.Width))
			}
			fmt.Fprintln(tw)
		}
		return tw.Flush()
	}
}

// columnNames returns the names of cols, the header of a CSV table.
func columnNames[T any](cols []column[T]) []string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	return names
}

// writeRecords writes an optional header and the rows as CSV or TSV.
func writeRecords[T any](w io.Writer, format string, header []string, rows []T, cols []column[T]) error {
	cw := csv.NewWriter(w)
	if format == formatTSV {
		cw.Comma = '\t'
	}
	if header != nil {
		if err := cw.Write(header); err != nil {
			return err
		}
	}
	rec := make([]string, len(cols))
	for _, r := range rows {
		for i, c := range cols {
			rec[i] = c.Get(r)
			if format == formatTSV {
				rec[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(rec[i])
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// closeInto calls closeFn, a deferred Close or Flush on a write path, and
// keeps its error in *err unless *err already holds one: a failed Close
// or Flush means lost output, never a success.
func closeInto(err *error, closeFn func() error) {
	if cerr := closeFn(); *err == nil {
		*err = cerr
	}
}

// cell flattens white space and cuts s to width runes with an ellipsis.
func cell(s string, width int) string {
	s = strings.Join(strings.Fields(s), " ")
	if width > 0 && utf8.RuneCountInString(s) > width {
		r := []rune(s)
		return string(r[:width-1]) + "…"
	}
	return s
}
