// The change page ("Verandering"): what changed between two dates, as the steering group's paragraph
// (the server's messages, rendered by messages.js), monthly charts and a Sankey of referral flows.
// Charts are Apache ECharts, served by Tafel itself as a pinned webjar.

import * as api from './api.js';
import { t, language, date, word, addWords } from './i18n.js';
import { message } from './messages.js';
import { words } from './change-words.js';
import { esc } from './dom.js';

addWords(words);

const $ = (id) => document.getElementById(id);
const STATUS_COLOURS = {
  completed: '#1a9850', accepted: '#91bfdb', proposed: '#c6dbef', waitlisted: '#fc8d59', dropped: '#d73027',
};
const charts = {};
let last = null; // the answers last drawn, so a language switch redraws without asking again

/** A period of one year up to {@code to}. */
export function defaultFrom(to) {
  const d = new Date(to + 'T12:00:00');
  d.setFullYear(d.getFullYear() - 1);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export async function load(from, to) {
  const [change, timeline, reach, flows] = await Promise.all([
    api.get('change', { from, to, lang: language() }),
    api.get('timeline', { from, to }),
    api.get('reach', { by: 'ageBand', from, to }),
    api.get('analysis/referral-flows', { by: 'sector', from, to }),
  ]);
  last = { change, timeline, reach, flows };
  render();
}

export function render() {
  if (!last) return;
  const { change, timeline, reach, flows } = last;
  $('change-narrative').innerHTML = (change.narrative?.sentences || []).map((s) => `<span>${esc(message(s))}</span>`).join(' ');
  $('change-fading').innerHTML = reach.fading.length === 0 ? esc(t('change.noFading'))
    : reach.fading.map((s) => `<strong class="fading">${esc(message(s))}</strong>`).join('<br>');
  if (change.noData) {
    for (const id of Object.keys(charts)) charts[id].clear();
    return;
  }
  drawScores(timeline);
  drawReach(timeline);
  drawReferrals(timeline);
  drawFlows(flows);
}

function chart(id) {
  const el = $(id);
  if (!charts[id] || charts[id].isDisposed()) charts[id] = echarts.init(el, null, { renderer: 'canvas' });
  return charts[id];
}

function months(timeline) {
  return timeline.dates.map((d) => date(d));
}

/** A masked family count ("<5") has no place on a line: it is left as a gap. */
const value = (v) => (typeof v === 'number' ? v : null);

/** What every monthly chart shares: months along the bottom, a legend on top, a tooltip per month. */
function monthly(timeline, rightMargin = 20) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: rightMargin, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: months(timeline) },
    yAxis: { type: 'value' },
  };
}

function drawScores(timeline) {
  const s = timeline.scores;
  chart('chart-scores').setOption({
    ...monthly(timeline, 60),
    yAxis: [{ type: 'value' }, { type: 'value', position: 'right' }],
    series: [
      { name: t('change.edges'), type: 'line', data: s.edges, showSymbol: false },
      { name: t('change.components'), type: 'line', data: s.components, showSymbol: false },
      { name: t('change.density'), type: 'line', yAxisIndex: 1, data: s.density, showSymbol: false },
    ],
  }, true);
}

function drawReach(timeline) {
  const bands = timeline.familiesReached.ageBand;
  chart('chart-reach').setOption({
    ...monthly(timeline),
    series: Object.keys(bands).map((band) => ({
      name: word(band), type: 'line', showSymbol: false, data: bands[band].map(value),
      lineStyle: band === '12-18' ? { width: 3 } : undefined,
    })),
  }, true);
}

function drawReferrals(timeline) {
  const r = timeline.referrals;
  chart('chart-referrals').setOption({
    ...monthly(timeline),
    series: ['completed', 'accepted', 'proposed', 'waitlisted', 'dropped'].map((status) => ({
      name: t('status.' + status), type: 'bar', stack: 'outcome', data: r[status],
      itemStyle: { color: STATUS_COLOURS[status] },
    })),
  }, true);
}

/** Green for completed through red for waitlisted or dropped. */
export function outcomeColour(completedShare) {
  const c = Math.max(0, Math.min(1, completedShare));
  const r = Math.round(215 + (26 - 215) * c);
  const g = Math.round(48 + (152 - 48) * c);
  const b = Math.round(39 + (80 - 39) * c);
  return `rgb(${r},${g},${b})`;
}

function drawFlows(flows) {
  // senders on the left, receivers on the right: a sector that does both appears twice, so no cycles
  const from = (s) => `${word(s || '?')} ›`;
  const to = (s) => `› ${word(s || '?')}`;
  const cells = flows.cells.filter((c) => c.count >= 5);
  const names = new Set();
  cells.forEach((c) => { names.add(from(c.source)); names.add(to(c.target)); });
  chart('chart-flows').setOption({
    animation: false,
    tooltip: { trigger: 'item' },
    series: [{
      type: 'sankey',
      left: 10, right: 140, top: 10, bottom: 10,
      nodeGap: 6,
      emphasis: { focus: 'adjacency' },
      data: [...names].map((name) => ({ name })),
      links: cells.map((c) => ({
        source: from(c.source), target: to(c.target), value: c.count,
        lineStyle: { color: outcomeColour(c.completedShare), opacity: 0.55 },
      })),
      label: { fontSize: 11 },
    }],
  }, true);
}

export function resize() {
  for (const c of Object.values(charts)) c.resize();
}
