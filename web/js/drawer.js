// The phone's drawer (the controls slide in over the map, which keeps the whole width) and projector
// mode (large labels, and only the most important; a toggle remembered in this browser).

import * as labels from './labels.js';
import { addWords } from './i18n.js';
import { words } from './landing-words.js';

addWords(words);

const $ = (id) => document.getElementById(id);
const PROJECTOR = 'tafel.projector';

function setDrawer(open) {
  document.body.classList.toggle('drawer-open', open);
  $('drawer-toggle').setAttribute('aria-expanded', String(open));
  if (open) $('controls').focus();
}

export function closeDrawer() {
  if (document.body.classList.contains('drawer-open')) setDrawer(false);
}

export function projector() {
  return document.body.classList.contains('projector');
}

function setProjector(on, remember = true) {
  document.body.classList.toggle('projector', on);
  $('projector-toggle').setAttribute('aria-pressed', String(on));
  labels.setProjector(on);
  if (remember) {
    try { localStorage.setItem(PROJECTOR, String(on)); } catch { /* private mode */ }
  }
}

/** {@code resized(appeared)}: the map's box changed size; {@code appeared} when it was hidden or empty before. */
export function init(resized = () => {}) {
  $('drawer-toggle').addEventListener('click', () => setDrawer(!document.body.classList.contains('drawer-open')));
  $('drawer-close').addEventListener('click', () => { setDrawer(false); $('drawer-toggle').focus(); });
  $('drawer-backdrop').addEventListener('click', () => setDrawer(false));
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeDrawer(); });
  $('projector-toggle').addEventListener('click', () => {
    setProjector(!projector());
    resized(false);
  });
  // the map's box changes size without a window resize: landing page to map, projector, phone rotation
  let small = true;
  new ResizeObserver(([entry]) => {
    const { width, height } = entry.contentRect;
    const wasSmall = small;
    small = width < 20 || height < 20;
    resized(wasSmall && !small);
  }).observe($('cy'));
  let stored = false;
  try { stored = localStorage.getItem(PROJECTOR) === 'true'; } catch { /* private mode */ }
  setProjector(stored, false);
}
