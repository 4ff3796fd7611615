/**
 * Class breaks for the choropleth, chosen by simple-statistics (Ckmeans, the
 * optimal 1-D clustering behind "Jenks"; quantiles; equal intervals), and
 * legend labels that read well for the small integers we have (no "0–0",
 * "1–1": a class holding one integer is labelled with that integer).
 */
import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics';
import type { ClassMethod } from './state.ts';

// The methods are listed in `state.ts`, with the state that names one: the URL and the filters need them, not this code.
export type { ClassMethod } from './state.ts';

/**
 * Ascending class breaks `[b0, b1, …, bn]` for n classes: class i holds the
 * values `b(i) ≤ v < b(i+1)`, the last one also `v = bn`. `b0` is the minimum
 * and `bn` the maximum of the values. Never more classes than distinct
 * values; no empty class. [] for no finite value.
 */
export function classBreaks(values: readonly number[], method: ClassMethod, classes: number): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).toSorted((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const k = Math.max(1, Math.min(Math.floor(classes), new Set(sorted).size));
  if (k === 1) return [min, max];
  let breaks: number[];
  switch (method) {
    case 'ckmeans':
      // Each cluster starts a class; the classes then run up to the next cluster's minimum.
      breaks = [...ckmeans(sorted, k).map((cluster) => cluster[0] as number), max];
      break;
    case 'quantile':
      breaks = Array.from({ length: k + 1 }, (_, i) => quantileSorted(sorted, i / k));
      break;
    case 'equal':
      breaks = equalIntervalBreaks(sorted, k);
      break;
  }
  // An interior break equal to the one before would open an empty class: drop it. The last break
  // may equal the one before: the last class then holds exactly that value (Ckmeans' top cluster
  // of equal values).
  return breaks.filter((b, i) => i === 0 || i === breaks.length - 1 || b !== breaks[i - 1]);
}

/** The class (0-based) of `value` under `breaks`; -1 when there are no breaks or the value is not finite. */
export function classOf(value: number, breaks: readonly number[]): number {
  if (breaks.length === 0 || !Number.isFinite(value)) return -1;
  const last = breaks.length - 2;
  for (let i = 0; i < last; i++) if (value < (breaks[i + 1] as number)) return i;
  return Math.max(0, last);
}

/** One legend entry: the class's bounds as the data can reach them, and its label. */
export interface LegendClass {
  /** Smallest value the class can hold (for integers, the first integer in it). */
  from: number;
  /** Largest value it can hold (for integers, the last integer; else the next break). */
  to: number;
  label: string;
}

/**
 * Legend entries for `breaks`. With `integer`, each class is the run of
 * integers it holds ("3–5", or "4" for a single one; classes holding no
 * integer are dropped, so no "1–0" either). Otherwise bounds are formatted
 * with `format` and shown as "a – b" (one class: "a"). `format` is given the
 * number of fraction digits needed for the bounds to differ once rounded.
 * With `values` (non-integer only; meant for Ckmeans, whose classes are
 * clusters of the data), a class that holds some of them is labelled by the
 * range of those values instead ("2,6", "5,1 – 7,4"): what the map shows.
 */
export function legendClasses(
  breaks: readonly number[],
  options: { integer: boolean; format: (value: number, fractionDigits: number) => string; values?: readonly number[] },
): LegendClass[] {
  if (breaks.length === 0) return [];
  const n = breaks.length - 1;
  if (options.integer) {
    const out: LegendClass[] = [];
    for (let i = 0; i < Math.max(1, n); i++) {
      const from = Math.ceil(breaks[i] as number);
      const to = i === n - 1 || n === 0 ? Math.floor(breaks[n] as number) : Math.ceil(breaks[i + 1] as number) - 1;
      if (from > to) continue;
      const label = from === to ? options.format(from, 0) : `${options.format(from, 0)}–${options.format(to, 0)}`;
      out.push({ from, to, label });
    }
    return out;
  }
  if (n === 0 || breaks[0] === breaks[n]) {
    const only = breaks[0] as number;
    return [{ from: only, to: only, label: options.format(only, fractionDigits(breaks)) }];
  }
  const bounds = Array.from({ length: n }, (_, i): [number, number] => {
    const members = (options.values ?? []).filter((v) => Number.isFinite(v) && classOf(v, breaks) === i);
    return members.length > 0 ? [Math.min(...members), Math.max(...members)] : [breaks[i] as number, breaks[i + 1] as number];
  });
  const digits = fractionDigits([...new Set(bounds.flat())].toSorted((a, b) => a - b));
  return bounds.map(([from, to]) => {
    const label = from === to ? options.format(from, digits) : `${options.format(from, digits)} – ${options.format(to, digits)}`;
    return { from, to, label };
  });
}

/** Fewest fraction digits (1 to 3) at which consecutive distinct values (ascending) still differ once rounded. */
export function fractionDigits(breaks: readonly number[]): number {
  for (let digits = 1; digits < 3; digits++) {
    const rounded = breaks.map((b) => b.toFixed(digits));
    if (rounded.every((r, i) => i === 0 || breaks[i] === breaks[i - 1] || r !== rounded[i - 1])) return digits;
  }
  return 3;
}
