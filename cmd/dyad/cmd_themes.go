package main

import (
	"context"
	"strconv"
	"strings"

	"dyad/annotate"
)

// themesCommand is dyad themes.
type themesCommand struct {
	format string
}

func (themesCommand) usage() usage {
	return usage{name: "themes", summary: "list dyad's theme taxonomy: each code, what it is about, and its terms"}
}

// themeRow is one theme of the taxonomy as printed.
type themeRow struct {
	Code  string   `json:"code"`
	About string   `json:"about"`
	Terms []string `json:"terms"`
}

func (c themesCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	formatVar(fs, &c.format, formatTable)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		fs.Usage()
		return errUsage
	}
	if err := checkFormat(c.format); err != nil {
		return err
	}
	var rows []themeRow
	for _, d := range annotate.Taxonomy() {
		rows = append(rows, themeRow{d.Code, d.About, d.Terms})
	}
	return render(e.stdout, c.format, rows, []column[themeRow]{
		{Name: "code", Get: func(r themeRow) string { return r.Code }},
		{Name: "about", Width: 50, Get: func(r themeRow) string { return r.About }},
		{Name: "terms", Get: func(r themeRow) string { return strconv.Itoa(len(r.Terms)) }},
		{Name: "examples", Width: 60, Get: func(r themeRow) string { return strings.Join(r.Terms[:min(5, len(r.Terms))], ", ") }},
	})
}
