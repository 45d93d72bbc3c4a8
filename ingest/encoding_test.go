package ingest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dyad"
)

// TestEncoding reads Latin-1 and Windows-1252 input: .txt files by
// themselves, every format with the encoding given, nothing but UTF-8 with
// utf-8.
func TestEncoding(t *testing.T) {
	tests := []struct {
		name, enc, file, in string
		text                string // of the one article; "" for none
		skip                string // prefix of the one skip; "" for none
	}{
		{"auto txt latin1", "", "old.txt", "caf\xe9 au lait", "café au lait", ""},
		{"auto txt cp1252 quotes", "", "old.txt", "\x93Quoted\x94 \x96 dash", "“Quoted” – dash", ""},
		{"auto txt mixed keeps UTF-8", "", "old.txt", "café and caf\xe9", "café and café", ""},
		{"auto txt gz", "", "old.txt.gz", gz("caf\xe9"), "café", ""},
		{"auto txt with NUL later", "", "old.txt", "caf\xe9" + strings.Repeat(" x", 600) + "\x00", "", "old.txt: binary file (NUL byte at 1204)"},
		{"auto jsonl stays UTF-8", "", "a.jsonl", "{\"text\":\"caf\xe9\"}\n", "", "a.jsonl:1: invalid UTF-8 at byte"},
		{"auto unknown stays UTF-8", "", "old.dat", "caf\xe9", "", "old.dat: binary file (not UTF-8 text); if it is Latin-1 text, read it with the encoding latin1"},
		{"utf-8 txt", "utf-8", "old.txt", "caf\xe9", "", "old.txt: binary file (not UTF-8 text)"},
		{"utf-8 txt later", "UTF8", "old.txt", strings.Repeat("é", 1000) + "\xff", "", "old.txt: invalid UTF-8 at byte 2000 (if it is Latin-1 text, read it with the encoding latin1)"},
		{"latin1 txt", "latin1", "old.txt", "caf\xe9", "café", ""},
		{"latin1 jsonl", "latin1", "a.jsonl", "{\"text\":\"caf\xe9 \x93q\x94\"}\n", "café “q”", ""},
		{"latin1 csv gz", "ISO-8859-1", "a.csv.gz", gz("id,text\n1,caf\xe9\n"), "café", ""},
		{"latin1 tsv", "latin-1", "a.tsv", "id\ttext\n1\tna\xefve\n", "naïve", ""},
		{"latin1 sniffed", "latin1", "-", "caf\xe9", "café", ""},
		{"latin1 reads UTF-8 as Latin-1", "latin1", "a.txt", "café", "cafÃ©", ""},
		{"windows-1252", "cp1252", "a.txt", "\x80 5", "€ 5", ""},
	}
	for _, tc := range tests {
		var texts, skips []string
		opt := Options{Encoding: tc.enc, OnSkip: func(e *dyad.InputError) { skips = append(skips, e.Error()) }}
		err := ReadStream(context.Background(), tc.file, strings.NewReader(tc.in), opt, func(a *dyad.Article) error {
			checkArticle(t, a)
			texts = append(texts, a.Text)
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		wantTexts := []string{tc.text}
		if tc.text == "" {
			wantTexts = nil
		}
		if !slices.Equal(texts, wantTexts) || len(skips) != len(wantTexts)^1 ||
			len(skips) == 1 && !strings.HasPrefix(skips[0], tc.skip) {
			t.Errorf("%s: read %q, skipped %q; want %q, skip %q", tc.name, texts, skips, wantTexts, tc.skip)
		}
	}

	if err := ReadStream(context.Background(), "a.txt", strings.NewReader("x"), Options{Encoding: "ebcdic"},
		func(*dyad.Article) error { return nil }); dyad.ErrorCode(err) != dyad.EINVALID ||
		!strings.Contains(err.Error(), `unknown encoding "ebcdic": want auto, utf-8, latin1 or windows-1252`) {
		t.Errorf("unknown encoding: %v", err)
	}
	if err := Read(context.Background(), nil, Options{Encoding: "koi8-r"}, func(*dyad.Article) error { return nil }); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("Read with an unknown encoding: %v, want EINVALID", err)
	}
}

// TestFolderFileTypes: a folder is read for the files of input types only;
// the others are reported by name with their reason and left out of Size;
// a file named on its own is read whatever its name.
func TestFolderFileTypes(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"README.md":       "# About this corpus",
		"LICENSE":         "Licensed.",
		"notes.docx":      "PK\x03\x04",
		"a.jsonl":         `{"id":"a","text":"x"}` + "\n",
		"b.TXT":           "Hello.",
		"c.csv.gz":        gz("id,text\nc,x\n"),
		"sub/d.md.gz":     gz("# Notes"),
		"sub/e.ndjson":    `{"id":"e","text":"x"}` + "\n",
		"sub/f.text":      "Text.",
		"sub/.hidden.md":  "hidden",
		"g.json":          `[{"id":"g","text":"x"}]`,
		"h.tsv":           "id\ttext\nh\tx\n",
		"sub/raw.gz":      gz("Raw."),
		"sub/data.jsonl~": `{"id":"backup","text":"x"}`,
	})
	var ids []string
	var skipped []string
	opt := Options{OnSkip: func(e *dyad.InputError) {
		if e.Reason != ReasonFileType {
			t.Errorf("skip %v: reason %q", e, e.Reason)
		}
		rel, _ := filepath.Rel(dir, e.Name)
		skipped = append(skipped, filepath.ToSlash(rel))
	}}
	readme := filepath.Join(dir, "README.md")
	err := Read(context.Background(), []string{dir, readme}, opt, func(a *dyad.Article) error {
		ids = append(ids, a.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	wantSkipped := []string{"LICENSE", "README.md", "notes.docx", "sub/d.md.gz", "sub/data.jsonl~", "sub/raw.gz"}
	if !slices.Equal(skipped, wantSkipped) {
		t.Errorf("skipped %q, want %q", skipped, wantSkipped)
	}
	if len(ids) != 8 || ids[7] != dyad.ArticleID("", "", "# About this corpus") {
		t.Errorf("read %q: want 7 articles from the folder and README.md named on its own", ids)
	}
	size, err := Size([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var want int64
	for _, name := range []string{"a.jsonl", "b.TXT", "c.csv.gz", "sub/e.ndjson", "sub/f.text", "g.json", "h.tsv"} {
		want += fileSize(t, filepath.Join(dir, name))
	}
	if size != want {
		t.Errorf("Size = %d, want %d (the files read)", size, want)
	}
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}
