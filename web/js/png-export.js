// The map as a PNG a broker can hand on: the drawing framed by a title, the date it shows and a legend of
// what is on it (kinds of node, sector colours, kinds of line). Drawn on a canvas from Cytoscape's own PNG;
// createImageBitmap reads that PNG without a URL, so the page's Content-Security-Policy stays as it is.

import { t, word, date, addWords } from './i18n.js';
import { EDGE_KINDS, FAMILY, TABLE, TYPES, SHAPES, sectorColour } from './style.js';
import { words } from './report-words.js';

addWords(words);

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const INK = '#1F2328';
const MUTED = '#57606A';

/** What the legend of the PNG lists: every kind of node, sector and kind of line on the map. */
export function legendItems(cy) {
  const items = [];
  for (const type of TYPES) {
    if (cy.nodes(`[type="${type}"]`).nonempty()) {
      const fill = type === 'family' || type === 'family-group' ? FAMILY : type === 'table' ? TABLE : '#8C959F';
      items.push({ kind: 'shape', shape: SHAPES[type] || 'ellipse', colour: fill, text: t('type.' + type) });
    }
  }
  const sectors = new Map();
  cy.nodes('[type="partner"]').forEach((n) => {
    const s = n.data('sector');
    if (s) sectors.set(s, (sectors.get(s) || 0) + 1);
  });
  [...sectors.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .forEach(([s]) => items.push({ kind: 'shape', shape: 'ellipse', colour: sectorColour(s), text: word(s) }));
  for (const k of Object.keys(EDGE_KINDS)) {
    if (cy.edges(`[kind="${k}"]`).nonempty()) items.push({ kind: 'line', colour: EDGE_KINDS[k].color, dashed: EDGE_KINDS[k].style !== 'solid', arrow: !!EDGE_KINDS[k].arrow, text: t('edge.' + k) });
  }
  return items;
}

function swatch(ctx, item, x, y, s) {
  ctx.save();
  ctx.strokeStyle = item.kind === 'line' ? item.colour : INK;
  ctx.fillStyle = item.colour;
  ctx.lineWidth = 2 * s;
  if (item.kind === 'line') {
    if (item.dashed) ctx.setLineDash([6 * s, 4 * s]);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 28 * s, y);
    ctx.stroke();
    if (item.arrow) {
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(x + 30 * s, y);
      ctx.lineTo(x + 22 * s, y - 5 * s);
      ctx.lineTo(x + 22 * s, y + 5 * s);
      ctx.closePath();
      ctx.fill();
    }
  } else {
    ctx.beginPath();
    if (item.shape === 'round-rectangle' || item.shape === 'rectangle') ctx.rect(x + 6 * s, y - 7 * s, 18 * s, 14 * s);
    else if (item.shape === 'round-diamond' || item.shape === 'diamond') {
      ctx.moveTo(x + 15 * s, y - 9 * s); ctx.lineTo(x + 24 * s, y); ctx.lineTo(x + 15 * s, y + 9 * s); ctx.lineTo(x + 6 * s, y); ctx.closePath();
    } else ctx.arc(x + 15 * s, y, 9 * s, 0, 2 * Math.PI);
    ctx.fill();
    ctx.lineWidth = 1.5 * s;
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * The map framed with {@code title}, {@code subtitle} (the date shown) and its legend, as a PNG blob, with
 * where each part lies: {blob, width, height, map: {top, height}, legend: {top, height}}.
 */
export async function framedPng(cy, title, subtitle) {
  const scale = 2;
  const mapBlob = cy.png({ output: 'blob', bg: '#ffffff', full: true, scale, maxWidth: 4000, maxHeight: 4000 });
  const map = await createImageBitmap(mapBlob);
  const s = scale;
  const pad = 24 * s;
  const width = Math.max(map.width + 2 * pad, 900 * s);
  const headerHeight = 84 * s;
  const items = legendItems(cy);
  const columnWidth = 220 * s;
  const columns = Math.max(1, Math.floor((width - 2 * pad) / columnWidth));
  const rowHeight = 26 * s;
  const legendHeight = 40 * s + Math.ceil(items.length / columns) * rowHeight + 16 * s;
  const height = headerHeight + map.height + legendHeight + pad;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 ${26 * s}px ${FONT}`;
  ctx.fillText(title, pad, pad + 24 * s);
  ctx.fillStyle = MUTED;
  ctx.font = `${16 * s}px ${FONT}`;
  ctx.fillText(subtitle, pad, pad + 50 * s);
  const mapTop = headerHeight;
  ctx.drawImage(map, Math.round((width - map.width) / 2), mapTop);
  ctx.strokeStyle = '#D8D4CA';
  ctx.lineWidth = s;
  ctx.strokeRect(pad / 2, mapTop, width - pad, map.height);
  const legendTop = mapTop + map.height + 8 * s;
  ctx.fillStyle = INK;
  ctx.font = `700 ${17 * s}px ${FONT}`;
  ctx.fillText(t('legend.title'), pad, legendTop + 24 * s);
  ctx.font = `${14 * s}px ${FONT}`;
  items.forEach((item, i) => {
    const x = pad + (i % columns) * columnWidth;
    const y = legendTop + 40 * s + Math.floor(i / columns) * rowHeight + rowHeight / 2;
    swatch(ctx, item, x, y, s);
    ctx.fillStyle = INK;
    ctx.textBaseline = 'middle';
    ctx.fillText(item.text, x + 38 * s, y, columnWidth - 44 * s);
  });
  const blob = await new Promise((resolve) => { canvas.toBlob(resolve, 'image/png'); });
  return { blob, width, height, title, subtitle, map: { top: mapTop, height: map.height }, legend: { top: legendTop, height: legendHeight }, items: items.length };
}

/** The title and subtitle of the map as it is shown: its view or table, and its date. */
export function captions(mode, viewName, tableName, at) {
  return {
    title: mode === 'table' ? t('png.titleTable', { table: tableName }) : t('png.titleMap', { view: viewName }),
    subtitle: t('png.at', { date: date(at) }),
  };
}
