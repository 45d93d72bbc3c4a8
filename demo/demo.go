package demo

import _ "embed"

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
