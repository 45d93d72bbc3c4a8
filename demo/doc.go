// Package demo embeds dyad's illustrative sample corpus: short, invented
// wire-style news items, written for dyad and not taken from any outlet, that
// give a fresh install something to ingest, code and chart. The items are
// plausible but illustrative, not reporting: each is marked with the source
// "dyad illustrative sample" and an example.org URL. They cover several
// country pairs over 2019-2025 (China-Russia most of all, then United
// States-China, Russia-Ukraine, Israel-Iran and Israel-Palestinians,
// India-Pakistan, France-Germany, Japan-South Korea, Turkey-Greece) plus
// protests, arrests and aid, so that timelines, networks and event counts
// have something to show.
package demo
