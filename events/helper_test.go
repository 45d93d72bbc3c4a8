package events

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// build makes an analysis of text by hand, as the segmenter and the
// gazetteer would: one sentence per ". " boundary, tokens at spaces and
// punctuation with "'s" and "n't" apart, and a mention for every occurrence
// of each actor name. actors is "Name=CODE; Other Name=CODE2"; a code
// ending in "@" ("Gaza=PSEGZA@") makes the mention a place (LOCATION with a
// Place), as the gazetteer writes capitals and regions; one ending in "#"
// ("Russian=RUS#") a demonym (NATIONALITY).
func build(text, actors string) *dyad.Analysis {
	a := &dyad.Analysis{Article: dyad.Article{ID: "t", Text: text,
		Published: time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)}}
	// sentences
	start := 0
	for i := 0; i < len(text); i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && (i+1 == len(text) || text[i+1] == ' ') {
			a.Sentences = append(a.Sentences, dyad.Sentence{Span: dyad.Span{Start: start, End: i + 1}})
			start = i + 1
			for start < len(text) && text[start] == ' ' {
				start++
			}
		}
	}
	if start < len(text) {
		a.Sentences = append(a.Sentences, dyad.Sentence{Span: dyad.Span{Start: start, End: len(text)}})
	}
	for si, s := range a.Sentences {
		a.Tokens = appendTokens(a.Tokens, text, s.Start, s.End, si)
	}
	// mentions
	for _, pair := range strings.Split(actors, ";") {
		name, code, ok := strings.Cut(strings.TrimSpace(pair), "=")
		if !ok || name == "" {
			continue
		}
		kind, place := dyad.KindCountry, (*dyad.Place)(nil)
		if c, ok := strings.CutSuffix(code, "@"); ok {
			code, kind = c, dyad.KindLocation
			place = &dyad.Place{Name: name, Country: countryOf(c)}
		}
		if c, ok := strings.CutSuffix(code, "#"); ok {
			code, kind = c, dyad.KindNationality // "Russian=RUS#": a demonym
		}
		if c, ok := strings.CutSuffix(code, "%"); ok {
			code, kind = c, dyad.KindPerson // "Mugabe=ZWEGOV%": a person
		}
		if code == "!ORG" {
			code, kind = "", dyad.KindOrg // an organisation of no known actor
		}
		for from := 0; ; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(name)
			if i > 0 && isWordByte(text[i-1]) || from < len(text) && isWordByte(text[from]) {
				continue
			}
			si := 0
			for k, s := range a.Sentences {
				if i >= s.Start && i < s.End {
					si = k
				}
			}
			a.Mentions = append(a.Mentions, dyad.Mention{Sentence: si, Kind: kind,
				Text: name, Span: dyad.Span{Start: i, End: from}, Actor: code, Place: place})
		}
	}
	return a
}

func isWordByte(c byte) bool {
	return c >= 0x80 || c == '-' || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
}

// appendTokens cuts text[s:e] into tokens of sentence si.
func appendTokens(out []dyad.Token, text string, s, e, si int) []dyad.Token {
	for i := s; i < e; {
		r, w := utf8.DecodeRuneInString(text[i:e])
		switch {
		case unicode.IsSpace(r):
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < e {
				r2, w2 := utf8.DecodeRuneInString(text[j:e])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || (r2 == '-' || r2 == '\'') && j+w2 < e && isWordByte(text[j+w2]) && text[j+w2] != '-' {
					j += w2
					continue
				}
				break
			}
			word := text[i:j]
			switch {
			case strings.HasSuffix(word, "'s") && len(word) > 2:
				out = append(out, dyad.Token{Start: i, End: j - 2, Sentence: si}, dyad.Token{Start: j - 2, End: j, Sentence: si})
			case strings.HasSuffix(word, "n't") && len(word) > 3:
				out = append(out, dyad.Token{Start: i, End: j - 3, Sentence: si}, dyad.Token{Start: j - 3, End: j, Sentence: si})
			default:
				out = append(out, dyad.Token{Start: i, End: j, Sentence: si})
			}
			i = j
		default:
			out = append(out, dyad.Token{Start: i, End: i + w, Sentence: si})
			i += w
		}
	}
	return out
}
