/**
 * The kinds and schemes of the domain, each defined once.
 *
 * One entry per cooperation kind, establishment kind and post scheme; the
 * types (`CooperationKind`, `EstablishmentKind`, `PostSchemeId`, `Scheme`),
 * the map style, the legend, the filters, the URL parser, the scene checks and
 * the CSV columns all derive from these tables. The ORDER of the entries is
 * the order everything shows them in (filters, legend, URL lists, lanes).
 *
 * Adding a cooperation kind = one entry here + its label in each catalogue of
 * `src/i18n/` (the compiler asks for it: catalogues are `Record<kind, string>`)
 * + the data (and the kind in `data/schema/*.schema.json`, which a test keeps
 * equal to this registry). Labels are not here on purpose: adding a language
 * must not touch this file.
 *
 * Pure data, no imports: model, query, map, ui and export may all read it.
 */

/** How a cooperation kind is drawn. */
export interface CooperationKindDef {
  /** Line colour (Okabe–Ito based, darkened to stand on light land). */
  readonly color: string;
  /** MapLibre `line-dasharray`, in line widths; `[1, 0]` = solid. */
  readonly dash: readonly number[];
  /** The same pattern as an SVG `stroke-dasharray` at a 2 px stroke (legend, filters); `''` = solid. */
  readonly svgDash: string;
  /** Line end: `round` turns a dotted pattern into dots. */
  readonly cap: 'butt' | 'round';
  /** Opacity of a line that is neither focused nor dimmed. */
  readonly opacity: number;
  /** True when its links carry a weight (the posts a link stands for): the legend then explains the widths. */
  readonly weighted?: boolean;
}

/** Shapes drawn for establishment kinds (see `symbolPolygon` in `src/map/palette.ts`). */
export type SymbolShape = 'star' | 'diamond' | 'circle' | 'cross' | 'triangle' | 'square' | 'hexagon' | 'triangle-down' | 'bar';

/** How an establishment kind is drawn. */
export interface EstablishmentKindDef {
  /** The symbol of its sites on the map, in the legend and in exports; each kind has its own. */
  readonly symbol: SymbolShape;
}

/** A post scheme. Its name, period and figures are data (`data/posts.json`, sourced); here only what the app does with it. */
export interface SchemeDef {
  /**
   * True when the scheme has a published map (totals per bassin, site
   * values): it is then counted per bassin, offered as a choice, drawn and
   * exported. The data must give it a period and bassin totals.
   */
  readonly counted: boolean;
}

/** Cooperation kinds, in display order. */
export const COOPERATION_KIND_DEFS = {
  gcs: { color: '#0072B2', dash: [1, 0], svgDash: '', cap: 'butt', opacity: 0.9 },
  cht: { color: '#D55E00', dash: [3, 1.5], svgDash: '6 3', cap: 'butt', opacity: 0.9 },
  ght: { color: '#AA4499', dash: [4, 1.2, 1, 1.2], svgDash: '8 2.4 2 2.4', cap: 'butt', opacity: 0.9 },
  convention: { color: '#007A5A', dash: [1.2, 1.2], svgDash: '2.4 2.4', cap: 'butt', opacity: 0.9 },
  'cross-border': { color: '#2F8FCC', dash: [0.3, 1.4], svgDash: '0.8 3', cap: 'round', opacity: 0.9 },
  posts: { color: '#262626', dash: [1, 0], svgDash: '', cap: 'butt', opacity: 0.8, weighted: true },
} as const satisfies Record<string, CooperationKindDef>;

/** Establishment kinds, in display order. */
export const ESTABLISHMENT_KIND_DEFS = {
  chu: { symbol: 'diamond' },
  ch: { symbol: 'circle' },
  'cancer-centre': { symbol: 'cross' },
  psychiatric: { symbol: 'triangle' },
  private: { symbol: 'square' },
  espic: { symbol: 'hexagon' },
  foreign: { symbol: 'triangle-down' },
  university: { symbol: 'bar' },
} as const satisfies Record<string, EstablishmentKindDef>;

/** Post schemes, in display order. The ASC has no published map: it is data (figures, site notes) but not counted. */
export const SCHEME_DEFS = {
  atp: { counted: true },
  ccu: { counted: true },
  asc: { counted: false },
} as const satisfies Record<string, SchemeDef>;

export type CooperationKind = keyof typeof COOPERATION_KIND_DEFS;
export type EstablishmentKind = keyof typeof ESTABLISHMENT_KIND_DEFS;
/** Every post scheme of the data. */
export type PostSchemeId = keyof typeof SCHEME_DEFS;
/** The schemes that are counted per bassin: what drives the counts, the choropleth and the symbol sizes. */
export type Scheme = { [K in PostSchemeId]: (typeof SCHEME_DEFS)[K]['counted'] extends true ? K : never }[PostSchemeId];

/**
 * The three tables as one value, so that pure functions can take another
 * registry (a test adds a kind or a scheme to a fixture registry).
 */
export interface Registry<C extends string = string, E extends string = string, S extends string = string> {
  readonly cooperationKinds: Readonly<Record<C, CooperationKindDef>>;
  readonly establishmentKinds: Readonly<Record<E, EstablishmentKindDef>>;
  readonly schemes: Readonly<Record<S, SchemeDef>>;
}

/** The registry of the app. */
export const REGISTRY: Registry<CooperationKind, EstablishmentKind, PostSchemeId> = {
  cooperationKinds: COOPERATION_KIND_DEFS,
  establishmentKinds: ESTABLISHMENT_KIND_DEFS,
  schemes: SCHEME_DEFS,
};

/** The keys of a table in entry order, typed. */
const keysOf = <K extends string>(table: Readonly<Record<K, unknown>>): K[] => Object.keys(table) as K[];

/** The counted schemes of a registry, in entry order. */
export function countedSchemes<S extends string>(registry: Pick<Registry<string, string, S>, 'schemes'>): S[] {
  return keysOf(registry.schemes).filter((s) => registry.schemes[s].counted);
}

/** Cooperation kinds in display order. */
export const COOPERATION_KINDS: readonly CooperationKind[] = Object.freeze(keysOf(COOPERATION_KIND_DEFS));
/** Establishment kinds in display order. */
export const ESTABLISHMENT_KINDS: readonly EstablishmentKind[] = Object.freeze(keysOf(ESTABLISHMENT_KIND_DEFS));
/** Every post scheme of the data, in display order. */
export const POST_SCHEME_IDS: readonly PostSchemeId[] = Object.freeze(keysOf(SCHEME_DEFS));
/** The counted schemes (`atp`, `ccu`), in display order: the counts panel, the scheme choice, the URL and the CSV columns. */
export const SCHEMES: readonly Scheme[] = Object.freeze(countedSchemes(REGISTRY) as Scheme[]);
