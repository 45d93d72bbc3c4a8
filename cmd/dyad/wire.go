package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"dyad"
	"dyad/actors"
	"dyad/events"
	"dyad/internal/stages"
	"dyad/pipeline"
	"dyad/postgres"
	"dyad/sqlite"
	"dyad/syntax"
)

// openStore opens the store a --db value names for writing: a postgres://
// URL selects PostgreSQL, anything else is a SQLite file, created when it
// does not exist. Only ingest and demo write.
func openStore(ctx context.Context, db string) (dyad.Store, error) {
	if isPostgres(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

// openQueryStore opens the store a --db value names for the query commands.
// A SQLite file is opened read-only, so that a mistyped path fails with "no
// store at PATH" instead of creating an empty store, and a store in a
// read-only file or directory can be queried.
func openQueryStore(ctx context.Context, db string) (dyad.Store, error) {
	if isPostgres(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.OpenReadOnly(ctx, db)
}

func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// newAnalyzer returns the analysis pipeline of internal/stages with the
// user's dictionaries and verb files in dicts.
func newAnalyzer(dicts *dictFlags) (*pipeline.Analyzer, error) {
	// The parser's model decodes (about 170 ms) while the dictionaries and
	// event patterns load (about 200 ms); stages.New then finds it loaded.
	go syntax.Default()
	d, err := dicts.dictionary()
	if err != nil {
		return nil, err
	}
	pats, err := dicts.patterns()
	if err != nil {
		return nil, err
	}
	return stages.New(stages.Options{Dictionary: d, Patterns: pats, NoNER: dicts != nil && dicts.nerOff})
}

// dictFlags are the flags that add user dictionaries to the built-in ones,
// and --ner, which leaves out the statistical tagger.
type dictFlags struct {
	actors, agents, people, verbs stringList
	nerOff                        bool // --ner=off: no ner stage, for a use free of its weights' research-only terms (NOTICE)
	warn                          io.Writer
}

// add registers --actors, --agents, --people, --verbs and --ner on fs.
func (f *dictFlags) add(fs *flag.FlagSet, warn io.Writer) {
	f.warn = warn
	fs.Var(&f.actors, "actors", "a PETRARCH/Phoenix actor dictionary to load as well (repeatable)")
	fs.Var(&f.agents, "agents", "a PETRARCH/Phoenix agent dictionary to load as well (repeatable)")
	fs.Var(&f.people, "people", "a people file in dyad's format (docs/actors.md) to load as well (repeatable)")
	fs.Var(&f.verbs, "verbs", "a PETRARCH verb dictionary (CAMEO.2.0.txt format) to code with, alone, in place of the built-in lexicon and patterns: its verbs code where the parse gives their roles (repeatable)")
	fs.Var((*offFlag)(&f.nerOff), "ner", "whether to run the statistical tagger of people, organisations and places (`on|off`, default on): its weights, trained on CoNLL-2003, are for research use only (NOTICE); with off the dictionaries still find the actors they name")
}

// offFlag is a flag that is "on" or "off", true when off.
type offFlag bool

func (f *offFlag) String() string {
	if f != nil && *f {
		return "off"
	}
	return "on"
}

func (f *offFlag) Set(v string) error {
	switch v {
	case "on":
		*f = false
	case "off":
		*f = true
	default:
		return fmt.Errorf("want on or off, not %q", v)
	}
	return nil
}

// patterns returns the built-in event patterns, or, when verb dictionaries
// are named in the flags, theirs alone (events.PatternsWith).
func (f *dictFlags) patterns() (*events.Patterns, error) {
	if f == nil || len(f.verbs) == 0 {
		return events.DefaultPatterns(), nil
	}
	var dicts []*events.VerbDict
	for _, name := range f.verbs {
		file, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		d, warnings, err := events.ReadVerbDict(file, name)
		file.Close()
		if err != nil {
			return nil, err
		}
		f.warnAll(name, warnings)
		dicts = append(dicts, d)
	}
	return events.PatternsWith(dicts...)
}

// dictionary returns the built-in actor dictionary extended by the files
// named in the flags. Malformed lines are reported as warnings naming file
// and line; a file that cannot be read is an error.
func (f *dictFlags) dictionary() (*actors.Dictionary, error) {
	d := actors.Default()
	if f == nil {
		return d, nil
	}
	type loader func(r io.Reader, name string) ([]error, error)
	for _, set := range []struct {
		files stringList
		load  loader
	}{{f.people, d.LoadPeople}, {f.actors, d.LoadPhoenixActors}, {f.agents, d.LoadPhoenixAgents}} {
		for _, name := range set.files {
			file, err := os.Open(name)
			if err != nil {
				return nil, err
			}
			warnings, err := set.load(file, name)
			file.Close()
			if err != nil {
				return nil, err
			}
			f.warnAll(name, warnings)
		}
	}
	return d, nil
}

// warnAll prints the warnings of reading file name, up to maxSkipLines.
func (f *dictFlags) warnAll(name string, warnings []error) {
	for i, w := range warnings {
		if i == maxSkipLines {
			fmt.Fprintf(f.warn, "warning: %s: ... and %d more\n", name, len(warnings)-i)
			return
		}
		fmt.Fprintf(f.warn, "warning: %v\n", w)
	}
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }
