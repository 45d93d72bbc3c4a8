package events

import (
	"slices"
	"testing"

	"dyad"
)

// TestInfer: an actor of no named country takes the country of the
// event's place, else of the sentence's places, else the article's only
// country, marked as inferred; but not to cooperate with that country.
func TestInfer(t *testing.T) {
	for _, tc := range []struct {
		name, text, actors string
		want               []string // "SRC TGT CODE inferred"
	}{
		{"place of the event", "Gunmen attacked Peshawar.", "Peshawar=PAK@",
			[]string{"PAKUAF PAK 190 source"}},
		{"the article's only country", "The government criticised lawmakers on Monday in Kenya.", "Kenya=KEN",
			[]string{"KENGOV KENLEG 111 both"}},
		{"expelled diplomats are foreign", "Portugal expels diplomats.", "Portugal=PRT",
			[]string{"PRT ---GOV 161 "}},
		{"named countries stay", "Russian police arrested more than 3,000 people across the country.", "Russian police=RUSCOP",
			[]string{"RUSCOP RUSCVL 173 target"}},
		{"two countries: nothing inferred", "Rebels attacked Chad and Sudan condemned it.", "Chad=TCD; Sudan=SDN",
			[]string{"---REB TCD 190 "}},
		// cooperating with, speaking to, criticising or threatening a
		// country does not make one of it
		{"not of the country it helps", "The ministers praised Kenya.", "Kenya=KEN",
			[]string{"---GOV KEN 051 "}},
		{"nor of the country it criticises", "The ministers criticised Kenya.", "Kenya=KEN",
			[]string{"---GOV KEN 111 "}},
		{"but of the country it fights", "Rebels attacked Kenya.", "Kenya=KEN",
			[]string{"KENREB KEN 190 source"}},
		// nor, imposing sanctions on a country, of that country: sanctions are on another state
		{"nor of the country it sanctions", "The ministers imposed sanctions on Kenya.", "Kenya=KEN",
			[]string{"---GOV KEN 163 "}},
		// foreign governments are of other countries, a foreign minister is not
		{"foreign governments", "Kenya asked foreign governments for aid.", "Kenya=KEN",
			[]string{"KEN ---GOV 020 "}},
		{"foreign minister", "In Kenya, the foreign minister asked lawmakers for aid.", "Kenya=KEN",
			[]string{"KENGOV KENLEG 023 both"}},
		// a visitor comes from another country than the one visited, a guest from another than its host's
		{"visitors are foreign", "The foreign minister travelled to Moscow for talks.", "Moscow=RUS@",
			[]string{"---GOV RUS 042 "}},
		{"guests are foreign", "Kenya hosted the ministers.", "Kenya=KEN",
			[]string{"KEN ---GOV 043 "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range code(t, tc.text, tc.actors) {
				got = append(got, e.Source+" "+e.Target+" "+e.Code+" "+e.Inferred)
				src, tgt := Named(e)
				if e.Inferred == "" && (src != e.Source || tgt != e.Target) {
					t.Errorf("%+v: Named changed an event with nothing inferred", e)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
	if s, g := Named(dyad.Event{Source: "PAKUAF", Target: "PAK", Inferred: dyad.InferredSource}); s != "---UAF" || g != "PAK" {
		t.Errorf("Named: %s %s", s, g)
	}
}

func TestDominantCountry(t *testing.T) {
	for _, tt := range []struct {
		text, actors, want string
	}{
		{"Sweden acted. Sweden spoke. Norway listened.", "Sweden=SWE; Norway=NOR", ""},                  // 2 against 1: not more than twice
		{"Sweden acted. Sweden spoke. Sweden ruled. Norway listened.", "Sweden=SWE; Norway=NOR", "SWE"}, // 3 against 1
		{"Sweden acted.", "Sweden=SWE", "SWE"},                                                          // the only one
		{"Sweden acted. Norway listened.", "Sweden=SWE; Norway=NOR", ""},
	} {
		c := &coder{a: build(tt.text, tt.actors)}
		if got := c.dominantCountry(); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}
