// Table mode: the organisations respondents of a survey wave named as missing ("Wie ontbreekt er in dit
// netwerk?"), listed with the table's missing partners as "genoemd door N partners". A broker confirms one
// as a new partner (POST .../named-missing/{key}/confirm, journaled) or matches it to an existing partner
// (.../match); either way it leaves the list. table.js renders html(); init() wires the buttons.

import { request, get, showError, ApiError } from './api.js';
import { t, addWords } from './i18n.js';
import { esc } from './dom.js';

/** This module's words, Dutch first (tests read them to find English in the Dutch page). */
export const words = {
  nl: {
    'named.title': 'Genoemd als ontbrekend in de bevraging ({n})',
    'named.by': 'genoemd door {n} partners',
    'named.byOne': 'genoemd door 1 partner',
    'named.wave': 'bevraging: {wave}',
    'named.confirm': 'Bevestig als nieuwe partner',
    'named.matchTo': 'Koppel aan bestaande partner',
    'named.choose': 'Kies een partner…',
    'named.match': 'Koppel',
    'named.confirmed': '{name} is nu een partner van het netwerk.',
    'named.matched': '{name} is gekoppeld aan {partner}.',
    'named.pickFirst': 'Kies eerst de partner om aan te koppelen.',
  },
  en: {
    'named.title': 'Named as missing in the survey ({n})',
    'named.by': 'named by {n} partners',
    'named.byOne': 'named by 1 partner',
    'named.wave': 'survey: {wave}',
    'named.confirm': 'Confirm as a new partner',
    'named.matchTo': 'Match to an existing partner',
    'named.choose': 'Choose a partner…',
    'named.match': 'Match',
    'named.confirmed': '{name} is now a partner of the network.',
    'named.matched': '{name} is matched to {partner}.',
    'named.pickFirst': 'Choose the partner to match it to first.',
  },
};
addWords(words);

let broker = false;
let partners = []; // [{ id, name }] for the match list, brokers only
let said = '';

/** The named organisations as a list with their count and, for brokers, the two actions. */
export function html(named) {
  const list = named || [];
  if (list.length === 0) return said ? `<p id="named-said" class="hint" role="status">${esc(said)}</p>` : '';
  const options = `<option value="">${esc(t('named.choose'))}</option>`
    + partners.map((p) => `<option value="${esc(p.id)}">${esc(p.name)}</option>`).join('');
  const items = list.map((n) => {
    const by = n.namedBy === 1 ? t('named.byOne') : t('named.by', { n: n.namedBy });
    const actions = broker
      ? `<div class="named-actions">`
        + `<button type="button" data-named-confirm="${esc(n.key)}" data-wave="${esc(n.wave)}" data-name="${esc(n.name)}">${esc(t('named.confirm'))}</button>`
        + `<label class="sr-only" for="named-match-${esc(n.key)}">${esc(t('named.matchTo'))}</label>`
        + `<select id="named-match-${esc(n.key)}">${options}</select>`
        + `<button type="button" data-named-match="${esc(n.key)}" data-wave="${esc(n.wave)}" data-name="${esc(n.name)}" title="${esc(t('named.matchTo'))}">${esc(t('named.match'))}</button>`
        + `</div>`
      : '';
    return `<li data-key="${esc(n.key)}"><span class="name">${esc(n.name)}</span> `
      + `<span class="muted named-by">${esc(by)}</span>${actions}</li>`;
  }).join('');
  return `<h4>${esc(t('named.title', { n: list.length }))}</h4>`
    + `<p class="small muted">${esc(t('named.wave', { wave: list[0].waveName || list[0].wave }))}</p>`
    + (said ? `<p id="named-said" class="hint" role="status">${esc(said)}</p>` : '')
    + `<ul id="named-missing" class="named-missing">${items}</ul>`;
}

async function act(button, reload) {
  const key = button.dataset.namedConfirm || button.dataset.namedMatch;
  const base = `surveys/${encodeURIComponent(button.dataset.wave)}/named-missing/${encodeURIComponent(key)}`;
  let answer;
  if (button.dataset.namedConfirm) {
    answer = await request('POST', base + '/confirm', {});
  } else {
    const partner = document.getElementById('named-match-' + key)?.value;
    if (!partner) { said = t('named.pickFirst'); reload(); return; }
    answer = await request('POST', base + '/match', { partner });
  }
  if (!answer.ok) {
    showError(new ApiError(answer.status, answer.body?.title, answer.body?.detail, answer.body?.errors || []));
    return;
  }
  said = answer.body.status === 'confirmed'
    ? t('named.confirmed', { name: answer.body.partnerName || button.dataset.name })
    : t('named.matched', { name: button.dataset.name, partner: answer.body.partnerName });
  if (answer.body.status === 'confirmed') await loadPartners();
  reload();
}

/** Finds out whether the caller may resolve names (a broker) and wires the buttons; reload redraws the table. */
export async function init(reload) {
  document.getElementById('table-body').addEventListener('click', (e) => {
    const button = e.target.closest('button[data-named-confirm], button[data-named-match]');
    if (button) act(button, reload).catch(showError);
  });
  broker = (await request('GET', 'journal?since=999999999')).ok;
  if (broker) await loadPartners();
}

async function loadPartners() {
  const answer = await get('partners', { limit: 10000 });
  partners = (answer.items || []).map((p) => ({ id: p.id, name: p.name || p.id }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
