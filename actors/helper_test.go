package actors_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/actors"
	"dyad/gazetteer"
	"dyad/segment"
)

var dict = actors.Default()

// analyse runs segment, gazetteer and actors over text published on date
// ("" for none).
func analyse(t testing.TB, d *actors.Dictionary, text, date string, extra ...dyad.Mention) *dyad.Analysis {
	t.Helper()
	a := &dyad.Analysis{Article: dyad.Article{Text: text}}
	if date != "" {
		p, err := time.Parse(dyad.DateLayout, date)
		if err != nil {
			t.Fatal(err)
		}
		a.Article.Published = p
	}
	ctx := context.Background()
	for _, st := range []dyad.Stage{segment.Stage(), gazetteer.Stage()} {
		if err := st.Run(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	a.Mentions = append(a.Mentions, extra...)
	if err := actors.Stage(d).Run(ctx, a); err != nil {
		t.Fatal(err)
	}
	checkMentions(t, text, a.Mentions)
	return a
}

// show lists mentions as "text:KIND:ACTOR" joined by " | ", with "=Name"
// when the canonical name differs from the text.
func show(ms []dyad.Mention) string {
	var parts []string
	for _, m := range ms {
		s := fmt.Sprintf("%s:%s:%s", m.Text, m.Kind, m.Actor)
		if m.Kind == dyad.KindPerson && m.Name != "" && m.Name != m.Text {
			s += "=" + m.Name
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

// checkMentions checks the invariants: valid spans, text equal to the
// span, sorted by start, no overlaps.
func checkMentions(t testing.TB, text string, ms []dyad.Mention) {
	t.Helper()
	end := 0
	for _, m := range ms {
		if !(dyad.Span{Start: m.Start, End: m.End}).Valid(len(text)) || m.Start < end || m.Start >= m.End {
			t.Fatalf("%q: bad or overlapping mention %+v in %v", text, m, ms)
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("%q: mention text %q is not its span", text, m.Text)
		}
		end = m.End
	}
}

func bytesReader(b []byte) *strings.Reader { return strings.NewReader(string(b)) }
