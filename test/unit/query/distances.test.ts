import { expect, test } from 'vitest';
import { byDistance, distanceKm, distancesFrom, roundKm, withinKm } from '../../../src/query/distances.ts';
import { fixture } from '../../fixtures/dataset.ts';

test('distanceKm: great circle on the 6,371.0088 km sphere', () => {
  expect(distanceKm([0, 0], [0, 1])).toBeCloseTo((Math.PI / 180) * 6371.0088, 9);
  expect(roundKm(distanceKm([3.0327, 50.6105], [1.629, 50.719]))).toBe(99.7);
});

test('from the CHRU to every establishment of the fixture, rounded to 0.1 km', () => {
  const d = distancesFrom(fixture, 'chru-lille');
  expect(d && Object.fromEntries([...d].map(([id, km]) => [id, roundKm(km)]))).toEqual({
    'chru-lille': 0,
    'ch-tourcoing': 16.2,
    ghicl: 3.6,
    'ch-lens': 25.1,
    'ch-bethune': 29.1,
    'ch-boulogne': 99.7,
  });
  expect(distancesFrom(fixture, 'nowhere')).toBeNull();
});

test('from a focused establishment; symmetric', () => {
  const fromLens = distancesFrom(fixture, 'ch-lens');
  expect(roundKm(fromLens?.get('ch-bethune') ?? Number.NaN)).toBe(16.6);
  expect(fromLens?.get('chru-lille')).toBeCloseTo(distancesFrom(fixture, 'chru-lille')?.get('ch-lens') ?? Number.NaN, 9);
});

test('withinKm: inclusive, the origin included; empty for an unknown origin', () => {
  expect([...withinKm(fixture, 'chru-lille', 20)]).toEqual(['chru-lille', 'ch-tourcoing', 'ghicl']);
  expect([...withinKm(fixture, 'chru-lille', 30)]).toEqual(['chru-lille', 'ch-tourcoing', 'ghicl', 'ch-lens', 'ch-bethune']);
  expect([...withinKm(fixture, 'chru-lille', 0)]).toEqual(['chru-lille']);
  expect(withinKm(fixture, 'nowhere', 100).size).toBe(0);
});

test('byDistance: nearest first', () => {
  expect(byDistance(fixture, 'chru-lille').map(({ establishment, km }) => [establishment.id, roundKm(km)])).toEqual([
    ['chru-lille', 0],
    ['ghicl', 3.6],
    ['ch-tourcoing', 16.2],
    ['ch-lens', 25.1],
    ['ch-bethune', 29.1],
    ['ch-boulogne', 99.7],
  ]);
});
