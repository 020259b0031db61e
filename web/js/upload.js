// Upload in the app (brokers): a workbook, CSV files or a JSON document is first checked by the server
// without writing (POST /api/import?dryRun=true); every problem is shown as a row of a table; only the
// button "Toepassen" sends it for real, and the server writes all of it or nothing.

import { request, file, showError } from './api.js';
import { t, addWords, language } from './i18n.js';
import { esc, download } from './dom.js';
import { problemInEnglish, problemText } from './messages.js';
import { words } from './upload-words.js';

addWords(words);

const $ = (id) => document.getElementById(id);
let checked = null; // the files that passed the dry run, until applied or cancelled

/** The request body for the chosen files: one JSON document as JSON, else multipart (xlsx or CSV files). */
function bodyOf(files) {
  if (files.length === 1 && /\.json$/i.test(files[0].name)) {
    return new Blob([files[0]], { type: 'application/json' });
  }
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  return form;
}

function problemRows(errors) {
  return errors.map((e) => `<tr class="problem">
      <td>${esc(e.section ?? t('upload.whole'))}</td>
      <td class="num">${esc(e.row ?? '')}</td>
      <td>${esc(e.field ?? '')}</td>
      <td${problemInEnglish(e) ? ' lang="en"' : ''}>${esc(problemText(e))}</td></tr>`).join('');
}

function show(html, canApply) {
  $('upload-body').innerHTML = html;
  $('upload-apply').hidden = !canApply;
  $('upload').hidden = false;
}

function showProblems(answer) {
  const errors = answer.body?.errors?.length ? answer.body.errors
    : [{ section: null, row: null, field: null, message: answer.body?.detail || answer.body?.title || String(answer.status) }];
  const summary = errors.length === 1 ? t('upload.invalidOne') : t('upload.invalid', { n: errors.length });
  show(`<p class="upload-summary bad" data-problems="${errors.length}">${esc(summary)}</p>
    <div class="scroll"><table class="problems" id="upload-problems">
      <thead><tr><th scope="col">${esc(t('upload.col.section'))}</th><th scope="col">${esc(t('upload.col.row'))}</th>
      <th scope="col">${esc(t('upload.col.field'))}</th><th scope="col">${esc(t('upload.col.message'))}</th></tr></thead>
      <tbody>${problemRows(errors)}</tbody></table></div>`, false);
}

async function check() {
  const files = [...$('upload-files').files];
  checked = null;
  if (files.length === 0) {
    show(`<p class="upload-summary">${esc(t('upload.none'))}</p>`, false);
    return;
  }
  const answer = await request('POST', 'import?dryRun=true', bodyOf(files));
  if (answer.ok) {
    checked = files;
    show(`<p class="upload-summary good">${esc(t('upload.valid', { rows: answer.body?.rows ?? 0 }))}</p>`, true);
  } else if (answer.status === 422 || answer.status === 400) {
    showProblems(answer);
  } else {
    show(`<p class="upload-summary bad">${esc(t('upload.failed', { status: answer.status }))}</p>`, false);
  }
}

async function apply() {
  if (!checked) return;
  const answer = await request('POST', 'import', bodyOf(checked));
  if (!answer.ok) {
    showProblems(answer);
    return;
  }
  checked = null;
  const version = answer.headers.get('ETag')?.replace(/"/g, '') ?? '';
  show(`<p class="upload-summary good">${esc(t('upload.applied', { rows: answer.body?.rows ?? 0, version }))}</p>`, false);
  document.dispatchEvent(new CustomEvent('tafel:changed'));
}

/** The whole network as a workbook in the template's form, in the app's language (GET /api/export?format=xlsx). */
function downloadNetwork(e) {
  e.preventDefault(); // fetched with the tab's API token, which a plain link would not send
  const lang = language();
  file(`export?format=xlsx&lang=${lang}`)
    .then((blob) => download(blob, `tafel-${lang === 'nl' ? 'netwerk' : 'network'}.xlsx`))
    .catch(showError);
}

export function init() {
  $('export-network').addEventListener('click', downloadNetwork);
  $('upload-check').addEventListener('click', () => { check(); });
  $('upload-apply').addEventListener('click', () => { apply(); });
  $('upload-cancel').addEventListener('click', () => { checked = null; $('upload').hidden = true; });
  $('upload-files').addEventListener('change', () => {
    checked = null;
    $('upload').hidden = true;
    const names = [...$('upload-files').files].map((f) => f.name).join(', ');
    $('upload-chosen').textContent = names ? t('upload.files', { names }) : '';
  });
}
