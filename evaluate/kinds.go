package evaluate

import (
	"errors"
	"fmt"
	"strings"
)

// The kinds of event gold file, by how their records are labelled.
const (
	KindTriples   = "triples"    // Expected [{source, target, code}] with CAMEO codes (PETRARCH)
	KindPLOVER    = "plover"     // Expected codes are PLOVER categories, actors ISO-3 + sector
	KindCASE      = "case2021"   // Label is a CASE 2021 task 2 (ACLED) event type
	KindPLOVERDoc = "plover-doc" // Label is the PLOVER category of the whole text
)

// Kinds lists the kinds of event gold file, in the order help texts name
// them.
var Kinds = []string{KindTriples, KindPLOVER, KindCASE, KindPLOVERDoc}

var errNoLabels = errors.New("no expected events and no label: not an event-coding gold record")

// DetectKind returns the kind of the records of file name: want when it is
// not "auto" (each record must then carry what that kind scores), else the
// one kind their labels show. Records of different kinds are an error
// naming the line; records that expect no event and have no label are
// PETRARCH no-event records, so a file of nothing else is of KindTriples.
func DetectKind(name string, recs []GoldRecord, want string) (string, error) {
	if want != "auto" {
		return want, checkKind(name, recs, want)
	}
	kind, first := "", 0
	for i := range recs {
		r := &recs[i]
		k, err := recordKind(r)
		if err != nil {
			return "", lineError(name, r, err)
		}
		if k == "" {
			continue
		}
		if kind == "" {
			kind, first = k, r.Line
			continue
		}
		if k != kind {
			return "", lineError(name, r, fmt.Errorf("record labelled as %s, the one on line %d as %s; pass --kind", k, first, kind))
		}
	}
	if kind == "" {
		kind = KindTriples
	}
	return kind, nil
}

// checkKind returns an error naming the first record that lacks what kind
// scores.
func checkKind(name string, recs []GoldRecord, kind string) error {
	for i := range recs {
		r := &recs[i]
		var err error
		switch kind {
		case KindPLOVER:
			if r.Expected == nil && r.Event == "" {
				err = errors.New("no expected events and no event category")
			}
			for _, t := range r.Expected {
				if !isPLOVERCategory(t.Code) {
					err = fmt.Errorf("code %q is not a PLOVER category", t.Code)
					break
				}
			}
		case KindCASE:
			if _, ok := CASERoots[strings.TrimSpace(r.Label)]; !ok {
				err = fmt.Errorf("label %q is not a CASE 2021 event type", r.Label)
			}
		case KindPLOVERDoc:
			if !isPLOVERCategory(r.Label) {
				err = fmt.Errorf("label %q is not a PLOVER category", r.Label)
			}
		}
		if err != nil {
			return lineError(name, r, err)
		}
	}
	return nil
}

// lineError names the file and line of r before err.
func lineError(name string, r *GoldRecord, err error) error {
	return fmt.Errorf("%s:%d: %w", name, r.Line, err)
}

// recordKind tells how one record is labelled: "" when it cannot tell (a
// record that expects no event and has no label).
func recordKind(r *GoldRecord) (string, error) {
	if l := strings.TrimSpace(r.Label); l != "" {
		if _, ok := CASERoots[l]; ok {
			return KindCASE, nil
		}
		if isPLOVERCategory(l) {
			return KindPLOVERDoc, nil
		}
		return "", fmt.Errorf("label %q is neither a CASE 2021 event type nor a PLOVER category", l)
	}
	if r.Expected == nil && r.Event == "" {
		return "", errNoLabels
	}
	if len(r.Expected) > 0 {
		if isPLOVERCategory(r.Expected[0].Code) {
			return KindPLOVER, nil
		}
		return KindTriples, nil
	}
	if r.Event != "" {
		return KindPLOVER, nil
	}
	return "", nil
}
