/**
 * The offline MapLibre style: no tile server, no glyph server, no API key.
 * Text is drawn in the browser from the Noto Sans files declared in
 * `font-faces`; every source is GeoJSON filled in by the view. Pure: the
 * layer list is snapshotted by a golden test.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification, ExpressionSpecification } from 'maplibre-gl';
import { COOPERATION_KINDS } from '../model/types.ts';
import { COLORS, LINK_STYLES } from './palette.ts';

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
  'context-labels',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

const emptySource = (): SourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

/** Opacity by emphasis: what is out of the focus fades, the rest stays. */
const byEmphasis = (
  focus: number,
  related: number,
  dim: number,
  normal: number | ExpressionSpecification,
): ExpressionSpecification => [
  'match',
  ['get', 'emphasis'],
  'focus',
  focus,
  'related',
  related,
  'dim',
  dim,
  normal,
];

/** Link line layers, one per kind so each has its own dash pattern. */
function linkLayers(): LayerSpecification[] {
  return COOPERATION_KINDS.map(
    (kind): LayerSpecification => ({
      id: `links-${kind}`,
      type: 'line',
      source: 'links',
      filter: ['==', ['get', 'kind'], kind],
      layout: { 'line-cap': LINK_STYLES[kind].cap, 'line-join': 'round' },
      paint: {
        'line-color': LINK_STYLES[kind].color,
        'line-width': ['case', ['==', ['get', 'emphasis'], 'focus'], ['+', ['get', 'width'], 1], ['get', 'width']],
        'line-dasharray': [...LINK_STYLES[kind].dash],
        'line-opacity': byEmphasis(1, 1, 0.12, LINK_STYLES[kind].opacity),
      },
    }),
  );
}

/** The style's layers, bottom to top. */
export function styleLayers(): LayerSpecification[] {
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
      paint: { 'fill-color': ['get', 'fill'], 'fill-opacity': 0.92 },
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
      filter: ['==', ['get', 'focus'], true],
      paint: { 'line-color': COLORS.focus, 'line-width': 3 },
    },
    {
      id: 'links-casing',
      type: 'line',
      source: 'links',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': '#ffffff',
        'line-width': ['+', ['get', 'width'], 2.5],
        'line-opacity': byEmphasis(0.9, 0.9, 0, 0.55),
      },
    },
    ...linkLayers(),
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
        'icon-size': ['interpolate', ['linear'], ['get', 'width'], 1.5, 0.8, 9, 1.5],
      },
      paint: { 'icon-opacity': byEmphasis(1, 1, 0.12, 0.95) },
    },
    {
      id: 'count-marks',
      type: 'circle',
      source: 'count-marks',
      paint: {
        'circle-radius': ['get', 'r'],
        'circle-color': COLORS.countFill,
        'circle-stroke-color': COLORS.countStroke,
        'circle-stroke-width': ['case', ['get', 'group'], 2, 1.2],
        'circle-opacity': byEmphasis(1, 1, 0.25, 1),
        'circle-stroke-opacity': byEmphasis(1, 1, 0.25, ['case', ['get', 'inferred'], 0.55, 1]),
      },
    },
    {
      id: 'count-mark-labels',
      type: 'symbol',
      source: 'count-marks',
      filter: ['get', 'group'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT_BOLD],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#4a2c00', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4, 'text-opacity': byEmphasis(1, 1, 0.3, 1) },
    },
    {
      id: 'establishments',
      type: 'symbol',
      source: 'establishments',
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': ['match', ['get', 'emphasis'], 'focus', 1.45, 'related', 1.1, 1],
        'symbol-sort-key': ['-', 0, ['get', 'sortKey']],
      },
      paint: { 'icon-opacity': byEmphasis(1, 1, 0.3, 1) },
    },
    {
      id: 'context-labels',
      type: 'symbol',
      source: 'context-labels',
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT_REGULAR],
        'text-size': ['get', 'size'],
        'text-letter-spacing': 0.18,
        'text-transform': 'uppercase',
        'text-allow-overlap': false,
      },
      paint: { 'text-color': ['get', 'color'], 'text-halo-color': 'rgba(255,255,255,0.7)', 'text-halo-width': 1 },
    },
    {
      id: 'establishment-labels',
      type: 'symbol',
      source: 'establishments',
      layout: {
        'text-field': ['get', 'label'],
        'text-font': ['case', ['any', ['get', 'hub'], ['==', ['get', 'emphasis'], 'focus']], ['literal', [FONT_BOLD]], ['literal', [FONT_REGULAR]]],
        'text-size': ['case', ['get', 'hub'], 14, ['==', ['get', 'emphasis'], 'focus'], 14, 12],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-right'],
        'text-radial-offset': ['case', ['get', 'hub'], 1.1, 0.75],
        'text-justify': 'auto',
        'text-max-width': 12,
        'symbol-sort-key': ['get', 'sortKey'],
        'text-padding': 3,
      },
      paint: {
        'text-color': COLORS.text,
        'text-halo-color': COLORS.halo,
        'text-halo-width': 1.6,
        'text-opacity': byEmphasis(1, 1, 0.35, 1),
      },
    },
    {
      id: 'territory-labels',
      type: 'symbol',
      source: 'territory-labels',
      layout: {
        'text-field': [
          'format',
          ['upcase', ['get', 'name']],
          { 'font-scale': 0.85 },
          '\n',
          {},
          // Rates carry their display text (legend decimals, the UI's decimal mark); counts print as they are.
          ['coalesce', ['get', 'valueText'], ['to-string', ['coalesce', ['get', 'value'], '']]],
          { 'font-scale': 1.25 },
        ],
        'text-font': [FONT_BOLD],
        'text-size': ['get', 'size'],
        'text-letter-spacing': 0.06,
        'text-line-height': 1.15,
        'text-padding': 2,
      },
      paint: { 'text-color': '#4a3a1f', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.8 },
    },
  ];
}

/** The whole style, with the fonts bundled by the app. */
export function buildStyle(fonts: { regular: string; bold: string }): StyleSpecification {
  return {
    version: 8,
    name: 'coopmap',
    'font-faces': { [FONT_REGULAR]: fonts.regular, [FONT_BOLD]: fonts.bold },
    sources: Object.fromEntries(SOURCE_IDS.map((id) => [id, emptySource()])),
    layers: styleLayers(),
  };
}
