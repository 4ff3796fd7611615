import { describe, expect, test } from 'vitest';
import {
  matchingEstablishmentIds,
  memberFilterOptions,
  memberIds,
  visibilityMask,
  visibleEstablishmentIds,
  visibleEstablishments,
} from '../../../src/query/visibleEstablishments.ts';
import { fixture, withChanges } from '../../fixtures/dataset.ts';
import { filters } from './helpers.ts';

const ids = (list: { id: string }[]): string[] => list.map((x) => x.id);

describe('visibleEstablishments', () => {
  test('without filter: all, in dataset order', () => {
    expect(ids(visibleEstablishments(fixture, filters()))).toEqual([
      'chru-lille',
      'ch-tourcoing',
      'ghicl',
      'ch-lens',
      'ch-bethune',
      'ch-boulogne',
    ]);
  });

  test('by kind: the CHRU stays as the hub but does not match', () => {
    expect(ids(visibleEstablishments(fixture, filters({ kinds: ['espic'] })))).toEqual(['chru-lille', 'ghicl']);
    expect([...matchingEstablishmentIds(fixture, filters({ kinds: ['espic'] }))]).toEqual(['ghicl']);
  });

  test('by member, and by member and kind together', () => {
    expect(ids(visibleEstablishments(fixture, filters({ member: 'cht-artois-douaisis' })))).toEqual([
      'chru-lille',
      'ch-lens',
      'ch-bethune',
    ]);
    expect(ids(visibleEstablishments(fixture, filters({ member: 'cht-artois-douaisis', kinds: ['chu'] })))).toEqual(['chru-lille']);
    expect([...matchingEstablishmentIds(fixture, filters({ member: 'cht-artois-douaisis', kinds: ['chu'] }))]).toEqual([]);
  });

  test('a kind filter that keeps the CHU makes the CHRU match', () => {
    expect([...matchingEstablishmentIds(fixture, filters({ kinds: ['chu'] }))]).toEqual(['chru-lille']);
  });

  test('no kind at all: only the CHRU, not matching', () => {
    expect(ids(visibleEstablishments(fixture, filters({ kinds: [] })))).toEqual(['chru-lille']);
    expect(matchingEstablishmentIds(fixture, filters({ kinds: [] })).size).toBe(0);
  });

  test('is memoized on the filter values, and its id set follows it', () => {
    const a = visibleEstablishments(fixture, filters({ kinds: ['ch'] }));
    expect(visibleEstablishments(fixture, filters({ kinds: ['ch'], scheme: 'ccu' }))).toBe(a);
    expect([...visibleEstablishmentIds(fixture, filters({ kinds: ['ch'] }))]).toEqual(ids(a));
  });

  test('visibilityMask marks visible establishments by position', () => {
    expect([...visibilityMask(fixture, filters({ member: 'cht-artois-douaisis' }))]).toEqual([1, 0, 0, 1, 1, 0]);
  });
});

describe('memberIds', () => {
  test('the parties of a cooperation, hub included; empty for an unknown id', () => {
    expect([...memberIds(fixture, 'syndicat-lrt')]).toEqual(['ch-tourcoing', 'ghicl', 'chru-lille']);
    expect([...memberIds(fixture, 'nope')]).toEqual([]);
  });
});

describe('memberFilterOptions', () => {
  test('the CHTs and GHTs sorted by name', () => {
    expect(ids(memberFilterOptions(fixture))).toEqual(['cht-artois-douaisis', 'cht-boulogne-montreuil']);
  });

  test('a CHT only listed on a map is not offered (its constituted or project record is)', () => {
    const listed = withChanges({
      cooperations: fixture.cooperations.map((c) => (c.id === 'cht-boulogne-montreuil' ? { ...c, status: 'listed' as const } : c)),
    });
    expect(ids(memberFilterOptions(listed))).toEqual(['cht-artois-douaisis']);
  });
});
