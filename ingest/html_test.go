package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	htmlcharset "golang.org/x/net/html/charset"

	"dyad"
)

// TestExtractHTMLSaved extracts the saved pages of testdata/html, each
// written with heavy boilerplate around a known main text (NAME.txt), and
// checks the metadata and the words of the text.
func TestExtractHTMLSaved(t *testing.T) {
	for _, tc := range []struct {
		name, title, url, source, lang, published string
	}{
		{"harbour", "Port workers end strike after pay deal", "https://news.example.org/business/2024/05/port-workers-end-strike",
			"The Coastal Ledger", "en", "2024-05-16T08:30:00Z"},
		{"summit", "Ministers agree on shared river treaty", "", "Valley Post", "en", "2023-11-02T14:05:00Z"},
		{"election", "Opposition leads in early count", "", "", "", "2025-03-03T00:00:00Z"},
		{"marche", "Le marché couvert rouvre ses portes", "https://journal.example.fr/ville/marche-couvert",
			"journal.example.fr", "fr", "2024-09-07T00:00:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "html", tc.name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			p, err := ExtractHTML(f, "")
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("testdata", "html", tc.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			got := []string{p.Title, p.URL, p.Source, p.Lang, p.Published.UTC().Format(time.RFC3339)}
			exp := []string{tc.title, tc.url, tc.source, tc.lang, tc.published}
			for i, field := range []string{"title", "url", "source", "lang", "published"} {
				if got[i] != exp[i] {
					t.Errorf("%s = %q, want %q", field, got[i], exp[i])
				}
			}
			prec, rec := wordOverlap(p.Text, string(want))
			if prec < 0.9 || rec < 0.99 {
				t.Errorf("word precision %.3f, recall %.3f; text:\n%s", prec, rec, p.Text)
			}
			if !strings.Contains(p.Text, "\n\n") {
				t.Errorf("no paragraph break kept:\n%s", p.Text)
			}
		})
	}
}

// TestExtractHTMLLayouts measures word-level precision and recall of the
// main text over 20 generated pages: five stories in four layouts, each
// with navigation, advertisements, link lists, comments and footers.
func TestExtractHTMLLayouts(t *testing.T) {
	var sumP, sumR float64
	var n int
	for li, layout := range pageLayouts {
		var lp, lr float64
		for si, st := range pageStories {
			page := layout(st)
			p, err := ExtractHTML(strings.NewReader(page), "https://example.com/story")
			if err != nil {
				t.Errorf("layout %d, story %d: %v", li, si, err)
				continue
			}
			want := strings.Join(st.paras, "\n\n")
			prec, rec := wordOverlap(p.Text, want)
			sumP += prec
			sumR += rec
			lp += prec
			lr += rec
			n++
			if prec < 0.8 || rec < 0.9 {
				t.Errorf("layout %d, story %d: precision %.3f, recall %.3f; text:\n%s", li, si, prec, rec, p.Text)
			}
			if p.Title != st.title {
				t.Errorf("layout %d, story %d: title %q, want %q", li, si, p.Title, st.title)
			}
		}
		t.Logf("layout %d: mean word precision %.3f, recall %.3f", li, lp/float64(len(pageStories)), lr/float64(len(pageStories)))
	}
	t.Logf("%d pages: mean word precision %.3f, recall %.3f", n, sumP/float64(n), sumR/float64(n))
}

// wordOverlap returns the word-level precision and recall of got against
// want, counting each word as often as it occurs (case and punctuation
// around words ignored).
func wordOverlap(got, want string) (precision, recall float64) {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.Fields(strings.ToLower(s)) {
			w = strings.Trim(w, ".,;:!?\"'()[]«»“”‘’—-·")
			if w != "" {
				m[w]++
			}
		}
		return m
	}
	g, w := count(got), count(want)
	var common, ng, nw int
	for k, c := range g {
		common += min(c, w[k])
		ng += c
	}
	for _, c := range w {
		nw += c
	}
	if ng == 0 || nw == 0 {
		return 0, 0
	}
	return float64(common) / float64(ng), float64(common) / float64(nw)
}

func TestReadHTMLFile(t *testing.T) {
	var arts []*dyad.Article
	var skips []string
	opt := Options{OnSkip: func(e *dyad.InputError) { skips = append(skips, e.Error()) }}
	err := Read(context.Background(), []string{"testdata/html"}, opt, func(a *dyad.Article) error {
		checkArticle(t, a)
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The .html files are read; the .txt files beside them too.
	var pages int
	for _, a := range arts {
		if a.Title != "" { // the .txt files have none
			pages++
		}
	}
	if pages != 4 {
		t.Errorf("read %d pages, want 4 (skips %q)", pages, skips)
	}
	for _, a := range arts {
		if a.URL == "https://news.example.org/business/2024/05/port-workers-end-strike" {
			if a.ID != dyad.ArticleID("", a.URL, "") || a.Date() != "2024-05-16" {
				t.Errorf("harbour page: id %s, date %s", a.ID, a.Date())
			}
		}
	}
}

func TestReadHTMLBad(t *testing.T) {
	for _, tc := range []struct{ name, in, reason string }{
		{"empty.html", "", ReasonNoMainText},
		{"scripts.html", "<html><head><script>var x = 1;</script></head><body><nav><a href=/>Home</a></nav></body></html>", ReasonNoMainText},
		{"nul.html", "<html>\x00</html>", ReasonBinary},
	} {
		var got []*dyad.InputError
		opt := Options{OnSkip: func(e *dyad.InputError) { got = append(got, e) }}
		err := ReadStream(context.Background(), tc.name, strings.NewReader(tc.in), opt, func(a *dyad.Article) error {
			t.Errorf("%s: article %q", tc.name, a.Text)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Reason != tc.reason || !strings.Contains(got[0].Error(), tc.name) {
			t.Errorf("%s: skips %v, want one %q naming the file", tc.name, got, tc.reason)
		}
	}
}

func TestSniffHTML(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want format
	}{
		{"<!DOCTYPE html><html>", formatHTML},
		{"  <html lang=en>", formatHTML},
		{"<!-- saved --><HTML>", formatHTML},
		{"{\"text\":\"x\"}", formatJSON},
		{"<b>bold</b> text", formatText},
		{"Plain text.", formatText},
	} {
		if got := sniff([]byte(tc.in)); got != tc.want {
			t.Errorf("sniff(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestDateInText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Published May 16, 2024 by staff", "2024-05-16"},
		{"Updated 3 Sept 2023, 10:00", "2023-09-03"},
		{"Filed 2022-01-31.", "2022-01-31"},
		{"In May 2024 nothing", ""},
		{"2022-13-45", ""},
	} {
		got := ""
		if d := dateInText(tc.in); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("dateInText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// story is a news text written for these tests, with its title.
type story struct {
	title string
	paras []string
}

var pageStories = []story{
	{"Rail link to reopen after landslide", []string{
		"The coastal rail line between Porthmoor and Kelby will reopen on Monday, three months after a landslide buried a section of track under thousands of tonnes of rock and mud.",
		"Engineers have built a concrete wall along the cliff and drilled drains into the slope to stop water building up behind it, the rail operator said in a statement.",
		"Passengers had been carried by replacement buses, which added more than an hour to the journey. Commuters' groups said they would watch closely whether the repaired line could cope with winter storms.",
	}},
	{"Central bank holds interest rate", []string{
		"The central bank left its main interest rate unchanged at 4.25 percent on Wednesday, saying inflation was falling more slowly than it had expected in the spring.",
		"Governor Lena Fabre said the bank was ready to cut rates later in the year if wage growth eased, but warned that energy prices remained a risk.",
		"Two of the nine members of the rate committee voted for a cut of a quarter of a point. Markets had expected the decision, and the currency barely moved after the announcement.",
		"The bank will publish new forecasts at its next meeting in September.",
	}},
	{"Wildfire forces evacuation of hill villages", []string{
		"Firefighters were battling a wildfire in the hills above Santa Brisa on Sunday after strong winds pushed the flames towards four villages, forcing about 2,000 people to leave their homes.",
		"Regional officials said three aircraft and more than 300 firefighters had been sent to the area. No injuries had been reported by the evening.",
		"The fire started on Saturday afternoon near a forest road. Investigators have not said what caused it, but the region has had almost no rain since April.",
	}},
	{"City council approves budget with school repairs", []string{
		"The city council approved a budget of 1.8 billion for next year on Tuesday night, including a programme to repair the roofs and heating of forty schools.",
		"The vote was 31 to 20. Opposition councillors said the plan relied on a rise in parking charges that would hurt small shops in the centre.",
		"Mayor Daniel Osei said the school repairs could not wait any longer after two buildings had to close during a cold spell last winter.",
	}},
	{"Scientists track rare whales off the northern coast", []string{
		"A team of marine biologists has fitted satellite tags to six northern bottlenose whales, a species rarely seen near the coast, to learn where they feed during the summer.",
		"The whales dive to depths of more than a kilometre and can stay underwater for over an hour, which makes them hard to study from boats, the team's leader, Dr Ana Soto, said.",
		"The first data show two of the animals travelling more than 400 kilometres in a week along the edge of the continental shelf. The project is funded by the national research council for three years.",
	}},
}

func paras(st story, open, close string) string {
	var b strings.Builder
	for _, p := range st.paras {
		b.WriteString(open + p + close + "\n")
	}
	return b.String()
}

const navLinks = `<ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/science">Science</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul>`

// pageLayouts are four page templates of different build.
var pageLayouts = []func(story) string{
	// A blog theme: header, sidebar, comments.
	func(st story) string {
		return `<!DOCTYPE html><html lang="en"><head><title>` + st.title + ` | Morning Courier</title></head><body>
<header><div class="logo">Morning Courier</div><nav>` + navLinks + `</nav></header>
<div class="container"><div class="post"><h1 class="post-title">` + st.title + `</h1>
<div class="entry-content">` + paras(st, "<p>", "</p>") + `</div></div>
<div class="sidebar widget-area"><h3>Popular</h3><ul><li><a href="/p/1">Five things to know before the weekend</a></li><li><a href="/p/2">Photos: the best of the spring show</a></li><li><a href="/p/3">Letters to the editor</a></li></ul>
<div class="ad-slot">Sponsored: Save 20% on garden furniture today only</div></div>
<div id="comments"><h3>2 comments</h3><div class="comment">Great reporting, thank you.</div><div class="comment">I disagree with the second paragraph entirely.</div>
<form><textarea>Leave a reply</textarea><button>Post comment</button></form></div></div>
<footer><p>Morning Courier, 12 High Street. Copyright 2024. <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></p></footer></body></html>`
	},
	// A portal: long link lists, teasers with whole sentences, a cookie wall.
	func(st story) string {
		return `<!DOCTYPE html><html><head><meta property="og:title" content="` + st.title + `"><title>` + st.title + `</title></head><body>
<div class="cookie-notice">This site uses cookies to personalise content and ads. By continuing you agree to our use of cookies.</div>
<div id="top-nav">` + navLinks + `</div>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a></div>
<div class="layout"><div class="col-main"><div class="article-body" itemprop="articleBody"><h1>` + st.title + `</h1>
` + paras(st, "<p>", "</p>") + `</div>
<div class="more-from"><h2>More from News</h2>
<div class="teaser"><a href="/t/1"><h4>Museum reopens after renovation</h4></a><p>The museum welcomed its first visitors in two years.</p></div>
<div class="teaser"><a href="/t/2"><h4>Bus fares to rise in autumn</h4></a><p>Operators blamed higher fuel costs.</p></div>
</div></div>
<div class="col-right"><div class="promo">Subscribe for 1 euro a month</div>` + navLinks + `</div></div>
<div class="footer-links">` + navLinks + `<p>Terms of use. Contact. Jobs. Advertise.</p></div></body></html>`
	},
	// A table layout with line breaks in place of paragraphs.
	func(st story) string {
		return `<html><head><title>` + st.title + `</title></head><body>
<table><tr><td class="left">` + strings.ReplaceAll(navLinks, "</li>", "</li><br>") + `</td>
<td class="content"><h2>` + st.title + `</h2>
` + strings.Join(st.paras, "<br><br>\n") + `
</td><td class="right"><div class="banner">Advertisement</div><div class="banner">Cheap loans, apply today</div></td></tr></table>
<p class="copyright">(c) Regional News Service. All rights reserved.</p></body></html>`
	},
	// A modern page: sections, a share bar, a newsletter box, a related strip.
	func(st story) string {
		return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>` + st.title + ` - Daily Lens</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + st.title + `","datePublished":"2024-06-01T06:00:00Z"}</script></head><body>
<header class="masthead"><a href="/">Daily Lens</a><button class="menu-toggle">Menu</button>` + navLinks + `</header>
<main><article><header><h1>` + st.title + `</h1><div class="share-bar"><a href="#">Facebook</a><a href="#">X</a><a href="#">Copy link</a></div></header>
<section class="article-content">` + paras(st, "<div class=\"para\"><p>", "</p></div>") + `</section>
<aside class="newsletter"><h3>The Daily Lens briefing</h3><p>Sign up to get the top stories every morning.</p></aside>
</article>
<section class="related"><h2>Related</h2><ul><li><a href="/r/1">Opinion: why it matters</a></li><li><a href="/r/2">Explainer: the background in five charts</a></li></ul></section></main>
<footer><nav>` + navLinks + `</nav><small>Daily Lens Media. All rights reserved.</small></footer></body></html>`
	},
}

func Example_wordOverlap() {
	p, r := wordOverlap("a b c d", "a b c e")
	fmt.Printf("%.2f %.2f\n", p, r)
	// Output: 0.75 0.75
}

// TestExtractHTMLCharsets reads pages in the encodings their meta tags or
// Content-Type name, and a UTF-8 page that claims ISO-8859-1.
func TestExtractHTMLCharsets(t *testing.T) {
	const ru = "Министр заявил во вторник, что переговоры с профсоюзами приостановлены после забастовки."
	const ja = "部長は火曜日、ストライキの後、組合との交渉を中断したと述べた。"
	const fr = "Le ministre a déclaré mardi que les négociations étaient suspendues après la grève."
	encode := func(name, s string) string {
		e, _ := htmlcharset.Lookup(name)
		out, err := e.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, tc := range []struct {
		name, page, contentType, want string
	}{
		{"windows-1251 meta", `<html><head><meta charset="windows-1251"></head><body><article><p>` + encode("windows-1251", ru) + `</p></article></body></html>`, "", ru},
		{"shift_jis http-equiv", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>` + encode("shift_jis", ja) + `</p></body></html>`, "", ja},
		{"gbk by Content-Type", `<html><body><p>` + encode("gbk", "部长周二表示，罢工后与工会的谈判已暂停。") + `</p></body></html>`, "text/html; charset=GBK", "部长周二表示，罢工后与工会的谈判已暂停。"},
		{"latin1 undeclared", `<html><body><p>` + encode("iso-8859-1", fr) + `</p></body></html>`, "", fr},
		{"utf-8 claiming latin1", `<html><head><meta charset="iso-8859-1"></head><body><p>` + fr + `</p></body></html>`, "", fr},
	} {
		p, err := extractHTML(strings.NewReader(tc.page), "", tc.contentType)
		if err != nil || p.Text != tc.want {
			t.Errorf("%s: %q, %v; want %q", tc.name, p.Text, err, tc.want)
		}
	}
}
