import { expect, test } from 'vitest';
import { compareNetwork, parseDateInput } from '../../../src/query/compare.ts';
import { fixture } from '../../fixtures/dataset.ts';
import { filters } from './helpers.ts';

test('between 2008-12-31 and 2012-12-31 the GCS Infectiologie (2009) appears; nothing ends; undated ones never move', () => {
  const c = compareNetwork(fixture, filters({ date: '2012-12-31' }), '2008-12-31');
  expect([c.from, c.to, c.appeared.map((r) => r.id), c.ended.map((r) => r.id)]).toEqual([
    '2008-12-31',
    '2012-12-31',
    ['gcs-infectiologie'],
    [],
  ]);
});

test('the order of the dates does not matter, and the filters apply to both sides', () => {
  const a = compareNetwork(fixture, filters({ date: '2000-06-30' }), '2017-12-31');
  expect([a.from, a.to, a.appeared.map((r) => r.id)]).toEqual([
    '2000-06-30',
    '2017-12-31',
    ['posts-2000', 'gcs-urgences-main', 'gcs-infectiologie', 'cht-artois-douaisis'],
  ]);
  const gcsOnly = compareNetwork(fixture, filters({ date: '2000-06-30', links: ['gcs'] }), '2017-12-31');
  expect(gcsOnly.appeared.map((r) => r.id)).toEqual(['gcs-urgences-main', 'gcs-infectiologie']);
});

const p = (s: string) => parseDateInput(s, '2000-01-01', '2017-12-31');

test('parseDateInput: a year or a month means its last day; days are checked; clamped to the timeline', () => {
  expect(['2008', '2008-06', '02/2012', '2012-02-29', '29/02/2011', '1999', '2020-05', ' 2011-4 ', 'hier', '2010-13'].map(p)).toEqual([
    '2008-12-31',
    '2008-06-30',
    '2012-02-29',
    '2012-02-29',
    null,
    '2000-01-01',
    '2017-12-31',
    '2011-04-30',
    null,
    null,
  ]);
});
