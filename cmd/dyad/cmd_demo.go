package main

import (
	"bytes"
	"context"
	"fmt"

	"dyad"
	"dyad/demo"
	"dyad/ingest"
	"dyad/postgres"
)

func init() {
	register(&command{name: "demo", args: "", run: runDemo,
		summary: "ingest a small illustrative sample corpus built into dyad, then show what to try"})
}

func runDemo(ctx context.Context, e *env, args []string) error {
	c := lookup("demo")
	fs := flags(e, c)
	db := dbFlag(e, fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		fs.Usage()
		return errUsage
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	sample := demo.Sample()
	read := func(ctx context.Context, opt ingest.Options, emit func(*dyad.Article) error) error {
		return ingest.ReadStream(ctx, "demo/sample.jsonl", bytes.NewReader(sample), opt, emit)
	}
	z, err := newAnalyzer(nil)
	if err != nil {
		return err
	}
	sum, err := ingestWith(ctx, e, st, z, int64(len(sample)), read, 0, 0)
	printSummary(e.stdout, formatTable, sum)
	if err != nil {
		return err
	}
	shown := postgres.Redact(*db) // a postgres:// URL without its password
	dbArg := ""
	if *db != "dyad.db" {
		dbArg = " --db " + shown
	}
	fmt.Fprintf(e.stdout, `
The sample (illustrative news items written for dyad, not real reports) is in %s.
Try next:
  dyad events%[2]s --actor CHN --limit 10      who did what to whom, with the sentence
  dyad timeline%[2]s CHN RUS --by year         China-Russia relations year by year
  dyad actors%[2]s                             the most active actors
  dyad search%[2]s "sanctions"                 full-text search with snippets
  dyad article%[2]s demo-001                   one article, sentence by sentence
  dyad events%[2]s --code 19 --format csv      fights, as CSV for a spreadsheet
  echo "Russian troops shelled Ukrainian positions." | dyad code
`, shown, dbArg)
	return nil
}
