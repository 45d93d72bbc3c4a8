// Command genagents derives actors/phoenix_agents.txt, dyad's default agent
// table, from Phoenix.agents.txt, the PETRARCH-2 agents dictionary (MIT,
// Open Event Data Alliance; see NOTICE): its entries and substitution sets
// without comments and blank lines, in the file's order. Run by go
// generate in actors/, from a clone with ../shared beside it:
//
//	go generate ./actors
//
// TestPhoenixAgentsGenerated checks that the committed file is what this
// command writes.
package main

import (
	"flag"
	"fmt"
	"os"

	"dyad/actors"
)

func main() {
	in := flag.String("in", "../../shared/reference/phoenix/Phoenix.agents.txt", "the Phoenix agents dictionary")
	out := flag.String("out", "phoenix_agents.txt", "the file to write")
	flag.Parse()
	src, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genagents:", err)
		os.Exit(1)
	}
	data, skipped := actors.DeriveAgents(src)
	for _, w := range skipped {
		fmt.Fprintln(os.Stderr, "left out:", w)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genagents:", err)
		os.Exit(1)
	}
}
