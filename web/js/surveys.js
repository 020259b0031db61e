// The broker's survey page: open a wave, follow its links, copy / CSV / QR sheet, close it, and read
// the results with their stability, on a small map of the wave's ties (trust as colour, one-sided dashed).

import { message, problemInEnglish, problemText } from './messages.js';
import { st, translateSurveyPage, setLanguage, language, number, date, word, percent } from './survey-i18n.js';
import { t } from './i18n.js';
import { esc, download } from './dom.js';
import { sectorColour } from './style.js';

const STORED_LANGUAGE = 'tafel.lang';
const TOKEN_KEY = 'tafel.token';
const LINKS_KEY = 'tafel.surveyLinks.';
const $ = (id) => document.getElementById(id);

let current = null; // the wave shown
let results = null;
let cy = null;

async function api(method, path, body, accept = 'application/json') {
  const send = () => {
    const headers = { Accept: accept + ', application/problem+json' };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = 'Bearer ' + token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch('/api/' + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  };
  let response = await send();
  if (response.status === 401) {
    const token = window.prompt(t('auth.prompt'));
    if (token && token.trim()) {
      sessionStorage.setItem(TOKEN_KEY, token.trim());
      response = await send();
    }
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    const error = new Error(problem?.detail || problem?.title || String(response.status));
    error.problem = problem;
    throw error;
  }
  if (response.status === 204) return null;
  return (response.headers.get('Content-Type') || '').includes('json') ? response.json() : response.text();
}

function alertBox(error) {
  const box = $('alert');
  if (!error) {
    box.hidden = true;
    return;
  }
  const first = error.problem?.errors?.[0];
  const field = first?.field;
  // a problem with a code of the catalogue reads in the page's language; else the server's English detail
  const said = first && !problemInEnglish(first) ? problemText(first) : error.message;
  // a coded problem names its field itself; the server's English title is left out
  box.textContent = first && !problemInEnglish(first) ? said : (field ? `${field}: ` : '') + said;
  box.hidden = false;
}

function knownLinks(wave) {
  try { return JSON.parse(sessionStorage.getItem(LINKS_KEY + wave) || '{}'); } catch { return {}; }
}

function keepLinks(wave, links) {
  const known = knownLinks(wave);
  links.forEach((l) => { known[l.partner] = l; });
  sessionStorage.setItem(LINKS_KEY + wave, JSON.stringify(known));
}

async function loadWaves() {
  const waves = await api('GET', 'surveys');
  $('waves').innerHTML = waves.length === 0 ? `<p>${esc(st('s.none'))}</p>` : `<table><thead><tr>
    <th>${esc(st('s.name'))}</th><th>${esc(st('s.state'))}</th><th>${esc(st('s.closes'))}</th><th class="num">${esc(st('s.response'))}</th><th></th></tr></thead><tbody>
    ${waves.map((w) => `<tr><td>${esc(w.name)}</td><td>${esc(st('s.status.' + w.status))}</td><td>${esc(date(w.closedOn || w.closes))}</td>
      <td class="num">${esc(percent(w.responseRate))} (${w.submitted}/${w.invited})</td>
      <td><button type="button" data-wave="${esc(w.id)}">${esc(st('s.show'))}</button></td></tr>`).join('')}
    </tbody></table>`;
  return waves;
}

async function loadTables() {
  const tables = await api('GET', 'tables?limit=200').catch(() => ({ items: [] }));
  $('new-who').innerHTML = `<option value="">${esc(st('s.who.all'))}</option>`
    + (tables.items || []).map((tb) => `<option value="${esc(tb.id)}">${esc(st('s.who.table', { name: tb.name }))}</option>`).join('');
}

async function showWave(id) {
  current = await api('GET', 'surveys/' + encodeURIComponent(id));
  $('wave').hidden = false;
  $('wave-name').textContent = current.name;
  $('wave-summary').textContent = `${st('s.status.' + current.status)} · ${st('s.closes')} ${date(current.closedOn || current.closes)} · ${st('s.response')} ${percent(current.responseRate)} (${current.submitted}/${current.invited})`;
  const open = current.status === 'open';
  ['reissue', 'close'].forEach((b) => { $(b).hidden = !open; });
  renderLinks();
  await showResults();
  document.body.dataset.state = 'ready';
  window.tafelReady = true;
}

function renderLinks() {
  const known = knownLinks(current.id);
  const open = current.status === 'open';
  $('links-hidden').hidden = !open || Object.keys(known).length > 0;
  $('csv').hidden = !open || Object.keys(known).length === 0;
  $('qr').hidden = !open || Object.keys(known).length === 0;
  $('links').innerHTML = `<table><thead><tr><th>${esc(st('s.partner'))}</th><th>${esc(st('s.state'))}</th><th></th></tr></thead><tbody>
    ${current.links.map((l) => {
      const state = l.revoked ? 'revoked' : l.state;
      const link = known[l.partner];
      const copy = open && link && !l.revoked ? `<button type="button" data-copy="${esc(l.partner)}">${esc(st('s.copy'))}</button>` : '';
      const revoke = open && !l.revoked ? `<button type="button" data-revoke="${esc(l.partner)}">${esc(st('s.revoke'))}</button>` : '';
      return `<tr data-partner="${esc(l.partner)}"><td>${esc(l.name)}</td><td class="state">${esc(st('s.state.' + state))}</td><td class="actions">${copy}${revoke}</td></tr>`;
    }).join('')}</tbody></table>`;
}

function stabilityRow(label, s, digits = 2) {
  if (!s) return '';
  return `<tr><td>${esc(label)}</td><td class="num">${esc(number(s.value, digits))}</td>
    <td class="num">${esc(number(s.low, digits))} – ${esc(number(s.high, digits))}</td>
    <td><span class="badge ${s.stable ? 'stable' : 'unstable'}">${esc(st(s.stable ? 's.stable' : 's.unstable'))}</span></td></tr>`;
}

async function showResults() {
  results = await api('GET', `surveys/${encodeURIComponent(current.id)}/results`);
  const r = results;
  const names = Object.fromEntries(r.partners.map((p) => [p.id, p.name]));
  const g = r.governance;
  const scoreRows = ['density', 'reciprocity', 'centralisation', 'trust', 'value']
    .map((k) => stabilityRow(st('score.' + k), r.scores[k])).join('');
  const partnerRows = [...r.partners].sort((a, b) => (b.centrality.betweenness.value - a.centrality.betweenness.value)
    || a.name.localeCompare(b.name, language())).map((p) => `<tr><td>${esc(p.name)}</td>
      <td class="num">${p.namedBy}</td><td class="num">${esc(number(p.trust))}</td><td class="num">${esc(number(p.value))}</td>
      <td class="num">${esc(number(p.centrality.betweenness.value, 3))} <span class="badge ${p.centrality.betweenness.stable ? 'stable' : 'unstable'}">${esc(st(p.centrality.betweenness.stable ? 's.stable' : 's.unstable'))}</span></td></tr>`).join('');
  const sectorRows = r.sectorPairs.map((s) => `<tr><td>${esc(word(s.a) || st('sector.none'))} – ${esc(word(s.b) || st('sector.none'))}</td>
      <td class="num">${s.ties}</td><td class="num">${esc(number(s.trust))}</td><td class="num">${esc(number(s.value))}</td></tr>`).join('');
  const nominations = g.nominations.slice(0, 5).map((n) => `${n.name} (${n.votes})`).join(', ');
  $('results').innerHTML = `
    <p id="response-rate"><strong>${esc(st('s.results.rate', { rate: percent(r.responseRate), respondents: r.respondents, invited: r.invited }))}</strong></p>
    ${r.nonRespondents.length ? `<p>${esc(st('s.results.non', { names: r.nonRespondents.map((p) => p.name).join(', ') }))}</p>` : ''}
    <p class="help">${esc(st('s.stability.help'))}</p>
    <table id="scores"><thead><tr><th>${esc(st('s.score'))}</th><th class="num">${esc(st('s.value'))}</th><th class="num">${esc(st('s.interval'))}</th><th>${esc(st('s.stability'))}</th></tr></thead><tbody>${scoreRows}</tbody></table>
    <h3>${esc(st('s.governance'))}</h3>
    <ul id="governance">
      ${nominations ? `<li>${esc(st('s.gov.nominations', { list: nominations }))}</li>` : ''}
      ${g.nobodyInParticular ? `<li>${esc(st('s.gov.nobody', { n: g.nobodyInParticular }))}</li>` : ''}
      ${g.structural ? `<li>${esc(st('s.gov.structure', { name: names[g.structural] || g.structural, agree: g.agreeWithStructure, respondents: r.respondents }))}</li>` : ''}
      ${g.chairs.length ? `<li>${esc(st('s.gov.chair', { names: g.chairs.map((c) => names[c] || c).join(', '), agree: g.agreeWithChair }))}</li>` : ''}
      <li><strong>${esc(st('s.gov.mode', { mode: st('mode.' + g.mode) }))}</strong><ul>${g.reasons.map((x) => `<li>${esc(message(x.message, x.text))}</li>`).join('')}</ul></li>
    </ul>
    ${r.missing.length ? `<h3>${esc(st('s.missing'))}</h3><ul>${r.missing.map((m) => `<li>${esc(st('s.missing.item', { name: m.name, n: m.namedBy }))}</li>`).join('')}</ul>` : ''}
    <h3>${esc(st('s.partners'))}</h3>
    <table id="partners"><thead><tr><th>${esc(st('s.partner'))}</th><th class="num">${esc(st('s.named.by'))}</th><th class="num">${esc(st('s.trust.received'))}</th><th class="num">${esc(st('s.value.received'))}</th><th class="num">${esc(st('s.betweenness'))}</th></tr></thead><tbody>${partnerRows}</tbody></table>
    <h3>${esc(st('s.sectors'))}</h3>
    <table><thead><tr><th>${esc(st('s.sectors'))}</th><th class="num">${esc(st('s.ties'))}</th><th class="num">${esc(st('q.trust'))}</th><th class="num">${esc(st('q.value'))}</th></tr></thead><tbody>${sectorRows}</tbody></table>`;
  await drawMap();
}

function trustColour(trust) {
  if (trust == null) return '#9aa3ae';
  const x = Math.max(0, Math.min(1, (trust - 1) / 3));
  const hue = Math.round(x * 130); // red (0) to green (130)
  return `hsl(${hue}, 70%, 40%)`;
}

async function drawMap() {
  const graph = await api('GET', 'graph?wave=' + encodeURIComponent(current.id));
  const pairs = new Map(results.pairs.map((p) => [p.a + '|' + p.b, p]));
  const elements = graph.nodes.map((n) => ({ data: { id: n.data.id, label: n.data.label, sector: n.data.sector, color: sectorColour(n.data.sector) } }))
    .concat(graph.edges.map((e) => {
      const [a, b] = [e.data.source, e.data.target].sort();
      const pair = pairs.get(a + '|' + b) || {};
      return { data: { id: e.data.id, source: e.data.source, target: e.data.target,
        colour: trustColour(pair.trust), line: pair.reciprocated ? 'solid' : 'dashed',
        reciprocated: !!pair.reciprocated, trust: pair.trust ?? null } };
    }));
  if (cy) cy.destroy();
  cy = window.cytoscape({
    container: $('wave-map'),
    elements,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 8, width: 12, height: 12, 'background-color': 'data(color)', color: '#1d2430' } },
      { selector: 'edge', style: { 'line-color': 'data(colour)', 'line-style': 'data(line)', width: 2, 'curve-style': 'haystack' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false },
  });
  window.tafelWaveMap = cy;
}

function csv() {
  const known = knownLinks(current.id);
  const rows = [['partner', 'name', 'url']].concat(current.links.filter((l) => known[l.partner] && !l.revoked)
    .map((l) => [l.partner, l.name, known[l.partner].url]));
  const text = rows.map((r) => r.map((v) => `"${String(v).replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
  download(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${current.id}-links.csv`);
}

async function qrSheet() {
  const known = knownLinks(current.id);
  const links = current.links.filter((l) => known[l.partner] && !l.revoked);
  const pages = [];
  for (const l of links) {
    const svg = await api('POST', 'surveys/qr', { text: known[l.partner].url }, 'image/svg+xml');
    pages.push(`<div class="qr-page"><h2>${esc(st('s.qr.title', { name: l.name }))}</h2>${svg}<p>${esc(st('s.qr.scan'))}</p><p>${esc(known[l.partner].url)}</p></div>`);
  }
  $('qr-sheet').innerHTML = pages.join('');
  window.print();
}

function wire() {
  $('waves').addEventListener('click', (e) => {
    const id = e.target.dataset.wave;
    if (id) showWave(id).catch(alertBox);
  });
  $('new-wave').addEventListener('submit', async (e) => {
    e.preventDefault();
    alertBox(null);
    const body = { name: $('new-name').value, closes: $('new-closes').value, language: $('new-language').value };
    if ($('new-who').value) body.table = $('new-who').value;
    else body.partners = (await api('GET', 'partners?limit=10000')).items.map((p) => p.id);
    try {
      const wave = await api('POST', 'surveys', body);
      keepLinks(wave.id, wave.links);
      await loadWaves();
      await showWave(wave.id);
    } catch (error) {
      alertBox(error);
    }
  });
  $('links').addEventListener('click', async (e) => {
    const copy = e.target.dataset.copy;
    const revoke = e.target.dataset.revoke;
    try {
      if (copy) {
        await navigator.clipboard.writeText(knownLinks(current.id)[copy].url).catch(() => {});
        e.target.textContent = st('s.copied');
      } else if (revoke) {
        await api('POST', `surveys/${encodeURIComponent(current.id)}/links/${encodeURIComponent(revoke)}/revoke`);
        await showWave(current.id);
      }
    } catch (error) {
      alertBox(error);
    }
  });
  $('reissue').addEventListener('click', async () => {
    if (!window.confirm(st('s.reissue.confirm'))) return;
    try {
      const links = await api('POST', `surveys/${encodeURIComponent(current.id)}/links`, { partners: [] });
      keepLinks(current.id, links.links);
      renderLinks();
    } catch (error) {
      alertBox(error);
    }
  });
  $('csv').addEventListener('click', csv);
  $('qr').addEventListener('click', () => qrSheet().catch(alertBox));
  $('close').addEventListener('click', async () => {
    if (!window.confirm(st('s.close.confirm'))) return;
    try {
      const closed = await api('POST', `surveys/${encodeURIComponent(current.id)}/close`);
      $('closed-note').textContent = st('s.closed', closed);
      await loadWaves();
      await showWave(current.id);
    } catch (error) {
      alertBox(error);
    }
  });
  $('lang').addEventListener('click', async () => {
    setLanguage(language() === 'nl' ? 'en' : 'nl');
    try { localStorage.setItem(STORED_LANGUAGE, language()); } catch { /* private mode */ }
    translateSurveyPage();
    await loadWaves();
    if (current) await showWave(current.id);
  });
}

async function start() {
  const asked = new URLSearchParams(location.search).get('lang');
  let stored = null;
  try { stored = localStorage.getItem(STORED_LANGUAGE); } catch { /* private mode */ }
  setLanguage(asked || stored || 'nl');
  translateSurveyPage();
  const closes = new Date(Date.now() + 28 * 864e5);
  $('new-closes').value = closes.toISOString().slice(0, 10);
  wire();
  try {
    await loadTables();
    const waves = await loadWaves();
    const wanted = new URLSearchParams(location.search).get('wave');
    if (wanted || waves.length) await showWave(wanted || waves[0].id);
  } catch (error) {
    alertBox(error);
  }
  document.body.dataset.state = 'ready';
  window.tafelReady = true;
}

start();
