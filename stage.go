package dyad

import "context"

// Token is a word or punctuation mark, as a byte span of the article text.
type Token struct {
	Start    int
	End      int
	Sentence int // index into Analysis.Sentences
}

// Stage adds its part to an analysis: sentences, mentions, events, counts
// and so on. Stages run in order, each reading what earlier ones wrote, and
// check ctx between sentences on long work. A stage must not panic on any
// text and must keep every span inside Article.Text.
type Stage interface {
	Name() string
	Run(ctx context.Context, a *Analysis) error
}

// StageFunc adapts a function to the Stage interface.
type StageFunc struct {
	StageName string
	Fn        func(ctx context.Context, a *Analysis) error
}

// Name returns the stage's name.
func (f StageFunc) Name() string { return f.StageName }

// Run calls the function.
func (f StageFunc) Run(ctx context.Context, a *Analysis) error { return f.Fn(ctx, a) }
