/**
 * Moving along the timeline by hand: the date field and the year steps beside
 * the slider. Pure; the typed text is read by `parseDateInput` (shared with
 * compare mode, so both fields accept the same things).
 */
import { parseDateInput } from './compare.ts';

/** What the date field made of a typed text: the ISO date to show, whether it was moved into the timeline, or null (not a date). */
export interface TypedDate {
  date: string;
  /** True when the text named a date outside `[min, max]`, moved to the nearest end. */
  clamped: boolean;
}

/**
 * Reads the date field: a year ("2012") or a month ("2012-06", "06/2012")
 * means its LAST day (2012-12-31, 2012-06-30): the network as it stood at the
 * end of that period, as the slider's months and the slides' year-end dates
 * read; a day ("2012-06-15", "15/06/2012") is itself. Outside `[min, max]` it
 * is moved to the nearest end and said so; null when the text is no date.
 */
export function readTypedDate(text: string, min: string, max: string): TypedDate | null {
  const date = parseDateInput(text, min, max);
  if (date === null) return null;
  return { date, clamped: parseDateInput(text, '0000-01-01', '9999-12-31') !== date };
}

/**
 * The same day one year earlier (`delta` −1) or later (+1), 29 February
 * becoming 28 in a common year; null when that leaves `[min, max]` (the step
 * button is then disabled rather than jumping to an end).
 */
export function stepYear(iso: string, delta: number, min: string, max: string): string | null {
  const year = Number(iso.slice(0, 4)) + delta;
  const month = Number(iso.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(iso.slice(8, 10)), last);
  const out = `${String(year).padStart(4, '0')}-${iso.slice(5, 7)}-${String(day).padStart(2, '0')}`;
  return out < min || out > max ? null : out;
}
