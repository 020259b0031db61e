// What the user has chosen, read from and written back to the address bar so a map can be shared.

export const VIEWS = ['ecosystem', 'collaboration', 'referral', 'shared-families'];
export const SCORES = ['degree', 'betweenness', 'pagerank', 'closeness', 'eigenvector', 'coreness', 'katz'];

export const state = {
  mode: 'map',
  view: 'ecosystem',
  at: today(),
  domain: '',
  neighbourhood: '',
  sector: '',
  aggregate: true,
  size: 'degree',
  table: '',
  method: 'adamic-adar',
  articulation: false,
  suggested: false,
  community: false,
  ties: false,
  from: '', // the change page's period
  to: '',
  since: '', // the map's difference mode: compared with this earlier date
  wave: '', // a survey wave drawn on the map instead of the network at a date (web/js/wave.js)
};

const DEFAULTS = { ...state };

/** Back to the defaults, before reading another address (the landing page's entries, the back button). */
export function resetState() {
  Object.assign(state, DEFAULTS, { at: today() });
}

export function today() {
  const d = new Date();
  return iso(d);
}

export function iso(d) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Initial state from ?view=&at=&table=&lang=… (unknown values are passed on, so the server can say what is wrong). */
export function readUrl() {
  const q = new URLSearchParams(location.search);
  if (q.has('view')) state.view = q.get('view');
  if (q.has('at')) state.at = q.get('at');
  for (const key of ['domain', 'neighbourhood', 'sector', 'method']) if (q.has(key)) state[key] = q.get(key);
  if (q.has('size') && SCORES.includes(q.get('size'))) state.size = q.get('size');
  if (q.has('aggregateFamilies')) state.aggregate = q.get('aggregateFamilies') !== 'false';
  for (const key of ['articulation', 'suggested', 'community', 'ties']) if (q.has(key)) state[key] = q.get(key) === 'true';
  if (q.has('table')) { state.table = q.get('table'); state.mode = 'table'; }
  if (q.get('mode') === 'table') state.mode = 'table';
  if (q.get('mode') === 'change') state.mode = 'change';
  for (const key of ['from', 'to', 'since']) if (q.has(key)) state[key] = q.get(key);
  if (q.has('wave')) { state.wave = q.get('wave'); state.view = 'collaboration'; }
  // the landing page: an address that asks for nothing else (web/js/landing.js)
  if (q.get('mode') === 'home' || [...q.keys()].every((key) => key === 'lang')) state.mode = 'home';
  if (q.get('mode') === 'map') state.mode = 'map';
  return q.get('lang');
}

export function writeUrl(lang) {
  const q = new URLSearchParams();
  if (state.mode === 'home') {
    if (state.at !== today()) q.set('mode', 'home');
  } else if (state.mode === 'table') {
    q.set('mode', 'table');
    if (state.table) q.set('table', state.table);
  } else if (state.mode === 'change') {
    q.set('mode', 'change');
    for (const key of ['from', 'to']) if (state[key]) q.set(key, state[key]);
  } else {
    if (state.view !== 'ecosystem') q.set('view', state.view);
    for (const key of ['domain', 'neighbourhood', 'sector']) if (state[key]) q.set(key, state[key]);
    if (!state.aggregate) q.set('aggregateFamilies', 'false');
    if (state.size !== 'degree') q.set('size', state.size);
    for (const key of ['articulation', 'suggested', 'community', 'ties']) if (state[key]) q.set(key, 'true');
    if (state.suggested && state.method !== 'adamic-adar') q.set('method', state.method);
    if (state.wave) q.set('wave', state.wave);
  }
  if (state.mode === 'map' && [...q.keys()].length === 0) q.set('mode', 'map'); // "/" alone is the landing page
  if (state.at !== today()) q.set('at', state.at);
  if (state.since && state.mode !== 'change' && state.mode !== 'home') q.set('since', state.since);
  if (lang) q.set('lang', lang);
  const url = location.pathname + (q.toString() ? '?' + q : '');
  history.replaceState(null, '', url);
}

// The app tells tests and screen readers where it is: tafelReady, tafelLoads and body[data-state].
let loads = 0;
export function busy() {
  window.tafelReady = false;
  document.body.dataset.state = 'loading';
}

export function ready() {
  loads += 1;
  window.tafelLoads = loads;
  document.body.dataset.loads = String(loads);
  document.body.dataset.state = 'ready';
  window.tafelReady = true;
}

export function failed() {
  loads += 1;
  window.tafelLoads = loads;
  document.body.dataset.loads = String(loads);
  document.body.dataset.state = 'error';
  window.tafelReady = true;
}
