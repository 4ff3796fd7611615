/**
 * The territory geometry (geo/npdc.topo.json) turned into the GeoJSON the
 * map draws: zones, bassins, départements, the region outline, context land
 * and the borders between countries. Pure.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Zone } from '../model/types.ts';
import { round5 } from './mercator.ts';

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
    features: features.filter((f): f is Feature<Area, Props> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'),
  };
}

/** The zones de proximité of the territories, as records (id, name, bassin). */
export function zonesOf(territories: Territories): Zone[] {
  return territories.zones.features.map((f) => ({
    id: String(f.properties['id']),
    name: String(f.properties['name']),
    bassin: f.properties['bassin'] as Zone['bassin'],
  }));
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
 * A point to hang a territory's label on: the `label` point the geometry
 * pipeline computed (geo/build.mjs: inside the territory), or, for geometry
 * without one, the centroid of the outer ring of its largest part.
 */
export function labelPoint(f: Feature<Area, Props>): [number, number] {
  const label = f.properties['label'];
  if (Array.isArray(label) && label.length === 2 && label.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    return [round5(label[0] as number), round5(label[1] as number)];
  }
  const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates[0] ?? []] : f.geometry.coordinates.map((p) => p[0] ?? []);
  let best: { a: number; x: number; y: number } = { a: -1, x: 0, y: 0 };
  for (const ring of rings) {
    // Shoelace formula: signed area and centroid of the ring.
    let a = 0;
    let x = 0;
    let y = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0, y0] = ring[i] as [number, number];
      const [x1, y1] = ring[i + 1] as [number, number];
      const cross = x0 * y1 - x1 * y0;
      a += cross;
      x += (x0 + x1) * cross;
      y += (y0 + y1) * cross;
    }
    if (Math.abs(a) > best.a && a !== 0) best = { a: Math.abs(a), x: x / (3 * a), y: y / (3 * a) };
  }
  return [round5(best.x), round5(best.y)];
}
