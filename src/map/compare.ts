/**
 * Compare mode in map terms: the drawn links of the cooperations that
 * appeared between two dates (as drawn at the later date) and of those that
 * ended (as drawn at the earlier one), from the same `compareNetwork` the list
 * shows, so the map and the list name the same cooperations. Pure.
 */
import type { Dataset } from '../model/types.ts';
import { compareNetwork } from '../query/compare.ts';
import { memoizeLast } from '../query/memoizeLast.ts';
import type { Filters } from '../query/types.ts';
import { visibleLinks } from '../query/visibleLinks.ts';
import type { MapCompare } from './featureState.ts';

/** What the map marks in compare mode, with the two dates (earlier first). */
export interface MapComparison extends MapCompare {
  from: string;
  to: string;
}

const linksOf = (dataset: Dataset, filters: Filters, date: string, cooperations: ReadonlySet<string>): Set<string> =>
  new Set(
    visibleLinks(dataset, { ...filters, date })
      .filter((l) => cooperations.has(l.cooperationId))
      .map((l) => l.id),
  );

/** The links compare mode marks between `filters.date` and `otherDate` (null: compare mode off). */
export const mapComparison = memoizeLast((dataset: Dataset, filters: Filters, otherDate: string | null): MapComparison | null => {
  if (otherDate === null) return null;
  const c = compareNetwork(dataset, filters, otherDate);
  return {
    from: c.from,
    to: c.to,
    appeared: linksOf(dataset, filters, c.to, new Set(c.appeared.map((r) => r.id))),
    ended: linksOf(dataset, filters, c.from, new Set(c.ended.map((r) => r.id))),
  };
});
