import { describe, expect, test } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { boundsOf } from '../../../src/map/bounds.ts';
import { labelPoint, territoriesFromTopology } from '../../../src/map/territories.ts';
import { expectGolden } from './golden.ts';

const box = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

const countries: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { iso: 'FR', name: 'France' }, geometry: box(0, 49, 3, 51) },
    { type: 'Feature', properties: { iso: 'BE', name: 'Belgique' }, geometry: box(3, 50, 5, 51) },
  ],
};
const bassins: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { id: 'artois', name: 'Artois' }, geometry: box(2, 50, 3, 50.5) }],
};
// As in geo/npdc.topo.json: France stops at the region, which shares its border with Belgium.
const region: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: box(2, 50, 3, 51) }],
};
const topo = topology({ countries, bassins, region }) as unknown as Topology;

describe('territoriesFromTopology', () => {
  test('collections per object, empty for missing ones', () => {
    const t = territoriesFromTopology(topo);
    expect(t.zones.features).toEqual([]);
    expect(t.bassins.features.map((f) => f.properties['id'])).toEqual(['artois']);
  });

  test('the Franco-Belgian border includes the stretch along the region (golden)', () => {
    const t = territoriesFromTopology(topo);
    const french = t.countryBorders.features.find((f) => f.properties['france'] === true)!;
    // The region (x 2–3, y 50–51) meets Belgium (x ≥ 3) along x = 3, from y 50 to 51.
    const points = french.geometry.coordinates.flat();
    expect(points).toContainEqual([3, 51]);
    expect(points).toContainEqual([3, 50]);
    expectGolden('country-borders', t.countryBorders);
  });

  test('no topology at all gives empty layers', () => {
    expect(territoriesFromTopology(null).countries.features).toEqual([]);
  });

  test('label point inside the territory; bounds of a collection', () => {
    const t = territoriesFromTopology(topo);
    const [x, y] = labelPoint(t.bassins.features[0]!);
    expect(x).toBeCloseTo(2.5, 5);
    expect(y).toBeGreaterThan(50);
    expect(y).toBeLessThan(50.5);
    expect(boundsOf(t.countries)).toEqual([0, 49, 5, 51]);
    expect(boundsOf(t.region)).toEqual([2, 50, 3, 51]);
  });
});
