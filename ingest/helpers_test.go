package ingest

import (
	"bufio"
	"strings"
)

// bufioSmall returns a reader with the smallest buffer, to exercise lines
// longer than it.
func bufioSmall(s string) *bufio.Reader { return bufio.NewReaderSize(strings.NewReader(s), 16) }
