// dyad's page: views over the JSON API of dyad serve, drawn with the DOM
// and SVG. No library, no request outside this server. Every view keeps
// its state in the query string, so a URL shows what it showed.
'use strict';
(() => {
  const SVGNS = 'http://www.w3.org/2000/svg';
  const main = document.getElementById('main');
  const QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
  let stats = null;
  let codeNames = null;

  // el builds an element: attrs holds attributes, and on* functions as
  // listeners; children are nodes or strings (always text, never HTML).
  function build(ns, tag, attrs, kids) {
    const e = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const k of kids.flat(Infinity)) {
      if (k === undefined || k === null || k === false) continue;
      e.append(k instanceof Node ? k : document.createTextNode(String(k)));
    }
    return e;
  }
  const el = (tag, attrs, ...kids) => build(null, tag, attrs, kids);
  const svg = (tag, attrs, ...kids) => build(SVGNS, tag, attrs, kids);

  function query(obj) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(obj)) {
      if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, v === true ? '1' : v);
    }
    return q.toString();
  }

  async function api(path, params) {
    const qs = params ? query(params) : '';
    const resp = await fetch('/api/v1/' + path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await resp.json(); } catch (e) { /* not JSON */ }
    if (!resp.ok) throw new Error((body && body.error && body.error.message) || ('HTTP ' + resp.status));
    return body;
  }

  // href returns a link to this page with the given state.
  const href = (state) => '/?' + query(state);

  function go(state, replace) {
    const url = href(state);
    if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
    render();
  }

  // Links to this page are followed without a reload.
  document.addEventListener('click', (ev) => {
    const a = ev.target.closest && ev.target.closest('a');
    if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname !== '/') return;
    ev.preventDefault();
    history.pushState(null, '', url.pathname + url.search);
    render();
  });
  window.addEventListener('popstate', render);

  const errorBox = (err) => el('p', { class: 'error', role: 'alert' }, String(err.message || err));

  // marked returns text with the code-point spans of marks highlighted:
  // each mark {start_cp, end_cp, cls, title}; overlapping marks nest their
  // classes. Text is only ever added as text.
  function marked(text, marks) {
    const chars = Array.from(text);
    const cuts = new Set([0, chars.length]);
    for (const m of marks) {
      if (m.start_cp >= 0 && m.end_cp <= chars.length && m.start_cp < m.end_cp) { cuts.add(m.start_cp); cuts.add(m.end_cp); }
    }
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = chars.slice(a, b).join('');
      const on = marks.filter((m) => m.start_cp <= a && b <= m.end_cp && m.start_cp < m.end_cp);
      if (on.length === 0) { frag.append(piece); continue; }
      const attrs = { class: on.map((m) => m.cls).join(' ') };
      const title = on.map((m) => m.title).filter(Boolean).join('; ');
      if (title) attrs.title = title;
      for (const m of on) if (m.id && m.start_cp === a) attrs.id = m.id;
      frag.append(el('span', attrs, piece));
    }
    return frag;
  }

  // snippet shows a search snippet with its «matches» marked.
  function snippet(s) {
    const frag = document.createDocumentFragment();
    const re = /«([^»]*)»/g;
    let last = 0, m;
    while ((m = re.exec(s))) {
      frag.append(s.slice(last, m.index), el('mark', {}, m[1]));
      last = re.lastIndex;
    }
    frag.append(s.slice(last));
    return frag;
  }

  async function codes() {
    if (!codeNames) {
      codeNames = {};
      try { for (const c of (await api('codes')).data) codeNames[c.code] = c.name; } catch (e) { /* names are a nicety */ }
    }
    return codeNames;
  }

  // field returns a labelled input of a filter form.
  function field(label, name, value, attrs) {
    return el('label', {}, label, el('input', Object.assign({ name, value: value || '' }, attrs || {})));
  }
  function select(label, name, value, options) {
    return el('label', {}, label, el('select', { name },
      options.map(([v, t]) => el('option', { value: v, selected: String(v) === String(value || '') }, t))));
  }
  function checkbox(label, name, value) {
    return el('label', {}, label, el('input', { type: 'checkbox', name, value: '1', checked: value === '1' }));
  }
  // filterForm returns a form that navigates to view with its fields.
  function filterForm(view, fields, submit) {
    const form = el('form', { class: 'filters', role: 'search' }, fields, el('button', { type: 'submit' }, submit || 'Show'));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const state = { view };
      for (const [k, v] of new FormData(form)) state[k] = String(v).trim();
      go(state);
    });
    return form;
  }

  function emptyState() {
    return el('div', { class: 'empty' },
      el('h1', {}, 'This store holds no articles yet'),
      el('p', {}, 'Build the sample store and serve it:'),
      el('p', {}, el('code', {}, 'dyad demo'), ' then ', el('code', {}, 'dyad serve --db dyad-demo.db')),
      el('p', {}, 'or add your own news with ', el('code', {}, 'dyad ingest news.jsonl'), ' and reload this page.'));
  }

  // eventList renders events with their sentences, trigger and actors marked.
  function eventList(items, names) {
    if (items.length === 0) return el('p', { class: 'muted' }, 'No events.');
    return el('ol', { class: 'events' }, items.map((ev) => {
      const marks = (ev.marks || []).map((m) => ({ start_cp: m.start_cp, end_cp: m.end_cp, cls: 'm-' + m.kind,
        title: m.kind + (m.actor ? ' ' + m.actor : '') }));
      const flags = [ev.negated && 'negated', ev.hypothetical && 'hypothetical', ev.inferred && ('inferred ' + ev.inferred)].filter(Boolean);
      return el('li', {},
        el('div', { class: 'ev-head' },
          el('strong', {}, ev.date || 'undated'), ' · ',
          el('span', { class: 'code' }, ev.source), ' → ', el('span', { class: 'code' }, ev.target), ' · ',
          el('span', { class: 'code' }, ev.code), ' ', (names && names[ev.code]) || '', ' · ',
          el('span', { class: 'quad' + ev.quad }, QUADS[ev.quad] || ''), ' · Goldstein ', ev.goldstein,
          flags.length ? ' · ' + flags.join(', ') : '', ' · ',
          el('a', { href: href({ view: 'article', id: ev.article_id, s: ev.sentence }) }, 'article ' + ev.article_id)),
        el('div', {}, marked(ev.sentence_text || '', marks)));
    }));
  }

  // pager returns a "More" button that loads the next page into list.
  function pager(next, load) {
    if (!next) return el('span');
    const b = el('button', { type: 'button', class: 'pager' }, 'More');
    b.addEventListener('click', async () => { b.disabled = true; try { await load(next); } catch (e) { b.replaceWith(errorBox(e)); return; } b.remove(); });
    return b;
  }

  // ---- search view
  async function searchView(p) {
    const themes = await api('themes').catch(() => ({ data: [] }));
    main.append(el('h1', {}, 'Search'),
      filterForm('search', [
        field('Words', 'q', p.get('q'), { class: 'wide', placeholder: 'sanctions -iran, "pipeline deal", tariff*', 'aria-label': 'Search words' }),
        field('From', 'from', p.get('from'), { type: 'date' }), field('To', 'to', p.get('to'), { type: 'date' }),
        field('Actor', 'actor', p.get('actor'), { class: 'narrow', placeholder: 'RUS' }),
        field('Event code or root', 'code', p.get('code'), { class: 'narrow', placeholder: '05' }),
        select('Quad class', 'quad', p.get('quad'), [['', 'any'], ...[1, 2, 3, 4].map((q) => [q, QUADS[q]])]),
        select('Theme', 'theme', p.get('theme'), [['', 'any'], ...themes.data.map((t) => [t.code, t.code])]),
        field('Tone from', 'tone_min', p.get('tone_min'), { type: 'number', step: 'any', class: 'narrow' }),
        field('Tone to', 'tone_max', p.get('tone_max'), { type: 'number', step: 'any', class: 'narrow' }),
      ], 'Search'));
    const q = p.get('q');
    const evFilter = { actor: p.get('actor'), code: p.get('code'), quad: p.get('quad'), from: p.get('from'), to: p.get('to') };
    if (q) {
      const box = el('section', { 'aria-label': 'Articles' }, el('h2', {}, 'Articles'));
      main.append(box);
      const params = { q, from: p.get('from'), to: p.get('to'), actor: p.get('actor'), code: p.get('code'), quad: p.get('quad'),
        theme: p.get('theme'), tone_min: p.get('tone_min'), tone_max: p.get('tone_max') };
      const list = el('ol', { class: 'hits' });
      box.append(list);
      const load = async (cursor) => {
        const res = await api('search', Object.assign({}, params, { cursor }));
        for (const h of res.data) {
          list.append(el('li', {},
            el('a', { class: 'hit-title', href: href({ view: 'article', id: h.id }) }, h.title || h.id),
            ' ', el('span', { class: 'muted' }, [h.date, h.source].filter(Boolean).join(' · ')),
            el('div', {}, snippet(h.snippet))));
        }
        if (!list.firstChild && !res.next_cursor) list.append(el('li', { class: 'muted' }, 'No article matches.'));
        box.append(pager(res.next_cursor, load));
      };
      try { await load(''); } catch (e) { box.append(errorBox(e)); }
    }
    if (evFilter.actor || evFilter.code || evFilter.quad) {
      const box = el('section', { 'aria-label': 'Events' }, el('h2', {}, 'Events'));
      main.append(box);
      const names = await codes();
      const load = async (cursor) => {
        const res = await api('events', Object.assign({ limit: 50 }, evFilter, { cursor }));
        box.append(eventList(res.data, names), pager(res.next_cursor, load));
      };
      try { await load(''); } catch (e) { box.append(errorBox(e)); }
    }
    if (!q && (p.get('theme') || p.get('tone_min') || p.get('tone_max'))) {
      main.append(el('p', { class: 'muted' }, 'Theme and tone filter the articles a search finds: give words to search as well.'));
    }
    if (!q && !evFilter.actor && !evFilter.code && !evFilter.quad) {
      const actors = await api('actors', { limit: 20 });
      main.append(el('h2', {}, 'Most active actors'),
        el('p', {}, actors.data.map((a, i) => [i ? ', ' : '',
          el('a', { href: href({ view: 'search', actor: a.actor }) }, a.actor), ' (' + a.events + ')'])),
        el('p', { class: 'muted' }, 'Search words (phrases in quotes, prefix*, OR, -word), or filter the events by actor, code and quad class.'));
    }
  }

  // ---- pair view
  // periodEnd returns the last day of the period starting at start.
  function periodEnd(start, by) {
    const d = new Date(start + 'T00:00:00Z');
    if (by === 'day') return start;
    if (by === 'week') d.setUTCDate(d.getUTCDate() + 6);
    else if (by === 'year') { d.setUTCFullYear(d.getUTCFullYear() + 1); d.setUTCDate(0); }
    else { d.setUTCMonth(d.getUTCMonth() + 1, 0); }
    return d.toISOString().slice(0, 10);
  }
  function nextPeriod(start, by) {
    const d = new Date(periodEnd(start, by) + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }
  function periodLabel(start, by) {
    if (by === 'year') return start.slice(0, 4);
    if (by === 'month') return start.slice(0, 7);
    return start;
  }

  async function pairView(p) {
    const a = (p.get('a') || '').toUpperCase(), b = (p.get('b') || '').toUpperCase(), by = p.get('by') || 'month';
    main.append(el('h1', {}, a && b ? `${a} and ${b} over time` : 'Two actors over time'),
      filterForm('pair', [
        field('Actor A', 'a', a, { class: 'narrow', placeholder: 'CHN', required: true }),
        field('Actor B', 'b', b, { class: 'narrow', placeholder: 'RUS', required: true }),
        select('By', 'by', by, [['day', 'day'], ['week', 'week'], ['month', 'month'], ['year', 'year']]),
        field('From', 'from', p.get('from'), { type: 'date' }), field('To', 'to', p.get('to'), { type: 'date' }),
        checkbox('Negated too', 'negated', p.get('negated')), checkbox('Hypothetical too', 'hypothetical', p.get('hypothetical')),
      ]));
    if (!a || !b) {
      const actors = await api('actors', { limit: 12 });
      const top = actors.data.map((x) => x.actor);
      const pairs = [];
      for (let i = 0; i < top.length && pairs.length < 8; i++) for (let j = i + 1; j < top.length && pairs.length < 8; j++) {
        if (top[i].slice(0, 3) !== top[j].slice(0, 3)) pairs.push([top[i].slice(0, 3), top[j].slice(0, 3)]);
      }
      const seen = new Set();
      main.append(el('p', {}, 'Pick two actor codes (a prefix: CHN matches CHNGOV). Try: ',
        pairs.filter(([x, y]) => !seen.has(x + y) && seen.add(x + y)).map(([x, y], i) =>
          [i ? ', ' : '', el('a', { href: href({ view: 'pair', a: x, b: y, by: 'month' }) }, x + ' · ' + y)])));
      return;
    }
    const base = { a, b, by, from: p.get('from'), to: p.get('to'), negated: p.get('negated'), hypothetical: p.get('hypothetical') };
    const res = await api('timeline', Object.assign({ coverage: true }, base));
    if (res.data.length === 0) {
      main.append(el('p', { class: 'muted' }, `No events between ${a} and ${b} in this period.`));
      return;
    }
    // Every period from the first to the last, those without events too.
    const byPeriod = new Map(res.data.map((x) => [x.period, x]));
    let periods = [];
    for (let d = res.data[0].period; d <= res.data[res.data.length - 1].period && periods.length < 2000; d = nextPeriod(d, by)) periods.push(d);
    if (periods.length >= 2000) periods = res.data.map((x) => x.period);
    const at = p.get('at');
    const events = el('section', { 'aria-label': 'Events of the period', 'aria-live': 'polite' });
    const showPeriod = async (period) => {
      events.replaceChildren(el('h2', {}, `Events of ${periodLabel(period, by)}`), el('p', { class: 'muted' }, 'Loading…'));
      const q = { from: period, to: periodEnd(period, by), negated: base.negated, hypothetical: base.hypothetical, limit: 200 };
      try {
        const [ab, ba, names] = await Promise.all([api('events', Object.assign({ source: a, target: b }, q)),
          api('events', Object.assign({ source: b, target: a }, q)), codes()]);
        const seen = new Set();
        const all = [...ab.data, ...ba.data].filter((e) => { const k = e.article_id + '/' + e.index; return !seen.has(k) && seen.add(k); });
        all.sort((x, y) => (x.date + x.article_id).localeCompare(y.date + y.article_id) || x.index - y.index);
        events.replaceChildren(el('h2', {}, `Events of ${periodLabel(period, by)}`), eventList(all, names),
          (ab.next_cursor || ba.next_cursor) ? el('p', { class: 'muted' }, 'The first 200 each way; narrow the period (by week or day) for the rest.') : '');
      } catch (e) { events.replaceChildren(errorBox(e)); }
    };
    const chart = timelineChart(periods, byPeriod, by, at, (period) => {
      history.replaceState(null, '', href(Object.assign({ view: 'pair' }, base, { at: period })));
      showPeriod(period);
    });
    main.append(chart,
      el('div', { class: 'legend' }, [1, 2, 3, 4].map((q) => el('span', {}, el('span', { class: 'swatch sw-q' + q }), QUADS[q])),
        el('span', {}, el('span', { class: 'swatch sw-line' }), 'Goldstein mean (right axis, −10 to +10)'),
        el('span', {}, el('span', { class: 'swatch sw-articles' }), 'articles reporting them (left axis)')),
      el('p', { class: 'muted' }, 'Bars count events by quad class; click a period, or focus it and press Enter, for its events.'),
      el('details', {}, el('summary', {}, 'The numbers'), el('table', {},
        el('thead', {}, el('tr', {}, ['period', 'events', 'articles', 'verbal coop.', 'material coop.', 'verbal conflict', 'material conflict', 'Goldstein sum', 'mean'].map((t) => el('th', {}, t)))),
        el('tbody', {}, res.data.map((x) => el('tr', {}, [periodLabel(x.period, by), x.events, x.articles, x.verbal_coop, x.material_coop,
          x.verbal_conflict, x.material_conflict, x.goldstein.toFixed(1), x.goldstein_mean.toFixed(2)].map((t) => el('td', {}, t))))))),
      events);
    if (at) showPeriod(at);
  }

  // timelineChart draws stacked quad-class bars per period and the mean
  // Goldstein value as a line; each period is a focusable button.
  function timelineChart(periods, byPeriod, by, selected, onPick) {
    const W = 1000, H = 340, L = 44, R = 44, T = 14, B = 44;
    const iw = W - L - R, ih = H - T - B;
    // The count axis runs to a multiple of 4, so that its 5 ticks are whole numbers.
    const most = Math.max(1, ...periods.map((x) => { const b = byPeriod.get(x); return b ? Math.max(b.events, b.articles || 0) : 0; }));
    const maxN = Math.ceil(most / 4) * 4;
    const step = iw / periods.length;
    const bw = Math.max(1, Math.min(40, step * 0.7));
    const yN = (n) => T + ih - (n / maxN) * ih;
    const yG = (g) => T + ih / 2 - (g / 10) * (ih / 2);
    const root = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Events per period by quad class, and the Goldstein mean' });
    // Axes and grid.
    for (const f of [0, 0.25, 0.5, 0.75, 1]) {
      const y = T + ih - f * ih;
      root.append(svg('line', { class: 'grid', x1: L, x2: L + iw, y1: y, y2: y }),
        svg('text', { x: L - 6, y: y + 4, 'text-anchor': 'end' }, Math.round(f * maxN)),
        svg('text', { x: L + iw + 6, y: y + 4 }, (f * 20 - 10).toFixed(0)));
    }
    root.append(svg('line', { class: 'axis', x1: L, x2: L + iw, y1: T + ih, y2: T + ih }));
    const labelEvery = Math.max(1, Math.ceil(periods.length / 12));
    const colors = ['', '#7fb3e0', '#1f6fb8', '#f0a868', '#c23b22'];
    const line = [], cover = [];
    periods.forEach((period, i) => {
      const x = L + i * step + step / 2;
      const bk = byPeriod.get(period);
      const n = bk ? bk.events : 0;
      const g = svg('g', { class: 'period' + (period === selected ? ' selected' : ''), tabindex: n ? 0 : -1, role: n ? 'button' : null,
        'aria-label': `${periodLabel(period, by)}: ${n} events` + (bk ? `, Goldstein mean ${bk.goldstein_mean.toFixed(2)}` : ''), 'data-period': period });
      g.append(svg('rect', { class: 'focusbox', x: x - step / 2, y: T, width: step, height: ih, fill: 'transparent' }));
      if (bk) {
        let y0 = T + ih;
        for (const [q, k] of [[1, 'verbal_coop'], [2, 'material_coop'], [3, 'verbal_conflict'], [4, 'material_conflict']]) {
          if (!bk[k]) continue;
          const h = (bk[k] / maxN) * ih;
          y0 -= h;
          g.append(svg('rect', { x: x - bw / 2, y: y0, width: bw, height: h, fill: colors[q] }));
        }
        line.push([x, yG(bk.goldstein_mean)]);
        if (bk.articles !== undefined) cover.push([x, yN(bk.articles)]);
        g.append(svg('title', {}, `${periodLabel(period, by)}: ${n} events${bk.articles !== undefined ? ' in ' + bk.articles + ' articles' : ''} (${bk.verbal_coop} verbal coop., ${bk.material_coop} material coop., ${bk.verbal_conflict} verbal conflict, ${bk.material_conflict} material conflict), Goldstein mean ${bk.goldstein_mean.toFixed(2)}`));
        const pick = () => {
          for (const o of root.querySelectorAll('.period.selected')) o.classList.remove('selected');
          g.classList.add('selected');
          onPick(period);
        };
        g.addEventListener('click', pick);
        g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); } });
      }
      root.append(g);
      if (i % labelEvery === 0) root.append(svg('text', { x, y: T + ih + 16, 'text-anchor': 'middle' }, periodLabel(period, by)));
    });
    if (cover.length) {
      root.append(svg('polyline', { points: cover.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '), fill: 'none', stroke: '#8a949e', 'stroke-width': 1.4, 'stroke-dasharray': '5 3', 'pointer-events': 'none' }));
    }
    if (line.length) {
      root.append(svg('line', { class: 'grid', x1: L, x2: L + iw, y1: yG(0), y2: yG(0), 'stroke-dasharray': '4 3' }));
      root.append(svg('polyline', { points: line.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '), fill: 'none', stroke: '#222', 'stroke-width': 1.6, 'pointer-events': 'none' }));
      for (const [x, y] of line) root.append(svg('circle', { cx: x, cy: y, r: 3, fill: '#222', 'pointer-events': 'none' }));
    }
    root.append(svg('text', { x: L, y: H - 8 }, 'events'), svg('text', { x: L + iw, y: H - 8, 'text-anchor': 'end' }, 'Goldstein mean'));
    return root;
  }

  // ---- article view
  async function articleView(p) {
    const id = p.get('id');
    if (!id) { main.append(el('p', {}, 'No article named. Open one from a search or an event.')); return; }
    const a = await api('articles/' + encodeURIComponent(id));
    const names = await codes();
    const focus = p.get('s');
    const marks = [];
    const sentenceOf = (cp) => a.sentences.findIndex((s) => s.start_cp <= cp && cp < s.end_cp);
    if (focus !== null && a.sentences[+focus]) {
      const s = a.sentences[+focus];
      marks.push({ start_cp: s.start_cp, end_cp: s.end_cp, cls: 'sent-focus', id: 'focus' });
    }
    for (const m of a.mentions) marks.push({ start_cp: m.start_cp, end_cp: m.end_cp, cls: 'k-mention k-' + m.kind, title: m.kind + (m.actor ? ' → ' + m.actor : '') });
    for (const e of a.events) marks.push({ start_cp: e.trigger.start_cp, end_cp: e.trigger.end_cp, cls: 'k-event', title: `event ${e.source} → ${e.target} ${e.code} ${names[e.code] || ''}` });
    for (const c of a.counts) marks.push({ start_cp: c.start_cp, end_cp: c.end_cp, cls: 'k-count', title: `count ${c.number}${c.object ? ' ' + c.object : ''}` });
    for (const q of a.quotes) marks.push({ start_cp: q.start_cp, end_cp: q.end_cp, cls: 'k-quote', title: 'quote' + (q.speaker ? ' by ' + q.speaker : '') });
    for (const d of a.dates) marks.push({ start_cp: d.start_cp, end_cp: d.end_cp, cls: 'k-date', title: `date ${d.date}` });
    // Only a web address becomes a link: never javascript: or data:.
    let url = a.url || '';
    try {
      const u = new URL(a.url);
      if (u.protocol === 'http:' || u.protocol === 'https:') url = el('a', { href: u.href, rel: 'noopener noreferrer' }, a.url);
    } catch (e) { /* not a URL: shown as text */ }
    const tone = a.tone ? `tone ${a.tone.tone.toFixed(2)} (positive ${a.tone.positive.toFixed(2)}, negative ${a.tone.negative.toFixed(2)}), ${a.tone.words} words` : '';
    const sentLink = (i) => el('a', { href: href({ view: 'article', id, s: i }) }, 'sentence ' + i);
    const side = el('aside', {},
      el('h2', {}, `Events (${a.events.length})`),
      a.events.length ? el('table', {}, el('tbody', {}, a.events.map((e) => el('tr', {},
        el('td', {}, sentLink(e.sentence)), el('td', { class: 'code' }, `${e.source} → ${e.target}`),
        el('td', {}, el('span', { class: 'code' }, e.code), ' ', names[e.code] || ''),
        el('td', {}, '“' + e.trigger.text + '”' + (e.negated ? ' (negated)' : '') + (e.hypothetical ? ' (hypothetical)' : '')),
        el('td', {}, e.date))))) : el('p', { class: 'muted' }, 'None.'),
      el('h2', {}, `Mentions (${a.mentions.length})`),
      el('table', {}, el('tbody', {}, a.mentions.map((m) => el('tr', {}, el('td', {}, sentLink(m.sentence)), el('td', {}, m.text),
        el('td', {}, m.kind), el('td', { class: 'code' }, m.actor || ''))))),
      a.counts.length ? [el('h2', {}, `Figures (${a.counts.length})`), el('ul', {}, a.counts.map((c) =>
        el('li', {}, [c.qualifier, c.number, c.unit, c.object].filter((x) => x !== undefined && x !== '').join(' '), c.type ? ` (${c.type})` : '')))] : '',
      a.quotes.length ? [el('h2', {}, `Quotes (${a.quotes.length})`), el('ul', {}, a.quotes.map((q) =>
        el('li', {}, '“' + q.text + '” ', el('span', { class: 'muted' }, q.speaker || 'unattributed'))))] : '',
      a.dates.length ? [el('h2', {}, `Dates (${a.dates.length})`), el('ul', {}, a.dates.map((d) =>
        el('li', {}, `“${d.text}” = ${d.date}` + (d.precision ? ` (${d.precision})` : ''), ' ', sentLink(sentenceOf(d.start_cp)))))] : '');
    main.append(el('h1', {}, a.title || a.id),
      el('div', { class: 'article-meta muted' }, [a.id, a.date, a.source].filter(Boolean).join(' · '), url ? [' · ', url] : '', tone ? el('div', {}, tone) : '',
        a.themes.length ? el('div', {}, 'themes: ', a.themes.map((t, i) => [i ? ', ' : '', t.code + '×' + t.count])) : ''),
      el('div', { class: 'legend' }, [['k-PERSON k-mention', 'person'], ['k-ORG k-mention', 'organisation'], ['k-LOCATION k-mention', 'place, country'],
        ['k-event', 'event trigger'], ['k-count', 'figure'], ['k-quote', 'quote'], ['k-date', 'date']].map(([c, t]) => el('span', { class: c }, t))),
      el('div', { class: 'cols' }, el('div', { class: 'article-text' }, marked(a.text, marks)), side));
    const f = document.getElementById('focus');
    if (f) f.scrollIntoView({ block: 'center' });
  }

  // ---- network view
  function layout(nodes, edges, W, H) {
    const n = nodes.length;
    const pos = nodes.map((_, i) => ({ x: W / 2 + Math.cos(2 * Math.PI * i / n) * W * 0.35, y: H / 2 + Math.sin(2 * Math.PI * i / n) * H * 0.35 }));
    const index = new Map(nodes.map((x, i) => [x.id, i]));
    const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.4;
    for (let it = 0; it < 300; it++) {
      const t = 8 * (1 - it / 300) + 0.5;
      const d = pos.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const dist = Math.max(1, Math.hypot(dx, dy));
        const f = (k * k) / dist;
        dx /= dist; dy /= dist;
        d[i].x += dx * f; d[i].y += dy * f; d[j].x -= dx * f; d[j].y -= dy * f;
      }
      for (const e of edges) {
        const i = index.get(e.source), j = index.get(e.target);
        if (i === j) continue;
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const dist = Math.max(1, Math.hypot(dx, dy));
        const f = (dist * dist) / k;
        dx /= dist; dy /= dist;
        d[i].x -= dx * f; d[i].y -= dy * f; d[j].x += dx * f; d[j].y += dy * f;
      }
      for (let i = 0; i < n; i++) {
        // Gravity keeps actors of small components from the walls.
        d[i].x += (W / 2 - pos[i].x) * 0.6; d[i].y += (H / 2 - pos[i].y) * 0.6 * (W / H);
        const len = Math.max(1e-9, Math.hypot(d[i].x, d[i].y));
        pos[i].x = Math.min(W - 40, Math.max(40, pos[i].x + d[i].x / len * Math.min(len, t * 3)));
        pos[i].y = Math.min(H - 30, Math.max(30, pos[i].y + d[i].y / len * Math.min(len, t * 3)));
      }
    }
    return pos;
  }

  async function networkView(p) {
    const state = { from: p.get('from'), to: p.get('to'), actor: p.get('actor'), code: p.get('code'), quad: p.get('quad'),
      min_events: p.get('min_events'), limit: p.get('limit') || '80' };
    main.append(el('h1', {}, 'Network of actors'),
      filterForm('network', [
        field('From', 'from', state.from, { type: 'date' }), field('To', 'to', state.to, { type: 'date' }),
        field('Actor', 'actor', state.actor, { class: 'narrow', placeholder: 'RUS' }),
        field('Event code or root', 'code', state.code, { class: 'narrow', placeholder: '19' }),
        select('Quad class', 'quad', state.quad, [['', 'any'], ...[1, 2, 3, 4].map((q) => [q, QUADS[q]])]),
        field('Least events per edge', 'min_events', state.min_events, { type: 'number', min: 1, class: 'narrow' }),
        field('Most edges', 'limit', state.limit, { type: 'number', min: 1, max: 5000, class: 'narrow' }),
      ]));
    const g = await api('network', state);
    const dl = (f) => el('a', { href: '/api/v1/network?' + query(Object.assign({}, state, { format: f })), download: 'network.' + f }, f.toUpperCase());
    main.append(el('p', { class: 'muted' }, `${g.nodes.length} actors, ${g.edges.length} edges from ${g.events} events`,
      g.edges_left_out ? `; ${g.edges_left_out} lighter edges left out` : '', g.truncated ? '; only the oldest events were read: narrow the dates' : '',
      '. Download: ', dl('csv'), ', ', dl('dot'), ', ', dl('gexf'), '.'));
    if (!g.edges.length) { main.append(el('p', { class: 'muted' }, 'No events match.')); return; }
    const W = 1000, H = 620;
    const pos = layout(g.nodes, g.edges, W, H);
    const at = new Map(g.nodes.map((x, i) => [x.id, pos[i]]));
    const maxE = Math.max(...g.edges.map((e) => e.events));
    const maxN = Math.max(...g.nodes.map((x) => x.events));
    const root = svg('svg', { class: 'chart net', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Network of actors' });
    const defs = svg('defs', {});
    const color = (e) => { const m = e.goldstein / e.events; return m > 0.5 ? '#1f6fb8' : m < -0.5 ? '#c23b22' : '#8a949e'; };
    for (const c of ['#1f6fb8', '#c23b22', '#8a949e']) {
      defs.append(svg('marker', { id: 'arrow' + c.slice(1), viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
        svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: c })));
    }
    root.append(defs);
    const radius = (x) => 6 + 14 * Math.sqrt(x.events / maxN);
    const rad = new Map(g.nodes.map((x) => [x.id, radius(x)]));
    const edgeEls = [];
    for (const e of g.edges) {
      const s = at.get(e.source), t = at.get(e.target);
      if (e.source === e.target) continue;
      const dx = t.x - s.x, dy = t.y - s.y, len = Math.max(1, Math.hypot(dx, dy));
      // Bend each direction to its own side, so that A→B and B→A both show.
      const mx = (s.x + t.x) / 2 - dy / len * 18, my = (s.y + t.y) / 2 + dx / len * 18;
      const r = rad.get(e.target) + 2;
      const ex = t.x - (t.x - mx) / Math.hypot(t.x - mx, t.y - my) * r, ey = t.y - (t.y - my) / Math.hypot(t.x - mx, t.y - my) * r;
      const c = color(e);
      const path = svg('path', { class: 'edge', d: `M${s.x.toFixed(1)},${s.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
        stroke: c, 'stroke-width': (1 + 5 * e.events / maxE).toFixed(2), 'marker-end': `url(#arrow${c.slice(1)})`, 'stroke-opacity': 0.75 },
      svg('title', {}, `${e.source} → ${e.target}: ${e.events} events, Goldstein sum ${e.goldstein}`));
      path.dataset.s = e.source; path.dataset.t = e.target;
      edgeEls.push(path);
      root.append(path);
    }
    const nodeEls = [];
    for (const x of g.nodes) {
      const q = at.get(x.id);
      const m = x.goldstein / Math.max(1, x.events);
      const node = svg('g', { class: 'node', tabindex: 0, role: 'button', 'aria-label': `${x.id}: ${x.events} events; Enter shows its neighbours` },
        svg('circle', { cx: q.x, cy: q.y, r: rad.get(x.id), fill: m > 0.5 ? '#7fb3e0' : m < -0.5 ? '#f0a868' : '#c5ccd3' }),
        svg('text', { x: q.x, y: q.y - rad.get(x.id) - 3, 'text-anchor': 'middle' }, x.id),
        svg('title', {}, `${x.id}: ${x.events} events (${x.as_source} as source, ${x.as_target} as target)`));
      node.dataset.id = x.id;
      const pick = () => {
        const on = node.classList.toggle('picked');
        for (const o of nodeEls) if (o !== node) o.classList.remove('picked');
        const near = new Set([x.id]);
        for (const e of edgeEls) if (e.dataset.s === x.id || e.dataset.t === x.id) { near.add(e.dataset.s); near.add(e.dataset.t); }
        for (const e of edgeEls) e.classList.toggle('dim', on && e.dataset.s !== x.id && e.dataset.t !== x.id);
        for (const o of nodeEls) o.classList.toggle('dim', on && !near.has(o.dataset.id));
      };
      node.addEventListener('click', pick);
      node.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); } });
      nodeEls.push(node);
      root.append(node);
    }
    main.append(root, el('div', { class: 'legend' },
      el('span', {}, el('span', { class: 'swatch sw-q2' }), 'cooperative on average'), el('span', {}, el('span', { class: 'swatch sw-q4' }), 'conflictual on average'),
      el('span', {}, 'arrows point from source to target; width counts events; click an actor for its neighbours')),
    el('h2', {}, 'Edges'),
    el('table', {}, el('thead', {}, el('tr', {}, ['source', 'target', 'events', 'Goldstein sum', 'verbal coop.', 'material coop.', 'verbal conflict', 'material conflict', ''].map((t) => el('th', {}, t)))),
      el('tbody', {}, g.edges.map((e) => el('tr', {}, [e.source, e.target, e.events, e.goldstein, e.verbal_coop, e.material_coop, e.verbal_conflict, e.material_conflict].map((t) => el('td', {}, t)),
        el('td', {}, el('a', { href: href({ view: 'pair', a: e.source, b: e.target, by: 'month', from: state.from, to: state.to }) }, 'over time')))))));
  }

  const views = { search: searchView, pair: pairView, article: articleView, network: networkView };

  async function render() {
    const p = new URLSearchParams(location.search);
    const view = views[p.get('view')] ? p.get('view') : 'search';
    for (const a of document.querySelectorAll('nav a')) {
      if (a.dataset.view === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
    main.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
    try {
      if (!stats) {
        stats = await api('stats');
        document.getElementById('stats').textContent = `${stats.articles.toLocaleString()} articles · ${stats.events.toLocaleString()} events`;
      }
      main.replaceChildren();
      if (stats.articles === 0) { main.append(emptyState()); return; }
      document.title = 'dyad · ' + view;
      await views[view](p);
    } catch (e) {
      main.replaceChildren(errorBox(e));
    }
  }

  render();
})();
