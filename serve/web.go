package serve

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed web
var webFS embed.FS

//go:embed openapi.json
var openAPIJSON []byte

// openAPIDoc is the OpenAPI document as sent: the embedded file, checked
// to be JSON by the tests.
var openAPIDoc = json.RawMessage(openAPIJSON)

// page serves one file of web/ at a path of its own.
func page(name string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, webFS, "web/"+name)
	})
}

// assets serves the files of web/ under /assets/.
func assets() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/assets/")
		if !fs.ValidPath(name) || name == "." {
			http.NotFound(w, r)
			return
		}
		if fi, err := fs.Stat(webFS, "web/"+name); err != nil || fi.IsDir() {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, webFS, "web/"+name)
	})
}
