// Package serve is dyad's HTTP face: a JSON API under /api/v1/ over any
// [dyad.Store] (search, events, timeline, actors, network, themes, codes,
// terms, articles, stats; POST /api/v1/articles to ingest when the server
// has a token) and a web page embedded in the binary that reads it. It
// holds no SQL: every answer composes the Store's methods.
//
// Every span the API gives is a half-open range in two units: bytes of
// the UTF-8 text (start, end: as stored and as `dyad code` writes them)
// and Unicode code points (start_cp, end_cp: what Python's str and
// JavaScript's Array.from(text) index). The OpenAPI 3.1 document served at
// /api/v1/openapi.json (openapi.json here) describes every route; a test
// holds the document and the routes to each other.
//
// Errors are JSON objects {"error": {"code", "message"}} whose code is one
// of the root package's (invalid, not_found, conflict, internal) or one
// of the codes of this package (unauthorized, read_only, too_large,
// timeout, method_not_allowed); [Status] maps each to its HTTP status, in
// one place.
//
// Standard library only (net/http's method-and-wildcard patterns, embed).
// Its browser test drives headless Chromium through
// github.com/chromedp/chromedp, a test-only dependency, and skips when
// no Chromium is installed, unless DYAD_REQUIRE_BROWSER is set (CI sets
// it, and installs Debian's chromium package).
package serve
