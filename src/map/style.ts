/**
 * The offline MapLibre style: no tile server, no glyph server, no API key.
 * Text is drawn in the browser from the Noto Sans files declared in
 * `font-faces`; every source is GeoJSON filled in by the view. Pure: the
 * layer list is snapshotted by a golden test.
 *
 * Over 350 lines: the one typed description of what is drawn (layers, paints, dashes, label rules) that MapLibre, the SVG export and the static map all read.
 */
import type {
  LayerSpecification,
  SymbolLayerSpecification,
  SourceSpecification,
  StyleSpecification,
  ExpressionSpecification,
} from 'maplibre-gl';
import { COOPERATION_KINDS } from '../model/types.ts';
import { LABEL_SETS, LABEL_SOURCES, MARK_ROOM_TEXT, VALUE_ROOM_TEXT, labelSource, type LabelRole, type LabelSet } from './labelSets.ts';
import { LINK_STATUSES } from '../query/linkStatus.ts';
import {
  ARROW_SIZE,
  COLORS,
  COMPARE_STYLES,
  HOLLOW_CORE_INSET,
  HOLLOW_WIDEN,
  LINK_STATUS_STYLES,
  LABEL_PX,
  LINK_STYLES,
  MIN_TEXT_PX,
  TERRITORY_NAME_SCALE,
  TERRITORY_VALUE_SCALE,
  TERRITORY_TEXT,
  TERRITORY_GAP_EM,
  MARK_TEXT,
  labelPx,
  type LinkStatusStyle,
  type TextMode,
} from './palette.ts';
import { AGGREGATE_MAX_ZOOM } from './linkAggregates.ts';
import { TERRITORY_MARK_PREFIX } from './features.ts';

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

/** GeoJSON sources of the style, all filled in at run time. */
export const SOURCE_IDS = [
  'countries',
  'country-borders',
  'neighbours',
  'territories',
  'territory-labels',
  'bassins',
  'departements',
  'region',
  'links',
  'link-arrows',
  'count-marks',
  'establishments',
  'leaders',
  'context-labels',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** The sources of `MapData` whose labels the map draws from its label sets (`labelSets.ts`) instead. */
const LABELLED_ELSEWHERE: readonly SourceId[] = ['territory-labels', 'context-labels'];
/** The sources the map holds: the drawn ones of `SOURCE_IDS`, then the label sets. */
export const STYLE_SOURCE_IDS = SOURCE_IDS.filter((id) => !LABELLED_ELSEWHERE.includes(id));

const emptySource = (): SourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

/** Feature-state `o` (1 shown, 0 hidden; hidden until the view says otherwise). */
const SHOWN: ExpressionSpecification = ['coalesce', ['feature-state', 'o'], 0];
/** Feature-state `e`: 0 normal, 1 focus, 2 related, 3 dim (see `featureState.ts`). */
const EMPHASIS: ExpressionSpecification = ['coalesce', ['feature-state', 'e'], 0];

/**
 * Opacity by emphasis (what is out of the focus fades, the rest stays), times
 * the feature's visibility: hidden features draw nothing.
 */
const byEmphasis = (focus: number, related: number, dim: number, normal: number | ExpressionSpecification): ExpressionSpecification => [
  '*',
  SHOWN,
  ['match', EMPHASIS, 1, focus, 2, related, 3, dim, normal],
];

/** Visible only at one emphasis (the layers drawing the focus and its partners larger). */
const onlyAt = (emphasis: number, opacity: number): ExpressionSpecification => [
  '*',
  SHOWN,
  ['case', ['==', EMPHASIS, emphasis], opacity, 0],
];

/** Feature-state `h`: 1 when a panel or the map's edge would cut the label (set by the view, see `MapView`). */
const UNCUT: ExpressionSpecification = ['-', 1, ['coalesce', ['feature-state', 'h'], 0]];

/** Link width from feature-state `w`, one pixel more for the links of the focus. */
const LINK_WIDTH: ExpressionSpecification = ['+', ['coalesce', ['feature-state', 'w'], 2], ['case', ['==', EMPHASIS, 1], 1, 0]];

/** A value per link status (`LINK_STATUS_STYLES`), read from the feature's `status`. */
const byStatus = (value: (style: LinkStatusStyle) => number): ExpressionSpecification =>
  [
    'match',
    ['get', 'status'],
    ...LINK_STATUSES.flatMap((s) => [s, value(LINK_STATUS_STYLES[s])]),
    value(LINK_STATUS_STYLES.firm),
  ] as unknown as ExpressionSpecification;

/** Feature-state `c`, compare mode: 0 off, 1 appeared between the two dates, 2 ended, 3 unchanged. */
const COMPARED: ExpressionSpecification = ['coalesce', ['feature-state', 'c'], 0];

/** The drawn width of a link: hollow statuses are wider (see `linkStrokeWidth`). */
const STROKE_WIDTH: ExpressionSpecification = ['+', LINK_WIDTH, byStatus((s) => (s.hollow ? HOLLOW_WIDEN : 0))];

/** Link line layers, one per kind so each has its own dash pattern; the status sets opacity and hollowness. */
function linkLayers(): LayerSpecification[] {
  return COOPERATION_KINDS.map((kind): LayerSpecification => ({
    id: `links-${kind}`,
    type: 'line',
    source: 'links',
    filter: ['==', ['get', 'kind'], kind],
    layout: { 'line-cap': LINK_STYLES[kind].cap, 'line-join': 'round' },
    paint: {
      'line-color': ['case', ['==', COMPARED, 2], COMPARE_STYLES.endedColor, LINK_STYLES[kind].color],
      'line-width': STROKE_WIDTH,
      'line-dasharray': [...LINK_STYLES[kind].dash],
      'line-opacity': [
        '*',
        byEmphasis(1, 1, 0.12, LINK_STYLES[kind].opacity),
        byStatus((s) => s.opacity),
        ['match', COMPARED, 3, COMPARE_STYLES.unchangedOpacity, 1],
      ],
    },
  }));
}

/** The layers of individual links, drawn only from `AGGREGATE_MAX_ZOOM` on when a model has aggregate lanes. */
export const INDIVIDUAL_LINK_LAYERS: readonly string[] = ['links-casing', ...COOPERATION_KINDS.map((k) => `links-${k}`), 'link-arrows'];

/**
 * The aggregate lanes of a large network (`linkAggregates.ts`), drawn below
 * `AGGREGATE_MAX_ZOOM` under the link arrows; only added to the map for a
 * model that has them, so the style of a small network is unchanged.
 */
export function aggregateLayers(): LayerSpecification[] {
  return [
    {
      id: 'link-aggregates',
      type: 'line',
      source: 'link-aggregates',
      maxzoom: AGGREGATE_MAX_ZOOM,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['get', 'color'],
        'line-width': ['coalesce', ['feature-state', 'w'], 0],
        'line-opacity': byEmphasis(0.95, 0.95, 0.12, 0.7),
      },
    },
  ];
}

/** The layer the aggregate lanes go beneath. */
export const AGGREGATES_BEFORE = 'link-arrows';

/**
 * A label layer's `text-size` in `mode`: `size` on screen; in presentation raised until its smallest
 * part (drawn at `scale` of the size) is `MIN_TEXT_PX.presentation`.
 */
function textSize(size: number | ExpressionSpecification, mode: TextMode, scale = 1): number | ExpressionSpecification {
  if (typeof size === 'number') return labelPx(size, mode, scale);
  return mode === 'screen' ? size : ['max', size, MIN_TEXT_PX[mode] / scale];
}

/** The `text-size` of every label layer in `mode`: what the view sets when scene mode comes or goes. */
export function labelSizes(mode: TextMode): [string, number | ExpressionSpecification][] {
  return styleLayers(mode).flatMap((l) =>
    l.type === 'symbol' && l.layout?.['text-size'] !== undefined ? [[l.id, l.layout['text-size'] as number | ExpressionSpecification]] : [],
  );
}

/** The style's layers, bottom to top, with text sized for `mode`. */
export function styleLayers(mode: TextMode = 'screen'): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
    { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': COLORS.land } },
    { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': COLORS.neighbour } },
    { id: 'neighbours-line', type: 'line', source: 'neighbours', paint: { 'line-color': '#c8c4b8', 'line-width': 0.8 } },
    {
      id: 'other-borders',
      type: 'line',
      source: 'country-borders',
      filter: ['!', ['get', 'france']],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#8d8a82', 'line-width': 1 },
    },
    {
      id: 'territories-fill',
      type: 'fill',
      source: 'territories',
      paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], '#eeeeee']], 'fill-opacity': 0.92 },
    },
    { id: 'territories-line', type: 'line', source: 'territories', paint: { 'line-color': COLORS.territoryLine, 'line-width': 1.2 } },
    { id: 'bassins-line', type: 'line', source: 'bassins', paint: { 'line-color': '#ffffff', 'line-width': 2.6 } },
    {
      id: 'departements-line',
      type: 'line',
      source: 'departements',
      paint: { 'line-color': '#8d8574', 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    { id: 'region-line', type: 'line', source: 'region', paint: { 'line-color': COLORS.regionOutline, 'line-width': 1.6 } },
    // The borders of France (Belgium above all): a white casing under dark dashes, unlike any other line.
    {
      id: 'country-borders-casing',
      type: 'line',
      source: 'country-borders',
      filter: ['get', 'france'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': 4 },
    },
    {
      id: 'country-borders',
      type: 'line',
      source: 'country-borders',
      filter: ['get', 'france'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': COLORS.border, 'line-width': 2.2, 'line-dasharray': [2.5, 1.2] },
    },
    {
      id: 'territories-focus',
      type: 'line',
      source: 'territories',
      paint: { 'line-color': COLORS.focus, 'line-width': 3, 'line-opacity': ['coalesce', ['feature-state', 'f'], 0] },
    },
    {
      id: 'links-casing',
      type: 'line',
      source: 'links',
      layout: { 'line-join': 'round' },
      paint: {
        // Compare mode: what appeared between the two dates gets a wide halo.
        'line-color': ['case', ['==', COMPARED, 1], COMPARE_STYLES.appearedHalo, '#ffffff'],
        'line-width': [
          '+',
          ['coalesce', ['feature-state', 'w'], 2],
          byStatus((s) => (s.hollow ? HOLLOW_WIDEN : 0)),
          ['case', ['==', COMPARED, 1], COMPARE_STYLES.appearedHaloWidth, 2.5],
        ],
        'line-opacity': ['case', ['==', COMPARED, 1], SHOWN, byEmphasis(0.9, 0.9, 0, 0.55)],
      },
    },
    ...linkLayers(),
    // The white core of hollow links (projects, names in a list), drawn over their coloured line.
    {
      id: 'links-core',
      type: 'line',
      source: 'links',
      filter: ['in', ['get', 'status'], ['literal', LINK_STATUSES.filter((s) => LINK_STATUS_STYLES[s].hollow)]],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': COLORS.halo,
        'line-width': ['max', 0.5, ['-', LINK_WIDTH, HOLLOW_CORE_INSET]],
        'line-opacity': ['*', byEmphasis(1, 1, 0.12, 1), byStatus((s) => s.opacity)],
      },
    },
    {
      id: 'link-arrows',
      type: 'symbol',
      source: 'link-arrows',
      layout: {
        'icon-image': 'arrow',
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // A layout value cannot read feature-state: one arrow size for every width.
        'icon-size': ARROW_SIZE,
      },
      paint: { 'icon-opacity': byEmphasis(1, 1, 0.12, 0.95) },
    },
    // Leader lines from dodged establishments to the point they share (`dodge.ts`).
    {
      id: 'leaders',
      type: 'line',
      source: 'leaders',
      paint: { 'line-color': COLORS.leader, 'line-width': 1, 'line-opacity': byEmphasis(1, 1, 0.3, 0.9) },
    },
    // The sites' proportional marks, and (rate view) the territories': two layers, as only the sites' wait for zoom
    // in a large network (see `SITE_LAYERS`). They are never shown together (feature-state `o`).
    countMarkLayer('count-marks', ['!', isTerritoryMarkFeature]),
    countMarkLayer('territory-marks', isTerritoryMarkFeature),
    // Symbols: the focus and its partners are drawn larger by layers of their own (a size is a layout value).
    establishmentSymbols('establishments', 1, byEmphasis(0, 0, 0.3, 1)),
    establishmentSymbols('establishments-related', 1.1, onlyAt(2, 1)),
    establishmentSymbols('establishments-focus', 1.45, onlyAt(1, 1)),
    ...LABEL_SETS.flatMap((set) => labelLayers(set, mode)),
  ];
}

/** A count mark of a territory (`TERRITORY_MARK_PREFIX`), not of a site. */
const isTerritoryMarkFeature: ExpressionSpecification = [
  '==',
  ['slice', ['get', 'id'], 0, TERRITORY_MARK_PREFIX.length],
  TERRITORY_MARK_PREFIX,
];

function countMarkLayer(id: string, filter: ExpressionSpecification): LayerSpecification {
  return {
    id,
    type: 'circle',
    source: 'count-marks',
    filter,
    paint: {
      'circle-radius': ['coalesce', ['feature-state', 'r'], 0],
      'circle-color': COLORS.countFill,
      'circle-stroke-color': COLORS.countStroke,
      'circle-stroke-width': ['case', ['get', 'group'], 2, 1.2],
      'circle-opacity': byEmphasis(1, 1, 0.25, 1),
      'circle-stroke-opacity': byEmphasis(1, 1, 0.25, ['case', ['get', 'inferred'], 0.55, 1]),
    },
  };
}

/** The logical label layers, in the order drawn (a later layer is placed first, so territory names win). */
export const LABEL_LAYERS = [
  'context-labels',
  'establishment-labels',
  'establishment-labels-focus',
  'count-mark-labels',
  'mark-rooms',
  'territory-value-rooms',
  'territory-labels',
] as const;
export type LabelLayer = (typeof LABEL_LAYERS)[number];

/** The MapLibre layer drawing `layer` for a label set, and back. */
export const setLayerId = (layer: LabelLayer, set: LabelSet): string => `${layer}:${set}`;
export const logicalLayer = (id: string): string => id.split(':')[0] ?? id;

/**
 * The sites (their symbols, leader lines, proportional marks, the values on
 * group marks and their names, in every label set, the focus's copies
 * included), drawn like the individual links only from `AGGREGATE_MAX_ZOOM`
 * on when a model has aggregate lanes. At the zooms of the lanes, thousands
 * of sites share a few hundred pixels: an unreadable carpet of symbols over
 * the lanes, and laying them out in the worker, placing their names (every
 * frame, as no label fades) and drawing them was most of what a
 * national-scale map cost to load and to filter. The counts are unchanged:
 * the territories' values and colours and the lanes carry them, and a focus
 * zooms to where its site is drawn (`MapView.reveal`).
 */
export const SITE_LAYERS: readonly string[] = [
  'leaders',
  'count-marks',
  'establishments',
  'establishments-related',
  'establishments-focus',
  ...LABEL_SETS.flatMap((set) =>
    (['establishment-labels', 'establishment-labels-focus', 'count-mark-labels'] as const).map((layer) => setLayerId(layer, set)),
  ),
];

/** A set's label is drawn only while its set is shown: the view sets `o` on the set's features (see `featureStates`). */
const roleFilter = (role: LabelRole): ExpressionSpecification => ['==', ['get', 'role'], role];

/** The site labels' layout, the same in each set and for the focus's copy (its font and size apart). */
const siteLayout = (): SymbolLayerSpecification['layout'] => ({
  'text-field': ['get', 'text'],
  'symbol-sort-key': ['get', 'sortKey'],
  'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-right'],
  'text-radial-offset': ['case', ['get', 'hub'], 1.1, 0.75],
  'text-justify': 'auto',
  'text-max-width': 12,
  'text-padding': 3,
});

/**
 * The label layers of one set (see `labelSets.ts`). Every text is fixed: a
 * filter, focus or scheme change only changes feature-state.
 */
function labelLayers(set: LabelSet, mode: TextMode): LayerSpecification[] {
  const source = labelSource(set);
  const sitePaint = { 'text-color': COLORS.text, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.6 };
  const layers: LayerSpecification[] = [
    {
      id: setLayerId('context-labels', set),
      type: 'symbol',
      source,
      filter: roleFilter('context'),
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT_REGULAR],
        'text-size': textSize(['get', 'size'], mode),
        'text-letter-spacing': 0.18,
        'text-transform': 'uppercase',
        'text-allow-overlap': false,
      },
      paint: {
        'text-color': ['get', 'color'],
        'text-halo-color': 'rgba(255,255,255,0.7)',
        'text-halo-width': 1,
        'text-opacity': ['*', SHOWN, UNCUT],
      },
    },
    {
      id: setLayerId('establishment-labels', set),
      type: 'symbol',
      source,
      filter: roleFilter('site'),
      layout: {
        ...siteLayout(),
        'text-font': ['case', ['get', 'hub'], ['literal', [FONT_BOLD]], ['literal', [FONT_REGULAR]]],
        'text-size': ['case', ['get', 'hub'], textSize(LABEL_PX.hub, mode), textSize(LABEL_PX.site, mode)],
      },
      paint: { ...sitePaint, 'text-opacity': ['*', byEmphasis(0, 1, 0.35, 1), UNCUT] },
    },
    // The focus's label, in bold, above the others so that it wins collisions.
    {
      id: setLayerId('establishment-labels-focus', set),
      type: 'symbol',
      source,
      filter: roleFilter('site'),
      layout: {
        ...siteLayout(),
        'text-font': [FONT_BOLD],
        'text-size': textSize(LABEL_PX.hub, mode),
        // Only one feature is the focus: the hidden copies of the others must not take its room.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { ...sitePaint, 'text-opacity': ['*', onlyAt(1, 1), UNCUT] },
    },
    // The values printed on group circles.
    {
      id: setLayerId('count-mark-labels', set),
      type: 'symbol',
      source,
      filter: roleFilter('mark'),
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT_BOLD],
        'text-size': textSize(LABEL_PX.mark, mode),
        // Always drawn, and placed before the site labels (a later layer is placed first), which keep clear of it.
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': MARK_TEXT,
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.4,
        'text-opacity': ['*', byEmphasis(1, 1, 0.3, 1), UNCUT],
      },
    },
    // The room of a rate-view territory circle's count (written in HTML: it follows the filters).
    {
      id: setLayerId('mark-rooms', set),
      type: 'symbol',
      source,
      filter: roleFilter('mark-room'),
      layout: {
        'text-field': MARK_ROOM_TEXT,
        'text-font': [FONT_BOLD],
        'text-size': textSize(LABEL_PX.mark, mode),
        'text-allow-overlap': true,
      },
      paint: { 'text-opacity': 0 },
    },
    // The room under a territory's name where its value is written (in HTML: it follows the filters).
    {
      id: setLayerId('territory-value-rooms', set),
      type: 'symbol',
      source,
      filter: roleFilter('value-room'),
      layout: {
        'text-field': ['format', VALUE_ROOM_TEXT, { 'font-scale': TERRITORY_VALUE_SCALE }],
        'text-font': [FONT_BOLD],
        'text-size': textSize(['get', 'size'], mode, TERRITORY_NAME_SCALE),
        'text-anchor': 'top',
        'text-offset': [0, TERRITORY_GAP_EM],
        'text-line-height': 1.15,
        'text-padding': 0,
      },
      paint: { 'text-opacity': 0 },
    },
    {
      id: setLayerId('territory-labels', set),
      type: 'symbol',
      source,
      filter: roleFilter('territory'),
      layout: {
        'text-field': ['format', ['upcase', ['get', 'name']], { 'font-scale': TERRITORY_NAME_SCALE }],
        'text-font': [FONT_BOLD],
        'text-size': textSize(['get', 'size'], mode, TERRITORY_NAME_SCALE),
        'text-letter-spacing': 0.06,
        'text-line-height': 1.15,
        'text-anchor': 'bottom',
        'text-offset': [0, -TERRITORY_GAP_EM],
        'text-padding': 0,
      },
      paint: {
        'text-color': TERRITORY_TEXT,
        'text-halo-color': 'rgba(255,255,255,0.9)',
        'text-halo-width': 1.8,
        'text-opacity': ['*', SHOWN, UNCUT],
      },
    },
  ];
  return layers;
}

function establishmentSymbols(id: string, size: number, opacity: ExpressionSpecification): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: 'establishments',
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-size': size,
    },
    paint: { 'icon-opacity': opacity },
  };
}

/**
 * The paint properties that choose a layer's shader program in MapLibre, with
 * MapLibre's defaults. A property constant over a layer is compiled in as a
 * uniform, one that varies by feature as a vertex attribute: a line layer with
 * a fixed colour and one with a colour per feature need two programs. With
 * software WebGL every program, and every pipeline state it is drawn in, is
 * compiled on the map's first drawing (tens of milliseconds each here), which
 * made that first drawing three to four times a repaint. So `sharedPrograms`
 * makes these properties per-feature everywhere (their values unchanged):
 * one program per layer type (one more for dashed lines), 17 → 9 for the map.
 * A style test checks both the one program and the unchanged values.
 */
const PROGRAM_PAINT: Readonly<Partial<Record<LayerSpecification['type'], Readonly<Record<string, string | number>>>>> = {
  fill: { 'fill-color': '#000000' },
  line: { 'line-color': '#000000', 'line-opacity': 1, 'line-width': 1 },
  symbol: { 'text-color': '#000000', 'text-opacity': 1 },
};

/** Operators whose value depends on the feature (its properties, id, geometry or state). */
const FEATURE_OPERATORS = new Set(['get', 'has', 'properties', 'feature-state', 'id', 'geometry-type', 'accumulated']);

const readsFeature = (value: unknown): boolean =>
  Array.isArray(value) && ((typeof value[0] === 'string' && FEATURE_OPERATORS.has(value[0])) || value.some(readsFeature));

/** A property no feature has: `case` on it always gives the same value, but per feature. */
const NO_SUCH_PROPERTY = '-program';

/** `value`, made per-feature (see `PROGRAM_PAINT`); a zoom curve keeps its stops, each made per-feature. */
function perFeature(value: unknown): unknown {
  if (readsFeature(value)) return value;
  if (Array.isArray(value) && (value[0] === 'interpolate' || value[0] === 'step')) {
    // ['step', zoom, output, stop, output, …] and ['interpolate', type, zoom, stop, output, …]: outputs at even places.
    const firstOutput = value[0] === 'step' ? 2 : 4;
    return value.map((part: unknown, i) => (i >= firstOutput && i % 2 === 0 ? perFeature(part) : part));
  }
  return ['case', ['has', NO_SUCH_PROPERTY], value, value];
}

/**
 * `layers` as handed to MapLibre: the program-choosing paint of each layer
 * made per-feature (`PROGRAM_PAINT`). A text layer whose opacity is 0 is left
 * alone: MapLibre never draws it.
 */
export function sharedPrograms(layers: readonly LayerSpecification[]): LayerSpecification[] {
  return layers.map((layer) => {
    const defaults = PROGRAM_PAINT[layer.type];
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    if (!defaults || (layer.type === 'symbol' && (layer.layout?.['text-field'] === undefined || paint['text-opacity'] === 0))) return layer;
    const shared = Object.fromEntries(Object.entries(defaults).map(([name, fallback]) => [name, perFeature(paint[name] ?? fallback)]));
    return { ...layer, paint: { ...paint, ...shared } } as LayerSpecification;
  });
}

/** The whole style, with the fonts bundled by the app. */
export function buildStyle(fonts: { regular: string; bold: string }): StyleSpecification {
  return {
    version: 8,
    name: 'coopmap',
    'font-faces': { [FONT_REGULAR]: fonts.regular, [FONT_BOLD]: fonts.bold },
    sources: Object.fromEntries([...STYLE_SOURCE_IDS, ...LABEL_SOURCES].map((id) => [id, emptySource()])),
    layers: sharedPrograms(styleLayers()),
  };
}
