// Package ingest turns outside input into [dyad.Article]s: JSON Lines (and
// .json files of lines, arrays or a stream of objects), CSV and TSV with a
// header, plain text files (one article each), any of these gzipped, folders
// of them walked recursively, and standard input. The format comes from the
// file name's extension, else from the content. A bad record is skipped and
// reported as a [dyad.InputError] naming the file and the line (or byte
// offset) while reading goes on, so that one bad record never costs a good
// one. Every article gets a stable ID ([dyad.ArticleID]), a published time
// when a date is given, and text that is valid UTF-8, non-empty, trimmed and
// with \n line endings. It uses the standard library only.
package ingest
