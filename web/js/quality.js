// The panel "Gegevenskwaliteit" (brokers): GET /api/quality lists isolated partners, stale ties, likely
// duplicates, persons without an organisation and unused services; a duplicate pair of partners is merged
// with POST /api/partners/{id}/merge (one journaled, undoable change).

import { request } from './api.js';
import { t, addWords, date } from './i18n.js';
import { esc } from './dom.js';
import * as map from './map.js';
import { words } from './quality-words.js';
import { problemLine } from './messages.js';

addWords(words);

const $ = (id) => document.getElementById(id);
const nameOf = (id) => map.cy.getElementById(id).data('label') || id;

function list(title, items, render) {
  return `<h3>${esc(t(title, { n: items.length }))}</h3>`
    + (items.length === 0 ? `<p class="hint">${esc(t('quality.none'))}</p>`
      : `<ul class="quality-list">${items.slice(0, 50).map(render).join('')}</ul>`);
}

function mergeButton(from, into) {
  return `<button type="button" class="link" data-merge="${esc(from.id)}" data-into="${esc(into.id)}"
    data-from-name="${esc(from.name)}" data-into-name="${esc(into.name)}">${esc(t('quality.merge', { from: from.name, into: into.name }))}</button>`;
}

function render(report) {
  $('quality-body').innerHTML = [
    list('quality.duplicates', report.duplicates || [], (d) => `<li class="duplicate" data-section="${esc(d.section)}" data-first="${esc(d.first.id)}" data-second="${esc(d.second.id)}">
      <strong>${esc(d.first.name)}</strong> – <strong>${esc(d.second.name)}</strong>
      <span class="small">(${esc(t('quality.section.' + d.section))}, ${esc(t('quality.similar', { pct: Math.round(d.similarity * 100) }))})</span>
      ${d.section === 'partners' ? `<br>${mergeButton(d.second, d.first)}<br>${mergeButton(d.first, d.second)}` : ''}</li>`),
    list('quality.isolated', report.isolatedPartners || [], (p) => `<li>${esc(p.name)}</li>`),
    list('quality.stale', report.staleTies || [], (s) => `<li>${esc(t('quality.staleTie', { a: nameOf(s.a), b: nameOf(s.b), date: date(s.since) }))}</li>`),
    list('quality.persons', report.personsWithoutOrganisation || [], (p) => `<li>${esc(p.name)}</li>`),
    list('quality.unused', report.unusedServices || [], (s) => `<li>${esc(s.name)}</li>`),
  ].join('');
}

async function load() {
  const answer = await request('GET', 'quality');
  if (answer.ok) render(answer.body);
}

async function merge(button) {
  const from = { id: button.dataset.merge, name: button.dataset.fromName };
  const into = { id: button.dataset.into, name: button.dataset.intoName };
  const answer = await request('POST', `partners/${encodeURIComponent(from.id)}/merge`, { into: into.id });
  const el = $('quality-message');
  if (answer.ok) {
    el.textContent = t('quality.merged', { from: from.name, into: into.name, version: answer.body?.version ?? '' });
    el.className = 'edit-message good';
    document.dispatchEvent(new CustomEvent('tafel:changed'));
    await load();
  } else {
    const e = answer.body?.errors?.[0];
    el.textContent = t('quality.failed', { message: e ? problemLine(e) : (answer.body?.detail ?? answer.status) });
    el.className = 'edit-message bad';
  }
}

export async function init() {
  const answer = await request('GET', 'journal?since=999999999');
  if (!answer.ok) return; // brokers only
  $('quality').hidden = false;
  $('quality-check').addEventListener('click', () => { load(); });
  $('quality-body').addEventListener('click', (event) => {
    const button = event.target.closest('[data-merge]');
    if (button) merge(button);
  });
}
