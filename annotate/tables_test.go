package annotate

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"dyad"
)

func countsOf(t *testing.T, text string) []dyad.Count {
	t.Helper()
	return analyse(t, dyad.Article{Text: text, Published: time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)}).Counts
}

func TestNumberWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want float64
		qual string
	}{
		{"twelve people", 12, ""},
		{"twenty-five people", 25, ""},
		{"twenty five people", 25, ""},
		{"two dozen people", 24, ""},
		{"a dozen people", 12, ""},
		{"three hundred people", 300, ""},
		{"one hundred and twenty people", 120, ""},
		{"a hundred people", 100, ""},
		{"two million people", 2e6, ""},
		{"five thousand people", 5000, ""},
		{"ninety-nine people", 99, ""},
		{"1.2 million people", 1.2e6, ""},
		{"900,000 people", 900000, ""},
		{"thousands of people", 1000, "thousands of"},
		{"dozens of people", 12, "dozens of"},
		{"tens of thousands of people", 1e4, "tens of thousands of"},
		{"hundreds of thousands of people", 1e5, "hundreds of thousands of"},
		{"more than 900 people", 900, "more than"},
		{"at least 12 people", 12, "at least"},
		{"nearly 40 people", 40, "nearly"},
		{"as many as 40 people", 40, "as many as"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			c := countsOf(t, tc.text)
			if len(c) != 1 || c[0].Number != tc.want || c[0].Qualifier != tc.qual || c[0].Object != "people" {
				t.Errorf("counts = %+v, want %v %q people", c, tc.want, tc.qual)
			}
		})
	}
}

func TestUnits(t *testing.T) {
	for _, tc := range []struct {
		text string
		num  float64
		unit string
	}{
		{"$3 billion", 3e9, "USD"},
		{"US$5 million", 5e6, "USD"},
		{"3 mln dlrs", 3e6, "USD"},
		{"3 bln dollars", 3e9, "USD"},
		{"5 mln Canadian dlrs", 5e6, "CAD"},
		{"€2.5bn", 2.5e9, "EUR"},
		{"40 million euros", 4e7, "EUR"},
		{"£500m", 5e8, "GBP"},
		{"100 mln stg", 1e8, "GBP"},
		{"20 pounds", 20, "GBP"},
		{"150 billion yen", 1.5e11, "JPY"},
		{"5 pct", 5, "percent"},
		{"5%", 5, "percent"},
		{"5 per cent", 5, "percent"},
		{"5 percent", 5, "percent"},
		{"4-1/4 pct", 4.25, "percent"},
		{"300 tonnes", 300, "tonnes"},
		{"1.2 million barrels", 1.2e6, "barrels"},
		{"3.5 mln bpd", 3.5e6, "barrels per day"},
		{"60 kilos", 60, "kg"},
		{"147 mln French francs", 1.47e8, "FRF"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			c := countsOf(t, tc.text)
			if len(c) != 1 || c[0].Number != tc.num || c[0].Unit != tc.unit {
				t.Errorf("counts = %+v, want %v %s", c, tc.num, tc.unit)
			}
		})
	}
}

func TestCountTypes(t *testing.T) {
	for _, tc := range []struct{ text, object, typ string }{
		{"At least 12 people were killed.", "people", "KILL"},
		{"The blast killed 12 people.", "people", "KILL"},
		{"There were 30 deaths.", "deaths", "KILL"},
		{"Some 40 people were injured.", "people", "WOUND"},
		{"Police arrested 14 suspects.", "suspects", "ARREST"},
		{"Police detained 100 demonstrators.", "demonstrators", "ARREST"},
		{"Gunmen abducted 20 pupils.", "pupils", "KIDNAP"},
		{"Four hostages were freed.", "hostages", "KIDNAP"},
		{"About 5,000 protesters gathered.", "protesters", "PROTEST"},
		{"About 300 displaced people", "people", "AFFECT"},
		{"2,000 people were evacuated.", "people", "AFFECT"},
		{"Customs seized 12 rifles.", "rifles", "SEIZE"},
		{"The firm hired 12 engineers.", "engineers", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			c := countsOf(t, tc.text)
			if len(c) != 1 || c[0].Object != tc.object || c[0].Type != tc.typ {
				t.Errorf("counts = %+v, want %s %s", c, tc.object, tc.typ)
			}
		})
	}
}

func TestNotCounts(t *testing.T) {
	for _, text := range []string{
		"in 2023", "the 3rd session", "the 14th congress", "at 9:00 a.m.", "at 10 pm", "the F-16 jet",
		"on page 3", "Resolution 2231", "Boeing 737", "the 1987/88 season", "it rose to 340",
		"one of the biggest", "May 16, 2024", "two thirds of voters",
	} {
		if c := countsOf(t, text); len(c) != 0 {
			t.Errorf("%q: counts = %+v, want none", text, c)
		}
	}
}

func TestDateResolution(t *testing.T) {
	pub := time.Date(2024, 5, 16, 15, 4, 0, 0, time.UTC) // a Thursday
	for _, tc := range []struct {
		text, date, prec, span string
	}{
		{"on May 16, 2024.", "2024-05-16", "day", "May 16, 2024"},
		{"on 16 May 2024.", "2024-05-16", "day", "16 May 2024"},
		{"on May 16.", "2024-05-16", "day", "May 16"},
		{"on Feb 26.", "2024-02-26", "day", "Feb 26"},
		{"on Dec. 30.", "2023-12-30", "day", "Dec. 30"},
		{"on December 30.", "2023-12-30", "day", "December 30"},
		{"on 3rd June.", "2024-06-03", "day", "3rd June"},
		{"in May.", "2024-05-01", "month", "May"},
		{"in November.", "2023-11-01", "month", "November"},
		{"in May 2020.", "2020-05-01", "month", "May 2020"},
		{"in 2023.", "2023-01-01", "year", "2023"},
		{"on Thursday.", "2024-05-16", "day", "Thursday"},
		{"on Friday.", "2024-05-10", "day", "Friday"},
		{"on Monday.", "2024-05-13", "day", "Monday"},
		{"next Thursday.", "2024-05-23", "day", "next Thursday"},
		{"last Thursday.", "2024-05-09", "day", "last Thursday"},
		{"last Monday.", "2024-05-13", "day", "last Monday"},
		{"yesterday.", "2024-05-15", "day", "yesterday"},
		{"today.", "2024-05-16", "day", "today"},
		{"tomorrow.", "2024-05-17", "day", "tomorrow"},
		{"two days ago.", "2024-05-14", "day", "two days ago"},
		{"3 days ago.", "2024-05-13", "day", "3 days ago"},
		{"a year ago.", "2023-01-01", "year", "a year ago"},
		{"last week.", "2024-05-06", "week", "last week"},
		{"this week.", "2024-05-13", "week", "this week"},
		{"last month.", "2024-04-01", "month", "last month"},
		{"next month.", "2024-06-01", "month", "next month"},
		{"last year.", "2023-01-01", "year", "last year"},
		{"last night.", "2024-05-15", "day", "last night"},
		{"last December.", "2023-12-01", "month", "last December"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			a := analyse(t, dyad.Article{Text: tc.text, Published: pub})
			if len(a.Dates) != 1 || a.Dates[0].Date != tc.date || a.Dates[0].Precision != tc.prec || a.Dates[0].Text != tc.span {
				t.Errorf("dates = %+v, want %s %s %q", a.Dates, tc.date, tc.prec, tc.span)
			}
			if len(a.Counts) != 0 {
				t.Errorf("a date taken as a count: %+v", a.Counts)
			}
		})
	}
}

// A month and day without a year go to the year that puts them nearest the
// published date moved three months forward in a sentence in the future
// tense, and back in one in the past tense.
func TestDateTense(t *testing.T) {
	pub := time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, span, date string
		pub              time.Time
	}{
		// the example of issue 10: the events coder said 1986-04-29
		{"Japan will visit the United States on April 29.", "April 29", "1987-04-29", time.Date(1987, 3, 26, 0, 0, 0, 0, time.UTC)},
		// no tense: the nearest (December 1, 2023 is 167 days back, 2024 199 ahead)
		{"The deadline is December 1.", "December 1", "2023-12-01", pub},
		{"Prices are high due to the frost of December 1.", "December 1", "2023-12-01", pub},
		// future: auxiliaries, intention, commitment, schedule, "be to"
		{"The summit will be held on December 1.", "December 1", "2024-12-01", pub},
		{"The summit may open on December 1.", "December 1", "2024-12-01", pub},
		{"Ministers plan to meet on December 1.", "December 1", "2024-12-01", pub},
		{"OPEC agreed to cut output from December 1.", "December 1", "2024-12-01", pub},
		{"The treaty is due to be signed on December 1.", "December 1", "2024-12-01", pub},
		{"The president is to visit Paris on December 1.", "December 1", "2024-12-01", pub},
		{"Elections will be held in November.", "November", "2024-11-01", pub},
		// but a date well behind the published date stays behind
		{"Ministers will review the accord of March 3.", "March 3", "2024-03-03", pub},
		// past: the 26th of August 2023 is 264 days back, of 2024 102 ahead
		{"Russia attacked Ukraine on Aug 26.", "Aug 26", "2023-08-26", pub},
		{"The talks were held on Aug 26.", "Aug 26", "2023-08-26", pub},
		{"Elections were held in November.", "November", "2023-11-01", pub},
		// a verb of saying says when it was said, not when what was said happens
		{"The ministry said the talks begin on Aug 26.", "Aug 26", "2024-08-26", pub},
		// an adjective in -ed is no past verb
		{"The proposed talks begin on Aug 26.", "Aug 26", "2024-08-26", pub},
		// "since" looks back whatever the tense
		{"Prices will stay where they have been since Aug 26.", "Aug 26", "2023-08-26", pub},
		// the tense is the sentence's own
		{"Russia attacked Ukraine. The summit will be held on December 1.", "December 1", "2024-12-01", pub},
		{"The talks will go on. Russia attacked Ukraine on Aug 26.", "Aug 26", "2023-08-26", pub},
	} {
		t.Run(tc.text, func(t *testing.T) {
			a := analyse(t, dyad.Article{Text: tc.text, Published: tc.pub})
			if len(a.Dates) != 1 || a.Dates[0].Date != tc.date || a.Dates[0].Text != tc.span {
				t.Errorf("dates = %+v, want %s %q", a.Dates, tc.date, tc.span)
			}
		})
	}
}

// With sentences from the segmenter, the tense is that of the date's
// sentence.
func TestDateTenseSentences(t *testing.T) {
	text := "The talks will go on, officials said. Russia attacked Ukraine on Aug 26."
	a := &dyad.Analysis{Article: dyad.Article{Text: text, Published: time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)},
		Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 37}}, {Span: dyad.Span{Start: 38, End: len(text)}}}}
	if err := Stage().Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Dates) != 1 || a.Dates[0].Date != "2023-08-26" {
		t.Errorf("dates = %+v, want 2023-08-26", a.Dates)
	}
}

func TestDatesWithoutPublished(t *testing.T) {
	a := analyse(t, dyad.Article{Text: "On Thursday, yesterday and last week, in May, two days ago; but on May 16, 2024 and in 2023."})
	var got []string
	for _, d := range a.Dates {
		got = append(got, d.Date)
	}
	if want := []string{"2024-05-16", "2023-01-01"}; !slices.Equal(got, want) {
		t.Errorf("dates = %v, want %v", got, want)
	}
}

// TestDatesAtTheEdges resolves dates against the first and last days dyad
// keeps: a date that would fall outside years 1000 to 9999 ("next year" on
// 9999-12-31) is no date, and nothing is dated in year 10000.
func TestDatesAtTheEdges(t *testing.T) {
	last := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC) // a Friday
	first := time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		pub  time.Time
		want []string
	}{
		{"Talks were held yesterday, today, tomorrow, next week, next month and next year.", last,
			[]string{"9999-12-30", "9999-12-31"}},
		{"Talks begin on January 5 and on Monday, next Monday, this week and this year.", last,
			[]string{"9999-12-27", "9999-12-27", "9999-01-01"}},
		{"Talks were held on December 30, in December and in May.", last, []string{"9999-12-30", "9999-12-01", "9999-05-01"}},
		{"Talks were held yesterday, last week, last month, last year and a year ago.", first, nil},
		{"Talks were held today, this month and tomorrow.", first, []string{"1000-01-01", "1000-01-01", "1000-01-02"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			a := analyse(t, dyad.Article{Text: tc.text, Published: tc.pub})
			var got []string
			for _, d := range a.Dates {
				got = append(got, d.Date)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("dates = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestNotDates(t *testing.T) {
	pub := time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Prices may rise.", "They march on.", "Flight 2031 landed.", "It rose 2000 tonnes.", "on February 30, 2024",
	} {
		if a := analyse(t, dyad.Article{Text: text, Published: pub}); len(a.Dates) != 0 {
			t.Errorf("%q: dates = %+v, want none", text, a.Dates)
		}
	}
}

func TestQuotes(t *testing.T) {
	for _, tc := range []struct {
		text, quote, speaker, verb string
		scare                      bool
	}{
		{`"We are ready," said Defence Minister Andrei Belousov.`, "We are ready", "Defence Minister Andrei Belousov", "say", false},
		{`"We are ready," Belousov said.`, "We are ready", "Belousov", "say", false},
		{`"We are ready for anything," Belousov told reporters.`, "We are ready for anything", "Belousov", "tell", false},
		{`Belousov said: "We are ready."`, "We are ready", "Belousov", "say", false},
		{`"We are ready to talk", according to a government spokesman.`, "We are ready to talk", "government spokesman", "according to", false},
		{`The ministry called the deal "a historic step".`, "a historic step", "ministry", "call", false},
		{`“It is over,” a senior official said.`, "It is over", "senior official", "say", false},
		{`Wang, a ministry spokesman, said: "We oppose it."`, "We oppose it", "Wang", "say", false},
		{`"No comment," Wang, a ministry spokesman, said.`, "No comment", "Wang", "say", false},
		{`The so-called "peace plan" failed.`, "peace plan", "", "", true},
		{`It was a "very bad deal" for workers.`, "very bad deal", "", "", true},
		{`"We are here. We will stay." Police moved in.`, "We are here. We will stay", "", "", false},
		{"``We will win,'' Smith said.", "We will win", "Smith", "say", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			a := analyse(t, dyad.Article{Text: tc.text})
			if len(a.Quotes) != 1 {
				t.Fatalf("quotes = %+v", a.Quotes)
			}
			q := a.Quotes[0]
			if q.Text != tc.quote || q.Speaker != tc.speaker || q.Verb != tc.verb || q.Scare != tc.scare {
				t.Errorf("quote = %+v, want %q by %q (%s), scare %v", q, tc.quote, tc.speaker, tc.verb, tc.scare)
			}
		})
	}
}

func TestThemes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // code:count, in output order
	}{
		{"Oil prices fell as OPEC met.", []string{"ENERGY:2"}},
		{"The trade union called a strike.", []string{"LABOR:2"}},
		{"The trader sold soybeans.", []string{"AGRICULTURE:1"}},
		{"Anti-corruption police raided the office.", []string{"CORRUPTION:1", "CRIME:1"}},
		{"COVID-19 vaccines", []string{"HEALTH:1", "PANDEMIC:1"}},
		{"CLIMATE CHANGE and carbon emissions", []string{"ENV_CLIMATE:3"}},
		{"The bill passed.", nil},
	} {
		a := analyse(t, dyad.Article{Text: tc.text})
		var got []string
		for _, th := range a.Themes {
			got = append(got, fmt.Sprintf("%s:%d", th.Code, th.Count))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: themes = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestTone(t *testing.T) {
	a := analyse(t, dyad.Article{Text: "We agree on peace but condemn the attack and the war."})
	// 11 words; positive: agree, peace; negative: condemn, attack, war;
	// active: agree, condemn, attack; self: we
	tn := a.Tone
	want := dyad.Tone{Tone: round3(-100.0 / 11), Positive: round3(200.0 / 11), Negative: round3(300.0 / 11),
		Polarity: round3(500.0 / 11), Activity: round3(300.0 / 11), SelfGroup: round3(100.0 / 11), Words: 11}
	if tn == nil || *tn != want {
		t.Errorf("tone = %+v, want %+v", tn, want)
	}
	if a := analyse(t, dyad.Article{Text: "The US said so."}); a.Tone.SelfGroup != 0 {
		t.Errorf("US counted as a first-person pronoun: %+v", a.Tone)
	}
	if a := analyse(t, dyad.Article{Text: ""}); a.Tone == nil || a.Tone.Words != 0 || a.Tone.Tone != 0 {
		t.Errorf("empty text tone = %+v", a.Tone)
	}
}

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"  ", 0},
		{"a two-day visit.", 3},
		{"China's ministry", 2},
		{"It rose 2.5 pct to $18, he said.", 8},
		{"U.S. officials don't know", 4},
		{"Zürich und Köln", 3},
	} {
		if got := Words(tc.text); got != tc.want {
			t.Errorf("Words(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestTopTerms(t *testing.T) {
	texts := []string{"Oil prices rose. Oil exports fell.", "The price of oil and the export of grain."}
	got := TopTerms(texts, 3, false)
	want := []TermCount{{"oil", 3}, {"export", 1}, {"exports", 1}}
	if !slices.Equal(got, want) {
		t.Errorf("TopTerms = %v, want %v", got, want)
	}
	got = TopTerms(texts, 3, true)
	want = []TermCount{{"oil", 3}, {"export", 2}, {"price", 2}}
	if !slices.Equal(got, want) {
		t.Errorf("TopTerms stem = %v, want %v", got, want)
	}
	if got := TopTerms(nil, 5, true); len(got) != 0 {
		t.Errorf("TopTerms(nil) = %v", got)
	}
	if got := TopTerms(texts, 0, false); len(got) != 8 {
		t.Errorf("TopTerms n=0 = %v, want all 8 terms", got)
	}
}

func TestStemS(t *testing.T) {
	for in, want := range map[string]string{
		"prices": "price", "policies": "policy", "boxes": "boxe", "glass": "glass", "virus": "virus",
		"bus": "bus", "oil": "oil", "trees": "tree", "ties": "tie", "crisis": "crisi",
	} {
		if got := stemS(in); got != want {
			t.Errorf("stemS(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCountPhrase(t *testing.T) {
	text := "Trade talks: the trade deal and the Trade-Deal; traders trade."
	for _, tc := range []struct {
		phrase string
		want   int
	}{
		{"trade", 4}, {"trade deal", 2}, {"TRADE DEAL", 2}, {"trader", 0}, {"traders", 1}, {"", 0}, {"  ", 0}, {"deal and", 1},
	} {
		if got := CountPhrase(text, tc.phrase); got != tc.want {
			t.Errorf("CountPhrase(%q) = %d, want %d", tc.phrase, got, tc.want)
		}
	}
}

func TestConcordance(t *testing.T) {
	text := "Russia and China signed a deal.\nThe deal covers oil."
	got := Concordance(text, "deal", 2)
	want := []KWIC{
		{Left: "signed a", Match: "deal", Right: ". The deal", Start: 26, End: 30},
		{Left: "deal. The", Match: "deal", Right: "covers oil.", Start: 36, End: 40},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Concordance = %+v\nwant %+v", got, want)
	}
	for _, k := range got {
		if text[k.Start:k.End] != k.Match {
			t.Errorf("span %d-%d is %q", k.Start, k.End, text[k.Start:k.End])
		}
	}
	if got := Concordance(text, "Deal", 0); len(got) != 2 || got[0].Left != "" || got[0].Right != "" {
		t.Errorf("width 0 = %+v", got)
	}
	if got := Concordance(text, "", 3); got != nil {
		t.Errorf("empty word = %+v", got)
	}
}

func TestTokenize(t *testing.T) {
	text := `China's U.S.-made "two-day" 900,000 3bn 10:30 don't`
	var got []string
	for _, tk := range tokenize(nil, text) {
		s := text[tk.s:tk.e]
		if tk.hyph {
			s = "-" + s
		}
		got = append(got, s)
	}
	want := []string{"China", "'s", "U.S.", "-", "made", `"`, "two", "-day", `"`, "900,000", "3bn", "10:30", "don't"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens = %q\nwant %q", got, want)
	}
}

func TestParseNumber(t *testing.T) {
	for in, want := range map[string]float64{"900,000": 900000, "1.2": 1.2, "12": 12, "1,234,567.5": 1234567.5} {
		if got, ok := parseNumber(in); !ok || got != want {
			t.Errorf("parseNumber(%q) = %v, %v", in, got, ok)
		}
	}
	for _, in := range []string{"", "1,2", "12,34", "1.2.3", "1,2345", ",5"} {
		if got, ok := parseNumber(in); ok {
			t.Errorf("parseNumber(%q) = %v, want failure", in, got)
		}
	}
}
