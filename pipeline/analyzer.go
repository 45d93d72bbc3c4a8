package pipeline

import (
	"context"
	"fmt"

	"dyad"
)

// Analyzer runs stages in order over one article.
type Analyzer struct {
	Stages []dyad.Stage
}

// NewAnalyzer returns an analyzer running the given stages in order.
func NewAnalyzer(stages ...dyad.Stage) *Analyzer {
	return &Analyzer{Stages: stages}
}

// Analyze runs every stage over a copy of art. A stage that fails or panics
// makes the whole analysis fail with an error naming the stage and the
// article, so that one bad article never stops an ingest.
func (z *Analyzer) Analyze(ctx context.Context, art *dyad.Article) (a *dyad.Analysis, err error) {
	a = &dyad.Analysis{Article: *art}
	for _, st := range z.Stages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := runStage(ctx, st, a); err != nil {
			return nil, fmt.Errorf("article %s: stage %s: %w", art.ID, st.Name(), err)
		}
	}
	return a, nil
}

func runStage(ctx context.Context, st dyad.Stage, a *dyad.Analysis) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return st.Run(ctx, a)
}
