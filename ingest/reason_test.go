package ingest

import (
	"context"
	"strings"
	"testing"

	"dyad"
)

// TestSkipReasons checks that every skip carries its reason, the kind of
// problem without place or detail, whatever colons the detail holds.
func TestSkipReasons(t *testing.T) {
	tests := []struct {
		name, file, input, reason string
	}{
		{"bad JSON", "a.jsonl", "{\"id\":1,\n", ReasonJSON},
		{"not an object", "a.jsonl", "[1]\n", ReasonJSON},
		{"id of another type", "a.jsonl", `{"id":true,"text":"x"}` + "\n", ReasonJSON},
		{"field of another type", "a.jsonl", `{"text":5}` + "\n", ReasonJSON},
		{"missing text", "a.jsonl", `{"id":"a"}` + "\n", ReasonMissingText},
		{"date with colons", "a.jsonl", `{"text":"x","date":"2024-01-01T25:61:00"}` + "\n", ReasonDate},
		{"date of a text file", "a.txt", "date 2024-13-01\nText.", ReasonDate},
		{"UTF-8 in a field", "a.jsonl", "{\"text\":\"x\",\"title\":\"\xff\"}\n", ReasonUTF8},
		{"UTF-8 of a record", "a.jsonl", "{\"text\":\"\xff\"}\n", ReasonUTF8},
		{"binary", "a.bin", "\x00\x01\x02", ReasonBinary},
		{"gzip without header", "a.gz", "not gzip", ReasonGzip},
		{"CSV without text column", "a.csv", "id,date\n1,2024-01-01\n", ReasonCSVHeader},
		{"CSV quote", "a.csv", "id,text\n1,\"x\"y\"\n", ReasonCSV},
		{"CSV field count", "a.csv", "id,text\n1,x,y\n", ReasonFieldCount},
		{"TSV field count", "a.tsv", "id\ttext\n1\n", ReasonFieldCount},
		{"JSON array", "a.json", `[{"id":"a","text":"x"}, 5]`, ReasonJSON},
	}
	for _, tc := range tests {
		var got []*dyad.InputError
		opt := Options{OnSkip: func(e *dyad.InputError) { got = append(got, e) }}
		err := ReadStream(context.Background(), tc.file, strings.NewReader(tc.input), opt, func(*dyad.Article) error { return nil })
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(got) != 1 || got[0].Reason != tc.reason || got[0].Kind() != tc.reason {
			var msgs []string
			for _, e := range got {
				msgs = append(msgs, e.Reason+" | "+e.Error())
			}
			t.Errorf("%s: skips %q, want one with reason %q", tc.name, msgs, tc.reason)
		}
	}
}

// TestSkipRepeats: with SkipRepeats, a record whose ID was read before with
// other content is skipped by ID, across the files of one Read; the same
// content again passes; without it, every record passes.
func TestSkipRepeats(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.jsonl": `{"id":"r1","text":"first"}` + "\n" + `{"id":"r2","text":"same"}` + "\n" +
			`{"id":"r1","text":"second"}` + "\n",
		"b.jsonl": `{"id":"r2","text":"same"}` + "\n" + `{"id":"r1","text":"third"}` + "\n",
	})
	for _, skip := range []bool{true, false} {
		var texts, skips []string
		opt := Options{SkipRepeats: skip, OnSkip: func(e *dyad.InputError) {
			if e.Reason != ReasonRepeatedID {
				t.Errorf("skip %v: reason %q", e, e.Reason)
			}
			skips = append(skips, e.Error())
		}}
		err := Read(context.Background(), []string{dir}, opt, func(a *dyad.Article) error {
			texts = append(texts, a.ID+"="+a.Text)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want, wantSkips := "r1=first r2=same r2=same", 2
		if !skip {
			want, wantSkips = "r1=first r2=same r1=second r2=same r1=third", 0
		}
		if strings.Join(texts, " ") != want || len(skips) != wantSkips {
			t.Errorf("SkipRepeats %v: read %q, skipped %q; want %q and %d skips", skip, texts, skips, want, wantSkips)
		}
		for _, s := range skips {
			if !strings.Contains(s, `article "r1" was read before with other content`) {
				t.Errorf("skip %q does not name the ID", s)
			}
		}
	}
}
