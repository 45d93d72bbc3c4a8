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

func init() {
	register(&command{name: "search", args: "QUERY", run: runSearch,
		summary: "full-text search over titles and texts, best first, with a snippet"})
	register(&command{name: "events", args: "", run: runEvents,
		summary: "list coded events, filtered by actor, code and date (asserted events unless asked otherwise)"})
	register(&command{name: "actors", args: "", run: runActors,
		summary: "list actors by the number of events they take part in"})
	register(&command{name: "timeline", args: "ACTOR_A ACTOR_B", run: runTimeline,
		summary: "the relations between two actors over time: asserted events, Goldstein sum, quad classes per period"})
	register(&command{name: "stats", args: "", run: runStats,
		summary: "count what the database holds"})
}

// queryFlags adds the flags every query command has.
func queryFlags(e *env, c *command) (fs *flag.FlagSet, db, format *string) {
	fs = flags(e, c)
	return fs, dbFlag(e, fs), formatFlag(fs, formatTable)
}

// withStore parses flags, checks --format, opens the store and runs fn.
func withStore(ctx context.Context, e *env, fs *flag.FlagSet, db, format *string, args []string,
	nargs int, fn func(st dyad.Store, pos []string) error) error {
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != nargs {
		fs.Usage()
		return errUsage
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	st, err := openQueryStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	return userError(fn(st, pos))
}

func runSearch(ctx context.Context, e *env, args []string) error {
	fs, db, format := queryFlags(e, lookup("search"))
	var q dyad.SearchQuery
	fs.IntVar(&q.Limit, "limit", 20, "most hits to print (0: no limit)")
	fs.IntVar(&q.Offset, "offset", 0, "hits to skip (paging)")
	fs.StringVar(&q.From, "from", "", "first date YYYY-MM-DD")
	fs.StringVar(&q.To, "to", "", "last date YYYY-MM-DD")
	return withStore(ctx, e, fs, db, format, args, 1, func(st dyad.Store, pos []string) error {
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
		return render(e.stdout, *format, hits, []column[dyad.SearchHit]{
			{Name: "id", Get: func(h dyad.SearchHit) string { return h.ID }},
			{Name: "date", Get: func(h dyad.SearchHit) string { return h.Date }},
			{Name: "title", Width: 50, Get: func(h dyad.SearchHit) string { return h.Title }},
			{Name: "snippet", Width: 90, Get: func(h dyad.SearchHit) string { return h.Snippet }},
			{Name: "rank", Get: func(h dyad.SearchHit) string { return strconv.FormatFloat(h.Rank, 'f', 3, 64) }},
		})
	})
}

func runEvents(ctx context.Context, e *env, args []string) error {
	fs, db, format := queryFlags(e, lookup("events"))
	var f dyad.EventFilter
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
	fs.IntVar(&f.Limit, "limit", 100, "most events to print (0: no limit)")
	fs.IntVar(&f.Offset, "offset", 0, "events to skip (paging)")
	return withStore(ctx, e, fs, db, format, args, 0, func(st dyad.Store, _ []string) error {
		if err := checkDates(f.From, f.To); err != nil {
			return err
		}
		if err := checkLimit("limit", &f.Limit); err != nil {
			return err
		}
		if err := checkNotNegative("offset", f.Offset); err != nil {
			return err
		}
		if err := checkPlover(&f); err != nil {
			return err
		}
		f.Actor, f.Source, f.Target = strings.ToUpper(f.Actor), strings.ToUpper(f.Source), strings.ToUpper(f.Target)
		evs, err := st.Events(ctx, f)
		if err != nil {
			return err
		}
		return render(e.stdout, *format, evs, eventColumns)
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

func runActors(ctx context.Context, e *env, args []string) error {
	fs, db, format := queryFlags(e, lookup("actors"))
	var f dyad.ActorFilter
	fs.StringVar(&f.From, "from", "", "first date YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "last date YYYY-MM-DD")
	fs.IntVar(&f.Limit, "limit", 50, "most actors to print (0: no limit)")
	return withStore(ctx, e, fs, db, format, args, 0, func(st dyad.Store, _ []string) error {
		if err := checkDates(f.From, f.To); err != nil {
			return err
		}
		if err := checkLimit("limit", &f.Limit); err != nil {
			return err
		}
		list, err := st.Actors(ctx, f)
		if err != nil {
			return err
		}
		itoa := strconv.Itoa
		return render(e.stdout, *format, list, []column[dyad.ActorStat]{
			{Name: "actor", Get: func(a dyad.ActorStat) string { return a.Actor }},
			{Name: "events", Get: func(a dyad.ActorStat) string { return itoa(a.Events) }},
			{Name: "as_source", Get: func(a dyad.ActorStat) string { return itoa(a.Source) }},
			{Name: "as_target", Get: func(a dyad.ActorStat) string { return itoa(a.Target) }},
			{Name: "mentions", Get: func(a dyad.ActorStat) string { return itoa(a.Mentions) }},
		})
	})
}

func runTimeline(ctx context.Context, e *env, args []string) error {
	fs, db, format := queryFlags(e, lookup("timeline"))
	var q dyad.TimelineQuery
	fs.StringVar(&q.By, "by", "month", "period: day, week, month or year")
	fs.StringVar(&q.From, "from", "", "first date YYYY-MM-DD")
	fs.StringVar(&q.To, "to", "", "last date YYYY-MM-DD")
	fs.BoolVar(&q.IncludeNegated, "negated", false, "count negated events too")
	fs.BoolVar(&q.IncludeHypothetical, "include-hypothetical", false, "count hypothetical events (planned, possible, conditional) too")
	fs.BoolVar(&q.ExcludeInferred, "no-inferred", false, "leave out events whose actor's country was inferred, not named")
	return withStore(ctx, e, fs, db, format, args, 2, func(st dyad.Store, pos []string) error {
		q.A, q.B = strings.ToUpper(pos[0]), strings.ToUpper(pos[1])
		switch q.By {
		case "day", "week", "month", "year":
		default:
			return fmt.Errorf("--by %q: want day, week, month or year", q.By)
		}
		if err := checkDates(q.From, q.To); err != nil {
			return err
		}
		list, err := st.Timeline(ctx, q)
		if err != nil {
			return err
		}
		itoa := strconv.Itoa
		return render(e.stdout, *format, list, []column[dyad.TimelineBucket]{
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

func runStats(ctx context.Context, e *env, args []string) error {
	fs, db, format := queryFlags(e, lookup("stats"))
	return withStore(ctx, e, fs, db, format, args, 0, func(st dyad.Store, _ []string) error {
		s, err := st.Stats(ctx)
		if err != nil {
			return err
		}
		i64 := func(n int64) string { return strconv.FormatInt(n, 10) }
		return render(e.stdout, *format, []dyad.Stats{s}, []column[dyad.Stats]{
			{Name: "articles", Get: func(s dyad.Stats) string { return i64(s.Articles) }},
			{Name: "sentences", Get: func(s dyad.Stats) string { return i64(s.Sentences) }},
			{Name: "mentions", Get: func(s dyad.Stats) string { return i64(s.Mentions) }},
			{Name: "events", Get: func(s dyad.Stats) string { return i64(s.Events) }},
		})
	})
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
