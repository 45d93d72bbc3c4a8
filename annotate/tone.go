package annotate

import (
	"math"

	"dyad"
)

// toneStats are the counts behind the tone, taken by [scanner.lookup].
type toneStats struct {
	words, pos, neg, active, self int
}

// tone computes GDELT's seven tone figures from the tone lexicon.
func (sc *scanner) tone() *dyad.Tone {
	st := sc.tstats
	words := st.words
	tn := &dyad.Tone{Words: words}
	if words == 0 {
		return tn
	}
	per := 100 / float64(words)
	tn.Positive = round3(float64(st.pos) * per)
	tn.Negative = round3(float64(st.neg) * per)
	tn.Tone = round3(float64(st.pos-st.neg) * per)
	tn.Polarity = round3(float64(st.pos+st.neg) * per)
	tn.Activity = round3(float64(st.active) * per)
	tn.SelfGroup = round3(float64(st.self) * per)
	return tn
}

// round3 rounds to three decimals, so that output is stable and short.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
