package syntax

import (
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"

	"dyad/internal/sharedtest"
)

// corpusDir is where the UD English EWT files are, relative to the package.
const corpusDir = "../../shared/corpus/ud-english-ewt/"

// readCorpus reads one file of the treebank, or skips the test when the
// treebank is not there.
func readCorpus(tb testing.TB, file string) []Sentence {
	tb.Helper()
	path := corpusDir + file
	f := sharedtest.Open(tb, path)
	sents, err := ReadCoNLLU(f, file)
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

// conllu joins lines with newlines, and writes "\t" as `|` in the word lines
// below so that the tables stay readable: every `|` of a line is a tab unless
// the line is a comment.
func conllu(lines ...string) string {
	var b strings.Builder
	for _, l := range lines {
		if !strings.HasPrefix(l, "#") {
			l = strings.ReplaceAll(l, "|", "\t")
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

func TestReadCoNLLU(t *testing.T) {
	in := conllu(
		"# newdoc id = d1",
		"# sent_id = s1",
		"# text = I don't know.",
		"1|I|I|PRON|PRP|Case=Nom|4|nsubj|_|_",
		"2-3|don't|_|_|_|_|_|_|_|_",
		"2|do|do|AUX|VBP|_|4|aux|_|_",
		"3|n't|not|PART|RB|_|4|advmod|_|_",
		"4|know|know|VERB|VB|_|0|root|_|_",
		"4.1|knows|know|VERB|VBZ|_|_|_|0:root|_",
		"5|.|.|PUNCT|.|_|4|punct|_|_",
		"",
		"",
		"# sent_id=s2",
		"1|Hi|hi|INTJ|UH|_|0|root|_|SpaceAfter=No",
	)
	got, err := ReadCoNLLU(strings.NewReader(in), "x.conllu")
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{ID: "s1", Text: "I don't know.", Line: 1, Words: []Word{
			{Form: "I", Lemma: "I", UPOS: "PRON", XPOS: "PRP", Feats: "Case=Nom", Head: 3, Rel: "nsubj"},
			{Form: "do", Lemma: "do", UPOS: "AUX", XPOS: "VBP", Head: 3, Rel: "aux"},
			{Form: "n't", Lemma: "not", UPOS: "PART", XPOS: "RB", Head: 3, Rel: "advmod"},
			{Form: "know", Lemma: "know", UPOS: "VERB", XPOS: "VB", Head: -1, Rel: "root"},
			{Form: ".", Lemma: ".", UPOS: "PUNCT", XPOS: ".", Head: 3, Rel: "punct"},
		}},
		{ID: "s2", Line: 13, Words: []Word{
			{Form: "Hi", Lemma: "hi", UPOS: "INTJ", XPOS: "UH", Head: -1, Rel: "root"},
		}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestReadCoNLLUCRLFAndBOM(t *testing.T) {
	in := "\ufeff# sent_id = a\r\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\r\n\r\n"
	got, err := ReadCoNLLU(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != "a" || got[0].Words[0].Rel != "root" {
		t.Errorf("got %+v", got)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	const ok = "1|Hi|hi|INTJ|UH|_|0|root|_|_"
	tests := []struct {
		name string
		in   []string
		want string // the whole message, file and line included
	}{
		{"too few columns", []string{"1|Hi|hi|INTJ|UH|_|0|root|_"},
			`f.conllu:1: 9 columns, want 10`},
		{"too many columns", []string{"# text = Hi", "1|Hi|hi|INTJ|UH|_|0|root|_|_|_"},
			`f.conllu:2: 11 columns, want 10`},
		{"empty column", []string{"1||hi|INTJ|UH|_|0|root|_|_"},
			`f.conllu:1: column 2 is empty`},
		{"id not a number", []string{"x|Hi|hi|INTJ|UH|_|0|root|_|_"},
			`f.conllu:1: id "x" is not a number`},
		{"signed id", []string{"+1|Hi|hi|INTJ|UH|_|0|root|_|_"},
			`f.conllu:1: id "+1" is not a number`},
		{"id out of order", []string{ok, "", "2|Hi|hi|INTJ|UH|_|0|root|_|_"},
			`f.conllu:3: id 2 out of order, want 1`},
		{"id repeated", []string{"1|a|a|X|X|_|0|root|_|_", "1|b|b|X|X|_|1|dep|_|_"},
			`f.conllu:2: id 1 out of order, want 2`},
		{"bad range", []string{"1-x|ab|_|_|_|_|_|_|_|_"},
			`f.conllu:1: id "1-x" is not a number or range`},
		{"range out of order", []string{"2-3|ab|_|_|_|_|_|_|_|_"},
			`f.conllu:1: range "2-3" out of order, want one starting at 1`},
		{"bad empty node", []string{ok, "1.x|a|a|X|X|_|_|_|_|_"},
			`f.conllu:2: id "1.x" is not a number or empty node`},
		{"empty node out of order", []string{ok, "3.1|a|a|X|X|_|_|_|_|_"},
			`f.conllu:2: empty node "3.1" out of order, want one after word 1`},
		{"head not a number", []string{"1|Hi|hi|INTJ|UH|_|x|root|_|_"},
			`f.conllu:1: head "x" is not a number`},
		{"head negative", []string{"1|Hi|hi|INTJ|UH|_|-1|root|_|_"},
			`f.conllu:1: head "-1" is not a number`},
		{"head missing", []string{"1|Hi|hi|INTJ|UH|_|_|root|_|_"},
			`f.conllu:1: head "_" is not a number`},
		{"own head", []string{"1|Hi|hi|INTJ|UH|_|1|root|_|_"},
			`f.conllu:1: word 1 is its own head`},
		{"head outside", []string{"# sent_id = a", ok, "2|a|a|X|X|_|3|dep|_|_"},
			`f.conllu:3: head 3 outside the sentence of 2 words`},
		{"head outside at end of file", []string{ok, "", ok, "2|a|a|X|X|_|9|dep|_|_"},
			`f.conllu:4: head 9 outside the sentence of 2 words`},
		{"no root", []string{"# sent_id = a", "1|a|a|X|X|_|2|dep|_|_", "2|b|b|X|X|_|1|dep|_|_", ""},
			`f.conllu:1: sentence has no root`},
		{"two roots", []string{ok, "2|a|a|X|X|_|0|root|_|_"},
			`f.conllu:2: second root, after word 1`},
		{"cycle", []string{ok, "2|a|a|X|X|_|3|dep|_|_", "3|b|b|X|X|_|2|dep|_|_"},
			`f.conllu:2: cycle through word 2`},
		{"comment among words", []string{ok, "# text = Hi"},
			`f.conllu:2: comment inside a sentence`},
		{"comments only", []string{ok, "", "# sent_id = a", ""},
			`f.conllu:3: sentence has no words`},
		{"ranges only", []string{"1-2|ab|_|_|_|_|_|_|_|_"},
			`f.conllu:1: sentence has no words`},
		{"line too long", []string{ok, "", "1|" + strings.Repeat("a", maxLine)},
			`f.conllu:3: line longer than 1048576 bytes`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(conllu(tt.in...)), "f.conllu")
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error %q, want %q", err, tt.want)
			}
		})
	}
}

func TestCoNLLUReaderStreams(t *testing.T) {
	in := conllu("1|a|a|X|X|_|0|root|_|_", "", "1|b|b|X|X|_|x|root|_|_", "", "1|c|c|X|X|_|0|root|_|_")
	cr := NewCoNLLUReader(strings.NewReader(in), "s")
	s, err := cr.Read()
	if err != nil || s.Words[0].Form != "a" {
		t.Fatalf("first sentence %+v, %v", s, err)
	}
	_, err = cr.Read()
	if err == nil || !strings.HasPrefix(err.Error(), "s:3: ") {
		t.Fatalf("second sentence: error %v, want one at s:3", err)
	}
	if _, err2 := cr.Read(); err2 != err {
		t.Errorf("after an error Read returned %v, want the same error", err2)
	}
}

func TestWriteCoNLLURoundTrip(t *testing.T) {
	sents := []Sentence{
		{ID: "s1", Text: "Hello world !", Line: 1, Words: []Word{
			{Form: "Hello", Lemma: "hello", UPOS: "INTJ", XPOS: "UH", Head: 1, Rel: "discourse"},
			{Form: "world", Lemma: "world", UPOS: "NOUN", XPOS: "NN", Feats: "Number=Sing", Head: -1, Rel: "root"},
			{Form: "!", Lemma: "!", UPOS: "PUNCT", XPOS: ".", Head: 1, Rel: "punct"},
		}},
		{Line: 7, Words: []Word{
			{Form: "_", Lemma: "_", UPOS: "SYM", XPOS: "NFP", Head: -1, Rel: "root"},
		}},
		{ID: "s3", Line: 9, Words: []Word{
			{Form: "a b", Lemma: "a b", UPOS: "X", XPOS: "FW", Head: -1, Rel: "root"},
		}},
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, sents); err != nil {
		t.Fatal(err)
	}
	want := "# sent_id = s1\n# text = Hello world !\n" +
		"1\tHello\thello\tINTJ\tUH\t_\t2\tdiscourse\t_\t_\n" +
		"2\tworld\tworld\tNOUN\tNN\tNumber=Sing\t0\troot\t_\t_\n" +
		"3\t!\t!\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n" +
		"1\t_\t_\tSYM\tNFP\t_\t0\troot\t_\t_\n\n" +
		"# sent_id = s3\n1\ta b\ta b\tX\tFW\t_\t0\troot\t_\t_\n\n"
	if buf.String() != want {
		t.Errorf("wrote\n%s\nwant\n%s", buf.String(), want)
	}
	got, err := ReadCoNLLU(&buf, "round")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, sents) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, sents)
	}
}

func TestWriteCoNLLUErrors(t *testing.T) {
	tests := []struct {
		name string
		s    Sentence
		want string
	}{
		{"head outside", Sentence{ID: "a", Words: []Word{{Form: "x", Head: 1}}},
			"write conllu: sentence 1 (a): word 1: head 2 outside the sentence"},
		{"tab in form", Sentence{ID: "b", Words: []Word{{Form: "x\ty", Head: -1}}},
			`write conllu: sentence 1 (b): word 1: tab or line break in "x\ty"`},
		{"newline in text", Sentence{ID: "c", Text: "a\nb", Words: []Word{{Form: "x", Head: -1}}},
			"write conllu: sentence 1 (c): line break in id or text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := WriteCoNLLU(io.Discard, []Sentence{tt.s})
			if err == nil || err.Error() != tt.want {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// TestReadCoNLLUDev reads the real development set and checks its size
// against the treebank's own statistics, then writes it and reads it back.
func TestReadCoNLLUDev(t *testing.T) {
	sents := readCorpus(t, "dev.conllu")
	words := 0
	for _, s := range sents {
		words += len(s.Words)
		if s.ID == "" || s.Text == "" {
			t.Errorf("sentence at line %d has no id or text", s.Line)
		}
	}
	if len(sents) != 2001 || words != 25147 {
		t.Errorf("%d sentences, %d words; want 2001, 25147", len(sents), words)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, sents); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCoNLLU(&buf, "dev-written")
	if err != nil {
		t.Fatal(err)
	}
	for i := range back {
		back[i].Line = sents[i].Line // comments other than id and text are dropped
	}
	if !reflect.DeepEqual(back, sents) {
		t.Error("dev.conllu does not survive a write and read")
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(conllu(
		"# sent_id = s1",
		"# text = I don't know",
		"1|I|I|PRON|PRP|_|4|nsubj|_|_",
		"2-3|don't|_|_|_|_|_|_|_|_",
		"2|do|do|AUX|VBP|_|4|aux|_|_",
		"3|n't|not|PART|RB|_|4|advmod|_|_",
		"4|know|know|VERB|VB|_|0|root|_|_",
		"4.1|x|x|X|X|_|_|_|_|_",
		"",
	))
	f.Add(conllu("1|a|a|X|X|_|2|dep|_|_", "2|b|b|X|X|_|1|dep|_|_"))
	f.Add(conllu("1|a|a|X|X|_|0|root|_|_", "", "", "1|b|b|X|X|_|0|root|_|_"))
	f.Add("\ufeff1\ta\ta\tX\tX\t_\t0\troot\t_\t_\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for _, s := range sents {
			if len(s.Words) == 0 {
				t.Fatalf("sentence at line %d has no words", s.Line)
			}
			roots := 0
			for _, w := range s.Words {
				if w.Head < -1 || w.Head >= len(s.Words) {
					t.Fatalf("sentence at line %d: head %d outside", s.Line, w.Head)
				}
				if w.Head == -1 {
					roots++
				}
			}
			if roots != 1 {
				t.Fatalf("sentence at line %d: %d roots", s.Line, roots)
			}
		}
		// What was read can be written and read back the same.
		var buf bytes.Buffer
		if err := WriteCoNLLU(&buf, sents); err != nil {
			t.Fatalf("write: %v", err)
		}
		back, err := ReadCoNLLU(&buf, "back")
		if err != nil {
			t.Fatalf("read back: %v\n%s", err, buf.String())
		}
		if len(back) != len(sents) {
			t.Fatalf("read back %d sentences, want %d", len(back), len(sents))
		}
		for i := range back {
			if !reflect.DeepEqual(back[i].Words, sents[i].Words) {
				t.Fatalf("sentence %d: read back\n%+v\nwant\n%+v", i, back[i].Words, sents[i].Words)
			}
		}
	})
}
