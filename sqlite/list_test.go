package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"sort"
	"testing"

	"dyad"
	"dyad/storetest"
)

func TestEachArticle(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "list.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var batch []*dyad.Analysis
	for i := range 1203 { // more than two pages
		batch = append(batch, storetest.Synthetic(i))
	}
	batch = append(batch, storetest.Fixtures()...)
	if _, err := st.Put(ctx, batch); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ from, to string }{{"", ""}, {"2024-01-01", ""}, {"", "2023-06-30"}, {"2023-03-01", "2023-03-31"}}
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
		err := st.EachArticle(ctx, tt.from, tt.to, func(a *dyad.Article) error {
			if a.Text == "" {
				t.Errorf("article %s without text", a.ID)
			}
			got = append(got, a.ID)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("[%s, %s]: %d articles, want %d", tt.from, tt.to, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("[%s, %s]: article %d is %s, want %s", tt.from, tt.to, i, got[i], want[i])
			}
		}
	}
	stop := errors.New("stop")
	n := 0
	if err := st.EachArticle(ctx, "", "", func(*dyad.Article) error { n++; return stop }); err != stop || n != 1 {
		t.Errorf("fn's error: got %v after %d calls", err, n)
	}
}
