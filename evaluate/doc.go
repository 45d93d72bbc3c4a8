// Package evaluate scores dyad against gold data: event triples
// (source, target, CAMEO code) on PETRARCH-style validation records, and
// named-entity spans on CoNLL-2003 files. The event scores are computed the
// same way as the field's scoring script (sets per record, micro averages
// at exact, root, actor-pair and root-only level), so numbers can be
// compared with published baselines.
package evaluate
