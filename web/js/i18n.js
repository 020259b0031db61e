// Dutch is the default language; English is one click away. Every visible word lives here.

const nl = {
  'skip': 'Naar de bediening',
  'app.subtitle': 'Netwerkkaart rond kinderen en gezinnen',
  'mode.label': 'Modus',
  'mode.map': 'Kaart',
  'mode.table': 'Aan tafel',
  'lang.other': 'English',
  'lang.switch': 'Switch to English',
  'progress': 'Bezig met laden…',
  'close': 'Sluiten',
  'controls.title': 'Bediening',
  'controls.view': 'Weergave',
  'view.ecosystem': 'Ecosysteem (alles)',
  'view.collaboration': 'Samenwerking tussen partners',
  'view.referral': 'Doorverwijzingen',
  'view.shared-families': 'Gedeelde gezinnen',
  'controls.at': 'Datum',
  'controls.filters': 'Filters',
  'controls.domain': 'Levensdomein',
  'controls.neighbourhood': 'Wijk',
  'controls.sector': 'Sector',
  'controls.all': 'Alle',
  'controls.aggregate': 'Gezinnen per wijk samenvoegen',
  'controls.size': 'Grootte volgens',
  'controls.search': 'Zoek op de kaart',
  'controls.searchHint': 'partner, persoon, aanbod…',
  'controls.find': 'Zoek',
  'controls.highlight': 'Markeren',
  'controls.method': 'Methode',
  'toggle.articulation': 'Scharnierpunten en brugfiguren',
  'toggle.suggested': 'Voorgestelde verbindingen',
  'toggle.community': 'Kleur volgens groep (community)',
  'method.adamic-adar': 'Adamic–Adar (gedeelde, weinig drukke contacten)',
  'method.resource-allocation': 'Resource allocation',
  'method.jaccard': 'Jaccard (overlap van contacten)',
  'method.common-neighbours': 'Gemeenschappelijke contacten',
  'method.preferential-attachment': 'Preferential attachment (twee drukke spelers)',
  'method.shared-families': 'Gedeelde gezinnen',
  'export.title': 'Bewaren',
  'export.png': 'Kaart als PNG',
  'export.csv': 'Tabel als CSV',
  'import.title': 'Gegevens aanleveren',
  'import.template': 'Importsjabloon (Excel)',
  'import.hint': 'Eén tabblad per onderdeel, met uitleg in het Nederlands en het Engels.',
  'map.title': 'Netwerkkaart',
  'map.aria': 'Netwerkkaart: gebruik de zoekbalk om een punt te kiezen; de details verschijnen rechts.',
  'map.caption': '{nodes} punten, {edges} verbindingen op {at}',
  'map.empty': 'Op deze datum staat er niets op de kaart.',
  'zoom.label': 'Zoomen',
  'zoom.in': 'Inzoomen',
  'zoom.out': 'Uitzoomen',
  'zoom.fit': 'Hele kaart tonen',
  'legend.title': 'Legende',
  'legend.shapes': 'Vorm = soort',
  'legend.colours': 'Kleur = sector',
  'legend.coloursNote': 'personen en aanbod in de kleur van hun partner',
  'legend.communities': 'Kleur = groep',
  'legend.edges': 'Lijnen',
  'legend.marks': 'Markeringen',
  'legend.size': 'Grootte = {score}',
  'mark.articulation': 'scharnierpunt',
  'mark.bridge': 'onmisbare verbinding',
  'mark.suggested': 'voorgestelde verbinding',
  'mark.cutoff': 'raakt los (wat als)',
  'mark.removed': 'weggevallen (wat als)',
  'mark.seat': 'aan tafel',
  'mark.chair': 'lege stoel: ontbreekt',
  'type.partner': 'Partner',
  'type.person': 'Persoon',
  'type.service': 'Aanbod',
  'type.family': 'Gezin',
  'type.family-group': 'Gezinnen van een wijk',
  'type.table': 'Tafel (overleg)',
  'edge.collaborates': 'werkt samen',
  'edge.referral': 'verwijst door',
  'edge.shares-families': 'deelt gezinnen',
  'edge.works-for': 'werkt voor',
  'edge.offers': 'biedt aan',
  'edge.uses': 'gebruikt',
  'edge.supports': 'ondersteunt',
  'edge.sits-at': 'zit aan tafel',
  'score.degree': 'Contacten (graad)',
  'score.betweenness': 'Tussenpositie (betweenness)',
  'score.pagerank': 'Invloed (PageRank)',
  'score.closeness': 'Nabijheid (closeness)',
  'score.eigenvector': 'Hartpositie (eigenvector)',
  'score.articulation': 'Scharnierpunt',
  'score.community': 'Groep',
  'explain.degree': 'Met hoeveel partners, mensen, aanbod of gezinnen dit rechtstreeks verbonden is.',
  'explain.betweenness': 'Hoe vaak dit op de kortste weg tussen twee anderen ligt: hoog = brugfiguur of poortwachter.',
  'explain.pagerank': 'Verbonden met wie zelf goed verbonden is: invloed die via het netwerk doorwerkt.',
  'explain.closeness': 'Hoe weinig stappen nodig zijn om iedereen te bereiken: hoog = snel overal.',
  'explain.eigenvector': 'Verbonden met de centrale spelers: zit in het hart van het netwerk.',
  'explain.articulation': 'Valt dit weg, dan raakt een deel van het netwerk los.',
  'explain.community': 'Een groep die onderling meer samenwerkt dan met de rest.',
  'yes': 'ja',
  'no': 'nee',
  'details.properties': 'Gegevens',
  'details.scores': 'Plaats in het netwerk',
  'details.neighbours': 'Rechtstreekse contacten ({n})',
  'details.noNeighbours': 'Geen rechtstreekse contacten op deze datum.',
  'details.familyGroup': '{count} gezinnen in {neighbourhood}, samengevoegd tot één punt.',
  'details.expand': 'Toon de gezinnen van {neighbourhood} afzonderlijk',
  'details.collapse': 'Terug naar alle wijken',
  'details.rank': 'Rang {rank} van de ontbrekende partners, score {score}',
  'details.why': 'Waarom aan deze tafel?',
  'whatif.partner': 'Wat als deze partner wegvalt?',
  'whatif.person': 'Wat als deze persoon wegvalt?',
  'whatif.other': 'Wat als dit wegvalt?',
  'whatif.title': 'Als {name} wegvalt',
  'whatif.clear': 'Herstel de kaart',
  'whatif.components': 'Losse delen van het netwerk: {before} → {after}',
  'whatif.fragmentation': 'Versnippering: {before} → {after}',
  'whatif.partners': 'Partners die los raken: {n}',
  'whatif.families': 'Gezinnen die los raken: {n}',
  'whatif.persons': 'Personen die los raken: {n}',
  'whatif.leavingWith': 'Verdwijnt mee: {n} (eigen aanbod en medewerkers).',
  'whatif.nobody': 'Niemand raakt los: het netwerk vangt dit op.',
  'whatif.domainsLost': 'Levensdomeinen waar gezinnen hun enige verbinding verliezen',
  'whatif.newBridges': 'Nieuwe onmisbare schakels',
  'whatif.onMap': 'Op de kaart: rood omrand = raakt los, doorzichtig = weggevallen.',
  'highlights.bridgeFigures': 'Brugfiguren en scharnierpunten',
  'highlights.cutOff': 'valt deze weg, dan raakt los: {what}',
  'highlights.none': 'Geen scharnierpunten: niemand houdt in zijn eentje het netwerk samen.',
  'highlights.suggested': 'Voorgestelde verbindingen',
  'highlights.suggestedNone': 'Geen voorstellen voor deze weergave.',
  'highlights.common': '{n} gemeenschappelijke contacten',
  'highlights.communities': '{n} groepen, modulariteit {q}',
  'highlights.communitiesNote': 'Modulariteit boven 0,3: duidelijke groepen die vooral onder elkaar werken.',
  'summary.title': 'Kerncijfers',
  'summary.nodes': 'Punten in het netwerk',
  'summary.nodes.hint': 'Elk gezin apart geteld.',
  'summary.edges': 'Verbindingen',
  'summary.density': 'Dichtheid',
  'summary.density.hint': 'Deel van alle mogelijke verbindingen dat bestaat.',
  'summary.components': 'Losse delen',
  'summary.components.hint': '1 = iedereen hangt aan elkaar vast.',
  'summary.largestComponentShare': 'In het grootste deel',
  'summary.diameter': 'Langste afstand (stappen)',
  'summary.averageShortestPath': 'Gemiddeld aantal stappen',
  'summary.averageShortestPath.hint': 'Hoeveel tussenpersonen er gemiddeld nodig zijn.',
  'summary.averageClustering': 'Clustering',
  'summary.averageClustering.hint': 'Hoe vaak je contacten elkaar ook kennen.',
  'summary.transitivity': 'Transitiviteit',
  'summary.degreeCentralization': 'Centralisatie',
  'summary.degreeCentralization.hint': 'Hoe sterk het netwerk rond enkele spelers draait.',
  'summary.reciprocity': 'Wederkerigheid',
  'summary.reciprocity.hint': 'Deel van de doorverwijzingen die ook in de andere richting gaan.',
  'table.choose': 'Kies een tafel',
  'table.none': 'Er zijn nog geen tafels.',
  'table.atTheTable': 'Aan tafel ({n})',
  'table.missing': 'Ontbreekt aan tafel ({n})',
  'table.missingNone': 'Niemand ontbreekt volgens de gegevens.',
  'table.emptyChairs': 'Lege stoelen',
  'table.emptyDomains': 'Levensdomeinen zonder iemand aan tafel',
  'table.emptyNeighbourhoods': 'Wijken zonder iemand aan tafel',
  'table.emptyAgeBands': 'Leeftijden zonder aanbod aan tafel',
  'table.familyVoice': 'Stem van gezinnen aan tafel',
  'table.families': '{n} gezinnen',
  'table.nothing': 'geen',
  'table.since': 'sinds {date}',
  'table.score': 'score {score}',
  'table.kind': 'Soort',
  'table.showOnMap': 'Toon op de kaart →',
  'table.chairsShown': 'De kaart toont de eerste {n} lege stoelen.',
  'error.title': 'Er ging iets mis',
  'auth.prompt': 'Deze Tafel-server vraagt een API-token. Plak je token (je krijgt het van de beheerder):',
  'error.network': 'De server antwoordt niet. Controleer of Tafel draait en probeer opnieuw.',
  'search.notFound': 'Niets gevonden voor “{q}”.',
  'search.found': '{label} staat nu in het midden.',
  'csv.map': 'kaart',
  'csv.table': 'tafel',
  'prop.name': 'Naam', 'prop.sector': 'Sector', 'prop.kind': 'Soort', 'prop.role': 'Rol',
  'prop.domains': 'Levensdomeinen', 'prop.domain': 'Levensdomein', 'prop.neighbourhoods': 'Wijken',
  'prop.neighbourhood': 'Wijk', 'prop.ageMin': 'Leeftijd vanaf', 'prop.ageMax': 'Leeftijd tot',
  'prop.capacity': 'Capaciteit', 'prop.access': 'Toegankelijkheid (5 B’s)', 'prop.childAgeBands': 'Leeftijd kinderen',
  'prop.needs': 'Noden', 'prop.since': 'Sinds', 'prop.until': 'Tot', 'prop.worksFor': 'Werkt voor',
  'prop.provider': 'Aangeboden door', 'prop.type': 'Soort punt', 'prop.count': 'Aantal gezinnen',
  'access.reachable': 'bereikbaar', 'access.available': 'beschikbaar', 'access.affordable': 'betaalbaar',
  'access.usable': 'bruikbaar', 'access.understandable': 'begrijpbaar',
  'reason.referrals': 'Doorverwijzingen met leden', 'reason.shared-families': 'Gedeelde gezinnen met leden',
  'reason.centrality': 'Centraal in het netwerk', 'reason.link-prediction': 'Past bij de tafel',
  'reason.domain': 'Levensdomein', 'reason.neighbourhood': 'Wijk', 'reason.empty-chair': 'Vult een lege stoel',
};

const en = {
  'skip': 'Skip to the controls',
  'app.subtitle': 'Network map around children and families',
  'mode.label': 'Mode',
  'mode.map': 'Map',
  'mode.table': 'At the table',
  'lang.other': 'Nederlands',
  'lang.switch': 'Schakel naar Nederlands',
  'progress': 'Loading…',
  'close': 'Close',
  'controls.title': 'Controls',
  'controls.view': 'View',
  'view.ecosystem': 'Ecosystem (everything)',
  'view.collaboration': 'Collaboration between partners',
  'view.referral': 'Referrals',
  'view.shared-families': 'Shared families',
  'controls.at': 'Date',
  'controls.filters': 'Filters',
  'controls.domain': 'Life domain',
  'controls.neighbourhood': 'Neighbourhood',
  'controls.sector': 'Sector',
  'controls.all': 'All',
  'controls.aggregate': 'Group families per neighbourhood',
  'controls.size': 'Size by',
  'controls.search': 'Find on the map',
  'controls.searchHint': 'partner, person, service…',
  'controls.find': 'Find',
  'controls.highlight': 'Highlight',
  'controls.method': 'Method',
  'toggle.articulation': 'Articulation points and bridge figures',
  'toggle.suggested': 'Suggested links',
  'toggle.community': 'Colour by community',
  'method.adamic-adar': 'Adamic–Adar (shared, less busy contacts)',
  'method.resource-allocation': 'Resource allocation',
  'method.jaccard': 'Jaccard (overlap of contacts)',
  'method.common-neighbours': 'Common contacts',
  'method.preferential-attachment': 'Preferential attachment (two busy players)',
  'method.shared-families': 'Shared families',
  'export.title': 'Save',
  'export.png': 'Map as PNG',
  'export.csv': 'Table as CSV',
  'import.title': 'Bring in data',
  'import.template': 'Import template (Excel)',
  'import.hint': 'One sheet per section, explained in Dutch and English.',
  'map.title': 'Network map',
  'map.aria': 'Network map: use the search box to pick a point; its details appear on the right.',
  'map.caption': '{nodes} points, {edges} ties on {at}',
  'map.empty': 'Nothing is on the map at this date.',
  'zoom.label': 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'zoom.fit': 'Show the whole map',
  'legend.title': 'Legend',
  'legend.shapes': 'Shape = kind',
  'legend.colours': 'Colour = sector',
  'legend.coloursNote': 'people and services in the colour of their partner',
  'legend.communities': 'Colour = community',
  'legend.edges': 'Lines',
  'legend.marks': 'Marks',
  'legend.size': 'Size = {score}',
  'mark.articulation': 'articulation point',
  'mark.bridge': 'indispensable tie',
  'mark.suggested': 'suggested link',
  'mark.cutoff': 'cut off (what if)',
  'mark.removed': 'gone (what if)',
  'mark.seat': 'at the table',
  'mark.chair': 'empty chair: missing',
  'type.partner': 'Partner',
  'type.person': 'Person',
  'type.service': 'Service',
  'type.family': 'Family',
  'type.family-group': 'Families of a neighbourhood',
  'type.table': 'Table',
  'edge.collaborates': 'collaborates',
  'edge.referral': 'refers',
  'edge.shares-families': 'shares families',
  'edge.works-for': 'works for',
  'edge.offers': 'offers',
  'edge.uses': 'uses',
  'edge.supports': 'supports',
  'edge.sits-at': 'sits at the table',
  'score.degree': 'Ties (degree)',
  'score.betweenness': 'In-between position (betweenness)',
  'score.pagerank': 'Influence (PageRank)',
  'score.closeness': 'Closeness',
  'score.eigenvector': 'Core position (eigenvector)',
  'score.articulation': 'Articulation point',
  'score.community': 'Community',
  'explain.degree': 'How many partners, people, services or families this one is tied to directly.',
  'explain.betweenness': 'How often this lies on the shortest path between two others: high = bridge or gatekeeper.',
  'explain.pagerank': 'Tied to those who are well tied themselves: influence that travels through the network.',
  'explain.closeness': 'How few steps it takes to reach everyone: high = quickly everywhere.',
  'explain.eigenvector': 'Tied to the central players: sits at the heart of the network.',
  'explain.articulation': 'If this one goes, part of the network is cut off.',
  'explain.community': 'A group that works together more among itself than with the rest.',
  'yes': 'yes',
  'no': 'no',
  'details.properties': 'Properties',
  'details.scores': 'Place in the network',
  'details.neighbours': 'Direct ties ({n})',
  'details.noNeighbours': 'No direct ties at this date.',
  'details.familyGroup': '{count} families in {neighbourhood}, grouped into one point.',
  'details.expand': 'Show the families of {neighbourhood} one by one',
  'details.collapse': 'Back to all neighbourhoods',
  'details.rank': 'Rank {rank} of the missing partners, score {score}',
  'details.why': 'Why at this table?',
  'whatif.partner': 'What if this partner leaves?',
  'whatif.person': 'What if this person leaves?',
  'whatif.other': 'What if this disappears?',
  'whatif.title': 'If {name} leaves',
  'whatif.clear': 'Clear the map',
  'whatif.components': 'Separate parts of the network: {before} → {after}',
  'whatif.fragmentation': 'Fragmentation: {before} → {after}',
  'whatif.partners': 'Partners cut off: {n}',
  'whatif.families': 'Families cut off: {n}',
  'whatif.persons': 'People cut off: {n}',
  'whatif.leavingWith': 'Leaving with it: {n} (its own services and staff).',
  'whatif.nobody': 'Nobody is cut off: the network absorbs this.',
  'whatif.domainsLost': 'Life domains where families lose their only tie',
  'whatif.newBridges': 'New indispensable links',
  'whatif.onMap': 'On the map: red outline = cut off, transparent = gone.',
  'highlights.bridgeFigures': 'Bridge figures and articulation points',
  'highlights.cutOff': 'if this one goes, cut off: {what}',
  'highlights.none': 'No articulation points: nobody holds the network together alone.',
  'highlights.suggested': 'Suggested links',
  'highlights.suggestedNone': 'No suggestions for this view.',
  'highlights.common': '{n} common contacts',
  'highlights.communities': '{n} communities, modularity {q}',
  'highlights.communitiesNote': 'Modularity above 0.3: clear groups that mostly work among themselves.',
  'summary.title': 'Key figures',
  'summary.nodes': 'Points in the network',
  'summary.nodes.hint': 'Every family counted on its own.',
  'summary.edges': 'Ties',
  'summary.density': 'Density',
  'summary.density.hint': 'Share of all possible ties that exist.',
  'summary.components': 'Separate parts',
  'summary.components.hint': '1 = everybody hangs together.',
  'summary.largestComponentShare': 'In the largest part',
  'summary.diameter': 'Longest distance (steps)',
  'summary.averageShortestPath': 'Average number of steps',
  'summary.averageShortestPath.hint': 'How many go-betweens it takes on average.',
  'summary.averageClustering': 'Clustering',
  'summary.averageClustering.hint': 'How often your contacts know each other too.',
  'summary.transitivity': 'Transitivity',
  'summary.degreeCentralization': 'Centralisation',
  'summary.degreeCentralization.hint': 'How much the network turns around a few players.',
  'summary.reciprocity': 'Reciprocity',
  'summary.reciprocity.hint': 'Share of referrals that also go the other way.',
  'table.choose': 'Choose a table',
  'table.none': 'There are no tables yet.',
  'table.atTheTable': 'At the table ({n})',
  'table.missing': 'Missing from the table ({n})',
  'table.missingNone': 'Nobody is missing according to the data.',
  'table.emptyChairs': 'Empty chairs',
  'table.emptyDomains': 'Life domains with nobody at the table',
  'table.emptyNeighbourhoods': 'Neighbourhoods with nobody at the table',
  'table.emptyAgeBands': 'Age bands without a service at the table',
  'table.familyVoice': 'Families’ own voice at the table',
  'table.families': '{n} families',
  'table.nothing': 'none',
  'table.since': 'since {date}',
  'table.score': 'score {score}',
  'table.kind': 'Kind',
  'table.showOnMap': 'Show on the map →',
  'table.chairsShown': 'The map shows the first {n} empty chairs.',
  'error.title': 'Something went wrong',
  'auth.prompt': 'This Tafel server needs an API token. Paste your token (your administrator gives it to you):',
  'error.network': 'The server does not answer. Check that Tafel is running and try again.',
  'search.notFound': 'Nothing found for “{q}”.',
  'search.found': '{label} is now in the centre.',
  'csv.map': 'map',
  'csv.table': 'table',
  'prop.name': 'Name', 'prop.sector': 'Sector', 'prop.kind': 'Kind', 'prop.role': 'Role',
  'prop.domains': 'Life domains', 'prop.domain': 'Life domain', 'prop.neighbourhoods': 'Neighbourhoods',
  'prop.neighbourhood': 'Neighbourhood', 'prop.ageMin': 'Age from', 'prop.ageMax': 'Age to',
  'prop.capacity': 'Capacity', 'prop.access': 'Access (5 A’s)', 'prop.childAgeBands': 'Children’s ages',
  'prop.needs': 'Needs', 'prop.since': 'Since', 'prop.until': 'Until', 'prop.worksFor': 'Works for',
  'prop.provider': 'Offered by', 'prop.type': 'Kind of point', 'prop.count': 'Number of families',
  'access.reachable': 'reachable', 'access.available': 'available', 'access.affordable': 'affordable',
  'access.usable': 'usable', 'access.understandable': 'understandable',
  'reason.referrals': 'Referrals with members', 'reason.shared-families': 'Families shared with members',
  'reason.centrality': 'Central in the network', 'reason.link-prediction': 'Fits the table',
  'reason.domain': 'Life domain', 'reason.neighbourhood': 'Neighbourhood', 'reason.empty-chair': 'Fills an empty chair',
};

// Open vocabularies (life domains, sectors, roles…): known words are translated, others are shown readably.
const vocabulary = {
  nl: {
    'childcare': 'kinderopvang', 'education': 'onderwijs', 'welfare': 'welzijn', 'health': 'gezondheid',
    'leisure': 'vrije tijd', 'work': 'werk', 'housing': 'wonen', 'income': 'inkomen',
    'parenting-support': 'opvoedingsondersteuning', 'youth-work': 'jeugdwerk',
    'local-government': 'lokaal bestuur', 'family-centre': 'Huis van het Kind', 'social-welfare': 'OCMW',
    'pupil-guidance': 'CLB', 'school': 'school', 'sport': 'sport', 'library': 'bibliotheek',
    'employment': 'werk en opleiding', 'parents': 'ouders', 'culture': 'cultuur',
    'bridge-figure': 'brugfiguur', 'coordinator': 'coördinator', 'staff': 'medewerker', 'volunteer': 'vrijwilliger',
    'chair': 'voorzitter', 'member': 'lid', 'observer': 'waarnemer',
    'steering': 'stuurgroep', 'working-group': 'werkgroep', 'broad-consultation': 'breed overleg',
    'public': 'publiek', 'non-profit': 'vzw', 'private': 'privé',
    '0-3': '0–3 jaar', '3-6': '3–6 jaar', '6-12': '6–12 jaar', '12-18': '12–18 jaar',
  },
  en: {
    'parenting-support': 'parenting support', 'youth-work': 'youth work', 'local-government': 'local government',
    'family-centre': 'family centre', 'social-welfare': 'public social welfare (OCMW)',
    'pupil-guidance': 'pupil guidance (CLB)', 'bridge-figure': 'bridge figure', 'working-group': 'working group',
    'steering': 'steering group', 'broad-consultation': 'broad consultation', 'non-profit': 'non-profit',
    '0-3': '0–3 years', '3-6': '3–6 years', '6-12': '6–12 years', '12-18': '12–18 years',
  },
};

const dictionaries = { nl, en };

/** Adds the words of a feature's own module (e.g. change-words.js) to the dictionaries. */
export function addWords(more) {
  for (const [lang, entries] of Object.entries(more)) Object.assign(dictionaries[lang], entries);
}
let current = 'nl';

export function language() {
  return current;
}

export function setLanguage(lang) {
  current = dictionaries[lang] ? lang : 'nl';
  document.documentElement.lang = current;
}

/** The text for a key with {placeholders} filled in; the key itself when a word is missing. */
export function t(key, params = {}) {
  const text = dictionaries[current][key] ?? nl[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

export function has(key) {
  return key in dictionaries[current];
}

// The server explains its reasons in English; these patterns say the same in Dutch.
const SERVER_NL = [
  [/^exchanged (\d+) referrals? with (\d+) members? in the last 12 months$/, 'wisselde $1 doorverwijzingen uit met $2 leden in de laatste 12 maanden'],
  [/^reaches (\d+) famil(?:y|ies) that members also reach$/, 'bereikt $1 gezinnen die ook leden bereiken'],
  [/^among the (\d+) most central partners of the ecosystem$/, 'bij de $1 meest centrale partners van het ecosysteem'],
  [/^collaborates with (\d+) members? and shares collaboration partners with (\d+) members? \((.+)\)$/, 'werkt samen met $1 leden en deelt samenwerkingspartners met $2 leden ($3)'],
  [/^covers no domain that nobody at the table covers$/, 'dekt geen levensdomein dat nog niemand aan tafel dekt'],
  [/^covers (.+?) that nobody at the table covers$/, 'dekt $1, waar nog niemand aan tafel actief is'],
];

/** A sentence from the server in the current language, when its pattern is known. */
export function serverText(text) {
  if (!text || current !== 'nl') return text || '';
  for (const [pattern, dutch] of SERVER_NL) {
    if (pattern.test(text)) return text.replace(pattern, dutch);
  }
  return text;
}

/** A word of an open vocabulary (domain, sector, role, kind…) in the current language. */
export function word(value) {
  if (value == null || value === '') return '';
  const s = String(value);
  return vocabulary[current][s] ?? s.replace(/-/g, ' ');
}

const NOUNS = {
  nl: { partners: ['partner', 'partners'], persons: ['persoon', 'personen'], services: ['aanbod', 'aanbod'], families: ['gezin', 'gezinnen'], and: 'en' },
  en: { partners: ['partner', 'partners'], persons: ['person', 'people'], services: ['service', 'services'], families: ['family', 'families'], and: 'and' },
};

/** "1 partner, 3 people and 12 families": only the kinds that are there, singular or plural. */
export function counts(c) {
  const nouns = NOUNS[current];
  const parts = ['partners', 'persons', 'services', 'families']
    .filter((k) => (c[k] || 0) > 0)
    .map((k) => `${number(c[k])} ${nouns[k][c[k] === 1 ? 0 : 1]}`);
  if (parts.length === 0) return '0';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${nouns.and} ${parts[parts.length - 1]}`;
}

export function number(value, digits = 2) {
  if (value == null || Number.isNaN(value)) return '–';
  const locale = current === 'nl' ? 'nl-BE' : 'en-GB';
  if (Number.isInteger(value)) return value.toLocaleString(locale);
  return value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: Math.abs(value) < 10 ? digits : 0 });
}

export function date(iso) {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso || '') ? new Date(iso + 'T12:00:00') : null;
  if (!d || Number.isNaN(d.getTime())) return iso || '';
  return d.toLocaleDateString(current === 'nl' ? 'nl-BE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Fills every element marked with data-i18n (text) and data-i18n-attr ("attr:key;attr:key"). */
export function translatePage(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    el.dataset.i18nAttr.split(';').forEach((pair) => {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    });
  });
  document.getElementById('lang')?.setAttribute('lang', current === 'nl' ? 'en' : 'nl');
}
