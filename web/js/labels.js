// Labels that never pile up: after every layout, zoom or pan the most important nodes get their label
// first, and a label is only shown where it does not cover one already placed. Labels keep a readable
// size on screen whatever the zoom.

const CELL = 80;
const MAX_LABEL_PX = 210;
const OUTLINE_PX = 2.5; // the white outline round a label, the same on screen at every zoom
export const WRAP_PX = 135;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const context = document.createElement('canvas').getContext('2d');

/** The width in pixels the map will need for a label, measured with the map's own font. */
function measure(text, px, weightValue) {
  context.font = `${weightValue} ${px}px ${FONT}`;
  return context.measureText(String(text)).width;
}

/** Cuts a text with … so that it fits in maxLines lines of maxWidth pixels (for wrapped labels). */
export function fitText(text, px, weightValue, maxWidth = WRAP_PX, maxLines = 2) {
  const s = String(text ?? '');
  const budget = maxWidth * maxLines * 0.92; // words do not break exactly at the edge
  if (measure(s, px, weightValue) <= budget) return s;
  let n = s.length;
  while (n > 1 && measure(s.slice(0, n) + '…', px, weightValue) > budget) n -= 1;
  return s.slice(0, n).trimEnd() + '…';
}

function weight(n) {
  const type = n.data('type');
  return n.hasClass('empty-chair') || type === 'person' || type === 'service' || type === 'family' ? 400 : 600;
}
let cy;
let timer = null;
// Projector mode (web/js/drawer.js): labels this many times larger, and only for nodes this important.
let scale = 1;
let least = -Infinity;

export function setProjector(on) {
  scale = on ? 1.8 : 1;
  least = on ? 3 : -Infinity; // partners, tables, seats and family groups; not persons, services, families
  if (cy) place();
}

// Rendered font size in pixels per kind of node.
function pixels(n) {
  const d = n.data();
  if (n.hasClass('round-table')) return 15;
  if (n.hasClass('seat') || n.hasClass('empty-chair')) return 13;
  if (d.type === 'family-group') return 13;
  if (d.type === 'table') return 12.5;
  if (d.type === 'partner') return 11.5 + 3.5 * (d.importance || 0);
  if (d.type === 'person' && d.role === 'bridge-figure') return 11.5;
  return 11;
}

function priority(n) {
  const d = n.data();
  if (n.selected() || n.hasClass('focus') || n.hasClass('cut-off') || n.hasClass('round-table')) return 10;
  if (n.hasClass('seat')) return 9;
  if (n.hasClass('empty-chair')) return 8 - (d.rank || 0) / 1000;
  if (d.type === 'family-group') return 6;
  if (d.type === 'table') return 5;
  if (d.type === 'partner') return 3 + 4.5 * (d.importance || 0) + (n.hasClass('articulation') ? 1 : 0);
  if (d.type === 'person' && d.role === 'bridge-figure') return 2.5;
  return 1 + (d.importance || 0);
}

/** Rectangles in a coarse grid, to ask quickly whether a new one overlaps any. */
class Boxes {
  constructor() { this.grid = new Map(); this.boxes = []; }

  cells(b, fn) {
    for (let gx = Math.floor(b.x1 / CELL); gx <= Math.floor(b.x2 / CELL); gx++) {
      for (let gy = Math.floor(b.y1 / CELL); gy <= Math.floor(b.y2 / CELL); gy++) {
        if (fn(`${gx},${gy}`)) return true;
      }
    }
    return false;
  }

  /** Whether b overlaps a box whose rank is at least minRank. */
  overlaps(b, minRank = -Infinity) {
    return this.cells(b, (k) => (this.grid.get(k) || []).some((i) => {
      const o = this.boxes[i];
      return (o.rank ?? Infinity) >= minRank && b.x1 < o.x2 && b.x2 > o.x1 && b.y1 < o.y2 && b.y2 > o.y1;
    }));
  }

  add(b) {
    this.boxes.push(b);
    const i = this.boxes.length - 1;
    this.cells(b, (k) => {
      if (!this.grid.has(k)) this.grid.set(k, []);
      this.grid.get(k).push(i);
      return false;
    });
  }
}

export function attach(instance) {
  cy = instance;
  cy.on('zoom pan resize', schedule);
}

export function schedule() {
  clearTimeout(timer);
  timer = setTimeout(place, 90);
}

export function place(anywhere = false) {
  if (!cy) return;
  const zoom = cy.zoom();
  const ext = { w: cy.width(), h: cy.height() };
  const placed = new Boxes();
  const bodies = new Boxes();

  // the bodies of the larger nodes are obstacles too: a label never hides a partner
  cy.nodes().forEach((n) => {
    const r = (n.data('size') || 10) * zoom / 2;
    if (r < 5 || n.hasClass('faded') || n.hasClass('dimmed') || n.hasClass('round-table') || (n.hasClass('folded') && !n.visible())) return;
    const p = n.renderedPosition();
    bodies.add({ x1: p.x - r * 0.8, x2: p.x + r * 0.8, y1: p.y - r * 0.8, y2: p.y + r * 0.8, rank: priority(n) });
  });

  const show = [];
  const short = [];
  const hide = [];
  const sorted = cy.nodes().sort((a, b) => priority(b) - priority(a));
  sorted.forEach((n) => {
    const text = n.data('display');
    if (!text || n.hasClass('faded') || n.hasClass('dimmed') || n.removed() || (n.hasClass('folded') && !n.visible()) || priority(n) < least) { hide.push(n); return; }
    const px = pixels(n) * scale;
    const p = n.renderedPosition();
    const r = (n.data('size') || 10) * zoom / 2;
    const inside = n.hasClass('round-table');
    const wrap = n.data('wrap') === true;
    const measured = measure(text, px, weight(n));
    const lines = wrap ? Math.min(2, Math.ceil(measured / WRAP_PX)) : 1;
    // the box a label takes on screen: its text, the white outline round it (2.5 px a side) and a margin
    const textPx = Math.min(measured, wrap ? WRAP_PX : MAX_LABEL_PX * scale);
    const w = textPx + 18; // Cytoscape's own box round a label is about 13 px wider than its text
    const h = px * 1.3 * lines + 2 * OUTLINE_PX + 1;
    if (inside) {
      // the table's own name is always written on it, wrapped to its width
      show.push([n, px / zoom, (n.data('size') || 100) * 0.8]);
      return;
    }
    const side = n.data('side');
    // the label's margin and the node's border are in map units: they grow with the zoom
    const gap = 5 * zoom;
    let b;
    if (side === 'left') b = { x1: p.x - r - gap - w, x2: p.x - r, y1: p.y - h / 2, y2: p.y + h / 2 };
    else if (side === 'right') b = { x1: p.x + r, x2: p.x + r + gap + w, y1: p.y - h / 2, y2: p.y + h / 2 };
    else if (side === 'top') b = { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y - r - gap - h, y2: p.y - r };
    else b = { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + r, y2: p.y + r + gap + h };
    const onScreen = anywhere || (b.x1 >= 2 && b.x2 <= ext.w - 2 && b.y1 >= 0 && b.y2 <= ext.h);
    // small nodes only speak up when zoomed in enough to tell them apart
    const tooSmall = !inside && r < 2.2 && priority(n) < 6;
    // a label may cross less important nodes (it is drawn above them), never a more important one
    const blocked = placed.overlaps(b) || bodies.overlaps(b, priority(n) + 1e-9);
    if (onScreen && !tooSmall && !blocked) {
      placed.add(b);
      show.push([n, px / zoom, (wrap ? WRAP_PX + 2 : textPx + 4) / zoom]);
    } else if (n.data('short')) {
      short.push([n, px / zoom]); // an empty chair keeps at least its rank, written inside it
    } else {
      hide.push(n);
    }
  });
  cy.batch(() => {
    for (const [n, size, max] of show) {
      n.data({ fontSize: size, textMax: max, outline: OUTLINE_PX / zoom });
      n.removeClass('labelled-short').addClass('labelled');
    }
    for (const [n, size] of short) {
      n.data({ fontSize: size });
      n.removeClass('labelled').addClass('labelled-short');
    }
    for (const n of hide) n.removeClass('labelled labelled-short');
  });
  window.tafelLabelsPlaced = zoom; // tests wait for the labels of a zoom level
}

/**
 * Fits the drawing with its labels in view. Labels keep their size on screen while the nodes scale, so
 * the room they need is measured after placing them, and the zoom is solved for the nodes that remain.
 */
export function fitWithLabels(margin = 18, top = 44) {
  const nodes = cy.nodes();
  if (nodes.empty()) return;
  const bb = nodes.boundingBox({ includeLabels: false });
  const w = Math.max(bb.w, 1);
  const h = Math.max(bb.h, 1);
  cy.zoom(Math.min((cy.width() - 2 * margin) / w, (cy.height() - margin - top) / h, 2));
  cy.center(nodes);
  // three rounds settle the zoom for the labels; a large drawing (thousands of families) takes one
  const rounds = nodes.length > 1000 ? 1 : 3;
  for (let i = 0; i < rounds; i++) {
    place(true);
    const z = cy.zoom();
    const all = nodes.boundingBox({ includeLabels: true, includeOverlays: false });
    const overX = Math.max(0, all.w - w) * z;
    const overY = Math.max(0, all.h - h) * z;
    const zoom = Math.max(0.05, Math.min((cy.width() - 2 * margin - overX) / w, (cy.height() - margin - top - overY) / h, 2));
    cy.zoom(zoom);
    cy.center(nodes);
    // labels may stick out more on one side: centre what is drawn, not just the nodes
    place(true);
    const drawn = nodes.boundingBox({ includeLabels: true, includeOverlays: false });
    const pan = cy.pan();
    cy.pan({
      x: pan.x + cy.width() / 2 - ((drawn.x1 + drawn.x2) / 2) * zoom - pan.x,
      y: pan.y + (top + cy.height() - margin) / 2 - ((drawn.y1 + drawn.y2) / 2) * zoom - pan.y,
    });
  }
  place();
}
