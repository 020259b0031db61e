// What the server says about the network arrives as a code with parameters (be.tafel.message.Message);
// this renders it in the app's language from the one catalogue the server uses too (web/messages.json).
// {name} is a parameter, {name:one|other} a word chosen by it. Numbers go through the locale's format
// (nl-BE: "0,85", "3.524"), vocabulary codes through word(), a masked family count stays "<5".
import { language, number, word } from './i18n.js';

// without the catalogue (offline, an old cache) the server's English text is shown instead
const catalogue = await fetch(new URL('../messages.json', import.meta.url))
  .then((r) => (r.ok ? r.json() : {}))
  .catch(() => ({}));

const AND = { nl: 'en', en: 'and' };

function one(value) {
  return Array.isArray(value) ? value.length === 1 : value === 1;
}

function format(value) {
  if (Array.isArray(value)) {
    const items = value.map(format);
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${AND[language()]} ${items[items.length - 1]}`;
  }
  if (typeof value === 'number') return number(value);
  if (typeof value === 'string' && /^<\d+$|^\d+\+$/.test(value)) return value; // a masked family count
  return word(value);
}

/** The message in the current language; its English text when the catalogue does not know the code. */
export function message(m, fallback = '') {
  const template = m && catalogue[m.code]?.[language()];
  if (!template) return fallback;
  return template.replace(/\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g, (match, name, singular, plural) => {
    if (!(name in m)) return match;
    return singular === undefined ? format(m[name]) : (one(m[name]) ? singular : plural);
  });
}
