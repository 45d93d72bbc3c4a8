package main

import (
	"fmt"
	"io"
	"sync"
)

// skipExamples is how many messages of each kind of skip are printed.
const skipExamples = 3

// skipLog gathers skipped records by the kind of problem, keeping the
// first few messages of each kind, so that a file of a million bad lines
// costs a few lines of report, not a million. It is safe for concurrent
// use.
type skipLog struct {
	mu     sync.Mutex
	kinds  []string // in the order first seen
	groups map[string]*skipGroup
}

type skipGroup struct {
	n     int
	first []string // the first skipExamples messages, whole
}

// add records one skip of the given kind with its full message.
func (l *skipLog) add(kind, msg string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	g := l.groups[kind]
	if g == nil {
		if l.groups == nil {
			l.groups = map[string]*skipGroup{}
		}
		g = &skipGroup{}
		l.groups[kind] = g
		l.kinds = append(l.kinds, kind)
	}
	g.n++
	if len(g.first) < skipExamples {
		g.first = append(g.first, msg)
	}
}

// write prints each kind with its count, its first messages and how many
// more there were, in plain lines (no terminal control codes: this goes to
// logs as often as to terminals).
func (l *skipLog) write(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range l.kinds {
		g := l.groups[k]
		fmt.Fprintf(w, "skipped %s: %s\n", group(int64(g.n)), k)
		for _, m := range g.first {
			fmt.Fprintf(w, "  %s\n", m)
		}
		if more := g.n - len(g.first); more > 0 {
			fmt.Fprintf(w, "  ... and %s more\n", group(int64(more)))
		}
	}
}
