import type { Cooperation, Dataset, Establishment } from '../model/types.ts';
import { datasetIndex } from './datasetIndex.ts';
import { memoizeLast } from './memoizeLast.ts';
import { translated } from '../i18n/index.ts';
import type { Lang } from './types.ts';
import { withinKm } from './distances.ts';
import { HUB_ID, establishmentFilterKey, establishmentFilterOfKey, type EstablishmentFilter } from './state.ts';

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The establishment ids that are parties of a cooperation (members, plus the
 * hub if it is not listed as a member). Empty for an unknown id.
 */
export function memberIds(dataset: Dataset, cooperationId: string): ReadonlySet<string> {
  return memberIdsMemo(dataset, cooperationId);
}

const memberIdsMemo = memoizeLast((dataset: Dataset, cooperationId: string): ReadonlySet<string> => {
  const cooperation = datasetIndex(dataset).cooperationById.get(cooperationId);
  if (!cooperation) return EMPTY;
  const ids = new Set(cooperation.members);
  if (cooperation.hub !== undefined) ids.add(cooperation.hub);
  return ids;
});

/**
 * The ids of the establishments that match the establishment filter: kind in
 * `filters.kinds`, party of `filters.member` when one is set, and within
 * `filters.within.km` km of `filters.within.from` when set (an unknown origin
 * keeps nothing). This is the set the counts use; unlike
 * {@link visibleEstablishments} it has no exception for the CHRU.
 */
export function matchingEstablishmentIds(dataset: Dataset, filters: EstablishmentFilter): ReadonlySet<string> {
  return matchingMemo(dataset, establishmentFilterKey(filters));
}

const matchingMemo = memoizeLast((dataset: Dataset, key: string): ReadonlySet<string> => {
  const filters = establishmentFilterOfKey(key);
  // No filter: every kind, no member, no distance (the validator only admits known kinds).
  if (filters === null) return new Set(dataset.establishments.map((e) => e.id));
  const kinds = new Set<string>(filters.kinds);
  const members = filters.member === null ? null : memberIds(dataset, filters.member);
  const near = filters.within ? withinKm(dataset, filters.within.from, filters.within.km) : null;
  const ids = new Set<string>();
  for (const e of dataset.establishments) {
    if (kinds.has(e.kind) && (members === null || members.has(e.id)) && (near === null || near.has(e.id))) ids.add(e.id);
  }
  return ids;
});

/**
 * The establishments the map shows, in dataset order: those matching the
 * establishment filter (see {@link matchingEstablishmentIds}).
 *
 * Decision: the CHRU (`chru-lille`) is always kept, even when the filter
 * leaves it out, because it is the hub every post link and most cooperations
 * radiate from; without it the filtered map would lose its centre. It is then
 * not in `matchingEstablishmentIds`, so the view can draw it as "not
 * matching" (dimmed) and the counts never include it.
 */
export function visibleEstablishments(dataset: Dataset, filters: EstablishmentFilter): Establishment[] {
  return visibleMemo(dataset, establishmentFilterKey(filters));
}

const visibleMemo = memoizeLast((dataset: Dataset, key: string): Establishment[] => {
  const filters = establishmentFilterOfKey(key);
  if (filters === null) return dataset.establishments.slice();
  const matching = matchingEstablishmentIds(dataset, filters);
  return dataset.establishments.filter((e) => e.id === HUB_ID || matching.has(e.id));
});

/**
 * {@link visibleEstablishments} as a mask over `dataset.establishments`
 * (1 = visible, by position), for selectors that test thousands of ids.
 */
export function visibilityMask(dataset: Dataset, filters: EstablishmentFilter): Uint8Array {
  return maskMemo(dataset, visibleEstablishments(dataset, filters));
}

const maskMemo = memoizeLast((dataset: Dataset, visible: Establishment[]): Uint8Array => {
  const position = datasetIndex(dataset).establishmentIndex;
  const mask = new Uint8Array(dataset.establishments.length);
  for (const e of visible) mask[position.get(e.id) as number] = 1;
  return mask;
});

/** The ids of {@link visibleEstablishments}, as a set. */
export function visibleEstablishmentIds(dataset: Dataset, filters: EstablishmentFilter): ReadonlySet<string> {
  return visibleIdsMemo(visibleEstablishments(dataset, filters));
}

const visibleIdsMemo = memoizeLast((visible: Establishment[]): ReadonlySet<string> => new Set(visible.map((e) => e.id)));

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The establishments offered as the origin of the distance filter: the CHRU
 * first (the default origin), then the others by short name (French collation, then id).
 */
export function withinOriginOptions(dataset: Pick<Dataset, 'establishments'>): Establishment[] {
  return originsMemo(dataset.establishments);
}

const originsMemo = memoizeLast((establishments: readonly Establishment[]): Establishment[] =>
  establishments.toSorted(
    (a, b) =>
      Number(b.id === HUB_ID) - Number(a.id === HUB_ID) ||
      collator.compare(a.shortName, b.shortName) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  ),
);

/**
 * The cooperations usable as a `member` filter: the CHTs and GHTs, except
 * those only listed on a map (the constituted or project record of the same
 * CHT is offered), sorted by name (French collation, then id).
 */
export function memberFilterOptions(dataset: Dataset): Cooperation[] {
  return memberOptionsMemo(dataset);
}

const memberOptionsMemo = memoizeLast((dataset: Dataset): Cooperation[] =>
  dataset.cooperations
    .filter((c) => (c.kind === 'cht' || c.kind === 'ght') && c.status !== 'listed')
    .toSorted((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);

/** One choice of a filter's select: the id it sets and the name shown. */
export interface Choice {
  id: string;
  name: string;
}

/** The member filter's choices, named in `lang` (the same array while the dataset and the language are). */
export const memberChoices = memoizeLast((dataset: Dataset, lang: Lang): Choice[] =>
  memberFilterOptions(dataset).map((c) => ({ id: c.id, name: translated(lang, c, 'name') })),
);

/** The distance filter's origins as choices (the same array while the establishments are). */
export const originChoices = memoizeLast((establishments: Dataset['establishments']): Choice[] =>
  withinOriginOptions({ establishments }).map((e) => ({ id: e.id, name: e.shortName })),
);
