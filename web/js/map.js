// The network map: turns /api/graph into Cytoscape elements, lays them out with fcose,
// and keeps nodes where they were when only the date or a filter changes.

import { state, SCORES } from './state.js';
import { word } from './i18n.js';
import * as labels from './labels.js';
import {
  stylesheet, sectorColour, communityColour, UNKNOWN, FAMILY, TABLE,
} from './style.js';

const BASE_SIZE = { partner: 14, person: 9, service: 8, family: 7, 'family-group': 22, table: 20 };
const WEIGHTED = new Set(['collaborates', 'referral', 'shares-families']);
const positions = new Map(); // id -> {x, y} of the last map drawing, so redrawing keeps the picture stable

export let cy;
export let graph = null; // the last /api/graph answer drawn

export function create(container) {
  cy = cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 5,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  window.cy = cy;
  labels.attach(cy);
  return cy;
}

/** Hands out sector colours most-frequent first, so the busiest sectors get the most distinct colours. */
function registerSectors(nodes) {
  const counts = new Map();
  for (const n of nodes) {
    if (n.data.type === 'partner' && n.data.sector) counts.set(n.data.sector, (counts.get(n.data.sector) || 0) + 1);
  }
  [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).forEach(([s]) => sectorColour(s));
}

export function displayLabel(d) {
  if (d.type === 'family-group') return `${d.label || word(d.neighbourhood)} · ${d.count ?? ''}`;
  if (d.type === 'family') return '';
  return d.label || d.name || d.id;
}

/** How strongly a tie is drawn: ties to families and the many referrals of the ecosystem stay in the background. */
function tone(edge, types) {
  const family = (id) => String(types.get(id) || '').startsWith('family');
  if (family(edge.source) || family(edge.target)) return 'faint';
  if (edge.kind === 'referral' && graph?.view === 'ecosystem') return 'faint';
  if (edge.kind === 'collaborates' || edge.kind === 'referral' || edge.kind === 'shares-families') return 'strong';
  return 'normal';
}

/** Draws a graph answer; resolves when the layout has finished. */
export function draw(answer) {
  graph = answer;
  const nodes = answer.nodes || [];
  const edges = answer.edges || [];
  registerSectors(nodes);

  const elements = [];
  for (const n of nodes) elements.push({ group: 'nodes', data: { ...n.data } });
  const ids = new Set(nodes.map((n) => n.data.id));
  const types = new Map(nodes.map((n) => [n.data.id, n.data.type]));
  const maxWeight = {};
  for (const e of edges) {
    const w = Number(e.data.weight) || 1;
    maxWeight[e.data.kind] = Math.max(maxWeight[e.data.kind] || 1, w);
  }
  for (const e of edges) {
    if (!ids.has(e.data.source) || !ids.has(e.data.target)) continue;
    const w = Number(e.data.weight) || 1;
    // heavier ties (strength, referrals, shared or grouped families) are drawn thicker
    let width = maxWeight[e.data.kind] > 1 ? 1 + (WEIGHTED.has(e.data.kind) ? 3.5 : 2.5) * Math.sqrt(w / maxWeight[e.data.kind]) : 1.2;
    if (answer.view === 'ecosystem' && e.data.kind === 'referral') width = 1;
    elements.push({ group: 'edges', data: { ...e.data, width, tone: tone(e.data, types) } });
  }

  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
    recolour();
    resize();
  });
  return layout();
}

/** Node colour: by sector (people and services take their partner's colour) or by community. */
export function recolour() {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const d = n.data();
      let color;
      if (state.community && d.community != null && !n.hasClass('round-table')) {
        color = communityColour(d.community);
      } else if (d.type === 'partner') {
        color = sectorColour(d.sector);
      } else if (d.type === 'family' || d.type === 'family-group') {
        color = FAMILY;
      } else if (d.type === 'table') {
        color = TABLE;
      } else if (d.sector) {
        color = sectorColour(d.sector);
      } else {
        const partner = n.neighborhood('node[type="partner"]').filter((p) => {
          const kind = n.edgesWith(p).first().data('kind');
          return kind === 'works-for' || kind === 'offers';
        }).first();
        color = partner.nonempty() ? sectorColour(partner.data('sector')) : UNKNOWN;
      }
      n.data('color', color);
    });
  });
}

/** Node size and label size from the chosen score, scaled within this drawing. */
export function resize() {
  const score = SCORES.includes(state.size) ? state.size : 'degree';
  let max = 0;
  let maxCount = 1;
  cy.nodes().forEach((n) => {
    max = Math.max(max, Number(n.data(score)) || 0);
    if (n.data('type') === 'family-group') maxCount = Math.max(maxCount, Number(n.data('count')) || 0);
  });
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const d = n.data();
      if (n.hasClass('round-table') || n.hasClass('empty-chair') || n.hasClass('seat')) return;
      // a group of families is as large as the number of families it stands for
      const s = d.type === 'family-group' ? Math.sqrt((Number(d.count) || 0) / maxCount)
        : max > 0 ? Math.sqrt(Math.max(0, Number(d[score]) || 0) / max) : 0.3;
      const base = BASE_SIZE[d.type] ?? 12;
      const span = d.type === 'partner' ? 38 : d.type === 'family-group' ? 46 : d.type === 'table' ? 24 : 12;
      n.data('size', base + span * s);
      n.data('importance', s); // labels.js gives the most important nodes their label first
      n.data('display', displayLabel(d));
    });
  });
}

function touchesFamilies(edge) {
  return edge.source().data('type')?.startsWith('family') || edge.target().data('type')?.startsWith('family');
}

// Services and staff sit close to their partner; ties to (groups of) families are long and loose,
// so a few big family groups do not pull the whole town into one knot.
function idealEdgeLength(edge) {
  if (touchesFamilies(edge)) return edge.source().data('type') === 'family' || edge.target().data('type') === 'family' ? 70 : 260;
  switch (edge.data('kind')) {
    case 'offers': case 'works-for': return 40;
    case 'sits-at': return 150;
    case 'referral': return 160;
    default: return 110;
  }
}

function edgeElasticity(edge) {
  if (touchesFamilies(edge)) return 0.02;
  switch (edge.data('kind')) {
    case 'offers': case 'works-for': return 0.8;
    case 'referral': return 0.05;
    case 'sits-at': return 0.1;
    default: return 0.3;
  }
}

/** fcose, seeded with the previous positions when most nodes were already on the map. */
export function layout() {
  const nodes = cy.nodes();
  let known = 0;
  nodes.forEach((n) => {
    const p = positions.get(n.id());
    if (p) { n.position(p); known += 1; }
  });
  const incremental = nodes.length > 0 && known / nodes.length > 0.6;
  if (incremental) {
    // new nodes start next to a neighbour that was already placed
    nodes.filter((n) => !positions.has(n.id())).forEach((n) => {
      const anchor = n.neighborhood('node').filter((m) => positions.has(m.id())).first();
      const p = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      n.position({ x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 });
    });
  }
  return new Promise((resolve) => {
    if (nodes.length === 0) { resolve(); return; }
    // In the ecosystem the many referrals and family visits would knot everything together: the layout
    // follows the structure (collaboration, offers, staff, seats, bridge figures' families) and draws the rest.
    const structural = graph?.view === 'ecosystem'
      ? cy.elements().filter((e) => e.isNode() || !(e.data('kind') === 'referral' || e.data('kind') === 'uses'))
      : cy.elements();
    const run = structural.layout({
      name: 'fcose',
      quality: nodes.length > 1500 ? 'draft' : 'default',
      randomize: !incremental,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      uniformNodeDimensions: false,
      packComponents: true,
      nodeRepulsion: (n) => (n.data('type') === 'family-group' ? 45000 : n.data('type') === 'partner' ? 12000 : 5000),
      nodeSeparation: 90,
      idealEdgeLength,
      edgeElasticity,
      nestingFactor: 0.1,
      gravity: 0.3,
      gravityRange: 3.8,
      numIter: incremental ? 1200 : 2500,
      tile: true,
      tilingPaddingVertical: 20,
      tilingPaddingHorizontal: 20,
      initialEnergyOnIncremental: 0.3,
    });
    run.one('layoutstop', () => {
      remember();
      labels.fitWithLabels();
      resolve();
    });
    run.run();
  });
}

export function remember() {
  cy.nodes().forEach((n) => positions.set(n.id(), { ...n.position() }));
}

/** Fades everything but the partners of one sector and their direct ties. */
export function filterSector(sector) {
  cy.batch(() => {
    cy.elements().removeClass('faded');
    if (!sector) { labels.place(); return; }
    const match = cy.nodes().filter((n) => n.data('type') === 'partner' && n.data('sector') === sector);
    const keep = match.closedNeighborhood();
    cy.elements().not(keep).addClass('faded');
    keep.edges().filter((e) => !match.contains(e.source()) && !match.contains(e.target())).addClass('faded');
  });
  labels.place();
}

/** Finds the best-matching node for a search text: exact name first, then the start of a name, then anywhere. */
export function find(text) {
  const norm = (s) => String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  const q = norm(text);
  if (!q) return null;
  let best = null;
  let bestRank = Infinity;
  cy.nodes().forEach((n) => {
    const label = norm(n.data('label') || n.data('display'));
    const id = norm(n.id());
    let rank;
    if (label === q || id === q) rank = 0;
    else if (label.startsWith(q)) rank = 1;
    else if (label.includes(q)) rank = 2;
    else return;
    rank += n.data('type') === 'partner' ? 0 : 0.5;
    if (rank < bestRank || (rank === bestRank && n.degree() > best.degree())) { best = n; bestRank = rank; }
  });
  return best;
}

export function focus(node) {
  cy.elements().removeClass('focus');
  cy.elements().unselect();
  node.select();
  node.addClass('focus');
  node.connectedEdges().addClass('focus');
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 350 });
}

export function clearFocus() {
  cy.elements().removeClass('focus');
  cy.elements().unselect();
}
