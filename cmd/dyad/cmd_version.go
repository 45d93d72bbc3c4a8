package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"dyad/events"
	"dyad/ner"
	"dyad/syntax"
)

// versionCommand is dyad version.
type versionCommand struct {
	format string
}

func (versionCommand) usage() usage {
	return usage{name: "version",
		summary: "print dyad's version, the Go it was built with, the event codebook's version, and the format, data and licence of each built-in model"}
}

func (c versionCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	fs.StringVar(&c.format, "format", formatTable, "table or json")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fs.Usage()
		return errUsage
	}
	if c.format != formatTable && c.format != formatJSON {
		return fmt.Errorf("--format %q: dyad version writes table or json", c.format)
	}
	v, err := readVersion()
	if err != nil {
		return err
	}
	if c.format == formatJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	v.write(e.stdout)
	return nil
}

// versionInfo is what dyad version prints.
type versionInfo struct {
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
}

// readVersion gathers the version of the binary from its build
// information, and those of the codebook and the models.
func readVersion() (*versionInfo, error) {
	v := &versionInfo{Version: "(devel)", Go: runtime.Version()}
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
		return nil, err
	}
	info := m.Info()
	v.Syntax.Format, v.Syntax.Data, v.Syntax.Licence = info.Format, info.Data, info.Licence
	return v, nil
}

// write prints v for people.
func (v *versionInfo) write(w io.Writer) {
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
	fmt.Fprintf(w, "syntax model  %s\n  data        %s\n  licence     %s\n", v.Syntax.Format, v.Syntax.Data, v.Syntax.Licence)
	nerFormat := v.NER.Format
	if nerFormat == "" {
		nerFormat = "none"
	}
	fmt.Fprintf(w, "ner model     %s\n  data        %s\n  licence     %s\n", nerFormat, v.NER.Data, v.NER.Licence)
}
