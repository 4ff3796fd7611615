/**
 * Curved arcs for cooperation links, generated with d3-shape and sampled to
 * GeoJSON LineStrings. Pure: no DOM, no MapLibre.
 *
 * Geometry is built in a Web-Mercator plane measured in "degrees" (x = lon,
 * y = Mercator y × 180/π) so that perpendicular offsets look the same on
 * screen wherever the link is, and converted back to lon/lat at the end.
 */
import type { Feature, LineString, Point } from 'geojson';
import { curveBasis, line } from 'd3-shape';
import type { Establishment } from '../model/types.ts';
import type { Link } from '../query/types.ts';
import { fromPlane, RAD, round5, toPlane, type PlanePoint } from './mercator.ts';

/**
 * A CanvasPath-like context that records what d3-shape draws and samples
 * Bézier curves into points, so a d3 `line()` can produce a polyline.
 */
export class RecordingPath {
  readonly points: PlanePoint[] = [];
  private current: PlanePoint = [0, 0];
  constructor(private readonly segments = 12) {}

  moveTo(x: number, y: number): void {
    this.current = [x, y];
    this.points.push([x, y]);
  }
  lineTo(x: number, y: number): void {
    this.current = [x, y];
    this.points.push([x, y]);
  }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    const [x0, y0] = this.current;
    for (let i = 1; i <= this.segments; i += 1) {
      const t = i / this.segments;
      const u = 1 - t;
      const a = u * u * u;
      const b = 3 * u * u * t;
      const c = 3 * u * t * t;
      const d = t * t * t;
      this.points.push([a * x0 + b * x1 + c * x2 + d * x, a * y0 + b * y1 + c * y2 + d * y]);
    }
    this.current = [x, y];
  }
  quadraticCurveTo(x1: number, y1: number, x: number, y: number): void {
    const [x0, y0] = this.current;
    this.bezierCurveTo(x0 + (2 / 3) * (x1 - x0), y0 + (2 / 3) * (y1 - y0), x + (2 / 3) * (x1 - x), y + (2 / 3) * (y1 - y), x, y);
  }
  closePath(): void {
    const first = this.points[0];
    if (first) this.points.push([first[0], first[1]]);
  }
  // d3-shape never calls these for lines; present to satisfy the CanvasPath shape.
  arc(): void {}
  arcTo(): void {}
  rect(): void {}
}

/** Tuning of the arcs, in Mercator-degree units (≈ 0.0036 per pixel at the default zoom). */
export interface ArcOptions {
  /** Bulge of the middle lane as a share of the link's length. */
  curvature: number;
  /** Spacing between parallel lanes as a share of the link's length… */
  laneShare: number;
  /** …but never less than this (so short links keep their lanes apart on screen). */
  minLaneGap: number;
  /** Samples per Bézier segment. */
  segments: number;
}

export const DEFAULT_ARC_OPTIONS: ArcOptions = {
  curvature: 0.16,
  laneShare: 0.1,
  minLaneGap: 0.05,
  segments: 10,
};

/**
 * The arc from `from` to `to` in lane `lane` (centred on 0) as lon/lat points.
 * The bulge side is taken from the pair in canonical order (`canonicalFromFirst`)
 * so that all lanes of one pair fan out around the same middle, whichever way
 * each link points.
 */
export function arcCoordinates(
  from: readonly [number, number],
  to: readonly [number, number],
  lane: number,
  canonicalFromFirst: boolean,
  options: ArcOptions = DEFAULT_ARC_OPTIONS,
): [number, number][] {
  const p0 = toPlane(from);
  const p1 = toPlane(to);
  const dx = p1[0] - p0[0];
  const dy = p1[1] - p0[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return [from, to].map(([x, y]) => [round5(x), round5(y)]);
  // Unit normal of the canonical direction (left of canonical from → to).
  const sign = canonicalFromFirst ? 1 : -1;
  const nx = (-dy / length) * sign;
  const ny = (dx / length) * sign;
  const gap = Math.max(options.minLaneGap, options.laneShare * length);
  // curveBasis over three points peaks at 2/3 of the middle point's offset: compensate.
  const bulge = (options.curvature * length + lane * gap) * 1.5;
  const mid: PlanePoint = [p0[0] + dx / 2 + nx * bulge, p0[1] + dy / 2 + ny * bulge];
  const recorder = new RecordingPath(options.segments);
  line<PlanePoint>()
    .curve(curveBasis)
    .context(recorder as unknown as CanvasRenderingContext2D)([p0, mid, p1]);
  return recorder.points.map((p) => {
    const [lon, lat] = fromPlane(p);
    return [round5(lon), round5(lat)];
  });
}

/**
 * The point at fraction `t` of a polyline's length and the bearing there
 * (degrees clockwise from north, in the Mercator plane: what MapLibre's
 * `icon-rotate` with map alignment expects).
 */
export function pointAlong(coords: readonly [number, number][], t: number): { at: [number, number]; bearing: number } {
  const plane = coords.map(toPlane);
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < plane.length; i += 1) {
    const a = plane[i - 1] as PlanePoint;
    const b = plane[i] as PlanePoint;
    const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
    lengths.push(l);
    total += l;
  }
  let target = total * t;
  for (let i = 1; i < plane.length; i += 1) {
    const l = lengths[i - 1] as number;
    const a = plane[i - 1] as PlanePoint;
    const b = plane[i] as PlanePoint;
    if (target <= l || i === plane.length - 1) {
      const f = l === 0 ? 0 : Math.min(1, target / l);
      const p: PlanePoint = [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
      const [lon, lat] = fromPlane(p);
      const bearing = (Math.atan2(b[0] - a[0], b[1] - a[1]) / RAD + 360) % 360;
      return { at: [round5(lon), round5(lat)], bearing: Math.round(bearing * 10) / 10 };
    }
    target -= l;
  }
  const only = coords[0] ?? [0, 0];
  return { at: [only[0], only[1]], bearing: 0 };
}

const arcCache = new WeakMap<Link, { coordinates: [number, number][]; arrow: { at: [number, number]; bearing: number } | null }>();

/**
 * The geometry of a catalogue link (its arc in its fixed lane, and its arrow
 * point when directed), computed once per link object and shared by the model
 * and `buildMapData`, so MapLibre and the exports draw the same line.
 */
export function linkGeometry(
  link: Link,
  byId: ReadonlyMap<string, Establishment>,
): { coordinates: [number, number][]; arrow: { at: [number, number]; bearing: number } | null } | null {
  const cached = arcCache.get(link);
  if (cached) return cached;
  const a = byId.get(link.from);
  const b = byId.get(link.to);
  if (!a || !b) return null;
  // Lanes are numbered for the unordered pair: bend every link of it to the side of the pair in id order.
  const coordinates = arcCoordinates(a.coordinates, b.coordinates, link.lane, link.from < link.to);
  const geometry = { coordinates, arrow: link.directed ? pointAlong(coordinates, 0.55) : null };
  arcCache.set(link, geometry);
  return geometry;
}

type LinkProps = Record<string, string | number | boolean | null>;

/**
 * Defines `key` on `target` as computed on first read, then kept as a plain
 * property (so every later reader, `JSON.stringify` and MapLibre's worker
 * transfer included, sees an ordinary value).
 */
function onFirstRead(target: object, key: string, compute: () => unknown): void {
  const keep = (value: unknown): unknown => {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(target, key, { get: () => keep(compute()), set: keep, enumerable: true, configurable: true });
}

/**
 * The line of a catalogue link and its arrow (directed links only) as GeoJSON
 * features with `properties`, or null when an end is not placed. The arc is
 * computed when a feature's geometry (or the arrow's `bearing`) is first
 * read: at national scale the individual links are not drawn below the
 * lanes' zoom, and 100,000 arcs are most of building a state.
 */
export function linkFeatures(
  link: Link,
  byId: ReadonlyMap<string, Establishment>,
  properties: LinkProps,
): { line: Feature<LineString, LinkProps>; arrow: Feature<Point, LinkProps> | null } | null {
  if (!byId.has(link.from) || !byId.has(link.to)) return null;
  const geometry = (): NonNullable<ReturnType<typeof linkGeometry>> => linkGeometry(link, byId) ?? { coordinates: [], arrow: null };
  // Keys in GeoJSON's usual order: type, geometry, properties.
  const lineFeature = { type: 'Feature' } as Feature<LineString, LinkProps>;
  onFirstRead(lineFeature, 'geometry', () => ({ type: 'LineString', coordinates: geometry().coordinates }));
  lineFeature.properties = properties;
  if (!link.directed) return { line: lineFeature, arrow: null };
  const arrowProperties = { ...properties };
  onFirstRead(arrowProperties, 'bearing', () => geometry().arrow?.bearing ?? 0);
  const arrow = { type: 'Feature' } as Feature<Point, LinkProps>;
  onFirstRead(arrow, 'geometry', () => ({ type: 'Point', coordinates: geometry().arrow?.at ?? [0, 0] }));
  arrow.properties = arrowProperties;
  return { line: lineFeature, arrow };
}
