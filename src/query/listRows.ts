/**
 * The "Liste" view's rows: the cooperations and the establishments the
 * current filters show on the map, each with its first source, plus the
 * table's own text filter and sort, and the date and filters in words that
 * the list states above its rows (`listContext`). Pure; the table and its CSV
 * export render exactly what these return.
 */
import type { BassinId, Dataset, Establishment, Source } from '../model/types.ts';
import { cooperationFacts, type CooperationFacts } from './cards.ts';
import { datasetIndex } from './datasetIndex.ts';
import { distancesFrom, roundKm } from './distances.ts';
import { foldText } from './search.ts';
import { HUB_ID, type EstablishmentFilter } from './state.ts';
import { formatNumber, msg, translated } from '../i18n/index.ts';
import { listText } from '../i18n/list.ts';
import type { Filters, Lang, Link } from './types.ts';
import { visibleEstablishments } from './visibleEstablishments.ts';

/** One cooperation row. */
export interface CooperationRow extends CooperationFacts {
  type: 'cooperation';
  /** Short names of its parties (hub first), as the card lists them. */
  members: string[];
  topics: string[];
  /** Membership deduced by us, not written in a seed. */
  inferred: boolean;
  /** Its first source (the card lists them all). */
  source: Source | null;
}

/** One establishment row. */
export interface EstablishmentRow {
  type: 'establishment';
  id: string;
  shortName: string;
  name: string;
  kind: Establishment['kind'];
  commune: string;
  zone: string | null;
  bassin: BassinId | null;
  /** Placed at the commune centre because the site is not known precisely. */
  approximate: boolean;
  /** Cooperations drawn for it under the current filters (shared-post site values not counted). */
  cooperations: number;
  /**
   * Great-circle distance in km, rounded to 0.1, from the distance origin (see
   * {@link distanceOrigin}); null when the dataset has no such origin.
   */
  km: number | null;
  /** The short name of the establishment `km` is measured from, or null. */
  kmFrom: string | null;
  source: Source | null;
}

export type ListRow = CooperationRow | EstablishmentRow;

/**
 * The cooperations the map draws under `filters`: those with at least one of
 * the given (visible) links, in dataset order. A cooperation of one party
 * drawn as no link is not in the list, as it is not on the map.
 */
export function cooperationRows(dataset: Dataset, links: readonly Link[], filters: Pick<Filters, 'date'>): CooperationRow[] {
  const drawn = new Set(links.map((l) => l.cooperationId));
  const index = datasetIndex(dataset);
  return dataset.cooperations
    .filter((c) => drawn.has(c.id))
    .map((c) => {
      const parties = [...new Set([...(c.hub !== undefined ? [c.hub] : []), ...c.members])];
      return {
        type: 'cooperation',
        ...cooperationFacts(c, filters.date),
        members: parties.map((id) => index.establishmentById.get(id)?.shortName ?? id),
        topics: c.topics,
        inferred: c.certainty === 'inferred',
        source: c.sources[0] ?? null,
      } satisfies CooperationRow;
    });
}

/**
 * The establishment distances in the list are measured from: the focused
 * establishment when the focus is one, else the CHRU; null when the dataset
 * has neither (an imported dataset without the CHRU).
 */
export function distanceOrigin(dataset: Pick<Dataset, 'establishments'>, focus: string | null): Establishment | null {
  const byId = (id: string) => dataset.establishments.find((e) => e.id === id);
  return (focus !== null ? byId(focus) : undefined) ?? byId(HUB_ID) ?? null;
}

/**
 * The establishments the map shows under `filters`, in dataset order, with
 * how many drawn cooperations each has and its distance from
 * {@link distanceOrigin} (`focus`: the focused id, or null).
 */
export function establishmentRows(
  dataset: Dataset,
  links: readonly Link[],
  filters: EstablishmentFilter,
  focus: string | null = null,
): EstablishmentRow[] {
  const origin = distanceOrigin(dataset, focus);
  const distances = origin ? distancesFrom(dataset, origin.id) : null;
  const coops = new Map<string, Set<string>>();
  const known = datasetIndex(dataset).cooperationById;
  for (const l of links) {
    // Shared-posts links stand for site values, not cooperations.
    if (!known.has(l.cooperationId)) continue;
    for (const id of [l.from, l.to]) {
      const set = coops.get(id) ?? new Set<string>();
      set.add(l.cooperationId);
      coops.set(id, set);
    }
  }
  return visibleEstablishments(dataset, filters).map((e) => ({
    type: 'establishment',
    id: e.id,
    shortName: e.shortName,
    name: e.name,
    kind: e.kind,
    commune: e.commune.name,
    zone: e.zone ?? null,
    bassin: e.bassin ?? null,
    approximate: e.located === 'commune',
    cooperations: coops.get(e.id)?.size ?? 0,
    km: distances ? roundKm(distances.get(e.id) as number) : null,
    kmFrom: origin ? origin.shortName : null,
    source: e.sources[0] ?? null,
  }));
}

/**
 * The distance filter and the hide-attested switch in words, `[label, value]`
 * each (none when off), for the lines the list export states its filters in.
 */
export function distanceAndTimeFilterWords(
  dataset: Pick<Dataset, 'establishments'>,
  filters: Pick<Filters, 'within' | 'hideAttested'>,
  lang: Lang,
): [string, string][] {
  const l = listText(lang);
  const out: [string, string][] = [];
  const within = filters.within;
  if (within) {
    const from = dataset.establishments.find((e) => e.id === within.from)?.shortName ?? within.from;
    out.push([l.fWithin, l.fWithinValue(formatNumber(within.km, lang), from)]);
  }
  if (filters.hideAttested === true) out.push([l.fAttested, l.fAttestedHidden]);
  return out;
}

/** Columns the list can sort on. */
export type CooperationSortKey = 'name' | 'kind' | 'date' | 'status' | 'members';
export type EstablishmentSortKey = 'name' | 'kind' | 'commune' | 'bassin' | 'cooperations' | 'distance';

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Keeps the rows whose text (names, kind id, commune, topics, members, dates)
 * holds every word of `query`, ignoring case and accents; an empty query keeps all.
 */
export function filterRows<R extends ListRow>(rows: readonly R[], query: string): R[] {
  const tokens = foldText(query.slice(0, 200)).split(' ').filter(Boolean);
  if (tokens.length === 0) return rows.slice();
  return rows.filter((r) => {
    const text = foldText(
      r.type === 'cooperation'
        ? [r.name, r.nameEn ?? '', r.kind, r.date ?? '', ...r.topics, ...r.members].join(' ')
        : [r.shortName, r.name, r.kind, r.commune, r.zone ?? '', r.bassin ?? ''].join(' '),
    );
    const words = text.split(' ');
    return tokens.every((t) => words.some((w) => w.startsWith(t)));
  });
}

/**
 * Sorts cooperation rows by a column, ascending or descending; undated rows
 * sort after dated ones in both directions; ties by name then id.
 */
export function sortCooperationRows(rows: readonly CooperationRow[], key: CooperationSortKey, descending = false): CooperationRow[] {
  const sign = descending ? -1 : 1;
  return rows.toSorted((a, b) => {
    if (key === 'date' && (a.date === null) !== (b.date === null)) return a.date === null ? 1 : -1;
    const primary =
      key === 'name'
        ? collator.compare(a.name, b.name)
        : key === 'kind'
          ? collator.compare(a.kind, b.kind)
          : key === 'date'
            ? collator.compare(a.date ?? '', b.date ?? '')
            : key === 'status'
              ? collator.compare(a.atDate, b.atDate) || collator.compare(a.status, b.status)
              : a.members.length - b.members.length;
    return sign * primary || collator.compare(a.name, b.name) || byId(a, b);
  });
}

/** Sorts establishment rows by a column, ascending or descending; ties by short name then id; rows without a distance sort last by distance. */
export function sortEstablishmentRows(
  rows: readonly EstablishmentRow[],
  key: EstablishmentSortKey,
  descending = false,
): EstablishmentRow[] {
  const sign = descending ? -1 : 1;
  return rows.toSorted((a, b) => {
    if (key === 'distance' && (a.km === null) !== (b.km === null)) return a.km === null ? 1 : -1;
    const primary =
      key === 'distance'
        ? (a.km ?? 0) - (b.km ?? 0)
        : key === 'name'
          ? collator.compare(a.shortName, b.shortName)
          : key === 'kind'
            ? collator.compare(a.kind, b.kind)
            : key === 'commune'
              ? collator.compare(a.commune, b.commune)
              : key === 'bassin'
                ? collator.compare(a.bassin ?? '~', b.bassin ?? '~')
                : a.cooperations - b.cooperations;
    return sign * primary || collator.compare(a.shortName, b.shortName) || byId(a, b);
  });
}

/** What the list and its CSV state about how its rows were chosen. */
export interface ListContext {
  /** The shown date, ISO. */
  date: string;
  /** The filters in words, one `[label, value]` each, in the UI language. */
  filters: [string, string][];
}

/** What the list and its CSV state about the view: the date and each filter, in `lang`. */
export function listContext(dataset: Dataset, f: Filters, lang: Lang): ListContext {
  const t = msg(lang);
  const l = listText(lang);
  const member = f.member ? dataset.cooperations.find((c) => c.id === f.member) : undefined;
  const allKinds = f.kinds.length === 0 || f.kinds.length === Object.keys(t.kinds).length;
  return {
    date: f.date,
    filters: [
      [l.fLinks, f.links.length === 0 ? l.none : f.links.map((k) => t.linkKinds[k]).join(', ')],
      [l.fKinds, allKinds ? l.all : f.kinds.map((k) => t.kinds[k]).join(', ')],
      [l.fMember, member ? translated(lang, member, 'name') : l.all],
      [l.fScheme, t.filters.schemeNames[f.scheme]],
      ...distanceAndTimeFilterWords(dataset, f, lang),
    ],
  };
}
