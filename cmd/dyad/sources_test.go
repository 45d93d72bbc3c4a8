package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// ingestSummary is the part of ingest's JSON summary these tests read.
type ingestSummary struct {
	Read, New, Updated, Unchanged, Skipped int
	Reasons                                map[string]int `json:"skip_reasons"`
}

// ingestJSON runs dyad ingest --format json and returns its summary.
func ingestJSON(t *testing.T, db string, args ...string) ingestSummary {
	t.Helper()
	code, out, errs := dyadRun(t, "", append([]string{"ingest", "--db", db, "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("ingest %v: exit %d: %s %s", args, code, out, errs)
	}
	var s ingestSummary
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("summary %q: %v", out, err)
	}
	return s
}

// TestIngestHTML ingests a saved web page twice: its main text, title,
// canonical URL and date are stored once, the second run changes nothing.
func TestIngestHTML(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	page := filepath.Join("..", "..", "ingest", "testdata", "html", "harbour.html")
	if s := ingestJSON(t, db, page); s.Read != 1 || s.New != 1 {
		t.Fatalf("first run: %+v", s)
	}
	if s := ingestJSON(t, db, page); s.Read != 1 || s.Unchanged != 1 || s.New != 0 {
		t.Errorf("second run: %+v, want the page unchanged", s)
	}
	out := mustRun(t, "", "search", "--db", db, "--format", "json", "Westhaven")
	var hits []struct{ ID, Date, Source, Title string }
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatalf("search: %v: %s", err, out)
	}
	if len(hits) != 1 || hits[0].Date != "2024-05-16" || hits[0].Source != "The Coastal Ledger" ||
		hits[0].Title != "Port workers end strike after pay deal" {
		t.Errorf("search hits %+v", hits)
	}
	if out := mustRun(t, "", "search", "--db", db, "--format", "json", "cookies"); strings.Contains(out, hits[0].ID) {
		t.Errorf("the cookie banner was stored as text: %s", out)
	}
}

// TestIngestFeed ingests an RSS feed twice: one article per item with
// text, the item without text counted as skipped, nothing stored twice.
func TestIngestFeed(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	feed := filepath.Join("..", "..", "ingest", "testdata", "feeds", "wire.rss")
	s := ingestJSON(t, db, feed)
	if s.Read != 2 || s.New != 2 || s.Skipped != 1 || s.Reasons["missing text"] != 1 {
		t.Fatalf("first run: %+v", s)
	}
	if s := ingestJSON(t, db, feed); s.Unchanged != 2 || s.New != 0 || s.Updated != 0 {
		t.Errorf("second run: %+v, want both items unchanged", s)
	}
	out := mustRun(t, "", "stats", "--db", db, "--format", "json")
	if !strings.Contains(out, `"articles": 2`) && !strings.Contains(out, `"articles":2`) {
		t.Errorf("stats: %s", out)
	}
}

// TestIngestArchive ingests a zip holding a saved page, a feed and a WARC
// written here, twice: the second run stores nothing new.
func TestIngestArchive(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	read := func(p string) []byte {
		b, err := os.ReadFile(filepath.Join("..", "..", "ingest", "testdata", p))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	warc := "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000001-0000-0000-0000-000000000000>\r\n" +
		"WARC-Date: 2024-02-10T12:00:00Z\r\nWARC-Target-URI: https://a.example/mine\r\nContent-Type: text/html\r\n"
	body := "<html><body><article><p>Miners went back to work on Monday after a strike of two weeks over safety rules.</p></article></body></html>"
	warc += "Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body + "\r\n\r\n"
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, data := range map[string][]byte{"page.html": read("html/harbour.html"), "wire.rss": read("feeds/wire.rss"), "crawl.warc": []byte(warc)} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(dir, "news.zip")
	if err := os.WriteFile(archive, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if s := ingestJSON(t, db, archive); s.Read != 4 || s.New != 4 {
		t.Fatalf("first run: %+v, want 4 new (a page, two feed items, a WARC page)", s)
	}
	if s := ingestJSON(t, db, archive); s.Unchanged != 4 || s.New != 0 {
		t.Errorf("second run: %+v, want 4 unchanged", s)
	}
}

// TestIngestOtherLanguage stores a French page marked fr, without
// analysis, and says so in the summary.
func TestIngestOtherLanguage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	page := filepath.Join("..", "..", "ingest", "testdata", "html", "marche.html")
	code, out, errs := dyadRun(t, "", "ingest", "--db", db, page)
	if code != 0 || !strings.Contains(out, "stored 1 not analysed (not English): fr 1") {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	out = mustRun(t, "", "stats", "--db", db, "--format", "json")
	if !strings.Contains(out, `"sentences": 0`) && !strings.Contains(out, `"sentences":0`) {
		t.Errorf("the French page was analysed: %s", out)
	}
}

// TestIngestNearDuplicates ingests a wire story, an edited copy of it at
// another URL and another story: the copy joins the story's cluster and
// is counted, in the first run only.
func TestIngestNearDuplicates(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	story := "Fisheries ministers from the coastal states met in Brussels on Thursday to discuss next year's quotas for cod, " +
		"haddock and herring. No agreement was reached after eleven hours of talks, and the meeting will resume in June, " +
		"officials said. Scientists have advised cuts of up to a fifth in the northern stocks, which fishing communities " +
		"say would cost hundreds of jobs."
	lines := []map[string]string{
		{"url": "https://wire.example/1", "date": "2024-05-16", "text": story},
		{"url": "https://paper.example/a", "date": "2024-05-16", "text": "BRUSSELS (Harbour Wire) - " + story + " Additional reporting by Ana Soto."},
		{"url": "https://paper.example/b", "date": "2024-05-16", "text": "The central bank left its main interest rate unchanged at 4.25 percent on Wednesday, saying inflation was falling more slowly than expected."},
	}
	var b strings.Builder
	for _, l := range lines {
		j, _ := json.Marshal(l)
		b.Write(j)
		b.WriteByte('\n')
	}
	in := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := dyadRun(t, "", "ingest", "--db", db, "--format", "json", in)
	var s struct {
		New            int
		NearDuplicates int `json:"near_duplicates"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &s) != nil || s.New != 3 || s.NearDuplicates != 1 {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	if out := mustRun(t, "", "ingest", "--db", db, in); !strings.Contains(out, "0 new") || strings.Contains(out, "near-duplicates") {
		t.Errorf("second run: %s", out)
	}
}

// TestDedupFlag: two copies of a story with one event each count once
// with --dedup in events and timeline.
func TestDedupFlag(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	story := "Russian troops shelled Ukrainian positions near the river on Tuesday, officials in Kyiv said. " +
		"The shelling lasted for several hours and damaged two bridges, the regional governor told reporters on Wednesday."
	in := filepath.Join(dir, "news.jsonl")
	var b strings.Builder
	for i, text := range []string{story, story + " Reporting by the wire desk.", "China criticised new tariffs imposed by the United States on Friday."} {
		j, _ := json.Marshal(map[string]string{"url": "https://x.example/" + strconv.Itoa(i), "date": "2024-05-14", "text": text})
		b.Write(j)
		b.WriteByte('\n')
	}
	writeFile(t, in, b.String())
	mustRun(t, "", "ingest", "--db", db, "--quiet", in)
	count := func(args ...string) int {
		out := mustRun(t, "", append(args, "--db", db, "--format", "csv")...)
		return strings.Count(out, "\n") - 1
	}
	all, once := count("events", "--actor", "RUS"), count("events", "--actor", "RUS", "--dedup")
	if all < 2 || once != all/2 {
		t.Errorf("events: %d, with --dedup %d; want half", all, once)
	}
	tl := mustRun(t, "", "timeline", "RUS", "UKR", "--by", "day", "--db", db, "--format", "json")
	tlOnce := mustRun(t, "", "timeline", "RUS", "UKR", "--by", "day", "--dedup", "--db", db, "--format", "json")
	var a, o []struct{ Events int }
	json.Unmarshal([]byte(tl), &a)
	json.Unmarshal([]byte(tlOnce), &o)
	if len(a) != 1 || len(o) != 1 || o[0].Events*2 != a[0].Events {
		t.Errorf("timeline %s, with --dedup %s", tl, tlOnce)
	}
}
