// The toggles (articulation points and bridge figures, suggested links, communities) and the key figures.

import * as api from './api.js';
import { state } from './state.js';
import { t, number, counts } from './i18n.js';
import { cy, recolour } from './map.js';
import { esc } from './dom.js';
import { tip, about, explanation } from './glossary.js';

/** A term's one-sentence explanation under its figure, when the key figures have no hint of their own. */
function explained(key) {
  const sentence = explanation(key);
  return sentence ? `<span class="small">${esc(sentence)}</span>` : '';
}

const last = { bridges: null, links: null, communities: null, ties: null, summary: null };

/** Applies every toggle that is on to the current drawing; resolves when their data is in. */
export async function apply(isCurrent) {
  const jobs = [];
  cy.batch(() => {
    cy.nodes().removeClass('articulation');
    cy.edges('.bridge').removeClass('bridge');
    cy.edges('.suggested').remove();
    cy.edges('.carrying').removeClass('carrying');
  });
  last.bridges = last.links = last.communities = last.ties = null;

  if (state.articulation) {
    jobs.push(api.get('analysis/bridges', { view: state.view, at: state.at, domain: state.domain, neighbourhood: state.neighbourhood, wave: state.wave, sector: state.sector })
      .then((answer) => { if (isCurrent()) { last.bridges = answer; markBridges(answer); } }));
  }
  if (state.suggested) {
    jobs.push(api.get('analysis/missing-links', { view: 'collaboration', at: state.at, wave: state.wave, method: state.method, limit: 20 })
      .then((answer) => { if (isCurrent()) { last.links = answer; drawLinks(answer); } }));
  }
  if (state.ties) {
    jobs.push(api.get('analysis/edge-betweenness', { view: state.view, at: state.at, domain: state.domain, neighbourhood: state.neighbourhood, wave: state.wave, sector: state.sector, limit: 20 })
      .then((answer) => { if (isCurrent()) { last.ties = answer; markTies(answer); } }));
  }
  if (state.community) {
    jobs.push(api.get('analysis/communities', { view: state.view, at: state.at, domain: state.domain, neighbourhood: state.neighbourhood, wave: state.wave, sector: state.sector })
      .then((answer) => {
        if (!isCurrent()) return;
        last.communities = answer;
        cy.batch(() => {
          for (const c of answer.communities || []) for (const id of c.members || []) cy.getElementById(id).data('community', c.id);
        });
        recolour();
      }));
  }
  recolour();
  const results = await Promise.allSettled(jobs);
  const failure = results.find((r) => r.status === 'rejected');
  if (failure && isCurrent()) api.showError(failure.reason);
  render();
}

/**
 * Marks who holds the network together. A partner is trivially the only tie of its own services, so
 * only bridge figures that cut off partners, people or families are marked, and only bridges between
 * two nodes that each have other ties.
 */
function significant(f) {
  const families = typeof f.families === 'string' ? 1 : (f.families || 0); // "<5" for analysts and viewers
  return f.partners == null || (f.partners || 0) + (f.persons || 0) + families > 0;
}

function markBridges(answer) {
  const figures = (answer.bridgeFigures || []).filter(significant);
  const points = figures.length || answer.bridgeFigures ? figures.map((f) => f.id) : answer.articulationPoints || [];
  for (const id of points) cy.getElementById(id).addClass('articulation');
  for (const [a, b] of answer.bridges || []) {
    const x = cy.getElementById(a);
    const y = cy.getElementById(b);
    if (x.degree() > 1 && y.degree() > 1) x.edgesWith(y).addClass('bridge');
  }
}

/** The ties that carry the most shortest paths, drawn thicker the more they carry. */
function markTies(answer) {
  const ties = answer.ties || [];
  const top = ties.length ? ties[0].score : 0;
  for (const tie of ties) {
    const edges = cy.getElementById(tie.a).edgesWith(cy.getElementById(tie.b));
    edges.data('carryWidth', top > 0 ? 2 + 6 * tie.score / top : 2).addClass('carrying');
  }
}

function drawLinks(answer) {
  const edges = [];
  for (const link of answer.links || []) {
    if (cy.getElementById(link.source).empty() || cy.getElementById(link.target).empty()) continue;
    edges.push({
      group: 'edges',
      classes: 'suggested',
      data: {
        id: `suggested:${link.source}:${link.target}`, source: link.source, target: link.target,
        kind: 'suggested', width: 2.5, score: link.score, scoreLabel: number(link.score),
        commonNeighbours: link.commonNeighbours || [],
      },
    });
  }
  cy.add(edges);
}

function name(id) {
  const n = cy.getElementById(id);
  return n.nonempty() ? (n.data('label') || id) : id;
}

/** The side card that explains what the toggles show. */
export function render() {
  const card = document.getElementById('highlights');
  const body = document.getElementById('highlights-body');
  const parts = [];
  if (last.bridges) {
    const figures = (last.bridges.bridgeFigures || []).filter(significant);
    parts.push(`<h3>${esc(t('highlights.bridgeFigures'))}</h3>`);
    if (figures.length === 0 && (last.bridges.articulationPoints || []).length === 0) {
      parts.push(`<p>${esc(t('highlights.none'))}</p>`);
    } else {
      const items = (figures.length ? figures : (last.bridges.articulationPoints || []).map((id) => ({ id })))
        .map((f) => `<li><button type="button" class="link" data-node="${esc(f.id)}">${esc(f.name || name(f.id))}</button>`
          + (f.type ? ` <span class="muted">${esc(t('type.' + f.type))}</span>` : '')
          + (f.cutOff != null
            ? `<br><span class="small">${esc(t('highlights.cutOff', { what: counts(f) }))}</span>` : '')
          + '</li>');
      parts.push(`<ol class="ranked">${items.join('')}</ol>`);
    }
  }
  if (last.links) {
    parts.push(`<h3>${esc(t('highlights.suggested'))} <span class="muted">(${esc(t('method.' + last.links.method))})</span></h3>`
      + `<p class="small">${esc(about('method.' + last.links.method))}</p>`);
    const links = last.links.links || [];
    if (links.length === 0) parts.push(`<p>${esc(t('highlights.suggestedNone'))}</p>`);
    else {
      parts.push('<ol class="ranked">' + links.map((l) => `<li><button type="button" class="link" data-node="${esc(l.source)}">${esc(name(l.source))}</button> – `
        + `<button type="button" class="link" data-node="${esc(l.target)}">${esc(name(l.target))}</button>`
        + ` <span class="score">${esc(number(l.score))}</span>`
        + ` <button type="button" class="link introduce" data-introduce-a="${esc(l.source)}" data-introduce-b="${esc(l.target)}" data-method="${esc(last.links.method)}" data-score="${esc(l.score)}">${esc(t('intro.make'))}</button>`
        + (l.commonNeighbours ? `<br><span class="small">${esc(t('highlights.common', { n: l.commonNeighbours.length }))}</span>` : '')
        + '</li>').join('') + '</ol>');
    }
  }
  if (last.ties) {
    parts.push(`<h3>${esc(t('highlights.ties'))}</h3>`);
    const ties = last.ties.ties || [];
    if (ties.length === 0) parts.push(`<p>${esc(t('highlights.none'))}</p>`);
    else {
      parts.push('<ol class="ranked">' + ties.slice(0, 10).map((l) => `<li><button type="button" class="link" data-node="${esc(l.a)}">${esc(name(l.a))}</button> – `
        + `<button type="button" class="link" data-node="${esc(l.b)}">${esc(name(l.b))}</button>`
        + ` <span class="score">${esc(number(l.score, 3))}</span></li>`).join('') + '</ol>'
        + `<p class="small">${esc(t('highlights.tiesNote'))}</p>`);
    }
  }
  if (last.communities) {
    const c = last.communities;
    parts.push(`<h3>${esc(t('toggle.community'))}</h3><p>${esc(t('highlights.communities', { n: (c.communities || []).length, q: number(c.modularity) }))}</p>`
      + `<p class="small">${esc(t('highlights.communitiesNote'))}</p>`);
  }
  body.innerHTML = parts.join('');
  card.hidden = parts.length === 0;
}

const SUMMARY_KEYS = ['nodes', 'edges', 'components', 'largestComponentShare', 'density', 'averageShortestPath',
  'diameter', 'averageClustering', 'transitivity', 'degreeCentralization', 'reciprocity'];
const PERCENT = new Set(['largestComponentShare', 'density', 'averageClustering', 'transitivity', 'degreeCentralization', 'reciprocity']);

export async function loadSummary(isCurrent) {
  const body = document.getElementById('summary-body');
  try {
    const s = await api.get('analysis/summary', { view: state.view, at: state.at, domain: state.domain, neighbourhood: state.neighbourhood, wave: state.wave, sector: state.sector });
    if (!isCurrent()) return;
    last.summary = s?.summary ?? s;
    renderSummary();
  } catch (e) {
    if (!isCurrent()) return;
    last.summary = null;
    body.innerHTML = `<p class="muted">${esc(e.detail || e.message)}</p>`;
    throw e;
  }
}

export function renderSummary() {
  const s = last.summary;
  if (!s) return;
  const rows = SUMMARY_KEYS.filter((k) => s[k] !== undefined && s[k] !== null).map((k) => {
    const v = PERCENT.has(k) ? `${number(100 * s[k], s[k] < 0.01 ? 2 : s[k] < 0.1 ? 1 : 0)} %` : number(s[k]);
    const hintKey = `summary.${k}.hint`;
    const hint = t(hintKey) !== hintKey ? `<span class="small">${esc(t(hintKey))}</span>` : explained('summary.' + k);
    return `<div class="figure"><dt title="${esc(tip('summary.' + k))}">${esc(t('summary.' + k))}${hint}</dt><dd>${esc(v)}</dd></div>`;
  });
  document.getElementById('summary-body').innerHTML = `<dl class="figures">${rows.join('')}</dl>`;
}
