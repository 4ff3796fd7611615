/**
 * The territory geometry (geo/npdc.topo.json) turned into the GeoJSON the
 * map draws: zones, bassins, départements, the region outline, context land
 * and the borders between countries. Pure.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { round5 } from './arcs.ts';

export type Area = Polygon | MultiPolygon;
type Props = Record<string, unknown>;

/** Everything the base map needs from the geometry file; missing objects are empty collections. */
export interface Territories {
  zones: FeatureCollection<Area, Props>;
  bassins: FeatureCollection<Area, Props>;
  departements: FeatureCollection<Area, Props>;
  region: FeatureCollection<Area, Props>;
  neighbours: FeatureCollection<Area, Props>;
  countries: FeatureCollection<Area, Props>;
  /**
   * Borders shared by two countries: `france: true` for those of France (the
   * Franco-Belgian border drawn boldly), `false` for the others (context only).
   */
  countryBorders: FeatureCollection<MultiLineString, Props>;
}

/** The TopoJSON objects the app expects, in the order the geometry file lists them. */
export const TOPOLOGY_OBJECTS = ['zones', 'bassins', 'departements', 'region', 'neighbours', 'countries'] as const;

const empty = <G extends Geometry>(): FeatureCollection<G, Props> => ({ type: 'FeatureCollection', features: [] });

function collection(topo: Topology, name: string): FeatureCollection<Area, Props> {
  const object = topo.objects[name];
  if (!object) return empty();
  const result = feature(topo, object);
  const features = 'features' in result ? result.features : [result];
  return {
    type: 'FeatureCollection',
    features: features.filter(
      (f): f is Feature<Area, Props> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
    ),
  };
}

/** Converts the territory topology; a missing object gives an empty collection, never an error. */
export function territoriesFromTopology(topo: Topology | null): Territories {
  if (!topo || typeof topo !== 'object' || !topo.objects) {
    return {
      zones: empty(),
      bassins: empty(),
      departements: empty(),
      region: empty(),
      neighbours: empty(),
      countries: empty(),
      countryBorders: empty(),
    };
  }
  const countriesObject = topo.objects['countries'] as GeometryCollection | undefined;
  const iso = (g: { properties?: unknown }): unknown => (g.properties as Props | undefined)?.['iso'];
  const countries = collection(topo, 'countries');
  const region = collection(topo, 'region');
  let borders: FeatureCollection<MultiLineString, Props> = empty();
  if (countriesObject) {
    // The geometry's France stops at Nord-Pas-de-Calais, which is drawn from IGN and shares its
    // arcs with Belgium: count the region as France to get the whole Franco-Belgian border.
    const regionObject = topo.objects['region'] as GeometryCollection | undefined;
    const all: GeometryCollection = {
      type: 'GeometryCollection',
      geometries: [
        ...countriesObject.geometries,
        ...(regionObject?.geometries ?? []).map((g) => ({ ...g, properties: { ...g.properties, iso: 'FR' } })),
      ],
    };
    const between = (a: { properties?: unknown }, b: { properties?: unknown }): boolean => a !== b && iso(a) !== iso(b);
    borders = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { france: true },
          geometry: mesh(topo, all, (a, b) => between(a, b) && (iso(a) === 'FR' || iso(b) === 'FR')),
        },
        {
          type: 'Feature',
          properties: { france: false },
          geometry: mesh(topo, all, (a, b) => between(a, b) && iso(a) !== 'FR' && iso(b) !== 'FR'),
        },
      ],
    };
  }
  return {
    zones: collection(topo, 'zones'),
    bassins: collection(topo, 'bassins'),
    departements: collection(topo, 'departements'),
    region,
    neighbours: collection(topo, 'neighbours'),
    countries,
    countryBorders: borders,
  };
}

/**
 * A point to hang a territory's label on: the centre of mass of its largest
 * part when that falls inside it, otherwise a point surely on it.
 */
export function labelPoint(f: Feature<Area, Props>): [number, number] {
  const parts: Polygon[] =
    f.geometry.type === 'Polygon'
      ? [f.geometry]
      : f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const largest = parts.reduce((best, p) => (area(p) > area(best) ? p : best), parts[0] as Polygon);
  const centre = centerOfMass(largest) as Feature<Point>;
  const point = booleanPointInPolygon(centre, largest) ? centre : (pointOnFeature(largest) as Feature<Point>);
  const [lon, lat] = point.geometry.coordinates as [number, number];
  return [round5(lon), round5(lat)];
}

/** [west, south, east, north] of a collection, or null when it is empty. */
export function boundsOf(fc: FeatureCollection): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
