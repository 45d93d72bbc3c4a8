package ingest

import (
	"strings"
	"unicode"
)

// DetectLang returns the ISO 639-1 code of the language text is written
// in, or "" when it cannot tell. Scripts of their own name their language
// (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Hangul, kana, Han);
// text in the Latin script is told by its commonest words, looked for among
// its first 400 words: the language with most of them wins when it has at
// least three and half as many again as the next. It is meant for news
// articles of a paragraph or more, not for a line.
func DetectLang(text string) string {
	if l := scriptLang(text); l != "" {
		return l
	}
	counts := map[string]int{}
	n := 0
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if n++; n > 400 {
			break
		}
		for _, l := range stopLangs[strings.ToLower(w)] {
			counts[l]++
		}
	}
	best, bestN, secondN := "", 0, 0
	for l, c := range counts {
		switch {
		case c > bestN:
			best, bestN, secondN = l, c, bestN
		case c == bestN:
			secondN = c
			best = min(best, l)
		case c > secondN:
			secondN = c
		}
	}
	if bestN < 3 || 2*bestN < 3*secondN {
		return ""
	}
	return best
}

// scriptLang names the language of text written mostly in a script used
// by one language (or one family told apart by a few letters), "" for
// Latin text or none.
func scriptLang(text string) string {
	var letters, latin int
	var uk, fa, kana bool // letters that tell Ukrainian from Russian, Persian from Arabic, Japanese from Chinese
	by := map[string]int{}
	i := 0
	for _, r := range text {
		if i++; i > 4000 {
			break
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case r < 0x250:
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			by["ru"]++
			if strings.ContainsRune("іїєґІЇЄҐ", r) {
				uk = true
			}
		case unicode.Is(unicode.Greek, r):
			by["el"]++
		case unicode.Is(unicode.Arabic, r):
			by["ar"]++
			if strings.ContainsRune("پچژگ", r) {
				fa = true
			}
		case unicode.Is(unicode.Hebrew, r):
			by["he"]++
		case unicode.Is(unicode.Devanagari, r):
			by["hi"]++
		case unicode.Is(unicode.Thai, r):
			by["th"]++
		case unicode.Is(unicode.Hangul, r):
			by["ko"]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			by["zh"]++
			kana = true
		case unicode.Is(unicode.Han, r):
			by["zh"]++
		}
	}
	if letters == 0 || 2*latin >= letters {
		return ""
	}
	best := ""
	for l, c := range by {
		if best == "" || c > by[best] || c == by[best] && l < best {
			best = l
		}
	}
	switch {
	case best == "ru" && uk:
		return "uk"
	case best == "ar" && fa:
		return "fa"
	case best == "zh" && kana:
		return "ja"
	}
	return best
}

// stopWords are the commonest words of the languages in the Latin script
// that DetectLang tells apart.
var stopWords = map[string]string{
	"en": "the of and to in is was for that on with as by at from his her it are were has have had be been not which this will said but they their an or who would its after",
	"fr": "le la les des du de et est un une dans pour que qui sur au aux par pas avec ce cette sont il elle ont été mais plus son ses leur",
	"de": "der die das und ist nicht ein eine zu den mit von auf für sich dem des im auch es wird als nach bei wurde sind aus hat oder",
	"es": "el la los las de del y en que es un una por con para se su al lo como más pero sus fue ha está entre sobre",
	"it": "il la di che e è un una per con del della non sono da gli nel alla anche come si ha più dei delle al questo",
	"pt": "o a os as de do da dos das e em que um uma para com não por se no na mais como foi ao pelo pela é",
	"nl": "de het een en van in is dat op te zijn met voor niet aan er ook als bij door wordt werd naar maar om",
	"sv": "och att det som en på är av för med till den har inte om ett var men de sig från vid också",
	"da": "og at det som en på er af for med til den har ikke om et var men de sig fra ved også blev",
	"no": "og at det som en på er av for med til den har ikke om et var men de seg fra ved også ble",
	"pl": "i w na z że się do nie jest to o jak po od przez dla ale są oraz jego jej który która",
	"tr": "ve bir bu da de için ile olarak çok daha ama olan gibi sonra kadar en ne değil",
	"id": "dan yang di ke dari ini itu dengan untuk tidak ada dalam akan pada juga oleh karena",
	"ro": "și în de la cu pe că nu o un este sunt din pentru mai care fost iar",
}

// stopLangs maps each of the stopWords to the languages it belongs to.
var stopLangs = func() map[string][]string {
	m := map[string][]string{}
	for l, ws := range stopWords {
		for _, w := range strings.Fields(ws) {
			m[w] = append(m[w], l)
		}
	}
	return m
}()
