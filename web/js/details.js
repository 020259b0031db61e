// The details panel (properties, scores in a broker's words, direct ties) and the what-if.

import * as api from './api.js';
import { state } from './state.js';
import { t, word, number, date } from './i18n.js';
import { message } from './messages.js';
import { tip, about } from './glossary.js';
import { cy, focus } from './map.js';
import { esc } from './dom.js';
import * as legend from './legend.js';

const SCORES = ['degree', 'betweenness', 'pagerank', 'closeness', 'eigenvector', 'coreness', 'katz'];
const HIDDEN_PROPS = new Set(['id', 'label', 'type', 'size', 'fontSize', 'display', 'color', 'width',
  ...SCORES, 'articulation', 'community', 'rank', 'score', 'reasons', 'chair']);

let current = null; // {id, props}
let hooks = { expand: () => {}, collapse: () => {} };
let lastWhatIf = null;
const cache = new Map();

export function init(callbacks) {
  hooks = callbacks;
  document.addEventListener('tafel:changed', () => cache.clear()); // an edit or upload changed properties
  document.getElementById('details-close').addEventListener('click', close);
  document.getElementById('whatif-clear').addEventListener('click', clearWhatIf);
  document.getElementById('panel').addEventListener('click', (event) => {
    const target = event.target.closest('[data-node]');
    if (target) {
      const node = cy.getElementById(target.dataset.node);
      if (node.nonempty()) { focus(node); show(node); }
      return;
    }
    const action = event.target.closest('[data-action]');
    if (!action) return;
    if (action.dataset.action === 'what-if') whatIf(action.dataset.id);
    if (action.dataset.action === 'expand') hooks.expand(action.dataset.neighbourhood);
    if (action.dataset.action === 'collapse') hooks.collapse();
  });
}

export function close() {
  current = null;
  document.dispatchEvent(new CustomEvent('tafel:selected', { detail: null }));
  document.getElementById('details').hidden = true;
  cy?.elements().removeClass('focus');
}

/** Opens the panel for a node; properties come from the REST resource of its type. */
export async function show(node) {
  const d = node.data();
  document.dispatchEvent(new CustomEvent('tafel:selected', { detail: node })); // web/js/edit.js
  current = { id: d.id, props: cache.get(d.id) || null };
  render();
  const collection = api.collectionOf(d.type);
  if (!current.props && collection && !node.hasClass('round-table')) {
    try {
      const props = await api.get(`${collection}/${encodeURIComponent(d.id)}`);
      cache.set(d.id, props);
      if (current && current.id === d.id) { current.props = props; render(); }
    } catch (e) {
      if (current && current.id === d.id) api.showError(e);
    }
  }
}

function value(v) {
  if (Array.isArray(v)) return v.length ? v.map(word).join(', ') : '–';
  if (v && typeof v === 'object') {
    return Object.entries(v).map(([k, x]) => `${t('access.' + k) !== 'access.' + k ? t('access.' + k) : k} ${x}`).join(', ');
  }
  if (typeof v === 'boolean') return t(v ? 'yes' : 'no');
  if (typeof v === 'number') return number(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(String(v))) return date(v);
  return word(v);
}

function propRows(props) {
  return Object.entries(props)
    .filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== undefined && v !== '' && !(k === 'name'))
    .map(([k, v]) => {
      const key = 'prop.' + k;
      const label = t(key) !== key ? t(key) : k;
      if ((k === 'worksFor' || k === 'provider') && cy.getElementById(v).nonempty()) {
        return `<dt>${esc(label)}</dt><dd><button type="button" class="link" data-node="${esc(v)}">${esc(cy.getElementById(v).data('label'))}</button></dd>`;
      }
      return `<dt>${esc(label)}</dt><dd>${esc(value(v))}</dd>`;
    }).join('');
}

export function render() {
  if (!current) return;
  const node = cy.getElementById(current.id);
  if (node.empty()) { close(); return; }
  const d = node.data();
  const box = document.getElementById('details');
  document.getElementById('details-title').textContent = d.type === 'family' ? t('type.family') : (d.label || d.name || d.id);
  const parts = [];
  parts.push(`<p class="kind">${esc(t('type.' + (d.type || 'partner')))}${d.sector ? ' · ' + esc(word(d.sector)) : ''}${d.role ? ' · ' + esc(word(d.role)) : ''}</p>`);

  if (d.type === 'family-group') {
    parts.push(`<p>${esc(t('details.familyGroup', { count: d.count ?? '?', neighbourhood: word(d.neighbourhood) }))}</p>`);
    parts.push(`<button type="button" data-action="expand" data-neighbourhood="${esc(d.neighbourhood || '')}">${esc(t('details.expand', { neighbourhood: word(d.neighbourhood) }))}</button>`);
  }
  if (state.mode === 'map' && !state.aggregate) {
    parts.push(`<button type="button" class="secondary" data-action="collapse">${esc(t('details.collapse'))}</button>`);
  }

  // Table mode: an empty chair explains why it should be filled
  if (node.hasClass('empty-chair')) {
    parts.push(`<p><strong>${esc(t('details.rank', { rank: d.rank, score: number(d.score) }))}</strong><br><span class="small">${esc(about('score.relevance'))}</span></p>`);
    parts.push(`<h3>${esc(t('details.why'))}</h3>${reasonsHtml(d.reasons)}`);
  }
  if (node.hasClass('seat') && d.since) {
    parts.push(`<p>${esc(word(d.role))}, ${esc(t('table.since', { date: date(d.since) }))}</p>`);
  }

  const props = current.props ? propRows(current.props) : '';
  if (props) parts.push(`<h3>${esc(t('details.properties'))}</h3><dl class="props">${props}</dl>`);

  const scores = SCORES.filter((s) => typeof d[s] === 'number');
  if (scores.length) {
    const rows = scores.map((s) => `<dt title="${esc(tip('score.' + s))}">${esc(t('score.' + s))} <span class="score">${esc(number(d[s], s === 'degree' || s === 'coreness' ? 0 : 3))}</span></dt><dd>${esc(t('explain.' + s))}</dd>`);
    if (d.articulation) rows.push(`<dt>${esc(t('score.articulation'))} <span class="score">${esc(t('yes'))}</span></dt><dd>${esc(t('explain.articulation'))}</dd>`);
    if (d.community != null) rows.push(`<dt>${esc(t('score.community'))} <span class="score">${esc(String(d.community + 1))}</span></dt><dd>${esc(t('explain.community'))}</dd>`);
    parts.push(`<h3>${esc(t('details.scores'))}</h3><dl class="scores">${rows.join('')}</dl>`);
  }

  if (state.mode === 'map' && d.type !== 'family-group') {
    const key = d.type === 'partner' ? 'whatif.partner' : d.type === 'person' ? 'whatif.person' : 'whatif.other';
    parts.push(`<button type="button" class="primary" data-action="what-if" data-id="${esc(d.id)}">${esc(t(key))}</button>`);
  }
  if (d.type === 'partner') parts.push(`<p><a class="report-link" href="/?partner=${encodeURIComponent(d.id)}&amp;at=${esc(state.at)}">${esc(t('report.partnerLink'))}</a></p>`);

  if (state.mode === 'map') {
    const neighbours = node.neighborhood('node').sort((a, b) => (b.data('degree') || 0) - (a.data('degree') || 0));
    parts.push(`<h3>${esc(t('details.neighbours', { n: neighbours.length }))}</h3>`);
    if (neighbours.empty()) parts.push(`<p class="muted">${esc(t('details.noNeighbours'))}</p>`);
    else {
      const items = neighbours.slice(0, 60).map((m) => {
        const kind = node.edgesWith(m).filter((e) => !e.hasClass('suggested')).first().data('kind');
        const text = m.data('type') === 'family' ? `${t('type.family')} ${m.id()}` : (m.data('display') || m.data('label') || m.id());
        return `<li><button type="button" class="link" data-node="${esc(m.id())}">${esc(text)}</button>${kind ? ` <span class="muted">${esc(t('edge.' + kind))}</span>` : ''}</li>`;
      });
      parts.push(`<ul class="neighbours">${items.join('')}${neighbours.length > 60 ? '<li>…</li>' : ''}</ul>`);
    }
  }
  document.getElementById('details-body').innerHTML = parts.join('');
  box.hidden = false;
}

export function reasonsHtml(reasons) {
  if (!reasons || reasons.length === 0) return '';
  return '<ul class="reasons">' + reasons.map((r) => {
    const key = 'reason.' + r.kind;
    const kind = t(key) !== key ? t(key) : word(r.kind);
    // counts speak for themselves; raw scores (0.019…) would not, so the sentence carries them
    const v = !r.text && typeof r.value === 'number' && Number.isInteger(r.value) && r.value > 0 ? ` <span class="score">${esc(number(r.value))}</span>` : '';
    return `<li><strong>${esc(kind)}</strong>${v}${r.text ? `<br><span class="small">${esc(message(r.message, r.text))}</span>` : ''}</li>`;
  }).join('') + '</ul>';
}

// ---- What if ----

export async function whatIf(id) {
  const node = cy.getElementById(id);
  const label = node.nonempty() ? node.data('label') : id;
  try {
    const answer = await api.get('what-if', { remove: id, view: 'ecosystem', at: state.at });
    lastWhatIf = { answer, label };
    markWhatIf(answer);
    renderWhatIf();
    document.getElementById('whatif').scrollIntoView({ block: 'nearest' });
  } catch (e) {
    api.showError(e);
  }
}

function markWhatIf(answer) {
  cy.batch(() => {
    cy.elements().removeClass('removed cut-off new-bridge');
    for (const id of [...(answer.removed || []), ...(answer.leavingWith || [])]) {
      const n = cy.getElementById(id);
      n.addClass('removed');
      n.connectedEdges().addClass('removed');
    }
    const cut = [...(answer.cutOff?.partners || []), ...(answer.cutOff?.persons || []), ...(answer.cutOff?.familyIds || [])];
    for (const id of cut) cy.getElementById(id).addClass('cut-off');
    for (const id of answer.newBridgeFigures || []) cy.getElementById(id).addClass('new-bridge');
  });
  legend.render();
}

export function renderWhatIf() {
  if (!lastWhatIf) return;
  const { answer, label } = lastWhatIf;
  const b = answer.before || {};
  const a = answer.after || {};
  const partners = [...(answer.cutOff?.partners || []), ...(answer.cutOff?.persons || [])];
  const families = answer.cutOff?.families ?? 0;
  const nameOf = (id) => { const n = cy.getElementById(id); return n.nonempty() ? n.data('label') : id; };
  const parts = [];
  parts.push(`<ul class="facts">`
    + `<li>${esc(t('whatif.components', { before: number(b.components), after: number(a.components) }))}</li>`
    + (b.fragmentation != null ? `<li>${esc(t('whatif.fragmentation', { before: number(b.fragmentation), after: number(a.fragmentation) }))}</li>` : '')
    + `<li>${esc(t('whatif.partners', { n: (answer.cutOff?.partners || []).length }))}</li>`
    + ((answer.cutOff?.persons || []).length ? `<li>${esc(t('whatif.persons', { n: answer.cutOff.persons.length }))}</li>` : '')
    + `<li>${esc(t('whatif.families', { n: families }))}</li></ul>`);
  if ((answer.leavingWith || []).length) parts.push(`<p class="small">${esc(t('whatif.leavingWith', { n: answer.leavingWith.length }))}</p>`);
  if (partners.length === 0 && !families) parts.push(`<p>${esc(t('whatif.nobody'))}</p>`);
  if (partners.length) {
    parts.push('<ul class="neighbours">' + partners.map((id) => `<li><button type="button" class="link" data-node="${esc(id)}">${esc(nameOf(id))}</button></li>`).join('') + '</ul>');
  }
  const lost = answer.domainsLost || [];
  if (lost.length) {
    parts.push(`<h3>${esc(t('whatif.domainsLost'))}</h3><ul>${lost.map((x) => `<li>${esc(word(x.domain))}: ${esc(t('table.families', { n: x.families }))}</li>`).join('')}</ul>`);
  }
  const bridges = answer.newBridgeFigures || [];
  if (bridges.length) {
    parts.push(`<h3>${esc(t('whatif.newBridges'))}</h3><ul class="neighbours">${bridges.map((id) => `<li><button type="button" class="link" data-node="${esc(id)}">${esc(nameOf(id))}</button></li>`).join('')}</ul>`);
  }
  parts.push(`<p class="small">${esc(t('whatif.onMap'))}</p>`);
  document.getElementById('whatif-title').textContent = t('whatif.title', { name: label });
  document.getElementById('whatif-body').innerHTML = parts.join('');
  document.getElementById('whatif').hidden = false;
}

export function clearWhatIf() {
  lastWhatIf = null;
  cy?.elements().removeClass('removed cut-off new-bridge');
  document.getElementById('whatif').hidden = true;
  legend.render();
}

export function refresh() {
  render();
  renderWhatIf();
}

export function currentId() {
  return current?.id;
}
