import { expect, test } from 'vitest';
import { bassinComparison } from '../../../src/query/bassinComparison.ts';
import { countsByBassin } from '../../../src/query/countsByBassin.ts';
import { roundKm } from '../../../src/query/distances.ts';
import { fixture } from '../../fixtures/dataset.ts';
import { filters } from './helpers.ts';
import { fixturePopulation } from '../../fixtures/population.ts';

const rows = (changes = {}) => {
  const f = filters(changes);
  return bassinComparison(fixture, f, countsByBassin(fixture, f), fixturePopulation);
};
const none = { gcs: 0, cht: 0, ght: 0, convention: 0, 'cross-border': 0, posts: 0 };

test('the four bassins side by side at the end of the timeline', () => {
  const all = rows();
  expect(all.map((r) => [r.bassin, r.population, r.atp.count, r.atp.rate, r.ccu.count, r.ccu.rate, r.establishments])).toEqual([
    ['metropole', 400_000, 8, 2, 1, 0.25, 3],
    ['littoral', 200_000, 10, 5, 2, 1, 1],
    ['artois', 300_000, 9, 3, 3, 1, 2],
    ['hainaut', 100_000, 5, 5, 0, 0, 0],
  ]);
  expect(all.map((r) => r.cooperations)).toEqual([
    { ...none, gcs: 2, convention: 1, posts: 1 },
    { ...none, cht: 1 },
    { ...none, cht: 1, posts: 1 },
    none,
  ]);
  // Métropole: Tourcoing 16.16 and GHICL 3.63 km (the CHRU itself left out) → median 9.89.
  expect(all.map((r) => (r.medianKmToHub === null ? null : roundKm(r.medianKmToHub)))).toEqual([9.9, 99.7, 27.1, null]);
});

test('cooperations follow the date; establishments and distances follow the establishment filter', () => {
  const in2005 = rows({ date: '2005-01-01' });
  expect(in2005[0]?.cooperations).toEqual({ ...none, gcs: 1, convention: 1, posts: 1 });
  expect(in2005[2]?.cooperations).toEqual({ ...none, posts: 1 });
  const chOnly = rows({ kinds: ['ch'] });
  expect(chOnly.map((r) => r.establishments)).toEqual([1, 1, 2, 0]);
  expect(chOnly[0]?.medianKmToHub && roundKm(chOnly[0].medianKmToHub)).toBe(16.2);
  expect(chOnly[0]?.atp).toEqual({ count: 4, population: 400_000, rate: 1 });
});
