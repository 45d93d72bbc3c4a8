package segment

import (
	"context"

	"dyad"
)

// ctxEvery is how many sentences are tokenised between checks of the
// context.
const ctxEvery = 256

// Stage returns the stage named "segment". It fills a.Sentences and
// a.Tokens from a.Article.Text, replacing what they held.
func Stage() dyad.Stage {
	return dyad.StageFunc{StageName: "segment", Fn: run}
}

func run(ctx context.Context, a *dyad.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	text := a.Article.Text
	sents := Sentences(text)
	toks := make([]dyad.Token, 0, len(text)/5+1)
	for i := 0; i < len(sents); i += ctxEvery {
		if err := ctx.Err(); err != nil {
			return err
		}
		for j := i; j < min(i+ctxEvery, len(sents)); j++ {
			toks = appendTokens(toks, text, sents[j].Start, sents[j].End, j)
		}
	}
	a.Sentences, a.Tokens = sents, toks
	return nil
}
