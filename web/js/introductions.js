// Introductions (brokers): a suggested missing link becomes an introduction with an owner (a person) and a
// due date; the list shows each one's state (proposed → contacted → met → collaborating / declined) and
// moves it forward; open introductions are drawn as a distinct dashed edge; "worked" shows once the tie exists.

import { request } from './api.js';
import { t, addWords, date } from './i18n.js';
import * as map from './map.js';
import { esc } from './dom.js';
import { today } from './state.js';
import { words } from './introductions-words.js';
import { problemLine } from './messages.js';

addWords(words);

const $ = (id) => document.getElementById(id);
const NEXT = { proposed: 'contacted', contacted: 'met', met: 'collaborating' };
let overview = { introductions: [], workedPerQuarter: {} };
let pending = null; // { a, b, reasons } being described

const nameOf = (id) => map.cy.getElementById(id).data('label') || id;
const isOpen = (i) => !i.worked && i.state !== 'collaborating' && i.state !== 'declined';

function inDays(days) {
  const d = new Date(today() + 'T12:00:00');
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

function message(text, kind = 'good') {
  const el = $('intro-message');
  el.textContent = text;
  el.className = 'edit-message ' + kind;
}

/** Draws the open introductions as dashed edges of their own style (after every drawing of the map). */
function drawEdges() {
  const cy = map.cy;
  cy.edges('.introduction').remove();
  const edges = overview.introductions.filter(isOpen)
    .filter((i) => cy.getElementById(i.a).nonempty() && cy.getElementById(i.b).nonempty())
    .map((i) => ({ group: 'edges', classes: 'introduction', data: { id: `introduction:${i.id}`, source: i.a, target: i.b, kind: 'introduction' } }));
  cy.add(edges);
}

function renderForm() {
  const form = $('intro-form');
  if (!pending) { form.innerHTML = ''; return; }
  const persons = map.cy.nodes('[type="person"]').map((n) => ({ id: n.id(), name: n.data('label') || n.id() }))
    .sort((x, y) => x.name.localeCompare(y.name));
  form.innerHTML = `<h3>${esc(t('intro.new', { a: nameOf(pending.a), b: nameOf(pending.b) }))}</h3>
    <label for="intro-owner">${esc(t('intro.owner'))}</label>
    <select id="intro-owner">${persons.map((p) => `<option value="${esc(p.id)}">${esc(p.name)}</option>`).join('')}</select>
    <label for="intro-due">${esc(t('intro.due'))}</label><input id="intro-due" type="date" value="${esc(inDays(30))}">
    <div class="buttons"><button type="button" class="primary" data-intro="create">${esc(t('intro.create'))}</button>
    <button type="button" class="link" data-intro="cancel">${esc(t('intro.cancel'))}</button></div>`;
}

function renderList() {
  const list = overview.introductions;
  const quarters = Object.entries(overview.workedPerQuarter || {});
  $('intro-body').innerHTML = (list.length === 0 ? `<p class="hint">${esc(t('intro.none'))}</p>`
    : `<ul class="introductions">${list.map((i) => {
      const next = NEXT[i.state];
      return `<li data-id="${esc(i.id)}" data-state="${esc(i.state)}" data-worked="${i.worked}">
        <strong>${esc(t('intro.item', { a: nameOf(i.a), b: nameOf(i.b) }))}</strong><br>
        <span class="small">${esc(t('intro.meta', { state: t('intro.state.' + i.state), owner: nameOf(i.owner), due: date(i.due) }))}</span>
        ${i.worked ? `<br><span class="worked">${esc(t('intro.worked', { date: date((i.workedAt || '').slice(0, 10)) }))}</span>` : ''}
        ${next ? `<div class="buttons"><button type="button" data-intro="next" data-id="${esc(i.id)}" data-state="${next}">${esc(t('intro.next', { state: t('intro.state.' + next) }))}</button>
        <button type="button" class="link" data-intro="next" data-id="${esc(i.id)}" data-state="declined">${esc(t('intro.decline'))}</button></div>` : ''}
      </li>`;
    }).join('')}</ul>`)
    + `<p class="small">${esc(quarters.length ? t('intro.perQuarter', { list: quarters.map(([q, n]) => `${q}: ${n}`).join(', ') }) : t('intro.noneWorked'))}</p>`;
}

async function load() {
  const answer = await request('GET', 'introductions');
  if (!answer.ok) return;
  overview = answer.body;
  renderList();
  drawEdges();
}

function failure(answer) {
  const e = answer.body?.errors?.[0];
  message(t('intro.failed', { message: e ? problemLine(e) : (answer.body?.detail ?? answer.status) }), 'bad');
}

async function create() {
  const answer = await request('POST', 'introductions', {
    a: pending.a, b: pending.b, owner: $('intro-owner').value, due: $('intro-due').value, reasons: pending.reasons,
  });
  if (!answer.ok) { failure(answer); return; }
  pending = null;
  renderForm();
  message(t('intro.created'));
  await load();
}

async function move(id, state) {
  const answer = await request('PATCH', `introductions/${encodeURIComponent(id)}`, { state });
  if (!answer.ok) { failure(answer); return; }
  message(t('intro.moved', { state: t('intro.state.' + answer.body.state) }));
  await load();
}

export async function init() {
  const answer = await request('GET', 'introductions');
  if (!answer.ok) return; // not a broker
  document.body.classList.add('can-introduce');
  map.cy.style().selector('edge.introduction').style({
    'line-color': '#AA3377', 'line-style': 'dashed', 'line-dash-pattern': [3, 6], 'width': 3.5, 'opacity': 1,
    'curve-style': 'bezier', 'target-arrow-shape': 'none', 'z-index': 14,
  }).update();
  $('intro').hidden = false;
  overview = answer.body;
  renderList();
  document.addEventListener('tafel:drawn', drawEdges);
  document.addEventListener('tafel:changed', () => { load(); });
  document.addEventListener('click', (event) => {
    const make = event.target.closest('[data-introduce-a]');
    if (make) {
      pending = { a: make.dataset.introduceA, b: make.dataset.introduceB, reasons: [`${make.dataset.method} score ${make.dataset.score}`] };
      renderForm();
      $('intro').scrollIntoView({ block: 'nearest' });
      return;
    }
    const button = event.target.closest('[data-intro]');
    if (!button) return;
    if (button.dataset.intro === 'create') create();
    if (button.dataset.intro === 'cancel') { pending = null; renderForm(); }
    if (button.dataset.intro === 'next') move(button.dataset.id, button.dataset.state);
  });
}
