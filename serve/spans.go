package serve

import (
	"strings"

	"dyad"
)

// runes converts byte offsets into one text to code-point offsets. It
// counts the bytes that start a UTF-8 sequence, with a checkpoint every
// runeStep bytes, so that a conversion reads at most runeStep bytes.
type runes struct {
	text  string
	marks []int // marks[k]: code points in text[:k*runeStep]
}

const runeStep = 256

func newRunes(text string) *runes {
	r := &runes{text: text, marks: make([]int, len(text)/runeStep+1)}
	n := 0
	for i := 0; i < len(text); i++ {
		if i%runeStep == 0 {
			r.marks[i/runeStep] = n
		}
		if text[i]&0xC0 != 0x80 {
			n++
		}
	}
	if len(text)%runeStep == 0 {
		r.marks[len(text)/runeStep] = n
	}
	return r
}

// at returns the code-point offset of byte offset off, clamped to the
// text. In valid UTF-8 at a rune boundary it is the number of code points
// before off.
func (r *runes) at(off int) int {
	off = max(0, min(off, len(r.text)))
	k := off / runeStep
	n := r.marks[k]
	for i := k * runeStep; i < off; i++ {
		if r.text[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// span is a half-open range in both units: bytes (Start, End) and code
// points (StartCP, EndCP).
type span struct {
	Start   int `json:"start"`
	End     int `json:"end"`
	StartCP int `json:"start_cp"`
	EndCP   int `json:"end_cp"`
}

func (r *runes) span(start, end int) span {
	return span{start, end, r.at(start), r.at(end)}
}

// cp is the code-point half of a span, added beside the byte offsets of a
// domain type.
type cp struct {
	StartCP int `json:"start_cp"`
	EndCP   int `json:"end_cp"`
}

func (r *runes) cp(start, end int) cp { return cp{r.at(start), r.at(end)} }

// The domain types with code-point offsets beside their byte offsets.
type (
	sentenceDoc struct {
		dyad.Sentence
		cp
	}
	mentionDoc struct {
		dyad.Mention
		cp
	}
	triggerDoc struct {
		dyad.Trigger
		cp
	}
	eventDoc struct {
		dyad.Event
		Trigger triggerDoc `json:"trigger"`
	}
	countDoc struct {
		dyad.Count
		cp
	}
	quoteDoc struct {
		dyad.Quote
		cp
	}
	dateDoc struct {
		dyad.DateRef
		cp
	}
	themeDoc struct {
		dyad.Theme
		Spans []span `json:"spans"`
	}
)

// articleDoc is an article with its analysis, as GET /api/v1/articles/{id}
// gives it.
type articleDoc struct {
	ID        string        `json:"id"`
	Date      string        `json:"date"`
	Title     string        `json:"title,omitempty"`
	URL       string        `json:"url,omitempty"`
	Source    string        `json:"source,omitempty"`
	Text      string        `json:"text"`
	Length    int           `json:"length"`    // bytes
	LengthCP  int           `json:"length_cp"` // code points
	Sentences []sentenceDoc `json:"sentences"`
	Mentions  []mentionDoc  `json:"mentions"`
	Events    []eventDoc    `json:"events"`
	Counts    []countDoc    `json:"counts"`
	Quotes    []quoteDoc    `json:"quotes"`
	Dates     []dateDoc     `json:"dates"`
	Themes    []themeDoc    `json:"themes"`
	Tone      *dyad.Tone    `json:"tone,omitempty"`
}

func newArticleDoc(a *dyad.Analysis) *articleDoc {
	art := &a.Article
	r := newRunes(art.Text)
	d := &articleDoc{ID: art.ID, Date: art.Date(), Title: art.Title, URL: art.URL, Source: art.Source,
		Text: art.Text, Length: len(art.Text), LengthCP: r.at(len(art.Text)), Tone: a.Tone,
		Sentences: make([]sentenceDoc, 0, len(a.Sentences)), Mentions: make([]mentionDoc, 0, len(a.Mentions)),
		Events: make([]eventDoc, 0, len(a.Events)), Counts: make([]countDoc, 0, len(a.Counts)),
		Quotes: make([]quoteDoc, 0, len(a.Quotes)), Dates: make([]dateDoc, 0, len(a.Dates)),
		Themes: make([]themeDoc, 0, len(a.Themes))}
	for _, s := range a.Sentences {
		d.Sentences = append(d.Sentences, sentenceDoc{s, r.cp(s.Start, s.End)})
	}
	for _, m := range a.Mentions {
		d.Mentions = append(d.Mentions, mentionDoc{m, r.cp(m.Start, m.End)})
	}
	for _, ev := range a.Events {
		d.Events = append(d.Events, eventDoc{ev, triggerDoc{ev.Trigger, r.cp(ev.Trigger.Start, ev.Trigger.End)}})
	}
	for _, c := range a.Counts {
		d.Counts = append(d.Counts, countDoc{c, r.cp(c.Start, c.End)})
	}
	for _, q := range a.Quotes {
		d.Quotes = append(d.Quotes, quoteDoc{q, r.cp(q.Start, q.End)})
	}
	for _, dt := range a.Dates {
		d.Dates = append(d.Dates, dateDoc{dt, r.cp(dt.Start, dt.End)})
	}
	for _, th := range a.Themes {
		td := themeDoc{Theme: th, Spans: []span{}}
		for _, s := range th.Spans {
			td.Spans = append(td.Spans, r.span(s.Start, s.End))
		}
		d.Themes = append(d.Themes, td)
	}
	return d
}

// eventItem is one event of a list, with where it is: its trigger in the
// article text, and the sentence's start in the article text and the
// spans inside sentence_text of the trigger and of the mentions of its
// source and target, each in bytes and code points.
type eventItem struct {
	dyad.EventRecord
	Trigger       triggerDoc `json:"trigger"`
	SentenceStart *span      `json:"sentence_span,omitempty"`
	Marks         []mark     `json:"marks"`
}

// mark is a span of an event's sentence_text: its trigger, or a mention
// of its source or target.
type mark struct {
	Kind  string `json:"kind"` // trigger, source, target
	Text  string `json:"text"`
	Actor string `json:"actor,omitempty"`
	span
}

// newEventItem places rec in its sentence s; s is nil when the sentence
// is gone (its article deleted since the event was read), and then only
// the byte offsets are known. A trigger lies in its event's sentence: one
// that does not (no analysis makes one) keeps its byte offsets only.
func newEventItem(rec dyad.EventRecord, s *dyad.SentenceInfo) eventItem {
	it := eventItem{EventRecord: rec, Trigger: triggerDoc{Trigger: rec.Trigger}, Marks: []mark{}}
	if s == nil {
		return it
	}
	it.SentenceStart = &span{s.Start, s.End, s.StartCP, s.EndCP}
	if it.SentenceText == "" {
		it.SentenceText = s.Text
	}
	// Offsets inside the sentence: the sentence's text is itself a string,
	// so its code points are counted from its own start; those in the
	// article text add the code points before the sentence.
	sr := newRunes(s.Text)
	inSentence := func(start, end int) (span, bool) {
		if start < s.Start || end > s.End || start > end {
			return span{}, false
		}
		return sr.span(start-s.Start, end-s.Start), true
	}
	if sp, ok := inSentence(rec.Trigger.Start, rec.Trigger.End); ok {
		it.Trigger.cp = cp{s.StartCP + sp.StartCP, s.StartCP + sp.EndCP}
		it.Marks = append(it.Marks, mark{Kind: "trigger", Text: rec.Trigger.Text, span: sp})
	}
	for _, m := range s.Mentions {
		if m.Actor == "" {
			continue
		}
		for _, role := range []struct{ kind, actor string }{{"source", rec.Source}, {"target", rec.Target}} {
			if role.actor == "" || !related(m.Actor, role.actor) {
				continue
			}
			if sp, ok := inSentence(m.Start, m.End); ok {
				it.Marks = append(it.Marks, mark{Kind: role.kind, Text: m.Text, Actor: m.Actor, span: sp})
			}
		}
	}
	return it
}

// related reports whether a mention's actor code names the event's actor:
// the same code, or one a prefix of the other (RUS and RUSMIL).
func related(mention, actor string) bool {
	return strings.HasPrefix(actor, mention) || strings.HasPrefix(mention, actor)
}
