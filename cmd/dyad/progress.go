package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// progressBar draws one line on a terminal: a bar when the total is known,
// counts and rate always. It is silent when not enabled.
type progressBar struct {
	w       io.Writer
	total   int64 // bytes; 0 when unknown
	done    atomic.Int64
	items   atomic.Int64
	start   time.Time
	stop    chan struct{}
	stopped sync.WaitGroup
}

func startProgress(w io.Writer, enabled bool, total int64) *progressBar {
	p := &progressBar{w: w, total: total, start: time.Now(), stop: make(chan struct{})}
	if !enabled {
		return p
	}
	p.stopped.Add(1)
	go func() {
		defer p.stopped.Done()
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.draw()
			case <-p.stop:
				fmt.Fprint(p.w, "\r\033[K")
				return
			}
		}
	}()
	return p
}

// Bytes records n more input bytes consumed.
func (p *progressBar) Bytes(n int64) { p.done.Add(n) }

// Items sets the number of articles processed.
func (p *progressBar) Items(n int64) { p.items.Store(n) }

// Stop erases the bar.
func (p *progressBar) Stop() {
	select {
	case <-p.stop:
	default:
		close(p.stop)
	}
	p.stopped.Wait()
}

func (p *progressBar) draw() {
	el := time.Since(p.start).Seconds()
	n := p.items.Load()
	rate := 0.0
	if el > 0 {
		rate = float64(n) / el
	}
	line := fmt.Sprintf("%s articles  %s/s", group(n), group(int64(rate)))
	if p.total > 0 {
		frac := float64(p.done.Load()) / float64(p.total)
		frac = min(max(frac, 0), 1)
		const width = 30
		fill := int(frac * width)
		eta := ""
		if frac > 0.01 {
			eta = fmt.Sprintf("  ETA %s", (time.Duration(el/frac*(1-frac)) * time.Second).Round(time.Second))
		}
		line = fmt.Sprintf("[%s%s] %3.0f%%  %s%s", strings.Repeat("=", fill), strings.Repeat(" ", width-fill), frac*100, line, eta)
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
}

// group writes n with thousands separators.
func group(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
