// Drawing a tie by dragging (brokers), a small gesture of our own (no edgehandles webjar is served): with
// "Samenwerking tekenen" on, press on a partner, drag (a dashed line follows the pointer) and let go on another
// partner; edit.js then asks for the kind, strength and trust. While drawing, nodes cannot be moved and the map
// does not pan, so the drag is never mistaken for either; switching it off gives both back.

import * as map from './map.js';

const GHOST = 'draw-tie-ghost';
let cy = null;
let on = false;
let source = null;
let kept = null; // the map's own grab, pan and box-selection settings while drawing
let onTie = () => {};

const isPartner = (n) => n && n.isNode && n.isNode() && n.data('type') === 'partner';

function inside(box, p) {
  return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
}

/** The partner under a point of the model: of those whose body holds it, the one whose centre is nearest. */
function partnerAt(p) {
  let best = null;
  let bestDistance = Infinity;
  cy.nodes('[type="partner"]').forEach((n) => {
    if (n.same(source) || !inside(n.boundingBox({ includeLabels: false }), p)) return;
    const c = n.position();
    const d = (c.x - p.x) ** 2 + (c.y - p.y) ** 2;
    if (d < bestDistance) { best = n; bestDistance = d; }
  });
  return best;
}

function removeGhost() {
  cy?.remove(`#${GHOST}, #${GHOST}-edge`);
}

function start(event) {
  if (!isPartner(event.target)) return;
  source = event.target;
  removeGhost();
  const added = cy.add([
    { group: 'nodes', data: { id: GHOST, type: 'draw-ghost' }, position: { ...event.position }, selectable: false, grabbable: false },
    { group: 'edges', data: { id: `${GHOST}-edge`, source: source.id(), target: GHOST, type: 'draw-ghost' }, selectable: false },
  ]);
  added.nodes().style({ width: 4, height: 4, opacity: 0, label: '' });
  added.edges().style({ 'line-style': 'dashed', 'line-color': '#0969da', width: 4, opacity: 1, 'target-arrow-shape': 'none', label: '' });
}

function move(event) {
  if (!source) return;
  cy.getElementById(GHOST).position({ ...event.position });
}

function end(event) {
  if (!source) return;
  const from = source;
  source = null;
  removeGhost();
  const target = partnerAt(event.position);
  if (target) onTie(from.id(), target.id());
}

/** Whether drawing is on. */
export function isOn() {
  return on;
}

/** Switches drawing on or off; `tie(a, b)` is called when a drag ends on another partner. */
export function set(value, tie) {
  if (tie) onTie = tie;
  if (value === on) return;
  on = value;
  if (on) {
    cy = map.cy;
    kept = { grab: cy.autoungrabify(), pan: cy.userPanningEnabled(), box: cy.boxSelectionEnabled() };
    cy.autoungrabify(true);
    cy.userPanningEnabled(false);
    cy.boxSelectionEnabled(false);
    cy.on('tapstart', 'node', start);
    cy.on('tapdrag', move);
    cy.on('tapend', end);
    cy.container()?.classList.add('drawing-tie');
  } else if (cy) {
    cy.off('tapstart', 'node', start);
    cy.off('tapdrag', move);
    cy.off('tapend', end);
    source = null;
    removeGhost();
    cy.autoungrabify(kept.grab);
    cy.userPanningEnabled(kept.pan);
    cy.boxSelectionEnabled(kept.box);
    cy.container()?.classList.remove('drawing-tie');
    cy = null;
  }
}
