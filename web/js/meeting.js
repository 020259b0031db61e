// Meeting mode for a table (Net-Map style, for a projector or a touch screen: large text, 44 px targets):
// the group rates each actor's influence on the table's goal (0–5, shown as the node's size on the map)
// and its stance, adds partners and ties, and saves the session (POST /api/tables/{id}/sessions).

import { request } from './api.js';
import { t, addWords, date } from './i18n.js';
import { esc } from './dom.js';
import { state, today } from './state.js';
import * as map from './map.js';
import * as table from './table.js';
import { slug } from './edit.js';
import { words } from './meeting-words.js';
import { problemLine } from './messages.js';

addWords(words);

const $ = (id) => document.getElementById(id);
const STANCES = ['supports', 'neutral', 'opposes'];
let actors = []; // { id, name, influence, stance, isNew }
let ties = []; // { a, b }
let comparison = null; // the saved session compared with an earlier one (GET …/sessions/{sid}/compare)

const nameOf = (id) => actors.find((a) => a.id === id)?.name ?? id;

/** The influence as the node's size on the table's map. */
function sizeOnMap(actor) {
  const node = map.cy.getElementById(actor.id);
  if (node.nonempty()) node.style({ width: 24 + actor.influence * 14, height: 24 + actor.influence * 14 });
}

function render() {
  $('meeting-title').textContent = t('meeting.title', { table: table.analysis?.table?.name ?? state.table });
  const options = actors.filter((a) => a.type !== 'person').map((a) => `<option value="${esc(a.id)}">${esc(a.name)}</option>`).join('');
  $('meeting-body').innerHTML = `<p>${esc(t('meeting.intro'))}</p>
    <table class="meeting-actors"><thead><tr><th scope="col"></th><th scope="col">${esc(t('meeting.influence'))}</th><th scope="col">${esc(t('meeting.stance'))}</th></tr></thead><tbody>
    ${actors.map((a) => `<tr data-actor="${esc(a.id)}"><th scope="row">${esc(a.name)}${a.isNew ? ` <span class="small">(${esc(t('meeting.new'))})</span>` : ''}</th>
      <td><div class="choice" role="group" aria-label="${esc(t('meeting.influence'))}">${[0, 1, 2, 3, 4, 5].map((n) => `<button type="button" data-influence="${n}" aria-pressed="${a.influence === n}">${n}</button>`).join('')}</div></td>
      <td><div class="choice" role="group" aria-label="${esc(t('meeting.stance'))}">${STANCES.map((s) => `<button type="button" data-stance="${s}" aria-pressed="${a.stance === s}">${esc(t('meeting.stance.' + s))}</button>`).join('')}</div></td></tr>`).join('')}
    </tbody></table>
    <div class="meeting-row"><label for="meeting-partner">${esc(t('meeting.partnerName'))}</label>
      <input id="meeting-partner" type="text"><button type="button" data-meeting="add-partner">${esc(t('meeting.addPartner'))}</button></div>
    <div class="meeting-row"><label for="meeting-tie-a">${esc(t('meeting.tieA'))}</label><select id="meeting-tie-a">${options}</select>
      <label for="meeting-tie-b">${esc(t('meeting.tieB'))}</label><select id="meeting-tie-b">${options}</select>
      <button type="button" data-meeting="add-tie">${esc(t('meeting.addTie'))}</button></div>
    <h3>${esc(t('meeting.ties', { n: ties.length }))}</h3>
    <ul class="meeting-ties">${ties.map((x) => `<li>${esc(nameOf(x.a))} – ${esc(nameOf(x.b))}</li>`).join('')}</ul>
    ${comparisonHtml()}`;
}

/** One list of the comparison: a heading with its count and one item per row (or "none"). */
function compareList(key, rows, item) {
  return `<h4>${esc(t(key, { n: rows.length }))}</h4>
    <ul data-compare="${esc(key.split('.').pop())}">${rows.length ? rows.map((r) => `<li>${esc(item(r))}</li>`).join('') : `<li class="small">${esc(t('meeting.compare.none'))}</li>`}</ul>`;
}

/** What changed since the table's earlier session: actors, influence, stance, ties and partners. */
function comparisonHtml() {
  const c = comparison;
  if (!c) return '';
  if (!c.previous) return `<section id="meeting-compare" class="meeting-compare"><p>${esc(t('meeting.compare.first'))}</p></section>`;
  const stance = (s) => t('meeting.stance.' + s);
  const choose = c.earlier.length > 1 ? `<div class="meeting-row"><label for="meeting-compare-with">${esc(t('meeting.compare.with'))}</label>
    <select id="meeting-compare-with">${c.earlier.map((e) => `<option value="${esc(e.id)}"${e.id === c.previous.id ? ' selected' : ''}>${esc(date(e.date))}</option>`).join('')}</select></div>` : '';
  return `<section id="meeting-compare" class="meeting-compare" data-previous="${esc(c.previous.id)}">
    <h3>${esc(t('meeting.compare.title', { date: date(c.previous.date) }))}</h3>${choose}
    ${compareList('meeting.compare.influence', c.influenceChanged, (m) => `${m.name}: ${m.influenceBefore} → ${m.influenceAfter}`)}
    ${compareList('meeting.compare.stance', c.stanceChanged, (m) => `${m.name}: ${stance(m.stanceBefore)} → ${stance(m.stanceAfter)}`)}
    ${compareList('meeting.compare.ties', c.tiesAdded, (x) => `${x.aName} – ${x.bName}`)}
    ${compareList('meeting.compare.partners', c.partnersAdded, (p) => p.name)}
    ${compareList('meeting.compare.added', c.actorsAdded, (a) => t('meeting.compare.rated', { name: a.name, influence: a.influence, stance: stance(a.stance) }))}
    ${compareList('meeting.compare.removed', c.actorsRemoved, (a) => t('meeting.compare.rated', { name: a.name, influence: a.influence, stance: stance(a.stance) }))}
  </section>`;
}

/** Asks the server what changed since an earlier session (the one before, unless `earlier` names one). */
async function compare(session, earlier) {
  const query = earlier ? `?with=${encodeURIComponent(earlier)}` : '';
  const answer = await request('GET', `tables/${encodeURIComponent(state.table)}/sessions/${encodeURIComponent(session)}/compare${query}`);
  if (answer.ok) {
    comparison = answer.body;
    render();
  }
}

function open() {
  const members = table.analysis?.atTheTable || [];
  actors = members.map((m) => ({ id: m.id, name: m.name || m.id, type: m.type, influence: 0, stance: 'neutral' }));
  ties = [];
  comparison = null;
  $('meeting-message').textContent = '';
  render();
  $('meeting').hidden = false;
  document.body.classList.add('meeting-on');
}

function close() {
  $('meeting').hidden = true;
  document.body.classList.remove('meeting-on');
}

async function save() {
  const when = today();
  const body = {
    date: when,
    actors: actors.map((a) => ({ id: a.id, influence: a.influence, stance: a.stance })),
    partners: actors.filter((a) => a.isNew).map((a) => ({ id: a.id, name: a.name, kind: 'non-profit' })),
    ties: ties.map((x) => ({ a: x.a, b: x.b, since: when, kind: 'information-exchange' })),
  };
  const answer = await request('POST', `tables/${encodeURIComponent(state.table)}/sessions`, body);
  const el = $('meeting-message');
  if (answer.ok) {
    el.textContent = t('meeting.saved', { date: date(when), actors: body.actors.length, partners: body.partners.length, ties: body.ties.length });
    el.className = 'edit-message good';
    el.dataset.session = answer.body?.id ?? '';
    document.dispatchEvent(new CustomEvent('tafel:changed'));
    if (answer.body?.id) await compare(answer.body.id);
  } else {
    const e = answer.body?.errors?.[0];
    el.textContent = t('meeting.failed', { message: e ? problemLine(e) : (answer.body?.detail ?? answer.status) });
    el.className = 'edit-message bad';
  }
}

export async function init() {
  const answer = await request('GET', 'journal?since=999999999');
  if (!answer.ok) return; // brokers only
  $('meeting-start').hidden = false;
  $('meeting-start').addEventListener('click', open);
  $('meeting-close').addEventListener('click', close);
  $('meeting-save').addEventListener('click', () => { save(); });
  $('meeting-body').addEventListener('change', (event) => {
    if (event.target.id === 'meeting-compare-with' && comparison) compare(comparison.session.id, event.target.value);
  });
  $('meeting-body').addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    const row = button.closest('[data-actor]');
    const actor = row && actors.find((a) => a.id === row.dataset.actor);
    if (actor && button.dataset.influence !== undefined) { actor.influence = Number(button.dataset.influence); sizeOnMap(actor); render(); }
    if (actor && button.dataset.stance) { actor.stance = button.dataset.stance; render(); }
    if (button.dataset.meeting === 'add-partner') {
      const name = $('meeting-partner').value.trim();
      if (name) { actors.push({ id: slug(name), name, influence: 0, stance: 'neutral', isNew: true }); render(); }
    }
    if (button.dataset.meeting === 'add-tie') {
      const a = $('meeting-tie-a').value;
      const b = $('meeting-tie-b').value;
      if (a && b && a !== b && !ties.some((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a))) { ties.push({ a, b }); render(); }
    }
  });
}
