import { SCHEMES } from '../model/registry.ts';
import { BASSIN_IDS } from '../model/types.ts';
import type { BassinId, Dataset, PostScheme, SiteValue, Source } from '../model/types.ts';
import { datasetIndex, schemeBassinKey } from './datasetIndex.ts';
import { memoizeLast } from './memoizeLast.ts';
import { establishmentFilterKey, establishmentFilterOfKey, type EstablishmentFilter } from './state.ts';
import type { CountCell, Counts, Filters, Scheme, SchemeCounts } from './types.ts';
import { matchingEstablishmentIds } from './visibleEstablishments.ts';

/** The schemes the counts panel shows, in display order (the counted schemes of the registry). */
export { SCHEMES };

/**
 * Counts per bassin for every counted scheme (`filters.scheme` only chooses
 * which one the map shows, so it is not read here). `schemes` defaults to the
 * registry's counted schemes; a test passes others (a scheme added to a
 * fixture registry is counted as soon as the data gives it totals).
 *
 * - Without establishment filter, a bassin's `value` is its PUBLISHED total
 *   (stated, so `inferred` is false) and the extras (CCU-Région in general
 *   medicine) are listed.
 * - With one (kinds, member and/or distance), `value` is the sum of the site values
 *   whose establishments ALL match; a group value only partly matched goes to
 *   `unsplittable` (its split is unknown), `unattributed` = published − value,
 *   and there are no extras (they belong to no establishment).
 * - `disagreement` (site breakdown > published total) is reported in both cases.
 * - `filters.date` never changes a figure (they are cumulative over the
 *   scheme's period, never prorated): it only sets `period.dateRelation`.
 *
 * Throws when the dataset lacks a scheme's period or a published total: the
 * validator guarantees both, and a count without them cannot be explained.
 */
/**
 * Whether the posts data gives what the counts are made of: every counted
 * scheme with its period, and its published total for every bassin. Without
 * it (posts.json missing, or records the validator rejected, which the loader
 * reports) there are no counts to show, rather than a computation that fails.
 */
export function countsAvailable(dataset: Pick<Dataset, 'posts'>): boolean {
  const { schemes, bassinTotals } = dataset.posts;
  return SCHEMES.every(
    (scheme) =>
      schemes.some((s) => s.id === scheme && s.period !== undefined) &&
      BASSIN_IDS.every((bassin) => bassinTotals.some((t) => t.scheme === scheme && t.bassin === bassin)),
  );
}

export function countsByBassin(dataset: Dataset, filters: EstablishmentFilter & Pick<Filters, 'date'>): Counts;
export function countsByBassin<S extends string>(
  dataset: Dataset,
  filters: EstablishmentFilter & Pick<Filters, 'date'>,
  schemes: readonly S[],
): Record<S, SchemeCounts>;
export function countsByBassin(
  dataset: Dataset,
  filters: EstablishmentFilter & Pick<Filters, 'date'>,
  schemes: readonly string[] = SCHEMES,
): Record<string, SchemeCounts> {
  return countsMemo(dataset, establishmentFilterKey(filters), filters.date, schemes);
}

/** One entry per scheme, in the order of `schemes`. */
const perScheme = (schemes: readonly string[], f: (scheme: string) => SchemeCounts): Record<string, SchemeCounts> =>
  Object.fromEntries(schemes.map((s) => [s, f(s)]));

const countsMemo = memoizeLast(
  (dataset: Dataset, filterKey: string, date: string, schemes: readonly string[]): Record<string, SchemeCounts> => {
    // The sums do not depend on the date: only `period.dateRelation` does.
    const undated = undatedCountsMemo(dataset, filterKey, schemes);
    return perScheme(schemes, (s) => withDate(dataset, undated[s] as SchemeCounts, date));
  },
);

const undatedCountsMemo = memoizeLast((dataset: Dataset, filterKey: string, schemes: readonly string[]): Record<string, SchemeCounts> => {
  const filter = establishmentFilterOfKey(filterKey);
  const matching = filter === null ? null : matchingEstablishmentIds(dataset, filter);
  return perScheme(schemes, (s) => schemeCounts(dataset, s, matching));
});

function withDate(dataset: Dataset, counts: SchemeCounts, date: string): SchemeCounts {
  const { start, end } = schemeWithPeriod(dataset, counts.scheme).period;
  return { ...counts, period: { start, end, dateRelation: dateRelation(date, { start, end }) } };
}

/** `{ [bassin]: { atp, ccu } }` (one key per counted scheme): the plain numbers `<coop-map>.counts` exposes. */
export function countsForElement(counts: Counts): Record<BassinId, Record<Scheme, number>> {
  const out = {} as Record<BassinId, Record<Scheme, number>>;
  for (const bassin of BASSIN_IDS) {
    out[bassin] = Object.fromEntries(SCHEMES.map((s) => [s, counts[s].byBassin[bassin].value])) as Record<Scheme, number>;
  }
  return out;
}

/** Where an ISO date falls relative to a period of whole years. */
export function dateRelation(date: string, period: { start: number; end: number }): 'before' | 'within' | 'after' {
  if (date < `${String(period.start).padStart(4, '0')}-01-01`) return 'before';
  if (date > `${String(period.end).padStart(4, '0')}-12-31`) return 'after';
  return 'within';
}

/** The scheme definition with its period, or a clear error. */
export function schemeWithPeriod(dataset: Dataset, scheme: string): PostScheme & { period: { start: number; end: number } } {
  const def = dataset.posts.schemes.find((s) => s.id === scheme);
  if (!def) throw new Error(`posts.json: no scheme "${scheme}" in schemes`);
  if (!def.period) throw new Error(`posts.json: scheme "${scheme}" has no period`);
  return def as PostScheme & { period: { start: number; end: number } };
}

function uniqueSources(lists: readonly (readonly Source[])[]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const list of lists) {
    for (const s of list) {
      const key = `${s.seed}\u0000${s.quote}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(s);
      }
    }
  }
  return out;
}

/** A scheme's counts; `period.dateRelation` is a placeholder that `withDate` replaces. */
function schemeCounts(dataset: Dataset, scheme: string, matching: ReadonlySet<string> | null): SchemeCounts {
  const index = datasetIndex(dataset);
  const def = schemeWithPeriod(dataset, scheme);
  const grand = dataset.posts.grandTotals.find((t) => t.scheme === scheme);
  if (!grand) throw new Error(`posts.json: no grand total for scheme "${scheme}" in grandTotals`);

  const byBassin = {} as Record<BassinId, CountCell>;
  let bassinsTotal = 0;
  for (const bassin of BASSIN_IDS) {
    const total = index.bassinTotal.get(schemeBassinKey(scheme as Scheme, bassin));
    if (!total) throw new Error(`posts.json: no published ${scheme} total for bassin "${bassin}" in bassinTotals`);
    const all = index.siteValuesByBassin.get(schemeBassinKey(scheme as Scheme, bassin)) ?? [];
    const sitesSum = all.reduce((sum, v) => sum + v.value, 0);
    const disagreement = sitesSum > total.value;
    let cell: CountCell;
    if (matching === null) {
      cell = {
        value: total.value,
        published: total.value,
        sitesSum,
        unattributed: total.value - sitesSum,
        disagreement,
        inferred: false,
        siteValues: all.slice(),
        unsplittable: [],
        sources: uniqueSources([total.sources]),
      };
    } else {
      const counted: SiteValue[] = [];
      const unsplittable: SiteValue[] = [];
      for (const v of all) {
        let hits = 0;
        for (const id of v.establishments) if (matching.has(id)) hits++;
        if (hits === 0) continue;
        if (hits === v.establishments.length) counted.push(v);
        else unsplittable.push(v);
      }
      const value = counted.reduce((sum, v) => sum + v.value, 0);
      cell = {
        value,
        published: total.value,
        sitesSum,
        unattributed: total.value - value,
        disagreement,
        inferred: counted.some((v) => v.certainty !== 'stated'),
        siteValues: counted,
        unsplittable,
        sources: uniqueSources([total.sources, ...counted.map((v) => v.sources)]),
      };
    }
    byBassin[bassin] = cell;
    bassinsTotal += cell.value;
  }

  const extras =
    matching === null
      ? dataset.posts.extras
          .filter((x) => x.scheme === scheme)
          .map((x) => ({ id: x.id, label: x.label, value: x.value, sources: x.sources }))
      : [];
  return {
    // A fixture registry's scheme is not a `Scheme`; the app only ever passes counted schemes.
    scheme: scheme as Scheme,
    byBassin,
    bassinsTotal,
    extras,
    total: bassinsTotal + extras.reduce((sum, x) => sum + x.value, 0),
    published: grand.value,
    publishedSources: grand.sources,
    filtered: matching !== null,
    period: { start: def.period.start, end: def.period.end, dateRelation: 'within' },
  };
}
