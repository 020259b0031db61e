// Saving what is on screen: the map as PNG, the current table (or the map's scores) as CSV.

import { state } from './state.js';
import { language, t, serverText } from './i18n.js';
import { cy, graph } from './map.js';
import { download } from './dom.js';
import { analysis } from './table.js';
import { framedPng, captions } from './png-export.js';

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

// Belgian spreadsheets expect ';' with a Dutch locale; English gets ','.
function csv(rows) {
  const sep = language() === 'nl' ? ';' : ',';
  const cell = (v) => {
    const raw = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('|') : String(v);
    // OWASP CSV injection: a text a spreadsheet would run as a formula gets a leading quote (numbers stay)
    const s = typeof v !== 'number' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
    return /[";,\n\r|]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

export function tableRows(a) {
  const rows = [['section', 'rank', 'id', 'name', 'type', 'role', 'since', 'sector', 'score', 'families', 'reasons']];
  for (const m of a.atTheTable || []) rows.push(['at-the-table', '', m.id, m.name, m.type, m.role, m.since, m.sector, '', '', '']);
  (a.missing || []).forEach((m, i) => rows.push(['missing', i + 1, m.id, m.name, 'partner', '', '', m.sector, m.score, '',
    (m.reasons || []).map((r) => serverText(r.text) || `${r.kind}: ${r.value}`).join(' | ')]));
  const chairs = a.emptyChairs || {};
  for (const x of chairs.domains || []) rows.push(['empty-chair-domain', '', '', x.domain, '', '', '', '', '', x.families, '']);
  for (const x of chairs.neighbourhoods || []) rows.push(['empty-chair-neighbourhood', '', '', x.neighbourhood, '', '', '', '', '', x.families, '']);
  for (const x of chairs.ageBands || []) rows.push(['empty-chair-age-band', '', '', x.ageBand, '', '', '', '', '', x.families, '']);
  rows.push(['family-voice', '', '', chairs.familyVoice ? 'yes' : 'no', '', '', '', '', '', '', '']);
  return rows;
}

export function mapRows() {
  const keys = ['id', 'label', 'type', 'sector', 'kind', 'role', 'neighbourhood', 'domains', 'count',
    'degree', 'betweenness', 'pagerank', 'closeness', 'eigenvector', 'articulation', 'community', 'coreness', 'katz'];
  const rows = [keys];
  for (const n of graph?.nodes || []) rows.push(keys.map((k) => n.data[k]));
  return rows;
}

export function exportCsv() {
  if (state.mode === 'table' && analysis) {
    download(new Blob([csv(tableRows(analysis))], { type: 'text/csv;charset=utf-8' }), `tafel-${t('csv.table')}-${state.table}-${state.at}.csv`);
  } else {
    download(new Blob([csv(mapRows())], { type: 'text/csv;charset=utf-8' }), `tafel-${t('csv.map')}-${state.view}-${state.at}.csv`);
  }
}
