// Command evalcmd scores the event coder on gold files and prints what it
// saw, for the developers of package events: mentions and events of every
// record of a PETRARCH-style gold file (-dump), and the accuracy of the
// PLOVER categories of the predicted codes on a PLOVER gold file (-plover),
// or the mentions and events of one text (-text). It runs the pipeline
// dyad ingests with, from internal/stages, syntax stage included.
//
//	go run ./events/internal/evalcmd -plover ../shared/eval/plover_gsr_dev.jsonl
//	go run ./events/internal/evalcmd -dump ../shared/eval/petrarch2_gsr_dev.jsonl
//	go run ./events/internal/evalcmd -date 2024-05-16 -text "Xi and Putin met in Beijing."
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"dyad"
	"dyad/events"
	"dyad/internal/stages"
	"dyad/pipeline"
)

type record struct {
	ID       string `json:"id"`
	Date     string `json:"date"`
	Text     string `json:"text"`
	Event    string `json:"event"`
	Expected []struct {
		Source, Target, Code string
	} `json:"expected"`
}

func main() {
	dump := flag.String("dump", "", "print mentions and events of every record of this gold file")
	plover := flag.String("plover", "", "report PLOVER category accuracy on this PLOVER gold file")
	verbose := flag.Bool("v", false, "with -plover: print every record")
	text := flag.String("text", "", "code this one text and print its mentions and events")
	date := flag.String("date", "2024-05-16", "with -text: the published date")
	flag.Parse()
	if *dump == "" && *plover == "" && *text == "" {
		flag.Usage()
		os.Exit(2)
	}
	z, err := stages.New(stages.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *text != "" {
		recs := []record{{ID: "text", Date: *date, Text: *text}}
		if err := dumpRecords(z, recs, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	if *dump != "" {
		if err := runDump(z, *dump, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	if *plover != "" {
		if err := runPlover(z, *plover, *verbose, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

func read(name string) ([]record, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

func analyze(z *pipeline.Analyzer, r record) (*dyad.Analysis, error) {
	art := &dyad.Article{ID: r.ID, Text: r.Text}
	art.Published, _ = time.Parse(dyad.DateLayout, r.Date)
	return z.Analyze(context.Background(), art)
}

func runDump(z *pipeline.Analyzer, name string, w io.Writer) error {
	recs, err := read(name)
	if err != nil {
		return err
	}
	return dumpRecords(z, recs, w)
}

// dumpRecords prints the mentions, gold events and coded events of recs.
func dumpRecords(z *pipeline.Analyzer, recs []record, w io.Writer) error {
	for _, r := range recs {
		a, err := analyze(z, r)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: %s\n", r.ID, r.Text)
		var ms []string
		for _, m := range a.Mentions {
			ms = append(ms, fmt.Sprintf("%s=%s", m.Text, m.Actor))
		}
		fmt.Fprintf(w, "  mentions: %s\n", strings.Join(ms, " | "))
		var gold []string
		for _, e := range r.Expected {
			gold = append(gold, e.Source+" "+e.Target+" "+e.Code)
		}
		fmt.Fprintf(w, "  gold: %s\n", strings.Join(gold, ", "))
		for _, e := range a.Events {
			fmt.Fprintf(w, "  event: %s %s %s %q neg=%v hyp=%v date=%s\n", e.Source, e.Target, e.Code, e.Trigger.Text, e.Negated, e.Hypothetical, e.Date)
		}
	}
	return nil
}

// runPlover codes each record and compares the PLOVER category of its
// first non-negated event with the gold category.
func runPlover(z *pipeline.Analyzer, name string, verbose bool, w io.Writer) error {
	recs, err := read(name)
	if err != nil {
		return err
	}
	right, coded := 0, 0
	byCat := map[string][2]int{}
	for _, r := range recs {
		a, err := analyze(z, r)
		if err != nil {
			return err
		}
		gold := r.Event
		if gold == "" && len(r.Expected) > 0 {
			gold = r.Expected[0].Code
		}
		got, code := "", ""
		for _, e := range a.Events {
			if !e.Negated {
				got, code = events.PLOVER(e.Code), e.Code
				break
			}
		}
		if got != "" {
			coded++
		}
		c := byCat[gold]
		c[1]++
		if got == gold {
			right++
			c[0]++
		}
		byCat[gold] = c
		if verbose {
			mark := " "
			if got == gold {
				mark = "+"
			}
			fmt.Fprintf(w, "%s %-12s %-12s %-5s %s\n", mark, gold, got, code, r.Text)
		}
	}
	n := len(recs)
	fmt.Fprintf(w, "%s: %d records, %d coded, category accuracy %.3f (%d/%d), accuracy on coded %.3f\n",
		name, n, coded, float64(right)/float64(max(n, 1)), right, n, float64(right)/float64(max(coded, 1)))
	cats := make([]string, 0, len(byCat))
	for k := range byCat {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	for _, k := range cats {
		fmt.Fprintf(w, "  %-14s %2d/%2d\n", k, byCat[k][0], byCat[k][1])
	}
	return nil
}
