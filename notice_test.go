package dyad_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLicence: the code has a licence, NOTICE names every file built into
// the binary (each //go:embed pattern of the repository's code) with its
// own, and the README says what the NER weights' terms are and how to do
// without them.
func TestLicence(t *testing.T) {
	licence, err := os.ReadFile("LICENSE")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(licence), "Apache License\n                           Version 2.0, January 2004") ||
		!strings.Contains(string(licence), "END OF TERMS AND CONDITIONS") {
		t.Error("LICENSE is not the full Apache License 2.0")
	}
	notice, err := os.ReadFile("NOTICE")
	if err != nil {
		t.Fatal(err)
	}
	embed := regexp.MustCompile(`(?m)^//go:embed (.+)$`)
	n := 0
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range embed.FindAllSubmatch(src, -1) {
			for _, pat := range strings.Fields(string(m[1])) {
				n++
				name := filepath.ToSlash(filepath.Join(filepath.Dir(path), pat))
				if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `\b`).Match(notice) {
					t.Errorf("NOTICE does not list %s (embedded by %s) with its licence", name, path)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Errorf("only %d embedded files found", n)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"research use only", "CoNLL-2003", "--ner=off", "-tags dyad_noner", "Apache"} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("README does not say %q", want)
		}
	}
}
