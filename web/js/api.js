// The server's JSON API: one place that shows progress while requests run and turns
// application/problem+json answers into errors that carry the server's title, detail and coded problems.

import { t } from './i18n.js';
import { problemLine, problemInEnglish } from './messages.js';

let running = 0;

export class ApiError extends Error {
  constructor(status, title, detail, errors = []) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }
}

function progress(delta) {
  running = Math.max(0, running + delta);
  const el = document.getElementById('progress');
  el.hidden = running === 0;
  document.getElementById('cy')?.setAttribute('aria-busy', running > 0 ? 'true' : 'false');
}

const TOKEN_KEY = 'tafel.token';

/** The request headers: JSON, and the API token of this tab when the server asked for one. */
function headers() {
  const h = { Accept: 'application/json, application/problem+json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) h.Authorization = 'Bearer ' + token;
  return h;
}

/** Asks for an API token once the server answers 401; kept for this tab only (sessionStorage). */
function askForToken() {
  const token = window.prompt(t('auth.prompt'));
  if (!token || !token.trim()) return false;
  sessionStorage.setItem(TOKEN_KEY, token.trim());
  return true;
}

/** GET a JSON resource; params with empty values are left out. Throws ApiError on a non-2xx answer. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, v);
  }
  const url = '/api/' + path + (query.toString() ? '?' + query : '');
  progress(+1);
  try {
    const response = await send(url);
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json().catch(() => null) : null;
    if (!response.ok) throw failure(response, body, url);
    return body;
  } finally {
    progress(-1);
  }
}

/** GET a file (the import template) as a Blob, with the tab's token. Throws ApiError on a non-2xx answer. */
export async function file(path) {
  const url = '/api/' + path;
  progress(+1);
  try {
    const response = await send(url);
    if (!response.ok) throw failure(response, await response.json().catch(() => null), url);
    return await response.blob();
  } finally {
    progress(-1);
  }
}

/**
 * Sends a write (POST, PUT, PATCH) and answers { status, ok, body, headers } without throwing on a problem
 * answer, so that callers can show 409 and 422 problems in their own words. body may be FormData, a Blob
 * or an object (sent as JSON); extra holds headers such as If-Match.
 */
export async function request(method, path, body, extra = {}) {
  const init = { method, headers: { ...headers(), ...extra } };
  if (body instanceof FormData) init.body = body;
  else if (body instanceof Blob) { init.body = body; init.headers['Content-Type'] = body.type || 'application/json'; }
  else if (body !== undefined) { init.body = JSON.stringify(body); init.headers['Content-Type'] = 'application/json'; }
  progress(+1);
  try {
    const response = await send('/api/' + path, init);
    const type = response.headers.get('Content-Type') || '';
    const parsed = type.includes('json') ? await response.json().catch(() => null) : null;
    return { status: response.status, ok: response.ok, body: parsed, headers: response.headers };
  } finally {
    progress(-1);
  }
}

/** Fetches url; on 401 asks for a token once and tries again. */
async function send(url, init = {}) {
  try {
    const sent = sessionStorage.getItem(TOKEN_KEY);
    let response = await fetch(url, { headers: headers(), ...init });
    if (response.status === 401) {
      // another request may have asked for a token meanwhile; else this one asks
      const current = sessionStorage.getItem(TOKEN_KEY);
      if ((current && current !== sent) || askForToken()) {
        response = await fetch(url, { ...init, headers: { ...(init.headers || {}), ...headers() } });
      }
    }
    return response;
  } catch {
    throw new ApiError(0, t('error.title'), t('error.network'));
  }
}

function failure(response, body, url) {
  return new ApiError(response.status, body?.title || `${response.status} ${response.statusText}`,
    body?.detail || body?.title || `${response.status} ${response.statusText} (${url})`,
    Array.isArray(body?.errors) ? body.errors : []);
}

/** The REST collection of a node type, for its properties. */
export function collectionOf(type) {
  return { partner: 'partners', person: 'persons', service: 'services', family: 'families', table: 'tables' }[type];
}

export function showError(error) {
  const box = document.getElementById('alert');
  // the server's title and detail are English: the page says it in its own language, and coded problems too
  const coded = (error.errors || []).filter((e) => !problemInEnglish(e));
  document.getElementById('alert-title').textContent = t('error.title') + (error.status ? ` (${error.status})` : '');
  document.getElementById('alert-detail').textContent = coded.length > 0
    ? coded.map(problemLine).join(' · ')
    : error.detail || error.message || '';
  box.hidden = false;
  console.warn('Tafel:', error);
}

export function clearError() {
  document.getElementById('alert').hidden = true;
}
