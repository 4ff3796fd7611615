/**
 * Scales from data values to paint values (d3-scale), shared by the map
 * features and the legend so both always agree.
 */
import { scaleQuantize, scaleSqrt } from 'd3-scale';
import { CHOROPLETH_RAMP } from './palette.ts';

/** One class of the choropleth: values in [from, to) get `color` (the last class includes `to`). */
export interface ChoroplethClass {
  from: number;
  to: number;
  color: string;
}

/** Colour scale of the choropleth: quantized over [0, a nice maximum] in five classes. */
export function choroplethScale(values: readonly number[]): { color: (v: number) => string; classes: ChoroplethClass[] } {
  const max = Math.max(0, ...values);
  // Round the top so class breaks are whole numbers a reader can say aloud.
  const step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : max <= 50 ? 10 : 20;
  const top = Math.max(CHOROPLETH_RAMP.length * step, Math.ceil(max / (step * CHOROPLETH_RAMP.length)) * step * CHOROPLETH_RAMP.length);
  const scale = scaleQuantize<string>().domain([0, top]).range(CHOROPLETH_RAMP);
  const classes = CHOROPLETH_RAMP.map((color) => {
    const [from, to] = scale.invertExtent(color);
    return { from: Math.round(from), to: Math.round(to), color };
  });
  return { color: (v: number) => scale(v), classes };
}

/** Largest proportional symbol radius, in CSS pixels. */
export const MAX_RADIUS = 24;

/**
 * Radius of a proportional circle: area proportional to the value
 * (`scaleSqrt` from 0), the largest value of the view at `MAX_RADIUS`.
 */
export function radiusScale(maxValue: number): (v: number) => number {
  const scale = scaleSqrt().domain([0, Math.max(1, maxValue)]).range([0, MAX_RADIUS]);
  return (v) => Math.round(scale(v) * 100) / 100;
}

/** Width of a link line: 2 px without a weight, growing with the square root of the weight. */
export function widthScale(maxWeight: number): (w: number | undefined) => number {
  const scale = scaleSqrt().domain([0, Math.max(1, maxWeight)]).range([1.5, 7]);
  return (w) => (w === undefined ? 2 : Math.round(scale(w) * 100) / 100);
}
