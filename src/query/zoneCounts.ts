import type { Dataset, SiteValue } from '../model/types.ts';
import { datasetIndex } from './datasetIndex.ts';
import { memoizeLast } from './memoizeLast.ts';
import { establishmentFilterKey, establishmentFilterOfKey, type EstablishmentFilter } from './state.ts';
import type { Filters, Scheme } from './types.ts';
import { matchingEstablishmentIds } from './visibleEstablishments.ts';

/** A zone's count for the zones choropleth. */
export interface ZoneCount {
  /** Sum of the site values attributed to the zone. */
  value: number;
  /** True when that sum includes an inferred site value. */
  inferred: boolean;
}

interface ZoneAggregate {
  byZone: Map<string, ZoneCount>;
  unzoned: number;
}

/**
 * The site values of the current scheme (`filters.scheme`) summed per zone de
 * proximité, for the zones choropleth. Zones only exist for site values: the
 * published totals are per bassin, so this map shows the site breakdown (with
 * its disagreements) and says so.
 *
 * - A value counts for the zone of its establishments; a group value only if
 *   all its establishments lie in the same zone (else see {@link unzonedTotal}).
 * - Under an establishment filter, only values whose establishments all match
 *   count (as in `countsByBassin`); partly matched group values count nowhere.
 * - Zones with no counted value are absent from the map (read them as 0).
 */
export function countsByZone(dataset: Dataset, filters: Pick<Filters, 'scheme'> & EstablishmentFilter): Map<string, ZoneCount> {
  return zoneAggregate(dataset, filters).byZone;
}

/**
 * The part of the counted site values (same rules as {@link countsByZone})
 * that no single zone can take: group values spread over several zones, and
 * values of establishments without a zone.
 */
export function unzonedTotal(dataset: Dataset, filters: Pick<Filters, 'scheme'> & EstablishmentFilter): number {
  return zoneAggregate(dataset, filters).unzoned;
}

function zoneAggregate(dataset: Dataset, filters: Pick<Filters, 'scheme'> & EstablishmentFilter): ZoneAggregate {
  return zoneMemo(dataset, filters.scheme, establishmentFilterKey(filters));
}

const zoneMemo = memoizeLast((dataset: Dataset, scheme: Scheme, filterKey: string): ZoneAggregate => {
  const index = datasetIndex(dataset);
  const filter = establishmentFilterOfKey(filterKey);
  const matching = filter === null ? null : matchingEstablishmentIds(dataset, filter);
  const byZone = new Map<string, ZoneCount>();
  let unzoned = 0;
  const counts = (v: SiteValue): boolean => matching === null || v.establishments.every((id) => matching.has(id));
  for (const v of dataset.posts.siteValues) {
    if (v.scheme !== scheme || !counts(v)) continue;
    const zones = new Set(v.establishments.map((id) => index.establishmentById.get(id)?.zone));
    const [zone] = zones;
    if (zones.size !== 1 || zone === undefined) {
      unzoned += v.value;
      continue;
    }
    const cell = byZone.get(zone);
    if (cell) {
      cell.value += v.value;
      cell.inferred ||= v.certainty !== 'stated';
    } else {
      byZone.set(zone, { value: v.value, inferred: v.certainty !== 'stated' });
    }
  }
  return { byZone, unzoned };
});
