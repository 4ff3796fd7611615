import { expect, test } from 'vitest';
import { classBreaks, classOf, legendClasses } from '../../../src/query/classes.ts';

const format = (value: number, digits: number): string => value.toFixed(digits);
const labels = (breaks: number[], integer: boolean): string[] => legendClasses(breaks, { integer, format }).map((c) => c.label);

test('ckmeans: natural breaks at the cluster minima; a top cluster of equal values is its own class', () => {
  expect(classBreaks([36, 22, 86, 38], 'ckmeans', 3)).toEqual([22, 36, 86, 86]);
  expect(classBreaks([2, 6, 3, 7], 'ckmeans', 2)).toEqual([2, 6, 7]);
  expect(classBreaks([5, 2, 3, 5], 'ckmeans', 3)).toEqual([2, 3, 5, 5]);
});

test('quantile and equal intervals; never more classes than distinct values; no empty class', () => {
  expect(classBreaks([0, 1, 2, 3, 4], 'quantile', 4)).toEqual([0, 1, 2, 3, 4]);
  // simple-statistics interpolates: the 2/3 quantile of [0, 0, 0, 1, 5] is 2/3; the 1/3 quantile (0) repeats the minimum and goes.
  expect(classBreaks([0, 0, 0, 1, 5], 'quantile', 3)).toEqual([0, 0.6666666666666665, 5]);
  expect(classBreaks([0, 10, 3], 'equal', 5)).toEqual([0, 10 / 3, 20 / 3, 10]);
  expect(classBreaks([4, 4, 4], 'equal', 5)).toEqual([4, 4]);
  expect(classBreaks([], 'ckmeans', 5)).toEqual([]);
  expect(classBreaks([Number.NaN, 1], 'ckmeans', 5)).toEqual([1, 1]);
});

test('classOf: half-open classes, the last one closed', () => {
  const breaks = [2, 3, 5, 5];
  expect([2, 3, 4, 5].map((v) => classOf(v, breaks))).toEqual([0, 1, 1, 2]);
  expect(classOf(7, [0, 5, 10])).toBe(1);
  expect(classOf(1, [])).toBe(-1);
  expect(classOf(4, [4, 4])).toBe(0);
});

test('integer legends: runs of integers, a single integer alone, no "0–0" nor "1–0"', () => {
  expect(labels([2, 3, 5, 5], true)).toEqual(['2', '3–4', '5']);
  expect(labels([0, 1, 2], true)).toEqual(['0', '1–2']);
  expect(labels([0, 0.5, 1, 7], true)).toEqual(['0', '1–7']);
  expect(labels([22, 36, 86, 86], true)).toEqual(['22–35', '36–85', '86']);
  expect(labels([4, 4], true)).toEqual(['4']);
  expect(legendClasses([0, 1, 2], { integer: true, format })[1]).toEqual({ from: 1, to: 2, label: '1–2' });
});

test('rate legends: the fewest fraction digits that keep bounds apart; a one-value class shows that value', () => {
  expect(labels([2.64, 2.71, 5.11, 7.44], false)).toEqual(['2.6 – 2.7', '2.7 – 5.1', '5.1 – 7.4']);
  expect(labels([0.147, 0.26, 0.74, 0.74], false)).toEqual(['0.1 – 0.3', '0.3 – 0.7', '0.7']);
  expect(labels([1.001, 1.004, 2], false)).toEqual(['1.001 – 1.004', '1.004 – 2.000']);
  expect(labels([0.4, 0.4], false)).toEqual(['0.4']);
});

test('with the values (Ckmeans): each class is labelled by the range of the values it holds', () => {
  const values = [0.147, 0.26, 0.739, 0.941];
  const breaks = classBreaks(values, 'ckmeans', 2);
  expect(breaks).toEqual([0.147, 0.739, 0.941]);
  expect(legendClasses(breaks, { integer: false, format, values }).map((c) => c.label)).toEqual(['0.1 – 0.3', '0.7 – 0.9']);
  expect(legendClasses([0, 5, 10], { integer: false, format, values: [1, 2] }).map((c) => c.label)).toEqual(['1.0 – 2.0', '5.0 – 10.0']);
});
