// The reports for the steering group, each at its own address and printable on A4: a page per partner
// (?partner=ID) and the network scorecard of a table (?scorecard=TABLE_ID). Both read one REST answer
// (/api/partners/{id}/report, /api/tables/{id}/scorecard) and show every family count as the server sends it
// ("<5" for analysts and viewers).

import * as api from './api.js';
import { setLanguage, language, translatePage, addWords, has, t, word, number, date } from './i18n.js';
import { esc } from './dom.js';
import { sectorColour, EDGE_KINDS, shapeSvg, lineSvg } from './style.js';
import { words } from './report-words.js';
import { words as tieWords } from './edit-words.js';

addWords(words);
addWords(tieWords); // the kinds of collaboration

const query = new URLSearchParams(location.search);
const STORED_LANGUAGE = 'tafel.lang';
let cy = null;

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function chosenLanguage() {
  const asked = query.get('lang');
  if (asked === 'nl' || asked === 'en') return asked;
  try { return localStorage.getItem(STORED_LANGUAGE) || 'nl'; } catch { return 'nl'; }
}

/** A family count as sent: a number, or the server's mask ("<5", "5+"), or a dash when hidden. */
function families(value) {
  if (value == null) return '–';
  return typeof value === 'string' ? value : number(value);
}

function percent(share) {
  return share == null ? '–' : `${number(share * 100, 0)}%`;
}

/** A bar for a share in 0..1; its width is set by fillBars() once it is in the page (the CSP allows no style attribute). */
function bar(share) {
  if (share == null) return '';
  return `<span class="report-bar" data-share="${Math.max(0, Math.min(1, share))}"><span></span></span>`;
}

function fillBars(root) {
  root.querySelectorAll('.report-bar[data-share]').forEach((b) => {
    b.firstElementChild.style.width = `${Number(b.dataset.share) * 100}%`;
  });
}

/** A kind of collaboration in the current language. */
function tieKind(kind) {
  if (!kind || kind === 'unspecified') return t('partner.unspecified');
  return has('tiekind.' + kind) ? t('tiekind.' + kind) : word(kind);
}

/** At most {max} names, then "+N". */
function names(list, max = 4) {
  return list.length <= max ? list.join(', ') : `${list.slice(0, max).join(', ')} +${number(list.length - max)}`;
}

function table(headers, rows) {
  if (!rows.length) return `<p class="muted">${esc(t('report.none'))}</p>`;
  return `<table class="report-table"><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`
    + `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function ageBand(band) {
  return language() === 'nl' ? `${band.replace('-', '–')} jaar` : `${band.replace('-', '–')} years`;
}

function shell(title, subtitle) {
  document.title = `${title} · Tafel`;
  const main = document.createElement('main');
  main.id = 'report';
  main.className = 'report';
  main.innerHTML = `
    <nav class="report-tools no-print">
      <a href="/${query.get('lang') ? '?lang=' + esc(query.get('lang')) : ''}" id="report-map">${esc(t('report.toMap'))}</a>
      <button type="button" id="report-lang" class="lang" lang="${language() === 'nl' ? 'en' : 'nl'}">${esc(t('lang.other'))}</button>
      <button type="button" id="report-print" class="primary">${esc(t('report.print'))}</button>
    </nav>
    <header class="report-head">
      <h1 id="report-title">${esc(title)}</h1>
      <p class="report-sub">${subtitle}</p>
      <p class="report-date" id="report-date">${esc(t('report.at', { date: date(at) }))}</p>
    </header>
    <div id="report-body"></div>
    <footer class="report-foot">${esc(t('report.printed', { date: date(today()) }))}</footer>`;
  document.body.appendChild(main);
  document.getElementById('report-print').addEventListener('click', () => window.print());
  document.getElementById('report-lang').addEventListener('click', () => {
    const next = language() === 'nl' ? 'en' : 'nl';
    try { localStorage.setItem(STORED_LANGUAGE, next); } catch { /* private mode */ }
    const q = new URLSearchParams(location.search);
    q.set('lang', next);
    location.search = q.toString();
  });
  return document.getElementById('report-body');
}

function section(id, title, html) {
  return `<section class="report-section" id="${id}"><h2>${esc(title)}</h2>${html}</section>`;
}

// ---- The partner page ----

function neighbourhoodMap(container, network) {
  const self = network.nodes.find((n) => n.self)?.id;
  const elements = [];
  for (const n of network.nodes) {
    elements.push({ data: { id: n.id, label: n.name || n.id, colour: sectorColour(n.sector) }, classes: n.self ? 'self' : '' });
  }
  network.edges.forEach((e, i) => {
    const own = e.source === self || e.target === self; // the partner's own ties stand out, ties among the others stay faint
    elements.push({ data: { id: `e${i}`, source: e.source, target: e.target }, classes: own ? `${e.kind} own` : e.kind });
  });
  cy = window.cytoscape({
    container,
    elements,
    autoungrabify: true,
    userZoomingEnabled: false,
    userPanningEnabled: false,
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 3, 'width': 18, 'height': 18, 'border-width': 1, 'border-color': '#1F2328', 'text-wrap': 'ellipsis', 'text-max-width': 120 } },
      { selector: 'node.self', style: { 'width': 30, 'height': 30, 'border-width': 5, 'font-weight': 700, 'font-size': 13 } },
      { selector: 'edge', style: { 'width': 1, 'curve-style': 'bezier', 'opacity': 0.25 } },
      { selector: 'edge.own', style: { 'width': 2.5, 'opacity': 0.9 } },
      { selector: 'edge.collaborates', style: { 'line-color': EDGE_KINDS.collaborates.color } },
      { selector: 'edge.referral', style: { 'line-color': EDGE_KINDS.referral.color, 'target-arrow-color': EDGE_KINDS.referral.color, 'target-arrow-shape': 'triangle' } },
    ],
    layout: { name: 'concentric', concentric: (n) => (n.hasClass('self') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 30, animate: false, padding: 20 },
  });
}

function mapLegend(network) {
  const sectors = [...new Set(network.nodes.map((n) => n.sector).filter(Boolean))].sort();
  const items = [
    `<li><svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><circle cx="9" cy="9" r="6" fill="#fff" stroke="#1F2328" stroke-width="4"/></svg><span>${esc(t('legend.self'))}</span></li>`,
    `<li>${lineSvg(EDGE_KINDS.collaborates.color)}<span>${esc(t('legend.collaborates'))}</span></li>`,
    `<li>${lineSvg(EDGE_KINDS.referral.color, 'solid', true)}<span>${esc(t('legend.referral'))}</span></li>`,
    ...sectors.map((s) => `<li>${shapeSvg('partner', sectorColour(s))}<span>${esc(word(s))}</span></li>`),
  ];
  return `<ul class="report-legend-list">${items.join('')}</ul>`;
}

function partnerPage(r) {
  const p = r.partner;
  const sub = [word(p.sector), word(p.kind)].filter(Boolean).map(esc).join(' · ');
  const body = shell(t('partner.title', { name: p.name || p.id }), sub);
  const ties = r.ties;
  const figures = [
    [ties.collaborations.length, t('partner.collaborations')],
    [ties.referralsSent, t('partner.sent')],
    [ties.referralsReceived, t('partner.received')],
    [r.families.families, t('partner.families'), true],
    [r.tables.length, t('partner.tablesCount')],
  ];
  const standing = r.standing.map((s) => [
    `<strong>${esc(t('score.' + s.score))}</strong><br><span class="small">${esc(t('standing.' + s.score))}</span>`,
    esc(number(s.value, s.score === 'degree' ? 0 : 3)),
    esc(t('partner.rankOf', { rank: number(s.rank), n: number(s.networkSize) })),
    esc(number(s.sectorMedian, 3)),
    `${esc(number(s.sectorPercentile, 0))} ${bar(s.sectorPercentile / 100)}`,
    esc(number(s.networkMedian, 3)),
    `${esc(number(s.networkPercentile, 0))} ${bar(s.networkPercentile / 100)}`,
  ]);
  const sector = r.standing[0];
  body.innerHTML = [
    section('report-figures', t('partner.keyFigures'), `<ul class="report-figures">${figures.map(([v, label, fam]) =>
      `<li><strong>${esc(fam ? families(v) : number(v))}</strong><span>${esc(label)}</span></li>`).join('')}</ul>`),
    section('report-place', t('partner.place'), `<p class="small">${esc(t('partner.placeNote'))}</p><div id="report-map-canvas" class="report-map" role="img" aria-label="${esc(t('partner.place'))}"></div>`
      + (r.network.more ? `<p class="small">${esc(t('partner.more', { count: number(r.network.more) }))}</p>` : '')),
    section('report-legend', t('report.legend'), mapLegend(r.network)
      + `<p class="small">${esc(t('partner.percentileNote'))}</p><p class="small">${esc(t('partner.adamicAdarNote'))}</p><p class="small">${esc(t('report.masked'))}</p>`),
    section('report-ties', t('partner.ties'),
      table([t('partner.kind'), t('partner.count')], ties.collaborationsByKind.map((k) => [esc(tieKind(k.kind)), esc(number(k.ties))]))
      + table([t('partner.with'), t('partner.sector'), t('partner.kind'), t('partner.strength'), t('partner.trust')],
        ties.collaborations.map((c) => [esc(c.name || c.partner), esc(word(c.sector)), esc(tieKind(c.kind)), esc(number(c.strength, 0)), esc(number(c.trust, 0))]))
      + `<h3>${esc(t('partner.referralPartners'))}</h3>`
      + table([t('partner.with'), t('partner.sentTo'), t('partner.receivedFrom')],
        ties.referralPartners.map((x) => [esc(x.name || x.partner), esc(number(x.sent)), esc(number(x.received))]))
      + `<h3>${esc(t('partner.shared'))}</h3>`
      + table([t('partner.with'), t('partner.sharedFamilies'), t('partner.collaborates')],
        ties.sharedFamilies.map((x) => [esc(x.name || x.partner), esc(families(x.families)), esc(t(x.collaborates ? 'partner.yes' : 'partner.no'))]))),
    section('report-standing', t('partner.standing'),
      table([t('partner.score'), t('partner.value'), t('partner.rank'), t('partner.sectorMedian'), t('partner.sectorPercentile'), t('partner.networkMedian'), t('partner.networkPercentile')], standing)
      + (sector ? `<p class="small">${esc(t('partner.sectorSize', { sector: word(sector.sector), n: number(sector.sectorSize) }))}</p>` : '')),
    section('report-families', t('partner.familiesTitle'), `<p><strong>${esc(families(r.families.families))}</strong> ${esc(t('partner.families'))}. <span class="small">${esc(t('partner.familiesNote'))}</span></p>`
      + `<div class="report-columns"><div><h3>${esc(t('partner.byNeighbourhood'))}</h3>`
      + table([t('partner.neighbourhood'), t('partner.families')], r.families.byNeighbourhood.map((x) => [esc(word(x.neighbourhood)), esc(families(x.families))]))
      + `</div><div><h3>${esc(t('partner.byAgeBand'))}</h3>`
      + table([t('partner.ageBand'), t('partner.families')], r.families.byAgeBand.map((x) => [esc(ageBand(x.ageBand)), esc(families(x.families))]))
      + '</div></div>'),
    section('report-tables', t('partner.tables'),
      table([t('partner.sitsAt'), t('partner.role'), t('partner.since'), t('partner.via')],
        r.tables.map((s) => [esc(s.name || s.table), esc(word(s.role)), esc(date(s.since)), esc(s.member ? (s.memberName || s.member) : t('partner.itself'))]))
      + `<h3>${esc(t('partner.couldJoin'))}</h3>`
      + table([t('partner.sitsAt'), t('partner.sharedDomains'), t('partner.worksWith'), t('partner.referralsWithMembers')],
        r.tablesToJoin.map((x) => [`<a href="/?scorecard=${encodeURIComponent(x.table)}">${esc(x.name || x.table)}</a>`, esc(x.sharedDomains.map(word).join(', ')), esc(names(x.membersItWorksWith)), esc(number(x.referralsWithMembers))]))),
    section('report-introductions', t('partner.introductions'), `<p class="small">${esc(t('partner.introductionsNote'))}</p>`
      + table([t('partner.with'), t('partner.sector'), t('partner.commonPartners'), t('partner.sharedFamilies'), t('partner.adamicAdar')],
        r.introductions.map((x) => [`<a href="/?partner=${encodeURIComponent(x.partner)}">${esc(x.name || x.partner)}</a>`, esc(word(x.sector)), esc(names(x.commonPartners)), esc(families(x.sharedFamilies)), esc(number(x.adamicAdar, 2))]))),
  ].join('');
  fillBars(body);
  neighbourhoodMap(document.getElementById('report-map-canvas'), r.network);
}

// ---- The scorecard ----

function scorecardPage(c) {
  const body = shell(t('scorecard.title', { name: c.table.name || c.table.id }), esc(word(c.table.kind)));
  const m = c.members;
  const w = c.network;
  const row = (label, members, network, meaning) => [`<strong>${esc(label)}</strong>`, members, network, `<span class="small">${esc(meaning)}</span>`];
  const coverage = (x) => `${esc(t('scorecard.coverageValue', { covered: number(x.covered.length), gaps: number(x.gaps.length) }))}<br>${esc(percent(x.share))} ${bar(x.share)}`;
  const rows = [
    row(t('scorecard.size'), esc(t('scorecard.sizeValue', { partners: number(c.size.partners), persons: number(c.size.persons), seats: number(c.size.seats) })), esc(t('scorecard.partners', { n: number(w.partners) })), t('scorecard.sizeMeaning')),
    row(t('scorecard.ties'), esc(number(m.ties)), esc(number(w.ties)), t('scorecard.tiesMeaning')),
    row(t('scorecard.density'), `${esc(number(m.density))} ${bar(m.density)}`, `${esc(number(w.density))} ${bar(w.density)}`, t('scorecard.densityMeaning')),
    row(t('scorecard.centralization'), `${esc(number(m.degreeCentralization))} ${bar(m.degreeCentralization)}`, `${esc(number(w.degreeCentralization))} ${bar(w.degreeCentralization)}`, t('scorecard.centralizationMeaning')),
    row(t('scorecard.components'), esc(number(m.components)), esc(number(w.components)), t('scorecard.componentsMeaning')),
    row(t('scorecard.reciprocity'), `${esc(number(m.reciprocity))} ${bar(m.reciprocity)}`, `${esc(number(w.reciprocity))} ${bar(w.reciprocity)}`, t('scorecard.reciprocityMeaning')),
    row(t('scorecard.multiplexity'), `${esc(t('scorecard.multiplexityValue', { multiplex: number(c.multiplexity.multiplexPairs), tied: number(c.multiplexity.tiedPairs) }))}<br>${esc(percent(c.multiplexity.share))} ${bar(c.multiplexity.share)}`, '–', t('scorecard.multiplexityMeaning')),
    row(t('scorecard.turnover'), `${esc(t('scorecard.turnoverValue', { joined: number(c.turnover.joined.length), left: number(c.turnover.left.length), from: number(c.turnover.membersFrom) }))}<br>${esc(percent(c.turnover.rate))} ${bar(c.turnover.rate)}`, '–', t('scorecard.turnoverMeaning', { date: date(c.turnover.from) })),
    row(t('scorecard.domains'), coverage(c.domains), '–', t('scorecard.coverageMeaning')),
    row(t('scorecard.neighbourhoods'), coverage(c.neighbourhoods), '–', t('scorecard.coverageMeaning')),
    row(t('scorecard.ageBands'), coverage(c.ageBands), '–', t('scorecard.coverageMeaning')),
    row(t('scorecard.familyVoice'), esc(c.familyVoice.present ? t('scorecard.voiceYes', { parents: c.familyVoice.parents.join(', ') }) : t('scorecard.voiceNo')), '–', t('scorecard.voiceMeaning')),
  ];
  const gapList = (label, x, name) => `<div><h3>${esc(label)}</h3><p class="small">${esc(t('scorecard.covered'))}: ${esc(x.covered.map(name).join(', ') || '–')}</p>`
    + (x.gaps.length ? `<ul>${x.gaps.map((g) => `<li>${esc(t('scorecard.gapFamilies', { value: name(g.value), n: families(g.families) }))}</li>`).join('')}</ul>` : `<p class="muted">${esc(t('report.none'))}</p>`) + '</div>';
  const way = (x) => (x === 'referrals' ? t('scorecard.way.referrals') : tieKind(x.replace(/^collaborates:/, '')));
  body.innerHTML = [
    `<p class="report-intro">${esc(t('scorecard.intro'))}</p>`,
    section('report-legend', t('report.legend'), `<ul class="report-notes"><li>${esc(t('scorecard.legendMembers'))}</li><li>${esc(t('scorecard.legendNetwork'))}</li><li>${bar(0.6)} ${esc(t('scorecard.legendBar'))}</li><li>${esc(t('scorecard.legendDash'))}</li><li>${esc(t('report.masked'))}</li></ul>`),
    section('report-scores', t('partner.keyFigures'), table([t('scorecard.indicator'), t('scorecard.members'), t('scorecard.network'), t('scorecard.meaning')], rows)
      + `<p>${esc(t('scorecard.familiesReached', { n: families(c.familiesReached) }))}</p>`),
    section('report-gaps', t('scorecard.gaps'), `<div class="report-columns">${gapList(t('scorecard.domains'), c.domains, word)}${gapList(t('scorecard.neighbourhoods'), c.neighbourhoods, word)}${gapList(t('scorecard.ageBands'), c.ageBands, ageBand)}</div>`),
    section('report-turnover', t('scorecard.turnover'), `<div class="report-columns"><div><h3>${esc(t('scorecard.joined'))}</h3>${table([t('partner.with')], c.turnover.joined.map((x) => [esc(x.name || x.id)]))}</div>`
      + `<div><h3>${esc(t('scorecard.left'))}</h3>${table([t('partner.with')], c.turnover.left.map((x) => [esc(x.name || x.id)]))}</div></div>`),
    section('report-multiplex', t('scorecard.pairs'), table([t('partner.with'), t('partner.with'), t('partner.kind')],
      c.multiplexity.pairs.map((x) => [`<a href="/?partner=${encodeURIComponent(x.a)}">${esc(x.aName || x.a)}</a>`, `<a href="/?partner=${encodeURIComponent(x.b)}">${esc(x.bName || x.b)}</a>`, esc(x.ways.map(way).join(', '))]))),
  ].join('');
  fillBars(body);
}

// ---- Start ----

const at = /^\d{4}-\d{2}-\d{2}$/.test(query.get('at') || '') ? query.get('at') : today();

async function start() {
  setLanguage(chosenLanguage());
  translatePage();
  document.body.dataset.page = 'report';
  document.body.dataset.state = 'loading';
  window.tafelReady = false;
  try {
    if (query.has('partner')) partnerPage(await api.get(`partners/${encodeURIComponent(query.get('partner'))}/report`, { at }));
    else scorecardPage(await api.get(`tables/${encodeURIComponent(query.get('scorecard'))}/scorecard`, { at }));
    document.body.dataset.state = 'ready';
  } catch (e) {
    const body = shell('Tafel', '');
    const what = query.get('partner') || query.get('scorecard');
    body.innerHTML = `<p class="alert-text" role="alert">${esc(t('report.notFound', { detail: e.status === 404 ? what : (e.title || e.message) }))}</p>`;
    document.body.dataset.state = 'error';
  }
  window.tafelReady = true;
}

// The small map is a canvas: fit it to the printed width before printing.
window.addEventListener('beforeprint', () => { if (cy) { cy.resize(); cy.fit(undefined, 20); } });
window.addEventListener('afterprint', () => { if (cy) { cy.resize(); cy.fit(undefined, 20); } });

start();
