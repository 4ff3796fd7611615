import { expect, test } from 'vitest';
import { cooperationsInForce, isInForce } from '../../../src/query/cooperationsInForce.ts';
import { fixture } from '../../fixtures/dataset.ts';

const ids = (list: { id: string }[]): string[] => list.map((x) => x.id);

test('at the end of the timeline: every dated cooperation, undated ones apart', () => {
  const { dated, undated } = cooperationsInForce(fixture, '2017-12-31');
  expect(ids(dated)).toEqual(['gcs-urgences-main', 'gcs-infectiologie', 'cht-artois-douaisis', 'posts-2000']);
  expect(ids(undated)).toEqual(['syndicat-lrt', 'cht-boulogne-montreuil']);
});

test('in force from its date inclusive', () => {
  expect(ids(cooperationsInForce(fixture, '2009-08-05').dated)).toEqual(['gcs-urgences-main', 'posts-2000']);
  expect(ids(cooperationsInForce(fixture, '2009-08-06').dated)).toEqual(['gcs-urgences-main', 'gcs-infectiologie', 'posts-2000']);
});

test('at the start of the timeline nothing dated yet; undated ones at every date', () => {
  const { dated, undated } = cooperationsInForce(fixture, '2000-01-01');
  expect([ids(dated), ids(undated)]).toEqual([[], ['syndicat-lrt', 'cht-boulogne-montreuil']]);
});

test('isInForce: undated always, dated from their date', () => {
  expect([
    isInForce({}, '2000-01-01'),
    isInForce({ date: '2001-07-13' }, '2001-07-12'),
    isInForce({ date: '2001-07-13' }, '2001-07-13'),
  ]).toEqual([true, false, true]);
});

test('is memoized on dataset and date', () => {
  expect(cooperationsInForce(fixture, '2010-01-01')).toBe(cooperationsInForce(fixture, '2010-01-01'));
});
