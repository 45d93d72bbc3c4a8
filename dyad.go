// Package dyad holds the domain of the dyad news event-data engine: the
// article, what analysis derives from it (sentences, mentions, events,
// counts, quotes, dates, themes, tone), and the interfaces of the stages and
// stores that produce and keep them. It uses the standard library only; every
// technology lives in a subpackage that imports this one.
//
// Every derived record carries byte offsets into [Article.Text], so any
// number dyad reports can be traced back to the sentence it came from.
package dyad

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"
	"unicode"
)

// DateLayout is the layout of every calendar date dyad reads and writes.
const DateLayout = "2006-01-02"

// FirstYear and LastYear bound the years of the dates dyad keeps, so that
// every date has four digits and the zero time (0001-01-01, which many
// tools write for "no date") is never taken for one: an input date outside
// them is rejected, a date resolved from a text outside them is dropped,
// and a store refuses an analysis that holds one.
const (
	FirstYear = 1000
	LastYear  = 9999
)

// DateInRange reports whether t's year, where t is, is from FirstYear to
// LastYear.
func DateInRange(t time.Time) bool {
	y := t.Year()
	return FirstYear <= y && y <= LastYear
}

// Article is one news item as ingested.
type Article struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"` // the outlet
	Title     string    `json:"title,omitempty"`
	Text      string    `json:"text"`
	Published time.Time `json:"published"`
	Lang      string    `json:"lang,omitempty"`
}

// Date returns the published date as YYYY-MM-DD, or "" when unknown.
func (a *Article) Date() string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format(DateLayout)
}

// Hash returns a fingerprint of everything in the article that analysis
// reads. A store compares it to tell an unchanged re-ingest from an update.
func (a *Article) Hash() string {
	h := sha256.New()
	for _, s := range []string{a.URL, a.Source, a.Title, a.Text, a.Date(), a.Lang} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// ArticleID returns the stable ID of an article: the given id when there is
// one, else a hash of the URL, else a hash of the normalised text (case
// folded, whitespace collapsed), so that the same story ingested twice gets
// the same ID.
func ArticleID(id, url, text string) string {
	if id = strings.TrimSpace(id); id != "" {
		return id
	}
	if url = strings.TrimSpace(url); url != "" {
		return "u" + shortHash(url)
	}
	return "t" + shortHash(NormalizeText(text))
}

// NormalizeText folds case and collapses runs of white space to one space.
func NormalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:10])
}

// Span is a half-open byte range [Start, End) in an article's text. A
// record embeds it, so that its JSON holds "start" and "end" as fields of
// its own.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Valid reports whether the span lies inside a text of length n.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Sentence is one sentence of an article.
type Sentence struct {
	Span
}

// MentionKind classifies a mention.
type MentionKind string

// The kinds of mention, as in the GKG.
const (
	KindPerson      MentionKind = "PERSON"
	KindOrg         MentionKind = "ORG"
	KindLocation    MentionKind = "LOCATION"
	KindCountry     MentionKind = "COUNTRY"
	KindNationality MentionKind = "NATIONALITY"
)

// Place is a located place.
type Place struct {
	Name    string  `json:"name"`
	Country string  `json:"country,omitempty"` // ISO-3 / CAMEO country code
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// Mention is a span of text that names a person, organisation, place,
// country or nationality.
type Mention struct {
	Sentence int         `json:"sentence"`
	Kind     MentionKind `json:"kind"`
	Text     string      `json:"text"`
	Span                 // JSON "start" and "end"
	Name     string      `json:"name,omitempty"`  // canonical name
	Actor    string      `json:"actor,omitempty"` // CAMEO actor code, when resolved
	Place    *Place      `json:"place,omitempty"`
}

// Trigger is the text that evidences an event.
type Trigger struct {
	Span
	Text string `json:"text"`
}

// Event is one coded event: who did what to whom, when and where.
type Event struct {
	Sentence     int     `json:"sentence"`
	Date         string  `json:"date"`                     // YYYY-MM-DD: the event's own date, else the article's
	DateFromText bool    `json:"date_from_text,omitempty"` // the date came from the text, not the published date
	Source       string  `json:"source"`
	Target       string  `json:"target"`
	Code         string  `json:"code"`             // CAMEO code, 2-4 digits
	Root         string  `json:"root"`             // first two digits of Code
	Plover       string  `json:"plover,omitempty"` // PLOVER category of Code ("CONSULT"), "" when it has none
	Quad         int     `json:"quad"`             // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	Goldstein    float64 `json:"goldstein"`
	Trigger      Trigger `json:"trigger"`
	Place        *Place  `json:"place,omitempty"`
	Negated      bool    `json:"negated"`      // "did not attack"
	Hypothetical bool    `json:"hypothetical"` // planned, possible or conditional: "may attack"
	// Inferred says whose country the text does not name but the coder
	// inferred from the event's place or the article's only country:
	// "source", "target" or "both"; "" when the text names them ("gunmen
	// killed nine villagers in central Mali": ---UAF becomes MLIUAF).
	Inferred string `json:"inferred,omitempty"`
}

// The values of Event.Inferred.
const (
	InferredSource = "source"
	InferredTarget = "target"
	InferredBoth   = "both"
)

// Count is a number with what it counts (GDELT's Counts).
type Count struct {
	Sentence  int     `json:"sentence"`
	Number    float64 `json:"number"`
	Qualifier string  `json:"qualifier,omitempty"` // "more than", "about", "at least"
	Object    string  `json:"object,omitempty"`    // the noun counted
	Unit      string  `json:"unit,omitempty"`      // normalised unit or currency
	Type      string  `json:"type,omitempty"`      // KILL, WOUND, ARREST, KIDNAP, PROTEST, AFFECT, SEIZE
	Span              // the number and what it counts; JSON "start" and "end"
}

// Quote is a direct quotation and, when known, who said it.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
	Actor   string `json:"actor,omitempty"`
	Verb    string `json:"verb,omitempty"`
	Scare   bool   `json:"scare,omitempty"` // short quotation with no speech verb: not attributed
	Span
}

// DateRef is a date expression in the text, resolved against the article's
// published date.
type DateRef struct {
	Date      string `json:"date"`                // YYYY-MM-DD (first day of the month or year for coarser precision)
	Precision string `json:"precision,omitempty"` // day, week, month, year
	Text      string `json:"text"`
	Span
}

// Theme is a theme of dyad's taxonomy found in an article.
type Theme struct {
	Code  string `json:"code"`
	Count int    `json:"count"`
	Spans []Span `json:"spans,omitempty"`
}

// Tone holds GDELT's seven tone figures of an article.
type Tone struct {
	Tone      float64 `json:"tone"`
	Positive  float64 `json:"positive"`
	Negative  float64 `json:"negative"`
	Polarity  float64 `json:"polarity"`
	Activity  float64 `json:"activity"`
	SelfGroup float64 `json:"self_group"`
	Words     int     `json:"words"`
}

// SyntaxWord is one syntactic word of a parsed sentence: its span of the
// article text, its lemma, its Universal and treebank (Penn) part of speech,
// and its head and Universal Dependencies relation. Most words are one
// token of the segmenter; a token that the treebank splits ("cannot" ->
// "can" "not", "well-known" -> "well" "-" "known") gives several words, and
// a run of marks ("...", "--") one word.
type SyntaxWord struct {
	Token int `json:"-"` // index into Analysis.Tokens of the (first) token the word comes from
	Span
	Text  string `json:"text"` // the article text [Start, End)
	Lemma string `json:"lemma"`
	UPOS  string `json:"upos"`
	XPOS  string `json:"xpos,omitempty"`
	Feats string `json:"feats,omitempty"` // morphological features, CoNLL-U style ("Number=Plur")
	Head  int    `json:"head"`            // index in Parse.Words of the head word; -1 for the root
	Rel   string `json:"rel"`             // "nsubj", "obl:agent", "root"
}

// Parse is the dependency parse of one sentence: a tree over its words,
// with exactly one root.
type Parse struct {
	Sentence int          `json:"sentence"` // index into Analysis.Sentences
	Words    []SyntaxWord `json:"words"`
}

// Analysis is one article with everything derived from it.
type Analysis struct {
	Article   Article    `json:"-"`
	Sentences []Sentence `json:"sentences"`
	Mentions  []Mention  `json:"mentions"`
	Events    []Event    `json:"events"`
	Counts    []Count    `json:"counts"`
	Quotes    []Quote    `json:"quotes"`
	Dates     []DateRef  `json:"dates"`
	Themes    []Theme    `json:"themes"`
	Tone      *Tone      `json:"tone,omitempty"`

	// Syntax holds the parses of the sentences that the syntax stage
	// selected (those that may hold an event), in sentence order. Stores do
	// not keep it; "dyad code --syntax" prints it.
	Syntax []Parse `json:"syntax,omitempty"`

	// Tokens are the words of the text, written by the segmenter for later
	// stages; they are not part of the output.
	Tokens []Token `json:"-"`
}

// RootOf returns the two-digit root of a CAMEO event code.
func RootOf(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// MarshalJSON writes the `dyad code` contract (docs/ARCHITECTURE.md): the
// article's id and date first, then every derived list, empty lists as [].
func (a *Analysis) MarshalJSON() ([]byte, error) {
	type plain Analysis // no methods: no recursion
	out := struct {
		ID    string `json:"id"`
		Date  string `json:"date"`
		Title string `json:"title,omitempty"`
		*plain
	}{a.Article.ID, a.Article.Date(), a.Article.Title, (*plain)(a.normalized())}
	return json.Marshal(out)
}

// normalized returns a copy whose nil lists are empty, so that JSON readers
// always see arrays.
func (a *Analysis) normalized() *Analysis {
	c := *a
	if c.Sentences == nil {
		c.Sentences = []Sentence{}
	}
	if c.Mentions == nil {
		c.Mentions = []Mention{}
	}
	if c.Events == nil {
		c.Events = []Event{}
	}
	if c.Counts == nil {
		c.Counts = []Count{}
	}
	if c.Quotes == nil {
		c.Quotes = []Quote{}
	}
	if c.Dates == nil {
		c.Dates = []DateRef{}
	}
	if c.Themes == nil {
		c.Themes = []Theme{}
	}
	return &c
}
