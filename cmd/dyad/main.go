// Command dyad turns news articles into dated, sourced event data and
// answers questions about it. Run "dyad help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"
	"syscall"

	"golang.org/x/term"

	"dyad"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &Env{
		stdin:    os.Stdin,
		stdout:   os.Stdout,
		stderr:   os.Stderr,
		getenv:   os.Getenv,
		prog:     invocation(os.Args[0]),
		ttyOut:   term.IsTerminal(int(os.Stdout.Fd())),
		progress: term.IsTerminal(int(os.Stderr.Fd())),
	}
	os.Exit(profiled(e, func() int { return run(ctx, e, os.Args[1:]) }))
}

// profiled runs f, writing a CPU profile of it to the file that the
// environment variable DYAD_CPUPROFILE names, if any ("go tool pprof
// dyad FILE" reads it). A profile that cannot be written is reported and
// does not change f's exit status.
func profiled(e *Env, f func() int) int {
	path := e.getenv("DYAD_CPUPROFILE")
	if path == "" {
		return f()
	}
	out, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad: DYAD_CPUPROFILE: %v\n", err)
		return f()
	}
	defer out.Close()
	if err := pprof.StartCPUProfile(out); err != nil {
		fmt.Fprintf(e.stderr, "dyad: DYAD_CPUPROFILE %s: %v\n", path, err)
		return f()
	}
	defer pprof.StopCPUProfile()
	return f()
}

// Env is what a command may touch of the outside world, so that tests can
// run commands in-process.
type Env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	prog           string // how the user ran dyad ("dyad", "./dyad", "go run ./cmd/dyad"); "" is "dyad"
	ttyOut         bool   // stdout is a terminal
	progress       bool   // stderr is a terminal: draw progress bars
}

// invocation returns how the user ran dyad, given os.Args[0], for the
// command lines dyad prints: "go run ./cmd/dyad" when the binary was built
// by go run (into a go-build temporary directory), else os.Args[0].
func invocation(arg0 string) string {
	if strings.Contains(filepath.ToSlash(arg0), "/go-build") {
		return "go run ./cmd/dyad"
	}
	return arg0
}

// A command is one subcommand of dyad: a type whose fields are its flags,
// in the manner of litestream's cmd/litestream. Run parses the arguments
// after the command's name and runs it. Commands are values and Run has a
// value receiver, so each run parses its flags into a copy of its own.
type command interface {
	usage() usage
	Run(ctx context.Context, e *Env, args []string) error
}

// usage is what dyad help says of a command.
type usage struct {
	name    string
	args    string // argument synopsis
	summary string
}

// commands is dyad's command table; dyad help lists it by name.
var commands = []command{
	actorsCommand{},
	articleCommand{},
	codeCommand{},
	demoCommand{},
	evalCommand{},
	eventsCommand{},
	exportCommand{},
	ingestCommand{},
	networkCommand{},
	searchCommand{},
	serveCommand{},
	statsCommand{},
	termsCommand{},
	themesCommand{},
	timelineCommand{},
	versionCommand{},
	watchCommand{},
}

// lookup returns the command called name, nil when there is none.
func lookup(name string) command {
	for _, c := range commands {
		if c.usage().name == name {
			return c
		}
	}
	return nil
}

// errUsage marks a usage error already explained to the user.
var errUsage = errors.New("usage")

// run runs one command line and returns the exit status.
func run(ctx context.Context, e *Env, args []string) int {
	if len(args) == 0 {
		printUsage(e.stderr)
		return 2
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			c := lookup(args[1])
			if c == nil {
				fmt.Fprintf(e.stderr, "dyad: unknown command %q\n\n", args[1])
				printUsage(e.stderr)
				return 2
			}
			// Asked-for help goes to standard output.
			he := *e
			he.stderr = e.stdout
			return exitStatus(e, c.Run(ctx, &he, []string{"-h"}))
		}
		printUsage(e.stdout)
		return 0
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(e.stderr, "dyad: unknown command %q\n\n", name)
		printUsage(e.stderr)
		return 2
	}
	return exitStatus(e, c.Run(ctx, e, args[1:]))
}

func exitStatus(e *Env, err error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.stderr, "dyad: interrupted")
		return 130
	}
	fmt.Fprintf(e.stderr, "dyad: %v\n", err)
	return 1
}

// printUsage writes the usage of dyad, with its commands.
func printUsage(w io.Writer) {
	fmt.Fprint(w, `dyad reads news and writes event data: who did what to whom, where and when,
with the sentence each record came from.

Usage: dyad COMMAND [flags] [args]

Commands:
`)
	var list []usage
	for _, c := range commands {
		list = append(list, c.usage())
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	for _, u := range list {
		fmt.Fprintf(w, "  %-9s %s\n", u.name, u.summary)
	}
	fmt.Fprint(w, `
Every command takes --db (default ./dyad.db, or $DYAD_DB; a postgres:// URL
selects PostgreSQL); demo writes to ./dyad-demo.db unless given --db.
Query commands take --format table|json|jsonl|csv|tsv.
Run "dyad help COMMAND" for a command's flags. Start with "dyad demo".
`)
}

// flags returns a FlagSet for a command whose usage names its arguments.
func flags(e *Env, c command) *flag.FlagSet {
	u := c.usage()
	fs := flag.NewFlagSet(u.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: dyad %s [flags] %s\n\n%s\n\nFlags:\n", u.name, u.args, u.summary)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags that may come before, between or after the positional
// arguments, and returns the positional ones.
// Everything after "--" is positional.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos, rest []string
	for i, a := range args {
		if a == "--" {
			args, rest = args[:i], args[i+1:]
			break
		}
	}
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(pos, rest...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// dbFlag adds --db with its default from $DYAD_DB.
func dbFlag(e *Env, fs *flag.FlagSet) *string {
	p := new(string)
	dbVar(e, fs, p)
	return p
}

// dbVar adds --db with its default from $DYAD_DB, kept in *p.
func dbVar(e *Env, fs *flag.FlagSet, p *string) {
	def := e.getenv("DYAD_DB")
	if def == "" {
		def = "dyad.db"
	}
	fs.StringVar(p, "db", def, "database: a SQLite file, or a postgres:// URL (env DYAD_DB)")
}

// formatVar adds --format, kept in *p.
func formatVar(fs *flag.FlagSet, p *string, def string) {
	fs.StringVar(p, "format", def, "output format: table, json, jsonl, csv or tsv")
}

// userError turns store errors into messages for people.
func userError(err error) error {
	var de *dyad.Error
	if errors.As(err, &de) {
		return errors.New(de.Message)
	}
	return err
}
