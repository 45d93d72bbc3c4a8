package migrate

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoad(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		want  string // versions in order, or "error: " and the error's start
	}{
		{"ordered by number", []string{"m/0010_b.sql", "m/0002_a.sql", "m/0001_init.sql", "m/notes.txt"}, "1 2 10"},
		{"empty", nil, ""},
		{"no number", []string{"m/init.sql"}, "error: migration init.sql"},
		{"zero", []string{"m/0000_x.sql"}, "error: migration 0000_x.sql"},
		{"duplicate", []string{"m/0001_a.sql", "m/01_b.sql"}, "error: migrations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for _, f := range tt.files {
				fsys[f] = &fstest.MapFile{Data: []byte("-- " + f)}
			}
			ms, err := Load(fsys, "m")
			if err != nil {
				if got := "error: " + err.Error(); !strings.HasPrefix(got, tt.want) || !strings.HasPrefix(tt.want, "error: ") {
					t.Errorf("got %q, want %q", got, tt.want)
				}
				return
			}
			var vs []string
			for _, m := range ms {
				vs = append(vs, strconv.Itoa(m.Version))
				if m.SQL != "-- m/"+m.Name {
					t.Errorf("migration %s holds %q", m.Name, m.SQL)
				}
			}
			if got := strings.Join(vs, " "); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
