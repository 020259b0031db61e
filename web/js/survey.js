// The questionnaire a partner fills in from its survey link (phone first). The token rides in the
// address's fragment; every change is saved at once (PUT /api/survey/{token}), so it can be resumed.

import { st, translateSurveyPage, setLanguage, language, date, word } from './survey-i18n.js';
import { esc } from './dom.js';

const STORED_LANGUAGE = 'tafel.lang';
const TRUST = ['openness', 'reliability', 'mission'];
const VALUE = ['influence', 'involvement', 'resources'];
const SAVE_DELAY_MS = 500;

const $ = (id) => document.getElementById(id);
const token = decodeURIComponent(location.hash.slice(1));

let form = null; // the server's questionnaire
const ties = new Map(); // partner id -> {kinds, frequency, trust{}, value{}}
const removed = new Set(); // partners unticked since the last save
let leads = [];
let missing = [];
let pending = new Set(); // what changed: 'ties:<id>', 'leads', 'missing', 'comment'
let timer = null;
let saving = Promise.resolve();

function chooseLanguage(fallback) {
  const asked = new URLSearchParams(location.search).get('lang');
  let stored = null;
  try { stored = localStorage.getItem(STORED_LANGUAGE); } catch { /* private mode */ }
  setLanguage(asked || stored || fallback || 'nl');
}

async function call(method, body) {
  const response = await fetch('/api/survey/' + encodeURIComponent(token), {
    method,
    headers: { Accept: 'application/json, application/problem+json', 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
    cache: 'no-store',
  });
  const json = await response.json().catch(() => null);
  return { status: response.status, json };
}

function partnerName(id) {
  for (const group of form.partners) {
    const p = group.partners.find((x) => x.id === id);
    if (p) return p.name;
  }
  return id;
}

function renderIntro() {
  $('title').textContent = form.survey.name;
  document.title = form.survey.name;
  $('intro').textContent = st('q.intro', { partner: form.respondent.name, closes: date(form.survey.closes) });
}

function renderSectors() {
  const query = $('search').value.trim().toLowerCase();
  let shown = 0;
  $('sectors').innerHTML = form.partners.map((group) => {
    const partners = group.partners.filter((p) => !query || p.name.toLowerCase().includes(query));
    shown += partners.length;
    if (partners.length === 0) return '';
    const chosen = partners.filter((p) => ties.has(p.id)).length;
    const open = query || chosen > 0 ? ' open' : '';
    const sector = group.sector ? word(group.sector) : st('sector.none');
    return `<details class="sector"${open}><summary>${esc(sector)} (${partners.length})</summary>
      <fieldset class="options"><legend class="sr-only">${esc(sector)}</legend>
      ${partners.map((p) => `<label><input type="checkbox" data-partner="${esc(p.id)}"${ties.has(p.id) ? ' checked' : ''}> ${esc(p.name)}</label>`).join('')}
      </fieldset></details>`;
  }).join('');
  $('no-match').hidden = shown > 0;
  $('chosen').textContent = st('q.chosen', { n: ties.size });
}

function radios(partner, name, values, checked, labelOf) {
  return values.map((v) => `<label><input type="radio" name="${esc(partner)}.${name}" value="${v}" data-tie="${esc(partner)}" data-field="${name}"${String(checked) === String(v) ? ' checked' : ''}> <span>${esc(labelOf(v))}</span></label>`).join('');
}

function rating(partner, group, key, tie) {
  const id = `q-${partner}-${key}`;
  return `<fieldset class="rating"><legend id="${esc(id)}">${esc(st('q.' + key))}</legend>
    <div class="scale">${[1, 2, 3, 4].map((v) => `<label><input type="radio" name="${esc(partner)}.${key}" value="${v}" data-tie="${esc(partner)}" data-group="${group}" data-field="${key}"${tie[group][key] === v ? ' checked' : ''}><span>${v}</span><span>${esc(st('scale.' + v))}</span></label>`).join('')}</div></fieldset>`;
}

function renderTies() {
  const chosen = [...ties.keys()].sort((a, b) => partnerName(a).localeCompare(partnerName(b), language()));
  $('ties-empty').hidden = chosen.length > 0;
  $('ties').innerHTML = chosen.map((partner) => {
    const tie = ties.get(partner);
    return `<fieldset class="tie"><legend>${esc(partnerName(partner))}</legend>
      <fieldset class="options"><legend>${esc(st('q.kinds'))}</legend>
        ${form.kinds.map((k) => `<label><input type="checkbox" data-tie="${esc(partner)}" data-field="kinds" value="${esc(k)}"${tie.kinds.includes(k) ? ' checked' : ''}> ${esc(st('kind.' + k))}</label>`).join('')}
      </fieldset>
      <fieldset class="options"><legend>${esc(st('q.frequency'))}</legend>
        ${radios(partner, 'frequency', form.frequencies, tie.frequency, (f) => st('frequency.' + f))}
      </fieldset>
      <h3>${esc(st('q.trust'))}</h3>
      ${TRUST.map((k) => rating(partner, 'trust', k, tie)).join('')}
      <h3>${esc(st('q.value'))}</h3>
      ${VALUE.map((k) => rating(partner, 'value', k, tie)).join('')}
    </fieldset>`;
  }).join('');
}

function renderLeads() {
  const others = form.partners.flatMap((g) => g.partners).concat([form.respondent])
    .sort((a, b) => a.name.localeCompare(b.name, language()));
  const nobody = form.answers.state === 'submitted' && leads.length === 0 && leadsAnswered;
  $('leads-list').innerHTML = `<label><input type="checkbox" id="lead-nobody"${nobody ? ' checked' : ''}> ${esc(st('q.leads.nobody'))}</label>`
    + others.map((p) => `<label><input type="checkbox" data-lead="${esc(p.id)}"${leads.includes(p.id) ? ' checked' : ''}> ${esc(p.name)}</label>`).join('');
}
let leadsAnswered = false;

function renderMissing() {
  $('missing-list').innerHTML = missing.map((name, i) => `<li>${esc(name)} <button type="button" data-missing="${i}" aria-label="${esc(st('q.missing.remove', { name }))}">✕</button></li>`).join('');
}

function renderAll() {
  translateSurveyPage();
  renderIntro();
  renderSectors();
  renderTies();
  renderLeads();
  renderMissing();
  if (form.answers.state === 'submitted') showThanks();
}

function showThanks() {
  $('thanks').hidden = false;
  $('thanks').textContent = st('q.submitted', { closes: date(form.survey.closes) });
}

function emptyTie() {
  return { kinds: [], frequency: null, trust: {}, value: {} };
}

function changed(what) {
  pending.add(what);
  clearTimeout(timer);
  timer = setTimeout(() => save(false), SAVE_DELAY_MS);
}

function body(submit) {
  const b = {};
  const tieList = [];
  for (const what of pending) {
    if (what.startsWith('ties:')) {
      const partner = what.slice(5);
      if (removed.has(partner)) tieList.push({ partner, remove: true });
      else if (ties.has(partner)) {
        const t = ties.get(partner);
        tieList.push({ partner, kinds: t.kinds, frequency: t.frequency, trust: t.trust, value: t.value });
      }
    }
  }
  if (tieList.length) b.ties = tieList;
  if (pending.has('leads')) b.leads = leads;
  if (pending.has('missing')) b.missing = missing;
  if (pending.has('comment')) b.comment = $('comment').value;
  if (submit) {
    b.submit = true;
    b.leads = leads;
  }
  return b;
}

function status(text, bad = false) {
  $('save-status').textContent = text;
  document.querySelector('.save').classList.toggle('bad', bad);
}

function save(submit) {
  clearTimeout(timer);
  saving = saving.then(async () => {
    if (pending.size === 0 && !submit) return;
    const sent = new Set(pending);
    const request = body(submit);
    pending = new Set();
    status(st('q.saving'));
    try {
      const { status: code, json } = await call('PUT', request);
      if (code === 200) {
        sent.forEach((w) => { if (w.startsWith('ties:')) removed.delete(w.slice(5)); });
        form.answers = json.answers;
        status(st('q.saved', { time: new Date().toLocaleTimeString(language() === 'nl' ? 'nl-BE' : 'en-GB', { hour: '2-digit', minute: '2-digit' }) }));
        if (submit) showThanks();
      } else if (code === 404) {
        showDead();
      } else if (code === 429) {
        sent.forEach((w) => pending.add(w));
        status(st('q.busy'), true);
      } else {
        const field = json?.errors?.[0]?.field;
        status(st('q.invalid', { detail: field || json?.title || code }), true);
      }
    } catch {
      sent.forEach((w) => pending.add(w));
      status(st('q.error'), true);
    }
  });
  return saving;
}

function showDead() {
  $('loading').hidden = true;
  $('form').hidden = true;
  $('dead').hidden = false;
  translateSurveyPage();
  document.body.dataset.state = 'dead';
  window.tafelReady = true;
}

function wire() {
  $('search').addEventListener('input', renderSectors);
  $('sectors').addEventListener('change', (e) => {
    const partner = e.target.dataset.partner;
    if (!partner) return;
    if (e.target.checked) {
      ties.set(partner, emptyTie());
      removed.delete(partner);
    } else {
      ties.delete(partner);
      removed.add(partner);
    }
    $('chosen').textContent = st('q.chosen', { n: ties.size });
    renderTies();
    changed('ties:' + partner);
  });
  $('ties').addEventListener('change', (e) => {
    const { tie: partner, field, group } = e.target.dataset;
    if (!partner || !ties.has(partner)) return;
    const tie = ties.get(partner);
    if (field === 'kinds') {
      tie.kinds = [...document.querySelectorAll(`input[data-field="kinds"][data-tie="${CSS.escape(partner)}"]:checked`)].map((i) => i.value);
    } else if (field === 'frequency') {
      tie.frequency = e.target.value;
    } else if (group) {
      tie[group][field] = Number(e.target.value);
    }
    changed('ties:' + partner);
  });
  $('leads-list').addEventListener('change', (e) => {
    leadsAnswered = true;
    if (e.target.id === 'lead-nobody') {
      if (e.target.checked) {
        leads = [];
        document.querySelectorAll('input[data-lead]').forEach((i) => { i.checked = false; });
      }
    } else if (e.target.dataset.lead) {
      $('lead-nobody').checked = false;
      leads = [...document.querySelectorAll('input[data-lead]:checked')].map((i) => i.dataset.lead);
    }
    changed('leads');
  });
  const addMissing = () => {
    const name = $('missing-name').value.trim();
    if (!name || missing.length >= 20) return;
    missing.push(name);
    $('missing-name').value = '';
    renderMissing();
    changed('missing');
  };
  $('missing-add').addEventListener('click', addMissing);
  $('missing-name').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addMissing();
    }
  });
  $('missing-list').addEventListener('click', (e) => {
    const i = e.target.dataset.missing;
    if (i === undefined) return;
    missing.splice(Number(i), 1);
    renderMissing();
    changed('missing');
    $('missing-name').focus();
  });
  $('comment').addEventListener('input', () => changed('comment'));
  $('form').addEventListener('submit', (e) => {
    e.preventDefault();
    save(true);
  });
  $('lang').addEventListener('click', () => {
    setLanguage(language() === 'nl' ? 'en' : 'nl');
    try { localStorage.setItem(STORED_LANGUAGE, language()); } catch { /* private mode */ }
    renderAll();
  });
}

async function start() {
  chooseLanguage(null);
  translateSurveyPage();
  if (!token) {
    showDead();
    return;
  }
  let answer;
  try {
    answer = await call('GET');
  } catch {
    status(st('q.error'), true);
    window.tafelReady = true;
    return;
  }
  if (answer.status !== 200) {
    showDead();
    return;
  }
  form = answer.json;
  chooseLanguage(form.survey.language);
  for (const t of form.answers.ties) {
    ties.set(t.partner, { kinds: t.kinds || [], frequency: t.frequency || null,
      trust: Object.fromEntries(Object.entries(t.trust || {}).filter(([, v]) => v != null)),
      value: Object.fromEntries(Object.entries(t.value || {}).filter(([, v]) => v != null)) });
  }
  leads = form.answers.leads || [];
  leadsAnswered = leads.length > 0;
  missing = form.answers.missing || [];
  $('comment').value = form.answers.comment || '';
  wire();
  renderAll();
  $('loading').hidden = true;
  $('form').hidden = false;
  document.body.dataset.state = 'ready';
  window.tafelReady = true;
  window.tafelSaved = () => save(false);
}

// another link opened in the same tab changes only the fragment: load that questionnaire afresh
window.addEventListener('hashchange', () => location.reload());

start();
