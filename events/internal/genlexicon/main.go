// Command genlexicon derives events/lexicon.txt, the built-in base of the
// event coder, from the PETRARCH-2 verb dictionary CAMEO.2.0.txt (MIT,
// Open Event Data Alliance; see NOTICE): the dictionary's verbs and
// patterns written as dyad patterns by events.WriteLexicon. It is run by
// go generate in events/, from a clone with ../shared beside it:
//
//	go generate ./events
//
// The output is byte for byte the same from the same dictionary, and
// TestLexiconGenerated checks that the committed file is what this
// command writes.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"dyad/events"
)

func main() {
	in := flag.String("in", "../../shared/reference/phoenix/CAMEO.2.0.txt", "the PETRARCH-2 verb dictionary")
	out := flag.String("out", "lexicon.txt", "the pattern file to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genlexicon:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	d, warns, err := events.ReadVerbDict(f, filepath.Base(in))
	if err != nil {
		return err
	}
	for _, w := range warns {
		fmt.Fprintln(os.Stderr, "warning:", w)
	}
	tmp := out + ".tmp"
	o, err := os.Create(tmp)
	if err != nil {
		return err
	}
	st, err := events.WriteLexicon(o, d)
	if cerr := o.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d verbs, %d patterns, %d lines\n", out, st.Verbs, st.Patterns, st.Lines)
	reasons := make([]string, 0, len(st.Skipped))
	for r := range st.Skipped {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(os.Stderr, "  left out, %s: %d\n", r, st.Skipped[r])
	}
	return nil
}
