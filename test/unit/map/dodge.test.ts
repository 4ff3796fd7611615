/** Co-located establishments drawn apart around the point they share, with leader lines. */
import { describe, expect, test } from 'vitest';
import { fromPlane, toPlane } from '../../../src/map/mercator.ts';
import { DODGE_RADIUS, dodgePositions, leaderLines, placedEstablishments } from '../../../src/map/dodge.ts';
import type { Establishment } from '../../../src/model/types.ts';
import { realDataset } from '../../fixtures/realData.ts';

const site = (id: string, coordinates: [number, number]): Establishment =>
  ({ id, coordinates, name: id, shortName: id, kind: 'ch', located: 'commune', sources: [] }) as unknown as Establishment;

describe('dodge', () => {
  const sites = [
    site('b', [3, 50.5]),
    site('a', [3, 50.5]),
    site('c', [3, 50.5]),
    site('d', [2, 50]),
    site('e', [2.5, 50.2]),
    site('f', [2.5, 50.2]),
  ];

  test('only shared points are dodged; each group on a circle of the dodge radius around it, in id order', () => {
    const d = dodgePositions(sites);
    expect([...d.keys()].toSorted()).toEqual(['a', 'b', 'c', 'e', 'f']);
    const centre = toPlane([3, 50.5]);
    for (const id of ['a', 'b', 'c']) {
      const p = toPlane(d.get(id)!.at);
      expect(Math.hypot(p[0] - centre[0], p[1] - centre[1])).toBeCloseTo(DODGE_RADIUS, 4);
      expect(d.get(id)!.origin).toEqual([3, 50.5]);
    }
    // Two sites: left then right of the point, at its latitude.
    expect(d.get('e')!.at).toEqual([2.46, 50.2]);
    expect(d.get('f')!.at).toEqual([2.54, 50.2]);
    // Three sites: the first to the left.
    expect(d.get('a')!.at).toEqual([2.96, 50.5]);
    expect(fromPlane(toPlane([3, 50.5]))[1]).toBeCloseTo(50.5, 9);
  });

  test('placed establishments: dodged ones are new objects at their drawn position, the others the same objects', () => {
    const placed = placedEstablishments(sites);
    expect(placed.find((e) => e.id === 'd')).toBe(sites[3]);
    expect(placed.find((e) => e.id === 'e')?.coordinates).toEqual([2.46, 50.2]);
    expect(placedEstablishments(sites)).toBe(placed);
  });

  test('leader lines run from the shared point to the drawn symbol, only for the establishments shown', () => {
    const lines = leaderLines(sites, [sites[4]!, sites[3]!]);
    expect(lines.features).toEqual([
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [2.5, 50.2],
            [2.46, 50.2],
          ],
        },
        properties: { id: 'e' },
      },
    ]);
  });

  test('the real data: three shared points, seven establishments drawn apart, no two drawn at the same place', () => {
    const dataset = realDataset();
    const d = dodgePositions(dataset.establishments);
    expect([...d.keys()].toSorted()).toEqual([
      'ch-armentieres',
      'epsm-lille-metropole',
      'faculte-medecine-lille',
      'facultes-sante-lille',
      'ghicl',
      'hpm',
      'universite-lille-2',
    ]);
    const drawn = placedEstablishments(dataset.establishments).map((e) => e.coordinates.join(','));
    expect(new Set(drawn).size).toBe(drawn.length);
  });
});
