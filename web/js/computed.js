// What the API computes and the app shows beside the map: in the details panel a partner's brokerage
// roles (Gould and Fernandez, referral view by sector) and its structural holes (Burt's constraint and
// effective size), a service's access (the Flemish 5 B's); in table mode the members' engagement and who
// joined or left the table since a date.

import * as api from './api.js';
import { state } from './state.js';
import { t, addWords, number, date, word } from './i18n.js';
import { esc } from './dom.js';
import * as table from './table.js';
import { words } from './computed-words.js';

addWords(words);

const $ = (id) => document.getElementById(id);
const ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'];
const ACCESS = ['reachable', 'available', 'affordable', 'usable', 'understandable'];
const PARTNER_VIEWS = ['collaboration', 'referral', 'shared-families'];

/** Whole-view answers, asked once per view, date and graph change. */
const answers = new Map();
let selected = null;
let shownTable = null;
let seq = 0;

function once(path, params) {
  const key = path + JSON.stringify(params);
  if (!answers.has(key)) {
    const request = api.get(path, params);
    request.catch(() => answers.delete(key)); // a failure is asked again next time
    answers.set(key, request);
  }
  return answers.get(key);
}

/** The partner view whose structural holes the details show: the map's, or collaboration on the ecosystem. */
function holesView() {
  return PARTNER_VIEWS.includes(state.view) && state.mode === 'map' ? state.view : 'collaboration';
}

export function init() {
  document.addEventListener('tafel:selected', (e) => { selected = e.detail; renderDetails(); });
  document.addEventListener('tafel:changed', () => { answers.clear(); shownTable = null; });
  // table mode: the members' engagement once the table's analysis is drawn; map mode: the sectors' E-I
  new MutationObserver(() => {
    if (document.body.dataset.state !== 'ready') return;
    if (state.mode === 'table' && table.analysis !== shownTable) {
      shownTable = table.analysis;
      renderEngagement();
    }
    if (state.mode === 'map') renderSectors();
  }).observe(document.body, { attributes: true, attributeFilter: ['data-state'] });
}

/** Re-renders in the current language. */
export function refresh() {
  renderDetails();
  if (state.mode === 'map') renderSectors();
  if (state.mode === 'table') renderEngagement();
}

// ---- Details panel ----

async function renderDetails() {
  const box = $('details-extra');
  const mine = ++seq;
  box.innerHTML = '';
  const node = selected;
  if (!node || node.removed()) return;
  const d = node.data();
  const id = d.id;
  const parts = [];
  try {
    if (d.type === 'partner' && !node.hasClass('empty-chair')) {
      const [brokerage, centrality] = await Promise.all([
        once('analysis/brokerage', { view: 'referral', groupBy: 'sector', at: state.at, limit: 10000 }),
        once('analysis/centrality', { view: holesView(), at: state.at, limit: 10000 }),
      ]);
      parts.push(rolesHtml((brokerage.nodes || []).find((n) => n.id === id)));
      parts.push(holesHtml((centrality.nodes || []).find((n) => n.id === id), centrality.view));
    } else if (d.type === 'service') {
      const service = await once(`services/${encodeURIComponent(id)}`, {});
      parts.push(accessHtml(service.access));
    }
  } catch (e) {
    if (mine === seq) api.showError(e);
    return;
  }
  if (mine !== seq || selected !== node) return;
  box.innerHTML = parts.join('');
}

function rolesHtml(roles) {
  const head = `<h3>${esc(t('brokerage.title'))}</h3><p class="small">${esc(t('brokerage.note'))}</p>`;
  if (!roles || !roles.total) return `${head}<p class="muted" id="brokerage-none">${esc(t('brokerage.none'))}</p>`;
  const rows = ROLES.filter((r) => roles[r] > 0).map((r) => `<dt>${esc(t('brokerage.' + r))} <span class="score">${esc(number(roles[r]))}</span></dt>`
    + `<dd>${esc(t('brokerage.' + r + '.hint'))}</dd>`);
  rows.push(`<dt>${esc(t('brokerage.total'))} <span class="score">${esc(number(roles.total))}</span></dt><dd></dd>`);
  return `${head}<dl class="scores" id="brokerage-roles">${rows.join('')}</dl>`;
}

function holesHtml(scores, view) {
  const head = `<h3>${esc(t('holes.title', { view: t('view.' + view) }))}</h3>`;
  if (!scores || !(scores.degree > 0)) return `${head}<p class="muted">${esc(t('holes.none'))}</p>`;
  return `${head}<dl class="scores" id="structural-holes">`
    + `<dt>${esc(t('holes.constraint'))} <span class="score">${esc(number(scores.constraint, 3))}</span></dt><dd>${esc(t('holes.constraint.hint'))}</dd>`
    + `<dt>${esc(t('holes.effectiveSize'))} <span class="score">${esc(number(scores.effectiveSize, 1))}</span></dt><dd>${esc(t('holes.effectiveSize.hint'))}</dd>`
    + '</dl>';
}

function accessHtml(access) {
  const head = `<h3>${esc(t('access.title'))}</h3>`;
  const known = ACCESS.filter((b) => typeof access?.[b] === 'number');
  if (known.length === 0) return `${head}<p class="muted">${esc(t('access.missing'))}</p>`;
  const rows = known.map((b) => `<li data-b="${b}"><span class="b-name" title="${esc(b)}">${esc(t('access.' + b))}</span>`
    + `<meter class="b-bar" min="1" max="5" low="2.5" high="3.5" optimum="5" value="${access[b]}" aria-hidden="true"></meter>`
    + `<span class="score">${esc(number(access[b]))}/5</span></li>`);
  const weakest = known.reduce((a, b) => (access[b] < access[a] ? b : a));
  return `${head}<ul class="access" id="access-scores">${rows.join('')}</ul>`
    + `<p class="small">${esc(t('access.weakest', { b: t('access.' + weakest) }))} · ${esc(t('access.note'))}</p>`;
}

// ---- Table mode: engagement and turnover ----

async function renderEngagement() {
  const card = $('engagement');
  const a = table.analysis;
  if (!a) { card.hidden = true; return; }
  const members = a.engagement || [];
  const low = (m, k) => (m.relativeToMedian?.[k] != null && m.relativeToMedian[k] < 0.5 ? ' class="low"' : '');
  const cell = (m, k, value) => `<td${low(m, k)}${low(m, k) ? ` title="${esc(t('engagement.low'))}"` : ''}>${esc(number(value))}</td>`;
  const rows = members.map((m) => `<tr data-id="${esc(m.id)}"><th scope="row">${esc(m.name || m.id)}</th>`
    + `${cell(m, 'collaborations', m.collaborations)}<td>${esc(number(m.collaborationsWithMembers))}</td>`
    + `${cell(m, 'referralsSent', m.referralsSent)}${cell(m, 'referralsReceived', m.referralsReceived)}${cell(m, 'families', m.families)}</tr>`);
  $('engagement-title').textContent = t('engagement.title');
  $('engagement-body').innerHTML = members.length === 0 ? `<p class="muted">${esc(t('engagement.none'))}</p>`
    : `<p class="small">${esc(t('engagement.note'))}</p><div class="scroll"><table class="engagement"><thead><tr>`
      + `<th scope="col">${esc(t('engagement.member'))}</th><th scope="col">${esc(t('engagement.collaborations'))}</th>`
      + `<th scope="col">${esc(t('engagement.withMembers'))}</th><th scope="col">${esc(t('engagement.sent'))}</th>`
      + `<th scope="col">${esc(t('engagement.received'))}</th><th scope="col">${esc(t('engagement.families'))}</th></tr></thead>`
      + `<tbody>${rows.join('')}</tbody></table></div>`;
  card.hidden = false;
  await renderTurnover(a);
}

/** A year before the table's date, or the difference mode's date when one is chosen. */
function turnoverSince() {
  if (state.since && state.since < state.at) return state.since;
  const d = new Date(state.at + 'T12:00:00');
  d.setFullYear(d.getFullYear() - 1);
  return d.toISOString().slice(0, 10);
}

async function renderTurnover(a) {
  const box = $('turnover');
  const id = a.table?.id || state.table;
  const since = turnoverSince();
  let compared;
  try {
    compared = await once(`tables/${encodeURIComponent(id)}/compare`, { from: since, to: state.at });
  } catch (e) {
    api.showError(e);
    return;
  }
  if (table.analysis !== a) return;
  const names = (list) => (list.length ? list.map((m) => esc(m.name || m.id) + (m.role ? ` <span class="muted">${esc(word(m.role))}</span>` : '')).join(', ') : esc(t('turnover.nobody')));
  const joined = compared.joined || [];
  const left = compared.left || [];
  box.innerHTML = `<h3>${esc(t('turnover.title', { since: date(since) }))}</h3>`
    + `<p id="turnover-joined"><strong>${esc(t('turnover.joined', { n: number(joined.length) }))}:</strong> ${names(joined)}</p>`
    + `<p id="turnover-left"><strong>${esc(t('turnover.left', { n: number(left.length) }))}:</strong> ${names(left)}</p>`;
}

// ---- Map mode: each sector's E-I index, naming the silo ----

async function renderSectors() {
  const view = holesView();
  let answer;
  try {
    answer = await once('analysis/communities', { view, at: state.at, domain: state.domain, neighbourhood: state.neighbourhood });
  } catch (e) {
    api.showError(e);
    return;
  }
  if (holesView() !== view || state.mode !== 'map') return;
  const sectors = (answer.sectors || []).filter((s) => s.eiIndex != null);
  const card = $('sectors');
  card.hidden = sectors.length === 0;
  if (sectors.length === 0) return;
  const first = sectors[0];
  const silo = first.eiIndex < 0;
  // the bar's extent is set through the DOM after rendering: the page's CSP refuses style attributes
  const bar = (v) => `<span class="ei-bar" aria-hidden="true"><span class="${v < 0 ? 'in' : 'out'}" data-ei="${v}"></span></span>`;
  $('sectors-title').textContent = t('sectors.title', { view: t('view.' + view) });
  $('sectors-body').innerHTML = `<p id="sectors-silo" class="${silo ? 'silo' : ''}">${esc(t(silo ? 'sectors.silo' : 'sectors.noSilo', { sector: word(first.sector), ei: number(first.eiIndex) }))}</p>`
    + `<ol class="ranked sectors">${sectors.map((x) => `<li data-sector="${esc(x.sector)}"><span class="name">${esc(word(x.sector))}</span>`
      + `${bar(x.eiIndex)}<span class="score">${esc(number(x.eiIndex))}</span>`
      + `<br><span class="small">${esc(t('sectors.ties', { inside: number(x.internal), outside: number(x.external), partners: number(x.partners) }))}</span></li>`).join('')}</ol>`
    + `<p class="small">${esc(t('sectors.note'))}</p>`;
  $('sectors-body').querySelectorAll('[data-ei]').forEach((el) => {
    const v = Number(el.dataset.ei);
    el.style.left = `${50 + Math.min(0, v) * 50}%`;
    el.style.width = `${Math.abs(v) * 50}%`;
  });
}
