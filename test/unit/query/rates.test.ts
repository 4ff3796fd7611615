import { expect, test } from 'vitest';
import { parsePopulation } from '../../../src/model/population.ts';
import type { Zone } from '../../../src/model/types.ts';
import { countsByBassin } from '../../../src/query/countsByBassin.ts';
import { ratePer100k, ratesByBassin, ratesByZone, ratesForElement } from '../../../src/query/rates.ts';
import { fixture, fixtureZones, withChanges } from '../../fixtures/dataset.ts';
import { fixturePopulation } from '../../fixtures/population.ts';
import { filters } from './helpers.ts';

const zones: Zone[] = [
  ...fixtureZones,
  { id: 'bethune-bruay', name: 'Béthune-Bruay', bassin: 'artois' },
  { id: 'boulonnais', name: 'Boulonnais', bassin: 'littoral' },
];

test('ratePer100k: count × 100,000 / population; null without population', () => {
  expect(ratePer100k(36, 1_363_003)).toBe(3_600_000 / 1_363_003);
  expect(ratePer100k(1, 250_000)).toBe(0.4);
  expect(ratePer100k(3, 0)).toBeNull();
});

test('per bassin: the published totals per 100,000 inhabitants, with the population year', () => {
  const rates = ratesByBassin(countsByBassin(fixture, filters()), fixturePopulation);
  expect(rates.year).toBe(2016);
  expect(rates.atp.littoral).toEqual({ count: 10, population: 200_000, rate: 5 });
  expect(ratesForElement(rates)).toEqual({
    metropole: { atp: 2, ccu: 0.25 },
    littoral: { atp: 5, ccu: 1 },
    artois: { atp: 3, ccu: 1 },
    hainaut: { atp: 5, ccu: 0 },
  });
});

test('per bassin under an establishment filter: the matching site values', () => {
  const rates = ratesByBassin(countsByBassin(fixture, filters({ kinds: ['ch'] })), fixturePopulation);
  // CH only: Tourcoing 4 (the Tourcoing/GHICL group is unsplittable), Boulogne 12, Lens 8 + Béthune 1.
  expect(ratesForElement(rates)).toEqual({
    metropole: { atp: 1, ccu: 0 },
    littoral: { atp: 6, ccu: 1 },
    artois: { atp: 3, ccu: 1 },
    hainaut: { atp: 0, ccu: 0 },
  });
});

test('per zone: rated only where every post of the bassin is attributed to one zone; else says why', () => {
  const atp = ratesByZone(fixture, filters({ scheme: 'atp' }), fixturePopulation, zones);
  expect(atp.map((z) => [z.zone, z.rate?.rate ?? null, z.gap])).toEqual([
    ['roubaix-tourcoing', null, { kind: 'unattributed', posts: 3 }],
    ['lille', null, { kind: 'unattributed', posts: 3 }],
    ['flandre-interieure', null, { kind: 'unattributed', posts: 3 }],
    ['lens-henin', 4, null],
    ['bethune-bruay', 1, null],
    ['boulonnais', null, { kind: 'disagreement', posts: 2 }],
  ]);
  expect(atp[3]).toEqual({
    zone: 'lens-henin',
    bassin: 'artois',
    population: 200_000,
    rate: { count: 8, population: 200_000, rate: 4 },
    gap: null,
  });
  const ccu = ratesByZone(fixture, filters({ scheme: 'ccu' }), fixturePopulation, zones);
  expect(ccu.map((z) => [z.zone, z.rate?.rate ?? null, z.gap?.kind ?? null])).toEqual([
    ['roubaix-tourcoing', null, 'unattributed'],
    ['lille', null, 'unattributed'],
    ['flandre-interieure', null, 'unattributed'],
    ['lens-henin', 1.5, null],
    ['bethune-bruay', 0, null],
    ['boulonnais', 1.25, null],
  ]);
});

test('per zone: a value shared across zones blocks the zones it touches, not the others', () => {
  const complete = withChanges({
    posts: {
      ...fixture.posts,
      siteValues: fixture.posts.siteValues.map((v) => (v.id === 'atp-tourcoing' ? { ...v, value: 7 } : v)),
    },
  });
  const metropole = ratesByZone(complete, filters({ scheme: 'atp' }), fixturePopulation, zones).slice(0, 3);
  expect(metropole.map((z) => [z.zone, z.rate?.rate ?? null, z.gap])).toEqual([
    ['roubaix-tourcoing', null, { kind: 'spanning', posts: 1 }],
    ['lille', null, { kind: 'spanning', posts: 1 }],
    ['flandre-interieure', 0, null],
  ]);
});

test('parsePopulation: accepts the committed shape, locates what is wrong', () => {
  const good = {
    vintage: { year: 2016 },
    credit: 'c',
    region: 10,
    bassins: { metropole: 1, littoral: 2, artois: 3, hainaut: 4 },
    zones: { lille: 1 },
  };
  expect(parsePopulation(good)).toEqual({
    population: { year: 2016, credit: 'c', region: 10, bassins: { metropole: 1, littoral: 2, artois: 3, hainaut: 4 }, zones: { lille: 1 } },
  });
  expect(parsePopulation({ ...good, bassins: { ...good.bassins, hainaut: -4 } })).toEqual({
    issue: { file: 'geo/population.json', field: 'bassins.hainaut', message: 'must be a positive integer' },
  });
  expect(parsePopulation([])).toEqual({ issue: { file: 'geo/population.json', message: 'is not a JSON object' } });
});
