/**
 * Query results → GeoJSON with paint values precomputed in properties.
 * Pure and deterministic: these outputs are what the golden files snapshot.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Establishment } from '../model/types.ts';
import type { Link, SchemeCounts } from '../query/types.ts';
import { linkFeatures } from './arcs.ts';
import { round5 } from './mercator.ts';
import { HUB_ID } from '../query/state.ts';
import type { LinkStatus } from '../query/linkStatus.ts';
import { ESTABLISHMENT_SHAPES, LINK_STYLES } from './palette.ts';
import { choroplethScale, radiusScale, widthScale, type ChoroplethClass } from './scales.ts';
import { labelPoint, type Area } from './territories.ts';

/** How a feature stands relative to the focus: the focus itself, a partner, out of it, or no focus at all. */
export type Emphasis = 'focus' | 'related' | 'dim' | 'normal';

/** What the current focus highlights (from `focusSelection`), in map terms. */
export interface Highlight {
  /** The focused establishment or bassin id, or null when nothing is focused. */
  focus: string | null;
  /** Establishments shown as partners of the focus. */
  establishments: ReadonlySet<string>;
  /** Links of the focus. */
  links: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: Highlight = { focus: null, establishments: new Set(), links: new Set() };

const emphasisOf = (id: string, highlight: Highlight, related: boolean): Emphasis =>
  highlight.focus === null ? 'normal' : id === highlight.focus ? 'focus' : related ? 'related' : 'dim';

type Props = Record<string, string | number | boolean | null>;

/** A proportional mark for a site value, or for a group of sites whose split is unknown. */
export interface CountMark {
  /** Establishment id, or `group:<siteValueId>` for a value shared by several sites. */
  id: string;
  establishments: string[];
  value: number;
  inferred: boolean;
  coordinates: [number, number];
  /** Print the value on the circle (group values, territory counts); single sites carry it in their own label. */
  labelled?: boolean;
}

/**
 * The marks to size by the current scheme: per establishment, the sum of its
 * own site values counted in the view; a value shared by a group of sites is
 * one mark at the group's mean position (never split between them).
 */
/** An establishment as a point feature: where it is (5 decimals), its id, kind and symbol (the hub's own). */
export function establishmentPoint(e: Pick<Establishment, 'id' | 'kind' | 'coordinates'>): Feature<Point, Props> {
  const hub = e.id === HUB_ID;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [round5(e.coordinates[0]), round5(e.coordinates[1])] },
    properties: { id: e.id, kind: e.kind, icon: hub ? 'sym-hub' : `sym-${ESTABLISHMENT_SHAPES[e.kind]}`, hub },
  };
}

export function countMarks(counts: SchemeCounts, byId: ReadonlyMap<string, Establishment>): CountMark[] {
  const single = new Map<string, CountMark>();
  const groups: CountMark[] = [];
  for (const cell of Object.values(counts.byBassin)) {
    for (const sv of cell.siteValues) {
      const sites = sv.establishments.map((id) => byId.get(id)).filter((e): e is Establishment => !!e);
      if (sites.length === 0) continue;
      if (sites.length === 1) {
        const e = sites[0] as Establishment;
        const mark = single.get(e.id) ?? { id: e.id, establishments: [e.id], value: 0, inferred: false, coordinates: e.coordinates };
        mark.value += sv.value;
        mark.inferred ||= sv.certainty !== 'stated';
        single.set(e.id, mark);
      } else {
        const lon = sites.reduce((s, e) => s + e.coordinates[0], 0) / sites.length;
        const lat = sites.reduce((s, e) => s + e.coordinates[1], 0) / sites.length;
        groups.push({
          id: `group:${sv.id}`,
          establishments: sites.map((e) => e.id),
          value: sv.value,
          inferred: sv.certainty !== 'stated',
          coordinates: [round5(lon), round5(lat)],
        });
      }
    }
  }
  return [...single.values(), ...groups].toSorted((a, b) => b.value - a.value || a.id.localeCompare(b.id));
}

/** Proportional circles (area ∝ value), largest first so small ones draw on top. */
export function countMarksGeoJSON(marks: readonly CountMark[], highlight: Highlight): FeatureCollection<Point, Props> {
  const radius = radiusScale(Math.max(0, ...marks.map((m) => m.value)));
  return {
    type: 'FeatureCollection',
    features: marks
      .filter((m) => m.value > 0)
      .map((m) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: m.coordinates },
        properties: {
          id: m.id,
          value: m.value,
          r: radius(m.value),
          inferred: m.inferred,
          group: m.establishments.length > 1 || m.labelled === true,
          // Group values are labelled on their circle (single sites carry their value in their own label).
          label: m.establishments.length > 1 || m.labelled === true ? `${m.value}${m.inferred ? '*' : ''}` : '',
          emphasis: emphasisOf(
            m.id,
            highlight,
            m.establishments.some((id) => id === highlight.focus || highlight.establishments.has(id)),
          ),
        },
      })),
  };
}

/** Establishment symbols and labels; the label carries the count shown for the site, `*` when inferred. */
export function establishmentsGeoJSON(
  establishments: readonly Establishment[],
  marks: readonly CountMark[],
  highlight: Highlight,
): FeatureCollection<Point, Props> {
  const markOf = new Map(marks.filter((m) => m.establishments.length === 1).map((m) => [m.id, m]));
  return {
    type: 'FeatureCollection',
    features: establishments.map((e): Feature<Point, Props> => {
      const hub = e.id === HUB_ID;
      const mark = markOf.get(e.id);
      const emphasis = emphasisOf(e.id, highlight, highlight.establishments.has(e.id));
      const base = establishmentPoint(e);
      return {
        ...base,
        properties: {
          ...base.properties,
          label: mark && mark.value > 0 ? `${e.shortName} ${mark.value}${mark.inferred ? '*' : ''}` : e.shortName,
          value: mark?.value ?? null,
          // Placement priority of labels (lower first): the hub, the focus, then by count.
          sortKey: hub ? 0 : emphasis === 'focus' ? 1 : emphasis === 'related' ? 2 : 100 - Math.min(90, mark?.value ?? 0),
          emphasis,
        },
      };
    }),
  };
}

/** The two collections drawn for links: the arcs, and an arrow on each directed arc. */
export interface LinkFeatures {
  lines: FeatureCollection<LineString, Props>;
  arrows: FeatureCollection<Point, Props>;
}

const ranks = new WeakMap<ReadonlyMap<string, Link>, Map<string, number>>();

/**
 * Each link id of a catalogue with its place in `localeCompare` order,
 * worked out once per catalogue: sorting 100,000 links with `localeCompare`
 * on every state was a tenth of a filter change at national scale.
 */
function idRanks(catalogue: ReadonlyMap<string, Link>): Map<string, number> {
  let known = ranks.get(catalogue);
  if (!known) {
    known = new Map([...catalogue.keys()].toSorted((a, b) => a.localeCompare(b)).map((id, i) => [id, i]));
    ranks.set(catalogue, known);
  }
  return known;
}

/** A link a state draws (both its ends are placed), without its geometry: what its feature-state needs. */
export interface DrawnLink {
  link: Link;
  /** Stroke width (px), from the link's weight. */
  width: number;
  emphasis: Emphasis;
  status: LinkStatus;
}

/** The largest weight among `links` (0 for none): what link widths and the legend scale to. */
export function heaviestWeight(links: readonly Link[]): number {
  let heaviest = 0;
  for (const l of links) heaviest = Math.max(heaviest, l.weight ?? 0);
  return heaviest;
}

/**
 * The links of `links` the map draws (those with both ends placed), with
 * their width (by weight, on the scale of all of `links`), emphasis and
 * status. No geometry: at national scale a state shows 90,000 links, and
 * their feature-state and the lanes' sums need only this.
 */
export function drawnLinks(
  links: readonly Link[],
  byId: ReadonlyMap<string, Establishment>,
  highlight: Highlight,
  statuses?: ReadonlyMap<string, LinkStatus>,
): DrawnLink[] {
  const width = widthScale(heaviestWeight(links));
  const drawn: DrawnLink[] = [];
  for (const link of links) {
    if (!byId.has(link.from) || !byId.has(link.to)) continue;
    drawn.push({
      link,
      width: width(link.weight),
      emphasis: highlight.focus === null ? 'normal' : highlight.links.has(link.id) ? 'focus' : 'dim',
      status: statuses?.get(link.cooperationId) ?? 'firm',
    });
  }
  return drawn;
}

/**
 * Links → curved arcs. Parallel links of one pair fan out by lane; width
 * grows with the weight (posts carried); arrows sit at 55 % of directed arcs.
 */
export function linksGeoJSON(
  links: readonly Link[],
  byId: ReadonlyMap<string, Establishment>,
  highlight: Highlight,
  catalogue?: ReadonlyMap<string, Link>,
  statuses?: ReadonlyMap<string, LinkStatus>,
): LinkFeatures {
  return drawnLinksGeoJSON(drawnLinks(links, byId, highlight, statuses), byId, catalogue);
}

/** The arcs (and arrows) of links `drawnLinks` worked out; with the catalogue, each in its fixed lane. */
export function drawnLinksGeoJSON(
  drawn: readonly DrawnLink[],
  byId: ReadonlyMap<string, Establishment>,
  catalogue?: ReadonlyMap<string, Link>,
): LinkFeatures {
  const lines: Feature<LineString, Props>[] = [];
  const arrows: Feature<Point, Props>[] = [];
  for (const { link, width, emphasis, status } of drawn) {
    const properties: Props = {
      id: link.id,
      cooperationId: link.cooperationId,
      kind: link.kind,
      color: LINK_STYLES[link.kind].color,
      status,
      width,
      weight: link.weight ?? null,
      directed: link.directed,
      dated: link.dated,
      inferred: link.certainty === 'inferred',
      emphasis,
    };
    // With the catalogue, the link keeps its fixed lane (the map's geometry is built once from it).
    const features = linkFeatures(catalogue?.get(link.id) ?? link, byId, properties);
    if (!features) continue;
    lines.push(features.line);
    if (features.arrow) arrows.push(features.arrow);
  }
  // Heavier links first, so thin ones stay visible on top of them; then by id (`localeCompare` order).
  const rank = catalogue ? idRanks(catalogue) : null;
  const idOrder = (a: string, b: string): number => {
    const ra = rank?.get(a);
    const rb = rank?.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : a.localeCompare(b);
  };
  lines.sort(
    (x, y) => Number(y.properties.width) - Number(x.properties.width) || idOrder(String(x.properties.id), String(y.properties.id)),
  );
  return { lines: { type: 'FeatureCollection', features: lines }, arrows: { type: 'FeatureCollection', features: arrows } };
}

/** The choropleth: each territory with its value, fill colour and emphasis, plus label points. */
export interface ChoroplethFeatures {
  areas: FeatureCollection<Area, Props>;
  labels: FeatureCollection<Point, Props>;
  classes: ChoroplethClass[];
}

/**
 * Territories coloured by `values` (id → count, `null` = no value, drawn
 * in a neutral grey). `labelAt` overrides label points; `labelSize` is the label's text size.
 * `options.scale` replaces the count scale (rates); `options.valueText` writes
 * the value in the label (and in `valueText`, which the SVG export prints).
 */
export function choroplethGeoJSON(
  territories: FeatureCollection<Area, Record<string, unknown>>,
  values: ReadonlyMap<string, number | null>,
  focus: string | null,
  labelAt: Readonly<Record<string, [number, number]>> = {},
  labelSize = 13,
  options: { scale?: { color: (v: number) => string; classes: ChoroplethClass[] }; valueText?: (v: number) => string } = {},
): ChoroplethFeatures {
  const { color, classes } = options.scale ?? choroplethScale([...values.values()].filter((v): v is number => v !== null));
  const text = options.valueText ?? String;
  const areas: Feature<Area, Props>[] = [];
  const labels: Feature<Point, Props>[] = [];
  for (const f of territories.features) {
    const id = String(f.properties['id'] ?? '');
    const name = String(f.properties['name'] ?? id);
    const value = values.get(id) ?? null;
    const properties: Props = {
      id,
      name,
      bassin: typeof f.properties['bassin'] === 'string' ? f.properties['bassin'] : id,
      value,
      // Only rates need it (counts print as they are), so count views keep their exact shape.
      ...(options.valueText ? { valueText: value === null ? null : text(value) } : {}),
      fill: value === null ? '#eeeeee' : color(value),
      // A focused bassin also outlines its zones when the grid is zones.
      focus: focus !== null && (focus === id || focus === f.properties['bassin']),
    };
    areas.push({ type: 'Feature', geometry: f.geometry, properties });
    labels.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: labelAt[id] ?? labelPoint(f) },
      properties: { ...properties, label: value === null ? name : `${name}\n${text(value)}`, size: labelSize },
    });
  }
  return {
    areas: { type: 'FeatureCollection', features: areas },
    labels: { type: 'FeatureCollection', features: labels },
    classes,
  };
}

/** The id prefix of a territory's count mark (the rate view's circles), beside the sites' marks in one source. */
export const TERRITORY_MARK_PREFIX = 'territory:';

/**
 * The territories' own counts as proportional marks (rate view: the colour
 * says the rate, the circle the number of posts), one per territory with a
 * count > 0, just below its label point so the label stays readable.
 */
export function territoryCountMarks(
  territories: FeatureCollection<Area, Record<string, unknown>>,
  counts: ReadonlyMap<string, number>,
  labelAt: Readonly<Record<string, [number, number]>> = {},
): CountMark[] {
  const marks: CountMark[] = [];
  for (const f of territories.features) {
    const id = String(f.properties['id'] ?? '');
    const value = counts.get(id) ?? 0;
    if (value <= 0) continue;
    const [lon, lat] = labelAt[id] ?? labelPoint(f);
    marks.push({
      id: `${TERRITORY_MARK_PREFIX}${id}`,
      establishments: [],
      value,
      inferred: false,
      coordinates: [round5(lon), round5(lat - 0.09)],
      labelled: true,
    });
  }
  return marks.toSorted((a, b) => b.value - a.value || a.id.localeCompare(b.id));
}
