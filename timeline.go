package dyad

import "time"

// CheckPeriod returns EINVALID unless by is a timeline period: "day",
// "week", "month", "year", or "" (month).
func CheckPeriod(by string) error {
	switch by {
	case "", "day", "week", "month", "year":
		return nil
	}
	return Errorf(EINVALID, "timeline: period %q is not day, week, month or year", by)
}

// CheckDateRange returns EINVALID, naming op and the bound at fault, unless
// from and to are each "" (no bound) or a YYYY-MM-DD date. Every store
// checks the date range of a query with it, so that all answer alike.
func CheckDateRange(op, from, to string) error {
	for _, b := range [...]struct{ name, v string }{{"from", from}, {"to", to}} {
		if b.v == "" {
			continue
		}
		if _, err := time.Parse(DateLayout, b.v); err != nil {
			return Errorf(EINVALID, "%s: %s date %q is not YYYY-MM-DD", op, b.name, b.v)
		}
	}
	return nil
}

// PeriodStart returns the first day of the period holding t: t's day, the
// Monday of its week, the first of its month, or January 1 of its year.
// An unknown period is treated as month; see [CheckPeriod].
func PeriodStart(by string, t time.Time) time.Time {
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	switch by {
	case "day":
		return t
	case "week":
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case "year":
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// FoldDays sums day buckets (Period a YYYY-MM-DD date, in ascending order)
// into buckets of the given period, so that every store computes the same
// timeline from its per-day sums. Buckets whose Period is not a date (events
// of undated articles) have no place on a timeline and are left out.
func FoldDays(days []TimelineBucket, by string) ([]TimelineBucket, error) {
	if err := CheckPeriod(by); err != nil {
		return nil, err
	}
	out := []TimelineBucket{}
	for _, b := range days {
		d, err := time.Parse(DateLayout, b.Period)
		if err != nil {
			continue
		}
		b.Period = PeriodStart(by, d).Format(DateLayout)
		// Days arrive in order, so the days of one period are adjacent.
		if n := len(out); n > 0 && out[n-1].Period == b.Period {
			last := &out[n-1]
			last.Events += b.Events
			last.Goldstein += b.Goldstein
			last.VerbalCoop += b.VerbalCoop
			last.MaterialCoop += b.MaterialCoop
			last.VerbalConflict += b.VerbalConflict
			last.MaterialConflict += b.MaterialConflict
			continue
		}
		out = append(out, b)
	}
	return out, nil
}
