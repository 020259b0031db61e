// The words of the readable map (web/js/map.js): collapsed groups, focus and the search list, Dutch first,
// added to the dictionaries by addWords.

export const words = {
  nl: {
    'map.inside': '{label} (+{n})',
    'legend.collapsed': '(+n): medewerkers en aanbod van een partner, samengevouwen. Klik op de partner om ze te tonen, nog eens klikken vouwt ze weer samen.',
    'legend.groups': 'Een groep gezinnen per wijk: klik erop om de gezinnen van die wijk te tonen; dubbelklik op een gezin om ze weer samen te voegen.',
    'search.matches': '{n} gevonden, kies er een:',
    'search.inside': 'bij {partner}',
  },
  en: {
    'map.inside': '{label} (+{n})',
    'legend.collapsed': '(+n): staff and services of a partner, folded in. Click the partner to show them; click again to fold them back.',
    'legend.groups': 'Families grouped per neighbourhood: click a group to show its families; double-click a family to group them again.',
    'search.matches': '{n} found, pick one:',
    'search.inside': 'at {partner}',
  },
};
