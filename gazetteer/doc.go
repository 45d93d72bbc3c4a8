// Package gazetteer knows the world's countries and territories (ISO 3166
// alpha-3 codes, as CAMEO uses them), their names, short forms, demonyms,
// capitals with coordinates, a few major cities, and the main international
// organisations with their CAMEO codes. Its [Stage] finds them in an
// article's tokens with a case-aware, longest-match phrase matcher built
// once at init, and writes them as mentions; a country or demonym followed
// by a role word ("Russian troops", "China's foreign ministry") becomes a
// first CAMEO actor with its agent code (RUSMIL, CHNGOV). The data are
// facts written out in data.go, one line per country.
package gazetteer
