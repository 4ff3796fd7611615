import { describe, expect, test } from 'vitest';
import { choroplethScale, MAX_RADIUS, radiusScale, widthScale, rateScale } from '../../../src/map/scales.ts';
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

describe('legend labels and rate classes', () => {
  test('count classes read as runs of integers: "0", "1", never "0–0"', () => {
    expect(choroplethScale([2, 6, 3, 7]).classes.map((c) => c.label)).toEqual(['0–1', '2–3', '4–5', '6–7', '8–10']);
    expect(choroplethScale([0, 1, 3]).classes.map((c) => c.label)).toEqual(['0', '1', '2', '3', '4–5']);
  });

  test('rate classes: Ckmeans breaks over the real ATP rates, ramp spread end to end, labels in the given format', () => {
    const rates = [2.6412, 2.7103, 7.4392, 5.1097];
    const { color, classes } = rateScale(rates, 'ckmeans', (v, d) => v.toFixed(d).replace('.', ','));
    expect(classes.map((c) => [c.label, c.color])).toEqual([
      ['2,6', CHOROPLETH_RAMP[0]],
      ['2,7', CHOROPLETH_RAMP[1]],
      ['5,1', CHOROPLETH_RAMP[3]],
      ['7,4', CHOROPLETH_RAMP[4]],
    ]);
    expect(rates.map(color)).toEqual([CHOROPLETH_RAMP[0], CHOROPLETH_RAMP[1], CHOROPLETH_RAMP[4], CHOROPLETH_RAMP[3]]);
    // Four values, so four classes at most: equal steps of (7.4392 − 2.6412) / 4.
    expect(rateScale(rates, 'equal', (v, d) => v.toFixed(d)).classes.map((c) => c.label)).toEqual([
      '2.6 – 3.8',
      '3.8 – 5.0',
      '5.0 – 6.2',
      '6.2 – 7.4',
    ]);
  });
});
