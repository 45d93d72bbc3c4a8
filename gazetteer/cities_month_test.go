package gazetteer

import (
	"context"
	"testing"

	"dyad"
	"dyad/segment"
)

// TestMonthIsNoCity: "in March" is a date, though a town is called March.
func TestMonthIsNoCity(t *testing.T) {
	for _, text := range []string{"In March, they captured him in Pakistan.", "The talks resume in May in Geneva."} {
		a := &dyad.Analysis{Article: dyad.Article{Text: text}}
		if err := segment.Stage().Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if err := Stage().Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, m := range a.Mentions {
			if m.Text == "March" || m.Text == "May" {
				t.Errorf("%q: %q is a %s mention", text, m.Text, m.Kind)
			}
		}
	}
}
