/**
 * Compare mode: what the map shows at one date and not at another. Both
 * sides use the same filters (link kinds, establishment filters), so the
 * difference is only time. Undated cooperations are drawn at every date and
 * so never appear or end. Pure.
 */
import type { Dataset } from '../model/types.ts';
import { cooperationRows, type CooperationRow } from './listRows.ts';
import type { Filters } from './types.ts';
import { visibleLinks } from './visibleLinks.ts';

/** What changed between two dates. */
export interface NetworkComparison {
  /** The earlier and the later date (ISO), whatever order they were given in. */
  from: string;
  to: string;
  /** Cooperations drawn at `to` and not at `from`, by date then name. */
  appeared: CooperationRow[];
  /** Cooperations drawn at `from` and not at `to` (none while the seeds state no end dates). */
  ended: CooperationRow[];
}

/** By date (undated first, as ''), then name, then id. */
const byDate = (a: CooperationRow, b: CooperationRow): number =>
  (a.date ?? '').localeCompare(b.date ?? '') || a.name.localeCompare(b.name, 'fr') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Compares the network under `filters` at `filters.date` and at `otherDate`. */
export function compareNetwork(dataset: Dataset, filters: Filters, otherDate: string): NetworkComparison {
  const [from, to] = otherDate <= filters.date ? [otherDate, filters.date] : [filters.date, otherDate];
  const before = visibleLinks(dataset, { ...filters, date: from });
  const after = visibleLinks(dataset, { ...filters, date: to });
  const rowsBefore = cooperationRows(dataset, before, { date: from });
  const rowsAfter = cooperationRows(dataset, after, { date: to });
  const idsBefore = new Set(rowsBefore.map((r) => r.id));
  const idsAfter = new Set(rowsAfter.map((r) => r.id));
  return {
    from,
    to,
    appeared: rowsAfter.filter((r) => !idsBefore.has(r.id)).toSorted(byDate),
    ended: rowsBefore.filter((r) => !idsAfter.has(r.id)).toSorted(byDate),
  };
}

/**
 * Reads a date typed by hand: a year ("2008"), a month ("2008-06", "06/2008")
 * or a day ("2008-06-15", "15/06/2008"); a year or a month means its last day,
 * the network as it stood at its end. Returns the ISO date clamped to
 * `[min, max]`, or null when the text is no date.
 */
export function parseDateInput(text: string, min: string, max: string): string | null {
  const s = text.trim();
  let y: number;
  let m = 12;
  let d: number | null = null;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(s))) y = Number(match[1]);
  else if ((match = /^(\d{4})-(\d{1,2})$/.exec(s))) [y, m] = [Number(match[1]), Number(match[2])];
  else if ((match = /^(\d{1,2})\/(\d{4})$/.exec(s))) [m, y] = [Number(match[1]), Number(match[2])];
  else if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  if (m < 1 || m > 12) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d !== null && (d < 1 || d > last)) return null;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d ?? last).padStart(2, '0')}`;
  return iso < min ? min : iso > max ? max : iso;
}
