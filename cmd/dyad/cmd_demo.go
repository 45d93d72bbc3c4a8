package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"dyad"
	"dyad/demo"
	"dyad/ingest"
	"dyad/postgres"
)

// demoCommand is dyad demo.
type demoCommand struct {
	db string
}

func (demoCommand) usage() usage {
	return usage{name: "demo",
		summary: "ingest a small illustrative sample corpus built into dyad into a store of its own, then show what to try"}
}

// demoDB is the store the demo writes to unless given --db. $DYAD_DB does
// not apply: it names the user's own store, which invented articles must
// never join.
const demoDB = "dyad-demo.db"

func (c demoCommand) Run(ctx context.Context, e *Env, args []string) (err error) {
	fs := flags(e, c)
	fs.StringVar(&c.db, "db", demoDB, "database for the sample: a new SQLite file or postgres:// URL, or one that holds only the sample ($DYAD_DB does not apply)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		fs.Usage()
		return errUsage
	}
	st, err := openStore(ctx, c.db)
	if err != nil {
		return err
	}
	defer closeInto(&err, st.Close)
	shown := postgres.Redact(c.db) // a postgres:// URL without its password
	if err := onlyDemo(ctx, st, shown); err != nil {
		return err
	}
	sample := demo.Sample()
	read := func(ctx context.Context, opt ingest.Options, emit func(*dyad.Article) error) error {
		return ingest.ReadStream(ctx, "demo/sample.jsonl", bytes.NewReader(sample), opt, emit)
	}
	z, err := newAnalyzer(nil)
	if err != nil {
		return err
	}
	sum, err := ingestWith(ctx, e, st, z, int64(len(sample)), read, 0, 0)
	if perr := printSummary(e.stdout, formatTable, sum); err == nil {
		err = perr
	}
	if err != nil {
		return err
	}
	printTryNext(e, shown)
	return nil
}

// onlyDemo returns an error when st holds articles other than the sample's,
// so that the demo never mixes invented articles into real ones.
func onlyDemo(ctx context.Context, st dyad.Store, shown string) error {
	stats, err := st.Stats(ctx)
	if err != nil {
		return userError(err)
	}
	have, err := st.Hashes(ctx, demo.IDs())
	if err != nil {
		return userError(err)
	}
	if other := stats.Articles - int64(len(have)); other > 0 {
		return fmt.Errorf("%s holds %d %s that %s not the demo's; the demo writes its invented articles only to a store of their own: run it without --db (it uses ./%s) or name a new file",
			shown, other, plural(other, "article", "articles"), plural(other, "is", "are"), demoDB)
	}
	return nil
}

func plural(n int64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// printTryNext prints command lines to try on the demo store, written the
// way the user ran dyad so that they work as printed (from the directory of
// the demo store: its path is as given).
func printTryNext(e *Env, shown string) {
	prog := e.prog
	if prog == "" {
		prog = "dyad"
	}
	db := " --db " + shellQuote(shown)
	w := e.stdout
	fmt.Fprintf(w, "\nThe sample (illustrative news items written for dyad, not real reports) is in %s.\nTry next:\n", shown)
	lines := []struct{ cmd, about string }{
		{prog + " events" + db + " --actor CHN --limit 10", "who did what to whom, with the sentence"},
		{prog + " timeline" + db + " CHN RUS --by year", "China-Russia relations year by year"},
		{prog + " actors" + db, "the most active actors"},
		{prog + " search" + db + ` "sanctions"`, "full-text search with snippets"},
		{prog + " article" + db + " demo-001", "one article, sentence by sentence"},
		{prog + " events" + db + " --code 19 --format csv", "fights, as CSV for a spreadsheet"},
		{`echo "Russian troops shelled Ukrainian positions." | ` + prog + " code", "analyse a text without storing it"},
	}
	width := 0
	for _, l := range lines {
		width = max(width, len(l.cmd))
	}
	for _, l := range lines {
		fmt.Fprintf(w, "  %-*s  # %s\n", width, l.cmd, l.about)
	}
	if prog == "go run ./cmd/dyad" {
		fmt.Fprint(w, `
To type "dyad" instead of "go run ./cmd/dyad": go install ./cmd/dyad (it lands in
$(go env GOPATH)/bin, which must be on your PATH), or go build -o dyad ./cmd/dyad
and type ./dyad.
`)
	}
}

// shellQuote quotes s for a POSIX shell when it holds anything but letters,
// digits and the punctuation of plain paths and URLs.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:@%+=,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
