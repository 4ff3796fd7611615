/**
 * The "within N km" establishment filter and the "hide what is only attested"
 * switch, on the fixture (distances from the CHRU: GHICL 3.6 km, Tourcoing
 * 16.2, Lens 25.1, Béthune 29.1, Boulogne 99.7; Lens–Béthune 16.6).
 */
import { describe, expect, test } from 'vitest';
import { countsByBassin } from '../../../src/query/countsByBassin.ts';
import { establishmentFilterKey, establishmentFilterOfKey, isEstablishmentFilterActive } from '../../../src/query/state.ts';
import { viewSummary } from '../../../src/query/summary.ts';
import { matchingEstablishmentIds, visibleEstablishments, withinOriginOptions } from '../../../src/query/visibleEstablishments.ts';
import { visibleLinks } from '../../../src/query/visibleLinks.ts';
import { countsByZone } from '../../../src/query/zoneCounts.ts';
import { fixture, withChanges } from '../../fixtures/dataset.ts';
import { filters, stateWith } from './helpers.ts';

const atp = (f: Parameters<typeof countsByBassin>[1]) =>
  Object.fromEntries(Object.entries(countsByBassin(fixture, f).atp.byBassin).map(([b, c]) => [b, c.value]));

describe('within N km', () => {
  test('is an establishment filter; its key reads back', () => {
    const f = filters({ within: { km: 20, from: 'chru-lille' } });
    expect(isEstablishmentFilterActive(f)).toBe(true);
    expect(isEstablishmentFilterActive(filters({ within: null }))).toBe(false);
    expect(establishmentFilterKey(filters())).toBe('*');
    expect(establishmentFilterOfKey(establishmentFilterKey(f))).toEqual({
      kinds: f.kinds,
      member: null,
      within: { km: 20, from: 'chru-lille' },
    });
  });

  test('keeps the establishments within the radius of the CHRU (inclusive)', () => {
    expect([...matchingEstablishmentIds(fixture, filters({ within: { km: 20, from: 'chru-lille' } }))]).toEqual([
      'chru-lille',
      'ch-tourcoing',
      'ghicl',
    ]);
    expect(visibleEstablishments(fixture, filters({ within: { km: 29, from: 'chru-lille' } })).map((e) => e.id)).toEqual([
      'chru-lille',
      'ch-tourcoing',
      'ghicl',
      'ch-lens',
    ]);
  });

  test('from another establishment: the CHRU stays drawn (the hub) but is not matching, so never counted', () => {
    const f = filters({ within: { km: 20, from: 'ch-lens' } });
    expect([...matchingEstablishmentIds(fixture, f)]).toEqual(['ch-lens', 'ch-bethune']);
    expect(visibleEstablishments(fixture, f).map((e) => e.id)).toEqual(['chru-lille', 'ch-lens', 'ch-bethune']);
    expect(visibleLinks(fixture, f).map((l) => l.id)).toEqual([
      'cht-artois-douaisis:ch-bethune:ch-lens',
      'posts-2000:chru-lille:ch-bethune',
      'posts:atp:atp-lens:chru-lille:ch-lens',
      'posts:atp:atp-bethune:chru-lille:ch-bethune',
    ]);
  });

  test('an unknown origin keeps nothing but the hub', () => {
    const f = filters({ within: { km: 100, from: 'nowhere' } });
    expect(matchingEstablishmentIds(fixture, f).size).toBe(0);
    expect(visibleEstablishments(fixture, f).map((e) => e.id)).toEqual(['chru-lille']);
  });

  test('counts follow the kinds rule: sums of the site values whose establishments all match', () => {
    expect(atp(filters())).toEqual({ metropole: 8, littoral: 10, artois: 9, hainaut: 5 });
    expect(atp(filters({ within: { km: 20, from: 'chru-lille' } }))).toEqual({ metropole: 5, littoral: 0, artois: 0, hainaut: 0 });
    expect(atp(filters({ within: { km: 30, from: 'chru-lille' } }))).toEqual({ metropole: 5, littoral: 0, artois: 9, hainaut: 0 });
    // GHICL is 3.6 km away, Tourcoing 16.2: at 10 km the Tourcoing–GHICL group value is partly matched, so not counted.
    const near = countsByBassin(fixture, filters({ within: { km: 10, from: 'chru-lille' } })).atp;
    expect([
      near.byBassin.metropole.value,
      near.byBassin.metropole.unsplittable.map((v) => v.id),
      near.byBassin.metropole.unattributed,
    ]).toEqual([0, ['atp-tourcoing-ghicl'], 8]);
    expect([near.filtered, near.extras, near.total, near.published]).toEqual([true, [], 0, 32]);
    const ccu = countsByBassin(fixture, filters({ within: { km: 20, from: 'ch-lens' } })).ccu;
    expect([ccu.byBassin.artois.value, ccu.total, ccu.extras]).toEqual([3, 3, []]);
  });

  test('combines with the kinds filter (both must match)', () => {
    const f = filters({ within: { km: 20, from: 'chru-lille' }, kinds: ['espic'] });
    expect([...matchingEstablishmentIds(fixture, f)]).toEqual(['ghicl']);
    expect(atp(f)).toEqual({ metropole: 0, littoral: 0, artois: 0, hainaut: 0 });
  });

  test('zone counts use the same matching set', () => {
    expect([...countsByZone(fixture, { ...filters({ within: { km: 20, from: 'chru-lille' } }), scheme: 'atp' })]).toEqual([
      ['roubaix-tourcoing', { value: 4, inferred: false }],
    ]);
  });

  test('the screen-reader summary states it', () => {
    const state = stateWith({ within: { km: 12.5, from: 'ch-lens' } });
    const f = state.filters;
    const text = viewSummary(fixture, state, countsByBassin(fixture, f), visibleLinks(fixture, f), 'fr');
    expect(text).toContain('Filtres : à moins de 12,5 km de CH Lens.');
    const en = viewSummary(fixture, state, countsByBassin(fixture, f), visibleLinks(fixture, f), 'en');
    expect(en).toContain('Filters: within 12.5 km of CH Lens.');
  });
});

describe('hide what is only attested', () => {
  // The syndicate has no stated date: here a source attests it on 2005-03-01.
  const attested = withChanges({
    cooperations: fixture.cooperations.map((c) =>
      c.id === 'syndicat-lrt' ? { ...c, attested: { date: '2005-03-01', seed: 'seed-x' } } : c,
    ),
  });
  const coops = (f: Parameters<typeof visibleLinks>[1]) => [...new Set(visibleLinks(attested, f).map((l) => l.cooperationId))];

  test('hides the cooperations in force only by an attestation; dated ones stay', () => {
    expect(coops(filters())).toEqual([
      'gcs-urgences-main',
      'gcs-infectiologie',
      'cht-artois-douaisis',
      'syndicat-lrt',
      'posts-2000',
      'posts:atp:atp-tourcoing',
      'posts:atp:atp-tourcoing-ghicl',
      'posts:atp:atp-boulogne',
      'posts:atp:atp-lens',
      'posts:atp:atp-bethune',
    ]);
    expect(coops(filters({ hideAttested: true }))).toEqual([
      'gcs-urgences-main',
      'gcs-infectiologie',
      'cht-artois-douaisis',
      'posts-2000',
      'posts:atp:atp-tourcoing',
      'posts:atp:atp-tourcoing-ghicl',
      'posts:atp:atp-boulogne',
      'posts:atp:atp-lens',
      'posts:atp:atp-bethune',
    ]);
    expect(coops(filters({ date: '2004-12-31' }))).toEqual([
      'gcs-urgences-main',
      'posts-2000',
      'posts:atp:atp-tourcoing',
      'posts:atp:atp-tourcoing-ghicl',
      'posts:atp:atp-boulogne',
      'posts:atp:atp-lens',
      'posts:atp:atp-bethune',
    ]);
  });

  test('a cooperation nothing dates (no attestation either) is not "only attested": it stays', () => {
    expect(coops({ ...filters({ hideAttested: true }), links: ['convention'] })).toEqual([]);
    expect(visibleLinks(fixture, { ...filters({ hideAttested: true }), links: ['convention'] }).map((l) => l.id)).toEqual([
      'syndicat-lrt:ch-tourcoing:ghicl',
      'syndicat-lrt:chru-lille:ghicl',
    ]);
  });

  test('counts do not change (post figures are not cooperations); the summary says it', () => {
    expect(countsByBassin(attested, filters({ hideAttested: true }))).toEqual(countsByBassin(attested, filters()));
    const state = stateWith({ hideAttested: true });
    expect(viewSummary(attested, state, countsByBassin(attested, state.filters), visibleLinks(attested, state.filters), 'en')).toContain(
      'Cooperations only attested (no start date) are hidden.',
    );
  });
});

test('withinOriginOptions: the CHRU first, then by short name', () => {
  expect(withinOriginOptions(fixture).map((e) => e.id)).toEqual([
    'chru-lille',
    'ch-bethune',
    'ch-boulogne',
    'ch-lens',
    'ch-tourcoing',
    'ghicl',
  ]);
});
