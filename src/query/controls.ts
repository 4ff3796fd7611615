/**
 * What the filters panel and the legend list, derived from the registry
 * (`src/model/registry.ts`) and the catalogue's labels: one row per scheme,
 * cooperation kind and establishment kind, in registry order. The components
 * only render these rows, so a kind or scheme added to the registry shows up
 * everywhere without touching them; a test proves it with a fixture registry.
 * Pure.
 */
import { REGISTRY, countedSchemes, type CooperationKindDef, type Registry, type SymbolShape } from '../model/registry.ts';
import type { CooperationKind, EstablishmentKind, PostSchemeId, Scheme } from '../model/registry.ts';

/** The labels the rows need, as the catalogues give them (`msg(lang).linkKinds`, `.kinds`, `.filters.schemeNames`/`schemeLong`). */
export interface KindLabels<C extends string = CooperationKind, E extends string = EstablishmentKind, S extends string = PostSchemeId> {
  linkKinds: Readonly<Record<C, string>>;
  kinds: Readonly<Record<E, string>>;
  schemeNames: Readonly<Record<S, string>>;
  schemeLong: Readonly<Record<S, string>>;
}

/** A scheme's period and where the state's date falls in it. */
export interface SchemePeriod {
  start: number;
  end: number;
  dateRelation: 'before' | 'within' | 'after';
}

/** One choice of counted scheme. */
export interface SchemeOption<S extends string = Scheme> {
  id: S;
  name: string;
  long: string;
  /** `2000–2011`, or `''` while the counts are unknown. */
  period: string;
  checked: boolean;
}

/** One cooperation kind, with how it is drawn. */
export interface LinkKindRow<C extends string = CooperationKind> {
  kind: C;
  label: string;
  style: CooperationKindDef;
  checked: boolean;
  /** Links of that kind drawn; null when the kind is off (the panel shows "–"). */
  count: number | null;
}

/** One establishment kind, with its symbol. */
export interface EstablishmentKindRow<E extends string = EstablishmentKind> {
  kind: E;
  label: string;
  symbol: SymbolShape;
  checked: boolean;
}

/** Everything the filters panel lists. */
export interface FilterOptions<C extends string = CooperationKind, E extends string = EstablishmentKind, S extends string = Scheme> {
  schemes: SchemeOption<S>[];
  links: LinkKindRow<C>[];
  /** Sum of the counts of the kinds shown. */
  linksTotal: number;
  kinds: EstablishmentKindRow<E>[];
  /** Every establishment kind is kept. */
  allKinds: boolean;
  /** Some but not all are kept (the "all" box is indeterminate). */
  someKinds: boolean;
}

/** The filters the rows read. */
export interface OptionFilters<C extends string, E extends string, S extends string> {
  scheme: S;
  links: readonly C[];
  kinds: readonly E[];
}

/** The rows of the filters panel. */
export function filterOptions<C extends string = CooperationKind, E extends string = EstablishmentKind, S extends string = Scheme>(
  filters: OptionFilters<C, E, S>,
  labels: KindLabels<C, E, S>,
  linkCounts: Partial<Record<C, number>>,
  periods: Partial<Record<S, Pick<SchemePeriod, 'start' | 'end'>>>,
  registry: Registry<C, E, S> = REGISTRY as unknown as Registry<C, E, S>,
): FilterOptions<C, E, S> {
  const links = linkRows(registry, labels, (k) => filters.links.includes(k)).map((row) => ({
    ...row,
    count: row.checked ? (linkCounts[row.kind] ?? 0) : null,
  }));
  const kinds = establishmentRows(registry, labels, (k) => filters.kinds.includes(k));
  const kept = kinds.filter((k) => k.checked).length;
  return {
    schemes: countedSchemes(registry).map((id) => {
      const p = periods[id];
      return {
        id,
        name: labels.schemeNames[id],
        long: labels.schemeLong[id],
        period: p ? `${p.start}–${p.end}` : '',
        checked: filters.scheme === id,
      };
    }),
    links,
    linksTotal: (Object.values(linkCounts) as (number | undefined)[]).reduce<number>((s, n) => s + (n ?? 0), 0),
    kinds,
    allKinds: kept === kinds.length,
    someKinds: kept > 0 && kept < kinds.length,
  };
}

/** Everything the legend lists about kinds. */
export interface LegendEntries<C extends string = CooperationKind, E extends string = EstablishmentKind> {
  /** The link kinds drawn, in registry order. */
  links: LinkKindRow<C>[];
  /** The style of the weighted kind drawn (posts), when one is: the legend then explains line widths. */
  weighted: CooperationKindDef | null;
  /** Every establishment kind and its symbol. */
  sites: EstablishmentKindRow<E>[];
}

/** The kind rows of the legend (map legend and export legend alike). */
export function legendEntries<C extends string = CooperationKind, E extends string = EstablishmentKind>(
  links: readonly C[],
  labels: Pick<KindLabels<C, E, string>, 'linkKinds' | 'kinds'>,
  registry: Pick<Registry<C, E, string>, 'cooperationKinds' | 'establishmentKinds'> = REGISTRY as unknown as Registry<C, E, string>,
): LegendEntries<C, E> {
  const drawn = linkRows(registry, labels, (k) => links.includes(k)).filter((row) => row.checked);
  return {
    links: drawn,
    weighted: drawn.find((row) => row.style.weighted)?.style ?? null,
    sites: establishmentRows(registry, labels, () => true),
  };
}

function linkRows<C extends string>(
  registry: Pick<Registry<C, string, string>, 'cooperationKinds'>,
  labels: { linkKinds: Readonly<Record<C, string>> },
  checked: (kind: C) => boolean,
): LinkKindRow<C>[] {
  return (Object.keys(registry.cooperationKinds) as C[]).map((kind) => ({
    kind,
    label: labels.linkKinds[kind],
    style: registry.cooperationKinds[kind],
    checked: checked(kind),
    count: null,
  }));
}

function establishmentRows<E extends string>(
  registry: Pick<Registry<string, E, string>, 'establishmentKinds'>,
  labels: { kinds: Readonly<Record<E, string>> },
  checked: (kind: E) => boolean,
): EstablishmentKindRow<E>[] {
  return (Object.keys(registry.establishmentKinds) as E[]).map((kind) => ({
    kind,
    label: labels.kinds[kind],
    symbol: registry.establishmentKinds[kind].symbol,
    checked: checked(kind),
  }));
}

/** The legend's sample values for a largest value: circles (`marks`: ≈⅛, ⅓, all) or line widths (`weights`: 1, ⅓, all), without repeats. */
export function legendSamples(max: number, of: 'marks' | 'weights'): number[] {
  if (!(max > 0)) return [];
  const first = of === 'marks' ? Math.max(1, Math.round(max / 8)) : 1;
  return [...new Set([first, Math.round(max / 3), max])].filter((v) => v > 0);
}

/** The title of the choropleth key: zone sums, filtered site sums, or published bassin totals over the period. */
export function choroplethTitle(
  legend: {
    zones: (scheme: string) => string;
    choroplethFiltered: (scheme: string) => string;
    choropleth: (scheme: string, start: number, end: number) => string;
  },
  scheme: string,
  view: { grid: 'bassins' | 'zones'; filtered: boolean; period: { start: number; end: number } | null },
): string {
  if (view.grid === 'zones') return legend.zones(scheme);
  return view.filtered ? legend.choroplethFiltered(scheme) : legend.choropleth(scheme, view.period?.start ?? 0, view.period?.end ?? 0);
}

/** Each counted scheme's period from the counts, as the filters panel reads them. */
export function schemePeriods<S extends string>(
  counts: Readonly<Record<S, { period: SchemePeriod }>> | null,
): Partial<Record<S, SchemePeriod>> {
  if (!counts) return {};
  return Object.fromEntries((Object.keys(counts) as S[]).map((s) => [s, counts[s].period])) as Partial<Record<S, SchemePeriod>>;
}
