// Package ingest turns outside input into [dyad.Article]s: JSON Lines (and
// .json files of lines, arrays or a stream of objects), CSV and TSV with a
// header, plain text files (one article each), web pages ([ExtractHTML]:
// the main text and the title, canonical URL, outlet, language and time of
// publication), RSS, Atom and JSON feeds ([ParseFeed]: an article per
// item), WARC web archives (an article per HTML page captured), zip
// archives of any of these, any of them gzipped, folders of them walked
// recursively (reading only the files with those extensions), and standard
// input. The format comes from the file name's extension, else from the
// content. Input is UTF-8, but a .txt file that is not is read as
// Windows-1252 (and so Latin-1) where it is not, and [Options.Encoding]
// decodes any input from Latin-1 or Windows-1252. A bad record is skipped
// and reported as a [dyad.InputError] naming the file and the line (or
// byte offset) while reading goes on, so that one bad record never costs a
// good one. Every article gets a stable ID ([dyad.ArticleID]), a published
// time when a date is given, text that is valid UTF-8, non-empty, trimmed
// and with \n line endings, and, when it declares none and is not English,
// the language [DetectLang] finds.
//
// It also polls feeds for dyad watch: [Fetcher] gets pages as a polite
// crawler does (robots.txt, a delay per host, timeouts, retries, bounded
// bodies) and [Watcher] leases feeds and items through a
// [dyad.WatchStore], so that several watchers share a feed list.
//
// Its dependencies: golang.org/x/text, for the Windows-1252 table
// (encoding/charmap); golang.org/x/net/html and
// codeberg.org/readeck/go-readability/v2 (a maintained Go port of Mozilla's
// Readability) for the main text of web pages (go-trafilatura, the first
// choice, is not served by the module proxy this project uses);
// github.com/mmcdole/gofeed for feeds; github.com/nlnwa/gowarc/v3 for WARC
// (v3 rather than v1, which brings in Prometheus).
package ingest
