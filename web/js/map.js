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
const FADE_MS = 500;
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

  // nodes that vanish at this date fade out where they were; new ones fade in once placed
  const vanishing = cy.nodes().filter((n) => !ids.has(n.id())).map((n) => ({ group: 'nodes', data: { ...n.data() }, position: { ...n.position() } }));
  const before = new Set(cy.nodes().map((n) => n.id()));
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
    recolour();
    resize();
  });
  return layout().then(() => new Promise((resolve) => {
    let fading = false;
    if (before.size > 0) {
      cy.nodes().filter((n) => !before.has(n.id())).forEach((n) => {
        n.style('opacity', 0);
        n.animate({ style: { opacity: 1 } }, { duration: FADE_MS, complete: () => n.removeStyle('opacity') });
        fading = true;
      });
    }
    if (vanishing.length > 0 && vanishing.length < 500) {
      const ghosts = cy.add(vanishing.map((v) => ({ ...v, data: { ...v.data, id: 'gone:' + v.data.id, vanishing: true } })));
      ghosts.forEach((g) => g.animate({ style: { opacity: 0 } }, { duration: FADE_MS, complete: () => g.remove() }));
      fading = true;
    }
    // the drawing is done when the fades are: then the map holds exactly the answer's nodes
    if (fading) setTimeout(() => { cy.nodes('[?vanishing]').remove(); resolve(); }, FADE_MS + 50);
    else resolve();
  }));
}

/** The key of a tie for comparing two dates: undirected kinds by their ends in order. */
function tieKey(d) {
  const directed = d.kind === 'referral';
  const [a, b] = directed || d.source < d.target ? [d.source, d.target] : [d.target, d.source];
  return `${d.kind}:${a}:${b}`;
}

/**
 * The difference with an earlier drawing of the same view: ties that are new since then are marked
 * gained; ties of then that are gone, between nodes still on the map, are drawn as lost (dashed).
 */
export function showDifference(then) {
  clearDifference();
  const earlier = new Map((then.edges || []).map((e) => [tieKey(e.data), e.data]));
  const earlierNodes = new Set((then.nodes || []).map((n) => n.data.id));
  const now = new Set();
  let gained = 0;
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const key = tieKey(e.data());
      now.add(key);
      if (!earlier.has(key) && e.data('tone') !== 'faint') { e.addClass('gained'); gained += 1; }
    });
    cy.nodes().forEach((n) => { if (!earlierNodes.has(n.id()) && !n.data('vanishing')) n.addClass('gained'); });
  });
  const lost = [];
  for (const [key, d] of earlier) {
    if (now.has(key) || cy.getElementById(d.source).empty() || cy.getElementById(d.target).empty()) continue;
    const tone = d.kind === 'collaborates' || d.kind === 'referral' || d.kind === 'shares-families' ? 'strong' : 'normal';
    if (tone !== 'strong') continue;
    lost.push({ group: 'edges', classes: 'lost', data: { ...d, id: 'lost:' + key, lostTie: true, width: 2, tone } });
  }
  cy.add(lost);
  return { gained, lost: lost.length };
}

export function clearDifference() {
  cy.edges('[?lostTie]').remove();
  cy.elements('.gained').removeClass('gained');
}

/** Referral edges coloured by the share of their referrals that was completed (green) or not (red). */
export function colourOutcomes(cells, colour) {
  const byPair = new Map(cells.map((c) => [`${c.source}|${c.target}`, c]));
  cy.batch(() => {
    cy.edges('[kind="referral"]').forEach((e) => {
      const cell = byPair.get(`${e.data('source')}|${e.data('target')}`);
      if (cell) {
        e.data('outcome', colour(cell.completedShare));
        e.data('completedShare', cell.completedShare);
      }
    });
  });
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
  // a node that was on the map stays exactly where it was: only new nodes are placed
  const fixed = incremental
    ? nodes.filter((n) => positions.has(n.id())).map((n) => ({ nodeId: n.id(), position: { ...positions.get(n.id()) } }))
    : [];
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
      packComponents: !incremental,
      fixedNodeConstraint: fixed.length > 0 && fixed.length < nodes.length ? fixed : undefined,
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
      // every node that was there keeps its place, whatever the layout did with it
      if (incremental) nodes.forEach((n) => { const p = positions.get(n.id()); if (p) n.position(p); });
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
