// The landing page ("Overzicht"): the network's key figures and one entry per broker question, each
// opening the right view in one click; and the short first-visit help, dismissed once (remembered) and
// reopened from the "?" button.

import * as api from './api.js';
import { state, busy, ready, failed, today } from './state.js';
import { t, addWords, number, date, language } from './i18n.js';
import { esc } from './dom.js';
import { words } from './landing-words.js';

addWords(words);

const $ = (id) => document.getElementById(id);
const HELP_SEEN = 'tafel.helpSeen';

let hooks = { go: () => {}, whatIf: () => {} };
let seq = 0;
/** What the last answers said, so that a language switch re-renders without asking again. */
const last = { figures: null, table: null, analysis: null, bridges: null, link: null, names: new Map() };
/** Set by an entry that asks for more than an address can say: scroll to a list, open a what-if. */
let pending = null;

/** A year before {@code at}: where "what changed" starts. */
function yearBefore(at) {
  const d = new Date(at + 'T12:00:00');
  d.setFullYear(d.getFullYear() - 1);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The table the questions "who is at the table" and "who is missing" are about: the steering group first. */
function mainTable(tables) {
  const list = (Array.isArray(tables) ? tables : tables?.items || []).slice();
  list.sort((a, b) => (a.kind === 'steering' ? 0 : 1) - (b.kind === 'steering' ? 0 : 1) || String(a.name).localeCompare(String(b.name)));
  return list[0] || null;
}

/** Addresses of the five questions (shareable, and what a click opens). */
export function addresses(tableId) {
  const at = state.at !== today() ? `&at=${encodeURIComponent(state.at)}` : '';
  const table = tableId ? `&table=${encodeURIComponent(tableId)}` : '';
  return {
    atTable: `?mode=table${table}${at}&focus=seated`,
    missing: `?mode=table${table}${at}&focus=missing`,
    together: `?articulation=true${at}`,
    meet: `?view=collaboration&suggested=true${at}`,
    change: `?mode=change&from=${yearBefore(state.at)}&to=${state.at}`,
    whatIf: (id) => `?articulation=true${at}&whatif=${encodeURIComponent(id)}`,
  };
}

export function init(callbacks) {
  hooks = callbacks;
  $('home').addEventListener('click', (event) => {
    const link = event.target.closest('a[data-go]');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault(); // the app opens the view itself, without reloading the page
    const q = new URLSearchParams(link.getAttribute('href'));
    pending = { focus: q.get('focus'), whatIf: q.get('whatif') };
    hooks.go(link.getAttribute('href'));
  });
  $('help-open').addEventListener('click', () => showHelp(true));
  $('help-close').addEventListener('click', dismissHelp);
  // after a question's view is drawn: scroll to the list it asked for, or open its what-if
  new MutationObserver(() => {
    if (document.body.dataset.state !== 'ready' || !pending) return;
    const todo = pending;
    pending = null;
    if (todo.focus && state.mode === 'table') $(todo.focus)?.scrollIntoView({ block: 'start' });
    if (todo.whatIf && state.mode === 'map') hooks.whatIf(todo.whatIf);
  }).observe(document.body, { attributes: true, attributeFilter: ['data-state'] });
}

// ---- The first-visit help ----

function helpSeen() {
  try { return localStorage.getItem(HELP_SEEN) === 'true'; } catch { return false; }
}

/** Shows the help: on the landing page at the first visit, anywhere when the "?" button asks for it. */
export function showHelp(asked = false) {
  if (!asked && helpSeen()) return;
  $('help').hidden = false;
  $('help-open').setAttribute('aria-expanded', 'true');
  if (asked) $('help-close').focus();
}

function dismissHelp() {
  $('help').hidden = true;
  $('help-open').setAttribute('aria-expanded', 'false');
  try { localStorage.setItem(HELP_SEEN, 'true'); } catch { /* private mode */ }
  $('help-open').focus();
}

/** Leaves the landing page: a first-visit help that was not asked for goes with it. */
export function leave() {
  if (!helpSeen()) $('help').hidden = true;
}

// ---- Loading ----

/** Loads the key figures (fast: the views the service warms at start), then the entries' teasers. */
export async function load() {
  const mine = ++seq;
  const isCurrent = () => mine === seq && state.mode === 'home';
  busy();
  api.clearError();
  showHelp();
  document.body.dataset.teasers = 'loading';
  last.analysis = last.bridges = last.link = null;
  render();
  try {
    const [graph, collaboration, tables] = await Promise.all([
      api.get('graph', { view: 'ecosystem', at: state.at }),
      api.get('analysis/summary', { view: 'collaboration', at: state.at }),
      api.get('tables', { limit: 500 }),
    ]);
    if (!isCurrent()) return;
    last.figures = figures(graph, collaboration.summary ?? collaboration);
    last.names = new Map((graph.nodes || []).map((n) => [n.data.id, n.data.label]));
    last.table = mainTable(tables);
    render();
    ready();
  } catch (e) {
    if (!isCurrent()) return;
    api.showError(e);
    failed();
    return;
  }
  await teasers(isCurrent);
}

function figures(graph, collaboration) {
  const count = (type) => (graph.nodes || []).filter((n) => n.data.type === type).length;
  return {
    partners: count('partner'),
    persons: count('person'),
    services: count('service'),
    families: graph.families,
    tables: count('table'),
    ties: collaboration.edges,
    density: collaboration.density,
  };
}

/** The figures under each question; each may fail alone without spoiling the page. */
async function teasers(isCurrent) {
  const jobs = [
    api.get('analysis/bridges', { view: 'ecosystem', at: state.at }).then((a) => { if (isCurrent()) last.bridges = a; }),
    api.get('analysis/missing-links', { view: 'collaboration', at: state.at, limit: 1 }).then((a) => { if (isCurrent()) last.link = (a.links || [])[0] || null; }),
  ];
  if (last.table) {
    jobs.push(api.get(`tables/${encodeURIComponent(last.table.id)}/analysis`, { at: state.at }).then((a) => { if (isCurrent()) last.analysis = a; }));
  }
  await Promise.allSettled(jobs);
  if (!isCurrent()) return;
  render();
  document.body.dataset.teasers = 'ready';
}

// ---- Rendering ----

/** Bridge figures that cut someone off (as the map marks them), most first. */
function holders(bridges) {
  const families = (f) => (typeof f.families === 'string' ? 1 : (f.families || 0));
  const figures = (bridges?.bridgeFigures || []).filter((f) => f.partners == null || (f.partners || 0) + (f.persons || 0) + families(f) > 0);
  return figures.length ? figures : (bridges?.articulationPoints || []).map((id) => ({ id }));
}

function figureHtml(value, key) {
  return `<div class="home-figure"><dt>${esc(t(key))}</dt><dd>${esc(value)}</dd></div>`;
}

function entry(id, href, title, text, teaser, more = '') {
  return `<li class="question" id="q-${id}"><a class="question-open" data-go href="${esc(href)}">`
    + `<span class="question-title">${esc(title)}</span><span class="question-text">${esc(text)}</span>`
    + (teaser ? `<span class="question-teaser">${esc(teaser)}</span>` : '')
    + `</a>${more}</li>`;
}

export function render() {
  if (state.mode !== 'home') return;
  $('home-title').textContent = t('home.title', { at: date(state.at) });
  const f = last.figures;
  $('home-figures').innerHTML = f ? [
    figureHtml(number(f.partners), 'home.partners'),
    figureHtml(number(f.persons), 'home.persons'),
    figureHtml(number(f.services), 'home.services'),
    figureHtml(number(f.families), 'home.families'),
    figureHtml(number(f.tables), 'home.tables'),
    figureHtml(number(f.ties), 'home.ties'),
    figureHtml(`${number(100 * (f.density || 0), 0)} %`, 'home.density'),
  ].join('') : '';

  const table = last.table;
  const go = addresses(table?.id);
  const a = last.analysis;
  const chairs = a?.emptyChairs || {};
  const emptyChairs = (chairs.domains || []).length + (chairs.neighbourhoods || []).length + (chairs.ageBands || []).length
    + (chairs.familyVoice === false ? 1 : 0);
  const held = holders(last.bridges);
  const name = (id) => last.names.get(id) || id;
  const whatIfs = held.slice(0, 3).map((h) => `<li><a data-go href="${esc(go.whatIf(h.id))}">${esc(t('q.together.whatIf', { name: h.name || name(h.id) }))}</a></li>`);
  const tableName = table?.name || t('mode.table');
  $('home-questions').innerHTML = [
    entry('at-table', go.atTable, t('q.atTable.title'), t('q.atTable.text', { table: tableName }),
      a ? t('q.atTable.count', { n: number((a.atTheTable || []).length) }) : ''),
    entry('missing', go.missing, t('q.missing.title'), t('q.missing.text', { table: tableName }),
      a ? t('q.missing.count', { n: number((a.missing || []).length), chairs: number(emptyChairs) }) : ''),
    entry('together', go.together, t('q.together.title'), t('q.together.text'),
      last.bridges ? t('q.together.count', { n: number(held.length) }) : '',
      whatIfs.length ? `<ul class="question-more">${whatIfs.join('')}</ul>` : ''),
    entry('meet', go.meet, t('q.meet.title'), t('q.meet.text'),
      last.link ? t('q.meet.top', { a: name(last.link.source), b: name(last.link.target) }) : ''),
    entry('change', go.change, t('q.change.title'), t('q.change.text', { from: date(yearBefore(state.at)) }), ''),
  ].join('');
  $('home').lang = language();
}
