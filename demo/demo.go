package demo

import (
	_ "embed"
	"encoding/json"
	"strings"
)

// SourceName is the source field of every item in the sample, marking it as
// illustrative rather than real reporting.
const SourceName = "dyad illustrative sample"

//go:embed sample.jsonl
var sample string

// Sample returns the illustrative sample corpus as JSONL: one object per
// line with the fields id ("demo-001", ...), date (YYYY-MM-DD), title, text,
// source ([SourceName]) and url (https://example.org/demo/NNN), the input
// format dyad ingests. The items are invented for demonstration and are not
// real news. Each call returns a fresh copy that the caller may modify.
func Sample() []byte {
	return []byte(sample)
}

// IDs returns the article IDs of the sample, in its order, so that a store
// can be told apart from one that holds other articles as well.
func IDs() []string {
	var ids []string
	for line := range strings.Lines(sample) {
		var it struct {
			ID string `json:"id"`
		}
		if json.Unmarshal([]byte(line), &it) == nil && it.ID != "" {
			ids = append(ids, it.ID)
		}
	}
	return ids
}
