/**
 * Rates and the bassin comparison on the real data and the committed
 * populations (INSEE populations légales 2016): the figures the report quotes.
 * Bassin rates use the published totals, which no site breakdown changes.
 */
import { expect, test } from 'vitest';
import { parsePopulation, type Population } from '../../../src/model/population.ts';
import { bassinComparison } from '../../../src/query/bassinComparison.ts';
import { countsByBassin } from '../../../src/query/countsByBassin.ts';
import { ratesByBassin, ratesForElement } from '../../../src/query/rates.ts';
import { readRepoJson, realDataset } from '../../fixtures/realData.ts';
import { filters } from './helpers.ts';

const parsed = parsePopulation(readRepoJson('geo/population.json'));
if (!('population' in parsed)) throw new Error(parsed.issue.message);
const population: Population = parsed.population;
const dataset = realDataset();
const round2 = (v: number): number => Math.round(v * 100) / 100;

test('published totals per 100,000 inhabitants (population 2016)', () => {
  const rates = ratesForElement(ratesByBassin(countsByBassin(dataset, filters()), population));
  const rounded = Object.fromEntries(Object.entries(rates).map(([b, r]) => [b, { atp: round2(r.atp), ccu: round2(r.ccu) }]));
  expect(rounded).toEqual({
    metropole: { atp: 2.64, ccu: 0.15 },
    littoral: { atp: 2.71, ccu: 0.74 },
    artois: { atp: 7.44, ccu: 0.26 },
    hainaut: { atp: 5.11, ccu: 0.94 },
  });
  expect(rates.artois.atp).toBe((86 * 100_000) / 1_156_039);
});

test('the comparison rows carry the populations and the published counts', () => {
  const f = filters();
  const rows = bassinComparison(dataset, f, countsByBassin(dataset, f), population);
  expect(rows.map((r) => [r.bassin, r.population, r.atp.count, r.ccu.count])).toEqual([
    ['metropole', 1_363_003, 36, 2],
    ['littoral', 811_729, 22, 6],
    ['artois', 1_156_039, 86, 3],
    ['hainaut', 743_677, 38, 7],
  ]);
  expect(rows.every((r) => r.establishments > 0 && r.medianKmToHub !== null)).toBe(true);
});
