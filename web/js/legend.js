// The legend lists only what is on the map right now: shapes, colours, lines and marks.

import { state } from './state.js';
import { t, word } from './i18n.js';
import { cy, graph, openNeighbourhoods } from './map.js';
import { esc } from './dom.js';
import {
  TYPES, EDGE_KINDS, FAMILY, TABLE, HALO, CUT, SUGGESTED, sectorColour, communityColour,
  shapeSvg, lineSvg, haloSvg,
} from './style.js';

function item(swatch, text) {
  return `<li>${swatch}<span>${esc(text)}</span></li>`;
}

export function render() {
  const body = document.getElementById('legend-body');
  if (!cy) return;
  const parts = [];
  if (cy.nodes().empty()) { body.innerHTML = ''; return; }
  const table = state.mode === 'table';

  if (table) {
    parts.push('<ul>'
      + item(shapeSvg('ellipse', '#F1E6D2'), t('type.table'))
      + item(shapeSvg('partner', '#6E7781'), t('mark.seat'))
      + item(shapeSvg('partner', '#6E7781', true), t('mark.chair'))
      + '</ul>');
  } else {
    const types = TYPES.filter((type) => cy.nodes(`[type="${type}"]`).nonempty());
    const typeFill = (type) => (type === 'family' || type === 'family-group' ? FAMILY : type === 'table' ? TABLE : '#8C959F');
    parts.push(`<h3>${esc(t('legend.shapes'))}</h3><ul>${types.map((type) => item(shapeSvg(type, typeFill(type)), t('type.' + type))).join('')}</ul>`);
  }

  if (state.community && !table) {
    const communities = [...new Set(cy.nodes().map((n) => n.data('community')).filter((c) => c != null))].sort((a, b) => a - b);
    parts.push(`<h3>${esc(t('legend.communities'))}</h3><ul class="cols">${communities.slice(0, 16)
      .map((c) => item(shapeSvg('partner', communityColour(c)), `${t('score.community')} ${c + 1}`)).join('')}</ul>`);
  } else {
    const counts = new Map();
    cy.nodes().forEach((n) => {
      const s = n.data('sector');
      if (s && (n.data('type') === 'partner' || n.hasClass('seat') || n.hasClass('empty-chair'))) counts.set(s, (counts.get(s) || 0) + 1);
    });
    const sectors = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (sectors.length) {
      parts.push(`<h3>${esc(t('legend.colours'))}</h3><ul class="cols">${sectors
        .map(([s, n]) => item(shapeSvg('partner', sectorColour(s)), `${word(s)} (${n})`)).join('')}</ul>`);
      if (!table && cy.nodes('[type="person"], [type="service"]').nonempty()) parts.push(`<p class="small">${esc(t('legend.coloursNote'))}</p>`);
    }
  }

  if (!table) {
    const kinds = Object.keys(EDGE_KINDS).filter((k) => cy.edges(`[kind="${k}"]`).nonempty());
    if (kinds.length) {
      parts.push(`<h3>${esc(t('legend.edges'))}</h3><ul class="cols">${kinds
        .map((k) => item(lineSvg(EDGE_KINDS[k].color, EDGE_KINDS[k].style, EDGE_KINDS[k].arrow), t('edge.' + k))).join('')}</ul>`);
    }
    const marks = [];
    if (cy.nodes('.articulation').nonempty()) marks.push(item(haloSvg(HALO), t('mark.articulation')));
    if (cy.edges('.bridge').nonempty()) marks.push(item(lineSvg('#1F2328', 'solid', false, 4), t('mark.bridge')));
    if (cy.edges('.suggested').nonempty()) marks.push(item(lineSvg(SUGGESTED, 'dashed', false, 2.5), t('mark.suggested')));
    if (cy.nodes('.cut-off').nonempty()) marks.push(item(haloSvg(CUT), t('mark.cutoff')));
    if (cy.nodes('.removed').nonempty()) marks.push(item(shapeSvg('partner', '#C9CED4', true), t('mark.removed')));
    if (marks.length) parts.push(`<h3>${esc(t('legend.marks'))}</h3><ul>${marks.join('')}</ul>`);
    parts.push(`<p class="small">${esc(t('legend.size', { score: t('score.' + state.size) }))}</p>`);
    if (cy.nodes('[folded > 0]').nonempty()) parts.push(`<p class="small">${esc(t('legend.collapsed'))}</p>`);
    if (graph?.view === 'ecosystem' && (cy.nodes('[type="family-group"]').nonempty() || openNeighbourhoods().length > 0)) {
      parts.push(`<p class="small">${esc(t('legend.groups'))}</p>`);
    }
  }
  body.innerHTML = parts.join('');
}
