// The wave selector on the main map: choosing a survey wave draws that wave's ties (the collaboration view
// with wave=ID) with trust as the edge colour and one-sided ties dashed, and shows the wave's figures with
// their stability (response rate, reciprocity, density, trust, value) beside a legend. Hooks: main.js
// passes state.wave to the graph and the highlights pass it to their analyses; this module fills the
// selector, colours the edges after each drawing ('tafel:drawn') and renders #wave-panel.

import * as api from './api.js';
import { state } from './state.js';
import { t, number, date, addWords } from './i18n.js';
import { cy } from './map.js';
import { esc } from './dom.js';

/** This module's words, Dutch first (tests read them to find English in the Dutch page). */
export const words = {
  nl: {
    'wave.label': 'Bevragingsgolf',
    'wave.none': 'Geen: het netwerk op de datum',
    'wave.title': 'Golf: {name}',
    'wave.closedOn': 'gesloten op {date}',
    'wave.response': 'Respons: {pct} ({n} van {of} partners)',
    'wave.unstable': 'Minder dan 70% antwoordde: lees de scores als ruwe schattingen.',
    'wave.score': 'Score',
    'wave.value': 'Waarde',
    'wave.interval': '90%-interval',
    'wave.s.density': 'Dichtheid',
    'wave.s.reciprocity': 'Wederkerigheid',
    'wave.s.centralisation': 'Centralisatie',
    'wave.s.trust': 'Vertrouwen',
    'wave.s.value': 'Meerwaarde',
    'wave.stable': 'stabiel',
    'wave.fragile': 'onstabiel',
    'wave.legend.trust': 'Kleur van een band: vertrouwen (1 laag – 4 hoog)',
    'wave.legend.low': 'laag vertrouwen',
    'wave.legend.high': 'hoog vertrouwen',
    'wave.legend.unknown': 'vertrouwen onbekend',
    'wave.legend.oneSided': 'stippellijn: door één kant genoemd',
    'wave.legend.both': 'volle lijn: door beide kanten genoemd',
  },
  en: {
    'wave.label': 'Survey wave',
    'wave.none': 'None: the network on the date',
    'wave.title': 'Wave: {name}',
    'wave.closedOn': 'closed on {date}',
    'wave.response': 'Response: {pct} ({n} of {of} partners)',
    'wave.unstable': 'Fewer than 70% answered: read the scores as rough estimates.',
    'wave.score': 'Score',
    'wave.value': 'Value',
    'wave.interval': '90% interval',
    'wave.s.density': 'Density',
    'wave.s.reciprocity': 'Reciprocity',
    'wave.s.centralisation': 'Centralisation',
    'wave.s.trust': 'Trust',
    'wave.s.value': 'Value',
    'wave.stable': 'stable',
    'wave.fragile': 'unstable',
    'wave.legend.trust': 'Colour of a tie: trust (1 low – 4 high)',
    'wave.legend.low': 'low trust',
    'wave.legend.high': 'high trust',
    'wave.legend.unknown': 'trust unknown',
    'wave.legend.oneSided': 'dashed: named by one side',
    'wave.legend.both': 'solid: named by both sides',
  },
};
addWords(words);

const $ = (id) => document.getElementById(id);
const UNSTABLE_BELOW = 0.7;
const SCORES = ['density', 'reciprocity', 'centralisation', 'trust', 'value'];

let waves = [];
let results = null;

/** Trust 1–4 as a colour from red (low) to green (high); grey when unknown. */
export function trustColour(trust) {
  if (trust == null) return '#9aa3ae';
  const x = Math.max(0, Math.min(1, (trust - 1) / 3));
  return `hsl(${Math.round(x * 130)}, 70%, 38%)`;
}

/** Fills the selector with the closed waves (their ties are written when they close); hidden when none are readable. */
export async function init(reload) {
  const select = $('wave');
  // another view than collaboration has no wave: leave the wave before main.js reloads (capture runs first)
  $('view').addEventListener('change', (e) => {
    if (e.target.value !== 'collaboration') { state.wave = ''; select.value = ''; }
  }, { capture: true });
  select.addEventListener('change', () => {
    state.wave = select.value;
    if (state.wave) state.view = 'collaboration';
    results = null;
    reload();
  });
  document.addEventListener('tafel:drawn', () => { paint().catch(api.showError); });
  try {
    waves = (await api.get('surveys')).filter((w) => w.status === 'closed');
  } catch {
    waves = []; // analysts and viewers do not list waves; a wave in the address still works
  }
  if (state.wave && !waves.some((w) => w.id === state.wave)) waves.push({ id: state.wave, name: state.wave });
  render();
}

/** Renders the selector's options and the panel in the current language. */
export function render() {
  const select = $('wave');
  select.innerHTML = `<option value="">${esc(t('wave.none'))}</option>`
    + waves.map((w) => `<option value="${esc(w.id)}">${esc(w.name)}${w.closedOn ? ' · ' + esc(date(w.closedOn)) : ''}</option>`).join('');
  select.value = state.wave || '';
  $('wave-section').hidden = waves.length === 0;
  panel();
}

/** Colours the drawn wave's ties by trust and dashes the one-sided ones. */
async function paint() {
  const box = $('wave-panel');
  if (!state.wave || state.mode !== 'map' || state.view !== 'collaboration') { box.hidden = true; return; }
  if (!results || results.wave !== state.wave) {
    results = await api.get(`surveys/${encodeURIComponent(state.wave)}/results`);
  }
  const pairs = new Map((results.pairs || []).map((p) => [[p.a, p.b].sort().join('|'), p]));
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const pair = pairs.get([edge.data('source'), edge.data('target')].sort().join('|'));
      if (!pair) return;
      edge.data('trust', pair.trust ?? null);
      edge.data('reciprocated', Boolean(pair.reciprocated));
      edge.style({
        'line-color': trustColour(pair.trust),
        'line-style': pair.reciprocated ? 'solid' : 'dashed',
        opacity: 0.95,
        width: 3,
      });
    });
  });
  panel();
}

function interval(score) {
  if (!score || score.low == null || score.high == null) return '';
  return `${number(score.low)} – ${number(score.high)}`;
}

function panel() {
  const box = $('wave-panel');
  if (!state.wave || !results || state.mode !== 'map') { box.hidden = true; box.innerHTML = ''; return; }
  box.hidden = false;
  const r = results;
  const rate = r.responseRate ?? 0;
  const pct = `${number(Math.round(rate * 100))}%`;
  const rows = SCORES.filter((k) => r.scores && r.scores[k]).map((k) => {
    const s = r.scores[k];
    const stable = s.stable !== undefined ? s.stable : rate >= UNSTABLE_BELOW;
    return `<tr data-score="${esc(k)}" class="${stable ? '' : 'unstable'}"><th scope="row">${esc(t('wave.s.' + k))}</th>`
      + `<td class="num">${esc(number(s.value))}</td><td class="num">${esc(interval(s))}`
      + `<span class="stability">${esc(t(stable ? 'wave.stable' : 'wave.fragile'))}</span></td></tr>`;
  }).join('');
  const swatch = (colour, dashed) => `<svg width="34" height="10" aria-hidden="true"><line x1="1" y1="5" x2="33" y2="5" stroke="${colour}" stroke-width="3"${dashed ? ' stroke-dasharray="5 4"' : ''}/></svg>`;
  box.innerHTML = `<h2>${esc(t('wave.title', { name: r.name || r.wave }))}</h2>`
    + (r.closedOn ? `<p class="muted">${esc(t('wave.closedOn', { date: date(r.closedOn) }))}</p>` : '')
    + `<p id="wave-response">${esc(t('wave.response', { pct, n: r.respondents, of: r.invited }))}</p>`
    + (rate < UNSTABLE_BELOW ? `<p class="hint" id="wave-unstable">${esc(t('wave.unstable'))}</p>` : '')
    + `<table id="wave-scores"><thead><tr><th>${esc(t('wave.score'))}</th><th class="num">${esc(t('wave.value'))}</th>`
    + `<th class="num">${esc(t('wave.interval'))}</th></tr></thead><tbody>${rows}</tbody></table>`
    + `<p>${esc(t('wave.legend.trust'))}</p><ul class="wave-legend">`
    + `<li>${swatch(trustColour(1))} ${esc(t('wave.legend.low'))}</li>`
    + `<li>${swatch(trustColour(4))} ${esc(t('wave.legend.high'))}</li>`
    + `<li>${swatch(trustColour(null))} ${esc(t('wave.legend.unknown'))}</li>`
    + `<li>${swatch('#555', false)} ${esc(t('wave.legend.both'))}</li>`
    + `<li>${swatch('#555', true)} ${esc(t('wave.legend.oneSided'))}</li></ul>`;
}
