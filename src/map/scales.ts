/**
 * Scales from data values to paint values, shared by the map features and
 * the legend so both always agree. Written out (the maths of d3-scale's
 * `scaleQuantize` and `scaleSqrt`, same formulas) rather than imported: d3-scale
 * brings d3-interpolate, d3-color and d3-format to the start bundle for two lines.
 */
import { classBreaks, classOf, fractionDigits, legendClasses, type ClassMethod } from '../query/classes.ts';
import { CHOROPLETH_RAMP } from './palette.ts';

/** d3's `interpolateNumber`: a·(1 − t) + b·t. */
const lerp = (a: number, b: number, t: number): number => a * (1 - t) + b * t;

/** A square-root scale from [0, max] onto [from, to] (d3 `scaleSqrt`, unclamped). */
function sqrtScale(max: number, from: number, to: number): (v: number) => number {
  const top = Math.sqrt(max);
  return (v) => lerp(from, to, (Math.sign(v) * Math.sqrt(Math.abs(v))) / top);
}

/** One class of the choropleth: values in [from, to) get `color` (the last class includes `to`). */
export interface ChoroplethClass {
  from: number;
  to: number;
  color: string;
  /** What the legends (live, SVG/PNG export) print for the class: "3–4", "5", "2,6 – 5,1". */
  label: string;
}

/** Colour scale of the choropleth: quantized over [0, a nice maximum] in five classes. */
export function choroplethScale(values: readonly number[]): { color: (v: number) => string; classes: ChoroplethClass[] } {
  const max = Math.max(0, ...values);
  // Round the top so class breaks are whole numbers a reader can say aloud.
  const step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : max <= 50 ? 10 : 20;
  const top = Math.max(CHOROPLETH_RAMP.length * step, Math.ceil(max / (step * CHOROPLETH_RAMP.length)) * step * CHOROPLETH_RAMP.length);
  // d3 `scaleQuantize` over [0, top]: n − 1 inner thresholds k·top/n; a value on a threshold goes up.
  const n = CHOROPLETH_RAMP.length;
  const thresholds = Array.from({ length: n - 1 }, (_, i) => ((i + 1) * top) / n);
  const quantClass = (v: number): number => thresholds.filter((t) => t <= v).length;
  const breaks = [0, ...CHOROPLETH_RAMP.map((_, i) => Math.round(i === n - 1 ? top : (thresholds[i] as number)))];
  // Counts are integers: each class is labelled by the integers it holds ("0", "1", "2–3"), never "0–0".
  const labels = legendClasses(breaks, { integer: true, format: (v) => String(v) });
  const classes = CHOROPLETH_RAMP.map((color, i) => ({
    from: breaks[i] as number,
    to: breaks[i + 1] as number,
    color,
    label: labels[i]?.label ?? '',
  }));
  const scale = (v: number): string => CHOROPLETH_RAMP[quantClass(v)] as string;
  return { color: (v: number) => scale(v), classes };
}

/**
 * Colour scale of a rate choropleth: at most five classes cut by `method`
 * (simple-statistics, see `classBreaks`) over the values shown, coloured
 * from the same ramp spread end to end, labelled by `format` (the UI's
 * decimal format, given the fraction digits the breaks need), with those digits.
 */
export function rateScale(
  values: readonly number[],
  method: ClassMethod,
  format: (value: number, fractionDigits: number) => string,
): { color: (v: number) => string; classes: ChoroplethClass[]; fractionDigits: number } {
  const breaks = classBreaks(values, method, CHOROPLETH_RAMP.length);
  // Ckmeans classes are clusters of the values: label them by what they hold.
  const legend = legendClasses(breaks, { integer: false, format, ...(method === 'ckmeans' ? { values } : {}) });
  const n = legend.length;
  const last = CHOROPLETH_RAMP.length - 1;
  const ramp = legend.map((_, i) => CHOROPLETH_RAMP[n === 1 ? Math.floor(last / 2) : Math.round((i * last) / (n - 1))] as string);
  const classes = legend.map((c, i) => ({ from: c.from, to: c.to, color: ramp[i] as string, label: c.label }));
  return {
    color: (v: number) => ramp[Math.max(0, classOf(v, breaks))] ?? (CHOROPLETH_RAMP[0] as string),
    classes,
    // The digits the legend used, so that labels on the map write values the same way.
    fractionDigits: fractionDigits([...new Set(classes.flatMap((c) => [c.from, c.to]))].toSorted((a, b) => a - b)),
  };
}

/** Largest proportional symbol radius, in CSS pixels. */
export const MAX_RADIUS = 24;

/**
 * Radius of a proportional circle: area proportional to the value
 * (`scaleSqrt` from 0), the largest value of the view at `MAX_RADIUS`.
 */
export function radiusScale(maxValue: number): (v: number) => number {
  const scale = sqrtScale(Math.max(1, maxValue), 0, MAX_RADIUS);
  return (v) => Math.round(scale(v) * 100) / 100;
}

/** Width of a link line: 2 px without a weight, growing with the square root of the weight. */
export function widthScale(maxWeight: number): (w: number | undefined) => number {
  const scale = sqrtScale(Math.max(1, maxWeight), 1.5, 7);
  return (w) => (w === undefined ? 2 : Math.round(scale(w) * 100) / 100);
}
