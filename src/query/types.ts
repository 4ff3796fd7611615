/**
 * The query layer's contract: the app state, and the shapes of what the pure
 * selectors in `src/query/` derive from it. The map and the panels only render
 * these; nothing here knows about the DOM, MapLibre or lit.
 */
import type { BassinId, Certainty, CooperationKind, EstablishmentKind, SiteValue, Source } from '../model/types.ts';
import type { ClassMethod } from './classes.ts';
import type { Scheme } from '../model/registry.ts';

/** A language of the app (`src/i18n/index.ts` lists them). */
export type { Lang } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
/** The post scheme that drives the counts, the choropleth and the symbol sizes (the counted schemes of `src/model/registry.ts`). */
export type { Scheme } from '../model/registry.ts';
export type Grid = 'bassins' | 'zones';
/** What colours the territories: the count of posts, or posts per 100,000 inhabitants. */
export type Measure = 'count' | 'rate';

/** What is shown: all of it lives in the URL. */
export interface Filters {
  scheme: Scheme;
  /** Cooperation kinds whose links are drawn. */
  links: CooperationKind[];
  /** The network in force at this ISO date (YYYY-MM-DD), 2000-01-01 … 2017-12-31. */
  date: string;
  /** Establishment kinds kept; all kinds = no establishment filter. */
  kinds: EstablishmentKind[];
  /** A CHT or GHT cooperation id: keep only its members; null = no membership filter. */
  member: string | null;
  /**
   * Keep only the establishments within `km` km (great circle, inclusive) of
   * the establishment `from`. Absent or null = no distance filter (states
   * written before it existed stay valid). The origin is stored, not read from
   * the focus: it is the CHRU unless the user chose another establishment, so
   * selecting something on the map never changes what the filter keeps.
   */
  within?: Within | null;
  /**
   * Hide the cooperations in force only because a source attests them (no
   * stated date; see `cooperationsInForce`). Absent = false.
   */
  hideAttested?: boolean;
}

/** A distance filter: establishments within `km` km of the establishment `from`. */
export interface Within {
  /** Radius in km, a positive number, at most `MAX_WITHIN_KM` (`state.ts`). */
  km: number;
  /** The origin establishment's id (the CHRU, `chru-lille`, by default). */
  from: string;
}

/**
 * The whole app state, a plain object. Everything the map and the panels
 * show is derived from it (and the dataset) by functions in `src/query/`.
 */
export interface AppState {
  lang: Lang;
  filters: Filters;
  /**
   * `measure` and `classes` are absent in the default state (read: `count`,
   * `ckmeans`), so states written before they existed stay valid.
   */
  view: { grid: Grid; measure?: Measure; classes?: ClassMethod };
  /** A bassin, establishment or cooperation id, or null. */
  selection: { focus: string | null };
}

/** A partial state: any top-level part, each merged one level deep. */
export interface StatePatch {
  lang?: AppState['lang'];
  filters?: Partial<Filters>;
  view?: Partial<AppState['view']>;
  selection?: Partial<AppState['selection']>;
}

/** How a change goes into the browser history: a new entry, the current one rewritten, or not at all. */
export type HistoryMode = 'push' | 'replace' | 'none';

/** What a key or button does in scene mode. */
export type SceneMove = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** One count as the counts panel shows it, with everything needed to explain it. */
export interface CountCell {
  /**
   * The number shown. Without an establishment filter: the published bassin
   * total. With one: the sum of the matching establishments' site values.
   */
  value: number;
  /** The published bassin total (never altered by filters). */
  published: number;
  /** Sum of all site values of the bassin (stated + inferred), whatever the filter. */
  sitesSum: number;
  /**
   * Part of the published total attributed to no site (published − sitesSum),
   * or, under an establishment filter, to no matching site. May be negative
   * when the site breakdown exceeds the published total.
   */
  unattributed: number;
  /** True when the site breakdown disagrees with the published total (sitesSum > published). */
  disagreement: boolean;
  /** True when `value` includes an inferred site value. */
  inferred: boolean;
  /** Site values counted in `value` (under a filter) or all of the bassin's (without). */
  siteValues: SiteValue[];
  /** Site values of a group only partly matched by the filter: not counted, reported. */
  unsplittable: SiteValue[];
  /** Sources of `value`: the published total's, plus the site values' under a filter. */
  sources: Source[];
}

/** Counts per bassin for one scheme, plus the regional total. */
export interface SchemeCounts {
  scheme: Scheme;
  byBassin: Record<BassinId, CountCell>;
  /** Sum of the bassin values shown. */
  bassinsTotal: number;
  /** Counts outside any bassin (CCU-Région in general medicine), included only without an establishment filter. */
  extras: { id: string; label: string; value: number; sources: Source[] }[];
  /** bassinsTotal + extras; compare with `published`. */
  total: number;
  /** The published grand total (182 ATP, 20 CCU-Région). */
  published: number;
  publishedSources: Source[];
  /** Whether an establishment filter (kinds or member) restricts the counts. */
  filtered: boolean;
  /**
   * Where the state's date falls relative to the scheme's period: the figures
   * are cumulative over the whole period and are never prorated.
   */
  period: { start: number; end: number; dateRelation: 'before' | 'within' | 'after' };
}

/** Every counted scheme's counts, as the counts panel and `<coop-map>.counts` expose them. */
export type Counts = Record<Scheme, SchemeCounts>;

/** One drawable link between two establishments, derived from a cooperation. */
export interface Link {
  /** Stable id: `${cooperationId}:${from}:${to}`. */
  id: string;
  cooperationId: string;
  kind: CooperationKind;
  from: string;
  to: string;
  /** Post counts carried by the link (posts kind), else undefined. */
  weight?: number;
  certainty: Certainty;
  /** True when direction means something (CHRU → partner for posts sent). */
  directed: boolean;
  /** False for cooperations with no date: shown at every date, and said so. */
  dated: boolean;
  /**
   * Position among the links joining the same unordered pair, centred on 0
   * (…, −1, 0, 1, …), so parallel arcs of different kinds stay apart.
   */
  lane: number;
  /** Number of links joining that pair. */
  lanes: number;
  /** For posts links: the site value the link carries (a group value is drawn to each of its sites, unsplit). */
  siteValueId?: string;
}
