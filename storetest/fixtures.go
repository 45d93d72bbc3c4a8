package storetest

import (
	"fmt"
	"strings"
	"time"

	"dyad"
)

// builder assembles a fixture analysis, finding every span by the text it
// covers, so that fixtures read as prose and their offsets stay right.
type builder struct {
	a *dyad.Analysis
}

// zone is where fixture articles are published: not UTC, so that stores
// must keep the calendar date, not the instant.
var zone = time.FixedZone("UTC+8", 8*3600)

func newBuilder(id, date, title, text string) *builder {
	a := &dyad.Analysis{Article: dyad.Article{
		ID:     id,
		URL:    "https://news.example.org/" + id,
		Source: "example.org",
		Title:  title,
		Text:   text,
		Lang:   "en",
	}}
	if date != "" {
		t, err := time.ParseInLocation(dyad.DateLayout, date, zone)
		if err == nil {
			a.Article.Published = t.Add(9*time.Hour + 30*time.Minute)
		}
	}
	a.Sentences = splitSentences(text)
	return &builder{a: a}
}

// splitSentences splits after '.', '!' or '?' followed by a space.
func splitSentences(text string) []dyad.Sentence {
	var out []dyad.Sentence
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', '?':
			if i+1 == len(text) || text[i+1] == ' ' {
				out = append(out, dyad.Sentence{Span: dyad.Span{Start: start, End: i + 1}})
				start = i + 2
			}
		}
	}
	if start < len(text) {
		out = append(out, dyad.Sentence{Span: dyad.Span{Start: start, End: len(text)}})
	}
	return out
}

// span returns the byte span of the first occurrence of sub, (-1, -1) when
// there is none: an invalid span that the fixture test reports.
func (b *builder) span(sub string) (int, int) {
	i := strings.Index(b.a.Article.Text, sub)
	if i < 0 {
		return -1, -1
	}
	return i, i + len(sub)
}

// sentence returns the index of the sentence holding byte offset off.
func (b *builder) sentence(off int) int {
	for i, s := range b.a.Sentences {
		if s.Start <= off && off < s.End {
			return i
		}
	}
	return 0
}

func (b *builder) mention(kind dyad.MentionKind, sub, name, actor string, place *dyad.Place) *builder {
	s, e := b.span(sub)
	b.a.Mentions = append(b.a.Mentions, dyad.Mention{Sentence: b.sentence(s), Kind: kind, Text: sub, Span: dyad.Span{Start: s, End: e}, Name: name, Actor: actor, Place: place})
	return b
}

// event adds ev with its trigger, sentence and root filled from trigger.
func (b *builder) event(trigger string, ev dyad.Event) *builder {
	s, e := b.span(trigger)
	ev.Trigger = dyad.Trigger{Span: dyad.Span{Start: s, End: e}, Text: trigger}
	ev.Sentence = b.sentence(s)
	ev.Root = dyad.RootOf(ev.Code)
	b.a.Events = append(b.a.Events, ev)
	return b
}

func (b *builder) count(sub string, c dyad.Count) *builder {
	c.Start, c.End = b.span(sub)
	c.Sentence = b.sentence(c.Start)
	b.a.Counts = append(b.a.Counts, c)
	return b
}

func (b *builder) quote(sub string, q dyad.Quote) *builder {
	q.Start, q.End = b.span(sub)
	q.Text = sub
	b.a.Quotes = append(b.a.Quotes, q)
	return b
}

func (b *builder) date(sub, date, precision string) *builder {
	s, e := b.span(sub)
	b.a.Dates = append(b.a.Dates, dyad.DateRef{Date: date, Precision: precision, Text: sub, Span: dyad.Span{Start: s, End: e}})
	return b
}

func (b *builder) theme(code string, subs ...string) *builder {
	th := dyad.Theme{Code: code, Count: len(subs)}
	for _, sub := range subs {
		s, e := b.span(sub)
		th.Spans = append(th.Spans, dyad.Span{Start: s, End: e})
	}
	b.a.Themes = append(b.a.Themes, th)
	return b
}

func (b *builder) tone(t dyad.Tone) *builder {
	b.a.Tone = &t
	return b
}

var (
	beijing    = &dyad.Place{Name: "Beijing", Country: "CHN", Lat: 39.9042, Lon: 116.4074}
	vovchansk  = &dyad.Place{Name: "Vovchansk", Country: "UKR", Lat: 50.2906, Lon: 36.9411}
	washington = &dyad.Place{Name: "Washington", Country: "USA", Lat: 38.9072, Lon: -77.0369}
	guinea     = &dyad.Place{Name: "Gulf of Guinea"} // at 0,0, in no country
)

// Fixtures returns the suite's articles, built anew on each call. Their
// events, by date (article/index):
//
// (each with its PLOVER category)
//
//	2023-12-29 a4/0 RUSGOV->CHNGOV 036
//	2024-01-02 a4/1 CHNGOV->RUSGOV 042 (date from the text)
//	2024-05-16 a1/0 CHNGOV->RUSGOV 040, a1/1 CHNGOV->RUSGOV 057 (Beijing)
//	2024-05-20 a2/0 RUSMIL->UKR 190, a2/1 RUSMIL->UKR 0874 (negated)
//	2024-06-03 a3/0 CHNGOV->USA 111, a3/1 USA->CHN 163 (hypothetical)
//	2024-06-10 a6/0 USAGOV->CHN 172
//
// a5 has no date and no events; a3 and a6 both speak of tariffs, a6 more.
func Fixtures() []*dyad.Analysis {
	return []*dyad.Analysis{summit(), shelling(), tariffCriticism(), invitation(), undated(), tariffs()}
}

// summit is a1: a summit in Beijing, with every kind of record: mentions,
// two events (one dated from the text, one with a place), a count, a quote,
// a date, themes, tone.
func summit() *dyad.Analysis {
	return newBuilder("a1", "2024-05-16", "Xi and Putin sign pipeline deal",
		"Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Thursday. "+
			"The two leaders signed a pipeline agreement worth more than 900,000 dollars. "+
			"\"This is particularly timely and fruitful,\" the Foreign Ministry said.").
		mention(dyad.KindPerson, "Xi Jinping", "Xi Jinping", "CHNGOV", nil).
		mention(dyad.KindPerson, "Vladimir Putin", "Vladimir Putin", "RUSGOV", nil).
		mention(dyad.KindLocation, "Beijing", "Beijing", "", beijing).
		mention(dyad.KindNationality, "Russian", "Russia", "RUS", nil).
		event("met", dyad.Event{Date: "2024-05-16", Source: "CHNGOV", Target: "RUSGOV", Code: "040", Plover: "CONSULT", Quad: 1, Goldstein: 1.0}).
		event("signed", dyad.Event{Date: "2024-05-16", DateFromText: true, Source: "CHNGOV", Target: "RUSGOV",
			Code: "057", Plover: "SUPPORT", Quad: 1, Goldstein: 8.0, Place: beijing}).
		count("more than 900,000 dollars", dyad.Count{Number: 900000, Qualifier: "more than", Object: "dollars", Unit: "USD"}).
		quote("This is particularly timely and fruitful", dyad.Quote{Speaker: "the Foreign Ministry", Actor: "CHNGOV", Verb: "said"}).
		date("Thursday", "2024-05-16", "day").
		theme("ENERGY", "pipeline").
		theme("DIPLOMACY", "met", "signed").
		tone(dyad.Tone{Tone: 2.5, Positive: 3.75, Negative: 1.25, Polarity: 5, Activity: 18.5, SelfGroup: 0, Words: 36}).a
}

// shelling is a2: shelling near the border: a negated event, an event with
// an inferred target, a count of the killed.
func shelling() *dyad.Analysis {
	return newBuilder("a2", "2024-05-20", "Shelling near the border",
		"Russian forces shelled the border town of Vovchansk on Monday. "+
			"Ukraine's military said Russian troops did not withdraw from the area. "+
			"At least 12 people were killed.").
		mention(dyad.KindNationality, "Russian", "Russia", "RUSMIL", nil).
		mention(dyad.KindLocation, "Vovchansk", "Vovchansk", "", vovchansk).
		mention(dyad.KindCountry, "Ukraine", "Ukraine", "UKR", nil).
		event("shelled", dyad.Event{Date: "2024-05-20", Source: "RUSMIL", Target: "UKR", Code: "190", Plover: "FIGHT", Quad: 4,
			Goldstein: -10, Place: vovchansk, Inferred: dyad.InferredTarget}).
		event("withdraw", dyad.Event{Date: "2024-05-20", Source: "RUSMIL", Target: "UKR", Code: "0874", Plover: "RETREAT", Quad: 2,
			Goldstein: 9, Negated: true}).
		count("At least 12 people", dyad.Count{Number: 12, Qualifier: "at least", Object: "people", Type: "KILL"}).
		date("Monday", "2024-05-20", "day").
		theme("MILITARY", "shelled", "troops").
		tone(dyad.Tone{Tone: -7.25, Positive: 0, Negative: 7.25, Polarity: 7.25, Activity: 21, SelfGroup: 0, Words: 28}).a
}

// tariffCriticism is a3: China criticises US tariffs: a hypothetical event,
// a date of month precision, no tone.
func tariffCriticism() *dyad.Analysis {
	return newBuilder("a3", "2024-06-03", "China criticises US tariffs",
		"China's Foreign Ministry criticised the United States over new tariffs on electric vehicles. "+
			"Washington may impose further sanctions on Chinese firms, officials said in June 2024.").
		mention(dyad.KindCountry, "China", "China", "CHN", nil).
		mention(dyad.KindCountry, "United States", "United States", "USA", nil).
		mention(dyad.KindLocation, "Washington", "Washington", "USAGOV", washington).
		event("criticised", dyad.Event{Date: "2024-06-03", Source: "CHNGOV", Target: "USA", Code: "111", Plover: "DISAPPROVE", Quad: 3, Goldstein: -2}).
		event("impose", dyad.Event{Date: "2024-06-03", Source: "USA", Target: "CHN", Code: "163", Plover: "COERCE", Quad: 4,
			Goldstein: -8, Hypothetical: true, Place: washington}).
		date("June 2024", "2024-06-01", "month").
		theme("ECON_TRADE", "tariffs", "sanctions").a
}

// invitation is a4: Moscow invites the Chinese leader, in 2023: an event
// dated from the text into 2024.
func invitation() *dyad.Analysis {
	return newBuilder("a4", "2023-12-29", "Moscow invites Chinese leader",
		"The Kremlin said Putin wants to meet Xi soon. "+
			"A Chinese delegation will visit Moscow next Tuesday.").
		mention(dyad.KindOrg, "Kremlin", "Kremlin", "RUSGOV", nil).
		mention(dyad.KindPerson, "Putin", "Vladimir Putin", "RUSGOV", nil).
		mention(dyad.KindPerson, "Xi", "Xi Jinping", "CHNGOV", nil).
		mention(dyad.KindNationality, "Chinese", "China", "CHN", nil).
		event("wants to meet", dyad.Event{Date: "2023-12-29", Source: "RUSGOV", Target: "CHNGOV", Code: "036", Plover: "AGREE", Quad: 1, Goldstein: 4}).
		event("visit", dyad.Event{Date: "2024-01-02", DateFromText: true, Source: "CHNGOV", Target: "RUSGOV",
			Code: "042", Plover: "CONSULT", Quad: 1, Goldstein: 1.9}).
		date("next Tuesday", "2024-01-02", "day").
		theme("DIPLOMACY", "meet", "visit").a
}

// undated is a5: an article without a date or title: a scare quote, a theme
// without spans, a zero tone.
func undated() *dyad.Analysis {
	return newBuilder("a5", "", "",
		"Oil prices rose about 3 percent on Tuesday in the Gulf of Guinea. Traders said supply was tight.").
		mention(dyad.KindLocation, "Gulf of Guinea", "", "", guinea).
		count("about 3 percent", dyad.Count{Number: 3, Qualifier: "about", Unit: "percent"}).
		quote("supply was tight", dyad.Quote{Speaker: "Traders", Verb: "said", Scare: true}).
		theme("ENERGY", "Oil").
		theme("ECONOMY").
		tone(dyad.Tone{}).a
}

// tariffs is a6: one word repeated (tariffs), for search ranking.
func tariffs() *dyad.Analysis {
	return newBuilder("a6", "2024-06-10", "Tariffs, tariffs, tariffs",
		"The US Commerce Department announced tariffs on Chinese steel. "+
			"The tariffs follow earlier tariffs on aluminium and solar panels.").
		mention(dyad.KindOrg, "US Commerce Department", "US Department of Commerce", "USAGOV", nil).
		mention(dyad.KindNationality, "Chinese", "China", "CHN", nil).
		event("announced tariffs", dyad.Event{Date: "2024-06-10", Source: "USAGOV", Target: "CHN", Code: "172", Plover: "COERCE", Quad: 4, Goldstein: -5}).
		theme("ECON_TRADE", "tariffs").a
}

var (
	synActors = []string{"CHNGOV", "RUSGOV", "USAGOV", "UKRMIL", "IGOUNO", "FRA", "DEUGOV", "INDGOV"}
	synCodes  = []struct {
		code, plover string
		quad         int
		goldstein    float64
	}{{"040", "CONSULT", 1, 1}, {"057", "SUPPORT", 1, 8}, {"0874", "RETREAT", 2, 9}, {"111", "DISAPPROVE", 3, -2},
		{"163", "COERCE", 4, -8}, {"190", "FIGHT", 4, -10}, {"036", "AGREE", 1, 4}}
	synWords = []string{"talks", "trade", "border", "energy", "summit", "sanctions", "grain", "ceasefire"}
)

// Synthetic returns a deterministic analysis numbered i, with about twenty
// derived records (five sentences, mentions and events, counts, a quote,
// dates and themes), for load tests and benchmarks. Its ID is "syn-<i>".
func Synthetic(i int) *dyad.Analysis {
	pick := func(list []string, k int) string { return list[((k%len(list))+len(list))%len(list)] }
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, ((i%1800)+1800)%1800)
	var sb strings.Builder
	for s := 0; s < 5; s++ {
		fmt.Fprintf(&sb, "Officials of %s met envoys of %s for %s talks on %s number %d and signed %d notes. ",
			pick(synActors, i+s), pick(synActors, i+s+3), pick(synWords, i*7+s), pick(synWords, i+s*3), i, s+2)
	}
	text := strings.TrimSuffix(sb.String(), " ")
	b := newBuilder(fmt.Sprintf("syn-%d", i), day.Format(dyad.DateLayout), fmt.Sprintf("Synthetic report %d", i), text)
	b.a.Article.URL = fmt.Sprintf("https://synthetic.example.org/%d", i)
	for s, sent := range b.a.Sentences {
		st := text[sent.Start:sent.End]
		off := sent.Start
		src, tgt := pick(synActors, i+s), pick(synActors, i+s+3)
		if j := strings.Index(st, src); j >= 0 {
			b.a.Mentions = append(b.a.Mentions, dyad.Mention{Sentence: s, Kind: dyad.KindOrg, Text: src, Span: dyad.Span{Start: off + j, End: off + j + len(src)}, Actor: src})
		}
		c := synCodes[((i+s)%len(synCodes)+len(synCodes))%len(synCodes)]
		j := strings.Index(st, "met")
		ev := dyad.Event{Sentence: s, Date: day.Format(dyad.DateLayout), Source: src, Target: tgt, Code: c.code,
			Root: dyad.RootOf(c.code), Plover: c.plover, Quad: c.quad, Goldstein: c.goldstein, Negated: (i+s)%11 == 0,
			Trigger: dyad.Trigger{Span: dyad.Span{Start: off + j, End: off + j + 3}, Text: "met"}}
		b.a.Events = append(b.a.Events, ev)
		if s < 2 {
			k := strings.Index(st, "signed ") + len("signed ")
			b.a.Counts = append(b.a.Counts, dyad.Count{Sentence: s, Number: float64(s + 2), Object: "notes",
				Span: dyad.Span{Start: off + k, End: off + k + 1}})
		}
	}
	qs, qe := b.span("talks")
	b.a.Quotes = []dyad.Quote{{Text: "talks", Scare: true, Span: dyad.Span{Start: qs, End: qe}}}
	ds, de := b.span("number")
	b.a.Dates = []dyad.DateRef{{Date: day.Format(dyad.DateLayout), Precision: "day", Text: "number", Span: dyad.Span{Start: ds, End: de}}}
	b.theme("DIPLOMACY", "met", "talks").theme("ECON_TRADE", "signed")
	b.a.Tone = &dyad.Tone{Tone: float64(i%7) - 3, Positive: 2, Negative: 1, Polarity: 3, Activity: 10, Words: 80}
	return b.a
}
