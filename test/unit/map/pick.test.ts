import { expect, test } from 'vitest';
import { nearestLine, polylineDistance, segmentDistance } from '../../../src/map/pick.ts';

test('segmentDistance: perpendicular inside the segment, to the nearest end outside it', () => {
  expect([
    segmentDistance([5, 3], [0, 0], [10, 0]),
    segmentDistance([13, 4], [0, 0], [10, 0]),
    segmentDistance([1, 1], [2, 2], [2, 2]),
  ]).toEqual([3, 5, Math.SQRT2]);
});

test('polylineDistance takes the nearest segment', () => {
  expect(
    polylineDistance(
      [10, 6],
      [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
    ),
  ).toBe(0);
  expect(
    polylineDistance(
      [12, 5],
      [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
    ),
  ).toBe(2);
});

const lane = (y: number): [number, number][][] => [
  [
    [0, y],
    [100, y],
  ],
];

test('nearestLine tells parallel lanes 4 px apart, and refuses what is beyond the tolerance', () => {
  const lanes = [lane(0), lane(4), lane(8)];
  expect([
    nearestLine([50, 1], lanes, 6),
    nearestLine([50, 5], lanes, 6),
    nearestLine([50, 7.5], lanes, 6),
    nearestLine([50, 20], lanes, 6),
  ]).toEqual([0, 1, 2, -1]);
});
