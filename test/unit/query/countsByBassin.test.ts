import { describe, expect, test } from 'vitest';
import { countsAvailable, countsByBassin, countsForElement, dateRelation } from '../../../src/query/countsByBassin.ts';
import { fixture, withChanges } from '../../fixtures/dataset.ts';
import { filters } from './helpers.ts';

const ids = (list: { id: string }[]): string[] => list.map((x) => x.id);

describe('countsByBassin without establishment filter', () => {
  const counts = countsByBassin(fixture, filters());

  test('a bassin shows its published total, with its site breakdown beside it', () => {
    const metropole = counts.atp.byBassin.metropole;
    expect({ ...metropole, siteValues: ids(metropole.siteValues) }).toEqual({
      value: 8,
      published: 8,
      sitesSum: 5,
      unattributed: 3,
      disagreement: false,
      inferred: false,
      siteValues: ['atp-tourcoing', 'atp-tourcoing-ghicl'],
      unsplittable: [],
      sources: [{ seed: '000_15e9185a92ff980b.txt', quote: 'BASSIN METROPOLE : 8' }],
    });
  });

  test('a breakdown above the published total is a disagreement, the published total still shows', () => {
    const littoral = counts.atp.byBassin.littoral;
    expect([littoral.value, littoral.sitesSum, littoral.unattributed, littoral.disagreement, littoral.inferred]).toEqual([
      10,
      12,
      -2,
      true,
      false,
    ]);
  });

  test('a bassin with no site value: everything unattributed', () => {
    const hainaut = counts.atp.byBassin.hainaut;
    expect([hainaut.value, hainaut.sitesSum, hainaut.unattributed, hainaut.siteValues]).toEqual([5, 0, 5, []]);
  });

  test('ATP totals: bassins add up to the published grand total, no extras', () => {
    expect(countsForElement(counts)).toEqual({
      metropole: { atp: 8, ccu: 1 },
      littoral: { atp: 10, ccu: 2 },
      artois: { atp: 9, ccu: 3 },
      hainaut: { atp: 5, ccu: 0 },
    });
    expect([counts.atp.bassinsTotal, counts.atp.extras, counts.atp.total, counts.atp.published]).toEqual([32, [], 32, 32]);
    expect(counts.atp.filtered).toBe(false);
    expect(counts.atp.publishedSources).toEqual([{ seed: '000_15e9185a92ff980b.txt', quote: '32 ATP' }]);
  });

  test('CCU totals include the general-medicine extras', () => {
    expect(counts.ccu.bassinsTotal).toBe(6);
    expect(counts.ccu.extras).toEqual([
      {
        id: 'ccu-medecine-generale',
        label: '2 CCU-Région en médecine générale',
        value: 2,
        sources: [{ seed: '000_15e9185a92ff980b.txt', quote: 'médecine générale' }],
      },
    ]);
    expect([counts.ccu.total, counts.ccu.published]).toEqual([8, 8]);
  });

  test('the date never changes a figure, only where it falls in the period', () => {
    const early = countsByBassin(fixture, filters({ date: '2005-06-01' }));
    expect(countsForElement(early)).toEqual(countsForElement(counts));
    expect(early.atp.period).toEqual({ start: 2000, end: 2011, dateRelation: 'within' });
    expect(early.ccu.period).toEqual({ start: 2009, end: 2011, dateRelation: 'before' });
    expect(counts.atp.period).toEqual({ start: 2000, end: 2011, dateRelation: 'after' });
  });
});

describe('countsByBassin with an establishment filter', () => {
  test('members of a CHT: only their site values, inferred flagged, nothing unattributed where all match', () => {
    const counts = countsByBassin(fixture, filters({ member: 'cht-artois-douaisis' }));
    const artois = counts.atp.byBassin.artois;
    expect({ ...artois, siteValues: ids(artois.siteValues) }).toEqual({
      value: 9,
      published: 9,
      sitesSum: 9,
      unattributed: 0,
      disagreement: false,
      inferred: true,
      siteValues: ['atp-lens', 'atp-bethune'],
      unsplittable: [],
      sources: [
        { seed: '000_15e9185a92ff980b.txt', quote: 'BASSIN ARTOIS : 9' },
        { seed: '000_15e9185a92ff980b.txt', quote: 'LENS' },
        { seed: '000_15e9185a92ff980b.txt', quote: 'BETHUNE : 1' },
      ],
    });
    expect(countsForElement(counts)).toEqual({
      metropole: { atp: 0, ccu: 0 },
      littoral: { atp: 0, ccu: 0 },
      artois: { atp: 9, ccu: 3 },
      hainaut: { atp: 0, ccu: 0 },
    });
    expect(counts.atp.byBassin.metropole.unattributed).toBe(8);
    expect(counts.atp.byBassin.littoral.disagreement).toBe(true);
    expect([counts.atp.total, counts.atp.extras, counts.atp.filtered]).toEqual([9, [], true]);
    expect([counts.ccu.total, counts.ccu.extras, counts.ccu.byBassin.artois.inferred]).toEqual([3, [], false]);
  });

  test('a group value only partly matched is not counted but reported as unsplittable', () => {
    const metropole = countsByBassin(fixture, filters({ kinds: ['ch'] })).atp.byBassin.metropole;
    expect([metropole.value, metropole.unattributed, ids(metropole.siteValues), ids(metropole.unsplittable)]).toEqual([
      4,
      4,
      ['atp-tourcoing'],
      ['atp-tourcoing-ghicl'],
    ]);
  });

  test('a group value counts when all its sites match', () => {
    const metropole = countsByBassin(fixture, filters({ kinds: ['ch', 'espic'] })).atp.byBassin.metropole;
    expect([metropole.value, ids(metropole.siteValues), metropole.unsplittable]).toEqual([5, ['atp-tourcoing', 'atp-tourcoing-ghicl'], []]);
  });

  test('filtered values may exceed the published total: unattributed goes negative', () => {
    const littoral = countsByBassin(fixture, filters({ kinds: ['ch'] })).atp.byBassin.littoral;
    expect([littoral.value, littoral.unattributed, littoral.inferred, littoral.disagreement]).toEqual([12, -2, true, true]);
  });

  test('kinds with no site value (the CHU) give 0 everywhere', () => {
    const counts = countsByBassin(fixture, filters({ kinds: ['chu'] }));
    expect([counts.atp.total, counts.ccu.total]).toEqual([0, 0]);
  });

  test('an unknown member matches nothing', () => {
    expect(countsByBassin(fixture, filters({ member: 'cht-nowhere' })).atp.total).toBe(0);
  });
});

describe('countsByBassin memoization', () => {
  test('the same filters, even rebuilt, give the same object; scheme and links do not recompute', () => {
    const a = countsByBassin(fixture, filters({ kinds: ['ch'] }));
    expect(countsByBassin(fixture, filters({ kinds: ['ch'], scheme: 'ccu', links: [] }))).toBe(a);
    expect(countsByBassin(fixture, filters({ kinds: ['ch', 'chu'] }))).not.toBe(a);
  });
  test('a date change keeps the cells and only redoes the period', () => {
    const a = countsByBassin(fixture, filters({ date: '2001-01-01' }));
    const b = countsByBassin(fixture, filters({ date: '2016-01-01' }));
    expect(b).not.toBe(a);
    expect(b.atp.byBassin).toBe(a.atp.byBassin);
    expect([a.ccu.period.dateRelation, b.ccu.period.dateRelation]).toEqual(['before', 'after']);
  });
});

describe('countsByBassin errors', () => {
  test('a missing bassin total is a data error that says which', () => {
    const broken = withChanges({
      posts: { ...fixture.posts, bassinTotals: fixture.posts.bassinTotals.filter((t) => t.bassin !== 'hainaut') },
    });
    expect(() => countsByBassin(broken, filters())).toThrow('posts.json: no published atp total for bassin "hainaut" in bassinTotals');
  });
  test('a scheme without period and a missing grand total say so', () => {
    const noPeriod = withChanges({
      posts: { ...fixture.posts, schemes: fixture.posts.schemes.map((s) => ({ ...s, period: undefined })) },
    });
    expect(() => countsByBassin(noPeriod, filters())).toThrow('posts.json: scheme "atp" has no period');
    const noGrand = withChanges({ posts: { ...fixture.posts, grandTotals: [] } });
    expect(() => countsByBassin(noGrand, filters())).toThrow('posts.json: no grand total for scheme "atp" in grandTotals');
  });
});

test('dateRelation compares a date with whole years', () => {
  const period = { start: 2009, end: 2011 };
  expect(['2008-12-31', '2009-01-01', '2011-12-31', '2012-01-01'].map((d) => dateRelation(d, period))).toEqual([
    'before',
    'within',
    'within',
    'after',
  ]);
});

describe('countsAvailable', () => {
  test('counts exist only where the posts define every counted scheme with its period', () => {
    const posts = fixture.posts;
    expect(countsAvailable({ posts })).toBe(true);
    expect(countsAvailable({ posts: { ...posts, schemes: [] } })).toBe(false);
    expect(countsAvailable({ posts: { ...posts, schemes: posts.schemes.filter((s) => s.id !== 'ccu') } })).toBe(false);
    // A bassin total the validator rejected: no counts (the file's issue says why), not a failed computation.
    expect(countsAvailable({ posts: { ...posts, bassinTotals: posts.bassinTotals.slice(1) } })).toBe(false);
  });
});
