import { COOPERATION_KINDS, ESTABLISHMENT_KINDS } from '../model/types.ts';
import type { AppState, Filters } from './types.ts';

/** The id of the CHRU de Lille: the hub of the network, the origin of post links. */
export const HUB_ID = 'chru-lille';

/** The id prefix of the links drawn for shared-post site values (`posts:<scheme>:<siteValueId>`). */
export const POSTS_LINK_PREFIX = 'posts:';

/** How the choropleth's classes are cut (`view.classes`); `ckmeans` by default (natural breaks). See `classes.ts`. */
export type ClassMethod = 'ckmeans' | 'quantile' | 'equal';
export const CLASS_METHODS: readonly ClassMethod[] = ['ckmeans', 'quantile', 'equal'];

/** The largest radius the distance filter accepts (km): the region is about 200 km across. */
export const MAX_WITHIN_KM = 500;

/** The date range the timeline slider covers (ISO dates, inclusive). */
export const TIMELINE: { readonly start: string; readonly end: string } = Object.freeze({
  start: '2000-01-01',
  end: '2017-12-31',
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The state of a bare URL: French, ATP counts, every link kind, the end of the
 * timeline (the whole network), bassins grid, every establishment kind, no
 * member filter, no focus. Deeply frozen: build new states by spreading it.
 */
export const DEFAULT_STATE: AppState = deepFreeze({
  lang: 'fr',
  filters: {
    scheme: 'atp',
    links: [...COOPERATION_KINDS],
    date: TIMELINE.end,
    kinds: [...ESTABLISHMENT_KINDS],
    member: null,
  },
  view: { grid: 'bassins' },
  selection: { focus: null },
} satisfies AppState);

/** A fresh, mutable copy of {@link DEFAULT_STATE} (its lists are new arrays). */
export function cloneDefaultState(): AppState {
  const d = DEFAULT_STATE;
  return {
    lang: d.lang,
    filters: { ...d.filters, links: [...d.filters.links], kinds: [...d.filters.kinds] },
    view: { ...d.view },
    selection: { ...d.selection },
  };
}

/** The filters that restrict establishments (and so switch the counts to sums of matching site values). */
export type EstablishmentFilter = Pick<Filters, 'kinds' | 'member' | 'within'>;

/**
 * True when the filters restrict establishments: some establishment kind is
 * left out, a CHT/GHT membership is required, or a distance is set. The
 * counts then switch from published bassin totals to sums of matching site values.
 */
export function isEstablishmentFilterActive(filters: EstablishmentFilter): boolean {
  if (filters.member !== null) return true;
  if (filters.within !== undefined && filters.within !== null) return true;
  return ESTABLISHMENT_KINDS.some((kind) => !filters.kinds.includes(kind));
}

/**
 * One string for the establishment filter, for memo keys: `*` when inactive
 * (whatever the lists say), else its parts as JSON. {@link establishmentFilterOfKey} reads it back.
 */
export function establishmentFilterKey(filters: EstablishmentFilter): string {
  if (!isEstablishmentFilterActive(filters)) return '*';
  return JSON.stringify([filters.kinds, filters.member, filters.within ? [filters.within.km, filters.within.from] : null]);
}

/** The establishment filter of a key from {@link establishmentFilterKey} (`*` gives null: no filter). */
export function establishmentFilterOfKey(key: string): EstablishmentFilter | null {
  if (key === '*') return null;
  const [kinds, member, within] = JSON.parse(key) as [Filters['kinds'], string | null, [number, string] | null];
  return { kinds, member, within: within ? { km: within[0], from: within[1] } : null };
}
