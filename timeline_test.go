package dyad_test

import (
	"reflect"
	"testing"

	"dyad"
)

func TestFoldDays(t *testing.T) {
	day := func(d string, n int, g float64, quad int) dyad.TimelineBucket {
		b := dyad.TimelineBucket{Period: d, Events: n, Goldstein: g}
		switch quad {
		case 1:
			b.VerbalCoop = n
		case 4:
			b.MaterialConflict = n
		}
		return b
	}
	days := []dyad.TimelineBucket{
		day("", 5, 0, 1),           // undated: left out
		day("2024-05-12", 1, 3, 1), // a Sunday
		day("2024-05-13", 2, -20, 4),
		day("2024-05-31", 1, 1, 1),
		day("2024-06-01", 3, 3, 1),
		day("2025-01-01", 1, -10, 4),
	}
	tests := []struct {
		by   string
		want []dyad.TimelineBucket
	}{
		{"day", days[1:]},
		{"week", []dyad.TimelineBucket{
			{Period: "2024-05-06", Events: 1, Goldstein: 3, VerbalCoop: 1},
			{Period: "2024-05-13", Events: 2, Goldstein: -20, MaterialConflict: 2},
			{Period: "2024-05-27", Events: 4, Goldstein: 4, VerbalCoop: 4},
			{Period: "2024-12-30", Events: 1, Goldstein: -10, MaterialConflict: 1},
		}},
		{"month", []dyad.TimelineBucket{
			{Period: "2024-05-01", Events: 4, Goldstein: -16, VerbalCoop: 2, MaterialConflict: 2},
			{Period: "2024-06-01", Events: 3, Goldstein: 3, VerbalCoop: 3},
			{Period: "2025-01-01", Events: 1, Goldstein: -10, MaterialConflict: 1},
		}},
		{"", []dyad.TimelineBucket{
			{Period: "2024-05-01", Events: 4, Goldstein: -16, VerbalCoop: 2, MaterialConflict: 2},
			{Period: "2024-06-01", Events: 3, Goldstein: 3, VerbalCoop: 3},
			{Period: "2025-01-01", Events: 1, Goldstein: -10, MaterialConflict: 1},
		}},
		{"year", []dyad.TimelineBucket{
			{Period: "2024-01-01", Events: 7, Goldstein: -13, VerbalCoop: 5, MaterialConflict: 2},
			{Period: "2025-01-01", Events: 1, Goldstein: -10, MaterialConflict: 1},
		}},
	}
	for _, tt := range tests {
		got, err := dyad.FoldDays(days, tt.by)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("by %q:\n got %+v\nwant %+v", tt.by, got, tt.want)
		}
	}
	if _, err := dyad.FoldDays(days, "fortnight"); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("unknown period: %v", err)
	}
	if got, _ := dyad.FoldDays(nil, "month"); got == nil || len(got) != 0 {
		t.Errorf("no days: %#v, want an empty list", got)
	}
}

func TestCheckDateRange(t *testing.T) {
	tests := []struct {
		from, to string
		want     string // "" for no error
	}{
		{"", "", ""},
		{"2024-01-01", "", ""},
		{"", "2024-12-31", ""},
		{"2024-01-01", "2023-01-01", ""}, // an empty range is no error
		{"2024-1-1", "", `events: from date "2024-1-1" is not YYYY-MM-DD`},
		{"", "2024-02-30", `events: to date "2024-02-30" is not YYYY-MM-DD`},
		{"May", "June", `events: from date "May" is not YYYY-MM-DD`},
	}
	for _, tt := range tests {
		err := dyad.CheckDateRange("events", tt.from, tt.to)
		if tt.want == "" {
			if err != nil {
				t.Errorf("[%q, %q]: %v", tt.from, tt.to, err)
			}
			continue
		}
		if err == nil || err.Error() != tt.want || dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("[%q, %q]: err %v, want EINVALID %q", tt.from, tt.to, err, tt.want)
		}
	}
}
