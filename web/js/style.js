// How the map looks: shapes per node type, colour-blind-safe colours per sector or community,
// line styles per kind of tie, and the marks that the toggles and the what-if add.

/**
 * Every sector of the vocabulary has its own fixed colour, the same on every page (map, table mode, survey
 * map, legend, exports), whatever order the sectors are met in. The busiest sectors of a Flemish town get the
 * most distinct colours (Paul Tol's colour-blind-safe muted and vibrant schemes first).
 */
export const SECTOR_COLOURS = Object.freeze({
  'school': '#0077BB', 'childcare': '#EE7733', 'health': '#117733', 'welfare': '#CC6677',
  'youth-work': '#DDCC77', 'sport': '#44AA99', 'culture': '#AA4499', 'housing': '#999933',
  'library': '#88CCEE', 'pupil-guidance': '#332288', 'employment': '#882255', 'local-government': '#EE3377',
  'family-centre': '#994455', 'social-welfare': '#009988', 'parents': '#BBCC33', 'education': '#77AADD',
  'leisure': '#B2DF8A', 'parenting-support': '#C2A5CF', 'income': '#8C6D31', 'work': '#5AAE61',
  'mobility': '#7B8EA3', 'safety': '#B35806', 'participation': '#DE77AE', 'language': '#4393C3',
});

/** Colours for sectors a town adds to the vocabulary: chosen by the sector's name, so stable everywhere. */
const MORE_SECTOR_COLOURS = ['#5D8AA8', '#8F7EB5', '#C49A6C', '#6B8E23', '#B05F3C', '#4F6D7A', '#A0522D',
  '#708238', '#9E4F7E', '#3F7F7F', '#B8860B', '#6A5ACD'];

/** Communities take colours from their own palette (ColorBrewer Dark2 + Set3), none of them a sector's colour. */
export const COMMUNITY_PALETTE = ['#1B9E77', '#D95F02', '#7570B3', '#E7298A', '#66A61E', '#E6AB02', '#A6761D',
  '#666666', '#8DD3C7', '#FB8072', '#80B1D3', '#FDB462', '#B3DE69', '#FCCDE5', '#BC80BD', '#FFED6F'];

export const UNKNOWN = '#9AA3AD';
export const FAMILY = '#E3D5BA';
export const FAMILY_BORDER = '#8C7A5B';
export const TABLE = '#2F3E4E';
export const HALO = '#FFB000';
export const CUT = '#C1272D';
export const SUGGESTED = '#0F6E8C';

export const TYPES = ['partner', 'person', 'service', 'family-group', 'family', 'table'];
export const SHAPES = {
  partner: 'ellipse', person: 'round-diamond', service: 'round-rectangle',
  family: 'round-hexagon', 'family-group': 'round-hexagon', table: 'star',
};
export const EDGE_KINDS = {
  collaborates: { color: '#6B7785', style: 'solid' },
  referral: { color: '#1D6FB8', style: 'solid', arrow: true },
  'shares-families': { color: '#A8641E', style: 'solid' },
  'works-for': { color: '#6E7781', style: 'dashed' },
  offers: { color: '#A7AFB8', style: 'solid' },
  uses: { color: '#CDBF9F', style: 'solid' },
  supports: { color: '#8E5EA2', style: 'solid' },
  'sits-at': { color: '#2F3E4E', style: 'dotted' },
};

/** The fixed colour of a sector; a sector outside the default vocabulary gets one by a hash of its name. */
export function sectorColour(sector) {
  if (!sector) return UNKNOWN;
  if (Object.hasOwn(SECTOR_COLOURS, sector)) return SECTOR_COLOURS[sector];
  let hash = 2166136261; // FNV-1a
  for (const ch of String(sector)) hash = Math.imul(hash ^ ch.codePointAt(0), 16777619) >>> 0;
  return MORE_SECTOR_COLOURS[hash % MORE_SECTOR_COLOURS.length];
}

export function communityColour(community) {
  if (community == null || community < 0) return UNKNOWN;
  return COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length];
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

export function stylesheet() {
  const s = [
    {
      selector: 'node',
      style: {
        'width': 'data(size)', 'height': 'data(size)',
        'background-color': 'data(color)',
        'border-width': 1.5, 'border-color': '#FFFFFF',
        'label': '',
        'font-family': FONT, 'font-size': 12, 'font-weight': 600,
        'color': '#1F2328', 'text-outline-color': '#FFFFFF', 'text-outline-width': 2.5, 'text-outline-opacity': 0.9,
        'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': 180,
        'overlay-padding': 4,
      },
    },
    { selector: 'node.labelled', style: { 'label': 'data(display)', 'font-size': 'data(fontSize)', 'text-max-width': 'data(textMax)', 'text-outline-width': 'data(outline)', 'z-index': 5 } },
    { selector: 'node[type="partner"]', style: { 'shape': 'ellipse', 'border-width': 2 } },
    { selector: 'node[type="person"]', style: { 'shape': 'round-diamond', 'font-weight': 400 } },
    { selector: 'node[type="person"][role="bridge-figure"]', style: { 'border-color': '#1F2328', 'border-width': 2.5 } },
    { selector: 'node[type="service"]', style: { 'shape': 'round-rectangle', 'font-weight': 400, 'background-opacity': 0.75 } },
    { selector: 'node[type="family"]', style: { 'shape': 'round-hexagon', 'border-color': FAMILY_BORDER, 'border-width': 1, 'font-weight': 400 } },
    { selector: 'node[type="family-group"]', style: { 'shape': 'round-hexagon', 'border-color': FAMILY_BORDER, 'border-width': 2, 'color': '#5A4A2E' } },
    { selector: 'node[type="table"]', style: { 'shape': 'star', 'color': TABLE } },
    {
      selector: 'edge',
      style: {
        'width': 'data(width)', 'line-color': '#B8BEC6', 'opacity': 0.55,
        'curve-style': 'straight', 'target-arrow-shape': 'none',
        'font-family': FONT,
      },
    },
  ];
  for (const [kind, look] of Object.entries(EDGE_KINDS)) {
    s.push({
      selector: `edge[kind="${kind}"]`,
      style: {
        'line-color': look.color, 'target-arrow-color': look.color, 'line-style': look.style,
        ...(look.arrow ? { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, 'curve-style': 'bezier' } : {}),
      },
    });
  }
  s.push(
    { selector: 'edge[tone="strong"]', style: { 'opacity': 0.35 } },
    { selector: 'edge[tone="soft"]', style: { 'opacity': 0.3 } },
    { selector: 'edge[tone="faint"]', style: { 'opacity': 0.09, 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
    // Toggles
    { selector: 'node.articulation', style: { 'underlay-color': HALO, 'underlay-padding': 7, 'underlay-opacity': 0.75, 'underlay-shape': 'ellipse', 'border-color': '#1F2328', 'border-width': 3 } },
    { selector: 'edge.bridge', style: { 'line-color': '#1F2328', 'width': 4, 'opacity': 0.9, 'line-style': 'solid' } },
    { selector: 'edge.carrying', style: { 'line-color': '#CC3311', 'width': 'data(carryWidth)', 'opacity': 0.9, 'line-style': 'solid', 'z-index': 12 } },
    {
      selector: 'edge.suggested',
      style: {
        'line-color': SUGGESTED, 'line-style': 'dashed', 'line-dash-pattern': [7, 5], 'width': 2.5, 'opacity': 0.95,
        'curve-style': 'bezier', 'control-point-step-size': 30,
        'label': 'data(scoreLabel)', 'font-size': 10, 'color': SUGGESTED, 'font-weight': 700,
        'text-background-color': '#FFFFFF', 'text-background-opacity': 0.9, 'text-background-padding': 2,
        'text-rotation': 'autorotate',
      },
    },
    // Filters, search, selection
    { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0 } },
    // Focus: a hovered or selected node and its neighbours stay, the rest steps back
    { selector: 'node.dimmed', style: { 'opacity': 0.14, 'text-opacity': 0 } },
    { selector: 'edge.dimmed', style: { 'opacity': 0.04 } },
    // The ecosystem folds staff and services into their partner; marks and a selection bring them out
    { selector: 'node.folded', style: { 'display': 'none' } },
    { selector: 'node.folded.cut-off, node.folded.articulation, node.folded.removed, node.folded:selected, node.folded.focus', style: { 'display': 'element' } },
    { selector: 'node[folded > 0]', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#57606A' } },
    { selector: 'node:selected', style: { 'underlay-shape': 'ellipse', 'underlay-color': '#0077BB', 'underlay-padding': 8, 'underlay-opacity': 0.45, 'border-color': '#0B3D6B', 'border-width': 3 } },
    { selector: 'node.focus', style: { 'underlay-shape': 'ellipse', 'underlay-color': '#0077BB', 'underlay-padding': 10, 'underlay-opacity': 0.35, 'z-index': 20 } },
    { selector: 'edge.focus', style: { 'opacity': 0.95, 'z-index': 15 } },
    // What if
    { selector: 'node.removed', style: { 'opacity': 0.35, 'border-style': 'dashed', 'border-color': '#1F2328', 'border-width': 3 } },
    { selector: 'edge.removed', style: { 'opacity': 0.12 } },
    { selector: 'node.cut-off', style: { 'underlay-shape': 'ellipse', 'underlay-color': CUT, 'underlay-padding': 7, 'underlay-opacity': 0.55, 'border-color': CUT, 'border-width': 3, 'z-index': 10 } },
    { selector: 'node.new-bridge', style: { 'underlay-shape': 'ellipse', 'underlay-color': HALO, 'underlay-padding': 7, 'underlay-opacity': 0.75, 'border-color': '#1F2328', 'border-width': 3 } },
    // Table mode
    { selector: 'node.round-table', style: { 'shape': 'ellipse', 'background-color': '#F1E6D2', 'border-color': '#8A6D3B', 'border-width': 3, 'text-valign': 'center', 'text-margin-y': 0, 'color': '#4A3A1E', 'text-wrap': 'wrap' } },
    { selector: 'node.seat', style: { 'border-color': '#1F2328', 'border-width': 2.5 } },
    { selector: 'node.empty-chair', style: { 'background-opacity': 0.12, 'border-style': 'dashed', 'border-width': 3, 'border-color': 'data(color)', 'color': '#3D444D', 'font-weight': 400 } },
    { selector: 'edge.seat-edge', style: { 'line-color': '#8A6D3B', 'width': 2, 'opacity': 0.6, 'line-style': 'solid' } },
    { selector: 'edge.chair-edge', style: { 'line-color': '#9AA3AD', 'width': 1.5, 'opacity': 0.6, 'line-style': 'dashed', 'line-dash-pattern': [4, 4] } },
    { selector: 'node.empty-chair:selected', style: { 'border-style': 'dashed' } },
    { selector: 'node[?wrap]', style: { 'text-wrap': 'wrap', 'text-justification': 'auto' } },
    { selector: 'node[side="left"]', style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -5, 'text-margin-y': 0 } },
    { selector: 'node[side="right"]', style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 5, 'text-margin-y': 0 } },
    { selector: 'node[side="top"]', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
    // Across time: ties gained and lost since an earlier date; referral edges coloured by their outcome
    { selector: 'edge.gained', style: { 'line-color': '#1A9850', 'target-arrow-color': '#1A9850', 'opacity': 0.95, 'width': 4, 'z-index': 12 } },
    { selector: 'edge.lost', style: { 'line-color': '#D73027', 'target-arrow-color': '#D73027', 'opacity': 0.9, 'width': 3, 'line-style': 'dashed', 'z-index': 12 } },
    { selector: 'node.gained', style: { 'border-color': '#1A9850', 'border-width': 4 } },
    { selector: 'edge[outcome]', style: { 'line-color': 'data(outcome)', 'target-arrow-color': 'data(outcome)', 'opacity': 0.7 } },
    { selector: 'node.labelled-short', style: { 'label': 'data(short)', 'font-size': 'data(fontSize)', 'text-valign': 'center', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': 0, 'font-weight': 700 } },
  );
  return s;
}

// Small SVG swatches for the legend, drawn like the map draws them.
export function shapeSvg(type, fill = '#6E7781', dashed = false) {
  const stroke = type === 'family-group' || type === 'family' ? FAMILY_BORDER : '#1F2328';
  const common = `fill="${fill}" stroke="${stroke}" stroke-width="1.5"${dashed ? ' stroke-dasharray="3 2" fill-opacity="0.15"' : ''}`;
  let shape;
  switch (SHAPES[type] || type) {
    case 'round-diamond': shape = `<polygon points="9,1 17,9 9,17 1,9" ${common}/>`; break;
    case 'round-rectangle': shape = `<rect x="2" y="4" width="14" height="10" rx="3" ${common}/>`; break;
    case 'round-hexagon': shape = `<polygon points="5,2 13,2 17,9 13,16 5,16 1,9" ${common}/>`; break;
    case 'star': shape = `<polygon points="9,1 11,7 17,7 12,11 14,17 9,13 4,17 6,11 1,7 7,7" ${common}/>`; break;
    default: shape = `<circle cx="9" cy="9" r="7" ${common}/>`;
  }
  return `<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">${shape}</svg>`;
}

export function lineSvg(color, style = 'solid', arrow = false, width = 2) {
  const dash = style === 'dashed' ? ' stroke-dasharray="5 3"' : style === 'dotted' ? ' stroke-dasharray="1.5 2.5"' : '';
  const head = arrow ? `<polygon points="26,6 20,2.5 20,9.5" fill="${color}"/>` : '';
  return `<svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><line x1="1" y1="6" x2="${arrow ? 21 : 27}" y2="6" stroke="${color}" stroke-width="${width}"${dash}/>${head}</svg>`;
}

export function haloSvg(color) {
  return `<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false"><circle cx="9" cy="9" r="8" fill="${color}" fill-opacity="0.6"/><circle cx="9" cy="9" r="5" fill="#6E7781" stroke="#1F2328" stroke-width="1.5"/></svg>`;
}
