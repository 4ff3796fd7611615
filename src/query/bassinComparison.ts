/**
 * The four bassins side by side: population, ATP and CCU-Région (counts and
 * per 100,000 inhabitants), establishments, cooperations by kind, and the
 * median distance to the CHRU. One row per bassin, in bassin order.
 */
import { median } from 'simple-statistics';
import type { Population } from '../model/population.ts';
import { BASSIN_IDS, COOPERATION_KINDS, type BassinId, type CooperationKind, type Dataset } from '../model/types.ts';
import { cooperationsInForce } from './cooperationsInForce.ts';
import { distancesFrom } from './distances.ts';
import { ratesByBassin, type TerritoryRate } from './rates.ts';
import { HUB_ID } from './state.ts';
import type { Counts, Filters } from './types.ts';
import { matchingEstablishmentIds } from './visibleEstablishments.ts';

export interface BassinComparisonRow {
  bassin: BassinId;
  population: number;
  atp: TerritoryRate;
  ccu: TerritoryRate;
  /** Establishments of the bassin that match the establishment filter (the CHRU too only if it matches, unlike on the map). */
  establishments: number;
  /** Cooperations in force at `filters.date` (undated ones included) with at least one such establishment among their members. */
  cooperations: Record<CooperationKind, number>;
  /** Median great-circle distance (km, unrounded) from the CHRU to those establishments, the CHRU itself left out; null if none. */
  medianKmToHub: number | null;
}

/** The comparison rows for the current filters; counts as `countsByBassin` gives them. */
export function bassinComparison(
  dataset: Dataset,
  filters: Pick<Filters, 'date' | 'kinds' | 'member'>,
  counts: Counts,
  population: Population,
): BassinComparisonRow[] {
  const rates = ratesByBassin(counts, population);
  const matching = matchingEstablishmentIds(dataset, filters);
  const establishments = dataset.establishments.filter((e) => matching.has(e.id));
  const { dated, undated } = cooperationsInForce(dataset, filters.date);
  const inForce = [...dated, ...undated];
  const fromHub = distancesFrom(dataset, HUB_ID);
  return BASSIN_IDS.map((bassin) => {
    const here = establishments.filter((e) => e.bassin === bassin);
    const ids = new Set(here.map((e) => e.id));
    const cooperations = Object.fromEntries(COOPERATION_KINDS.map((kind) => [kind, 0])) as Record<CooperationKind, number>;
    for (const c of inForce) if (c.members.some((id) => ids.has(id))) cooperations[c.kind] += 1;
    const distances = fromHub ? here.filter((e) => e.id !== HUB_ID).map((e) => fromHub.get(e.id) as number) : [];
    return {
      bassin,
      population: population.bassins[bassin],
      atp: rates.atp[bassin],
      ccu: rates.ccu[bassin],
      establishments: here.length,
      cooperations,
      medianKmToHub: distances.length > 0 ? median(distances) : null,
    };
  });
}
