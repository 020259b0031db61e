// The words of the readable map (web/js/map.js): collapsed groups, focus and the search list, Dutch first,
// added to the dictionaries by addWords.

export const words = {
  nl: {
    'map.inside': '{label} (+{n})',
    'legend.collapsed': '(+n): medewerkers en aanbod van een partner, samengevouwen. Klik op de partner om ze te tonen, nog eens klikken vouwt ze weer samen.',
    'search.matches': '{n} gevonden, kies er een:',
    'search.inside': 'bij {partner}',
  },
  en: {
    'map.inside': '{label} (+{n})',
    'legend.collapsed': '(+n): staff and services of a partner, folded in. Click the partner to show them; click again to fold them back.',
    'search.matches': '{n} found, pick one:',
    'search.inside': 'at {partner}',
  },
};
