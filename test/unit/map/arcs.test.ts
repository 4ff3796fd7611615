import { describe, expect, test } from 'vitest';
import { arcCoordinates, linkFeatures, linkGeometry, pointAlong } from '../../../src/map/arcs.ts';
import { toPlane } from '../../../src/map/mercator.ts';
import { establishments, links } from './fixture.ts';
import { expectGolden } from './golden.ts';

const lille: [number, number] = [3.0327, 50.6105];
const lens: [number, number] = [2.8197, 50.4319];
const seclin: [number, number] = [3.0289, 50.5486];

/** Mercator-degree units per CSS pixel at MapLibre zoom z (512 px tiles). */
const perPixel = (z: number): number => 360 / (512 * 2 ** z);

const mid = (c: [number, number][]) => toPlane(c[Math.floor(c.length / 2)] as [number, number]);

function apexDistancePx(a: [number, number][], b: [number, number][], zoom: number): number {
  const [ax, ay] = mid(a);
  const [bx, by] = mid(b);
  return Math.hypot(ax - bx, ay - by) / perPixel(zoom);
}

describe('arcCoordinates', () => {
  test('three lanes between Lille and Lens (golden)', () => {
    expectGolden(
      'arcs-lanes',
      [-1, 0, 1].map((lane) => arcCoordinates(lille, lens, lane, true)),
    );
  });

  test('starts and ends on the two sites', () => {
    const arc = arcCoordinates(lille, lens, 0, true);
    expect(arc[0]).toEqual(lille);
    expect(arc.at(-1)).toEqual(lens);
  });

  test('a link of the same pair drawn the other way, in the same lane, follows the same curve', () => {
    const forward = arcCoordinates(lille, lens, 1, true);
    const backward = arcCoordinates(lens, lille, 1, false);
    expect(backward.toReversed()).toEqual(forward);
  });

  test('parallel lanes stay at least 8 px apart at the default zoom, even on a short link', () => {
    for (const [a, b] of [
      [lille, lens],
      [lille, seclin],
    ] as const) {
      const lanes = [-1, 0, 1].map((lane) => arcCoordinates(a, b, lane, true));
      expect(apexDistancePx(lanes[0]!, lanes[1]!, 7.6)).toBeGreaterThan(8);
      expect(apexDistancePx(lanes[1]!, lanes[2]!, 7.6)).toBeGreaterThan(8);
    }
  });

  test('is curved, not straight', () => {
    const arc = arcCoordinates(lille, lens, 0, true);
    const [x0, y0] = toPlane(lille);
    const [x1, y1] = toPlane(lens);
    const [mx, my] = toPlane(arc[Math.floor(arc.length / 2)]!);
    const offset = Math.abs((x1 - x0) * (y0 - my) - (x0 - mx) * (y1 - y0)) / Math.hypot(x1 - x0, y1 - y0);
    expect(offset).toBeGreaterThan(0.02);
  });
});

describe('pointAlong', () => {
  test('midpoint and bearing of a straight east-west line', () => {
    const { at, bearing } = pointAlong(
      [
        [2, 50],
        [3, 50],
      ],
      0.5,
    );
    expect(at).toEqual([2.5, 50]);
    expect(bearing).toBe(90);
  });
});

describe('linkFeatures', () => {
  const byId = new Map(establishments.map((e) => [e.id, e]));
  const directed = links.find((l) => l.directed);
  const undirected = links.find((l) => !l.directed);

  test('the arc is computed when the geometry is first read, then kept as plain data', () => {
    if (!directed) throw new Error('the fixture has a directed link');
    const features = linkFeatures({ ...directed }, byId, { id: directed.id });
    if (!features?.arrow) throw new Error('a directed link has an arrow');
    const { line, arrow } = features;
    expect(Object.getOwnPropertyDescriptor(line, 'geometry')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(arrow.properties, 'bearing')?.get).toBeTypeOf('function');
    const geometry = linkGeometry(directed, byId);
    expect(line.geometry).toEqual({ type: 'LineString', coordinates: geometry?.coordinates });
    expect(arrow.geometry).toEqual({ type: 'Point', coordinates: geometry?.arrow?.at });
    expect(arrow.properties['bearing']).toBe(geometry?.arrow?.bearing);
    expect(Object.getOwnPropertyDescriptor(line, 'geometry')).toMatchObject({ writable: true, enumerable: true });
    // What MapLibre's transfer and the exports read: ordinary GeoJSON, keys in the usual order.
    expect(Object.keys(JSON.parse(JSON.stringify(line)) as object)).toEqual(['type', 'geometry', 'properties']);
    expect(JSON.parse(JSON.stringify(arrow.properties))).toEqual({ id: directed.id, bearing: geometry?.arrow?.bearing });
  });

  test('an undirected link has no arrow; a link with an end not placed has no features', () => {
    if (!undirected) throw new Error('the fixture has an undirected link');
    expect(linkFeatures(undirected, byId, {})?.arrow).toBeNull();
    expect(linkFeatures({ ...undirected, to: 'nowhere' }, byId, {})).toBeNull();
  });
});
