package serve

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// TestPage: the page and its assets are served from the binary, with no
// inline script or style (the CSP forbids them) and no request elsewhere.
func TestPage(t *testing.T) {
	srv := fixtureServer(t, Config{})
	status, hdr, html := get(t, srv, "/", nil)
	if status != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/html") {
		t.Fatalf("/: %d %s", status, hdr.Get("Content-Type"))
	}
	for _, m := range regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(html, -1) {
		ref := m[1]
		if !strings.HasPrefix(ref, "/") && !strings.HasPrefix(ref, "data:") {
			t.Errorf("index.html refers to %q outside the server", ref)
			continue
		}
		if strings.HasPrefix(ref, "/assets/") {
			if status, _, _ := get(t, srv, ref, nil); status != 200 {
				t.Errorf("%s: %d", ref, status)
			}
		}
	}
	if regexp.MustCompile(`<script(?:\s[^>]*)?>[^<]+</script>|<script>|\sstyle=|\son[a-z]+=`).MatchString(html) {
		t.Errorf("index.html has inline script, style or handler")
	}
	for path, want := range map[string]string{"/assets/app.js": "javascript", "/assets/app.css": "text/css"} {
		if _, hdr, _ := get(t, srv, path, nil); !strings.Contains(hdr.Get("Content-Type"), want) {
			t.Errorf("%s: Content-Type %q", path, hdr.Get("Content-Type"))
		}
	}
	for _, path := range []string{"/assets/", "/assets/../serve.go", "/assets/nosuch.js", "/nosuch"} {
		if status, _, _ := get(t, srv, path, nil); status != 404 {
			t.Errorf("%s: %d, want 404", path, status)
		}
	}
	// No asset names another host: no CDN, no web font.
	fs.WalkDir(webFS, "web", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := webFS.ReadFile(path)
		// The SVG namespace is a name, never fetched.
		b = []byte(strings.ReplaceAll(string(b), "http://www.w3.org/2000/svg", ""))
		if m := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}|@import`).Find(b); m != nil {
			t.Errorf("%s names %q", path, m)
		}
		if m := regexp.MustCompile(`url\(`).Find(b); m != nil && strings.HasSuffix(path, ".css") {
			t.Errorf("%s names %q", path, m)
		}
		if strings.Contains(string(b), "innerHTML") || strings.Contains(string(b), "eval(") {
			t.Errorf("%s uses innerHTML or eval: text must go in as text", path)
		}
		return nil
	})
}
