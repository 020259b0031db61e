// Broker words with their technical names: one list of terms gives the tooltips (technical name and one
// sentence) wherever a term's word is shown, and the glossary ("Woordenlijst") that lists them all.
import { t, addWords } from './i18n.js';
import { words } from './glossary-words.js';

addWords(words);

/** Each term: the key of its word on screen, its technical name, the key of its one-sentence explanation. */
export const TERMS = [
  ['score.degree', 'Degree centrality', 'explain.degree'],
  ['score.betweenness', 'Betweenness centrality', 'explain.betweenness'],
  ['score.pagerank', 'PageRank', 'explain.pagerank'],
  ['score.closeness', 'Closeness centrality', 'explain.closeness'],
  ['score.eigenvector', 'Eigenvector centrality', 'explain.eigenvector'],
  ['score.coreness', 'Core number (k-core)', 'explain.coreness'],
  ['score.katz', 'Katz centrality', 'explain.katz'],
  ['score.articulation', 'Articulation point', 'explain.articulation'],
  ['score.community', 'Community (Louvain)', 'explain.community'],
  ['mark.bridge', 'Bridge (cut edge)', 'explain.bridge'],
  ['toggle.ties', 'Edge betweenness', 'explain.ties'],
  ['score.relevance', 'Relevance score', 'explain.relevance'],
  ['summary.density', 'Density', 'summary.density.hint'],
  ['summary.components', 'Connected components', 'explain.components'],
  ['summary.largestComponentShare', 'Largest component share', 'explain.largestComponentShare'],
  ['summary.diameter', 'Diameter', 'explain.diameter'],
  ['summary.averageShortestPath', 'Average shortest path', 'summary.averageShortestPath.hint'],
  ['summary.averageClustering', 'Average clustering', 'summary.averageClustering.hint'],
  ['summary.transitivity', 'Transitivity', 'explain.transitivity'],
  ['summary.degreeCentralization', 'Degree centralisation', 'summary.degreeCentralization.hint'],
  ['summary.reciprocity', 'Reciprocity', 'summary.reciprocity.hint'],
  ['whatif.fragmentation', 'Fragmentation (Borgatti)', 'explain.fragmentation'],
  ['method.adamic-adar', 'Adamic–Adar', 'explain.method.adamic-adar'],
  ['method.resource-allocation', 'Resource allocation', 'explain.method.resource-allocation'],
  ['method.jaccard', 'Jaccard', 'explain.method.jaccard'],
  ['method.common-neighbours', 'Common neighbours', 'explain.method.common-neighbours'],
  ['method.preferential-attachment', 'Preferential attachment', 'explain.method.preferential-attachment'],
  ['method.salton', 'Salton (cosine)', 'explain.method.salton'],
  ['method.sorensen', 'Sørensen', 'explain.method.sorensen'],
  ['method.hub-promoted', 'Hub-promoted', 'explain.method.hub-promoted'],
  ['method.hub-depressed', 'Hub-depressed', 'explain.method.hub-depressed'],
  ['method.leicht-holme-newman', 'Leicht–Holme–Newman', 'explain.method.leicht-holme-newman'],
  ['method.shared-families', 'Shared families', 'explain.method.shared-families'],
];

const BY_KEY = new Map(TERMS.map(([key, technical, explain]) => [key, { technical, explain }]));

/** The term's word without what follows a colon ("Versnippering: {before} → {after}" gives its label). */
function label(key) {
  return t(key).split(':')[0].replace(/\{\w+\}/g, '').trim();
}

/** "Betweenness centrality — Hoe vaak …": the tooltip of a term's word, '' when the key is no term. */
export function tip(key) {
  const term = BY_KEY.get(key);
  return term ? `${term.technical} — ${t(term.explain)}` : '';
}

/** The term's one-sentence explanation, '' when the key is no term. */
export function explanation(key) {
  const term = BY_KEY.get(key);
  return term ? t(term.explain) : '';
}

/** One sentence saying what a score is: "Tussenpositie: hoe vaak …". */
export function about(key) {
  const term = BY_KEY.get(key);
  return term ? t('score.about', { score: label(key), explain: t(term.explain) }) : '';
}

/** Sets the tooltip of every element in {@code root} whose data-i18n key is a term. */
export function explainTerms(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    const text = tip(el.dataset.i18n);
    if (text) el.title = text;
  });
}

/** The glossary: every term's word, its technical name (marked English) and its explanation, by word. */
export function glossaryHtml(esc) {
  const rows = TERMS.map(([key, technical, explain]) => ({ word: label(key), technical, explain: t(explain) }))
    .sort((a, b) => a.word.localeCompare(b.word));
  return `<p class="hint">${esc(t('glossary.intro'))}</p><dl class="glossary">`
    + rows.map((r) => `<dt>${esc(r.word)} <span class="muted">(${esc(t('glossary.technical'))}: <span lang="en">${esc(r.technical)}</span>)</span></dt>`
      + `<dd>${esc(r.explain)}</dd>`).join('')
    + '</dl>';
}
