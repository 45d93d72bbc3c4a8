package events

import (
	"bufio"
	"encoding/json"
	"strings"
	"testing"

	"dyad"
	"dyad/internal/sharedtest"
)

// corpusActors are a few country names for the corpus test.
const corpusActors = "United States=USA; U.S.=USA; Japan=JPN; Japanese=JPN; Britain=GBR; British=GBR; " +
	"West Germany=DEU; France=FRA; French=FRA; Brazil=BRA; Canada=CAN; China=CHN; Soviet Union=SUN; " +
	"Soviet=SUN; Iran=IRN; Iraq=IRQ; Kuwait=KWT; Saudi Arabia=SAU; OPEC=IGOOPC; Mexico=MEX; " +
	"Argentina=ARG; Reagan=USAGOV; Washington=USA; Tokyo=JPN; Nakasone=JPNGOV; Baker=USAGOV; " +
	"European Community=IGOEUREEC; EC=IGOEUREEC; Taiwan=TWN; South Korea=KOR; Australia=AUS"

// TestCorpusInvariants codes the first Reuters articles with a small actor
// list: nothing may panic, and every trigger must lie inside its text and
// its sentence. It is skipped when the shared corpus is absent.
func TestCorpusInvariants(t *testing.T) {
	f := sharedtest.Open(t, "../../shared/corpus/reuters21578.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<22)
	st := Stage(nil)
	n, events := 0, 0
	for sc.Scan() && n < 400 {
		var rec struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &rec) != nil || rec.Text == "" {
			continue
		}
		n++
		text := strings.ReplaceAll(rec.Text, "\n", " ")
		a := build(text, corpusActors)
		if err := st.Run(t.Context(), a); err != nil {
			t.Fatal(err)
		}
		for _, e := range a.Events {
			events++
			s := a.Sentences[e.Sentence]
			if !(dyad.Span{Start: e.Trigger.Start, End: e.Trigger.End}).Valid(len(text)) ||
				e.Trigger.Start < s.Start || e.Trigger.End > s.End {
				t.Fatalf("trigger %+v outside sentence %+v", e.Trigger, s)
			}
			if testing.Verbose() && events <= 60 {
				t.Logf("%s %s %s %q | %s", e.Source, e.Target, e.Code, e.Trigger.Text, text[s.Start:s.End])
			}
		}
	}
	t.Logf("%d articles, %d events", n, events)
}
