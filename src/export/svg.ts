/**
 * The current view as a true vector SVG: the same GeoJSON the map draws
 * (`buildMapData` from the territory TopoJSON and the query results),
 * projected with d3-geo's Web Mercator at the map's own camera, styled with
 * the map's palette, plus the title, caption, legend and credit line of
 * `overlay.ts`. Pure: a string out, no DOM.
 *
 * Over 350 lines because it is one renderer of the map description, layer by
 * layer, in the order MapLibre draws them; splitting it would split that order.
 */
import { geoMercator, geoPath, geoTransform } from 'd3-geo';
import { curveCatmullRom, line } from 'd3-shape';
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { AppState, SchemeCounts } from '../query/types.ts';
import type { MapData } from '../map/mapData.ts';
import {
  ARROW_SIZE,
  COLORS,
  LABEL_PX,
  LINK_STATUS_STYLES,
  LINK_STYLES,
  TERRITORY_NAME_SCALE,
  TERRITORY_VALUE_SCALE,
  TERRITORY_TEXT,
  MARK_TEXT,
  labelPx,
  linkCoreWidth,
  linkDash,
  linkStrokeWidth,
  symbolPolygon,
  type SymbolShape,
  type TextMode,
} from '../map/palette.ts';
import { territoryValues } from '../map/valueLabels.ts';
import { latitudeOf, mercatorY } from '../map/mercator.ts';
import type { LinkStatus } from '../query/linkStatus.ts';
import { escapeXml, estimateWidth, FONT_FAMILY, toSvg, type Measure, type Shape } from './draw.ts';
import { exportLayout, overlayShapes, type LegendInput } from './overlay.ts';

/** A map camera as MapLibre has it (north up, no pitch), and the size of the image in CSS pixels. */
export interface ExportCamera {
  center: [number, number];
  zoom: number;
  width: number;
  height: number;
}

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;

/**
 * The camera for an image of another size showing at least what `current`
 * shows (same centre, zoom changed by the ratio of the sizes): how a 16:9
 * export keeps the view of a map of any shape.
 */
export function fitCamera(current: ExportCamera, size: { width: number; height: number }): ExportCamera {
  const k = Math.min(size.width / current.width, size.height / current.height);
  return { center: current.center, zoom: current.zoom + Math.log2(k), width: size.width, height: size.height };
}

/** The camera fitting bounds [west, south, east, north] into `size` with `padding` pixels around, like `map.fitBounds`. */
export function cameraForBounds(
  bounds: [number, number, number, number],
  size: { width: number; height: number },
  padding = 0,
): ExportCamera {
  const [w, s, e, n] = bounds;
  const dx = ((e - w) / 360) * TILE;
  const dy = ((mercatorY(n) - mercatorY(s)) / (2 * Math.PI)) * TILE;
  const zoom = Math.log2(Math.min((size.width - 2 * padding) / dx, (size.height - 2 * padding) / dy));
  const midY = (mercatorY(n) + mercatorY(s)) / 2;
  const lat = latitudeOf(midY);
  return { center: [(w + e) / 2, lat], zoom, width: size.width, height: size.height };
}

/** d3-geo's Mercator set to the camera: `project([lon, lat])` gives the pixel MapLibre draws that point at. */
export function projectionFor(camera: ExportCamera): (p: readonly [number, number]) => [number, number] {
  const mercator = geoMercator()
    .scale((TILE * 2 ** camera.zoom) / (2 * Math.PI))
    .center(camera.center)
    .translate([camera.width / 2, camera.height / 2]);
  return (p) => mercator([p[0], p[1]]) as [number, number];
}

type Props = Record<string, unknown>;
type Collection = FeatureCollection<Geometry | null, Props | null>;

const props = (f: Feature<Geometry | null, Props | null>): Props => f.properties ?? {};
const num = (v: unknown, fallback = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

/** Opacity by emphasis, as the style's `byEmphasis`. */
/** A link's drawn status (`firm` when the data carries none). */
const statusOf = (p: Record<string, unknown> | null | undefined): LinkStatus => {
  const s = p?.['status'];
  return typeof s === 'string' && s in LINK_STATUS_STYLES ? (s as LinkStatus) : 'firm';
};

const byEmphasis = (e: unknown, focus: number, related: number, dim: number, normal: number): number =>
  e === 'focus' ? focus : e === 'related' ? related : e === 'dim' ? dim : normal;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A layer of the map: a group named by its id. */
const layer = (id: string, children: Shape[]): Shape => ({ kind: 'group', attrs: { id }, children });
const round2 = (v: number): number => Math.round(v * 100) / 100;

/**
 * The map of a view as shapes, bottom to top in the order of the MapLibre
 * style (`src/map/style.ts`): land, territories coloured by the choropleth
 * (each a path with `data-bassin`, and `data-zone` on the zones grid),
 * borders, links as curves with their dash and width, arrows, proportional
 * circles, establishment symbols, then labels placed greedily without
 * overlap (territory names first, then establishments by the style's sort key).
 */
export function mapShapes(mapData: MapData, camera: ExportCamera, measure: Measure = estimateWidth, mode: TextMode = 'screen'): Shape[] {
  const project = projectionFor(camera);
  // A planar transform: edges are straight in Web Mercator, exactly as MapLibre draws them (no spherical resampling).
  const transform = geoTransform({
    point(x, y) {
      const [px, py] = project([x, y]);
      this.stream.point(px, py);
    },
  });
  const path = geoPath(transform).digits(1);
  const src = mapData.sources as Record<string, Collection>;
  const features = (id: string): Feature<Geometry | null, Props | null>[] => src[id]?.features ?? [];
  const d = (f: Feature<Geometry | null, Props | null>): string => (f.geometry ? (path(f as Feature<Geometry>) ?? '') : '');
  const out: Shape[] = [{ kind: 'rect', x: 0, y: 0, w: camera.width, h: camera.height, fill: COLORS.sea }];

  out.push(
    layer(
      'countries',
      features('countries').map((f): Shape => ({ kind: 'path', d: d(f), fill: COLORS.land })),
    ),
  );
  out.push(
    layer(
      'neighbours',
      features('neighbours').map((f): Shape => ({ kind: 'path', d: d(f), fill: COLORS.neighbour, stroke: '#c8c4b8', strokeWidth: 0.8 })),
    ),
  );
  out.push(
    layer(
      'other-borders',
      features('country-borders')
        .filter((f) => props(f)['france'] !== true)
        .map((f): Shape => ({ kind: 'path', d: d(f), stroke: '#8d8a82', strokeWidth: 1, join: 'round' })),
    ),
  );

  // Territories: the choropleth, one path per bassin (or zone) with its id, value and colour.
  const territories = features('territories');
  const grid = territories.some((f) => props(f)['bassin'] !== props(f)['id']) ? 'zones' : 'bassins';
  out.push(
    layer(
      'territories',
      territories.map((f): Shape => {
        const p = props(f);
        const attrs: Record<string, string> = { 'data-bassin': str(p['bassin']), 'data-value': str(p['value']) };
        if (grid === 'zones') attrs['data-zone'] = str(p['id']);
        return {
          kind: 'group',
          attrs,
          title: p['value'] === null || p['value'] === undefined ? str(p['name']) : `${str(p['name'])} : ${str(p['value'])}`,
          children: [
            { kind: 'path', d: d(f), fill: str(p['fill']) || '#eeeeee', fillOpacity: 0.92, stroke: COLORS.territoryLine, strokeWidth: 1.2 },
          ],
        };
      }),
    ),
  );
  out.push(
    layer(
      'bassin-lines',
      features('bassins').map((f): Shape => ({ kind: 'path', d: d(f), stroke: '#ffffff', strokeWidth: 2.6 })),
    ),
  );
  out.push(
    layer(
      'departements',
      features('departements').map((f): Shape => ({ kind: 'path', d: d(f), stroke: '#8d8574', strokeWidth: 0.8, dash: '2.4 1.6' })),
    ),
  );
  out.push(
    layer(
      'region',
      features('region').map((f): Shape => ({ kind: 'path', d: d(f), stroke: COLORS.regionOutline, strokeWidth: 1.6 })),
    ),
  );
  const france = features('country-borders').filter((f) => props(f)['france'] === true);
  out.push(
    layer('france-border', [
      ...france.map((f): Shape => ({ kind: 'path', d: d(f), stroke: '#ffffff', strokeWidth: 4, join: 'round' })),
      ...france.map((f): Shape => ({ kind: 'path', d: d(f), stroke: COLORS.border, strokeWidth: 2.2, dash: '5.5 2.64', join: 'round' })),
    ]),
  );
  out.push(
    layer(
      'focus',
      territories
        .filter((f) => props(f)['focus'] === true)
        .map((f): Shape => ({ kind: 'path', d: d(f), stroke: COLORS.focus, strokeWidth: 3 })),
    ),
  );

  // Links: curves through the arc the map draws, casing first, then each kind with its colour and dash.
  const curve = line<[number, number]>().curve(curveCatmullRom.alpha(0.5)).digits(1);
  const links = (src['links']?.features ?? []).filter((f): f is Feature<LineString, Props> => f.geometry?.type === 'LineString');
  const linkPath = (f: Feature<LineString, Props>): string =>
    curve(f.geometry.coordinates.map((c) => project([c[0] as number, c[1] as number]))) ?? '';
  out.push(
    layer(
      'link-casings',
      links
        .filter((f) => f.properties['emphasis'] !== 'dim')
        .map((f): Shape => ({
          kind: 'path',
          d: linkPath(f),
          stroke: '#ffffff',
          strokeWidth: linkStrokeWidth(statusOf(f.properties), num(f.properties['width'], 2)) + 2.5,
          opacity: byEmphasis(f.properties['emphasis'], 0.9, 0.9, 0, 0.55),
          join: 'round',
        })),
    ),
  );
  out.push(
    layer(
      'links',
      links.map((f): Shape => {
        const p = f.properties;
        const kind = str(p['kind']) as keyof typeof LINK_STYLES;
        const style = LINK_STYLES[kind] ?? LINK_STYLES.gcs;
        const width = num(p['width'], 2) + (p['emphasis'] === 'focus' ? 1 : 0);
        // The status (`LINK_STATUS_STYLES`): paler when only attested or listed, hollow when not constituted.
        const status = statusOf(p);
        const stroke = linkStrokeWidth(status, width);
        const core = linkCoreWidth(status, width);
        const statusOpacity = LINK_STATUS_STYLES[status].opacity;
        const curvePath = linkPath(f);
        return {
          kind: 'group',
          attrs: { 'data-link': str(p['id']), 'data-kind': kind, 'data-status': status },
          children: [
            {
              kind: 'path',
              d: curvePath,
              stroke: style.color,
              strokeWidth: stroke,
              dash: linkDash(kind, stroke) || undefined,
              cap: style.cap,
              join: 'round',
              opacity: byEmphasis(p['emphasis'], 1, 1, 0.12, style.opacity) * statusOpacity,
            },
            ...(core > 0
              ? [
                  {
                    kind: 'group' as const,
                    attrs: { 'data-part': 'core' },
                    children: [
                      {
                        kind: 'path' as const,
                        d: curvePath,
                        stroke: COLORS.halo,
                        strokeWidth: core,
                        join: 'round' as const,
                        opacity: byEmphasis(p['emphasis'], 1, 1, 0.12, 1) * statusOpacity,
                      },
                    ],
                  },
                ]
              : []),
          ],
        };
      }),
    ),
  );
  const arrowShape: [number, number][] = [
    [0, -1],
    [0.85, 0.75],
    [0, 0.35],
    [-0.85, 0.75],
  ];
  out.push(
    layer(
      'arrows',
      (src['link-arrows']?.features ?? []).map((f): Shape => {
        const p = props(f);
        const [x, y] = project((f.geometry as Point).coordinates as [number, number]);
        // One size for every arrow, as the style's (a layout value there cannot follow the width).
        const r = 7 * ARROW_SIZE;
        const a = (num(p['bearing']) * Math.PI) / 180;
        const points = arrowShape.map(([ax, ay]): [number, number] => [
          x + (ax * Math.cos(a) - ay * Math.sin(a)) * r,
          y + (ax * Math.sin(a) + ay * Math.cos(a)) * r,
        ]);
        return {
          kind: 'polygon',
          points,
          fill: '#262626',
          stroke: '#ffffff',
          strokeWidth: 1.4,
          join: 'round',
          opacity: byEmphasis(p['emphasis'], 1, 1, 0.12, 0.95),
        };
      }),
    ),
  );

  // Leader lines of dodged establishments, faded with their establishment as the style does.
  const siteEmphasis = new Map(features('establishments').map((f) => [str(props(f)['id']), props(f)['emphasis']]));
  out.push(
    layer(
      'leaders',
      (src['leaders']?.features ?? [])
        .filter((f): f is Feature<LineString, Props> => f.geometry?.type === 'LineString')
        .map((f): Shape => {
          const [a, b] = f.geometry.coordinates.map((c) => project([c[0] as number, c[1] as number]));
          return {
            kind: 'group',
            attrs: { 'data-leader': str(f.properties['id']) },
            children: [
              {
                kind: 'path',
                d: `M${a?.[0].toFixed(1)},${a?.[1].toFixed(1)}L${b?.[0].toFixed(1)},${b?.[1].toFixed(1)}`,
                stroke: COLORS.leader,
                strokeWidth: 1,
                opacity: byEmphasis(siteEmphasis.get(str(f.properties['id'])), 1, 1, 0.3, 0.9),
              },
            ],
          };
        }),
    ),
  );

  // Proportional circles (largest first, as in the data) and their group labels.
  const marks = features('count-marks');
  out.push(
    layer(
      'count-marks',
      marks.map((f): Shape => {
        const p = props(f);
        const [cx, cy] = project((f.geometry as Point).coordinates as [number, number]);
        const o = byEmphasis(p['emphasis'], 1, 1, 0.25, 1);
        return {
          kind: 'group',
          attrs: { 'data-mark': str(p['id']), 'data-value': str(p['value']) },
          children: [
            { kind: 'circle', cx, cy, r: num(p['r']), fill: COLORS.countFill, opacity: o },
            {
              kind: 'circle',
              cx,
              cy,
              r: num(p['r']),
              stroke: COLORS.countStroke,
              strokeWidth: p['group'] === true ? 2 : 1.2,
              opacity: o * (p['inferred'] === true ? 0.55 : 1),
            },
          ],
        };
      }),
    ),
  );

  // Establishment symbols: the CHRU's star, a shape per kind.
  const establishments = features('establishments');
  out.push(
    layer(
      'establishments',
      establishments.map((f): Shape => {
        const p = props(f);
        const [cx, cy] = project((f.geometry as Point).coordinates as [number, number]);
        const hub = p['hub'] === true;
        const size = p['emphasis'] === 'focus' ? 1.45 : p['emphasis'] === 'related' ? 1.1 : 1;
        const shape = (hub ? 'hub' : str(p['icon']).replace(/^sym-/, '')) as SymbolShape | 'hub';
        const r = (hub ? 14 : 6.5) * size;
        return {
          kind: 'group',
          attrs: { 'data-establishment': str(p['id']), 'data-kind': str(p['kind']) },
          children: [
            {
              kind: 'polygon',
              points: symbolPolygon(shape).map(([x, y]): [number, number] => [cx + x * r, cy + y * r]),
              fill: hub ? COLORS.hubFill : COLORS.symbolFill,
              stroke: hub ? COLORS.hubStroke : '#ffffff',
              strokeWidth: (hub ? 2.4 : 1.6) * size,
              join: 'round',
              opacity: byEmphasis(p['emphasis'], 1, 1, 0.3, 1),
            },
          ],
        };
      }),
    ),
  );

  // Labels, placed without overlap: territory names win, then establishments by sort key, then context labels.
  const placed: Box[] = [];
  const inView = (b: Box): boolean => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= camera.width && b.y1 <= camera.height;
  const tryPlace = (b: Box): boolean => {
    if (!inView(b) || placed.some((q) => overlaps(q, b))) return false;
    placed.push(b);
    return true;
  };
  const halo = { color: 'rgba(255,255,255,0.9)', width: 1.8 };

  const territoryLabels: Shape[] = [];
  // The text the live map writes over the map (`territoryValues`: rates with the legend's decimals and the UI's decimal mark).
  const values = new Map(territoryValues(mapData));
  for (const f of features('territory-labels')) {
    const p = props(f);
    const [x, y] = project((f.geometry as Point).coordinates as [number, number]);
    const size = labelPx(num(p['size'], 13), mode, TERRITORY_NAME_SCALE);
    const name = str(p['name']).toLocaleUpperCase('fr');
    const value = values.get(str(p['id'])) ?? '';
    const nameSize = size * TERRITORY_NAME_SCALE;
    const valueSize = size * TERRITORY_VALUE_SCALE;
    const w = Math.max(measure(name, nameSize, 700) + name.length * size * 0.06, measure(value, valueSize, 700));
    // As the map draws it: the name's line ends at the label point, the value's line (the room the map keeps for it) starts there.
    const box = { x0: x - w / 2 - 2, y0: y - nameSize * 1.15, x1: x + w / 2 + 2, y1: y + valueSize * 1.15 };
    if (!tryPlace(box)) continue;
    territoryLabels.push({
      kind: 'text',
      x,
      y: y - nameSize * 0.3,
      text: name,
      size: nameSize,
      weight: 700,
      fill: TERRITORY_TEXT,
      anchor: 'middle',
      halo,
      letterSpacing: size * 0.06,
    });
    if (value)
      territoryLabels.push({
        kind: 'text',
        x,
        y: y + valueSize * 0.95,
        text: value,
        size: valueSize,
        weight: 700,
        fill: TERRITORY_TEXT,
        anchor: 'middle',
        halo,
      });
  }

  // Group marks carry their value on the circle (always drawn, as the style allows overlap).
  const markLabels: Shape[] = marks
    .filter((f) => str(props(f)['label']) !== '')
    .map((f): Shape => {
      const p = props(f);
      const [x, y] = project((f.geometry as Point).coordinates as [number, number]);
      return {
        kind: 'text',
        x,
        y: y + 4.2,
        text: str(p['label']),
        size: labelPx(LABEL_PX.mark, mode),
        weight: 700,
        fill: MARK_TEXT,
        anchor: 'middle',
        halo: { color: '#ffffff', width: 1.4 },
        opacity: byEmphasis(p['emphasis'], 1, 1, 0.3, 1),
      };
    });

  const siteLabels: Shape[] = [];
  const bySortKey = establishments.toSorted(
    (a, b) => num(props(a)['sortKey']) - num(props(b)['sortKey']) || str(props(a)['id']).localeCompare(str(props(b)['id'])),
  );
  for (const f of bySortKey) {
    const p = props(f);
    const text = str(p['label']);
    if (!text) continue;
    const [x, y] = project((f.geometry as Point).coordinates as [number, number]);
    const hub = p['hub'] === true;
    const bold = hub || p['emphasis'] === 'focus';
    const size = labelPx(bold ? LABEL_PX.hub : LABEL_PX.site, mode);
    const w = measure(text, size, bold ? 700 : 400);
    const h = size * 1.2;
    const off = size * (hub ? 1.1 : 0.75);
    // MapLibre's variable anchors, in the style's order: left, right, top, bottom, top-left, bottom-right.
    const candidates: [number, number, 'start' | 'middle' | 'end'][] = [
      [x + off, y, 'start'],
      [x - off, y, 'end'],
      [x, y + off + h / 2, 'middle'],
      [x, y - off - h / 2, 'middle'],
      [x + off * 0.7, y + off * 0.7 + h / 2, 'start'],
      [x - off * 0.7, y - off * 0.7 - h / 2, 'end'],
    ];
    for (const [tx, ty, anchor] of candidates) {
      const x0 = anchor === 'start' ? tx : anchor === 'end' ? tx - w : tx - w / 2;
      if (!tryPlace({ x0: x0 - 3, y0: ty - h / 2 - 3, x1: x0 + w + 3, y1: ty + h / 2 + 3 })) continue;
      siteLabels.push({
        kind: 'text',
        x: tx,
        y: ty + size * 0.36,
        text,
        size,
        weight: bold ? 700 : 400,
        fill: COLORS.text,
        anchor,
        halo: { color: COLORS.halo, width: 1.6 },
        opacity: byEmphasis(p['emphasis'], 1, 1, 0.35, 1),
      });
      break;
    }
  }

  const contextLabels: Shape[] = [];
  for (const f of features('context-labels')) {
    const p = props(f);
    const [x, y] = project((f.geometry as Point).coordinates as [number, number]);
    const size = labelPx(num(p['size'], 12), mode);
    const text = str(p['label']).toLocaleUpperCase('fr');
    const w = measure(text, size, 400) + text.length * size * 0.18;
    if (!tryPlace({ x0: x - w / 2, y0: y - size * 0.7, x1: x + w / 2, y1: y + size * 0.7 })) continue;
    contextLabels.push({
      kind: 'text',
      x,
      y: y + size * 0.36,
      text,
      size,
      fill: str(p['color']) || '#6a6458',
      anchor: 'middle',
      letterSpacing: size * 0.18,
      halo: { color: 'rgba(255,255,255,0.7)', width: 1 },
    });
  }

  out.push(layer('count-mark-labels', markLabels));
  out.push(layer('context-labels', contextLabels));
  out.push(layer('establishment-labels', siteLabels));
  out.push(layer('territory-labels', territoryLabels));
  return out;
}

/** The legend inputs of a view, from the state, its map data and the counts of the scheme shown. */
export function legendFor(state: AppState, mapData: MapData, counts: SchemeCounts | null): LegendInput {
  return {
    scheme: state.filters.scheme,
    grid: state.view.grid,
    classes: mapData.classes,
    links: mapData.linkKinds,
    maxMark: mapData.maxMark,
    maxWeight: mapData.maxWeight,
    filtered: counts?.filtered ?? false,
    period: counts ? { start: counts.period.start, end: counts.period.end } : null,
    kinds: mapData.establishmentKinds,
    hub: mapData.hub,
    statuses: mapData.statuses,
    ...(mapData.rateYear !== undefined ? { rateYear: mapData.rateYear } : {}),
  };
}

/**
 * The layout and map camera of an export of `size`: the map area shows
 * `bounds` when given (a scene's framing, fitted to the export rather than to
 * the screen with its overlays), else at least what the live map (`view`)
 * shows. The PNG and the SVG both use it, so they frame the same.
 */
export function exportFrame(
  view: ExportCamera,
  size: { width: number; height: number },
  bounds?: [number, number, number, number],
): { layout: ReturnType<typeof exportLayout>; camera: ExportCamera } {
  const layout = exportLayout(size.width, size.height);
  const area = { width: layout.map.w, height: layout.map.h };
  const pad = Math.round(Math.min(area.width, area.height) * 0.04);
  return { layout, camera: bounds ? cameraForBounds(bounds, area, pad) : fitCamera(view, area) };
}

/** Everything an SVG export needs. */
export interface SvgInput {
  mapData: MapData;
  /** The live map's camera and size. */
  view: ExportCamera;
  /** Size of the image, CSS pixels. */
  size: { width: number; height: number };
  /** Bounds to frame instead of the live view (a scene's). */
  bounds?: [number, number, number, number];
  lang: AppState['lang'];
  title: string;
  caption?: string;
  credit: string;
  legend: LegendInput;
  /** Text measurement (a canvas in the browser); an estimate by default. */
  measure?: Measure;
  /** Text sized for a screen (default) or for presentation (a scene's export: no label under 14 px). */
  textMode?: TextMode;
}

/** The SVG document (UTF-8 text, standalone, with an XML declaration). */
export function buildSvg(input: SvgInput): string {
  const { width, height } = input.size;
  const measure = input.measure ?? estimateWidth;
  const { layout, camera } = exportFrame(input.view, input.size, input.bounds);
  const body = toSvg([
    {
      kind: 'group',
      attrs: { id: 'map', 'clip-path': 'url(#map-area)' },
      translate: [layout.map.x, layout.map.y],
      children: mapShapes(input.mapData, camera, measure, input.textMode),
    },
    {
      kind: 'group',
      attrs: { id: 'panel' },
      children: overlayShapes({
        width,
        height,
        lang: input.lang,
        title: input.title,
        caption: input.caption,
        credit: input.credit,
        legend: input.legend,
        measure,
      }),
    },
  ]);
  const w = Math.round(width);
  const h = Math.round(height);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-labelledby="svg-title svg-desc" lang="${input.lang}">`,
    `<title id="svg-title">${escapeXml(input.title)}</title>`,
    `<desc id="svg-desc">${escapeXml([input.caption, input.credit].filter(Boolean).join(' — '))}</desc>`,
    `<defs><clipPath id="map-area"><rect width="${round2(layout.map.w)}" height="${round2(layout.map.h)}"/></clipPath></defs>`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}
