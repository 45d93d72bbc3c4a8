package main

import (
	"context"
	"flag"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"dyad"
	"dyad/events"
)

// queryFlags are the flags every query command has.
type queryFlags struct {
	db, format string
}

// add registers --db and --format on fs.
func (q *queryFlags) add(e *Env, fs *flag.FlagSet) {
	dbVar(e, fs, &q.db)
	formatVar(fs, &q.format, formatTable)
}

// withStore parses flags, checks --format, opens the store and runs fn.
func withStore(ctx context.Context, e *Env, fs *flag.FlagSet, q *queryFlags, args []string,
	nargs int, fn func(st dyad.Store, pos []string) error) error {
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != nargs {
		fs.Usage()
		return errUsage
	}
	if err := checkFormat(q.format); err != nil {
		return err
	}
	st, err := openQueryStore(ctx, q.db)
	if err != nil {
		return err
	}
	defer st.Close()
	return userError(fn(st, pos))
}

// searchCommand is dyad search.
type searchCommand struct {
	queryFlags
	q dyad.SearchQuery
}

func (searchCommand) usage() usage {
	return usage{name: "search", args: "QUERY",
		summary: "full-text search over titles and texts, best first, with a snippet"}
}

func (c searchCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	c.queryFlags.add(e, fs)
	fs.IntVar(&c.q.Limit, "limit", 20, "most hits to print (0: no limit)")
	fs.IntVar(&c.q.Offset, "offset", 0, "hits to skip (paging)")
	fs.StringVar(&c.q.From, "from", "", "first date YYYY-MM-DD")
	fs.StringVar(&c.q.To, "to", "", "last date YYYY-MM-DD")
	return withStore(ctx, e, fs, &c.queryFlags, args, 1, func(st dyad.Store, pos []string) error {
		q := c.q
		q.Text = pos[0]
		if err := checkDates(q.From, q.To); err != nil {
			return err
		}
		if err := checkLimit("limit", &q.Limit); err != nil {
			return err
		}
		if err := checkNotNegative("offset", q.Offset); err != nil {
			return err
		}
		hits, err := st.Search(ctx, q)
		if err != nil {
			return err
		}
		return render(e.stdout, c.format, hits, []column[dyad.SearchHit]{
			{Name: "id", Get: func(h dyad.SearchHit) string { return h.ID }},
			{Name: "date", Get: func(h dyad.SearchHit) string { return h.Date }},
			{Name: "title", Width: 50, Get: func(h dyad.SearchHit) string { return h.Title }},
			{Name: "snippet", Width: 90, Get: func(h dyad.SearchHit) string { return h.Snippet }},
			{Name: "rank", Get: func(h dyad.SearchHit) string { return strconv.FormatFloat(h.Rank, 'f', 3, 64) }},
		})
	})
}

// eventsCommand is dyad events.
type eventsCommand struct {
	queryFlags
	f dyad.EventFilter
}

func (eventsCommand) usage() usage {
	return usage{name: "events",
		summary: "list coded events, filtered by actor, code and date (asserted events unless asked otherwise)"}
}

func (c eventsCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	c.queryFlags.add(e, fs)
	f := &c.f
	fs.StringVar(&f.Actor, "actor", "", "actor code prefix, as source or target (RUS matches RUSGOV)")
	fs.StringVar(&f.Source, "source", "", "source actor code prefix")
	fs.StringVar(&f.Target, "target", "", "target actor code prefix")
	fs.StringVar(&f.Code, "code", "", "CAMEO code prefix (05 is the whole root)")
	fs.StringVar(&f.Plover, "plover", "", "PLOVER category (CONSULT, ASSAULT, ...; docs/events.md)")
	fs.StringVar(&f.From, "from", "", "first date YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "last date YYYY-MM-DD")
	fs.StringVar(&f.ArticleID, "article", "", "only the events of this article")
	fs.BoolVar(&f.IncludeNegated, "negated", false, "include negated events")
	fs.BoolVar(&f.IncludeHypothetical, "include-hypothetical", false, "include hypothetical events (planned, possible, conditional)")
	fs.BoolVar(&f.ExcludeInferred, "no-inferred", false, "leave out events whose actor's country was inferred, not named (docs/events.md)")
	fs.BoolVar(&f.Dedup, "dedup", false, "count each story once: leave out an event a near-duplicate copy of its article, stored before, has too (docs/sources.md)")
	fs.IntVar(&f.Limit, "limit", 100, "most events to print (0: no limit)")
	fs.IntVar(&f.Offset, "offset", 0, "events to skip (paging)")
	return withStore(ctx, e, fs, &c.queryFlags, args, 0, func(st dyad.Store, _ []string) error {
		if err := checkDates(f.From, f.To); err != nil {
			return err
		}
		if err := checkLimit("limit", &f.Limit); err != nil {
			return err
		}
		if err := checkNotNegative("offset", f.Offset); err != nil {
			return err
		}
		if err := checkPlover(f); err != nil {
			return err
		}
		f.Actor, f.Source, f.Target = strings.ToUpper(f.Actor), strings.ToUpper(f.Source), strings.ToUpper(f.Target)
		evs, err := st.Events(ctx, *f)
		if err != nil {
			return err
		}
		return render(e.stdout, c.format, evs, eventColumns)
	})
}

// eventColumns are the columns of events in tables, CSV and TSV, named as
// the fields of the JSON formats are, a field inside another joined to it
// by "_": article_id and index name the event, sentence is the index of its
// sentence and sentence_text its text, trigger_text is trigger.text.
var eventColumns = []column[dyad.EventRecord]{
	{Name: "date", Get: func(r dyad.EventRecord) string { return r.Date }},
	{Name: "source", Get: func(r dyad.EventRecord) string { return r.Source }},
	{Name: "target", Get: func(r dyad.EventRecord) string { return r.Target }},
	{Name: "code", Get: func(r dyad.EventRecord) string { return r.Code }},
	{Name: "plover", Get: func(r dyad.EventRecord) string { return r.Plover }},
	{Name: "quad", Get: func(r dyad.EventRecord) string { return strconv.Itoa(r.Quad) }},
	{Name: "goldstein", Get: func(r dyad.EventRecord) string { return strconv.FormatFloat(r.Goldstein, 'f', 1, 64) }},
	{Name: "negated", Get: func(r dyad.EventRecord) string { return strconv.FormatBool(r.Negated) }},
	{Name: "hypothetical", Get: func(r dyad.EventRecord) string { return strconv.FormatBool(r.Hypothetical) }},
	{Name: "inferred", Get: func(r dyad.EventRecord) string { return r.Inferred }},
	{Name: "trigger_text", Width: 24, Get: func(r dyad.EventRecord) string { return r.Trigger.Text }},
	{Name: "article_id", Get: func(r dyad.EventRecord) string { return r.ArticleID }},
	{Name: "index", Get: func(r dyad.EventRecord) string { return strconv.Itoa(r.Index) }},
	{Name: "sentence", Get: func(r dyad.EventRecord) string { return strconv.Itoa(r.Sentence) }},
	{Name: "sentence_text", Width: 80, Get: func(r dyad.EventRecord) string { return r.SentenceText }},
}

// eventTrigger is the trigger text with the event's flags, for reading
// (dyad article); tables and exports have a column for each flag.
func eventTrigger(ev dyad.Event) string {
	s := ev.Trigger.Text
	if ev.Negated {
		s += " (negated)"
	}
	if ev.Hypothetical {
		s += " (hypothetical)"
	}
	return s
}

// actorsCommand is dyad actors.
type actorsCommand struct {
	queryFlags
	f dyad.ActorFilter
}

func (actorsCommand) usage() usage {
	return usage{name: "actors", summary: "list actors by the number of events they take part in"}
}

func (c actorsCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	c.queryFlags.add(e, fs)
	f := &c.f
	fs.StringVar(&f.From, "from", "", "first date YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "last date YYYY-MM-DD")
	fs.IntVar(&f.Limit, "limit", 50, "most actors to print (0: no limit)")
	return withStore(ctx, e, fs, &c.queryFlags, args, 0, func(st dyad.Store, _ []string) error {
		if err := checkDates(f.From, f.To); err != nil {
			return err
		}
		if err := checkLimit("limit", &f.Limit); err != nil {
			return err
		}
		list, err := st.Actors(ctx, *f)
		if err != nil {
			return err
		}
		itoa := strconv.Itoa
		return render(e.stdout, c.format, list, []column[dyad.ActorStat]{
			{Name: "actor", Get: func(a dyad.ActorStat) string { return a.Actor }},
			{Name: "events", Get: func(a dyad.ActorStat) string { return itoa(a.Events) }},
			{Name: "as_source", Get: func(a dyad.ActorStat) string { return itoa(a.Source) }},
			{Name: "as_target", Get: func(a dyad.ActorStat) string { return itoa(a.Target) }},
			{Name: "mentions", Get: func(a dyad.ActorStat) string { return itoa(a.Mentions) }},
		})
	})
}

// timelineCommand is dyad timeline.
type timelineCommand struct {
	queryFlags
	q dyad.TimelineQuery
}

func (timelineCommand) usage() usage {
	return usage{name: "timeline", args: "ACTOR_A ACTOR_B",
		summary: "the relations between two actors over time: asserted events, Goldstein sum, quad classes per period"}
}

func (c timelineCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	c.queryFlags.add(e, fs)
	q := &c.q
	fs.StringVar(&q.By, "by", "month", "period: day, week, month or year")
	fs.StringVar(&q.From, "from", "", "first date YYYY-MM-DD")
	fs.StringVar(&q.To, "to", "", "last date YYYY-MM-DD")
	fs.BoolVar(&q.IncludeNegated, "negated", false, "count negated events too")
	fs.BoolVar(&q.IncludeHypothetical, "include-hypothetical", false, "count hypothetical events (planned, possible, conditional) too")
	fs.BoolVar(&q.ExcludeInferred, "no-inferred", false, "leave out events whose actor's country was inferred, not named")
	fs.BoolVar(&q.Dedup, "dedup", false, "count each story once: leave out an event a near-duplicate copy of its article, stored before, has too (docs/sources.md)")
	return withStore(ctx, e, fs, &c.queryFlags, args, 2, func(st dyad.Store, pos []string) error {
		q.A, q.B = strings.ToUpper(pos[0]), strings.ToUpper(pos[1])
		switch q.By {
		case "day", "week", "month", "year":
		default:
			return fmt.Errorf("--by %q: want day, week, month or year", q.By)
		}
		if err := checkDates(q.From, q.To); err != nil {
			return err
		}
		list, err := st.Timeline(ctx, *q)
		if err != nil {
			return err
		}
		itoa := strconv.Itoa
		return render(e.stdout, c.format, list, []column[dyad.TimelineBucket]{
			{Name: "period", Get: func(b dyad.TimelineBucket) string { return b.Period }},
			{Name: "events", Get: func(b dyad.TimelineBucket) string { return itoa(b.Events) }},
			{Name: "goldstein", Get: func(b dyad.TimelineBucket) string { return strconv.FormatFloat(b.Goldstein, 'f', 1, 64) }},
			{Name: "verbal_coop", Get: func(b dyad.TimelineBucket) string { return itoa(b.VerbalCoop) }},
			{Name: "material_coop", Get: func(b dyad.TimelineBucket) string { return itoa(b.MaterialCoop) }},
			{Name: "verbal_conflict", Get: func(b dyad.TimelineBucket) string { return itoa(b.VerbalConflict) }},
			{Name: "material_conflict", Get: func(b dyad.TimelineBucket) string { return itoa(b.MaterialConflict) }},
		})
	})
}

// statsCommand is dyad stats.
type statsCommand struct {
	queryFlags
}

func (statsCommand) usage() usage {
	return usage{name: "stats", summary: "count what the database holds, and the feeds and items dyad watch has seen"}
}

func (c statsCommand) Run(ctx context.Context, e *Env, args []string) error {
	fs := flags(e, c)
	c.queryFlags.add(e, fs)
	return withStore(ctx, e, fs, &c.queryFlags, args, 0, func(st dyad.Store, _ []string) error {
		var s storeStats
		var err error
		if s.Stats, err = st.Stats(ctx); err != nil {
			return err
		}
		if ws, ok := st.(dyad.WatchStore); ok {
			if s.WatchStats, err = ws.WatchStats(ctx); err != nil {
				return err
			}
		}
		i64 := func(n int64) string { return strconv.FormatInt(n, 10) }
		cols := []column[storeStats]{
			{Name: "articles", Get: func(s storeStats) string { return i64(s.Articles) }},
			{Name: "sentences", Get: func(s storeStats) string { return i64(s.Sentences) }},
			{Name: "mentions", Get: func(s storeStats) string { return i64(s.Mentions) }},
			{Name: "events", Get: func(s storeStats) string { return i64(s.Events) }},
		}
		if s.WatchStats == (dyad.WatchStats{}) { // a store dyad watch never used
			return render(e.stdout, c.format, []dyad.Stats{s.Stats}, statsColumns(cols))
		}
		return render(e.stdout, c.format, []storeStats{s}, append(cols, []column[storeStats]{
			{Name: "feeds", Get: func(s storeStats) string { return i64(s.Feeds) }},
			{Name: "feed_errors", Get: func(s storeStats) string { return i64(s.FeedErrors) }},
			{Name: "feed_items", Get: func(s storeStats) string { return i64(s.Items) }},
			{Name: "items_stored", Get: func(s storeStats) string { return i64(s.ItemsStored) }},
			{Name: "items_failed", Get: func(s storeStats) string { return i64(s.ItemsFailed) }},
		}...))
	})
}

// storeStats is what dyad stats prints: the store's counts and, in a store
// dyad watch has used, its counts of feeds and items.
type storeStats struct {
	dyad.Stats
	dyad.WatchStats
}

// statsColumns turns columns of storeStats into columns of dyad.Stats.
func statsColumns(cols []column[storeStats]) []column[dyad.Stats] {
	out := make([]column[dyad.Stats], len(cols))
	for i, c := range cols {
		out[i] = column[dyad.Stats]{Name: c.Name, Get: func(s dyad.Stats) string { return c.Get(storeStats{Stats: s}) }}
	}
	return out
}

// ploverNames are the PLOVER categories of the CAMEO codebook, sorted.
var ploverNames = sync.OnceValue(func() []string {
	var cats []string
	for _, c := range events.Codes() {
		if p := events.PLOVER(c.Code); p != "" && !slices.Contains(cats, p) {
			cats = append(cats, p)
		}
	}
	slices.Sort(cats)
	return cats
})

// checkPlover upper-cases the filter's PLOVER category and checks that it
// is one.
func checkPlover(f *dyad.EventFilter) error {
	if f.Plover == "" {
		return nil
	}
	f.Plover = strings.ToUpper(f.Plover)
	if !slices.Contains(ploverNames(), f.Plover) {
		return fmt.Errorf("--plover %q: want one of %s", f.Plover, strings.Join(ploverNames(), ", "))
	}
	return nil
}

// checkDates checks optional YYYY-MM-DD bounds.
func checkDates(dates ...string) error {
	for _, d := range dates {
		if d == "" {
			continue
		}
		if _, err := time.Parse(dyad.DateLayout, d); err != nil {
			return fmt.Errorf("date %q: want YYYY-MM-DD", d)
		}
	}
	return nil
}
