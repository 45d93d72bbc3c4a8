package ner

import (
	"strings"
	"testing"
)

func TestModelInfo(t *testing.T) {
	info := ModelInfo()
	if !Builtin() {
		if info.Format != "" {
			t.Errorf("no model built in, but format %q", info.Format)
		}
		return
	}
	if !strings.HasPrefix(info.Format, "dyad-ner-") || !strings.HasPrefix(magic, info.Format) || !strings.Contains(info.Data, "CoNLL-2003") ||
		!strings.Contains(info.Licence, "research use only") {
		t.Errorf("ModelInfo() = %+v", info)
	}
}
