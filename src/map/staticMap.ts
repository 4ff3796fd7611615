/**
 * The map without WebGL: when the browser has no WebGL 2 (disabled, blocked
 * by policy, no GPU) or loses its context, `<coop-map>` draws a static vector
 * map instead of a blank canvas. This module turns the same `MapData` the
 * MapLibre map receives (territories with their choropleth fill, links,
 * establishments) into SVG path strings with d3-geo, so both maps show the
 * same thing. Pure: no lit, no MapLibre.
 */
import { geoPath, geoTransform, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MapData } from './mapData.ts';
import { mercatorY, RAD } from './mercator.ts';
import {
  COLORS,
  ESTABLISHMENT_SHAPES,
  LINK_STATUS_STYLES,
  LINK_STYLES,
  linkCoreWidth,
  linkDash,
  linkStrokeWidth,
  symbolPoints,
} from './palette.ts';
import type { LinkStatus } from '../query/linkStatus.ts';
import type { CooperationKind, EstablishmentKind } from '../model/types.ts';

/** Room kept free around the region, in pixels (panels floating over the map). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One territory (bassin or zone) of the static map. */
export interface StaticArea {
  id: string;
  name: string;
  /** The bassin the territory belongs to (itself for a bassin). */
  bassin: string;
  value: number | null;
  /** The value as the live map writes it (rates: the legend's decimals, the UI's decimal mark); null without a value. */
  valueText: string | null;
  fill: string;
  focus: boolean;
  d: string;
  /** Where its label goes, or null when off the drawing. */
  label: [number, number] | null;
  /** Label size in pixels (smaller for zones than for bassins). */
  labelSize: number;
}

export interface StaticLink {
  id: string;
  kind: CooperationKind;
  d: string;
  color: string;
  width: number;
  /** SVG `stroke-dasharray` scaled to the width ('' = solid). */
  dash: string;
  dim: boolean;
  /** How firmly it stands (`LINK_STATUS_STYLES`): its opacity, and its white core width (0 = not hollow). */
  status: LinkStatus;
  opacity: number;
  core: number;
}

export interface StaticSite {
  id: string;
  kind: EstablishmentKind;
  label: string;
  hub: boolean;
  /** SVG `points` of its symbol (the shape of its kind, a star for the CHRU). */
  points: string;
  x: number;
  y: number;
  emphasis: string;
}

/** Everything the static map draws, in pixels of a `width` × `height` drawing. */
export interface StaticMapModel {
  width: number;
  height: number;
  /** Neighbouring land (countries, neighbouring départements) for context. */
  land: string[];
  areas: StaticArea[];
  /** Outlines drawn over the areas: départements and, on the zone grid, bassins. */
  lines: { d: string; kind: 'departement' | 'bassin' | 'region' | 'border' }[];
  links: StaticLink[];
  /** Leader lines of dodged establishments, from the shared point to the symbol. */
  leaders: { id: string; d: string }[];
  sites: StaticSite[];
}

type Props = Record<string, unknown> | null;

/**
 * Web Mercator in radians, done by hand on a planar stream as MapLibre draws
 * it: d3's spherical projections would read the RFC 7946 (counter-clockwise)
 * rings of the geometry as the rest of the globe.
 */
const mercator = (lon: number, lat: number): [number, number] => [lon * RAD, mercatorY(Math.max(-85, Math.min(85, lat)))];
type Collection = FeatureCollection<Geometry | null, Props>;

const props = (f: Feature<Geometry | null, Props>): Record<string, unknown> => f.properties ?? {};
const withGeometry = (fc: Collection | undefined): Feature<Geometry, Props>[] =>
  (fc?.features ?? []).filter((f): f is Feature<Geometry, Props> => f.geometry !== null && f.geometry !== undefined);

/**
 * Projects `data` into a `width` × `height` drawing (Web Mercator, like the
 * MapLibre map), the region fitted inside `insets`. Shapes are not clipped:
 * the SVG viewport cuts what lies outside. Returns null when there
 * is nothing to fit (no geometry and no establishment).
 */
export function staticMapModel(
  data: MapData,
  width: number,
  height: number,
  insets: Insets = { top: 16, right: 16, bottom: 16, left: 16 },
): StaticMapModel | null {
  const s = data.sources as Record<string, Collection>;
  const fitTo = [s['region'], s['territories'], s['establishments']].map(withGeometry).find((fs) => fs.length > 0);
  if (!fitTo || width <= 0 || height <= 0) return null;
  // Never ask for more insets than the drawing has room for.
  const left = Math.min(insets.left, width * 0.45);
  const right = Math.min(insets.right, width * 0.45);
  const top = Math.min(insets.top, height * 0.45);
  const bottom = Math.min(insets.bottom, height * 0.45);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const extend = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      const [x, y] = mercator(c[0], c[1]);
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    } else if (Array.isArray(c)) c.forEach(extend);
  };
  for (const f of fitTo) extend((f.geometry as { coordinates?: unknown }).coordinates);
  if (!Number.isFinite(x0)) return null;
  const k = Math.min((width - left - right) / Math.max(x1 - x0, 1e-9), (height - top - bottom) / Math.max(y1 - y0, 1e-9));
  const tx = left + (width - left - right - k * (x1 - x0)) / 2 - k * x0;
  const ty = top + (height - top - bottom - k * (y1 - y0)) / 2 + k * y1;
  const projection = (lon: number, lat: number): [number, number] => {
    const [x, y] = mercator(lon, lat);
    return [tx + k * x, ty - k * y];
  };
  const path = geoPath(
    geoTransform({
      point(lon, lat) {
        const [x, y] = projection(lon, lat);
        this.stream.point(x, y);
      },
    }),
  ).digits(1);
  const d = (f: Feature<Geometry, Props>): string => path(f as GeoPermissibleObjects) ?? '';
  const inside = (p: [number, number] | null): p is [number, number] =>
    p !== null && p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;
  const project = (coordinates: unknown): [number, number] | null => {
    if (!Array.isArray(coordinates) || typeof coordinates[0] !== 'number' || typeof coordinates[1] !== 'number') return null;
    const [x, y] = projection(coordinates[0], coordinates[1]);
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };

  const land = [...withGeometry(s['countries']), ...withGeometry(s['neighbours'])].map(d).filter((x) => x !== '');

  const labelAt = new Map<string, { at: [number, number]; size: number }>();
  for (const f of withGeometry(s['territory-labels'])) {
    const p = project((f.geometry as { coordinates?: unknown }).coordinates);
    const size = props(f)['size'];
    if (inside(p)) labelAt.set(String(props(f)['id']), { at: p, size: typeof size === 'number' ? size : 13 });
  }
  const areas: StaticArea[] = withGeometry(s['territories']).map((f) => {
    const p = props(f);
    const id = String(p['id'] ?? '');
    return {
      id,
      name: String(p['name'] ?? id),
      bassin: String(p['bassin'] ?? id),
      value: typeof p['value'] === 'number' ? p['value'] : null,
      valueText: typeof p['value'] === 'number' ? String(p['valueText'] ?? p['value']) : null,
      fill: typeof p['fill'] === 'string' ? p['fill'] : COLORS.land,
      focus: p['focus'] === true,
      d: d(f),
      label: labelAt.get(id)?.at ?? null,
      labelSize: labelAt.get(id)?.size ?? 13,
    };
  });

  const lines: StaticMapModel['lines'] = [
    ...withGeometry(s['departements']).map((f) => ({ d: d(f), kind: 'departement' as const })),
    ...withGeometry(s['bassins']).map((f) => ({ d: d(f), kind: 'bassin' as const })),
    ...withGeometry(s['region']).map((f) => ({ d: d(f), kind: 'region' as const })),
    ...withGeometry(s['country-borders'])
      .filter((f) => props(f)['france'] === true)
      .map((f) => ({ d: d(f), kind: 'border' as const })),
  ].filter((l) => l.d !== '');

  const links: StaticLink[] = withGeometry(s['links']).map((f) => {
    const p = props(f);
    const kind = String(p['kind']) as CooperationKind;
    const style = LINK_STYLES[kind] ?? LINK_STYLES.gcs;
    // As the style draws it: the focus's links one pixel wider, the dash pattern in line widths.
    const lineWidth = (typeof p['width'] === 'number' ? p['width'] : 2) + (p['emphasis'] === 'focus' ? 1 : 0);
    const status = (typeof p['status'] === 'string' && p['status'] in LINK_STATUS_STYLES ? p['status'] : 'firm') as LinkStatus;
    const widthPx = linkStrokeWidth(status, lineWidth);
    return {
      id: String(p['id']),
      kind,
      d: d(f),
      color: style.color,
      width: widthPx,
      dash: linkDash(kind, widthPx),
      dim: p['emphasis'] === 'dim',
      status,
      opacity: style.opacity * LINK_STATUS_STYLES[status].opacity,
      core: linkCoreWidth(status, lineWidth),
    };
  });

  const sites: StaticSite[] = [];
  for (const f of withGeometry(s['establishments'])) {
    const p = props(f);
    const at = project((f.geometry as { coordinates?: unknown }).coordinates);
    if (!inside(at)) continue;
    const kind = String(p['kind']) as EstablishmentKind;
    const hub = p['hub'] === true;
    const shape = hub ? 'hub' : (ESTABLISHMENT_SHAPES[kind] ?? 'circle');
    sites.push({
      id: String(p['id']),
      kind,
      label: String(p['label'] ?? ''),
      hub,
      points: symbolPoints(shape, at[0], at[1], hub ? 9 : 5),
      x: at[0],
      y: at[1],
      emphasis: String(p['emphasis'] ?? 'normal'),
    });
  }
  const leaders = withGeometry(s['leaders'])
    .map((f) => ({ id: String(props(f)['id']), d: d(f) }))
    .filter((l) => l.d !== '');
  return { width, height, land, areas, lines, links, leaders, sites };
}
