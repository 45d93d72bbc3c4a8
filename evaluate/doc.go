// Package evaluate scores dyad against gold data: event triples
// (source, target, CAMEO code) on PETRARCH-style validation records, and
// named-entity spans on CoNLL-2003 files. The event scores are computed the
// same way as the field's scoring script (sets per record, micro averages
// at exact, root, actor-pair and root-only level), so numbers can be
// compared with published baselines.
//
// The other event dev sets are scored by what their labels allow
// ([ScoreEvents], the kind told by [DetectKind]): PLOVER categories with
// country-level actors, one CASE 2021 (ACLED) event type per snippet
// through the CAMEO root that codes it ([CASERoots]), and one PLOVER
// category per text. The CAMEO-to-PLOVER map is handed in by the caller
// (dyad's events.PLOVER), so that the package uses the standard library
// only.
package evaluate
