// Saving what is on screen: the map as PNG, the current table (or the map's scores) as CSV.

import { state } from './state.js';
import { language, t, word, number, addWords } from './i18n.js';
import { words as exportWords } from './export-words.js';
import { message } from './messages.js';
import { cy, graph } from './map.js';
import { download } from './dom.js';
import { analysis } from './table.js';
import { framedPng, captions } from './png-export.js';

addWords(exportWords);

/** The map as shown, framed with a title, its date and a legend (png-export.js). */
export function framed() {
  const { title, subtitle } = captions(state.mode, t('view.' + state.view), analysis?.table?.name || state.table, state.at);
  return framedPng(cy, title, subtitle);
}

export async function png() {
  const { blob } = await framed();
  const what = state.mode === 'table' ? `${t('csv.table')}-${state.table}` : `${t('csv.map')}-${state.view}`;
  download(blob, `tafel-${what}-${state.at}.png`);
}

// Belgian spreadsheets expect ';' and decimal commas with a Dutch locale; English gets ',' and points.
// Numbers are written without grouping, so a spreadsheet reads them back as numbers.
export function csv(rows) {
  const sep = language() === 'nl' ? ';' : ',';
  const special = sep === ';' ? /[";\n\r]/ : /[",\n\r]/; // a cell holding these is quoted
  const cell = (v) => {
    const raw = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('|') : typeof v === 'number' ? number(v, 6, { useGrouping: false, minimumFractionDigits: 0 }) : String(v);
    // OWASP CSV injection: a text a spreadsheet would run as a formula gets a leading quote (numbers stay)
    const s = typeof v !== 'number' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
    return special.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

const heading = (keys) => keys.map((k) => t('csv.col.' + k));
const section = (key) => t('csv.section.' + key);

export function tableRows(a) {
  const rows = [heading(['section', 'rank', 'id', 'name', 'type', 'role', 'since', 'sector', 'score', 'families', 'reasons'])];
  for (const m of a.atTheTable || []) rows.push([section('at-the-table'), '', m.id, m.name, t('type.' + m.type), word(m.role), m.since, word(m.sector), '', '', '']);
  (a.missing || []).forEach((m, i) => rows.push([section('missing'), i + 1, m.id, m.name, t('type.partner'), '', '', word(m.sector), m.score, '',
    (m.reasons || []).map((r) => message(r.message, r.text) || `${r.kind}: ${r.value}`).join(' | ')]));
  const chairs = a.emptyChairs || {};
  for (const x of chairs.domains || []) rows.push([section('empty-chair-domain'), '', '', word(x.domain), '', '', '', '', '', x.families, '']);
  for (const x of chairs.neighbourhoods || []) rows.push([section('empty-chair-neighbourhood'), '', '', word(x.neighbourhood), '', '', '', '', '', x.families, '']);
  for (const x of chairs.ageBands || []) rows.push([section('empty-chair-age-band'), '', '', word(x.ageBand), '', '', '', '', '', x.families, '']);
  rows.push([section('family-voice'), '', '', t(chairs.familyVoice ? 'yes' : 'no'), '', '', '', '', '', '', '']);
  return rows;
}

export function mapRows() {
  const keys = ['id', 'label', 'type', 'sector', 'kind', 'role', 'neighbourhood', 'domains', 'count',
    'degree', 'betweenness', 'pagerank', 'closeness', 'eigenvector', 'articulation', 'community', 'coreness', 'katz'];
  const words = new Set(['sector', 'kind', 'role', 'neighbourhood']);
  const rows = [heading(keys)];
  for (const n of graph?.nodes || []) {
    rows.push(keys.map((k) => {
      const v = n.data[k];
      if (v === null || v === undefined) return v;
      if (k === 'type') return t('type.' + v);
      if (words.has(k)) return word(v);
      if (k === 'domains') return v.map(word);
      if (typeof v === 'boolean') return t(v ? 'yes' : 'no');
      return v;
    }));
  }
  return rows;
}

export function exportCsv() {
  if (state.mode === 'table' && analysis) {
    download(new Blob([csv(tableRows(analysis))], { type: 'text/csv;charset=utf-8' }), `tafel-${t('csv.table')}-${state.table}-${state.at}.csv`);
  } else {
    download(new Blob([csv(mapRows())], { type: 'text/csv;charset=utf-8' }), `tafel-${t('csv.map')}-${state.view}-${state.at}.csv`);
  }
}
