package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"

	"dyad/events"
	"dyad/ner"
	"dyad/syntax"
)

func init() {
	register(&command{name: "version", args: "", run: runVersion,
		summary: "print dyad's version, the Go it was built with, the event codebook's version, and the format, data and licence of each built-in model"})
}

func runVersion(ctx context.Context, e *env, args []string) error {
	c := lookup("version")
	fs := flags(e, c)
	format := fs.String("format", formatTable, "table or json")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fs.Usage()
		return errUsage
	}
	if *format != formatTable && *format != formatJSON {
		return fmt.Errorf("--format %q: dyad version writes table or json", *format)
	}
	v := struct {
		Version  string `json:"version"`
		Revision string `json:"revision,omitempty"`
		Time     string `json:"time,omitempty"`
		Modified bool   `json:"modified,omitempty"`
		Go       string `json:"go"`
		Codebook struct {
			CAMEO  string `json:"cameo"`
			PLOVER string `json:"plover"`
		} `json:"codebook"`
		Syntax struct {
			Format  string `json:"format"`
			Data    string `json:"data"`
			Licence string `json:"licence"`
		} `json:"syntax_model"`
		NER ner.Info `json:"ner_model"`
	}{Version: "(devel)", Go: runtime.Version()}
	v.Codebook.CAMEO, v.Codebook.PLOVER = events.CodebookVersion, events.PLOVERVersion
	v.NER = ner.ModelInfo()
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			v.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Revision = s.Value
			case "vcs.time":
				v.Time = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	m, err := syntax.Default()
	if err != nil {
		return err
	}
	info := m.Info()
	v.Syntax.Format, v.Syntax.Data, v.Syntax.Licence = info.Format, info.Data, info.Licence
	if *format == formatJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	w := e.stdout
	fmt.Fprintf(w, "dyad %s", v.Version)
	if v.Revision != "" {
		fmt.Fprintf(w, " %.12s", v.Revision)
		if v.Modified {
			fmt.Fprint(w, "+modified")
		}
		if v.Time != "" {
			fmt.Fprintf(w, " (%s)", v.Time)
		}
	}
	fmt.Fprintf(w, ", %s\n", v.Go)
	fmt.Fprintf(w, "codebook      %s, %s\n", v.Codebook.CAMEO, v.Codebook.PLOVER)
	fmt.Fprintf(w, "syntax model  %s\n  data        %s\n  licence     %s\n", info.Format, info.Data, info.Licence)
	nerFormat := v.NER.Format
	if nerFormat == "" {
		nerFormat = "none"
	}
	fmt.Fprintf(w, "ner model     %s\n  data        %s\n  licence     %s\n", nerFormat, v.NER.Data, v.NER.Licence)
	return nil
}
