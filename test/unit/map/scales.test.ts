import { describe, expect, test } from 'vitest';
import { choroplethScale, MAX_RADIUS, radiusScale, widthScale } from '../../../src/map/scales.ts';
import { CHOROPLETH_RAMP } from '../../../src/map/palette.ts';

describe('scales', () => {
  test('ATP bassin totals fall in whole-number classes of 20', () => {
    const { color, classes } = choroplethScale([36, 22, 86, 38]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [0, 20],
      [20, 40],
      [40, 60],
      [60, 80],
      [80, 100],
    ]);
    expect([36, 22, 86, 38].map(color)).toEqual([CHOROPLETH_RAMP[1], CHOROPLETH_RAMP[1], CHOROPLETH_RAMP[4], CHOROPLETH_RAMP[1]]);
  });

  test('CCU-Région totals use classes of 2', () => {
    expect(choroplethScale([2, 6, 3, 7]).classes.map((c) => c.to)).toEqual([2, 4, 6, 8, 10]);
  });

  test('all zeros still give five classes', () => {
    expect(choroplethScale([0, 0]).classes).toHaveLength(5);
  });

  test('radius: area proportional, largest at MAX_RADIUS, 0 at 0', () => {
    const r = radiusScale(37);
    expect(r(37)).toBe(MAX_RADIUS);
    expect(r(0)).toBe(0);
    expect((r(37) / r(9)) ** 2).toBeCloseTo(37 / 9, 2);
  });

  test('width: 2 px without a weight, growing with it', () => {
    const w = widthScale(37);
    expect(w(undefined)).toBe(2);
    expect(w(37)).toBe(7);
    expect(w(1)).toBeLessThan(w(8));
  });
});
