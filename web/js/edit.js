// Editing on the map (brokers): change a partner's properties, add a partner, a person, a service or a
// table, seat a partner at a table or let it leave (its seat gets `until`), draw a collaboration by dragging
// from one partner to another ("Samenwerking tekenen", draw-tie.js) or with "Verbinden met…" and a click,
// end one by setting `until` (never a delete), undo and redo, and the panel "Wijzigingen in deze sessie". Every write carries If-Match with the graph
// version the map was drawn at; a 409 shows a Dutch message and reloads the element.

import { request } from './api.js';
import { t, addWords, date, word } from './i18n.js';
import * as map from './map.js';
import { esc } from './dom.js';
import { today } from './state.js';
import { words, TIE_KINDS } from './edit-words.js';
import * as drawTie from './draw-tie.js';
import { problemLine } from './messages.js';

addWords(words);

const $ = (id) => document.getElementById(id);
const KINDS = ['public', 'non-profit', 'private', 'volunteer', 'parents'];

let drawnAt = null; // the graph version the map was drawn at
let sessionStart = null; // the version when this page opened
const mine = new Set(); // versions this page's writes produced
let selected = null; // { id, props }
let connectFrom = null; // { id, name } while "Verbinden met…" waits for a click
let pendingTie = null; // { a, b } being described
let creating = null; // 'person' | 'service' | 'table' while its form is open
const PERSON_ROLES = ['bridge-figure', 'coordinator', 'staff', 'volunteer'];
const TABLE_KINDS = ['steering', 'working-group', 'broad-consultation'];
const PREFIX = { person: 'pe', service: 's', table: 't' };
const COLLECTION = { person: 'persons', service: 'services', table: 'tables' };

/** The graph version now, or null when the journal is not for this caller (not a broker). */
async function versionNow() {
  const answer = await request('GET', 'journal?since=999999999');
  return answer.ok ? answer.body.version : null;
}

function etagOf(answer) {
  const tag = answer.headers.get('ETag');
  return tag ? Number(tag.replace(/[^0-9]/g, '')) : null;
}

function message(text, kind = 'good') {
  const el = $('edit-message');
  el.textContent = text;
  el.className = 'edit-message ' + kind;
}

/** Sends a write with If-Match; answers the response, after handling 409 and 422 in the page. */
async function write(method, path, body) {
  const answer = await request(method, path, body, drawnAt == null ? {} : { 'If-Match': `"${drawnAt}"` });
  if (answer.ok) {
    const version = etagOf(answer);
    if (version != null) { mine.add(version); drawnAt = version; }
    message(t('edit.saved', { version }));
    await afterWrite();
  } else if (answer.status === 409) {
    const c = answer.body?.conflicts?.[0];
    message(t('edit.conflict', { who: c?.who ?? '?', version: c?.version ?? '?' }), 'bad');
    await reloadSelected();
  } else if (answer.status === 422 || answer.status === 400) {
    const e = answer.body?.errors?.[0];
    message(t('edit.invalid', { message: e ? problemLine(e) : (answer.body?.detail ?? '') }), 'bad');
  } else {
    message(t('edit.failed', { status: answer.status }), 'bad');
  }
  return answer;
}

async function afterWrite() {
  document.dispatchEvent(new CustomEvent('tafel:changed'));
  await renderSession();
  if (selected) await reloadSelected();
}

async function reloadSelected() {
  if (!selected) return;
  const answer = await request('GET', `partners/${encodeURIComponent(selected.id)}`);
  if (answer.ok) {
    selected.props = answer.body;
    const v = etagOf(answer);
    if (v != null) drawnAt = Math.max(drawnAt ?? 0, v);
  }
  renderForm();
}

function options(values, chosen, label) {
  return values.map((v) => `<option value="${esc(v)}"${v === chosen ? ' selected' : ''}>${esc(label(v))}</option>`).join('');
}

/** The partners on the map, by name, for the choice of an employer, a provider or a tie's other end. */
function partnersOnMap() {
  return map.cy.nodes('[type="partner"]').map((n) => ({ id: n.id(), name: n.data('label') || n.id() }))
    .sort((x, y) => x.name.localeCompare(y.name));
}

async function listOf(collection) {
  const answer = await request('GET', `${collection}?limit=10000`);
  return answer.ok ? (answer.body.items || []) : [];
}

/** The form for a new person, service or table; the chosen partner is the employer or provider. */
async function renderCreate() {
  const body = $('edit-form');
  const partners = partnersOnMap();
  const chosen = selected?.id;
  const partnerOptions = partners.map((p) => `<option value="${esc(p.id)}"${p.id === chosen ? ' selected' : ''}>${esc(p.name)}</option>`).join('');
  let fields;
  if (creating === 'person') {
    fields = `<label for="new-role">${esc(t('edit.role'))}</label><select id="new-role">${options(PERSON_ROLES, 'bridge-figure', word)}</select>
      <label for="new-works-for">${esc(t('edit.worksFor'))}</label><select id="new-works-for"><option value="">–</option>${partnerOptions}</select>`;
  } else if (creating === 'service') {
    const vocabulary = await request('GET', 'vocabulary');
    const domains = vocabulary.ok ? vocabulary.body.lifeDomains || [] : [];
    fields = `<label for="new-provider">${esc(t('edit.provider'))}</label><select id="new-provider">${partnerOptions}</select>
      <label for="new-domain">${esc(t('edit.domain'))}</label><select id="new-domain"><option value="">–</option>${options(domains, null, word)}</select>
      <label for="new-age-min">${esc(t('edit.ageMin'))}</label><input id="new-age-min" type="number" min="0" max="25" step="1">
      <label for="new-age-max">${esc(t('edit.ageMax'))}</label><input id="new-age-max" type="number" min="0" max="25" step="1">`;
  } else {
    fields = `<label for="new-kind">${esc(t('edit.tableKind'))}</label><select id="new-kind">${options(TABLE_KINDS, 'working-group', word)}</select>`;
  }
  body.innerHTML = `<h3 id="new-title" data-creating="${esc(creating)}">${esc(t('edit.new.' + creating))}</h3>
    <label for="new-name">${esc(t('edit.name'))}</label><input id="new-name" type="text">
    ${fields}
    <div class="buttons"><button type="button" class="primary" data-edit="save-new">${esc(t('edit.save'))}</button>
    <button type="button" class="link" data-edit="cancel">${esc(t('edit.cancel'))}</button></div>`;
  $('new-name').focus();
}

/** Writes the new person, service or table (POST /api/persons|services|tables), checked like an import row. */
async function saveNew() {
  const name = $('new-name').value.trim();
  const row = { id: slug(name, PREFIX[creating]), name };
  if (creating === 'person') Object.assign(row, { role: $('new-role').value, worksFor: $('new-works-for').value });
  if (creating === 'service') {
    Object.assign(row, { provider: $('new-provider').value, domain: $('new-domain').value });
    if ($('new-age-min').value !== '') row.ageMin = Number($('new-age-min').value);
    if ($('new-age-max').value !== '') row.ageMax = Number($('new-age-max').value);
  }
  if (creating === 'table') row.kind = $('new-kind').value;
  const answer = await write('POST', COLLECTION[creating], withoutNulls(row));
  if (answer.ok) {
    $('edit-message').dataset.created = row.id;
    creating = null;
    renderForm();
  }
}

/** The chosen partner's current seats, each with "Verlaten", and the tables it could join. */
async function renderSeats() {
  if (!selected) return;
  const id = selected.id;
  const [seats, tables] = await Promise.all([listOf('seats'), listOf('tables')]);
  const list = $('edit-seats');
  const choice = $('seat-table');
  if (!list || !choice || !selected || selected.id !== id) return;
  const now = today();
  const mineNow = seats.filter((s) => s.member === id && (!s.until || s.until >= now));
  const nameOf = (table) => tables.find((x) => x.id === table)?.name ?? table;
  // a seat left today still counts today (until is the last day): it shows its end instead of "Verlaten"
  list.innerHTML = mineNow.length === 0 ? `<li class="hint">${esc(t('edit.noSeats'))}</li>` : mineNow.map((s) => `<li data-table="${esc(s.table)}">
    ${s.until ? esc(t('edit.seatUntil', { table: nameOf(s.table), role: word(s.role ?? 'member'), date: date(s.until) }))
    : `${esc(t('edit.seatSince', { table: nameOf(s.table), role: word(s.role ?? 'member'), date: date(s.since) || '–' }))}
    <button type="button" class="link" data-edit="leave" data-table="${esc(s.table)}" data-since="${esc(s.since ?? '')}">${esc(t('edit.leave'))}</button>`}</li>`).join('');
  const free = tables.filter((x) => !mineNow.some((s) => s.table === x.id && !s.until)).sort((x, y) => x.name.localeCompare(y.name));
  choice.innerHTML = free.map((x) => `<option value="${esc(x.id)}">${esc(x.name)}</option>`).join('');
}

/** Seats the chosen partner at a table from today (POST /api/seats). */
async function seat() {
  const table = $('seat-table').value;
  if (!table) return;
  await write('POST', 'seats', { member: selected.id, table, role: 'member', since: today() });
}

/** Lets the chosen partner leave a table: its seat keeps its history and gets `until` today. */
async function leave(button) {
  const seats = await listOf('seats');
  const found = seats.find((s) => s.member === selected.id && s.table === button.dataset.table && (s.since ?? '') === button.dataset.since);
  await write('POST', 'seats', withoutNulls({ ...(found || { member: selected.id, table: button.dataset.table, since: button.dataset.since }), until: today() }));
}

/** A drag from one partner to another ended: describe the tie (kind, strength, trust) before it is written. */
function drawn(a, b) {
  creating = null;
  connectFrom = null;
  selected = null;
  pendingTie = { a, b };
  renderForm();
}

function setDrawing(on) {
  drawTie.set(on, drawn);
  $('edit-draw').setAttribute('aria-pressed', String(on));
  message(on ? t('edit.drawHint') : '', 'good');
}

function renderForm() {
  const body = $('edit-form');
  if (creating) {
    renderCreate();
    return;
  }
  if (pendingTie) {
    const name = (id) => map.cy.getElementById(id).data('label') || id;
    body.innerHTML = `<h3>${esc(t('edit.tieTitle', { a: name(pendingTie.a), b: name(pendingTie.b) }))}</h3>
      <label for="tie-kind">${esc(t('edit.tieKind'))}</label>
      <select id="tie-kind">${options(TIE_KINDS, TIE_KINDS[0], (k) => t('tiekind.' + k))}</select>
      <label for="tie-strength">${esc(t('edit.strength'))}</label><input id="tie-strength" type="number" min="1" step="1" value="1">
      <label for="tie-trust">${esc(t('edit.trust'))}</label><input id="tie-trust" type="number" min="1" max="5" step="1" value="3">
      <label for="tie-since">${esc(t('edit.since'))}</label><input id="tie-since" type="date" value="${esc(today())}">
      <div class="buttons"><button type="button" class="primary" data-edit="save-tie">${esc(t('edit.save'))}</button>
      <button type="button" class="link" data-edit="cancel">${esc(t('edit.cancel'))}</button></div>`;
    return;
  }
  if (!selected) {
    body.innerHTML = `<p class="hint">${esc(t(connectFrom ? 'edit.connectHint' : 'edit.pick', { name: connectFrom?.name ?? '' }))}</p>`;
    return;
  }
  const p = selected.props || {};
  body.innerHTML = `<p class="hint">${esc(t('edit.selected', { name: p.name ?? selected.id }))}</p>
    <label for="edit-name">${esc(t('edit.name'))}</label><input id="edit-name" type="text" value="${esc(p.name ?? '')}">
    <label for="edit-sector">${esc(t('edit.sector'))}</label><input id="edit-sector" type="text" value="${esc(p.sector ?? '')}">
    <label for="edit-kind">${esc(t('edit.kind'))}</label>
    <select id="edit-kind">${options(KINDS, p.kind, word)}</select>
    <div class="buttons"><button type="button" class="primary" data-edit="save">${esc(t('edit.save'))}</button>
    <button type="button" data-edit="connect">${esc(t('edit.connect'))}</button></div>
    ${connectFrom ? `<p class="hint connect-hint">${esc(t('edit.connectHint', { name: connectFrom.name }))}</p>` : ''}
    <h3>${esc(t('edit.ties'))}</h3><ul id="edit-ties" class="ties"></ul>
    <h3>${esc(t('edit.seats'))}</h3><ul id="edit-seats" class="ties"></ul>
    <label for="seat-table">${esc(t('edit.seatAt'))}</label><select id="seat-table"></select>
    <div class="buttons"><button type="button" data-edit="seat">${esc(t('edit.seat'))}</button></div>`;
  renderTies();
  renderSeats();
}

async function renderTies() {
  if (!selected) return;
  const id = selected.id;
  const answer = await request('GET', 'collaborations?limit=10000');
  const list = $('edit-ties');
  if (!answer.ok || !list || !selected || selected.id !== id) return;
  const now = today();
  const ties = (answer.body.items || []).filter((c) => (c.a === id || c.b === id) && (!c.until || c.until >= now));
  list.innerHTML = ties.length === 0 ? `<li class="hint">${esc(t('edit.noTies'))}</li>` : ties.map((c) => {
    const other = c.a === id ? c.b : c.a;
    const name = map.cy.getElementById(other).data('label') || other;
    return `<li data-other="${esc(other)}">${esc(t('edit.tieSince', { name, date: date(c.since) || '–' }))}
      <button type="button" class="link" data-edit="end" data-a="${esc(c.a)}" data-b="${esc(c.b)}" data-since="${esc(c.since ?? '')}">${esc(t('edit.end'))}</button></li>`;
  }).join('');
}

async function renderSession() {
  if (sessionStart == null) return;
  const answer = await request('GET', `journal?since=${sessionStart}`);
  if (!answer.ok) return;
  const entries = (answer.body.entries || []).filter((e) => mine.has(e.version)).reverse();
  $('session-body').innerHTML = entries.length === 0 ? `<p class="hint">${esc(t('session.none'))}</p>`
    : `<ol class="session-changes">${entries.map((e) => {
      const what = (e.changes || []).map((c) => c.after?.name ?? c.before?.name ?? c.id).slice(0, 3).join(', ');
      return `<li data-version="${e.version}" data-op="${esc(e.op)}">${esc(t('session.entry', { version: e.version, op: t('op.' + e.op), what }))}</li>`;
    }).join('')}</ol>`;
}

/** A new partner's (or person's, service's, table's) id from its name, unique enough for one broker's session. */
export function slug(name, prefix = 'p') {
  const base = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${prefix}-${base.slice(0, 40) || 'nieuw'}-${Date.now().toString(36)}`;
}

function withoutNulls(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

async function save() {
  const row = withoutNulls({ ...selected.props, name: $('edit-name').value.trim(), sector: $('edit-sector').value.trim(), kind: $('edit-kind').value });
  if (selected.isNew) {
    const answer = await write('POST', 'partners', row);
    if (answer.ok) selected.isNew = false;
  } else {
    await write('PUT', `partners/${encodeURIComponent(selected.id)}`, row);
  }
}

async function saveTie() {
  const row = withoutNulls({
    a: pendingTie.a, b: pendingTie.b, kind: $('tie-kind').value, strength: Number($('tie-strength').value),
    trust: Number($('tie-trust').value), since: $('tie-since').value,
  });
  const answer = await write('POST', 'collaborations', row);
  if (answer.ok) { pendingTie = null; renderForm(); }
}

async function endTie(button) {
  const row = withoutNulls({ a: button.dataset.a, b: button.dataset.b, since: button.dataset.since, until: today() });
  // keep the tie's kind, strength and trust: send its row as it is, with until
  const all = await request('GET', 'collaborations?limit=10000');
  const found = (all.body?.items || []).find((c) => c.a === row.a && c.b === row.b && (c.since ?? '') === (row.since ?? ''));
  await write('POST', 'collaborations', withoutNulls({ ...(found || {}), ...row }));
}

async function undoRedo(which) {
  const answer = await request('POST', `journal/${which}`);
  if (answer.ok) {
    const version = answer.body?.version ?? etagOf(answer);
    mine.add(version);
    drawnAt = version;
    message(t(which === 'undo' ? 'edit.undone' : 'edit.redone', { version }));
    await afterWrite();
  } else if (answer.status === 409 && !answer.body?.conflicts) {
    message(t('edit.nothing'), 'bad');
  } else if (answer.status === 409) {
    const c = answer.body.conflicts[0];
    message(t('edit.conflict', { who: c?.who ?? '?', version: c?.version ?? '?' }), 'bad');
  } else {
    message(t('edit.failed', { status: answer.status }), 'bad');
  }
}

function onSelected(node) {
  if (!node || node.data('type') !== 'partner') {
    if (!connectFrom) { selected = null; pendingTie = null; renderForm(); }
    return;
  }
  creating = null;
  if (connectFrom && node.id() !== connectFrom.id) {
    pendingTie = { a: connectFrom.id, b: node.id() };
    connectFrom = null;
    selected = null;
    renderForm();
    return;
  }
  pendingTie = null;
  selected = { id: node.id(), props: null };
  reloadSelected();
}

export async function init() {
  const version = await versionNow();
  if (version == null) return; // not a broker: the map stays read-only
  drawnAt = version;
  sessionStart = version;
  $('edit').hidden = false;
  $('session').hidden = false;
  renderForm();
  renderSession();
  document.addEventListener('tafel:selected', (e) => onSelected(e.detail));
  $('edit-undo').addEventListener('click', () => { undoRedo('undo'); });
  $('edit-redo').addEventListener('click', () => { undoRedo('redo'); });
  for (const type of ['person', 'service', 'table']) {
    $(`edit-add-${type}`).addEventListener('click', () => {
      pendingTie = null;
      connectFrom = null;
      creating = type;
      renderForm();
    });
  }
  $('edit-draw').addEventListener('click', () => setDrawing(!drawTie.isOn()));
  $('edit-add').addEventListener('click', () => {
    pendingTie = null;
    connectFrom = null;
    creating = null;
    selected = { id: slug(t('edit.add')), props: { kind: 'non-profit' }, isNew: true };
    renderForm();
    $('edit-name').focus();
  });
  $('edit-form').addEventListener('click', (event) => {
    const button = event.target.closest('[data-edit]');
    if (!button) return;
    const action = button.dataset.edit;
    if (action === 'save') {
      if (selected.isNew) selected.id = selected.props.id = slug($('edit-name').value);
      save();
    }
    if (action === 'connect') {
      connectFrom = { id: selected.id, name: selected.props?.name ?? selected.id };
      renderForm();
    }
    if (action === 'save-tie') saveTie();
    if (action === 'cancel') { pendingTie = null; connectFrom = null; creating = null; renderForm(); }
    if (action === 'end') endTie(button);
    if (action === 'save-new') saveNew();
    if (action === 'seat') seat();
    if (action === 'leave') leave(button);
  });
}
