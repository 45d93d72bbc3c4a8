// Package export writes dyad's records in the formats other tools read.
// GDELT writes events as rows of the GDELT 2.0 Event table (61
// tab-separated columns, no header), so that scripts written for GDELT's
// daily files run on dyad's output; see docs/export.md for how each column
// is filled. [WriteGDELT] pages the events out of a store and joins each
// to its article for the URL and tone a row carries; [EachPage] pages them
// for the other formats.
package export
