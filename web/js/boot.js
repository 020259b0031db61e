// Which page this address asks for: a report for the steering group (?partner=ID or ?scorecard=TABLE_ID), or
// the map app.

const query = new URLSearchParams(location.search);
if (query.has('partner') || query.has('scorecard')) import('./report.js');
else import('./main.js');
