package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"dyad"
	"dyad/evaluate"
	"dyad/events"
	"dyad/internal/sharedtest"
	"dyad/pipeline"
	"dyad/syntax"
)

// TestSyntaxSelectionKeepsEvents analyses the event dev sets and the first
// Reuters articles and checks that every sentence in which the event coder
// found an event is selected for parsing: selecting sentences loses no
// event. On the small sets it checks the parses themselves; on the larger
// ones, to stay fast, it runs the pipeline without the parser and asks the
// selection. It logs the share of sentences selected. Sets that are not
// present are skipped.
func TestSyntaxSelectionKeepsEvents(t *testing.T) {
	z, err := newAnalyzer(nil)
	if err != nil {
		t.Fatal(err)
	}
	noParse := pipeline.NewAnalyzer()
	for _, st := range z.Stages {
		if st.Name() != "syntax" {
			noParse.Stages = append(noParse.Stages, st)
		}
	}
	check := func(t *testing.T, arts []*dyad.Article, parse bool) {
		var sents, selected, withEvents int
		for _, art := range arts {
			var keep []bool
			var a *dyad.Analysis
			if parse {
				if a, err = z.Analyze(context.Background(), art); err != nil {
					t.Fatal(err)
				}
				keep = make([]bool, len(a.Sentences))
				for _, p := range a.Syntax {
					keep[p.Sentence] = true
				}
			} else {
				if a, err = noParse.Analyze(context.Background(), art); err != nil {
					t.Fatal(err)
				}
				keep = events.NewCandidates(nil).Sentences(a)
			}
			seen := map[int]bool{}
			for _, ev := range a.Events {
				if !keep[ev.Sentence] {
					s := a.Sentences[ev.Sentence]
					t.Errorf("%s: event %s %s %s in sentence %d, which is not parsed: %q",
						art.ID, ev.Source, ev.Code, ev.Target, ev.Sentence, art.Text[s.Start:s.End])
				}
				if !seen[ev.Sentence] {
					seen[ev.Sentence] = true
					withEvents++
				}
			}
			sents += len(a.Sentences)
			for _, k := range keep {
				if k {
					selected++
				}
			}
		}
		if sents == 0 {
			t.Fatal("no sentences")
		}
		t.Logf("%d articles: %d of %d sentences selected (%.1f%%), %d hold events",
			len(arts), selected, sents, 100*float64(selected)/float64(sents), withEvents)
	}
	for _, set := range []struct {
		name  string
		parse bool
	}{{"petrarch2_gsr_dev", true}, {"plover_gsr_dev", true}, {"petrarch2_dev", true}, {"ngec_synthetic_dev", false}} {
		t.Run(set.name, func(t *testing.T) {
			check(t, goldArticles(t, set.name), set.parse)
		})
	}
	t.Run("reuters", func(t *testing.T) {
		arts := loadReuters(t, 2000)
		check(t, arts[:200], true)
		check(t, arts, false)
	})
}

// TestSyntaxSelectionSameEvents codes the event dev sets and the first
// Reuters articles twice, parsing the sentences the selection picks and
// parsing every sentence, and checks that both give the same events: the
// selection, tags included (a sentence the lexicon alone may code is
// parsed only when the tagger reads one of its verbs as one), changes
// nothing but the time spent.
func TestSyntaxSelectionSameEvents(t *testing.T) {
	z, err := newAnalyzer(nil)
	if err != nil {
		t.Fatal(err)
	}
	m, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	all := pipeline.NewAnalyzer()
	for _, st := range z.Stages {
		if st.Name() == "syntax" {
			st = syntax.Stage(m, nil)
		}
		all.Stages = append(all.Stages, st)
	}
	check := func(t *testing.T, arts []*dyad.Article) {
		parsed, every := 0, 0
		for _, art := range arts {
			a, err := z.Analyze(context.Background(), art)
			if err != nil {
				t.Fatal(err)
			}
			b, err := all.Analyze(context.Background(), art)
			if err != nil {
				t.Fatal(err)
			}
			parsed += len(a.Syntax)
			every += len(b.Syntax)
			if d := cmp.Diff(b.Events, a.Events); d != "" {
				t.Errorf("%s: events with every sentence parsed (-) and with the selection (+):\n%s", art.ID, d)
			}
		}
		t.Logf("%d articles: %d of %d sentences parsed", len(arts), parsed, every)
	}
	for _, name := range []string{"petrarch2_gsr_dev", "plover_gsr_dev", "petrarch2_dev", "case2021_task2_dev"} {
		t.Run(name, func(t *testing.T) {
			check(t, goldArticles(t, name))
		})
	}
	t.Run("reuters", func(t *testing.T) {
		check(t, loadReuters(t, 300))
	})
}

// goldArticles reads the articles of the evaluation set name in ../shared.
func goldArticles(t *testing.T, name string) []*dyad.Article {
	path := filepath.Join("../../../shared/eval", name+".jsonl")
	f := sharedtest.Open(t, path)
	recs, err := evaluate.ReadGold(path, f)
	if err != nil {
		t.Fatal(err)
	}
	var arts []*dyad.Article
	for _, r := range recs {
		art := &dyad.Article{ID: r.ID, Text: r.Text}
		if r.Date != nil {
			art.Published, _ = time.Parse(dyad.DateLayout, *r.Date)
		}
		arts = append(arts, art)
	}
	return arts
}

// TestCodeSyntax checks that dyad code writes the syntax field only when
// asked, with words inside the text and their tree.
func TestCodeSyntax(t *testing.T) {
	text := "Russian troops shelled Ukrainian positions near Kharkiv. It rained. Ukraine can't attack Russia's well-known base. Ukraine can't visit it."
	plain := mustRun(t, text, "code", "--format", "jsonl", "--date", "2024-06-02", "-")
	if strings.Contains(plain, `"syntax"`) {
		t.Errorf("dyad code without --syntax writes a syntax field: %s", plain)
	}
	out := mustRun(t, text, "code", "--syntax", "--format", "jsonl", "--date", "2024-06-02", "-")
	var a struct {
		Sentences []dyad.Sentence
		Syntax    []struct {
			Sentence int
			Words    []struct {
				Start, End              int
				Text, Lemma, UPOS, XPOS string
				Head                    int
				Rel                     string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("%q: %v", out, err)
	}
	// The first and third sentences hold two actors and a pattern of the
	// coder, the second neither, the fourth only one actor and a pattern
	// that needs a target (force or a protest would be parsed: their
	// target may be no one named).
	if len(a.Syntax) != 2 || a.Syntax[0].Sentence != 0 || a.Syntax[1].Sentence != 2 {
		t.Fatalf("parsed sentences: %s", out)
	}
	var words []string
	for _, p := range a.Syntax {
		roots := 0
		for i, w := range p.Words {
			if w.Start < 0 || w.End > len(text) || w.Start >= w.End || text[w.Start:w.End] != w.Text {
				t.Errorf("sentence %d word %d: %+v is not text[start:end]", p.Sentence, i, w)
			}
			if w.Head == -1 {
				roots++
			} else if w.Head < 0 || w.Head >= len(p.Words) {
				t.Errorf("sentence %d word %d: head %d", p.Sentence, i, w.Head)
			}
			if w.UPOS == "" || w.Lemma == "" || w.Rel == "" {
				t.Errorf("sentence %d word %d: %+v lacks tag, lemma or relation", p.Sentence, i, w)
			}
			if p.Sentence == 2 {
				words = append(words, w.Text)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d: %d roots", p.Sentence, roots)
		}
	}
	if got := strings.Join(words, " "); got != "Ukraine ca n't attack Russia 's well - known base ." {
		t.Errorf("words of the third sentence: %q", got)
	}
	// Everything but the syntax field is as without --syntax.
	var m map[string]any
	json.Unmarshal([]byte(out), &m)
	delete(m, "syntax")
	again, _ := json.Marshal(m)
	var p map[string]any
	json.Unmarshal([]byte(plain), &p)
	want, _ := json.Marshal(p)
	if string(again) != string(want) {
		t.Errorf("--syntax changed other fields:\n%s\n%s", again, want)
	}
}

// TestArticleSyntax ingests an article and prints it with its parse.
func TestArticleSyntax(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	input := filepath.Join(dir, "news.jsonl")
	os.WriteFile(input, []byte(`{"id":"a2","date":"2024-06-02","text":"Russian troops shelled Ukrainian positions near Kharkiv. It rained."}`+"\n"), 0o644)
	mustRun(t, "", "ingest", "--db", db, input)
	plain := mustRun(t, "", "article", "--db", db, "a2")
	if strings.Contains(plain, "nsubj") {
		t.Errorf("article without --syntax prints a parse:\n%s", plain)
	}
	out := mustRun(t, "", "article", "--db", db, "--syntax", "a2")
	for _, want := range []string{
		"[0] Russian troops shelled Ukrainian positions near Kharkiv.",
		"event    RUSMIL -> UKR",
		"#  word",
		"[1] It rained.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("article --syntax lacks %q:\n%s", want, out)
		}
	}
	if i := strings.Index(out, "[1] It rained."); i >= 0 && strings.Contains(out[i:], "root") {
		t.Errorf("a sentence that cannot hold an event was parsed:\n%s", out)
	}
	// each word line: index, word, lemma, upos, xpos, head, relation
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) >= 7 && f[0] >= "1" && f[0] <= "9" {
			lines = append(lines, l)
		}
	}
	roots, shelled := 0, false
	for _, l := range lines {
		f := strings.Fields(l)
		if f[len(f)-2] == "0" && f[len(f)-1] == "root" {
			roots++
		}
		shelled = shelled || f[1] == "shelled" && f[2] == "shell"
	}
	if roots != 1 || !shelled {
		t.Errorf("%d roots (want 1), a line for 'shelled' %v:\n%s", roots, shelled, out)
	}
	if len(lines) != 8 {
		t.Errorf("%d word lines, want 8 (Russian troops shelled Ukrainian positions near Kharkiv .):\n%s", len(lines), out)
	}
	js := mustRun(t, "", "article", "--db", db, "--syntax", "--format", "json", "a2")
	var a struct {
		Text   string
		Syntax []dyad.Parse
	}
	if err := json.Unmarshal([]byte(js), &a); err != nil || len(a.Syntax) != 1 || len(a.Syntax[0].Words) != 8 {
		t.Errorf("article --syntax --format json: %v\n%s", err, js)
	}
	csv := mustRun(t, "", "article", "--db", db, "--syntax", "--format", "csv", "a2")
	rows := strings.Split(strings.TrimSpace(csv), "\n")
	if len(rows) != 9 || rows[0] != "sentence,index,word,lemma,upos,xpos,head,rel,start,end" || !strings.HasPrefix(rows[3], "0,3,shelled,shell,") {
		t.Errorf("article --syntax --format csv:\n%s", csv)
	}
}

// TestEvalSyntax scores the model on a tiny hand-written treebank.
func TestEvalSyntax(t *testing.T) {
	gold := "../../testdata/syntax/tiny.conllu"
	pred := filepath.Join(t.TempDir(), "pred.conllu")
	out := mustRun(t, "", "eval", "syntax", "--gold", gold, "--out", pred)
	for _, want := range []string{"3 sentences, 19 words", "UPOS ", "XPOS ", "lemma ", "UAS ", "LAS ", "LAS full ", "sentences/s", "loaded in"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval syntax lacks %q:\n%s", want, out)
		}
	}
	js := mustRun(t, "", "eval", "syntax", "--gold", gold, "--format", "json")
	var sc struct {
		Words, Sentences      int
		UPOS, Lemma, UAS, LAS float64
		SentencesPerSecond    float64 `json:"sentences_per_second"`
		LoadSeconds           float64 `json:"load_seconds"`
		LASFull               float64 `json:"las_full"`
		Model                 string
	}
	if err := json.Unmarshal([]byte(js), &sc); err != nil {
		t.Fatalf("%q: %v", js, err)
	}
	if sc.Words != 19 || sc.Sentences != 3 || sc.SentencesPerSecond <= 0 || sc.Model == "" {
		t.Errorf("eval syntax json: %s", js)
	}
	// Three plain sentences: a trained model gets most of them right.
	if sc.UPOS < 0.8 || sc.UAS < 0.6 || sc.LAS > sc.UAS || sc.LASFull > sc.LAS {
		t.Errorf("scores on the tiny treebank: %+v", sc)
	}
	f, err := os.Open(pred)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ps, err := syntax.ReadCoNLLU(f, pred)
	if err != nil || len(ps) != 3 || len(ps[2].Words) != 6 || ps[2].ID != "tiny-3" {
		t.Errorf("--out: %v, %d sentences", err, len(ps))
	}

	bad := filepath.Join(t.TempDir(), "bad.conllu")
	os.WriteFile(bad, []byte("1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n2\tdog\n\n"), 0o644)
	if code, _, errs := dyadRun(t, "", "eval", "syntax", "--gold", bad); code != 1 || !strings.Contains(errs, "bad.conllu") || !strings.Contains(errs, "2") {
		t.Errorf("malformed gold: exit %d, %q", code, errs)
	}
	if code, _, errs := dyadRun(t, "", "eval", "syntax"); code != 2 || !strings.Contains(errs, "--gold") && !strings.Contains(errs, "-gold") {
		t.Errorf("no --gold: exit %d, %q", code, errs)
	}
}

func TestVersion(t *testing.T) {
	out := mustRun(t, "", "version")
	if !strings.HasPrefix(out, "dyad ") || !strings.Contains(out, "syntax model") || !strings.Contains(out, "CC BY-SA 4.0") {
		t.Errorf("version:\n%s", out)
	}
	var v struct {
		Go     string
		Syntax struct{ Format, Data, Licence string } `json:"syntax_model"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "", "version", "--format", "json")), &v); err != nil || v.Go == "" || v.Syntax.Format == "" || v.Syntax.Licence == "" {
		t.Errorf("version json: %+v %v", v, err)
	}
}
