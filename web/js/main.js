// Tafel's map: wires the controls to the state, loads what they ask for, and keeps the page honest
// about what it is doing (progress, errors, window.tafelReady for tests).

import * as api from './api.js';
import { state, readUrl, writeUrl, busy, ready, failed, today, iso, resetState } from './state.js';
import { setLanguage, language, translatePage, t, word, date, number } from './i18n.js';
import * as map from './map.js';
import * as highlights from './highlights.js';
import * as details from './details.js';
import * as legend from './legend.js';
import * as table from './table.js';
import * as exporter from './exporter.js';
import * as change from './change.js';
import * as upload from './upload.js';
import * as edit from './edit.js';
import * as introductions from './introductions.js';
import * as quality from './quality.js';
import * as meeting from './meeting.js';
import * as wave from './wave.js';
import * as namedMissing from './named-missing.js';
import { esc, download } from './dom.js';
import * as landing from './landing.js';
import * as drawer from './drawer.js';
import { fitWithLabels } from './labels.js';
import * as computed from './computed.js';
import * as glossary from './glossary.js';

const $ = (id) => document.getElementById(id);
const STORED_LANGUAGE = 'tafel.lang';
const FIRST_DATE = '2024-01-01';

// ---- Language ----

const urlLang = readUrl();
let storedLang = null;
try { storedLang = localStorage.getItem(STORED_LANGUAGE); } catch { /* private mode */ }
setLanguage(urlLang || storedLang || 'nl');
translatePage();
glossary.explainTerms();

/** The glossary card: every broker word with its technical name and what it means. */
function showGlossary() {
  $('glossary-body').innerHTML = glossary.glossaryHtml(esc);
  $('glossary').hidden = false;
  $('glossary').scrollIntoView({ block: 'nearest' });
}

function switchLanguage() {
  setLanguage(language() === 'nl' ? 'en' : 'nl');
  try { localStorage.setItem(STORED_LANGUAGE, language()); } catch { /* private mode */ }
  translatePage();
  glossary.explainTerms();
  if (!$('glossary').hidden) showGlossary();
  renderFilterOptions();
  table.renderTableOptions();
  table.render();
  legend.render();
  highlights.render();
  highlights.renderSummary();
  details.refresh();
  change.render();
  wave.render();
  landing.render();
  computed.refresh();
  showDate();
  caption();
  writeUrl(urlLang ? language() : null);
}

// ---- Date slider: monthly steps from January 2024 to today ----

const steps = (() => {
  const list = [];
  const end = today();
  const d = new Date(FIRST_DATE + 'T12:00:00');
  while (iso(d) < end) {
    list.push(iso(d));
    d.setMonth(d.getMonth() + 1);
  }
  list.push(end);
  return list;
})();

function stepOf(at) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(at)) return steps.length - 1;
  let index = 0;
  steps.forEach((s, i) => { if (s <= at) index = i; });
  return index;
}

function showDate(at = state.at) {
  const output = $('at-value');
  output.textContent = date(at);
  $('at').setAttribute('aria-valuetext', date(at));
}

// ---- Filters: options come from the data, and only grow, so a filter never hides its own choices ----

const seen = { domain: new Set(), neighbourhood: new Set(), sector: new Set() };

function collectOptions(answer) {
  for (const n of answer.nodes || []) {
    const d = n.data;
    for (const x of d.domains || []) seen.domain.add(x);
    if (d.domain) seen.domain.add(d.domain);
    if (d.neighbourhood) seen.neighbourhood.add(d.neighbourhood);
    for (const x of d.neighbourhoods || []) seen.neighbourhood.add(x);
    if (d.type === 'partner' && d.sector) seen.sector.add(d.sector);
  }
  renderFilterOptions();
}

function renderFilterOptions() {
  for (const key of ['domain', 'neighbourhood', 'sector']) {
    const select = $(key);
    const values = [...seen[key]];
    if (state[key] && !seen[key].has(state[key])) values.push(state[key]);
    values.sort((a, b) => word(a).localeCompare(word(b), language()));
    select.innerHTML = `<option value="">${esc(t('controls.all'))}</option>`
      + values.map((v) => `<option value="${esc(v)}">${esc(word(v))}</option>`).join('');
    select.value = state[key];
  }
}

function syncControls() {
  $('view').value = state.view;
  $('size').value = state.size;
  $('method').value = state.method;
  $('aggregate').checked = state.aggregate;
  $('aggregate').disabled = state.view !== 'ecosystem';
  $('toggle-articulation').checked = state.articulation;
  $('toggle-suggested').checked = state.suggested;
  $('toggle-community').checked = state.community;
  $('toggle-ties').checked = state.ties;
  $('method').disabled = !state.suggested;
  for (const key of ['domain', 'neighbourhood', 'sector']) $(key).value = state[key];
  $('at').max = String(steps.length - 1);
  $('at').value = String(stepOf(state.at));
  showDate();
  document.body.dataset.mode = state.mode;
  $('mode-home').setAttribute('aria-pressed', String(state.mode === 'home'));
  $('mode-map').setAttribute('aria-pressed', String(state.mode === 'map'));
  $('mode-table').setAttribute('aria-pressed', String(state.mode === 'table'));
  $('mode-change').setAttribute('aria-pressed', String(state.mode === 'change'));
  if (!state.to) state.to = state.at;
  if (!state.from) state.from = change.defaultFrom(state.to);
  $('change-from').value = state.from;
  $('change-to').value = state.to;
  $('toggle-difference').checked = Boolean(state.since);
  $('difference-since').value = state.since || change.defaultFrom(state.at);
}

function caption() {
  const el = $('map-caption');
  if (document.body.dataset.state === 'error') { el.textContent = ''; return; }
  if (state.mode === 'table') {
    el.textContent = table.analysis ? `${table.analysis.table?.name || state.table} · ${date(state.at)}` : '';
    return;
  }
  // the caption counts what the key figures count (every family on its own); the map may group them
  const drawn = map.cy.nodes().length;
  const inView = map.graph?.inView;
  const nodes = inView ? inView.nodes : drawn;
  const edges = inView ? inView.edges : map.cy.edges().not('.suggested').not('.lost').not('.meta').length;
  const words = { nodes: number(nodes), edges: number(edges), drawn: number(drawn), at: date(state.at) };
  el.textContent = drawn === 0 ? t('map.empty') : t(drawn === nodes ? 'map.caption' : 'map.captionGrouped', words);
}

function fillSearchList() {
  const labels = new Set();
  map.cy.nodes().forEach((n) => {
    if (n.data('type') !== 'family' && n.data('label')) labels.add(n.data('label'));
  });
  $('search-list').innerHTML = [...labels].sort((a, b) => a.localeCompare(b)).map((l) => `<option value="${esc(l)}"></option>`).join('');
}

// ---- Loading ----

let seq = 0;

function reload() {
  if (state.mode !== 'home') landing.leave();
  if (state.mode === 'home') { syncControls(); writeUrl(urlLang ? language() : null); return landing.load(); }
  if (state.mode === 'change') return loadChange();
  return state.mode === 'table' ? loadTable() : loadMap();
}

async function loadChange() {
  const mine = ++seq;
  busy();
  api.clearError();
  syncControls();
  writeUrl(urlLang ? language() : null);
  try {
    await change.load(state.from, state.to);
    if (mine !== seq) return;
    change.resize();
    ready();
  } catch (e) {
    if (mine !== seq) return;
    api.showError(e);
    failed();
  }
}

async function loadMap() {
  const mine = ++seq;
  const isCurrent = () => mine === seq && state.mode === 'map';
  busy();
  api.clearError();
  syncControls();
  writeUrl(urlLang ? language() : null);
  try {
    const answer = await api.get('graph', {
      view: state.view, at: state.at, domain: state.domain, neighbourhood: state.neighbourhood,
      aggregateFamilies: String(state.aggregate), wave: state.wave, sector: state.sector,
    });
    if (!isCurrent()) return;
    collectOptions(answer);
    details.clearWhatIf();
    await map.draw(answer);
    if (!isCurrent()) return;
    const [, summary] = await Promise.allSettled([highlights.apply(isCurrent), highlights.loadSummary(isCurrent)]);
    if (!isCurrent()) return;
    if (summary.status === 'rejected') api.showError(summary.reason);
    fillSearchList();
    legend.render();
    if (details.currentId()) details.render();
    if (state.view === 'referral') {
      const flows = await api.get('analysis/referral-flows', { by: 'partner', at: state.at });
      if (!isCurrent()) return;
      map.colourOutcomes(flows.cells, change.outcomeColour);
    }
    await difference(isCurrent);
    if (!isCurrent()) return;
    document.dispatchEvent(new CustomEvent('tafel:drawn')); // web/js/introductions.js draws its edges
    ready();
    caption();
  } catch (e) {
    if (!isCurrent()) return;
    map.cy.elements().remove();
    api.showError(e);
    failed();
    caption();
    legend.render();
  }
}

/** Table mode with a difference date: who joined the table since then (marked green) and who left. */
async function tableSince(isCurrent) {
  const summary = $('difference-summary');
  if (!state.since || state.since >= state.at) { summary.textContent = ''; return; }
  const compared = await api.get(`tables/${encodeURIComponent(state.table)}/compare`, { from: state.since, to: state.at });
  if (!isCurrent()) return;
  const joined = compared.joined || [];
  const left = compared.left || [];
  map.cy.batch(() => joined.forEach((m) => map.cy.getElementById(m.id).addClass('gained')));
  const names = (list) => list.map((m) => m.name || m.id).join(', ');
  summary.textContent = [
    t('table.joinedSince', { since: date(state.since), joined: number(joined.length), left: number(left.length) }),
    joined.length ? t('table.joinedNames', { names: names(joined) }) : '',
    left.length ? t('table.leftNames', { names: names(left) }) : '',
  ].filter(Boolean).join(' ');
}

/** The "verschil" mode: ties gained since an earlier date in green, ties lost in red (dashed). */
async function difference(isCurrent) {
  const summary = $('difference-summary');
  if (!state.since || state.since >= state.at) {
    map.clearDifference();
    summary.textContent = '';
    return;
  }
  const then = await api.get('graph', {
    view: state.view, at: state.since, domain: state.domain, neighbourhood: state.neighbourhood, sector: state.sector,
    aggregateFamilies: String(state.aggregate),
  });
  if (!isCurrent()) return;
  const { gained, lost } = map.showDifference(then);
  summary.textContent = t('diff.summary', { gained: number(gained), lost: number(lost), since: date(state.since) });
}

async function loadTable() {
  const mine = ++seq;
  const isCurrent = () => mine === seq && state.mode === 'table';
  busy();
  api.clearError();
  syncControls();
  details.close();
  details.clearWhatIf();
  try {
    await table.loadTables();
    writeUrl(urlLang ? language() : null);
    if (!state.table) {
      map.cy.elements().remove();
      table.render();
      ready();
      return;
    }
    const answer = await table.load();
    if (!isCurrent()) return;
    table.draw(answer);
    await tableSince(isCurrent);
    if (!isCurrent()) return;
    fillSearchList();
    legend.render();
    ready();
    caption();
  } catch (e) {
    if (!isCurrent()) return;
    map.cy.elements().remove();
    api.showError(e);
    failed();
    caption();
  }
}

function setMode(mode) {
  if (state.mode === mode) return;
  state.mode = mode;
  details.close();
  reload();
}

// ---- Wiring ----

function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

function wire() {
  $('lang').addEventListener('click', switchLanguage);
  wave.init(loadMap).catch(api.showError);
  namedMissing.init(loadTable).catch(api.showError);
  $('glossary-open').addEventListener('click', showGlossary);
  $('glossary-close').addEventListener('click', () => { $('glossary').hidden = true; });
  $('alert-close').addEventListener('click', api.clearError);
  $('mode-home').addEventListener('click', () => setMode('home'));
  $('mode-map').addEventListener('click', () => setMode('map'));
  $('mode-table').addEventListener('click', () => setMode('table'));
  $('mode-change').addEventListener('click', () => setMode('change'));
  $('change-show').addEventListener('click', () => {
    state.from = $('change-from').value;
    state.to = $('change-to').value;
    loadChange();
  });
  $('toggle-difference').addEventListener('change', (e) => {
    state.since = e.target.checked ? $('difference-since').value : '';
    reload();
  });
  $('difference-since').addEventListener('change', (e) => {
    if (!$('toggle-difference').checked) return;
    state.since = e.target.value;
    reload();
  });
  window.addEventListener('resize', () => change.resize());

  $('view').addEventListener('change', (e) => { state.view = e.target.value; details.close(); loadMap(); });
  $('table').addEventListener('change', (e) => { state.table = e.target.value; loadTable(); });
  const dateChanged = debounce(() => reload(), 250);
  $('at').addEventListener('input', (e) => showDate(steps[Number(e.target.value)]));
  $('at').addEventListener('change', (e) => {
    state.at = steps[Number(e.target.value)];
    showDate();
    busy(); // tests and screen readers see the reload coming before the debounce ends
    dateChanged();
  });
  for (const key of ['domain', 'neighbourhood', 'sector']) {
    $(key).addEventListener('change', (e) => { state[key] = e.target.value; loadMap(); });
  }
  $('aggregate').addEventListener('change', (e) => {
    state.aggregate = e.target.checked;
    if (state.aggregate) state.neighbourhood = '';
    loadMap();
  });
  $('size').addEventListener('change', (e) => {
    state.size = e.target.value;
    map.resize();
    legend.render();
    writeUrl(urlLang ? language() : null);
  });

  const retoggle = async () => {
    syncControls();
    writeUrl(urlLang ? language() : null);
    const mine = seq;
    busy();
    await highlights.apply(() => mine === seq && state.mode === 'map');
    legend.render();
    if (details.currentId()) details.render();
    if (mine === seq) { ready(); caption(); }
  };
  $('toggle-articulation').addEventListener('change', (e) => { state.articulation = e.target.checked; retoggle(); });
  $('toggle-suggested').addEventListener('change', (e) => { state.suggested = e.target.checked; retoggle(); });
  $('method').addEventListener('change', (e) => { state.method = e.target.value; retoggle(); });
  $('toggle-community').addEventListener('change', (e) => { state.community = e.target.checked; retoggle(); });
  $('toggle-ties').addEventListener('change', (e) => { state.ties = e.target.checked; retoggle(); });

  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); search($('search').value); });
  $('search-results').addEventListener('click', (e) => {
    const id = e.target.closest('[data-pick]')?.dataset.pick;
    if (id && map.cy.getElementById(id).nonempty()) pick(map.cy.getElementById(id));
  });
  $('search').addEventListener('input', (e) => {
    const v = e.target.value;
    if ([...$('search-list').options].some((o) => o.value === v)) search(v);
  });

  $('export-png').addEventListener('click', exporter.png);
  $('export-csv').addEventListener('click', exporter.exportCsv);
  $('import-template').addEventListener('click', (e) => {
    e.preventDefault(); // fetched with the tab's API token, which a plain link would not send
    api.file(`import/template.xlsx?lang=${language()}`).then((blob) => download(blob, 'tafel-import-template.xlsx')).catch(api.showError);
  });

  $('zoom-in').addEventListener('click', () => zoomBy(1.3));
  $('zoom-out').addEventListener('click', () => zoomBy(1 / 1.3));
  $('zoom-fit').addEventListener('click', () => map.cy.animate({ fit: { padding: 40 } }, { duration: 250 }));

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { details.close(); hideTooltip(); }
  });

  details.init({
    expand: (neighbourhood) => {
      state.aggregate = false;
      state.neighbourhood = neighbourhood;
      details.close();
      loadMap();
    },
    collapse: () => {
      state.aggregate = true;
      state.neighbourhood = '';
      details.close();
      loadMap();
    },
  });
}

function zoomBy(factor) {
  const c = map.cy;
  c.animate({ zoom: { level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } } }, { duration: 150 });
}

/** Lists every node that matches the search text; a single match, or a pick from the list, is focused. */
function search(text) {
  const message = $('search-message');
  const list = $('search-results');
  const found = map.matches(text);
  list.innerHTML = '';
  if (found.length === 0) {
    message.textContent = text.trim() ? t('search.notFound', { q: text.trim() }) : '';
    return;
  }
  if (found.length > 1) {
    message.textContent = t('search.matches', { n: number(found.length) });
    list.innerHTML = found.map((n) => {
      const holder = map.holderOf(n);
      const where = holder ? t('search.inside', { partner: holder.data('label') || holder.id() }) : '';
      return `<li><button type="button" class="link" data-pick="${esc(n.id())}">${esc(n.data('label') || n.id())}</button>`
        + ` <span class="muted">${esc(t('type.' + n.data('type')))}${where ? ' · ' + esc(where) : ''}</span></li>`;
    }).join('');
  }
  pick(found[0], found.length === 1);
}

function pick(node, say = true) {
  map.focus(node);
  details.show(node);
  if (say) $('search-message').textContent = t('search.found', { label: node.data('label') || node.id() });
}

// ---- The map's own events ----

function hideTooltip() {
  $('tooltip').hidden = true;
}

function wireMap() {
  const c = map.cy;
  c.on('tap', 'node', (e) => {
    const node = e.target;
    if (node.hasClass('round-table')) return;
    c.elements().removeClass('focus');
    node.addClass('focus');
    node.connectedEdges().addClass('focus');
    details.show(node);
  });
  c.on('tap', (e) => {
    if (e.target === c) { details.close(); map.clearFocus(); }
  });
  c.on('mouseover', 'node', (e) => {
    const node = e.target;
    const tip = $('tooltip');
    if (node.hasClass('empty-chair')) tip.innerHTML = table.reasonsTooltip(node);
    else if (node.data('type') === 'family') tip.textContent = t('type.family');
    else tip.innerHTML = `<strong>${esc(node.data('display') || node.data('label'))}</strong><br><span class="muted">${esc(t('type.' + node.data('type')))}${node.data('sector') ? ' · ' + esc(word(node.data('sector'))) : ''}</span>`;
    const p = node.renderedPosition();
    tip.style.left = `${Math.min(p.x + 14, c.width() - 260)}px`;
    tip.style.top = `${p.y + 14}px`;
    tip.hidden = false;
  });
  c.on('mouseout', 'node', hideTooltip);
  c.on('pan zoom', hideTooltip);
}

/** Opens an address of the app without reloading the page (the landing page's entries), and back again. */
function go(href) {
  history.pushState(null, '', href);
  resetState();
  readUrl();
  details.close();
  reload();
}

// ---- Start ----

map.create($('cy'));
window.tafelReady = false;
wire();
wireMap();
upload.init();
edit.init();
introductions.init();
quality.init();
meeting.init();
landing.init({ go, whatIf: details.whatIf });
drawer.init((appeared) => {
  map.cy.resize();
  if (appeared && map.cy.nodes().nonempty()) fitWithLabels(); // drawn while hidden or sized 0
});
computed.init();
window.addEventListener('popstate', () => { resetState(); readUrl(); details.close(); reload(); });
document.addEventListener('tafel:changed', () => reload()); // an upload or an edit wrote to the network
document.addEventListener('tafel:redraw', () => reload()); // the map folded a neighbourhood's families back
syncControls();
reload();
