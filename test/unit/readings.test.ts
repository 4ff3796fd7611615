/**
 * The post-map solver, on hand-made fixtures with exact results, and the
 * proof that every site value in `data/posts.json` is exactly what all the
 * readings of its map agree on (so setting `atp-arras` back to 30, or
 * Saint-Omer back to 5, fails here).
 */
import { describe, expect, it } from 'vitest';
import { agreement, readPostMap, type PostMapFacts } from '../../src/model/postMapReadings.ts';
import type { BassinId, PostMap, PostsData } from '../../src/model/types.ts';
import { readRepoJson } from '../fixtures/realData.ts';

const site = (label: string, bassins: BassinId[] = ['littoral']) => ({ label, establishment: label.toLowerCase(), bassins });

/** Two sites, two values, a total of 5 and one of 3: A and B are each forced. */
const forced: PostMapFacts = {
  totals: { littoral: 5, artois: 3 },
  stated: [],
  labelBlock: [site('A'), site('B', ['artois'])],
  valueBlock: [3, 5],
  adjacentPairs: [],
  unvalued: [],
  looseValues: [],
};

describe('readPostMap and agreement', () => {
  it('deduces values the totals force', () => {
    const readings = readPostMap(forced, null);
    expect(readings).toEqual([
      { values: { a: { value: 5, bassin: 'littoral' }, b: { value: 3, bassin: 'artois' } }, unattributed: { littoral: 0, artois: 0 } },
    ]);
    expect(agreement(forced, readings)).toEqual({
      readings: 1,
      deduced: [
        { establishment: 'a', label: 'A', value: 5, bassin: 'littoral' },
        { establishment: 'b', label: 'B', value: 3, bassin: 'artois' },
      ],
      groups: [],
      open: [],
      unattributed: { littoral: 0, artois: 0 },
    });
  });

  it('keeps two sites of one bassin as a group value, never one permutation', () => {
    const facts: PostMapFacts = { ...forced, totals: { littoral: 8 }, labelBlock: [site('A'), site('B')] };
    const result = agreement(facts, readPostMap(facts, null));
    expect(result.readings).toBe(2);
    expect(result.deduced).toEqual([]);
    expect(result.groups).toEqual([{ establishments: ['a', 'b'], labels: ['A', 'B'], values: [3, 5], value: 8, bassin: 'littoral' }]);
  });

  it('trusts an adjacent pair only under an assumption, and leaves the rest open', () => {
    const facts: PostMapFacts = {
      totals: { littoral: 3 },
      stated: [],
      labelBlock: [],
      valueBlock: [],
      adjacentPairs: [{ ...site('A'), value: 2 }],
      unvalued: [site('B')],
      looseValues: [1],
    };
    const open = agreement(facts, readPostMap(facts, null));
    expect([open.readings, open.deduced, open.groups]).toEqual([
      2,
      [],
      [{ establishments: ['a', 'b'], labels: ['A', 'B'], values: [1, 2], value: 3, bassin: 'littoral' }],
    ]);
    const trusted = agreement(facts, readPostMap(facts, { id: 'pair', trusted: ['A'], text: '', textEn: '' }));
    expect(trusted.deduced.map((d) => [d.label, d.value])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
  });

  it('counts a site in another bassin when only that fits, and keeps what no value can fill as unattributed', () => {
    const facts: PostMapFacts = {
      totals: { artois: 1, hainaut: 9 },
      stated: [],
      labelBlock: [site('V', ['hainaut'])],
      valueBlock: [4],
      adjacentPairs: [],
      unvalued: [site('S', ['artois', 'hainaut'])],
      looseValues: [5],
    };
    const result = agreement(facts, readPostMap(facts, null));
    expect(result.deduced).toEqual([
      { establishment: 'v', label: 'V', value: 4, bassin: 'hainaut' },
      { establishment: 's', label: 'S', value: 5, bassin: 'hainaut' },
    ]);
    expect(result.unattributed).toEqual({ artois: 1, hainaut: 0 });
  });

  it('rejects an assumption that names no adjacent pair', () => {
    expect(() => readPostMap(forced, { id: 'x', trusted: ['Nowhere'], text: '', textEn: '' })).toThrow(
      'assumption x: no adjacent pair "Nowhere"',
    );
  });
});

describe('data/posts.json is what every reading agrees on', () => {
  const posts = readRepoJson('data/posts.json') as PostsData;
  const maps = posts.maps ?? [];

  function factsOf(map: PostMap): PostMapFacts {
    const totals = Object.fromEntries(posts.bassinTotals.filter((t) => t.scheme === map.scheme).map((t) => [t.bassin, t.value]));
    const stated = posts.siteValues
      .filter((v) => v.scheme === map.scheme && v.certainty === 'stated')
      .map((v) => ({ bassin: v.bassin, value: v.value }));
    return { ...map, totals, stated };
  }

  it('has the two maps', () => expect(maps.map((m) => m.scheme)).toEqual(['atp', 'ccu']));

  for (const map of maps) {
    describe(`the ${map.scheme} map`, () => {
      const facts = factsOf(map);
      const assumption = map.assumptions.find((a) => a.id === map.defaultAssumption) ?? null;
      const none = agreement(facts, readPostMap(facts, null));
      const shown = assumption ? agreement(facts, readPostMap(facts, assumption)) : none;
      const agreedWithout = new Set([
        ...none.deduced.map((d) => `${d.establishment}=${d.value}`),
        ...none.groups.map((g) => `${g.establishments.join('+')}=${g.value}`),
      ]);

      it('stores the number of readings and what they agree on, per assumption', () => {
        const expected = [
          {
            assumption: null,
            readings: none.readings,
            agreed: [...none.deduced.map((d) => d.establishment), ...none.groups.map((g) => g.establishments.join('+'))],
          },
          ...(assumption
            ? [
                {
                  assumption: assumption.id,
                  readings: shown.readings,
                  agreed: [...shown.deduced.map((d) => d.establishment), ...shown.groups.map((g) => g.establishments.join('+'))],
                },
              ]
            : []),
        ];
        expect(map.readingCounts).toEqual(expected);
      });

      it('shows exactly the agreed values outside the stated ones: same sites, values, bassins, and the assumption only where needed', () => {
        const actual = posts.siteValues
          .filter((v) => v.scheme === map.scheme && v.certainty !== 'stated')
          .map((v) => ({ establishments: v.establishments, value: v.value, bassin: v.bassin, assumption: v.assumption ?? null }))
          .toSorted((a, b) => a.establishments.join().localeCompare(b.establishments.join()));
        const expected = [
          ...shown.deduced.map((d) => ({
            establishments: [d.establishment],
            value: d.value,
            bassin: d.bassin,
            key: `${d.establishment}=${d.value}`,
          })),
          ...shown.groups.map((g) => ({
            establishments: g.establishments,
            value: g.value,
            bassin: g.bassin,
            key: `${g.establishments.join('+')}=${g.value}`,
          })),
        ]
          .map(({ key, ...v }) => ({ ...v, assumption: agreedWithout.has(key) ? null : (assumption?.id ?? null) }))
          .toSorted((a, b) => a.establishments.join().localeCompare(b.establishments.join()));
        expect(actual).toEqual(expected);
      });

      it('leaves no site of the map open under the shown assumption', () => expect(shown.open).toEqual([]));
    });
  }

  it('gives the figures of the note: 2,268 readings with no assumption, 36 with the adjacent pairs; 2 for the CCU-Région map', () => {
    expect(maps.map((m) => m.readingCounts.map((c) => [c.assumption, c.readings]))).toEqual([
      [
        [null, 2268],
        ['atp-adjacent-pairs', 36],
      ],
      [[null, 2]],
    ]);
  });
});
