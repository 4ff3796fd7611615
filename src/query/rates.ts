/**
 * Posts per 100,000 inhabitants, per bassin and (where the site values allow)
 * per zone de proximité. Counts are cumulative over the scheme's period
 * (ATP 2000–2011, CCU-Région 2009–2011); populations are of one year (the
 * INSEE vintage of `Population.year`): a rate compares territories, it is not
 * a yearly density.
 */
import type { Population } from '../model/population.ts';
import { BASSIN_IDS, type BassinId, type Dataset, type Zone } from '../model/types.ts';
import { datasetIndex } from './datasetIndex.ts';
import { memoizeLast } from './memoizeLast.ts';
import type { Counts, Filters, Lang, Scheme } from './types.ts';
import { msg } from '../i18n/index.ts';
import { countsByZone } from './zoneCounts.ts';

/** Rates are per this many inhabitants. */
export const RATE_BASE = 100_000;

/** `count` per 100,000 inhabitants of `population`, unrounded; null when the population is not positive. */
export function ratePer100k(count: number, population: number): number | null {
  return population > 0 ? (count * RATE_BASE) / population : null;
}

/** One territory's rate with what it is made of. */
export interface TerritoryRate {
  /** The count the rate is made from: the number the counts panel shows. */
  count: number;
  population: number;
  /** count per 100,000 inhabitants, unrounded. */
  rate: number;
}

/** Rates per bassin for both schemes, and the population year they divide by. */
export interface BassinRates {
  year: number;
  atp: Record<BassinId, TerritoryRate>;
  ccu: Record<BassinId, TerritoryRate>;
}

/**
 * Each bassin's count (the `value` of `countsByBassin`: the published total
 * without an establishment filter, the matching site values with one) per
 * 100,000 inhabitants of the bassin.
 */
export const ratesByBassin = memoizeLast((counts: Counts, population: Population): BassinRates => {
  const scheme = (s: Scheme): Record<BassinId, TerritoryRate> => {
    const out = {} as Record<BassinId, TerritoryRate>;
    for (const bassin of BASSIN_IDS) {
      const count = counts[s].byBassin[bassin].value;
      const inhabitants = population.bassins[bassin];
      out[bassin] = { count, population: inhabitants, rate: ratePer100k(count, inhabitants) ?? 0 };
    }
    return out;
  };
  return { year: population.year, atp: scheme('atp'), ccu: scheme('ccu') };
});

/** `{ [bassin]: { atp, ccu } }` per 100,000 inhabitants, unrounded: what `<coop-map>.rates` exposes. */
export function ratesForElement(rates: BassinRates): Record<BassinId, { atp: number; ccu: number }> {
  const out = {} as Record<BassinId, { atp: number; ccu: number }>;
  for (const bassin of BASSIN_IDS) out[bassin] = { atp: rates.atp[bassin].rate, ccu: rates.ccu[bassin].rate };
  return out;
}

/**
 * Why a zone gets no rate:
 * - `unattributed`: its bassin's published total exceeds the sum of the
 *   bassin's site values; the rest could belong to any of its zones (`posts`
 *   says how many);
 * - `disagreement`: the site values add up to more than the published total
 *   (`posts` says by how many), so the site breakdown cannot be the total's;
 * - `spanning`: a value shared by establishments of several zones touches
 *   this zone (`posts`: the shared values' sum), and its split is unknown.
 */
export interface ZoneRateGap {
  kind: 'unattributed' | 'disagreement' | 'spanning';
  posts: number;
}

/** A zone's rate, or why it has none. */
export interface ZoneRate {
  zone: string;
  bassin: BassinId;
  population: number;
  /** Present only when every post of the scheme in the zone's bassin is attributed to one zone. */
  rate: TerritoryRate | null;
  gap: ZoneRateGap | null;
}

/**
 * Per-zone rates for `filters.scheme`, in `zones` order. A zone is rated only
 * where every post of the scheme in its bassin is attributable to a site in
 * one zone: the bassin's site values add up exactly to its published total,
 * and no site value touching the zone is shared with another zone. Otherwise
 * the zone gets a `gap` saying why. The count is `countsByZone` (site values,
 * under the establishment filter if any). Zones without a population are
 * left out (the population file covers all 15).
 */
export function ratesByZone(
  dataset: Dataset,
  filters: Pick<Filters, 'scheme' | 'kinds' | 'member'>,
  population: Population,
  zones: readonly Zone[],
): ZoneRate[] {
  const index = datasetIndex(dataset);
  const byZone = countsByZone(dataset, filters);
  const values = dataset.posts.siteValues.filter((v) => v.scheme === filters.scheme);
  const out: ZoneRate[] = [];
  for (const zone of zones) {
    const inhabitants = population.zones[zone.id];
    if (inhabitants === undefined) continue;
    const published = dataset.posts.bassinTotals.find((t) => t.scheme === filters.scheme && t.bassin === zone.bassin)?.value ?? 0;
    const sitesSum = values.filter((v) => v.bassin === zone.bassin).reduce((sum, v) => sum + v.value, 0);
    const spanning = values.filter((v) => {
      const zonesOf = new Set(v.establishments.map((id) => index.establishmentById.get(id)?.zone));
      return zonesOf.size > 1 && zonesOf.has(zone.id);
    });
    let gap: ZoneRateGap | null = null;
    if (sitesSum < published) gap = { kind: 'unattributed', posts: published - sitesSum };
    else if (sitesSum > published) gap = { kind: 'disagreement', posts: sitesSum - published };
    else if (spanning.length > 0) gap = { kind: 'spanning', posts: spanning.reduce((sum, v) => sum + v.value, 0) };
    const count = byZone.get(zone.id)?.value ?? 0;
    out.push({
      zone: zone.id,
      bassin: zone.bassin,
      population: inhabitants,
      rate: gap ? null : { count, population: inhabitants, rate: ratePer100k(count, inhabitants) ?? 0 },
      gap,
    });
  }
  return out;
}

/**
 * The rate view on the zones grid: which zones have no rate and why, in one
 * sentence of `lang` ('' when every zone has one). Zones that share a reason
 * (a bassin-level gap) are listed together, one clause per reason.
 */
export function zoneRateNote(dataset: Dataset, filters: Filters, population: Population, zones: readonly Zone[], lang: Lang): string {
  const gaps = ratesByZone(dataset, filters, population, zones).filter((z) => z.gap);
  if (gaps.length === 0) return '';
  const t = msg(lang);
  const names = new Map(zones.map((z) => [z.id, z.name]));
  const byReason = new Map<string, string[]>();
  for (const z of gaps) {
    const reason = z.gap ? t.rates.gaps[z.gap.kind](z.gap.posts) : '';
    const key = `${t.bassins[z.bassin]} — ${reason}`;
    byReason.set(key, [...(byReason.get(key) ?? []), names.get(z.zone) ?? z.zone]);
  }
  return t.rates.zonesWithout([...byReason].map(([reason, list]) => `${list.join(', ')} (${reason})`).join(' ; '));
}
