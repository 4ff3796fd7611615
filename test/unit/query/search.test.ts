import { describe, expect, test } from 'vitest';
import { foldText, narrowChoices, searchEstablishments } from '../../../src/query/search.ts';
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

describe('narrowChoices', () => {
  const choices = [
    { id: 'a', name: 'CHT de l’Artois' },
    { id: 'b', name: 'GHT Hainaut – Cambrésis' },
    { id: 'c', name: 'CHT Côte d’Opale' },
    { id: 'd', name: 'GHT Artois – Ternois' },
    { id: 'e', name: 'CHT Sambre-Avesnois' },
  ];

  test('every word typed is in the name, accents and case folded; list order kept', () => {
    expect(narrowChoices(choices, 'artois').shown.map((c) => c.id)).toEqual(['a', 'd']);
    expect(narrowChoices(choices, 'COTE opale').shown.map((c) => c.id)).toEqual(['c']);
    expect(narrowChoices(choices, 'ght artois').shown.map((c) => c.id)).toEqual(['d']);
    expect(narrowChoices(choices, 'cambresis hainaut')).toEqual({ shown: [choices[1]], more: 0 });
    expect(narrowChoices(choices, 'lens')).toEqual({ shown: [], more: 0 });
    // Nothing typed: every choice matches.
    expect(narrowChoices(choices, '  ').shown).toHaveLength(5);
  });

  test('at most `limit` matches, the others counted; the selected choice is always kept', () => {
    expect(narrowChoices(choices, '', [], 2)).toEqual({ shown: [choices[0], choices[1]], more: 3 });
    expect(narrowChoices(choices, '', ['e'], 2)).toEqual({ shown: [choices[0], choices[1], choices[4]], more: 2 });
    expect(narrowChoices(choices, 'ght', ['a'], 1)).toEqual({ shown: [choices[0], choices[1]], more: 1 });
    expect(narrowChoices(choices, 'opale', ['a'])).toEqual({ shown: [choices[0], choices[2]], more: 0 });
  });
});
