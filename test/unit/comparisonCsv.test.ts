import { expect, test } from 'vitest';
import { comparisonCsv } from '../../src/export/comparisonCsv.ts';
import { bassinComparison } from '../../src/query/bassinComparison.ts';
import { countsByBassin } from '../../src/query/countsByBassin.ts';
import { fixture } from '../fixtures/dataset.ts';
import { fixturePopulation } from '../fixtures/population.ts';
import { filters } from './query/helpers.ts';

const f = filters();
const rows = bassinComparison(fixture, f, countsByBassin(fixture, f), fixturePopulation);
const context = { year: 2016, periods: { atp: { start: 2000, end: 2011 }, ccu: { start: 2009, end: 2011 } } };

test('French: BOM, ";" and decimal commas, one row per bassin, the vintage and periods in the header', () => {
  const lines = comparisonCsv(rows, 'fr', context).split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFFid;Bassin;Population 2016;ATP 2000–2011;ATP 2000–2011 / 100 000 hab.;CCU-Région 2009–2011;CCU-Région 2009–2011 / 100 000 hab.;Établissements;GCS;CHT;GHT;Conventions, partenariats;Transfrontalier;Postes partagés (CHRU → site);Distance médiane au CHRU (km)',
  );
  expect(lines.slice(1)).toEqual([
    'metropole;Métropole;400000;8;2,00;1;0,25;3;2;0;0;1;0;1;9,9',
    'littoral;Littoral;200000;10;5,00;2;1,00;1;0;1;0;0;0;0;99,7',
    'artois;Artois;300000;9;3,00;3;1,00;2;0;1;0;0;0;1;27,1',
    'hainaut;Hainaut;100000;5;5,00;0;0,00;0;0;0;0;0;0;0;',
    '',
  ]);
});

test('English: "," separator, decimal points, quoted fields that hold a comma', () => {
  const lines = comparisonCsv(rows, 'en', context).split('\r\n');
  expect(lines[0]).toContain(',"Conventions, partnerships",');
  expect(lines[1]).toBe('metropole,Métropole,400000,8,2.00,1,0.25,3,2,0,0,1,0,1,9.9');
});
