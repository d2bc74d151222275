// Sitrep page: map, timeline, event evidence and contradictory figures over the JSON API.
// Every value from the store (titles, article text, names) reaches the page through textContent or
// text nodes, never through innerHTML: articles are untrusted input.
'use strict';

(function () {
  const MAX_EVENTS = 10000;
  const LIST_ROWS = 500;
  const DAY = 86400000;

  const state = {
    events: [],          // as loaded for the current filters
    visible: [],         // after the timeline range
    range: null,         // [fromMs, toMs] inclusive, or null for all dates
    markers: new Map(),  // event id -> marker, reused across filters
    bins: [],            // timeline bins: {start, end, count}
    selectedId: null,
    fitted: false,       // whether the map was fitted to the first events loaded
  };

  const $ = (id) => document.getElementById(id);

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail || detail; } catch (_) { /* keep the status text */ }
      throw new Error(detail);
    }
    return response.json();
  }

  function status(text) { $('status').textContent = text; }

  // ---- map -------------------------------------------------------------------------------------

  const map = L.map('map', { preferCanvas: true, worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([48.5, 31], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Outlines: Natural Earth (world-atlas)');
  const cluster = L.markerClusterGroup({ chunkedLoading: true, chunkInterval: 100, chunkDelay: 20, showCoverageOnHover: false, maxClusterRadius: 50 });
  map.addLayer(cluster);

  getJson('lib/world-atlas/countries-50m.json').then((topo) => {
    const countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: { color: '#7f8c8d', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
    }).addTo(map).bringToBack();
  }).catch((e) => status('Country outlines could not be loaded: ' + e.message));

  function markerFor(e) {
    let m = state.markers.get(e.id);
    if (!m) {
      m = L.marker([e.place.lat, e.place.lon], {
        icon: L.divIcon({ className: 'ev-marker', iconSize: [12, 12] }),
        keyboard: false,
      });
      m.eventId = e.id;
      m.bindTooltip(() => el('span', describe(e)));
      m.on('click', () => { location.hash = 'event=' + e.id; });
      state.markers.set(e.id, m);
    }
    return m;
  }

  function describe(e) {
    const parts = [e.date ? e.date.value || e.date.start : 'undated', e.class];
    if (e.place) parts.push(e.place.name);
    if (e.actors.length) parts.push(e.actors.map((a) => a.name).join(', '));
    return parts.join(' · ');
  }

  // ---- loading and filtering -------------------------------------------------------------------

  function filterParams() {
    const p = new URLSearchParams();
    for (const name of ['class', 'actor', 'place', 'source']) {
      const v = $('f-' + name).value.trim();
      if (v) p.set(name, v);
    }
    return p;
  }

  async function loadEvents() {
    const p = filterParams();
    p.set('limit', String(MAX_EVENTS));
    status('Loading events…');
    try {
      const page = await getJson('api/events?' + p.toString());
      state.events = page.items;
      fillClasses(page.items);
      buildTimeline();
      applyRange();
      const total = page.total_exact ? String(page.total) : `more than ${page.total}`;
      status(page.total > page.items.length
        ? `${total} events match; the newest ${page.items.length} are loaded`
        : `${total} events`);
    } catch (e) {
      status('Could not load events: ' + e.message);
    }
  }

  function fillClasses(events) {
    const select = $('f-class');
    const known = new Set(Array.from(select.options).map((o) => o.value));
    for (const c of Array.from(new Set(events.map((e) => e.class))).sort()) {
      if (!known.has(c)) select.appendChild(new Option(c, c));
    }
  }

  function startMs(e) { return e.date ? Date.parse(e.date.start) : NaN; }
  function endMs(e) { return e.date ? Date.parse(e.date.end) : NaN; }

  function applyRange() {
    const r = state.range;
    state.visible = r ? state.events.filter((e) => e.date && endMs(e) >= r[0] && startMs(e) <= r[1]) : state.events;
    const layers = [];
    for (const e of state.visible) {
      if (e.place && e.place.lat != null && e.place.lon != null) layers.push(markerFor(e));
    }
    cluster.clearLayers();
    cluster.addLayers(layers);
    if (!state.fitted && layers.length) {
      // First load: show where the events are, not a fixed region.
      state.fitted = true;
      map.fitBounds(L.latLngBounds(layers.map((m) => m.getLatLng())), { maxZoom: 7, padding: [20, 20] });
    }
    renderList();
    renderTimelineSelection();
    $('range-label').textContent = r ? `${iso(r[0])} to ${iso(r[1])}: ${state.visible.length} events` : 'All dates';
  }

  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }

  function renderList() {
    const body = $('event-table').tBodies[0];
    clear(body);
    const rows = state.visible.slice(0, LIST_ROWS);
    for (const e of rows) {
      const tr = document.createElement('tr');
      tr.dataset.id = String(e.id);
      if (e.id === state.selectedId) tr.className = 'selected';
      tr.appendChild(el('td', e.date ? e.date.value || e.date.start : '—'));
      tr.appendChild(el('td', e.class));
      tr.appendChild(el('td', e.place ? e.place.name : '—'));
      tr.appendChild(el('td', e.actors.map((a) => a.name).join(', ')));
      tr.appendChild(el('td', e.mention_count, e.contradiction ? 'contradiction' : ''));
      body.appendChild(tr);
    }
    $('list-more').textContent = state.visible.length > rows.length ? `Showing ${rows.length} of ${state.visible.length}; narrow the filters or the dates.` : '';
  }

  $('event-table').addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr[data-id]');
    if (tr) location.hash = 'event=' + tr.dataset.id;
  });

  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); state.range = null; loadEvents(); });
  $('f-class').addEventListener('change', () => { state.range = null; loadEvents(); });
  $('f-reset').addEventListener('click', () => { $('filters').reset(); state.range = null; loadEvents(); });
  $('range-clear').addEventListener('click', () => { state.range = null; applyRange(); });

  // ---- timeline --------------------------------------------------------------------------------

  const SVG = 'http://www.w3.org/2000/svg';
  const timeline = $('timeline');
  let brush = null;

  function buildTimeline() {
    let min = Infinity, max = -Infinity;
    for (const e of state.events) {
      const s = startMs(e);
      if (!isNaN(s)) { if (s < min) min = s; if (s > max) max = s; }
    }
    state.bins = [];
    if (min === Infinity) { drawTimeline(); return; }
    // Per day up to four months, per week beyond: bars stay wide enough to click.
    const step = (max - min) / DAY > 120 ? 7 * DAY : DAY;
    const first = step === DAY ? min : min - ((new Date(min).getUTCDay() + 6) % 7) * DAY;
    const n = Math.floor((max - first) / step) + 1;
    for (let i = 0; i < n; i++) state.bins.push({ start: first + i * step, end: first + (i + 1) * step - DAY, count: 0 });
    for (const e of state.events) {
      const s = startMs(e);
      if (!isNaN(s)) state.bins[Math.floor((s - first) / step)].count++;
    }
    state.step = step;
    drawTimeline();
  }

  function drawTimeline() {
    clear(timeline);
    const width = timeline.clientWidth || 800, height = timeline.clientHeight || 90, axis = 14;
    const bins = state.bins;
    if (!bins.length) { timeline.appendChild(text(4, 20, 'No dated events')); return; }
    const peak = Math.max(...bins.map((b) => b.count));
    const w = width / bins.length;
    bins.forEach((b, i) => {
      const h = peak ? (b.count / peak) * (height - axis - 4) : 0;
      const r = document.createElementNS(SVG, 'rect');
      r.setAttribute('x', String(i * w + 0.5));
      r.setAttribute('y', String(height - axis - h));
      r.setAttribute('width', String(Math.max(1, w - 1)));
      r.setAttribute('height', String(h));
      r.setAttribute('class', 'bar');
      r.dataset.index = String(i);
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `${iso(b.start)}${state.step > DAY ? ' to ' + iso(b.end) : ''}: ${b.count}`;
      r.appendChild(title);
      timeline.appendChild(r);
    });
    timeline.appendChild(text(2, height - 2, iso(bins[0].start)));
    const last = text(width - 2, height - 2, iso(bins[bins.length - 1].end));
    last.setAttribute('text-anchor', 'end');
    timeline.appendChild(last);
    renderTimelineSelection();
  }

  function text(x, y, s) {
    const t = document.createElementNS(SVG, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(y));
    t.textContent = s;
    return t;
  }

  function renderTimelineSelection() {
    const r = state.range;
    for (const rect of timeline.querySelectorAll('rect.bar')) {
      const b = state.bins[Number(rect.dataset.index)];
      rect.setAttribute('class', r && b.end >= r[0] && b.start <= r[1] ? 'bar in' : 'bar');
    }
  }

  function binAt(clientX) {
    const box = timeline.getBoundingClientRect();
    const i = Math.floor(((clientX - box.left) / box.width) * state.bins.length);
    return Math.min(state.bins.length - 1, Math.max(0, i));
  }

  timeline.addEventListener('mousedown', (ev) => {
    if (!state.bins.length) return;
    brush = { from: binAt(ev.clientX), to: binAt(ev.clientX) };
    ev.preventDefault();
  });
  window.addEventListener('mousemove', (ev) => {
    if (!brush) return;
    brush.to = binAt(ev.clientX);
    const a = Math.min(brush.from, brush.to), b = Math.max(brush.from, brush.to);
    state.range = [state.bins[a].start, state.bins[b].end];
    renderTimelineSelection();
  });
  window.addEventListener('mouseup', (ev) => {
    if (!brush) return;
    brush.to = binAt(ev.clientX);
    const a = Math.min(brush.from, brush.to), b = Math.max(brush.from, brush.to);
    brush = null;
    state.range = [state.bins[a].start, state.bins[b].end];
    applyRange();
  });
  window.addEventListener('resize', drawTimeline);

  // ---- tabs and routing ------------------------------------------------------------------------

  function showTab(name) {
    for (const b of document.querySelectorAll('#tabs button')) b.classList.toggle('active', b.dataset.tab === name);
    for (const s of document.querySelectorAll('.tab')) s.classList.toggle('active', s.id === 'tab-' + name);
    if (name === 'figures') loadFigures();
  }

  $('tabs').addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-tab]');
    if (b) showTab(b.dataset.tab);
  });

  function route() {
    const m = /^#(event|article)=(\d+)$/.exec(location.hash);
    if (!m) return;
    if (m[1] === 'event') showEvent(Number(m[2]));
    else showArticle(Number(m[2]));
  }

  window.addEventListener('hashchange', route);

  // ---- event panel -----------------------------------------------------------------------------

  function facts(pairs) {
    const dl = el('dl', null, 'facts');
    for (const [k, v] of pairs) {
      if (v === null || v === undefined || v === '') continue;
      dl.appendChild(el('dt', k));
      dl.appendChild(el('dd', v));
    }
    return dl;
  }

  function range(r) { return !r ? null : r.low === r.high ? String(r.low) : `${r.low}–${r.high}`; }

  function figureValue(v) {
    return `${v.qualifier && v.qualifier !== 'exact' ? v.qualifier.replace('_', ' ') + ' ' : ''}${v.value}`;
  }

  function sourceName(s) {
    return s.title || s.outlet || s.article || ('article ' + s.article_id);
  }

  async function showEvent(id) {
    const pane = $('tab-event');
    showTab('event');
    state.selectedId = id;
    for (const tr of document.querySelectorAll('#event-table tr.selected')) tr.classList.remove('selected');
    const row = document.querySelector(`#event-table tr[data-id="${id}"]`);
    if (row) row.classList.add('selected');
    clear(pane);
    pane.appendChild(el('p', 'Loading…', 'note'));
    let detail;
    try {
      detail = await getJson('api/events/' + id);
    } catch (e) {
      clear(pane);
      pane.appendChild(el('p', 'Could not load event ' + id + ': ' + e.message, 'note'));
      return;
    }
    const e = detail.event;
    clear(pane);
    pane.appendChild(el('h2', `${e.class}${e.mode ? ' (' + e.mode + ')' : ''}`));
    pane.appendChild(facts([
      ['Date', e.date ? `${e.date.value || e.date.start}${e.date.from_published ? ' (publication date)' : ''}` : null],
      ['Place', e.place ? [e.place.name, e.place.admin1, e.place.country].filter(Boolean).join(', ') : null],
      ['Actors', e.actors.map((a) => a.name).join(', ')],
      ['Targets', e.targets.map((a) => a.name).join(', ')],
      ['Killed', range(e.killed)],
      ['Injured', range(e.injured)],
      ['Certainty', e.certainty],
      ['ACLED', e.acled ? [e.acled.event_type, e.acled.sub_event_type].filter(Boolean).join(' / ') : null],
    ]));
    if (e.place && e.place.lat != null && e.place.lon != null) {
      map.setView([e.place.lat, e.place.lon], Math.max(map.getZoom(), 6));
    }

    for (const f of detail.figures) {
      const p = el('p', `${f.role}: ${range(f)} from ${f.values.length} source(s)${f.disagreement ? ' — sources disagree' : ''}`, f.disagreement ? 'contradiction' : '');
      pane.appendChild(p);
      const ul = el('ul');
      for (const v of f.values) ul.appendChild(el('li', `${figureValue(v)} — ${v.title || v.outlet || 'article ' + v.article_id}${v.source ? ' (per ' + v.source + ')' : ''}`));
      pane.appendChild(ul);
    }

    pane.appendChild(el('h3', `Sources (${detail.sources.length})`));
    const sources = el('ul', null, 'sources');
    for (const s of detail.sources) {
      const li = el('li');
      li.appendChild(el('strong', sourceName(s)));
      li.appendChild(document.createTextNode(' ' + [s.outlet, s.published, s.url].filter(Boolean).join(' · ')));
      if (s.reported_by.length) li.appendChild(document.createTextNode(' — reported by ' + s.reported_by.join('; ')));
      sources.appendChild(li);
    }
    pane.appendChild(sources);

    pane.appendChild(el('h3', `Evidence (${detail.mentions.length} mention(s))`));
    const mentions = el('ol', null, 'mentions');
    const evidence = el('div');
    detail.mentions.forEach((m, i) => {
      const li = el('li');
      const b = el('button', `${sourceName(m)}: “${m.evidence.text}”`);
      b.type = 'button';
      b.addEventListener('click', () => showEvidence(evidence, m));
      li.appendChild(b);
      mentions.appendChild(li);
      if (i === 0) showEvidence(evidence, m);
    });
    pane.appendChild(mentions);
    pane.appendChild(evidence);
  }

  // The article text as three text nodes, the evidence sentence in a <mark>: offsets are UTF-16
  // code units, as JavaScript strings index them.
  async function showEvidence(container, mention) {
    clear(container);
    container.appendChild(el('p', 'Loading article…', 'note'));
    let article;
    try {
      article = await getJson('api/articles/' + mention.article_id);
    } catch (e) {
      clear(container);
      container.appendChild(el('p', 'Could not load the article: ' + e.message, 'note'));
      return;
    }
    clear(container);
    const a = article.article;
    const head = el('h4');
    const link = el('a', a.title || a.external_id || 'article ' + a.id);
    link.href = '#article=' + a.id;
    head.appendChild(link);
    container.appendChild(head);
    container.appendChild(el('p', [a.outlet, a.published, a.url].filter(Boolean).join(' · '), 'note'));
    const text = article.text;
    const start = Math.max(0, Math.min(text.length, mention.evidence.start));
    const end = Math.max(start, Math.min(text.length, mention.evidence.end));
    const body = el('div', null, 'article-text');
    body.appendChild(document.createTextNode(text.slice(0, start)));
    const mark = el('mark', text.slice(start, end));
    mark.id = 'evidence';
    body.appendChild(mark);
    body.appendChild(document.createTextNode(text.slice(end)));
    container.appendChild(body);
    body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - 60);
  }

  // ---- article view and search -----------------------------------------------------------------

  async function showArticle(id) {
    const pane = $('tab-article');
    showTab('article');
    clear(pane);
    let article;
    try {
      article = await getJson('api/articles/' + id);
    } catch (e) {
      pane.appendChild(el('p', 'Could not load article ' + id + ': ' + e.message, 'note'));
      return;
    }
    const a = article.article;
    pane.appendChild(el('h2', a.title || a.external_id || 'article ' + a.id));
    pane.appendChild(facts([
      ['Outlet', a.outlet], ['Published', a.published], ['URL', a.url], ['Words', a.word_count], ['Event mentions', a.event_count],
      ['Read from', article.sightings.map((s) => s.location).join('; ')],
    ]));
    const body = el('div', article.text, 'article-text');
    pane.appendChild(body);
  }

  $('search').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const q = $('q').value.trim();
    if (!q) return;
    const pane = $('tab-article');
    showTab('article');
    clear(pane);
    pane.appendChild(el('h2', `Articles matching “${q}”`));
    try {
      const hits = await getJson('api/search?limit=50&q=' + encodeURIComponent(q));
      if (!hits.length) pane.appendChild(el('p', 'No article matches.', 'note'));
      const ul = el('ul');
      for (const h of hits) {
        const li = el('li');
        const link = el('a', h.title || h.external_id || 'article ' + h.id);
        link.href = '#article=' + h.id;
        li.appendChild(link);
        if (h.published) li.appendChild(document.createTextNode(' · ' + h.published));
        ul.appendChild(li);
      }
      pane.appendChild(ul);
    } catch (e) {
      pane.appendChild(el('p', 'Search failed: ' + e.message, 'note'));
    }
  });

  // ---- contradictory figures -------------------------------------------------------------------

  async function loadFigures() {
    const pane = $('tab-figures');
    clear(pane);
    pane.appendChild(el('p', 'Events whose sources give casualty figures that cannot all be true; each source’s value is listed.', 'note'));
    let page;
    try {
      page = await getJson('api/figures?contradictory=true&limit=500&' + filterParams().toString());
    } catch (e) {
      pane.appendChild(el('p', 'Could not load figures: ' + e.message, 'note'));
      return;
    }
    if (!page.items.length) { pane.appendChild(el('p', 'No contradictory figures for these filters.', 'note')); return; }
    const table = el('table');
    const head = el('tr');
    for (const h of ['Event', 'Figure', 'Range', 'Values by source']) head.appendChild(el('th', h));
    table.appendChild(head);
    for (const item of page.items) {
      for (const f of item.figures) {
        if (!f.disagreement) continue;
        const tr = el('tr');
        const cell = el('td');
        const link = el('a', `${item.date || ''} ${item.class}${item.place ? ' · ' + item.place : ''}`);
        link.href = '#event=' + item.event_id;
        cell.appendChild(link);
        tr.appendChild(cell);
        tr.appendChild(el('td', f.role));
        tr.appendChild(el('td', range(f), 'contradiction'));
        const values = el('td');
        const ul = el('ul');
        for (const v of f.values) ul.appendChild(el('li', `${figureValue(v)} — ${v.title || v.outlet || 'article ' + v.article_id}${v.source ? ' (per ' + v.source + ')' : ''}`));
        values.appendChild(ul);
        tr.appendChild(values);
        table.appendChild(tr);
      }
    }
    pane.appendChild(table);
    if (page.total > page.items.length) pane.appendChild(el('p', `Showing ${page.items.length} of ${page.total_exact ? '' : 'more than '}${page.total}.`, 'note'));
  }

  loadEvents().then(route);
})();
