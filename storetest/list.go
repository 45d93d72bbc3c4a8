package storetest

import (
	"context"
	"errors"
	"sort"
	"testing"

	"dyad"
)

// testEachArticle checks EachArticle: every article in the date range, in
// byte order of ID, across pages; a bound that is not a date is EINVALID.
func testEachArticle(t *testing.T, s dyad.Store) {
	var l dyad.ArticleLister = s
	ctx := context.Background()
	var batch []*dyad.Analysis
	for i := range 1203 { // more than two pages of 500
		batch = append(batch, Synthetic(i))
	}
	batch = append(batch, Fixtures()...)
	if _, err := s.Put(ctx, batch); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ from, to string }{{"", ""}, {"2022-01-01", ""}, {"", "2021-06-30"}, {"2021-03-01", "2021-03-31"}}
	for _, tt := range tests {
		var want []string
		for _, a := range batch {
			d := a.Article.Date()
			if tt.from == "" && tt.to == "" || d != "" && (tt.from == "" || d >= tt.from) && (tt.to == "" || d <= tt.to) {
				want = append(want, a.Article.ID)
			}
		}
		sort.Strings(want)
		var got []string
		err := l.EachArticle(ctx, tt.from, tt.to, func(a *dyad.Article) error {
			if a.Text == "" {
				t.Errorf("article %s without text", a.ID)
			}
			got = append(got, a.ID)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 || len(got) != len(want) {
			t.Fatalf("[%s, %s]: %d articles, want %d (> 0)", tt.from, tt.to, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("[%s, %s]: article %d is %s, want %s", tt.from, tt.to, i, got[i], want[i])
			}
		}
	}
	stop := errors.New("stop")
	n := 0
	if err := l.EachArticle(ctx, "", "", func(*dyad.Article) error { n++; return stop }); err != stop || n != 1 {
		t.Errorf("fn's error: got %v after %d calls", err, n)
	}
	for _, r := range [][2]string{{"2024-13-01", ""}, {"", "May 2024"}, {"yesterday", "2024-01-01"}} {
		err := l.EachArticle(ctx, r[0], r[1], func(*dyad.Article) error { return nil })
		if dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("[%q, %q]: err %v, want EINVALID", r[0], r[1], err)
		}
	}
}
