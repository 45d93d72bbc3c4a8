package dyad

import "context"

// PutResult says what Store.Put did with one analysis.
type PutResult int

// The outcomes of storing an analysis.
const (
	PutNew       PutResult = iota + 1 // the article was not stored before
	PutUpdated                        // the article was stored with other content; its analysis was replaced
	PutUnchanged                      // the article was stored with the same content; nothing was written
)

func (r PutResult) String() string {
	switch r {
	case PutNew:
		return "new"
	case PutUpdated:
		return "updated"
	case PutUnchanged:
		return "unchanged"
	}
	return "unknown"
}

// Store keeps articles and everything derived from them.
//
// Implementations: sqlite (the embedded default) and postgres. Both pass the
// conformance suite in package storetest.
type Store interface {
	// Hashes returns the stored Article.Hash of each of ids that is stored.
	// The pipeline uses it to skip analysing articles it already has.
	Hashes(ctx context.Context, ids []string) (map[string]string, error)

	// Put stores each analysis with its article, replacing an earlier
	// analysis of the same article ID, in one transaction: either all of the
	// batch is stored or none of it. An article whose hash is unchanged is
	// left as it is.
	Put(ctx context.Context, batch []*Analysis) ([]PutResult, error)

	// Article returns the stored analysis of one article (ENOTFOUND).
	Article(ctx context.Context, id string) (*Analysis, error)

	// Search finds articles by full-text query, best first (EINVALID for an
	// empty query or a syntax error, the message naming the character).
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)

	// Events lists events matching the filter, oldest first. Only asserted
	// events (neither negated nor hypothetical) match unless the filter
	// includes the others.
	Events(ctx context.Context, f EventFilter) ([]EventRecord, error)

	// Sentences returns the stored sentences keys name, in the order of
	// keys, leaving out those not stored and keys asked again, each with its text, its span in
	// bytes and in code points, and its mentions: what a list of events
	// needs to mark their sentences without reading their articles.
	Sentences(ctx context.Context, keys []SentenceKey) ([]SentenceInfo, error)

	// Timeline counts the events between two actors, in both directions, per
	// period: asserted events only unless the query includes the others.
	Timeline(ctx context.Context, q TimelineQuery) ([]TimelineBucket, error)

	// Actors lists actor codes by the number of asserted events (neither
	// negated nor hypothetical) they take part in.
	Actors(ctx context.Context, f ActorFilter) ([]ActorStat, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)

	// EachArticle streams the stored articles; see [ArticleLister].
	EachArticle(ctx context.Context, from, to string, fn func(*Article) error) error

	Close() error
}

// SearchQuery is a full-text query. Text is in dyad's query language, the
// same on every store: words (punctuation included: "U.S.", "OPEC-led"),
// "a phrase", prefix*, AND, OR, NOT or -word, and parentheses (package
// dyad/internal/search has the grammar).
type SearchQuery struct {
	Text   string
	From   string // YYYY-MM-DD, inclusive; "" for no bound
	To     string // YYYY-MM-DD, inclusive; "" for no bound
	Limit  int    // 0 means 20
	Offset int
}

// SearchHit is one article found by Search.
type SearchHit struct {
	ID      string  `json:"id"`
	Date    string  `json:"date"`
	Source  string  `json:"source,omitempty"`
	Title   string  `json:"title,omitempty"`
	Snippet string  `json:"snippet"`
	Rank    float64 `json:"rank"` // higher is better
}

// EventFilter selects events. Actor codes match by prefix, so "RUS" matches
// RUS, RUSGOV and RUSMIL; Code matches by prefix, so "05" is the whole root.
type EventFilter struct {
	ArticleID           string
	Actor               string // source or target
	Source              string
	Target              string
	Code                string
	Plover              string // PLOVER category ("ASSAULT"), matched exactly
	From                string // YYYY-MM-DD, inclusive
	To                  string // YYYY-MM-DD, inclusive
	IncludeNegated      bool   // negated events are left out unless this is set
	IncludeHypothetical bool   // hypothetical events ("may attack") are left out unless this is set
	ExcludeInferred     bool   // leave out events with an inferred country (Event.Inferred)
	Dedup               bool   // count a story once: leave out an event that an earlier article of its near-duplicate cluster (ClusterStore) has too
	NoSentenceText      bool   // leave EventRecord.SentenceText empty: for a caller that needs the events alone, a cheaper query
	Limit               int    // 0 means 100
	Offset              int
}

// EventRecord is a stored event with its provenance.
type EventRecord struct {
	ArticleID string `json:"article_id"`
	Index     int    `json:"index"` // the event's position in its article
	Event
	SentenceText string `json:"sentence_text,omitempty"`
}

// SentenceKey names a sentence: its article and its position in the
// article's list of sentences (Event.Sentence, Mention.Sentence).
type SentenceKey struct {
	ArticleID string
	Index     int
}

// SentenceInfo is a stored sentence with where it is in its article and
// what it mentions. Span and the mentions' spans are byte offsets into the
// article text, StartCP and EndCP the sentence's span in code points of
// the same text; Text is the article text within Span.
type SentenceInfo struct {
	SentenceKey
	Span
	StartCP, EndCP int
	Text           string
	Mentions       []Mention // in stored order, nil when none
}

// TimelineQuery asks for the relations between two actors over time.
type TimelineQuery struct {
	A, B                string // actor code prefixes
	By                  string // day, week, month (default) or year
	From, To            string // YYYY-MM-DD, inclusive
	IncludeNegated      bool   // count negated events too
	IncludeHypothetical bool   // count hypothetical events too
	ExcludeInferred     bool   // leave out events with an inferred country
	Dedup               bool   // count a story once (EventFilter.Dedup)
}

// TimelineBucket sums the events of one period. Period is the first day of
// the period as YYYY-MM-DD (weeks start on Monday).
type TimelineBucket struct {
	Period           string  `json:"period"`
	Events           int     `json:"events"`
	Goldstein        float64 `json:"goldstein"` // sum of the Goldstein values
	VerbalCoop       int     `json:"verbal_coop"`
	MaterialCoop     int     `json:"material_coop"`
	VerbalConflict   int     `json:"verbal_conflict"`
	MaterialConflict int     `json:"material_conflict"`
}

// ActorFilter selects the events counted by Actors.
type ActorFilter struct {
	From, To string
	Limit    int // 0 means 50
}

// ActorStat is one actor with the number of events it takes part in.
type ActorStat struct {
	Actor    string `json:"actor"`
	Events   int    `json:"events"`
	Source   int    `json:"as_source"`
	Target   int    `json:"as_target"`
	Mentions int    `json:"mentions"`
}

// Stats counts the records of a store.
type Stats struct {
	Articles  int64 `json:"articles"`
	Sentences int64 `json:"sentences"`
	Mentions  int64 `json:"mentions"`
	Events    int64 `json:"events"`
}

// ArticleLister streams the stored articles (text and metadata, without
// their analysis), for text statistics and exports over the whole store.
// Every [Store] is one; code that only reads the texts takes this.
type ArticleLister interface {
	// EachArticle calls fn for every stored article published within
	// [from, to] (YYYY-MM-DD, "" for no bound; articles without a date are
	// included only when both bounds are empty), in ID order. It stops at
	// fn's first error and returns it; a bound that is not a date is
	// EINVALID.
	EachArticle(ctx context.Context, from, to string, fn func(*Article) error) error
}
