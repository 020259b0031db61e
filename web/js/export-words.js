// The words of the app's CSV files (web/js/exporter.js): column headings and row kinds, Dutch first.
// The API's own CSV stays English; these files are for the broker's spreadsheet.

export const words = {
  nl: {
    'csv.col.section': 'onderdeel', 'csv.col.rank': 'rang', 'csv.col.id': 'id', 'csv.col.name': 'naam',
    'csv.col.label': 'naam', 'csv.col.type': 'soort punt', 'csv.col.role': 'rol', 'csv.col.since': 'sinds',
    'csv.col.sector': 'sector', 'csv.col.kind': 'soort', 'csv.col.neighbourhood': 'wijk',
    'csv.col.domains': 'levensdomeinen', 'csv.col.count': 'aantal gezinnen', 'csv.col.score': 'relevantie',
    'csv.col.families': 'gezinnen', 'csv.col.reasons': 'redenen', 'csv.col.degree': 'contacten',
    'csv.col.betweenness': 'tussenpositie', 'csv.col.pagerank': 'invloed', 'csv.col.closeness': 'nabijheid',
    'csv.col.eigenvector': 'hartpositie', 'csv.col.articulation': 'scharnierpunt', 'csv.col.community': 'groep',
    'csv.col.coreness': 'kern', 'csv.col.katz': 'bereik via omwegen',
    'csv.section.at-the-table': 'aan tafel', 'csv.section.missing': 'ontbreekt',
    'csv.section.empty-chair-domain': 'lege stoel: levensdomein', 'csv.section.empty-chair-neighbourhood': 'lege stoel: wijk',
    'csv.section.empty-chair-age-band': 'lege stoel: leeftijd', 'csv.section.family-voice': 'stem van gezinnen',
  },
  en: {
    'csv.col.section': 'section', 'csv.col.rank': 'rank', 'csv.col.id': 'id', 'csv.col.name': 'name',
    'csv.col.label': 'name', 'csv.col.type': 'type', 'csv.col.role': 'role', 'csv.col.since': 'since',
    'csv.col.sector': 'sector', 'csv.col.kind': 'kind', 'csv.col.neighbourhood': 'neighbourhood',
    'csv.col.domains': 'life domains', 'csv.col.count': 'families in group', 'csv.col.score': 'relevance',
    'csv.col.families': 'families', 'csv.col.reasons': 'reasons', 'csv.col.degree': 'degree',
    'csv.col.betweenness': 'betweenness', 'csv.col.pagerank': 'pagerank', 'csv.col.closeness': 'closeness',
    'csv.col.eigenvector': 'eigenvector', 'csv.col.articulation': 'articulation point', 'csv.col.community': 'community',
    'csv.col.coreness': 'coreness', 'csv.col.katz': 'katz',
    'csv.section.at-the-table': 'at the table', 'csv.section.missing': 'missing',
    'csv.section.empty-chair-domain': 'empty chair: life domain', 'csv.section.empty-chair-neighbourhood': 'empty chair: neighbourhood',
    'csv.section.empty-chair-age-band': 'empty chair: age band', 'csv.section.family-voice': 'family voice',
  },
};
