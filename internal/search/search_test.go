package search

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// dump writes a tree as an s-expression: words bare, phrases quoted, prefix
// words with a *.
func dump(n Node) string {
	switch n := n.(type) {
	case *Term:
		return n.String()
	case *Phrase:
		return strconv.Quote(n.Text)
	case *And:
		parts := []string{"and"}
		for _, m := range n.Must {
			parts = append(parts, dump(m))
		}
		for _, m := range n.Not {
			parts = append(parts, "(not "+dump(m)+")")
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Or:
		parts := []string{"or"}
		for _, m := range n.Any {
			parts = append(parts, dump(m))
		}
		return "(" + strings.Join(parts, " ") + ")"
	}
	return "?"
}

func TestParse(t *testing.T) {
	tests := []struct{ q, want string }{
		{"sanctions", "sanctions"},
		{"U.S. sanctions", "(and U.S. sanctions)"},
		{"OPEC-led", "OPEC-led"},
		{"Iran's oil", "(and Iran's oil)"},
		{"title:pipeline", "title:pipeline"},
		{"NEAR(a b, 2)", "(and NEAR a b, 2)"},
		{"sanctions -iran", "(and sanctions (not iran))"},
		{"sanctions NOT iran", "(and sanctions (not iran))"},
		{"sanctions AND NOT iran", "(and sanctions (not iran))"},
		{"sanctions AND -iran", "(and sanctions (not iran))"},
		{"a NOT b c", "(and a c (not b))"},
		{"sanctions - iran", "(and sanctions iran)"},   // a lone '-' is no operator
		{"sanctions & iran |", "(and sanctions iran)"}, // words without letters are left out
		{"sanctions AND iran", "(and sanctions iran)"},
		{"sanctions and iran", "(and sanctions and iran)"}, // operators only in capitals
		{"sanctions OR tariffs", "(or sanctions tariffs)"},
		{"a OR b OR c", "(or a b c)"},
		{"a b OR c", "(or (and a b) c)"},
		{"a OR b c", "(or a (and b c))"},
		{"(a OR b) c", "(and (or a b) c)"},
		{"(a OR b) AND (c OR d)", "(and (or a b) (or c d))"},
		{"a (b c)", "(and a b c)"},
		{"a (b -c) -d", "(and a b (not c) (not d))"},
		{"((a))", "a"},
		{"a OR (b OR c)", "(or a b c)"},
		{"a -(b OR c)", "(and a (not (or b c)))"},
		{"a -(b c)", "(and a (not (and b c)))"},
		{"a OR b -c", "(or a (and b (not c)))"},
		{`"electric vehicles"`, `"electric vehicles"`},
		{`"electric vehicles" -"hybrid cars"`, `(and "electric vehicles" (not "hybrid cars"))`},
		{`U.S."sanctions"`, `(and U.S. "sanctions")`},
		{`"AND OR NOT ( -x"`, `"AND OR NOT ( -x"`},
		{`a "" b`, "(and a b)"},
		{"sanction*", "sanction*"},
		{"sanction** iran*", "(and sanction* iran*)"},
		{"-sanc* x", "(and x (not sanc*))"},
		{"AND* OR*", "(and AND* OR*)"},
		{"a*b", "a*b"},
		{"--x", "--x"},
		{"東京 Зеленський café", "(and 東京 Зеленський café)"},
		{"\uFFFDa", "\uFFFDa"},
	}
	for _, tc := range tests {
		n, err := Parse(tc.q)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.q, err)
			continue
		}
		if got := dump(n); got != tc.want {
			t.Errorf("Parse(%q) = %s, want %s", tc.q, got, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ q, want string }{
		{"", "nothing to search for; for example: U.S. sanctions"},
		{"   ", "nothing to search for"},
		{"- & *", "no words to search for"},
		{`"tariffs`, "the quote at character 1 is not closed; for example: \"electric vehicles\""},
		{`a "b" "c`, "the quote at character 7 is not closed"},
		{"(tariffs", "'(' at character 1 has no ')'; for example: (sanctions OR tariffs) AND iran"},
		{"a (b (c)", "'(' at character 3 has no ')'"},
		{"tariffs)", "')' at character 8 has no '('"},
		{"a () b", "the parentheses at character 3 hold no words"},
		{"AND iran", "AND at character 1 needs a word before it; for example: (sanctions OR tariffs) AND iran"},
		{"iran AND", "AND at character 6 needs a word after it"},
		{"iran AND OR x", "AND at character 6 needs a word after it"},
		{"OR iran", "OR at character 1 needs a word before it"},
		{"iran OR", "OR at character 6 needs a word after it"},
		{"(a OR) b", "OR at character 4 needs a word after it"},
		{"NOT iran", "NOT at character 1 needs a word before it; for example: sanctions -iran"},
		{"iran NOT", "NOT at character 6 needs a word after it"},
		{"-iran", "'-' at character 1 leaves words out, but nothing beside it says what to find; for example: sanctions -iran"},
		{"-iran -iraq", "'-' at character 1 leaves words out"},
		{"a OR -b", "'-' at character 6 leaves words out"},
		{"a (NOT b)", "NOT at character 4 needs a word before it"},
		{"a NOT -b", "'-' at character 7 follows NOT"},
		{"x -(-a)", "'-' at character 5 leaves words out"},
		{`"a b"* c`, "'*' at character 6 follows a phrase; a prefix goes at the end of a word, for example: sanction*"},
		{"é\x00", "not UTF-8 text at character 2"},
		{"a \xff", "not UTF-8 text at character 3"},
		{strings.Repeat("(", MaxDepth+1) + "a" + strings.Repeat(")", MaxDepth+1), "'(' at character 33 nests parentheses deeper than 32"},
		{strings.Repeat("a ", MaxTerms+1), "at character 1001 is one too many"},
	}
	for _, tc := range tests {
		n, err := Parse(tc.q)
		if err == nil {
			t.Errorf("Parse(%q) = %s, want an error", tc.q, dump(n))
			continue
		}
		if dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("Parse(%q): %v, want EINVALID", tc.q, err)
		}
		if !strings.HasPrefix(err.Error(), "search: ") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q): %q, want it to hold %q", tc.q, err, tc.want)
		}
	}
}

var position = regexp.MustCompile(`at character (\d+)`)

// FuzzParse: Parse never panics; an error is EINVALID with a position in the
// query and an example; a tree has only words with a letter or digit, every
// AND something to find, and writes back to a query that parses to the same
// tree.
func FuzzParse(f *testing.F) {
	for _, q := range []string{"tariffs", `"tariffs`, "(a OR b", "a -b", `"a b" OR c`, "a*", "-x", "AND", "or",
		"\x00", "«»", "\xff", "'", "!!", "a:b", "a & b | !c", "<->", "NEAR(a b, 2)", "^a", "a NOT b c", "x -(-a)",
		`U.S."x"`, "-(a b) OR c"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		n, err := Parse(q)
		if err != nil {
			if dyad.ErrorCode(err) != dyad.EINVALID {
				t.Fatalf("Parse(%q): %v, want EINVALID", q, err)
			}
			msg := err.Error()
			if !strings.Contains(msg, "for example: ") {
				t.Fatalf("Parse(%q): %q shows no example", q, msg)
			}
			if m := position.FindStringSubmatch(msg); m != nil {
				if col, _ := strconv.Atoi(m[1]); col < 1 || col > utf8.RuneCountInString(q) {
					t.Fatalf("Parse(%q): %q: position outside the query", q, msg)
				}
			}
			return
		}
		check(t, q, n)
		again, err := Parse(n.String())
		if err != nil {
			t.Fatalf("Parse(%q) wrote %q, which does not parse: %v", q, n.String(), err)
		}
		if !reflect.DeepEqual(n, again) {
			t.Fatalf("Parse(%q) = %s, written %q, parsed back as %s", q, dump(n), n.String(), dump(again))
		}
	})
}

func check(t *testing.T, q string, n Node) {
	t.Helper()
	letter := func(s string) bool {
		return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
	}
	switch n := n.(type) {
	case *Term:
		if !letter(n.Text) || strings.ContainsAny(n.Text, "\"() \t\n") || strings.HasSuffix(n.Text, "*") {
			t.Fatalf("Parse(%q): term %q", q, n.Text)
		}
	case *Phrase:
		if !letter(n.Text) || strings.Contains(n.Text, `"`) {
			t.Fatalf("Parse(%q): phrase %q", q, n.Text)
		}
	case *And:
		if len(n.Must) == 0 || len(n.Must) == 1 && len(n.Not) == 0 {
			t.Fatalf("Parse(%q): %s", q, dump(n))
		}
		for _, m := range n.Must {
			if _, ok := m.(*And); ok {
				t.Fatalf("Parse(%q): AND in AND: %s", q, dump(n))
			}
			check(t, q, m)
		}
		for _, m := range n.Not {
			check(t, q, m)
		}
	case *Or:
		if len(n.Any) < 2 {
			t.Fatalf("Parse(%q): %s", q, dump(n))
		}
		for _, m := range n.Any {
			if _, ok := m.(*Or); ok {
				t.Fatalf("Parse(%q): OR in OR: %s", q, dump(n))
			}
			check(t, q, m)
		}
	default:
		t.Fatalf("Parse(%q): node %T", q, n)
	}
}
