// What the server says about the network arrives as a code with parameters (be.tafel.message.Message);
// this renders it in the app's language from the one catalogue the server uses too (web/messages.json).
// {name} is a parameter, {name:one|other} a word chosen by it, {name#format} the parameter written as a date,
// month, percent, share (0.7 as 70%), figure (every digit), text (as it is: an id, a field, a value sent) or the
// catalogue's name of a word, age band, score or kind of node (word.CODE, band.CODE, score.CODE, label.CODE).
// Numbers go through the locale's format (nl-BE: "0,85", "3.524"), vocabulary codes through word(), a masked
// family count stays "<5".
import { date, language, number, word } from './i18n.js';

// without the catalogue (offline, an old cache) the server's English text is shown instead
const catalogue = await fetch(new URL('../messages.json', import.meta.url))
  .then((r) => (r.ok ? r.json() : {}))
  .catch(() => ({}));

const AND = { nl: 'en', en: 'and' };

function one(value) {
  return Array.isArray(value) ? value.length === 1 : value === 1;
}

function name(kind, value) {
  return catalogue[`${kind}.${value}`]?.[language()] ?? word(value);
}

function month(iso) {
  const d = new Date(iso + 'T12:00:00');
  return d.toLocaleDateString(language() === 'nl' ? 'nl-BE' : 'en-GB', { month: 'long', year: 'numeric' });
}

function formatted(value, as) {
  if (typeof value === 'string' && /^<\d+$|^\d+\+$/.test(value)) return value; // a masked family count
  switch (as) {
    case 'date': return date(value);
    case 'month': return month(value);
    case 'percent': return `${value < 0 ? '−' : '+'}${number(Math.abs(value))}%`;
    case 'share': return `${number(Math.round(value * 100))}%`;
    case 'figure': return number(value, 4);
    case 'word': case 'band': case 'score': case 'label': return name(as, value);
    case 'text': return String(value);
    default: return format(value);
  }
}

function format(value, as) {
  if (Array.isArray(value)) {
    const items = value.map((v) => (as ? formatted(v, as) : format(v)));
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${AND[language()]} ${items[items.length - 1]}`;
  }
  if (typeof value === 'number') return number(value);
  if (typeof value === 'string' && /^<\d+$|^\d+\+$/.test(value)) return value; // a masked family count
  return /^[a-z0-9-]+$/.test(value) ? word(value) : value; // a vocabulary code, or a name as it is
}

/** The message in the current language; its English text when the catalogue does not know the code. */
export function message(m, fallback = '') {
  const template = m && catalogue[m.code]?.[language()];
  if (!template) return fallback;
  return template.replace(/\{(\w+)(?:#(\w+))?(?::([^|}]*)\|([^}]*))?\}/g, (match, key, as, singular, plural) => {
    if (!(key in m)) return match;
    if (singular !== undefined) return one(m[key]) ? singular : plural;
    return Array.isArray(m[key]) ? format(m[key], as) : formatted(m[key], as);
  });
}

/**
 * A problem of a problem+json answer's errors ({section, row, field, message, problem}) in the current language:
 * its problem's code rendered from the catalogue, or the server's English message when it has no code.
 */
export function problemText(e) {
  return message(e?.problem, e?.message ?? '');
}

/** True when a problem can only be said in the server's English (no code, or one this catalogue does not know). */
export function problemInEnglish(e) {
  return !e?.problem || !catalogue[e.problem.code];
}

/** A problem as one line: its coded sentence (which names the field), or the field and the server's English. */
export function problemLine(e) {
  return problemInEnglish(e) ? `${e?.field ?? ''} ${e?.message ?? ''}`.trim() : problemText(e);
}
