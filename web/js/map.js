// The network map: turns /api/graph into Cytoscape elements and lays each view out once. A node keeps its
// place across dates and filters (positions per view, kept for the tab in sessionStorage); only nodes the
// map has not placed before are placed, next to their neighbours, without moving the others. In the
// ecosystem, staff and services are folded into their partner until the partner is clicked.

import { state, SCORES } from './state.js';
import * as api from './api.js';
import { word, t, addWords } from './i18n.js';
import * as labels from './labels.js';
import { words } from './map-words.js';
import {
  stylesheet, sectorColour, communityColour, UNKNOWN, FAMILY, TABLE,
} from './style.js';

addWords(words);

const BASE_SIZE = { partner: 14, person: 9, service: 8, family: 7, 'family-group': 22, table: 20 };
const WEIGHTED = new Set(['collaborates', 'referral', 'shares-families']);
const FADE_MS = 500;
const STORED_POSITIONS = 'tafel.positions.v1.';
const layouts = new Map(); // view -> Map(id -> {x, y}): where each node of that view was placed
const expanded = new Map(); // view -> Set of partner ids whose staff and services are shown
const openGroups = new Map(); // view -> Set of neighbourhoods whose families are shown one by one
const FOLDED_KINDS = new Set(['works-for', 'offers']);

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
  window.tafelMap = { reveal, positions: () => Object.fromEntries(positionsOf(graph?.view || state.view)) };
  labels.attach(cy);
  // focus: hovering a node lights up its neighbours and dims the rest; a selected node keeps that light
  cy.on('mouseover', 'node', (e) => spotlight(e.target));
  cy.on('mouseout', 'node', () => spotlight(cy.nodes(':selected').first()));
  cy.on('select', 'node', (e) => spotlight(e.target));
  cy.on('unselect', 'node', () => { if (cy.nodes(':selected').empty()) spotlight(null); });
  cy.on('tap', 'node', (e) => {
    const node = e.target;
    if (node.hasClass('round-table') || node.data('vanishing')) return;
    if (node.data('folded') > 0 || node.data('unfolded') > 0) toggleFold(node);
    if (node.data('type') === 'family-group' && node.data('neighbourhood')) {
      openGroup(node.data('neighbourhood')).catch((error) => api.showError(error));
      return;
    }
    node.select();
  });
  // a double tap on a family folds its neighbourhood back into one group
  cy.on('dbltap', 'node[type="family"]', (e) => closeGroup(e.target.data('neighbourhood')));
  return cy;
}

/** Lights up a node and its neighbours and dims everything else (null: nothing dimmed). */
export function spotlight(node) {
  if (!cy) return;
  cy.batch(() => {
    cy.elements('.dimmed').removeClass('dimmed');
    if (!node || node.empty() || node.removed()) return;
    cy.elements().not(node.closedNeighborhood()).addClass('dimmed');
  });
  labels.place();
}

function positionsOf(view) {
  if (!layouts.has(view)) {
    let saved;
    try { saved = JSON.parse(sessionStorage.getItem(STORED_POSITIONS + view) || 'null'); } catch { saved = null; }
    layouts.set(view, new Map(saved && typeof saved === 'object' ? Object.entries(saved) : []));
  }
  return layouts.get(view);
}

function savePositions(view) {
  try {
    sessionStorage.setItem(STORED_POSITIONS + view, JSON.stringify(Object.fromEntries(positionsOf(view))));
  } catch { /* storage full or private mode: the layout is still kept for this page */ }
}

function expandedOf(view) {
  if (!expanded.has(view)) expanded.set(view, new Set());
  return expanded.get(view);
}

export function displayLabel(d) {
  if (d.type === 'family-group') return `${d.label || word(d.neighbourhood)} · ${d.count ?? ''}`;
  if (d.type === 'family') return '';
  const label = d.label || d.name || d.id;
  return d.folded > 0 ? t('map.inside', { label, n: d.folded }) : label;
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
  const started = performance.now();
  const steps = {}; // how long each step of the drawing took, for the browser test's report
  let mark = started;
  const step = (name) => { const now = performance.now(); steps[name] = Math.round(now - mark); mark = now; };
  const previousView = graph?.view;
  const fromTable = cy.nodes('.round-table').nonempty();
  graph = answer;
  const nodes = answer.nodes || [];
  const edges = answer.edges || [];

  // colours and sizes are worked out before the nodes are added: thousands of later changes cost seconds
  const sectorOf = new Map();
  for (const n of nodes) if (n.data.type === 'partner') sectorOf.set(n.data.id, n.data.sector ?? null);
  const partnerSector = new Map();
  for (const e of edges) {
    if (e.data.kind === 'works-for' && sectorOf.has(e.data.target)) partnerSector.set(e.data.source, sectorOf.get(e.data.target));
    if (e.data.kind === 'offers' && sectorOf.has(e.data.source)) partnerSector.set(e.data.target, sectorOf.get(e.data.source));
  }
  const scale = scaleOf(nodes.map((n) => n.data));
  const elements = [];
  for (const n of nodes) {
    const data = { ...n.data, ...sizeOf(n.data, scale), color: colourOf(n.data, partnerSector.get(n.data.id)) };
    data.display = displayLabel(data);
    elements.push({ group: 'nodes', data });
  }
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
  const vanishing = fromTable ? [] : cy.nodes().filter((n) => !ids.has(n.id()) && shown(n))
    .map((n) => ({ group: 'nodes', data: { ...n.data() }, position: { ...n.position() } }));
  const before = new Set(fromTable ? [] : cy.nodes().filter(shown).map((n) => n.id()));
  step('prepare');
  const zoom = cy.zoom();
  const pan = { ...cy.pan() };
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
    fold(true);
  });
  step('add');
  const fresh = positionsOf(answer.view).size === 0;
  return layout().then(() => new Promise((resolve) => {
    step('layout');
    // the view is fitted when it is drawn for the first time; a date or filter change keeps zoom and pan
    if (fresh || fromTable || previousView !== answer.view) labels.fitWithLabels();
    else { cy.viewport({ zoom, pan }); labels.place(); }
    step('labels');
    window.tafelDrawMs = Math.round(performance.now() - started);
    window.tafelDrawSteps = steps;
    for (const neighbourhood of groupsOf(answer.view)) openGroup(neighbourhood).catch((error) => api.showError(error));
    let fading = false;
    const appearing = before.size > 0 ? cy.nodes().filter((n) => !before.has(n.id()) && shown(n)) : cy.collection();
    if (appearing.length > 0 && appearing.length < 500) {
      appearing.forEach((n) => {
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

function groupsOf(view) {
  if (!openGroups.has(view)) openGroups.set(view, new Set());
  return openGroups.get(view);
}

/**
 * Opens a neighbourhood's group of families where it is: the group gives way to its families, each placed
 * next to the services and people it is tied to; nothing else on the map moves. Stays open across dates.
 */
export async function openGroup(neighbourhood) {
  if (!graph || graph.view !== 'ecosystem') return;
  const view = graph.view;
  groupsOf(view).add(neighbourhood);
  const answer = await api.get('graph', {
    view, at: graph.at || state.at, domain: state.domain, neighbourhood: state.neighbourhood, sector: state.sector, aggregateFamilies: 'false',
  });
  if (graph?.view !== view || !groupsOf(view).has(neighbourhood)) return;
  const families = (answer.nodes || []).filter((n) => n.data.type === 'family' && n.data.neighbourhood === neighbourhood
    && cy.getElementById(n.data.id).empty());
  if (families.length === 0) { // families are shown one by one to brokers only: the group stays
    groupsOf(view).delete(neighbourhood);
    return;
  }
  const ids = new Set(families.map((n) => n.data.id));
  const types = new Map(cy.nodes().map((n) => [n.id(), n.data('type')]));
  for (const n of families) types.set(n.data.id, 'family');
  const ties = (answer.edges || []).filter((e) => (ids.has(e.data.source) || ids.has(e.data.target))
    && types.has(e.data.source) && types.has(e.data.target) && cy.getElementById(e.data.id).empty());
  cy.batch(() => {
    cy.nodes(`[type="family-group"]`).filter((g) => g.data('neighbourhood') === neighbourhood).remove();
    cy.add(families.map((n) => ({ group: 'nodes', data: { ...n.data } })));
    cy.add(ties.map((e) => ({ group: 'edges', data: { ...e.data, width: 1, tone: tone(e.data, types) } })));
    fold();
    recolour();
    resize();
  });
  place(cy.nodes().filter((n) => !positionsOf(view).has(n.id())));
  savePositions(view);
  labels.place();
  document.dispatchEvent(new CustomEvent('tafel:opened'));
}

/** Folds a neighbourhood's families back into their group: the map is drawn again as the answer has it. */
export function closeGroup(neighbourhood) {
  if (!graph) return;
  groupsOf(graph.view).delete(neighbourhood);
  document.dispatchEvent(new CustomEvent('tafel:redraw'));
}

/** The neighbourhoods whose families this view shows one by one. */
export function openNeighbourhoods() {
  return graph ? [...groupsOf(graph.view)] : [];
}

/** Whether a node is drawn: all but the folded ones (which a mark or a selection may still bring out). */
export function shown(n) {
  return !n.hasClass('folded') || n.visible();
}

/** The partner a person works for or a service is offered by (an empty collection when there is none). */
function owner(n) {
  const type = n.data('type');
  if (type !== 'person' && type !== 'service') return cy.collection();
  return n.connectedEdges().filter((e) => FOLDED_KINDS.has(e.data('kind')))
    .connectedNodes('[type="partner"]').first();
}

/**
 * In the ecosystem, folds staff and services into their partner unless the broker opened it: they are
 * hidden (still on the map, so marks and searches find them), and their ties are drawn from the partner
 * as grouped ties (class "meta", one per partner and other end, weighted by how many they stand for).
 */
export function fold(fresh = false) {
  if (!fresh) { // a drawing just added has nothing folded yet
    cy.edges('.meta').remove();
    cy.nodes().removeClass('folded');
    cy.nodes().removeData('folded unfolded');
  }
  if (graph?.view !== 'ecosystem') return;
  const open = expandedOf(graph.view);
  const holder = new Map(); // folded node id -> its partner
  cy.nodes('[type="person"], [type="service"]').forEach((n) => {
    const partner = owner(n);
    if (partner.empty()) return;
    const key = open.has(partner.id()) ? 'unfolded' : 'folded';
    partner.data(key, (partner.data(key) || 0) + 1);
    if (key === 'folded') {
      n.addClass('folded');
      holder.set(n.id(), partner);
    }
  });
  const drawnAs = (n) => (holder.has(n.id()) ? holder.get(n.id()) : n);
  // thousands of families drawn one by one sit round the services they use; lines to each would only be haze
  const manyFamilies = cy.nodes('[type="family"]').length > 500;
  const grouped = new Map();
  cy.edges().forEach((e) => {
    const s = e.source();
    const x = e.target();
    if (!holder.has(s.id()) && !holder.has(x.id())) return;
    if (manyFamilies && (s.data('type') === 'family' || x.data('type') === 'family')) return;
    const a = drawnAs(s);
    const b = drawnAs(x);
    if (a.id() === b.id()) return;
    const kind = e.data('kind');
    const key = `${kind}|${a.id()}|${b.id()}`;
    const g = grouped.get(key);
    if (g) g.data.count += 1;
    else {
      grouped.set(key, {
        group: 'edges', classes: 'meta',
        data: { id: 'meta:' + key, source: a.id(), target: b.id(), kind, count: 1, width: 1, tone: e.data('tone') || 'normal' },
      });
    }
  });
  const meta = [...grouped.values()];
  const most = Math.max(1, ...meta.map((m) => m.data.count));
  for (const m of meta) m.data.width = 1 + 2.5 * Math.sqrt(m.data.count / most);
  cy.add(meta);
  cy.nodes('[type="partner"]').forEach((n) => n.data('display', displayLabel(n.data())));
}

/** Opens a partner's staff and services on the map, or folds them back in; nothing else moves. */
export function toggleFold(partner) {
  if (!graph) return;
  const open = expandedOf(graph.view);
  if (open.has(partner.id())) open.delete(partner.id());
  else open.add(partner.id());
  cy.batch(() => { fold(); recolour(); resize(); });
  place(cy.nodes().filter((n) => !positionsOf(graph.view).has(n.id())));
  labels.place();
}

/** Makes a node visible on the map: opens the partner it is folded into. Answers the node. */
export function reveal(id) {
  const node = typeof id === 'string' ? cy.getElementById(id) : id;
  if (node.nonempty() && node.hasClass('folded')) {
    const partner = owner(node);
    if (partner.nonempty()) toggleFold(partner);
  }
  return node;
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
    cy.edges().not('.meta').forEach((e) => { // grouped ties stand for ties counted already
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

/**
 * A node's colour: by sector (people and services take the colour of their partner, whose sector is
 * partnerSector), or by community when the communities are shown.
 */
function colourOf(d, partnerSector, byCommunity = state.community) {
  if (byCommunity && d.community != null) return communityColour(d.community);
  if (d.type === 'partner') return sectorColour(d.sector);
  if (d.type === 'family' || d.type === 'family-group') return FAMILY;
  if (d.type === 'table') return TABLE;
  if (d.sector) return sectorColour(d.sector);
  return partnerSector !== undefined ? sectorColour(partnerSector) : UNKNOWN;
}

/** Node colour: by sector (people and services take their partner's colour) or by community. */
export function recolour() {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const d = n.data();
      let partnerSector;
      if (d.type === 'person' || d.type === 'service') {
        const partner = owner(n);
        if (partner.nonempty()) partnerSector = partner.data('sector');
      }
      const color = colourOf(d, partnerSector, state.community && !n.hasClass('round-table'));
      if (d.color !== color) n.data('color', color);
    });
  });
}

/** What sizes are scaled by in one drawing: the chosen score's largest value and the largest family group. */
function scaleOf(list) {
  const score = SCORES.includes(state.size) ? state.size : 'degree';
  let max = 0;
  let maxCount = 1;
  for (const d of list) {
    max = Math.max(max, Number(d[score]) || 0);
    if (d.type === 'family-group') maxCount = Math.max(maxCount, Number(d.count) || 0);
  }
  return { score, max, maxCount };
}

/** A node's size and importance (0..1, labels.js labels the most important first) from the chosen score. */
function sizeOf(d, { score, max, maxCount }) {
  // a group of families is as large as the number of families it stands for
  const s = d.type === 'family-group' ? Math.sqrt((Number(d.count) || 0) / maxCount)
    : max > 0 ? Math.sqrt(Math.max(0, Number(d[score]) || 0) / max) : 0.3;
  const base = BASE_SIZE[d.type] ?? 12;
  const span = d.type === 'partner' ? 38 : d.type === 'family-group' ? 46 : d.type === 'table' ? 24 : 12;
  return { size: base + span * s, importance: s };
}

/** Node size and label size from the chosen score, scaled within this drawing. */
export function resize() {
  const scale = scaleOf(cy.nodes().map((n) => n.data()));
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const d = n.data();
      if (n.hasClass('round-table') || n.hasClass('empty-chair') || n.hasClass('seat')) return;
      const { size, importance } = sizeOf(d, scale);
      const display = displayLabel(d);
      if (d.size !== size || d.importance !== importance || d.display !== display) n.data({ size, importance, display });
    });
  });
}

function touchesFamilies(edge) {
  return edge.source().data('type')?.startsWith('family') || edge.target().data('type')?.startsWith('family');
}

// Services and staff sit close to their partner; ties to (groups of) families are long and loose,
// so a few big family groups do not pull the whole town into one knot.
/** Ties inside a community are drawn shorter, ties between communities longer (first layouts only). */
function communityFactor(edge) {
  const a = edge.source().scratch('_community');
  const b = edge.target().scratch('_community');
  if (a == null || b == null) return 1;
  return a === b ? 0.6 : 2;
}

function idealEdgeLength(edge) {
  return communityFactor(edge) * baseEdgeLength(edge);
}

function baseEdgeLength(edge) {
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

/** Room a node of each type keeps free around it when it is placed next to its neighbours. */
function room(n) {
  switch (n.data('type')) {
    case 'family': return 11;
    case 'family-group': return 60;
    case 'partner': return 46;
    case 'table': return 40;
    default: return 22;
  }
}

/** Points already taken, in a coarse grid, to find a free spot near a given point quickly. */
class Taken {
  constructor(cell = 24) { this.cell = cell; this.grid = new Map(); }

  key(gx, gy) { return `${gx},${gy}`; }

  add(p, r) {
    const k = this.key(Math.floor(p.x / this.cell), Math.floor(p.y / this.cell));
    if (!this.grid.has(k)) this.grid.set(k, []);
    this.grid.get(k).push({ x: p.x, y: p.y, r });
  }

  free(p, r) {
    const gx = Math.floor(p.x / this.cell);
    const gy = Math.floor(p.y / this.cell);
    const reach = Math.ceil(((r + 60) / 2 + 2) / this.cell); // 60: the most room a node keeps
    for (let x = gx - reach; x <= gx + reach; x++) {
      for (let y = gy - reach; y <= gy + reach; y++) {
        for (const o of this.grid.get(this.key(x, y)) || []) {
          if (Math.hypot(o.x - p.x, o.y - p.y) < (r + o.r) / 2 + 2) return false;
        }
      }
    }
    return true;
  }
}

/**
 * Places nodes the view has not placed before next to their placed neighbours (the middle of them), on the
 * first free spot of a sunflower spiral round that point, so nothing that was placed moves. Nodes without a
 * placed neighbour wait for one of their neighbours to be placed; what is left goes on a row below the drawing.
 */
function place(list) {
  if (!graph || list.empty()) return;
  const pos = positionsOf(graph.view);
  const taken = new Taken();
  cy.nodes().forEach((n) => { const p = pos.get(n.id()); if (p) taken.add(p, room(n)); });
  // folded staff and services first (round their partner), then the rest, partners before families
  const order = { person: 0, service: 0, partner: 1, table: 2, 'family-group': 3, family: 4 };
  let pending = list.sort((a, b) => (order[a.data('type')] ?? 2) - (order[b.data('type')] ?? 2)).toArray();
  // how far the spiral round a spot (to 40 units) is taken, so that a busy spot is not searched again
  const reached = new Map();
  const put = (n, centre, spread) => {
    const r = room(n);
    const key = `${Math.round(centre.x / 40)},${Math.round(centre.y / 40)},${r}`;
    let p = centre;
    let k = reached.get(key) || 0;
    // a crowded spot gives up after a few hundred tries: the node then sits half over another
    for (let tries = 0; tries < 300; tries++) {
      k += 1;
      const radius = spread + r * 0.75 * Math.sqrt(k);
      const angle = k * 2.399963; // the golden angle
      p = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
      if (taken.free(p, r)) break;
    }
    reached.set(key, k);
    p = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    pos.set(n.id(), p);
    taken.add(p, r);
  };
  for (let pass = 0; pass < 6 && pending.length > 0; pass++) {
    const waiting = [];
    for (const n of pending) {
      const placed = n.neighborhood('node').filter((m) => pos.has(m.id()));
      if (placed.empty()) { waiting.push(n); continue; }
      const partner = n.hasClass('folded') || n.data('type') === 'person' || n.data('type') === 'service' ? owner(n) : cy.collection();
      const anchors = partner.nonempty() && pos.has(partner.id()) ? partner : placed;
      let x = 0;
      let y = 0;
      anchors.forEach((m) => { const p = pos.get(m.id()); x += p.x; y += p.y; });
      const spread = anchors.length === 1 ? room(anchors.first()) / 2 : 0;
      put(n, { x: x / anchors.length, y: y / anchors.length }, spread);
    }
    if (waiting.length === pending.length) break;
    pending = waiting;
  }
  if (pending.length > 0) {
    let bottom = 0;
    let left = Infinity;
    for (const p of pos.values()) { bottom = Math.max(bottom, p.y); left = Math.min(left, p.x); }
    if (!Number.isFinite(left)) left = 0;
    pending.forEach((n, i) => put(n, { x: left + (i % 20) * 60, y: bottom + 120 + Math.floor(i / 20) * 60 }, 0));
  }
  cy.batch(() => list.forEach((n) => n.position({ ...pos.get(n.id()) })));
}

/**
 * Lays the view out. The first time a view is drawn, fcose lays out its backbone (partners, tables, family
 * groups and the people and services shown) and the rest is placed round it; afterwards a node keeps the
 * place it had, and only nodes new to the view are placed. When most of the backbone is new (a narrow filter
 * first, then all), fcose places the new backbone with every known node held where it was.
 */
export function layout() {
  const nodes = cy.nodes();
  if (!graph || nodes.empty()) return Promise.resolve();
  const view = graph.view;
  const pos = positionsOf(view);
  nodes.forEach((n) => { const p = pos.get(n.id()); if (p) n.position({ ...p }); });
  const backbone = nodes.filter((n) => n.data('type') !== 'family' && !n.hasClass('folded'));
  const newBackbone = backbone.filter((n) => !pos.has(n.id()));
  const finish = () => {
    place(nodes.filter((n) => !pos.has(n.id())));
    savePositions(view);
  };
  if (newBackbone.length === 0 || (pos.size > 0 && newBackbone.length <= Math.max(3, backbone.length * 0.3))) {
    finish();
    return Promise.resolve();
  }
  // new backbone nodes start next to a placed neighbour, so fcose only has to settle them
  newBackbone.forEach((n) => {
    const anchor = n.neighborhood('node').filter((m) => pos.has(m.id())).first();
    const p = anchor.nonempty() ? pos.get(anchor.id()) : { x: 0, y: 0 };
    n.position({ x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 });
  });
  const seeded = pos.size === 0 ? seedByCommunity(backbone) : Promise.resolve(false);
  return seeded.then((byCommunity) => new Promise((resolve) => {
    const fixed = backbone.filter((n) => pos.has(n.id())).map((n) => ({ nodeId: n.id(), position: { ...pos.get(n.id()) } }));
    // In the ecosystem the many referrals and family visits would knot everything together: the layout
    // follows the structure (collaboration, offers, staff, seats, bridge figures' families) and draws the rest.
    const ties = backbone.edgesWith(backbone).filter((e) => view !== 'ecosystem' || !(e.data('kind') === 'referral' || e.data('kind') === 'uses'));
    const run = backbone.union(ties).layout({
      name: 'fcose',
      quality: backbone.length > 1500 ? 'draft' : 'default',
      randomize: fixed.length === 0 && !byCommunity,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      uniformNodeDimensions: false,
      packComponents: fixed.length === 0,
      fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
      nodeRepulsion: (n) => (n.data('type') === 'family-group' ? 45000 : n.data('type') === 'partner' ? 12000 : 5000),
      nodeSeparation: 90,
      idealEdgeLength,
      edgeElasticity,
      nestingFactor: 0.1,
      gravity: 0.3,
      gravityRange: 3.8,
      numIter: 2500,
      tile: true,
      tilingPaddingVertical: 20,
      tilingPaddingHorizontal: 20,
    });
    run.one('layoutstop', () => {
      // every node that was placed before keeps its place, whatever the layout did with it
      backbone.forEach((n) => {
        const p = pos.get(n.id());
        if (p) n.position({ ...p });
        else {
          const q = { x: Math.round(n.position('x') * 10) / 10, y: Math.round(n.position('y') * 10) / 10 };
          pos.set(n.id(), q);
          n.position({ ...q });
        }
      });
      finish();
      resolve();
    });
    run.run();
  }));
}

/**
 * Starts a view's first layout from its communities (Louvain, GET /api/analysis/communities): each community
 * on a disc of its own, the largest in the middle, so that fcose keeps the communities together. Answers
 * whether it could (a failed request leaves the layout to fcose alone).
 */
async function seedByCommunity(backbone) {
  let answer;
  try {
    // a busy server does not hold the first drawing up: after 2 s fcose lays the view out alone
    answer = await Promise.race([
      api.get('analysis/communities', {
        view: graph.view, at: graph.at || state.at, domain: state.domain, neighbourhood: state.neighbourhood, sector: state.sector,
      }),
      new Promise((resolve) => { setTimeout(() => resolve(null), 2000); }),
    ]);
  } catch {
    return false;
  }
  if (!answer) return false;
  const ids = new Set(backbone.map((n) => n.id()));
  const groups = (answer?.communities || [])
    .map((c) => (c.members || []).filter((id) => typeof id === 'string' && ids.has(id)))
    .filter((members) => members.length > 0)
    .sort((a, b) => b.length - a.length);
  if (groups.length < 2) return false;
  const seeded = new Set();
  const sunflower = (k, step) => ({ r: step * Math.sqrt(k), a: k * 2.399963 });
  // community centres on a sunflower spiral, as far apart as the largest community is wide
  const step = 1.6 * 40 * Math.sqrt(groups[0].length);
  groups.forEach((members, i) => {
    const c = sunflower(i, step);
    const centre = { x: c.r * Math.cos(c.a), y: c.r * Math.sin(c.a) };
    members.forEach((id, k) => {
      const m = sunflower(k, 40);
      cy.getElementById(id).position({ x: centre.x + m.r * Math.cos(m.a), y: centre.y + m.r * Math.sin(m.a) })
        .scratch('_community', i);
      seeded.add(id);
    });
  });
  // what no community holds (a family group, a node of a filtered view) starts among its neighbours
  backbone.filter((n) => !seeded.has(n.id())).forEach((n) => {
    const near = n.neighborhood('node').filter((m) => seeded.has(m.id()));
    const p = near.nonempty() ? near.first().position() : { x: 0, y: 0 };
    n.position({ x: p.x + (Math.random() - 0.5) * 60, y: p.y + (Math.random() - 0.5) * 60 });
  });
  return true;
}

const normalise = (s) => String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/**
 * Every node whose name (or id) holds the search text, best first: exact names, then names that start with
 * it, then the rest; partners before people and services, then by number of ties. Folded nodes count too.
 */
export function matches(text) {
  const q = normalise(text);
  if (!q) return [];
  const found = [];
  cy.nodes().forEach((n) => {
    if (n.data('vanishing') || n.data('type') === 'family') return;
    const label = normalise(n.data('label') || n.data('name'));
    const id = normalise(n.id());
    let rank;
    if (label === q || id === q) rank = 0;
    else if (label.startsWith(q)) rank = 1;
    else if (label.includes(q) || id.includes(q)) rank = 2;
    else return;
    found.push({ node: n, rank: rank + (n.data('type') === 'partner' ? 0 : 0.5) });
  });
  found.sort((a, b) => a.rank - b.rank || b.node.degree() - a.node.degree()
    || String(a.node.data('label')).localeCompare(String(b.node.data('label'))));
  return found.map((f) => f.node);
}

/** The best-matching node for a search text (null when none matches). */
export function find(text) {
  return matches(text)[0] || null;
}

/** The partner a folded person or service belongs to (null for anything else). */
export function holderOf(node) {
  const partner = owner(node);
  return partner.nonempty() ? partner : null;
}

export function focus(node) {
  reveal(node);
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
  spotlight(null);
}
