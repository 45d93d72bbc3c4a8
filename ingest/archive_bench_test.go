package ingest

import (
	"archive/zip"
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"dyad"
)

// BenchmarkReadArchives writes a WARC (gzipped record by record) and a zip
// of HTML pages, 1,000 and 10,000 pages each, and reads them, reporting
// pages/s and the peak Go heap in use while reading: the same for both
// sizes when archives are read in constant memory.
func BenchmarkReadArchives(b *testing.B) {
	for _, kind := range []string{"warc.gz", "zip"} {
		for _, n := range []int{1000, 10000} {
			b.Run(fmt.Sprintf("%s/%d", kind, n), func(b *testing.B) {
				path := filepath.Join(b.TempDir(), "pages."+kind)
				writeArchive(b, path, kind, n)
				fi, _ := os.Stat(path)
				b.SetBytes(fi.Size())
				var peak uint64
				for b.Loop() {
					runtime.GC()
					stop := sampleHeap(&peak)
					got := 0
					err := Read(context.Background(), []string{path}, Options{}, func(*dyad.Article) error { got++; return nil })
					stop()
					if err != nil || got != n {
						b.Fatalf("%d of %d pages, %v", got, n, err)
					}
				}
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
				b.ReportMetric(float64(peak)/(1<<20), "MiB-peak-heap")
			})
		}
	}
}

// sampleHeap records the largest HeapInuse seen every 5 ms into *peak
// until the returned function is called.
func sampleHeap(peak *uint64) func() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			*peak = max(*peak, m.HeapInuse)
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

func writeArchive(b *testing.B, path, kind string, n int) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	var zw *zip.Writer
	if kind == "zip" {
		zw = zip.NewWriter(w)
	}
	for i := range n {
		body := page(fmt.Sprintf("Report %d", i), "", fmt.Sprintf("Officials said on Tuesday that talks on report %d would resume next week after a pause of several days.", i))
		switch kind {
		case "zip":
			e, err := zw.Create(fmt.Sprintf("pages/%05d.html", i))
			if err != nil {
				b.Fatal(err)
			}
			e.Write([]byte(body))
		default:
			w.WriteString(gzipString(warcRecord("response", fmt.Sprintf("https://a.example/%d", i), "application/http;msgtype=response",
				httpResponse("200 OK", "text/html", "", body))))
		}
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
}
