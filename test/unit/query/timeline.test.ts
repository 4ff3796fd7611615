import { expect, test } from 'vitest';
import { readTypedDate, stepYear } from '../../../src/query/timeline.ts';

const MIN = '2000-01-01';
const MAX = '2017-12-31';

test('readTypedDate: a year or a month means its last day; a day is itself', () => {
  expect(['2012', '2012-06', '06/2012', '2012-02', '2008-02', '2012-06-15', '15/06/2012'].map((t) => readTypedDate(t, MIN, MAX))).toEqual([
    { date: '2012-12-31', clamped: false },
    { date: '2012-06-30', clamped: false },
    { date: '2012-06-30', clamped: false },
    { date: '2012-02-29', clamped: false },
    { date: '2008-02-29', clamped: false },
    { date: '2012-06-15', clamped: false },
    { date: '2012-06-15', clamped: false },
  ]);
});

test('readTypedDate: outside the timeline it is moved to the nearest end, and says so; no date gives null', () => {
  expect(readTypedDate('1999', MIN, MAX)).toEqual({ date: '2000-01-01', clamped: true });
  expect(readTypedDate('2020-03', MIN, MAX)).toEqual({ date: '2017-12-31', clamped: true });
  expect(['', '12', '2012-13', '2011-02-29', 'deux mille douze', '2012-6-1x'].map((t) => readTypedDate(t, MIN, MAX))).toEqual([
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
});

test('stepYear: same day a year away; 29 February becomes 28; null past either end', () => {
  expect(stepYear('2012-06-30', -1, MIN, MAX)).toBe('2011-06-30');
  expect(stepYear('2012-06-30', 1, MIN, MAX)).toBe('2013-06-30');
  expect(stepYear('2012-02-29', 1, MIN, MAX)).toBe('2013-02-28');
  expect(stepYear('2017-12-31', 1, MIN, MAX)).toBeNull();
  expect(stepYear('2000-06-30', -1, MIN, MAX)).toBeNull();
  expect(stepYear('2001-01-01', -1, MIN, MAX)).toBe('2000-01-01');
});
