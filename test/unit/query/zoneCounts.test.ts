import { expect, test } from 'vitest';
import { countsByZone, unzonedTotal } from '../../../src/query/zoneCounts.ts';
import { fixture, withChanges } from '../../fixtures/dataset.ts';
import { filters } from './helpers.ts';

test('ATP site values per zone; a group over two zones is unzoned', () => {
  expect([...countsByZone(fixture, filters())]).toEqual([
    ['roubaix-tourcoing', { value: 4, inferred: false }],
    ['boulonnais', { value: 12, inferred: true }],
    ['lens-henin', { value: 8, inferred: true }],
    ['bethune-bruay', { value: 1, inferred: false }],
  ]);
  expect(unzonedTotal(fixture, filters())).toBe(1);
});

test('a group within one zone goes to that zone', () => {
  const sameZone = withChanges({
    establishments: fixture.establishments.map((e) => (e.id === 'ghicl' ? { ...e, zone: 'roubaix-tourcoing' } : e)),
  });
  expect(countsByZone(sameZone, filters()).get('roubaix-tourcoing')).toEqual({ value: 5, inferred: false });
  expect(unzonedTotal(sameZone, filters())).toBe(0);
});

test('an establishment without zone leaves its values unzoned', () => {
  const noZone = withChanges({
    establishments: fixture.establishments.map((e) => (e.id === 'ch-lens' ? { ...e, zone: undefined } : e)),
  });
  expect(countsByZone(noZone, filters()).has('lens-henin')).toBe(false);
  expect(unzonedTotal(noZone, filters())).toBe(9);
});

test('the current scheme, and the establishment filter, apply', () => {
  expect([...countsByZone(fixture, filters({ scheme: 'ccu' }))]).toEqual([
    ['boulonnais', { value: 2, inferred: false }],
    ['lens-henin', { value: 3, inferred: false }],
  ]);
  expect([...countsByZone(fixture, filters({ member: 'cht-artois-douaisis' }))]).toEqual([
    ['lens-henin', { value: 8, inferred: true }],
    ['bethune-bruay', { value: 1, inferred: false }],
  ]);
  // The partly matched group counts nowhere, not even as unzoned.
  expect([...countsByZone(fixture, filters({ kinds: ['ch'] }))][0]).toEqual(['roubaix-tourcoing', { value: 4, inferred: false }]);
  expect(unzonedTotal(fixture, filters({ kinds: ['ch'] }))).toBe(0);
});
