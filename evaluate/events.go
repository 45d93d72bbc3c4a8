package evaluate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Triple is one event as scored: who did what to whom.
type Triple struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

func (t Triple) String() string { return t.Source + " " + t.Target + " " + t.Code }

// GoldRecord is one record of a gold file (JSON Lines), with the fields of
// every kind of event dev set: PETRARCH triples (Expected, Category),
// PLOVER records (Expected with PLOVER categories as codes, Event) and
// labelled texts (Label). [DetectKind] tells which kind a file is.
type GoldRecord struct {
	ID       string   `json:"id"`
	Date     *string  `json:"date"`
	Text     string   `json:"text"`
	Category string   `json:"category"`
	Expected []Triple `json:"expected"` // nil when the record has no such field
	Event    string   `json:"event"`    // PLOVER records: the record's category
	Label    string   `json:"label"`    // a CASE 2021 event type, or one PLOVER category

	Line int `json:"-"` // the record's line in its file, from 1
}

// ReadGold reads gold records, one JSON object per line, and sets their
// Line. Errors name the file and line.
func ReadGold(name string, r io.Reader) ([]GoldRecord, error) {
	var out []GoldRecord
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if s := strings.TrimSpace(string(b)); s != "" {
			var g GoldRecord
			if jerr := json.Unmarshal([]byte(s), &g); jerr != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, line, jerr)
			}
			if g.ID == "" {
				return nil, fmt.Errorf("%s:%d: record without id", name, line)
			}
			g.Line = line
			out = append(out, g)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
}

// PRF holds the counts and scores of one level.
type PRF struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (m *PRF) finish() {
	tp, fp, fn := float64(m.TP), float64(m.FP), float64(m.FN)
	switch {
	case m.TP+m.FP > 0:
		m.Precision = tp / (tp + fp)
	case m.FN == 0:
		m.Precision = 1
	default:
		m.Precision = 0
	}
	m.Recall = 1
	if m.TP+m.FN > 0 {
		m.Recall = tp / (tp + fn)
	}
	m.F1 = 0
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
}

// EventScore is the score of a set of records.
type EventScore struct {
	Records          int     `json:"records"`
	RecordAccuracy   float64 `json:"record_accuracy"`
	NoEventRecords   int     `json:"noevent_records"`
	NoEventFalseRate float64 `json:"noevent_false_alarm_rate"`
	Exact            PRF     `json:"exact"`
	Root             PRF     `json:"root"`
	Actors           PRF     `json:"actors"`
	RootOnly         PRF     `json:"rootonly"`

	correct, falseAlarms int
}

// Add scores one record: gold and predicted events, compared as sets.
func (s *EventScore) Add(gold, pred []Triple) {
	s.Records++
	g, p := distinct(gold), distinct(pred)
	exact := count(&s.Exact, keys(g, exactKey), keys(p, exactKey))
	count(&s.Root, keys(g, rootKey), keys(p, rootKey))
	count(&s.Actors, keys(g, actorKey), keys(p, actorKey))
	// Root codes alone: multisets of the roots of the distinct triples.
	gr, pr := map[string]int{}, map[string]int{}
	for _, t := range g {
		gr[root(t.Code)]++
	}
	for _, t := range p {
		pr[root(t.Code)]++
	}
	tp := 0
	for r, n := range pr {
		tp += min(n, gr[r])
	}
	s.RootOnly.TP += tp
	s.RootOnly.FP += len(p) - tp
	s.RootOnly.FN += len(g) - tp
	if exact == len(g) && exact == len(p) {
		s.correct++
	}
	if len(g) == 0 {
		s.NoEventRecords++
		if len(p) > 0 {
			s.falseAlarms++
		}
	}
	s.finish()
}

func (s *EventScore) finish() {
	for _, m := range []*PRF{&s.Exact, &s.Root, &s.Actors, &s.RootOnly} {
		m.finish()
	}
	s.RecordAccuracy = float64(s.correct) / float64(s.Records)
	s.NoEventFalseRate = 0
	if s.NoEventRecords > 0 {
		s.NoEventFalseRate = float64(s.falseAlarms) / float64(s.NoEventRecords)
	}
}

func root(code string) string  { return code[:min(2, len(code))] }
func exactKey(t Triple) string { return t.Source + " " + t.Target + " " + t.Code }
func rootKey(t Triple) string  { return t.Source + " " + t.Target + " " + root(t.Code) }
func actorKey(t Triple) string { return t.Source + " " + t.Target }

// distinct returns the distinct triples, trimmed, keyed by exactKey.
func distinct(ts []Triple) map[string]Triple {
	m := make(map[string]Triple, len(ts))
	for _, t := range ts {
		t = Triple{strings.TrimSpace(t.Source), strings.TrimSpace(t.Target), strings.TrimSpace(t.Code)}
		m[exactKey(t)] = t
	}
	return m
}

// keys returns the set of key(t) over the triples.
func keys(ts map[string]Triple, key func(Triple) string) map[string]bool {
	m := make(map[string]bool, len(ts))
	for _, t := range ts {
		m[key(t)] = true
	}
	return m
}

// count adds the true positives, false positives and false negatives of
// one record to m and returns the true positives.
func count(m *PRF, g, p map[string]bool) int {
	tp := 0
	for k := range p {
		if g[k] {
			tp++
		}
	}
	m.TP += tp
	m.FP += len(p) - tp
	m.FN += len(g) - tp
	return tp
}

// Sorted returns the distinct triples in order, for printing.
func Sorted(ts []Triple) []Triple {
	seen := map[Triple]bool{}
	var out []Triple
	for _, t := range ts {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}
