import { expect, test } from 'vitest';
import { memoizeByObject, memoizeLast } from '../../../src/query/memoizeLast.ts';

test('memoizeLast recomputes only when an argument changes identity', () => {
  let calls = 0;
  const sum = memoizeLast((a: number, b: { n: number }) => {
    calls++;
    return { total: a + b.n };
  });
  const b = { n: 2 };
  const first = sum(1, b);
  expect(sum(1, b)).toBe(first);
  expect(calls).toBe(1);
  expect(sum(1, { n: 2 })).toEqual(first);
  expect(calls).toBe(2);
  sum(3, b);
  expect(calls).toBe(3);
});

test('memoizeByObject computes once per object', () => {
  let calls = 0;
  const size = memoizeByObject((list: number[]) => {
    calls++;
    return list.length;
  });
  const list = [1, 2, 3];
  expect([size(list), size(list), size([1])]).toEqual([3, 3, 1]);
  expect(calls).toBe(2);
});
