package annotate

import (
	"math"

	"dyad"
)

// wordCount counts the words among the tokens: letters or digits, a
// hyphenated compound counting once.
func (sc *scanner) wordCount() int {
	n := 0
	for _, t := range sc.toks {
		if (t.kind == kWord || t.kind == kNum) && !t.hyph {
			n++
		}
	}
	return n
}

// tone computes GDELT's seven tone figures from the tone lexicon.
func (sc *scanner) tone() *dyad.Tone {
	words := sc.wordCount()
	var pos, neg, active, self int
	for i, t := range sc.toks {
		if t.id < 0 {
			continue
		}
		f := lexEntries[t.id].flags
		if f&fPos != 0 {
			pos++
		}
		if f&fNeg != 0 {
			neg++
		}
		if f&fActive != 0 {
			active++
		}
		if f&fSelf != 0 && sc.raw(i) != "US" {
			self++
		}
	}
	tn := &dyad.Tone{Words: words}
	if words == 0 {
		return tn
	}
	per := 100 / float64(words)
	tn.Positive = round3(float64(pos) * per)
	tn.Negative = round3(float64(neg) * per)
	tn.Tone = round3(float64(pos-neg) * per)
	tn.Polarity = round3(float64(pos+neg) * per)
	tn.Activity = round3(float64(active) * per)
	tn.SelfGroup = round3(float64(self) * per)
	return tn
}

// round3 rounds to three decimals, so that output is stable and short.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
