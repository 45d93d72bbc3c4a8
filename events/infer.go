package events

import (
	"strings"

	"dyad"
)

// Actors of no named country ("---REB" for "rebels", "---UAF" for
// "gunmen") take the country the text places their event in, when there is
// exactly one: the event's own place ("in Lahore": PAK), else the one
// country of the places named in the sentence, else the country the whole
// article names alone or far more than any other (dominantCountry). The event says so in Inferred, so that users can
// leave such events out (--no-inferred).

// infer fills the unknown country of ev's source and target, if it can.
//
// An actor said to be of other countries ("foreign governments", "Western
// diplomats": foreignSrc, foreignTgt) takes none.
func (c *coder) infer(ev *dyad.Event, si int, foreignSrc, foreignTgt bool) {
	// a source of no one named ("---": "two policemen were shot dead",
	// "15 people were killed in riots") is no actor of an unknown country
	// but no actor at all: it takes none, or the state itself would be
	// the doer. Arrests and detentions (17) no one names are the state's.
	src, tgt := strings.HasPrefix(ev.Source, "---") && (ev.Source != "---" || ev.Root == "17") && !foreignSrc, strings.HasPrefix(ev.Target, "---") && !foreignTgt
	if !src && !tgt {
		return
	}
	country := ""
	if ev.Place != nil && len(ev.Place.Country) == 3 {
		country = ev.Place.Country
	}
	if country == "" {
		country = c.onlyCountry(si)
	}
	if country == "" {
		country = c.dominantCountry()
	}
	if country == "" {
		return
	}
	if src && !tgt && ev.Target == country && (ev.Root < "14" || foreign(ev.Code)) {
		// "the ministers gave West Germany a go-ahead", "Abe starts a
		// visit to Washington": an actor of no named country that
		// cooperates with, speaks to, criticises or threatens a country
		// (roots 01 to 13) is not, for want of another, of that country
		// (of 60 such Reuters events, nearly all were wrong); it stays
		// of no country. So too for reduced relations and expulsions,
		// which are done to another state ("Congress authorized Reagan to
		// impose sanctions on Japan" is no Japanese legislature's)
		return
	}
	if src && ev.Code == "042" && len(ev.Target) >= 3 && ev.Target[:3] == country {
		// "the foreign minister travelled to Moscow": a visitor comes
		// from another country than the one visited
		src = false
		if !tgt {
			return
		}
	}
	if src {
		ev.Source = country + ev.Source[3:]
		ev.Inferred = dyad.InferredSource
	}
	if tgt && ev.Root == "13" && ev.Target == "---" && len(ev.Source) >= 3 && ev.Source[:3] == country {
		// "Yeutter has threatened retaliation if the tax is approved": whom
		// a state threatens, named by no one, is not that state itself
		tgt = false
		if !src {
			return
		}
	}
	if tgt && (foreign(ev.Code) || ev.Code == "043") && len(ev.Source) >= 3 && ev.Source[:3] == country {
		// "Portugal expels diplomats": whom a state expels or breaks
		// relations with is foreign by definition, never its own, and so
		// is the guest a state hosts ("Moscow hosted the ministers")
		tgt = false
		if !src {
			return
		}
	}
	if tgt {
		ev.Target = country + ev.Target[3:]
		ev.Inferred = dyad.InferredTarget
		if src {
			ev.Inferred = dyad.InferredBoth
		}
	}
}

// onlyCountry returns the one country of the located places of sentence
// si, or "" when there is none or more than one.
func (c *coder) onlyCountry(si int) string {
	one := ""
	for i := range c.a.Mentions {
		m := &c.a.Mentions[i]
		if m.Sentence != si || m.Place == nil || len(m.Place.Country) != 3 {
			continue
		}
		if one != "" && m.Place.Country != one {
			return ""
		}
		one = m.Place.Country
	}
	return one
}

// dominantCountry returns the country the article names most, when it
// names it at least twice and more than twice as often as any other (its
// countries, nationalities and places counted by mention; "" else). An
// article about Sweden that also names South Africa once is Sweden's:
// "the government" in it is Sweden's government.
func (c *coder) dominantCountry() string {
	if c.dominant == nil {
		d := c.countDominant()
		c.dominant = &d
	}
	return *c.dominant
}

// countDominant counts the countries of the article for dominantCountry.
func (c *coder) countDominant() string {
	counts := map[string]int{}
	for i := range c.a.Mentions {
		m := &c.a.Mentions[i]
		switch {
		case m.Place != nil && len(m.Place.Country) == 3:
			counts[m.Place.Country]++
		case (m.Kind == dyad.KindCountry || m.Kind == dyad.KindNationality) && len(m.Actor) >= 3 && !strings.HasPrefix(m.Actor, "---"):
			counts[m.Actor[:3]]++
		}
	}
	best, first, second := "", 0, 0
	for cc, n := range counts {
		switch {
		case n > first || n == first && cc < best:
			if cc != best {
				second = max(second, first)
			}
			best, first = cc, n
		case n > second:
			second = n
		}
	}
	if len(counts) == 1 || first >= 2 && first > 2*second {
		return best
	}
	return ""
}

// Named returns the source and target of e as the text names them: an
// inferred country back to "---" (PETRARCH's code for an actor of no
// named country), for comparing with gold data that does not infer.
func Named(e dyad.Event) (source, target string) {
	source, target = e.Source, e.Target
	if (e.Inferred == dyad.InferredSource || e.Inferred == dyad.InferredBoth) && len(source) >= 3 {
		source = "---" + source[3:]
	}
	if (e.Inferred == dyad.InferredTarget || e.Inferred == dyad.InferredBoth) && len(target) >= 3 {
		target = "---" + target[3:]
	}
	return source, target
}

// foreign reports whether an event of code acts on another state's
// people by definition: reducing relations (16) and expelling or
// deporting individuals (174).
func foreign(code string) bool {
	return dyad.RootOf(code) == "16" || strings.HasPrefix(code, "174")
}
