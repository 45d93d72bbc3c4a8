package main

import (
	"strings"
	"testing"
)

// TestCommandTable checks the command table: names are unique, dyad help
// lists each command, "NAME -h" prints its usage and exits 0 ("dyad help
// NAME" on standard output), and a flag it does not have is a usage error
// (exit 2), for every command in the table and every subcommand of eval.
func TestCommandTable(t *testing.T) {
	seen := map[string]bool{}
	list := mustRun(t, "", "help")
	type entry struct {
		args []string // the command line that names it
		name string   // its usage name
	}
	var all []entry
	for _, c := range commands {
		u := c.usage()
		if u.name == "" || seen[u.name] || u.summary == "" {
			t.Errorf("command %q: empty or repeated name, or no summary", u.name)
		}
		seen[u.name] = true
		if !strings.Contains(list, "  "+u.name+" ") {
			t.Errorf("dyad help does not list %s", u.name)
		}
		if lookup(u.name) == nil {
			t.Errorf("lookup(%q) finds nothing", u.name)
		}
		if u.name != "eval" {
			all = append(all, entry{[]string{u.name}, u.name})
		}
	}
	for name, c := range evalCommands {
		if u := c.usage(); u.name != "eval "+name {
			t.Errorf("eval %s is called %q in its usage", name, u.name)
		}
		all = append(all, entry{[]string{"eval", name}, "eval " + name})
	}
	for _, c := range all {
		t.Run(c.name, func(t *testing.T) {
			usage := "Usage: dyad " + c.name + " "
			if code, _, errs := dyadRun(t, "", append(c.args, "-h")...); code != 0 || !strings.HasPrefix(errs, usage) {
				t.Errorf("%s -h: exit %d, stderr %.60q", c.name, code, errs)
			}
			if len(c.args) == 1 { // dyad help NAME writes to standard output
				if code, out, errs := dyadRun(t, "", "help", c.name); code != 0 || !strings.HasPrefix(out, usage) || errs != "" {
					t.Errorf("help %s: exit %d, stdout %.60q, stderr %q", c.name, code, out, errs)
				}
			}
			if code, _, errs := dyadRun(t, "", append(c.args, "--no-such-flag")...); code != 2 || !strings.Contains(errs, "no-such-flag") {
				t.Errorf("%s --no-such-flag: exit %d, stderr %q", c.name, code, errs)
			}
		})
	}
}
