package evaluate

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"dyad/internal/sharedtest"
)

func TestEventScoreTable(t *testing.T) {
	tr := func(s, tg, c string) Triple { return Triple{s, tg, c} }
	tests := []struct {
		name       string
		gold, pred [][]Triple
		exact      PRF
		root       PRF
		rootOnly   PRF
		recordAcc  float64
		falseAlarm float64
	}{
		{
			name:  "perfect",
			gold:  [][]Triple{{tr("USA", "CHN", "042")}},
			pred:  [][]Triple{{tr("USA", "CHN", "042")}},
			exact: PRF{TP: 1}, root: PRF{TP: 1}, rootOnly: PRF{TP: 1},
			recordAcc: 1,
		},
		{
			name:  "right root, wrong leaf; duplicates collapse",
			gold:  [][]Triple{{tr("USA", "CHN", "042")}},
			pred:  [][]Triple{{tr("USA", "CHN", "043"), tr("USA", "CHN", "043")}},
			exact: PRF{FP: 1, FN: 1}, root: PRF{TP: 1}, rootOnly: PRF{TP: 1},
			recordAcc: 0,
		},
		{
			name:  "false alarm on a no-event record, miss on another",
			gold:  [][]Triple{{}, {tr("RUS", "UKR", "190")}},
			pred:  [][]Triple{{tr("RUS", "UKR", "190")}, {}},
			exact: PRF{FP: 1, FN: 1}, root: PRF{FP: 1, FN: 1}, rootOnly: PRF{FP: 1, FN: 1},
			recordAcc:  0,
			falseAlarm: 1,
		},
		{
			name:  "root-only ignores actors",
			gold:  [][]Triple{{tr("RUS", "UKR", "190"), tr("UKR", "RUS", "190")}},
			pred:  [][]Triple{{tr("RUSMIL", "UKR", "193")}},
			exact: PRF{FP: 1, FN: 2}, root: PRF{FP: 1, FN: 2}, rootOnly: PRF{TP: 1, FN: 1},
			recordAcc: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s EventScore
			for i := range tt.gold {
				s.Add(tt.gold[i], tt.pred[i])
			}
			for _, c := range []struct {
				name      string
				got, want PRF
			}{{"exact", s.Exact, tt.exact}, {"root", s.Root, tt.root}, {"rootonly", s.RootOnly, tt.rootOnly}} {
				if c.got.TP != c.want.TP || c.got.FP != c.want.FP || c.got.FN != c.want.FN {
					t.Errorf("%s: tp/fp/fn %d/%d/%d, want %d/%d/%d", c.name, c.got.TP, c.got.FP, c.got.FN, c.want.TP, c.want.FP, c.want.FN)
				}
			}
			if s.RecordAccuracy != tt.recordAcc || s.NoEventFalseRate != tt.falseAlarm {
				t.Errorf("record accuracy %v, false alarms %v; want %v, %v", s.RecordAccuracy, s.NoEventFalseRate, tt.recordAcc, tt.falseAlarm)
			}
		})
	}
}

// TestMatchesReferenceScorer scores the PETRARCH-2 baseline predictions
// and compares with the numbers the field's scoring script wrote for them.
func TestMatchesReferenceScorer(t *testing.T) {
	for _, suite := range []string{"petrarch2_gsr_dev", "petrarch2_dev"} {
		t.Run(suite, func(t *testing.T) {
			dir := "../../shared/eval/"
			gf, err := os.Open(dir + suite + ".jsonl")
			if err != nil {
				sharedtest.Missing(t, dir+suite+".jsonl", err)
			}
			defer gf.Close()
			gold, err := ReadGold(suite, gf)
			if err != nil {
				t.Fatal(err)
			}
			predRaw := sharedtest.ReadFile(t, dir+"baselines/"+suite+".petrarch2.pred.jsonl")
			preds := map[string][]Triple{}
			for _, line := range strings.Split(strings.TrimSpace(string(predRaw)), "\n") {
				var p struct {
					ID        string
					Predicted []Triple
				}
				if err := json.Unmarshal([]byte(line), &p); err != nil {
					t.Fatal(err)
				}
				preds[p.ID] = p.Predicted
			}
			var s EventScore
			for _, g := range gold {
				s.Add(g.Expected, preds[g.ID])
			}
			refRaw := sharedtest.ReadFile(t, dir+"baselines/"+suite+".petrarch2.score.json")
			var ref struct{ Total EventScore }
			if err := json.Unmarshal(refRaw, &ref); err != nil {
				t.Fatal(err)
			}
			near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
			for _, c := range []struct {
				name      string
				got, want PRF
			}{{"exact", s.Exact, ref.Total.Exact}, {"root", s.Root, ref.Total.Root}, {"actors", s.Actors, ref.Total.Actors}, {"rootonly", s.RootOnly, ref.Total.RootOnly}} {
				if c.got.TP != c.want.TP || c.got.FP != c.want.FP || c.got.FN != c.want.FN || !near(c.got.F1, c.want.F1) {
					t.Errorf("%s: got %+v, reference %+v", c.name, c.got, c.want)
				}
			}
			if s.Records != ref.Total.Records || !near(s.RecordAccuracy, ref.Total.RecordAccuracy) || !near(s.NoEventFalseRate, ref.Total.NoEventFalseRate) {
				t.Errorf("records %d acc %v fa %v; reference %d %v %v", s.Records, s.RecordAccuracy, s.NoEventFalseRate,
					ref.Total.Records, ref.Total.RecordAccuracy, ref.Total.NoEventFalseRate)
			}
		})
	}
}
