import type { BassinId, BassinTotal, Cooperation, Dataset, Establishment, PostSchemeId, SiteValue } from '../model/types.ts';
import { memoizeByObject } from './memoizeLast.ts';

/**
 * Lookups built once per dataset object, so selectors never scan for an id.
 * The maps only the details card needs (`cooperationsOf`, `siteValuesOf`) are
 * built on first access, so that the first render does not pay for them.
 */
export interface DatasetIndex {
  establishmentById: ReadonlyMap<string, Establishment>;
  /** Position of each establishment in `dataset.establishments` (dense integer ids for masks and pair keys). */
  establishmentIndex: ReadonlyMap<string, number>;
  cooperationById: ReadonlyMap<string, Cooperation>;
  /** Cooperations each establishment is a party of (as member or hub), in dataset order. */
  readonly cooperationsOf: ReadonlyMap<string, readonly Cooperation[]>;
  /** Site values of each establishment (a group value is listed under each of its sites), in dataset order. */
  readonly siteValuesOf: ReadonlyMap<string, readonly SiteValue[]>;
  /** `${scheme}:${bassin}` → the bassin's site values, in dataset order. */
  siteValuesByBassin: ReadonlyMap<string, readonly SiteValue[]>;
  /** `${scheme}:${bassin}` → the published bassin total. */
  bassinTotal: ReadonlyMap<string, BassinTotal>;
}

/** Key of the per-scheme, per-bassin maps of {@link DatasetIndex}. */
export const schemeBassinKey = (scheme: PostSchemeId, bassin: BassinId): string => `${scheme}:${bassin}`;

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Calls `fn` once per distinct id of `ids` (lists are short: a scan beats a Set). */
function forEachDistinct(ids: readonly string[], fn: (id: string) => void): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (ids.indexOf(id) === i) fn(id);
  }
}

/** The {@link DatasetIndex} of a dataset, built on first use and kept while the dataset lives. */
export const datasetIndex = memoizeByObject((dataset: Dataset): DatasetIndex => {
  const establishmentById = new Map<string, Establishment>();
  const establishmentIndex = new Map<string, number>();
  dataset.establishments.forEach((e, i) => {
    establishmentById.set(e.id, e);
    establishmentIndex.set(e.id, i);
  });
  const cooperationById = new Map<string, Cooperation>();
  for (const c of dataset.cooperations) cooperationById.set(c.id, c);
  const siteValuesByBassin = new Map<string, SiteValue[]>();
  for (const v of dataset.posts.siteValues) push(siteValuesByBassin, schemeBassinKey(v.scheme, v.bassin), v);
  const bassinTotal = new Map<string, BassinTotal>();
  for (const t of dataset.posts.bassinTotals) {
    const key = schemeBassinKey(t.scheme, t.bassin);
    // First one wins; the validator rejects duplicates.
    if (!bassinTotal.has(key)) bassinTotal.set(key, t);
  }

  let cooperationsOf: Map<string, Cooperation[]> | undefined;
  let siteValuesOf: Map<string, SiteValue[]> | undefined;
  return {
    establishmentById,
    establishmentIndex,
    cooperationById,
    siteValuesByBassin,
    bassinTotal,
    get cooperationsOf() {
      if (!cooperationsOf) {
        const map = new Map<string, Cooperation[]>();
        for (const c of dataset.cooperations) {
          forEachDistinct(c.members, (id) => push(map, id, c));
          if (c.hub !== undefined && !c.members.includes(c.hub)) push(map, c.hub, c);
        }
        cooperationsOf = map;
      }
      return cooperationsOf;
    },
    get siteValuesOf() {
      if (!siteValuesOf) {
        const map = new Map<string, SiteValue[]>();
        for (const v of dataset.posts.siteValues) forEachDistinct(v.establishments, (id) => push(map, id, v));
        siteValuesOf = map;
      }
      return siteValuesOf;
    },
  };
});
