import { expect, test } from 'vitest';
import { foldText, searchEstablishments } from '../../../src/query/search.ts';
import { fixture, withChanges } from '../../fixtures/dataset.ts';

const find = (query: string, dataset = fixture): string[] => searchEstablishments(dataset, query, 'fr').map((e) => e.id);

test('foldText drops case, accents and punctuation', () => {
  expect(foldText('  CH Béthune–Beuvry, l’Œuvre  ')).toBe('ch bethune beuvry l oeuvre');
});

test('accent- and case-insensitive', () => {
  expect(find('bethune')).toEqual(['ch-bethune']);
  expect(find('BÉTHUNE')).toEqual(['ch-bethune']);
  expect(find('LENS')).toEqual(['ch-lens']);
});

test('word prefixes, in any order, across short name, commune and name', () => {
  expect(find('boul')).toEqual(['ch-boulogne']);
  expect(find('mer sur')).toEqual(['ch-boulogne']);
  expect(find('institut catho')).toEqual(['ghicl']);
});

test('ranked: short name before commune before name; whole words before prefixes; shorter first', () => {
  // CHRU de Lille has "lille" in its short name, GHICL only in its commune.
  expect(find('lille')).toEqual(['chru-lille', 'ghicl']);
  // "CH …" short names hold the word "ch"; "CHRU de Lille" only starts with it.
  expect(find('ch')).toEqual(['ch-lens', 'ch-bethune', 'ch-tourcoing', 'ch-boulogne', 'chru-lille']);
});

test('"lens" finds CH Lens first, before a longer name holding the word and an establishment in its commune', () => {
  const more = withChanges({
    establishments: [
      ...fixture.establishments,
      { ...fixture.establishments[3]!, id: 'clinique-lens', shortName: 'Polyclinique Riaumont', name: 'Polyclinique de Riaumont' },
      {
        ...fixture.establishments[3]!,
        id: 'ch-lensois',
        shortName: 'CH Lensois',
        name: 'Centre hospitalier lensois',
        commune: { name: 'Liévin' },
      },
    ],
  });
  expect(find('lens', more)).toEqual(['ch-lens', 'ch-lensois', 'clinique-lens']);
});

test('at most 8 results', () => {
  const many = withChanges({
    establishments: Array.from({ length: 12 }, (_, i) => ({ ...fixture.establishments[1]!, id: `ch-${i}`, shortName: `CH ${i}` })),
  });
  expect(find('ch', many)).toEqual(['ch-0', 'ch-1', 'ch-2', 'ch-3', 'ch-4', 'ch-5', 'ch-6', 'ch-7']);
});

test('an empty or punctuation-only query, or no match, finds nothing', () => {
  expect([find(''), find('   '), find('—'), find('xyz')]).toEqual([[], [], [], []]);
});
