package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// openAPI is the part of the OpenAPI document the test reads.
type openAPI struct {
	Paths      map[string]map[string]operation `json:"paths"`
	Components struct {
		Schemas    map[string]any       `json:"schemas"`
		Parameters map[string]parameter `json:"parameters"`
	} `json:"components"`
}

type operation struct {
	Parameters  []parameter `json:"parameters"`
	RequestBody any         `json:"requestBody"`
	Responses   map[string]struct {
		Ref     string `json:"$ref"`
		Content map[string]struct {
			Schema any `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

type parameter struct {
	Ref      string `json:"$ref"`
	Name     string `json:"name"`
	In       string `json:"in"`
	Required bool   `json:"required"`
	Example  any    `json:"example"`
}

func loadOpenAPI(t *testing.T) *openAPI {
	t.Helper()
	var doc openAPI
	if err := json.Unmarshal(openAPIJSON, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return &doc
}

func (doc *openAPI) params(op operation) []parameter {
	var out []parameter
	for _, p := range op.Parameters {
		if name, ok := strings.CutPrefix(p.Ref, "#/components/parameters/"); ok {
			p = doc.Components.Parameters[name]
		}
		out = append(out, p)
	}
	return out
}

// TestOpenAPIRoutes: every route is documented, and every documented
// operation is a route.
func TestOpenAPIRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	s := New(Config{})
	var routes, documented []string
	for _, rt := range s.routes {
		routes = append(routes, rt.Method+" "+rt.Path)
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	slices.Sort(routes)
	slices.Sort(documented)
	if !slices.Equal(routes, documented) {
		t.Errorf("routes and document differ:\nroutes     %v\ndocumented %v", routes, documented)
	}
}

// TestOpenAPIHandlers calls every documented operation with the examples
// of its parameters and checks the answer against the documented schema,
// and that the parameters the handler reads are the documented ones.
func TestOpenAPIHandlers(t *testing.T) {
	doc := loadOpenAPI(t)
	srv := fixtureServer(t, Config{Token: "tok", Ingest: stubIngest})
	for path, ops := range doc.Paths {
		for method, op := range ops {
			method = strings.ToUpper(method)
			t.Run(method+" "+path, func(t *testing.T) {
				var documented []string
				query := url.Values{}
				target := path
				for _, p := range doc.params(op) {
					switch p.In {
					default:
						t.Errorf("parameter %+v: no name or place (a $ref to nothing?)", p)
					case "query":
						documented = append(documented, p.Name)
						if p.Example != nil {
							query.Set(p.Name, fmt.Sprint(p.Example))
						} else if p.Required {
							t.Errorf("required parameter %s has no example", p.Name)
						}
					case "path":
						target = strings.ReplaceAll(target, "{"+p.Name+"}", url.PathEscape(fmt.Sprint(p.Example)))
					}
				}
				// The answer to the examples matches the schema.
				resp := call(t, srv, method, target+"?"+query.Encode())
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					t.Fatalf("%d %s", resp.StatusCode, body)
				}
				ct := strings.Split(resp.Header.Get("Content-Type"), ";")[0]
				content, ok := op.Responses["200"].Content[ct]
				if !ok {
					t.Fatalf("Content-Type %s not documented", ct)
				}
				var v any
				if err := json.Unmarshal(body, &v); err != nil {
					t.Fatal(err)
				}
				if errs := doc.validate(content.Schema, v, "$"); len(errs) > 0 {
					t.Errorf("answer does not match the schema:\n%s\n%s", strings.Join(errs, "\n"), body)
				}
				if len(body) < 20 {
					t.Errorf("the examples find nothing: %s", body)
				}
				// The handler names the parameters it reads when given one it
				// does not.
				query.Set("zz_unknown", "1")
				resp = call(t, srv, method, target+"?"+query.Encode())
				var e apiError
				json.NewDecoder(resp.Body).Decode(&e)
				resp.Body.Close()
				_, takes, ok := strings.Cut(e.Error.Message, "this endpoint takes ")
				if !ok {
					t.Fatalf("unknown parameter: %d %+v", resp.StatusCode, e)
				}
				var known []string
				if takes != "" {
					known = strings.Split(takes, ", ")
				}
				slices.Sort(known)
				slices.Sort(documented)
				if !slices.Equal(known, documented) {
					t.Errorf("the handler reads %v, the document names %v", known, documented)
				}
				if errs := doc.validate(map[string]any{"$ref": "#/components/schemas/Error"}, toAny(e), "$"); len(errs) > 0 {
					t.Errorf("error body: %v", errs)
				}
			})
		}
	}
}

func stubIngest(ctx context.Context, body io.Reader) (any, error) {
	io.Copy(io.Discard, body)
	return map[string]any{"read": 1, "new": 1, "updated": 0, "unchanged": 0, "skipped": 0, "sentences": 1, "events": 0, "seconds": 0.1}, nil
}

func call(t *testing.T, srv *httptest.Server, method, target string) *http.Response {
	t.Helper()
	var body io.Reader
	if method == "POST" {
		body = strings.NewReader(`{"id":"x","text":"Russia criticised Ukraine."}`)
	}
	req, err := http.NewRequest(method, srv.URL+target, body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer tok")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func toAny(v any) any {
	b, _ := json.Marshal(v)
	var out any
	json.Unmarshal(b, &out)
	return out
}

// validate checks v against the parts of JSON Schema the document uses:
// $ref, type, properties, required, items, enum, oneOf,
// additionalProperties, minimum, maximum. It returns the problems found.
func (doc *openAPI) validate(schema, v any, at string) []string {
	s, ok := schema.(map[string]any)
	if !ok {
		return []string{at + ": schema is not an object"}
	}
	if ref, ok := s["$ref"].(string); ok {
		name, _ := strings.CutPrefix(ref, "#/components/schemas/")
		target, ok := doc.Components.Schemas[name]
		if !ok {
			return []string{at + ": no schema " + ref}
		}
		return doc.validate(target, v, at)
	}
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, at+": "+fmt.Sprintf(format, args...)) }
	if alts, ok := s["oneOf"].([]any); ok {
		n := 0
		for _, alt := range alts {
			if len(doc.validate(alt, v, at)) == 0 {
				n++
			}
		}
		if n != 1 {
			fail("matches %d of oneOf", n)
		}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, v) {
		fail("%v not in %v", v, enum)
	}
	typ, _ := s["type"].(string)
	switch typ {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			fail("want an object, have %T", v)
			break
		}
		for _, r := range asList(s["required"]) {
			if _, ok := m[r.(string)]; !ok {
				fail("lacks %s", r)
			}
		}
		props, _ := s["properties"].(map[string]any)
		for k, val := range m {
			if ps, ok := props[k]; ok {
				errs = append(errs, doc.validate(ps, val, at+"."+k)...)
			} else if ap, ok := s["additionalProperties"]; ok {
				errs = append(errs, doc.validate(ap, val, at+"."+k)...)
			} else if props != nil {
				fail("property %s is not documented", k)
			}
		}
	case "array":
		l, ok := v.([]any)
		if !ok {
			fail("want an array, have %T", v)
			break
		}
		for i, x := range l {
			errs = append(errs, doc.validate(s["items"], x, fmt.Sprintf("%s[%d]", at, i))...)
		}
	case "string":
		if _, ok := v.(string); !ok {
			fail("want a string, have %T", v)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			fail("want a boolean, have %T", v)
		}
	case "integer", "number":
		f, ok := v.(float64)
		if !ok {
			fail("want a number, have %T", v)
			break
		}
		if typ == "integer" && f != float64(int64(f)) {
			fail("want an integer, have %v", f)
		}
		if lo, ok := s["minimum"].(float64); ok && f < lo {
			fail("%v below %v", f, lo)
		}
		if hi, ok := s["maximum"].(float64); ok && f > hi {
			fail("%v above %v", f, hi)
		}
	}
	return errs
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}
