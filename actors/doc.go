// Package actors turns the names of people and institutions into CAMEO
// actor codes that depend on the date: "Putin" is RUSGOV in 2024,
// "Medvedev" RUSGOV from 2008 to 2020 and RUS after. Its [Dictionary] holds
// people with dated terms, institutions and generic agents; the built-in
// one ([Default]) is read from people.txt, embedded, and Phoenix/PETRARCH
// dictionaries can be added to it. Its [Stage] runs after the gazetteer and
// the statistical tagger: it finds the dictionary's names and title phrases
// ("Russian President Vladimir Putin", "France's Foreign Minister X") in an
// article's tokens with one longest-match pass over a hash of token
// sequences, resolves them at the article's published date, gives actor
// codes to the tagger's PERSON and ORG mentions it knows, and follows
// people through the article by surname and by phrases such as "the Russian
// leader" or "the minister". It uses the standard library only.
package actors
