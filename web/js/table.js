// Table mode: who sits at the table (in the middle), who is missing (empty chairs around it),
// and which life domains, neighbourhoods and age bands have nobody at the table.

import * as api from './api.js';
import { state } from './state.js';
import { t, word, number, date } from './i18n.js';
import { cy } from './map.js';
import { esc } from './dom.js';
import { sectorColour, UNKNOWN } from './style.js';
import { reasonsHtml } from './details.js';
import { about } from './glossary.js';
import * as labels from './labels.js';
import { fitText } from './labels.js';
import * as named from './named-missing.js';

export const MAX_CHAIRS = 12;
let tables = null;
export let analysis = null;

export async function loadTables() {
  if (tables) return tables;
  const answer = await api.get('tables', { limit: 500 });
  tables = (Array.isArray(answer) ? answer : answer?.items || []).slice().sort((a, b) => String(a.name).localeCompare(String(b.name)));
  renderTableOptions();
  return tables;
}

export function renderTableOptions() {
  const select = document.getElementById('table');
  if (!tables) return;
  select.innerHTML = tables.length
    ? tables.map((x) => `<option value="${esc(x.id)}">${esc(x.name)} — ${esc(word(x.kind))}</option>`).join('')
    : `<option value="">${esc(t('table.none'))}</option>`;
  if (state.table && !tables.some((x) => x.id === state.table)) {
    select.insertAdjacentHTML('afterbegin', `<option value="${esc(state.table)}">${esc(state.table)}</option>`);
  }
  if (!state.table && tables.length) state.table = tables[0].id;
  select.value = state.table;
}

export async function load() {
  return api.get(`tables/${encodeURIComponent(state.table)}/analysis`, { at: state.at });
}

/** Labels point away from the table, so the rings keep their names apart. */
function side(angle) {
  const c = Math.cos(angle);
  if (Math.abs(c) < 0.3) return Math.sin(angle) < 0 ? 'top' : 'bottom';
  return c < 0 ? 'left' : 'right';
}

/** Places the members on a ring round the table and the missing partners on an outer ring, best first from the top. */
export function draw(answer) {
  analysis = answer;
  const members = answer.atTheTable || [];
  const missing = (answer.missing || []).slice(0, MAX_CHAIRS);
  const elements = [];
  const centre = `table:${answer.table?.id || state.table}`;
  const tableSize = Math.max(200, Math.min(340, 120 + members.length * 16));
  elements.push({
    group: 'nodes', classes: 'round-table',
    data: { id: centre, type: 'table', label: answer.table?.name, display: answer.table?.name, size: tableSize, color: '#F1E6D2' },
    position: { x: 0, y: 0 },
  });

  const r1 = tableSize / 2 + 120 + Math.max(0, members.length - 8) * 10;
  members.forEach((m, i) => {
    // half a step off the chairs' angles, so a member's name points between two empty chairs
    const angle = -Math.PI / 2 + (2 * Math.PI * (i + 0.5)) / Math.max(1, members.length);
    elements.push({
      group: 'nodes', classes: 'seat',
      data: {
        ...m, label: m.name, display: fitText(m.name, 13, 600), wrap: true, type: m.type || 'partner', size: m.type === 'person' ? 54 : 72,
        color: m.sector ? sectorColour(m.sector) : UNKNOWN, side: side(angle),
      },
      position: { x: r1 * Math.cos(angle), y: r1 * Math.sin(angle) },
    });
    elements.push({ group: 'edges', classes: 'seat-edge', data: { id: `seat:${m.id}`, source: m.id, target: centre, width: 2 } });
  });

  const maxScore = Math.max(1e-9, ...missing.map((m) => Number(m.score) || 0));
  const r2 = Math.max(r1 + 280, (missing.length * 150) / (2 * Math.PI));
  missing.forEach((m, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, missing.length);
    const s = Math.sqrt(Math.max(0, Number(m.score) || 0) / maxScore);
    elements.push({
      group: 'nodes', classes: 'empty-chair',
      data: {
        ...m, type: 'partner', rank: i + 1, label: m.name, display: fitText(`${i + 1}. ${m.name}`, 13, 400), wrap: true, short: String(i + 1),
        size: 40 + 46 * s, color: m.sector ? sectorColour(m.sector) : '#6E7781',
        side: side(angle),
      },
      position: { x: r2 * Math.cos(angle), y: r2 * Math.sin(angle) },
    });
  });

  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  cy.layout({ name: 'preset', fit: true, padding: 50 }).run();
  labels.fitWithLabels();
  render();
}

function list(items, fn) {
  if (!items || items.length === 0) return `<p class="muted">${esc(t('table.nothing'))}</p>`;
  return `<ul>${items.map(fn).join('')}</ul>`;
}

export function render() {
  const body = document.getElementById('table-body');
  const a = analysis;
  if (!a) { body.innerHTML = ''; return; }
  const members = a.atTheTable || [];
  const missing = a.missing || [];
  const chairs = a.emptyChairs || {};
  const parts = [];
  document.getElementById('table-title').textContent = a.table?.name || t('mode.table');
  parts.push(`<p class="kind">${esc(word(a.table?.kind))}${(a.table?.domains || []).length ? ' · ' + esc(a.table.domains.map(word).join(', ')) : ''} · ${esc(date(a.at || state.at))}</p>`);
  parts.push(`<p><a class="report-link" href="/?scorecard=${encodeURIComponent(a.table?.id || state.table)}&amp;at=${esc(a.at || state.at)}">${esc(t('report.scorecardLink'))}</a></p>`);

  parts.push(`<h3>${esc(t('table.emptyChairs'))}</h3>`);
  parts.push(`<h4>${esc(t('table.emptyDomains'))}</h4>`
    + list(chairs.domains, (x) => `<li>${esc(word(x.domain))} <span class="muted">${esc(t('table.families', { n: x.families }))}</span></li>`));
  parts.push(`<h4>${esc(t('table.emptyNeighbourhoods'))}</h4>`
    + list(chairs.neighbourhoods, (x) => `<li>${esc(word(x.neighbourhood))} <span class="muted">${esc(t('table.families', { n: x.families }))}</span></li>`));
  parts.push(`<h4>${esc(t('table.emptyAgeBands'))}</h4>`
    + list(chairs.ageBands, (x) => `<li>${esc(word(x.ageBand))} <span class="muted">${esc(t('table.families', { n: x.families }))}</span></li>`));
  const voice = chairs.familyVoice === true;
  parts.push(`<p class="voice ${voice ? 'yes' : 'no'}"><strong>${esc(t('table.familyVoice'))}:</strong> ${esc(t(voice ? 'yes' : 'no'))}</p>`);

  parts.push(`<h3>${esc(t('table.missing', { n: missing.length }))}</h3>`);
  if (missing.length === 0) parts.push(`<p>${esc(t('table.missingNone'))}</p>`);
  else {
    parts.push(`<p class="small">${esc(about('score.relevance'))}</p>`);
    parts.push(`<ol id="missing" class="ranked">${missing.map((m, i) => `<li data-id="${esc(m.id)}">`
      + `<details><summary><span class="name">${esc(m.name)}</span> <span class="muted">${esc(word(m.sector))}</span> <span class="score">${esc(number(m.score))}</span></summary>`
      + `${reasonsHtml(m.reasons)}${i < MAX_CHAIRS ? `<button type="button" class="link" data-node="${esc(m.id)}">${esc(t('table.showOnMap'))}</button>` : ''}</details></li>`).join('')}</ol>`);
    if (missing.length > MAX_CHAIRS) parts.push(`<p class="small">${esc(t('table.chairsShown', { n: MAX_CHAIRS }))}</p>`);
  }
  parts.push(named.html(a.namedMissing));
  parts.push(`<h3>${esc(t('table.atTheTable', { n: members.length }))}</h3>`);
  parts.push(`<ul id="seated" class="neighbours">${members.map((m) => `<li data-id="${esc(m.id)}"><button type="button" class="link" data-node="${esc(m.id)}">${esc(m.name)}</button>`
    + ` <span class="muted">${esc(word(m.role))}${m.since ? ', ' + esc(t('table.since', { date: date(m.since) })) : ''}</span></li>`).join('')}</ul>`);

  body.innerHTML = parts.join('');
}

export function reasonsTooltip(node) {
  const d = node.data();
  return `<strong>${esc(d.rank)}. ${esc(d.label)}</strong> <span class="score">${esc(number(d.score))}</span>${reasonsHtml(d.reasons)}`;
}
