// Package stages builds dyad's analysis pipeline, the one list of stages
// in their order: segment, gazetteer, ner, actors, annotate, syntax,
// events. The command (cmd/dyad) and the developers' evaluation command
// (events/internal/evalcmd) both take it from here, so that what is scored
// is what is ingested. It only wires packages of this module together.
package stages

import (
	"dyad"
	"dyad/actors"
	"dyad/annotate"
	"dyad/events"
	"dyad/gazetteer"
	"dyad/ner"
	"dyad/pipeline"
	"dyad/segment"
	"dyad/syntax"
)

// Options changes the pipeline New builds. The zero Options is the
// built-in pipeline.
type Options struct {
	Dictionary *actors.Dictionary // nil means actors.Default()
	Patterns   *events.Patterns   // nil means events.DefaultPatterns()
	NoNER      bool               // leave the tagger out (--ner=off)
}

// New returns the analysis pipeline. The tagger runs only when its
// weights are built in (not with -tags dyad_noner) and o.NoNER is false.
// The annotate stage runs before the event coder, which takes its dates
// from a.Dates, so that dates are resolved once. The syntax stage runs
// after the actors, so that it parses only the sentences that may hold an
// event, and before the event coder, which may read the parse. New fails
// only when the syntax model cannot be loaded.
func New(o Options) (*pipeline.Analyzer, error) {
	m, err := syntax.Default()
	if err != nil {
		return nil, err
	}
	d := o.Dictionary
	if d == nil {
		d = actors.Default()
	}
	pats := o.Patterns
	if pats == nil {
		pats = events.DefaultPatterns()
	}
	list := []dyad.Stage{segment.Stage(), gazetteer.Stage()}
	if !o.NoNER && ner.Builtin() {
		list = append(list, ner.Stage())
	}
	list = append(list,
		actors.Stage(d),
		annotate.Stage(),
		syntax.Stage(m, events.NewCandidates(pats)),
		events.Stage(pats),
	)
	return pipeline.NewAnalyzer(list...), nil
}
