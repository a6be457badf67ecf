// dyad's page: pick two actors, see their timeline, events, articles, places and plans.
// Every piece of data is put in the page as text (textContent, text nodes): never as HTML.
'use strict';

(function () {
  const QUAD = [
    {key: 'verbal_cooperation', label: 'Verbal cooperation', color: '#5fa8dc'},
    {key: 'material_cooperation', label: 'Material cooperation', color: '#1f5f9e'},
    {key: 'verbal_conflict', label: 'Verbal conflict', color: '#f0a43a'},
    {key: 'material_conflict', label: 'Material conflict', color: '#c8414f'},
  ];
  const STATUS = {
    fulfilled: {label: 'fulfilled', mark: '✓', color: '#2e9d5b'},
    cancelled: {label: 'cancelled', mark: '✕', color: '#c8414f'},
    postponed: {label: 'postponed', mark: '↷', color: '#e08a1e'},
    open: {label: 'open', mark: '…', color: '#7b61b3'},
    expired: {label: 'expired', mark: '–', color: '#6b6f7d'},
  };
  const FUTURE = ['planned', 'expected', 'possible'];

  const state = {
    a: null, b: null, both: true, by: null,
    events: [], total: 0, timeline: null, expectations: [],
    filter: 'all', selected: null, article: null, basemap: null, chart: null,
  };

  // ---- DOM helpers: text only -------------------------------------------------------------------------------

  /** An element with a class, attributes (never event handlers or HTML) and children (strings become text). */
  function el(tag, opts, ...children) {
    const e = document.createElement(tag);
    if (opts) {
      for (const [k, v] of Object.entries(opts)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = String(v);
        else if (k.startsWith('on')) throw new Error('no handlers through el()');
        else e.setAttribute(k, String(v));
      }
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  const $ = (id) => document.getElementById(id);

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  /** A link only for http(s) addresses; anything else is shown as text. */
  function safeLink(url, label) {
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') {
        return el('a', {href: u.href, target: '_blank', rel: 'noopener noreferrer nofollow'}, label || u.host);
      }
    } catch (e) { /* not a URL */ }
    return el('span', null, url);
  }

  async function api(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') q.set(k, v);
    const url = path + (q.toString() ? '?' + q : '');
    const r = await fetch(url, {headers: {Accept: 'application/json'}});
    let body = null;
    try { body = await r.json(); } catch (e) { /* not JSON */ }
    if (!r.ok) throw new Error((body && body.error) || (r.status + ' ' + r.statusText));
    return body;
  }

  function actorLabel(a) {
    if (!a) return '—';
    return a.name || a.text || a.code || '—';
  }

  function precision(date) {
    if (!date) return 'undated';
    if (/^\d{3}$/.test(date)) return 'decade';
    if (/^\d{4}$/.test(date)) return 'year';
    if (/^\d{4}-\d{2}$/.test(date)) return 'month';
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
    return 'other';
  }

  function showDate(date) {
    if (!date) return '—';
    return /^\d{3}$/.test(date) ? date + '0s' : date;
  }

  function plural(n, word, words) {
    return n + ' ' + (n === 1 ? word : (words || word + 's'));
  }

  function keyOf(actor) {
    if (!actor) return null;
    return actor.country || (actor.code ? actor.code.substring(0, 3) : null);
  }

  // ---- actor pickers ----------------------------------------------------------------------------------------

  function picker(side) {
    const input = $(side + '-input');
    const list = $(side + '-list');
    let items = [];
    let active = -1;
    let timer = null;
    let seq = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      active = -1;
    }

    function render() {
      clear(list);
      items.forEach((it, i) => {
        const li = el('li', {role: 'option', id: side + '-opt-' + i, 'data-key': it.key, 'aria-selected': i === active ? 'true' : 'false',
            class: i === active ? 'active' : null},
          el('span', {class: 'key'}, it.key),
          el('span', {class: 'label'}, it.label),
          el('span', {class: 'count'}, it.events ? plural(it.events, 'event') : 'no events'));
        const extra = (it.names || []).filter((n) => n !== it.label).slice(0, 3);
        if (extra.length) li.append(el('span', {class: 'names'}, extra.join(' · ')));
        li.addEventListener('mousedown', (ev) => { ev.preventDefault(); choose(it); });
        list.append(li);
      });
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
      if (active >= 0) input.setAttribute('aria-activedescendant', side + '-opt-' + active);
      else input.removeAttribute('aria-activedescendant');
    }

    async function lookup() {
      const mine = ++seq;
      try {
        const found = await api('/api/actors', {q: input.value.trim(), limit: 12});
        if (mine !== seq || document.activeElement !== input) return;
        items = found;
        active = items.length ? 0 : -1;
        render();
      } catch (e) {
        items = [];
        render();
      }
    }

    function choose(it) {
      seq++;
      clearTimeout(timer);
      state[side] = {key: it.key, label: it.label};
      input.value = it.label;
      input.dataset.key = it.key;
      close();
      changed();
      if (side === 'a' && !state.b) $('b-input').focus();
    }

    input.addEventListener('input', () => {
      state[side] = null;
      delete input.dataset.key;
      clearTimeout(timer);
      timer = setTimeout(lookup, 120);
    });
    input.addEventListener('focus', () => { if (!state[side]) lookup(); else input.select(); });
    input.addEventListener('blur', () => setTimeout(close, 100));
    input.addEventListener('keydown', (ev) => {
      if (ev.key === 'ArrowDown' && items.length) { active = (active + 1) % items.length; render(); ev.preventDefault(); }
      else if (ev.key === 'ArrowUp' && items.length) { active = (active - 1 + items.length) % items.length; render(); ev.preventDefault(); }
      else if (ev.key === 'Enter') { if (active >= 0 && !list.hidden) choose(items[active]); ev.preventDefault(); }
      else if (ev.key === 'Escape') close();
    });
    return {
      set(it) { state[side] = it; input.value = it.label; input.dataset.key = it.key; },
      choose,
    };
  }

  // ---- loading a dyad ---------------------------------------------------------------------------------------

  function dyadParams() {
    return {dyad: state.a.key + '-' + state.b.key, both: state.both};
  }

  function changed() {
    if (!state.a || !state.b) return;
    const hash = '#' + state.a.key + '-' + state.b.key + (state.both ? '' : '/directed');
    if (location.hash !== hash) history.replaceState(null, '', hash);
    load();
  }

  async function load() {
    $('welcome').hidden = true;
    $('dyad-view').hidden = false;
    $('dyad-title').textContent = '';
    $('dyad-title').append(
      el('span', {class: 'who'}, state.a.label), el('span', {class: 'key'}, state.a.key),
      el('span', {class: 'arrow'}, state.both ? ' ⇄ ' : ' → '),
      el('span', {class: 'who'}, state.b.label), el('span', {class: 'key'}, state.b.key));
    document.title = state.a.key + (state.both ? ' ⇄ ' : ' → ') + state.b.key + ' · dyad';
    $('events').classList.add('loading');
    try {
      const p = dyadParams();
      const [events, expectations] = await Promise.all([
        api('/api/events', Object.assign({limit: 1000}, p)),
        api('/api/expectations', p),
      ]);
      state.events = events.events;
      state.total = events.total;
      state.expectations = expectations;
      const years = new Set(state.events.filter((e) => e.date && e.date.length >= 4).map((e) => e.date.substring(0, 4)));
      const by = state.by || (years.size > 3 ? 'year' : 'month');
      state.timeline = await api('/api/timeline', Object.assign({by}, p));
      renderFigures();
      renderTimeline();
      renderEvents();
      renderPlans();
      renderMap();
      if (state.selected && !state.events.some((e) => e.event_id === state.selected)) state.selected = null;
    } catch (e) {
      showError(e);
    } finally {
      $('events').classList.remove('loading');
    }
  }

  function showError(e) {
    const body = $('reader-body');
    clear(body);
    body.append(el('p', {class: 'error'}, 'Could not load: ' + e.message));
  }

  function renderFigures() {
    const f = $('figures');
    clear(f);
    const happened = state.events.filter((e) => e.modality === 'asserted');
    const future = state.events.filter((e) => FUTURE.includes(e.modality));
    const articles = new Set();
    for (const e of state.events) for (const m of e.mentions) articles.add(m.article_key);
    const g = happened.filter((e) => typeof e.goldstein === 'number');
    const mean = g.length ? g.reduce((s, e) => s + e.goldstein, 0) / g.length : null;
    const dated = happened.map((e) => e.date).filter(Boolean).sort();
    const figure = (n, label, title) => el('div', {class: 'figure', title: title || null}, el('b', null, n), el('span', null, label));
    f.append(
      figure(happened.length, 'happened', 'Events reported as having happened (asserted)'),
      figure(future.length, 'planned or expected', 'Events announced, planned, expected or possible'),
      figure(articles.size, articles.size === 1 ? 'article' : 'articles'),
      figure(mean === null ? '—' : (mean > 0 ? '+' : '') + mean.toFixed(1), 'Goldstein mean',
        'Mean Goldstein score of what happened: −10 most conflictual, +10 most cooperative'),
      figure(dated.length ? showDate(dated[0]).substring(0, 4) + '–' + showDate(dated[dated.length - 1]).substring(0, 4) : '—', 'span'));
  }

  // ---- timeline ---------------------------------------------------------------------------------------------

  function periodsWithGaps(periods, by) {
    // the periods that have events, with a '…' where periods without any are skipped
    const out = [];
    const next = (p) => {
      if (by === 'year') return String(Number(p) + 1);
      const [y, m] = p.split('-').map(Number);
      return m === 12 ? (y + 1) + '-01' : y + '-' + String(m + 1).padStart(2, '0');
    };
    let prev = null;
    for (const p of periods) {
      if (prev !== null && next(prev) !== p) {
        out.push({gap: true, label: next(prev) === p ? '' : '⋯'});
      }
      out.push({period: p, label: p});
      prev = p;
    }
    return out;
  }

  function hatch(color) {
    const c = document.createElement('canvas');
    c.width = 8; c.height = 8;
    const g = c.getContext('2d');
    g.fillStyle = color + '33';
    g.fillRect(0, 0, 8, 8);
    g.strokeStyle = color;
    g.lineWidth = 1.5;
    g.beginPath(); g.moveTo(0, 8); g.lineTo(8, 0); g.moveTo(-2, 2); g.lineTo(2, -2); g.moveTo(6, 10); g.lineTo(10, 6); g.stroke();
    return g.createPattern(c, 'repeat');
  }

  function renderTimeline() {
    const t = state.timeline;
    const by = t.by;
    $('by-year').classList.toggle('on', by === 'year');
    $('by-month').classList.toggle('on', by === 'month');
    const len = by === 'year' ? 4 : 7;
    // expectations by the period of their window, by outcome
    const plans = {};
    for (const x of state.expectations) {
      const from = x.window && (x.window.from || x.window.to);
      if (!from) continue;
      const p = from.substring(0, len);
      plans[p] = plans[p] || {};
      plans[p][x.status] = (plans[p][x.status] || 0) + 1;
    }
    const rows = new Map(t.periods.map((r) => [r.period, r]));
    const all = Array.from(new Set([...rows.keys(), ...Object.keys(plans)])).sort();
    const slots = periodsWithGaps(all, by);
    const labels = slots.map((s) => s.label);
    const val = (s, f) => (s.gap ? null : (f(rows.get(s.period), plans[s.period] || {}) || 0));
    const datasets = QUAD.map((q) => ({
      type: 'bar', label: q.label, stack: 'happened', backgroundColor: q.color, borderRadius: 2, maxBarThickness: 56,
      data: slots.map((s) => val(s, (r) => r && r[q.key])), yAxisID: 'y', order: 2,
    }));
    for (const [status, st] of Object.entries(STATUS)) {
      const data = slots.map((s) => val(s, (r, p) => p[status]));
      if (!data.some((v) => v)) continue;
      datasets.push({
        type: 'bar', label: 'Planned · ' + st.label, stack: 'planned', backgroundColor: hatch(st.color),
        borderColor: st.color, borderWidth: 1.5, data, yAxisID: 'y', order: 2, maxBarThickness: 56,
      });
    }
    // planned, expected or possible events that no expectation follows (kept apart all the same)
    const unfollowed = slots.map((s) => val(s, (r, p) => Math.max(0, (r ? r.planned : 0) - Object.values(p).reduce((a, b) => a + b, 0))));
    if (unfollowed.some((v) => v)) {
      datasets.push({type: 'bar', label: 'Planned · not followed', stack: 'planned', backgroundColor: hatch('#9a8fc0'),
        borderColor: '#9a8fc0', borderWidth: 1, data: unfollowed, yAxisID: 'y', order: 2, maxBarThickness: 56});
    }
    datasets.push({
      type: 'line', label: 'Goldstein mean', yAxisID: 'g', order: 1, borderColor: '#222', backgroundColor: '#222',
      borderWidth: 1.5, pointRadius: 3.5, spanGaps: false, tension: 0,
      data: slots.map((s) => (s.gap ? null : (rows.get(s.period) ? rows.get(s.period).goldstein_mean : null))),
    });
    const cfg = {
      data: {labels, datasets},
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: {mode: 'index', intersect: false},
        plugins: {
          legend: {position: 'bottom', labels: {boxWidth: 14, boxHeight: 10, font: {size: 11}}},
          tooltip: {
            filter: (item) => item.raw !== null && item.raw !== 0,
            callbacks: {
              afterBody: (items) => {
                const s = slots[items[0].dataIndex];
                const r = s && rows.get(s.period);
                return r ? ['Goldstein sum: ' + r.goldstein_sum, plural(r.mentions, 'mention')] : [];
              },
            },
          },
        },
        scales: {
          x: {stacked: true, grid: {display: false}},
          y: {stacked: true, beginAtZero: true, ticks: {precision: 0}, title: {display: true, text: 'events'}},
          g: {position: 'right', min: -10, max: 10, grid: {drawOnChartArea: false}, title: {display: true, text: 'Goldstein'}},
        },
        onClick: (ev, elements) => {
          if (!elements.length) return;
          const s = slots[elements[0].index];
          if (s && !s.gap) {
            const ev0 = state.events.find((e) => e.date && e.date.startsWith(s.period));
            if (ev0) select(ev0.event_id, true);
          }
        },
      },
    };
    if (state.chart) state.chart.destroy();
    state.chart = new Chart($('timeline'), cfg);
    const notes = [];
    if (t.left_out) notes.push(plural(t.left_out, 'event') + ' dated less precisely than a ' + by + ' ' + (t.left_out === 1 ? 'is' : 'are') + ' not in the chart (see the table).');
    notes.push('Bars left: what happened, by quad class. Hatched bars right: what was planned or expected for that ' + by + ', coloured by what became of it.');
    $('timeline-note').textContent = notes.join(' ');
  }

  // ---- events table ----------------------------------------------------------------------------------------

  function visible(e) {
    if (state.filter === 'all') return true;
    if (state.filter === 'future') return FUTURE.includes(e.modality);
    return e.modality === state.filter;
  }

  function renderEvents() {
    const tbody = $('events').tBodies[0];
    clear(tbody);
    const shown = state.events.filter(visible);
    for (const e of shown) {
      const tr = el('tr', {'data-event': e.event_id, 'data-date': e.date || '', 'data-modality': e.modality, tabindex: 0,
          class: [FUTURE.includes(e.modality) ? 'future' : '', e.modality === 'negated' ? 'negated' : '',
            e.event_id === state.selected ? 'selected' : ''].join(' ').trim() || null},
        el('td', {class: 'date'}, showDate(e.date)),
        el('td', {class: 'precision'}, precision(e.date)),
        el('td', {class: 'who'},
          el('div', {class: 'side', title: e.source ? e.source.text : null},
            el('span', {class: 'nm'}, actorLabel(e.source)), el('span', {class: 'key'}, e.source_code || e.source_key || '?')),
          el('div', {class: 'side', title: e.target ? e.target.text : null}, el('span', {class: 'arrow'}, '→ '),
            el('span', {class: 'nm'}, actorLabel(e.target)), el('span', {class: 'key'}, e.target_code || e.target_key || '?'))),
        el('td', {class: 'action', title: e.plover ? 'PLOVER: ' + e.plover : null},
          el('span', {class: 'code q' + e.quad_class}, e.cameo), ' ', e.cameo_name || ''),
        el('td', null, el('span', {class: 'badge m-' + e.modality}, e.modality)),
        el('td', {class: 'num', title: plural(e.num_mentions, 'mention') + ' in ' + plural(e.num_articles, 'article')}, e.num_sources));
      tr.addEventListener('click', () => select(e.event_id, false));
      tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { select(e.event_id, false); ev.preventDefault(); } });
      tbody.append(tr);
    }
    if (!shown.length) tbody.append(el('tr', null, el('td', {colspan: 6, class: 'empty-row'}, 'No events here.')));
    const note = [];
    if (state.total > state.events.length) note.push('Showing the first ' + state.events.length + ' of ' + state.total + ' events.');
    else note.push(plural(state.total, 'event') + (shown.length !== state.total ? ', ' + shown.length + ' shown' : '') + '.');
    note.push('Each event is told once, with every article that reports it.');
    $('events-note').textContent = note.join(' ');
  }

  function select(eventId, scroll) {
    state.selected = eventId;
    for (const tr of $('events').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.event === eventId);
    const e = state.events.find((x) => x.event_id === eventId);
    if (!e) return;
    if (scroll) {
      const row = Array.from($('events').tBodies[0].rows).find((r) => r.dataset.event === eventId);
      if (row) scrollWithin(row.closest('.table-box'), row, false);
    }
    const m = e.mentions.find((x) => x.modality === e.modality) || e.mentions[0];
    if (m) openArticle(m.article_key, e, m);
    drawMap();
  }

  // ---- reader ----------------------------------------------------------------------------------------------

  let readerSeq = 0;

  async function openArticle(key, event, mention) {
    const body = $('reader-body');
    const mine = ++readerSeq;
    let a;
    try {
      a = await api('/api/articles/' + encodeURIComponent(key));
      if (mine !== readerSeq) return; // another article was asked for meanwhile
    } catch (err) {
      if (mine !== readerSeq) return;
      clear(body);
      body.append(el('p', {class: 'error'}, 'Could not load the article: ' + err.message));
      return;
    }
    clear(body);
    if (event) {
      body.append(el('div', {class: 'event-line'},
        el('span', {class: 'badge m-' + event.modality}, event.modality), ' ',
        actorLabel(event.source), ' → ', actorLabel(event.target), ' · ',
        el('span', {class: 'code q' + event.quad_class}, event.cameo), ' ', event.cameo_name || '', ' · ', showDate(event.date)));
      if (event.mentions.length > 1) {
        const tabs = el('div', {class: 'mentions', role: 'tablist', 'aria-label': 'Articles reporting this event'});
        for (const m of event.mentions) {
          const b = el('button', {type: 'button', role: 'tab', class: m === mention ? 'on' : null, 'aria-selected': m === mention ? 'true' : 'false'},
            (m.outlet || m.article) + (m.published ? ' · ' + m.published : ''));
          b.addEventListener('click', () => openArticle(m.article_key, event, m));
          tabs.append(b);
        }
        body.append(tabs);
      }
    }
    const meta = el('div', {class: 'meta'});
    meta.append(el('h3', null, a.title || a.id));
    const line = el('p', {class: 'byline'});
    const bits = [a.outlet, a.published ? 'published ' + a.published : 'no publication date', a.title ? a.id : null].filter(Boolean);
    line.append(bits.join(' · '));
    if (a.url) { line.append(' · '); line.append(safeLink(a.url)); }
    meta.append(line);
    body.append(meta);
    if (mention && mention.attribution) body.append(el('p', {class: 'attribution'}, 'On the word of: ', el('q', null, mention.attribution)));
    const current = mention ? mention.ordinal : null;
    if (a.text === null || a.text === undefined) {
      body.append(el('p', {class: 'hint'}, 'The store does not hold this article\'s text; the evidence of its events:'));
      const ul = el('ul', {class: 'evidence-list'});
      for (const m of a.mentions) ul.append(el('li', null, el('mark', {class: m.ordinal === current ? 'current' : null}, m.evidence ? m.evidence.text : '')));
      body.append(ul);
      return;
    }
    body.append(highlighted(a.text, a.mentions, current));
    const mark = body.querySelector('mark.current');
    if (mark) scrollWithin(body, mark, true);
  }

  /** The text with every record's evidence marked, the current one emphasised. Offsets index into the text. */
  function highlighted(text, mentions, current) {
    const spans = mentions
      .filter((m) => m.evidence && Number.isInteger(m.evidence.start) && Number.isInteger(m.evidence.end)
        && m.evidence.start >= 0 && m.evidence.end <= text.length && m.evidence.start < m.evidence.end)
      .map((m) => ({start: m.evidence.start, end: m.evidence.end, current: m.ordinal === current, m}));
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = Array.from(cuts).sort((x, y) => x - y);
    const div = el('div', {class: 'text', lang: 'en'});
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.substring(from, to);
      const over = spans.filter((s) => s.start <= from && s.end >= to);
      if (!over.length) { div.append(document.createTextNode(piece)); continue; }
      const cur = over.find((s) => s.current);
      const s = cur || over[0];
      div.append(el('mark', {class: cur ? 'current' : 'other', 'data-ordinal': s.m.ordinal,
        title: s.m.cameo + ' ' + (s.m.cameo_name || '') + ' · ' + s.m.modality + (s.m.date ? ' · ' + s.m.date : '')}, piece));
    }
    return div;
  }

  /** Scrolls a panel (not the page) so that the item shows, centred or just in view. */
  function scrollWithin(box, item, centre) {
    if (!box) return;
    const b = box.getBoundingClientRect();
    const i = item.getBoundingClientRect();
    const top = i.top - b.top + box.scrollTop;
    if (centre) box.scrollTop = Math.max(0, top - (box.clientHeight - i.height) / 2);
    else if (i.top < b.top + 30 || i.bottom > b.bottom) box.scrollTop = Math.max(0, top - 40);
  }

  // ---- plans -----------------------------------------------------------------------------------------------

  function renderPlans() {
    const ol = $('plans');
    clear(ol);
    if (!state.expectations.length) {
      ol.append(el('li', {class: 'hint'}, 'No plan or expectation between these two in the store.'));
      return;
    }
    for (const x of state.expectations) {
      const st = STATUS[x.status] || {label: x.status, mark: '?', color: '#888'};
      const w = x.window || {};
      const when = w.from && w.to ? (w.from === w.to ? 'on ' + w.from : w.from + ' to ' + w.to) : w.from ? 'from ' + w.from : w.to ? 'by ' + w.to : 'no date';
      const li = el('li', {class: 'plan s-' + x.status},
        el('span', {class: 'status', title: st.label + (x.late ? ', late' : '')}, st.mark),
        el('div', {class: 'plan-body'},
          el('div', {class: 'plan-what'}, actorLabel(x.source), ' → ', actorLabel(x.target), ' · ',
            el('span', {class: 'code'}, x.cameo), ' ', x.cameo_name || '', ' ', el('span', {class: 'when'}, when)),
          el('div', {class: 'plan-status'}, el('b', null, st.label + (x.late ? ' (late)' : '')),
            x.decided_date ? ' · ' + x.decided_date : '', ' · ', plural(x.reports, 'report'))));
      const body = li.querySelector('.plan-body');
      body.append(sourceLine('Announced', x.asserted_by, x.asserted_date, x.evidence && x.evidence.asserted));
      if (x.decided_by) body.append(sourceLine('Decided', x.decided_by, x.decided_date, x.evidence && x.evidence.decided));
      ol.append(li);
    }
  }

  function sourceLine(what, article, date, evidence) {
    const b = el('button', {type: 'button', class: 'linkish', title: 'Read ' + article}, article);
    b.addEventListener('click', () => openArticle(article, null, null));
    return el('div', {class: 'plan-source'}, what + ' in ', b, date ? ' (' + date + ')' : '', evidence ? ': ' : '',
      evidence ? el('q', null, evidence) : '');
  }

  // ---- map -------------------------------------------------------------------------------------------------

  async function renderMap() {
    if (!state.basemap) {
      try { state.basemap = await api('/api/basemap'); } catch (e) { state.basemap = {dots: [], capitals: {}}; }
    }
    const legend = $('map-legend');
    clear(legend);
    for (const q of QUAD) legend.append(el('span', {class: 'dot', style: null, 'data-q': q.key}), q.label.replace(' cooperation', ' coop.').replace(' conflict', ' confl.'), ' ');
    legend.append(el('span', {class: 'ring'}), 'planned');
    drawMap();
  }

  function mapPoints() {
    const caps = state.basemap ? state.basemap.capitals : {};
    const pts = [];
    for (const e of state.events) {
      let lat = e.location && e.location.lat;
      let lon = e.location && e.location.lon;
      let approx = false;
      let name = e.location && e.location.name;
      if ((typeof lat !== 'number' || typeof lon !== 'number') && e.location && e.location.country && caps[e.location.country]) {
        lat = caps[e.location.country].lat; lon = caps[e.location.country].lon; approx = true;
      }
      if (typeof lat !== 'number' || typeof lon !== 'number') continue;
      pts.push({lat, lon, approx, name, e});
    }
    return pts;
  }

  let mapHits = [];

  function drawMap() {
    const canvas = $('map');
    if (!canvas || !state.basemap) return;
    const box = canvas.parentElement.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const W = Math.max(200, box.width), H = Math.max(160, box.height);
    canvas.width = W * dpr; canvas.height = H * dpr;
    canvas.style.width = W + 'px'; canvas.style.height = H + 'px';
    const g = canvas.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.fillStyle = '#eef3f8';
    g.fillRect(0, 0, W, H);
    const caps = state.basemap.capitals || {};
    const pts = mapPoints();
    const anchors = [state.a, state.b].filter(Boolean).map((x) => caps[x.key] ? {key: x.key, ...caps[x.key]} : null).filter(Boolean);
    // the view: every point and both capitals, padded; at least 50 by 30 degrees
    let lats = pts.map((p) => p.lat).concat(anchors.map((c) => c.lat));
    let lons = pts.map((p) => p.lon).concat(anchors.map((c) => c.lon));
    if (!lats.length) { lats = [-60, 80]; lons = [-180, 180]; }
    let lat0 = Math.min(...lats), lat1 = Math.max(...lats), lon0 = Math.min(...lons), lon1 = Math.max(...lons);
    const padLon = Math.max(8, (lon1 - lon0) * 0.15), padLat = Math.max(6, (lat1 - lat0) * 0.15);
    lon0 -= padLon; lon1 += padLon; lat0 -= padLat; lat1 += padLat;
    const want = (lon1 - lon0) / (lat1 - lat0), have = W / H;
    if (want < have) { const c = (lon0 + lon1) / 2, span = (lat1 - lat0) * have; lon0 = c - span / 2; lon1 = c + span / 2; }
    else { const c = (lat0 + lat1) / 2, span = (lon1 - lon0) / have; lat0 = c - span / 2; lat1 = c + span / 2; }
    const x = (lon) => (lon - lon0) / (lon1 - lon0) * W;
    const y = (lat) => (lat1 - lat) / (lat1 - lat0) * H;
    // graticule
    g.strokeStyle = '#dbe3ec'; g.lineWidth = 1;
    for (let l = -180; l <= 180; l += 15) { g.beginPath(); g.moveTo(x(l), 0); g.lineTo(x(l), H); g.stroke(); }
    for (let l = -90; l <= 90; l += 15) { g.beginPath(); g.moveTo(0, y(l)); g.lineTo(W, y(l)); g.stroke(); }
    // land, as towns
    const d = state.basemap.dots || [];
    const r = Math.max(1.3, Math.min(2.6, W / (lon1 - lon0) * 0.5));
    g.fillStyle = '#a9b7c6';
    for (let i = 0; i + 1 < d.length; i += 2) {
      const px = x(d[i + 1] / 2), py = y(d[i] / 2);
      if (px < -2 || py < -2 || px > W + 2 || py > H + 2) continue;
      g.fillRect(px - r / 2, py - r / 2, r, r);
    }
    // the two actors' capitals
    g.font = '600 12px system-ui, sans-serif';
    for (const c of anchors) {
      const px = x(c.lon), py = y(c.lat);
      g.fillStyle = '#30343f';
      g.fillRect(px - 4, py - 4, 8, 8);
      g.fillText(c.key + ' · ' + c.name, px + 7, py - 6);
    }
    // events
    mapHits = [];
    const color = {1: QUAD[0].color, 2: QUAD[1].color, 3: QUAD[2].color, 4: QUAD[3].color};
    const seen = new Map();
    for (const p of pts) {
      const k = p.lat.toFixed(2) + ',' + p.lon.toFixed(2);
      const n = seen.get(k) || 0;
      seen.set(k, n + 1);
      const ang = n * 2.4, off = n ? 7 + n * 1.5 : 0;
      const px = x(p.lon) + Math.cos(ang) * off, py = y(p.lat) + Math.sin(ang) * off;
      const rad = 5 + Math.sqrt(p.e.num_sources || 1) * 2;
      const c = color[p.e.quad_class] || '#555';
      g.beginPath(); g.arc(px, py, rad, 0, Math.PI * 2);
      if (FUTURE.includes(p.e.modality)) {
        g.setLineDash([3, 2]); g.lineWidth = 2.5; g.strokeStyle = c; g.fillStyle = '#ffffffcc'; g.fill(); g.stroke(); g.setLineDash([]);
      } else {
        g.fillStyle = c + (p.approx ? '99' : 'ee'); g.fill();
        g.lineWidth = 1.5; g.strokeStyle = '#fff'; g.stroke();
      }
      if (p.e.event_id === state.selected) {
        g.beginPath(); g.arc(px, py, rad + 4, 0, Math.PI * 2); g.lineWidth = 2; g.strokeStyle = '#111'; g.stroke();
      }
      mapHits.push({px, py, rad: rad + 3, p});
    }
    if (!pts.length) {
      const msg = 'No event between these two has a place in the store.';
      g.font = '13px system-ui, sans-serif';
      const w = g.measureText(msg).width;
      g.fillStyle = '#ffffffdd'; g.fillRect(6, H - 32, w + 16, 24);
      g.fillStyle = '#4b5563'; g.fillText(msg, 14, H - 15);
    }
  }

  function mapHit(ev) {
    const rect = $('map').getBoundingClientRect();
    const mx = ev.clientX - rect.left, my = ev.clientY - rect.top;
    let best = null;
    for (const h of mapHits) {
      const dd = Math.hypot(h.px - mx, h.py - my);
      if (dd <= h.rad && (!best || dd < best.d)) best = {d: dd, h};
    }
    return best ? best.h : null;
  }

  function setupMap() {
    const canvas = $('map');
    const tip = $('map-tip');
    canvas.addEventListener('mousemove', (ev) => {
      const h = mapHit(ev);
      canvas.style.cursor = h ? 'pointer' : 'default';
      if (!h) { tip.hidden = true; return; }
      const e = h.p.e;
      tip.textContent = '';
      tip.append(el('b', null, (h.p.name || '') + (h.p.approx ? ' (country)' : '')), el('br'),
        showDate(e.date) + ' · ' + e.cameo + ' ' + (e.cameo_name || ''), el('br'),
        actorLabel(e.source) + ' → ' + actorLabel(e.target) + ' · ' + e.modality);
      tip.hidden = false;
      tip.style.left = Math.min(h.px + 12, canvas.clientWidth - 230) + 'px';
      tip.style.top = (h.py + 12) + 'px';
    });
    canvas.addEventListener('mouseleave', () => { tip.hidden = true; });
    canvas.addEventListener('click', (ev) => { const h = mapHit(ev); if (h) select(h.p.e.event_id, true); });
    let t = null;
    window.addEventListener('resize', () => { clearTimeout(t); t = setTimeout(drawMap, 100); });
  }

  // ---- start -----------------------------------------------------------------------------------------------

  async function status() {
    const s = $('store-status');
    try {
      const st = await api('/api/status');
      s.textContent = plural(st.articles, 'article') + ' · ' + plural(st.events, 'event') + (st.newest ? ' · newest ' + st.newest : '')
        + (st.ingest ? ' · ingest on' : ' · read-only');
    } catch (e) {
      s.textContent = 'store unavailable: ' + e.message;
    }
  }

  async function topActors(pickA) {
    const box = $('top-actors');
    try {
      const top = await api('/api/actors', {limit: 10});
      if (top.length) box.append(el('span', {class: 'chips-title'}, 'Most events:'));
      for (const t of top) {
        if (!t.events) continue;
        const b = el('button', {type: 'button', class: 'chip'}, el('span', {class: 'key'}, t.key), ' ', t.label, ' ', el('span', {class: 'count'}, t.events));
        b.addEventListener('click', () => { pickA.choose(t); });
        box.append(b);
      }
    } catch (e) { /* the welcome text stands alone */ }
  }

  async function fromHash(pa, pb) {
    const m = /^#([A-Za-z0-9]{2,8})-([A-Za-z0-9]{2,8})(\/directed)?$/.exec(location.hash);
    if (!m) return false;
    const find = async (key) => {
      const hits = await api('/api/actors', {q: key, limit: 5});
      return hits.find((h) => h.key === key.toUpperCase()) || {key: key.toUpperCase(), label: key.toUpperCase()};
    };
    const [a, b] = await Promise.all([find(m[1]), find(m[2])]);
    state.both = !m[3];
    $('both').checked = state.both;
    pa.set(a); pb.set(b);
    changed();
    return true;
  }

  function start() {
    const pa = picker('a');
    const pb = picker('b');
    $('swap').addEventListener('click', () => {
      const a = state.a, b = state.b;
      if (b) pa.set(b); else { state.a = null; $('a-input').value = ''; }
      if (a) pb.set(a); else { state.b = null; $('b-input').value = ''; }
      changed();
    });
    $('both').addEventListener('change', () => { state.both = $('both').checked; changed(); });
    $('pick').addEventListener('submit', (ev) => ev.preventDefault());
    for (const b of document.querySelectorAll('[data-by]')) {
      b.addEventListener('click', () => { state.by = b.dataset.by; if (state.a && state.b) load(); });
    }
    for (const b of document.querySelectorAll('#modality-filter button')) {
      b.addEventListener('click', () => {
        state.filter = b.dataset.filter;
        for (const o of document.querySelectorAll('#modality-filter button')) o.classList.toggle('on', o === b);
        renderEvents();
      });
    }
    setupMap();
    status();
    window.addEventListener('hashchange', () => { fromHash(pa, pb); });
    fromHash(pa, pb).then((done) => { if (!done) topActors(pa); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
