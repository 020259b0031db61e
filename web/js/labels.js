// Labels that never pile up: after every layout, zoom or pan the most important nodes get their label
// first, and a label is only shown where it does not cover one already placed. Labels keep a readable
// size on screen whatever the zoom.

const CELL = 80;
let cy;
let timer = null;

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
  if (d.type === 'family-group') return 7;
  if (d.type === 'table') return 6;
  if (d.type === 'partner') return 3 + 2 * (d.importance || 0) + (n.hasClass('articulation') ? 1 : 0);
  if (d.type === 'person' && d.role === 'bridge-figure') return 2.5;
  return 1 + (d.importance || 0);
}

export function attach(instance) {
  cy = instance;
  cy.on('zoom pan resize', schedule);
}

export function schedule() {
  clearTimeout(timer);
  timer = setTimeout(place, 90);
}

export function place() {
  if (!cy) return;
  const zoom = cy.zoom();
  const ext = { w: cy.width(), h: cy.height() };
  const grid = new Map();
  const boxes = [];
  const key = (x, y) => `${x},${y}`;
  const overlaps = (b) => {
    for (let gx = Math.floor(b.x1 / CELL); gx <= Math.floor(b.x2 / CELL); gx++) {
      for (let gy = Math.floor(b.y1 / CELL); gy <= Math.floor(b.y2 / CELL); gy++) {
        for (const i of grid.get(key(gx, gy)) || []) {
          const o = boxes[i];
          if (b.x1 < o.x2 && b.x2 > o.x1 && b.y1 < o.y2 && b.y2 > o.y1) return true;
        }
      }
    }
    return false;
  };
  const add = (b) => {
    boxes.push(b);
    for (let gx = Math.floor(b.x1 / CELL); gx <= Math.floor(b.x2 / CELL); gx++) {
      for (let gy = Math.floor(b.y1 / CELL); gy <= Math.floor(b.y2 / CELL); gy++) {
        const k = key(gx, gy);
        if (!grid.has(k)) grid.set(k, []);
        grid.get(k).push(boxes.length - 1);
      }
    }
  };

  // the bodies of the larger nodes are obstacles too: a label never hides a partner
  cy.nodes().forEach((n) => {
    const r = (n.data('size') || 10) * zoom / 2;
    if (r < 5 || n.hasClass('faded') || n.hasClass('round-table')) return;
    const p = n.renderedPosition();
    add({ x1: p.x - r * 0.8, x2: p.x + r * 0.8, y1: p.y - r * 0.8, y2: p.y + r * 0.8 });
  });

  const show = [];
  const hide = [];
  const sorted = cy.nodes().sort((a, b) => priority(b) - priority(a));
  sorted.forEach((n) => {
    const text = n.data('display');
    if (!text || n.hasClass('faded') || n.removed()) { hide.push(n); return; }
    const px = pixels(n);
    const p = n.renderedPosition();
    const r = (n.data('size') || 10) * zoom / 2;
    const inside = n.hasClass('round-table');
    const longest = String(text).split('\n').reduce((m, l) => Math.max(m, l.length), 0);
    const w = Math.min(longest * px * 0.58, (inside ? 200 : 190) * (px / 12)) + 6;
    const h = px * 1.3 * (inside ? 2 : 1);
    if (inside) {
      // the table's own name is always written on it, wrapped to its width
      show.push([n, px / zoom, (n.data('size') || 100) * 0.8]);
      return;
    }
    const side = n.data('side');
    let b;
    if (side === 'left') b = { x1: p.x - r - 5 - w, x2: p.x - r - 3, y1: p.y - h / 2, y2: p.y + h / 2 };
    else if (side === 'right') b = { x1: p.x + r + 3, x2: p.x + r + 5 + w, y1: p.y - h / 2, y2: p.y + h / 2 };
    else if (side === 'top') b = { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y - r - 4 - h, y2: p.y - r - 2 };
    else b = { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + r + 2, y2: p.y + r + 2 + h };
    const onScreen = b.x2 > 0 && b.x1 < ext.w && b.y2 > 0 && b.y1 < ext.h;
    // small nodes only speak up when zoomed in enough to tell them apart
    const tooSmall = !inside && r < 2.2 && priority(n) < 6;
    if (onScreen && !tooSmall && !overlaps(b)) {
      add(b);
      show.push([n, px / zoom, (w + 10) / zoom]);
    } else {
      hide.push(n);
    }
  });
  cy.batch(() => {
    for (const [n, size, max] of show) {
      n.data({ fontSize: size, textMax: max });
      n.addClass('labelled');
    }
    for (const n of hide) n.removeClass('labelled');
  });
}

/** Fits the nodes leaving room on screen for labels beside them (labels keep their size on screen). */
export function fitWithLabels(side = 215, vertical = 36) {
  const bb = cy.nodes().boundingBox({ includeLabels: false });
  const w = Math.max(1, cy.width() - 2 * side);
  const h = Math.max(1, cy.height() - 2 * vertical);
  const zoom = Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1), 2);
  cy.zoom(zoom);
  cy.center(cy.nodes());
  place();
}
