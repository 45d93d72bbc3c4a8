package ner_test

import (
	"bytes"
	"testing"

	"dyad/gazetteer"
	"dyad/ner"
	"dyad/segment"
)

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"", "John Smith of Acme Corp visited Paris.", "THE BANK OF ENGLAND SAID", "Ümit Özdemir traf Angela Merkel in Köln.",
		"\xff\xfe Mr. \x00 X.", "A\n\nB C D E F G", "U.S. President Bill Clinton and NATO.", "de la Cruz, van Gogh & Co.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := segment.Tokens(text, segment.Sentences(text))
		known := gazetteer.Match(text, toks)
		ms := ner.Tag(text, toks, known)
		checkMentions(t, text, ms)
	})
}

func FuzzReadModel(f *testing.F) {
	var buf bytes.Buffer
	if _, err := trainTiny(f).WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add(gz(f, string(gunzip(f, buf.Bytes())[:200])))
	f.Add(gz(f, "dyad-ner-2\n\x01\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x07\x02"))
	f.Add([]byte("x"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ner.ReadModel(bytes.NewReader(b))
		if err != nil {
			return
		}
		text := "John Smith of Acme Corp visited Paris."
		toks := segment.Tokens(text, segment.Sentences(text))
		checkMentions(t, text, ner.Merge(nil, m.Entities(text, toks, nil)))
	})
}
