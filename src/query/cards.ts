/**
 * The cards the details panel and the tooltip show — establishment, bassin,
 * cooperation, commune, hover — derived from the dataset and the state. Pure.
 * Over 350 lines: each card gathers its numbers with their sources and status
 * (stated, deduced, attested), and the four cards share those helpers.
 */
import { geoDistance } from 'd3-geo';
import type { Commune } from '../model/communes.ts';
import { COOPERATION_KINDS, POST_SCHEME_IDS, SCHEMES, type Scheme } from '../model/registry.ts';
import type {
  BassinId,
  Certainty,
  Cooperation,
  CooperationKind,
  Dataset,
  Establishment,
  PostSchemeId,
  SiteValueCertainty,
  Source,
  Zone,
} from '../model/types.ts';
import { datasetIndex } from './datasetIndex.ts';
import { memoizeLast } from './memoizeLast.ts';
import { POSTS_LINK_PREFIX } from './state.ts';
import { siteValueStatus, type SiteValueStatus } from './readings.ts';
import type { CountCell, Counts } from './types.ts';

/** One cooperation as the establishment card lists it. */
export interface CardCooperation {
  id: string;
  kind: CooperationKind;
  name: string;
  nameEn?: string;
  /** ISO date it is in force from; null when the seeds give none (then see `attested`). */
  date: string | null;
  /** Without a date: the source that attests it first, and from when (its status is the status that source gives). */
  attested: { date: string; seed: string; title: string; titleEn: string; when: string; whenEn: string } | null;
  datePrecision?: 'day' | 'month' | 'year';
  status: Cooperation['status'];
  /** `hub` when links radiate from this establishment, else `member`. */
  role: 'hub' | 'member';
  /** The other parties' ids, in the cooperation's order. */
  partners: string[];
  topics: string[];
  /** `topics` in English, when the data has it. */
  topicsEn?: string[];
  sources: Source[];
}

/** One site value as the establishment card lists it. */
export interface CardSiteValue {
  id: string;
  label: string;
  value: number;
  certainty: Certainty;
  /** True for a group value: the value is shared with `establishments`, split unknown. */
  shared: boolean;
  establishments: string[];
  bassin: BassinId;
  /** How it is known (stated, deduced, group value; assumption; counted outside its commune's bassin). */
  status: SiteValueStatus;
  note?: string;
  noteEn?: string;
  sources: Source[];
}

/** Everything the details card shows for one establishment. */
export interface EstablishmentCard {
  establishment: Establishment;
  /** Zone de proximité id, null outside Nord-Pas-de-Calais. */
  zone: string | null;
  bassin: BassinId | null;
  /** Its CHTs and GHTs, sorted by name. */
  memberships: Cooperation[];
  /** Every cooperation it is a party of: by kind (`COOPERATION_KINDS` order), then date (undated last), then name. */
  cooperations: CardCooperation[];
  /** Its site values per scheme, in dataset order (group values included, flagged `shared`). */
  siteValues: Record<PostSchemeId, CardSiteValue[]>;
  /** Its bassin's count cells, when `counts` was passed and it lies in a bassin. */
  bassinCounts: Record<Scheme, CountCell> | null;
  /** The establishment's own sources. */
  sources: Source[];
}

/** Everything the details card shows for one bassin. */
export interface BassinCard {
  bassin: BassinId;
  counts: Record<Scheme, CountCell>;
  /** Its establishments, sorted by short name (French collation). */
  establishments: Establishment[];
  /** Its zones de proximité, sorted by name. */
  zones: Zone[];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** ISO dates ascending, null (undated) last. */
const compareDates = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
const KIND_ORDER = new Map<CooperationKind, number>(COOPERATION_KINDS.map((k, i) => [k, i]));

/** The details card of an establishment, or null for an unknown id. */
export function establishmentCard(dataset: Dataset, id: string, counts?: Counts): EstablishmentCard | null {
  return establishmentCardMemo(dataset, id, counts);
}

/** The attestation of an undated cooperation with its source's title and dating, or null. */
function attestedInfo(dataset: Dataset, c: Cooperation): CardCooperation['attested'] {
  if (c.date !== undefined || c.attested === undefined) return null;
  const seed = dataset.sources?.seeds.find((s) => s.seed === c.attested?.seed);
  return {
    date: c.attested.date,
    seed: c.attested.seed,
    title: seed?.title ?? c.attested.seed,
    titleEn: seed?.titleEn ?? c.attested.seed,
    when: seed?.when ?? c.attested.date,
    whenEn: seed?.whenEn ?? c.attested.date,
  };
}

const establishmentCardMemo = memoizeLast((dataset: Dataset, id: string, counts: Counts | undefined) => {
  const index = datasetIndex(dataset);
  const establishment = index.establishmentById.get(id);
  if (!establishment) return null;
  const theirs = index.cooperationsOf.get(id) ?? [];
  const cooperations: CardCooperation[] = theirs
    .map((c) => {
      const entry: CardCooperation = {
        id: c.id,
        kind: c.kind,
        name: c.name,
        date: c.date ?? null,
        attested: attestedInfo(dataset, c),
        status: c.status,
        role: c.hub === id ? 'hub' : 'member',
        partners: [...new Set([...(c.hub !== undefined ? [c.hub] : []), ...c.members])].filter((m) => m !== id),
        topics: c.topics,
        sources: c.sources,
      };
      if (c.nameEn !== undefined) entry.nameEn = c.nameEn;
      if (c.topicsEn !== undefined) entry.topicsEn = c.topicsEn;
      if (c.datePrecision !== undefined) entry.datePrecision = c.datePrecision;
      return entry;
    })
    .toSorted(
      (a, b) =>
        (KIND_ORDER.get(a.kind) ?? 99) - (KIND_ORDER.get(b.kind) ?? 99) ||
        compareDates(a.date ?? a.attested?.date ?? null, b.date ?? b.attested?.date ?? null) ||
        collator.compare(a.name, b.name) ||
        byId(a, b),
    );
  const siteValues = Object.fromEntries(POST_SCHEME_IDS.map((s) => [s, [] as CardSiteValue[]])) as Record<PostSchemeId, CardSiteValue[]>;
  for (const v of index.siteValuesOf.get(id) ?? []) {
    const entry: CardSiteValue = {
      id: v.id,
      label: v.label,
      value: v.value,
      certainty: v.certainty === 'stated' ? 'stated' : 'inferred',
      shared: new Set(v.establishments).size > 1,
      establishments: v.establishments,
      bassin: v.bassin,
      status: siteValueStatus(v, dataset.posts),
      sources: v.sources,
    };
    if (v.note !== undefined) entry.note = v.note;
    if (v.noteEn !== undefined) entry.noteEn = v.noteEn;
    siteValues[v.scheme].push(entry);
  }
  const bassin = establishment.bassin ?? null;
  return {
    establishment,
    zone: establishment.zone ?? null,
    bassin,
    memberships: theirs
      .filter((c) => c.kind === 'cht' || c.kind === 'ght')
      .toSorted((a, b) => collator.compare(a.name, b.name) || byId(a, b)),
    cooperations,
    siteValues,
    bassinCounts: counts && bassin ? bassinCells(counts, bassin) : null,
    sources: establishment.sources,
  } satisfies EstablishmentCard;
});

/** One bassin's count cell per counted scheme. */
function bassinCells(counts: Counts, bassin: BassinId): Record<Scheme, CountCell> {
  return Object.fromEntries(SCHEMES.map((s) => [s, counts[s].byBassin[bassin]])) as Record<Scheme, CountCell>;
}

/**
 * The details card of a bassin: both schemes' count cells from `counts`, its
 * establishments, and its zones taken from `zones` (the geometry table).
 */
export function bassinCard(dataset: Dataset, bassinId: BassinId, counts: Counts, zones: readonly Zone[]): BassinCard {
  return bassinCardMemo(dataset, bassinId, counts, zones);
}

const bassinCardMemo = memoizeLast((dataset: Dataset, bassin: BassinId, counts: Counts, zones: readonly Zone[]): BassinCard => ({
  bassin,
  counts: bassinCells(counts, bassin),
  establishments: dataset.establishments
    .filter((e) => e.bassin === bassin)
    .toSorted((a, b) => collator.compare(a.shortName, b.shortName) || byId(a, b)),
  zones: zones.filter((z) => z.bassin === bassin).toSorted((a, b) => collator.compare(a.name, b.name) || byId(a, b)),
}));

/**
 * Where a cooperation stands at the shown date: `in-force` (its stated date is
 * on or before it), `not-yet` (its stated date is after it), or `undated` (the
 * seeds give no date: shown at every date, and said so).
 */
export type StatusAtDate = 'in-force' | 'not-yet' | 'undated';

/** The status of a cooperation at an ISO date (see {@link StatusAtDate}). */
export function statusAtDate(cooperation: Pick<Cooperation, 'date'>, date: string): StatusAtDate {
  if (cooperation.date === undefined) return 'undated';
  return cooperation.date <= date ? 'in-force' : 'not-yet';
}

/** One party of a cooperation as its card lists it. */
export interface CardMember {
  id: string;
  shortName: string;
  kind: Establishment['kind'];
  /** `hub` when links radiate from it, else `member`. */
  role: 'hub' | 'member';
}

/** Everything the cooperation card shows. */
export interface CooperationCard {
  cooperation: Cooperation;
  /** Its status at the shown date. */
  atDate: StatusAtDate;
  /** Its parties: the hub first, then the members in the cooperation's order (duplicates dropped). */
  members: CardMember[];
  /** Member ids the dataset does not know (the card names them as they are). */
  unknownMembers: string[];
  /** True when the membership is deduced by us (`certainty: inferred`), not written in a seed. */
  inferred: boolean;
}

/** The card of a cooperation at the shown ISO date, or null for an unknown id. */
export function cooperationCard(dataset: Dataset, id: string, date: string): CooperationCard | null {
  const cooperation = datasetIndex(dataset).cooperationById.get(id);
  if (!cooperation) return null;
  const establishments = datasetIndex(dataset).establishmentById;
  const ids = [...new Set([...(cooperation.hub !== undefined ? [cooperation.hub] : []), ...cooperation.members])];
  const members: CardMember[] = [];
  const unknownMembers: string[] = [];
  for (const m of ids) {
    const e = establishments.get(m);
    if (!e) unknownMembers.push(m);
    else members.push({ id: m, shortName: e.shortName, kind: e.kind, role: m === cooperation.hub ? 'hub' : 'member' });
  }
  return { cooperation, atDate: statusAtDate(cooperation, date), members, unknownMembers, inferred: cooperation.certainty === 'inferred' };
}

/** What the map reports under the pointer: an establishment, or one drawn link of a cooperation. */
export type HoverTarget =
  { type: 'establishment'; id: string } | { type: 'link'; cooperationId: string; from: string; to: string } | AggregateHover;

/**
 * An aggregate lane of a large network (links of one kind between two
 * territories, drawn at low zoom): the map gives its count, the number of
 * its links the state shows, summed from the same state that draws them.
 */
export interface AggregateHover {
  type: 'aggregate';
  id: string;
  kind: CooperationKind;
  count: number;
  /** Names of the two territories. */
  ends: [string, string];
}

/** What the tooltip shows for an establishment: name, kind, commune, and how many cooperations it is drawn with. */
export interface EstablishmentHover {
  type: 'establishment';
  id: string;
  shortName: string;
  name: string;
  kind: Establishment['kind'];
  commune: string;
  /** Its cooperations in force at the date (undated ones included), and how many of those are undated. */
  cooperations: number;
  undated: number;
}

/** What every view of a cooperation says of it: name, kind, date (or its absence), status, status at the date shown. */
export interface CooperationFacts {
  id: string;
  name: string;
  nameEn?: string;
  kind: CooperationKind;
  /** ISO date stated by the seeds, or null (undated: shown from the date its source attests it). */
  date: string | null;
  datePrecision?: 'day' | 'month' | 'year';
  status: Cooperation['status'];
  atDate: StatusAtDate;
}

/** What the tooltip shows for a link: its cooperation's facts and the two ends. */
export interface LinkHover extends CooperationFacts {
  type: 'cooperation';
  inferred: boolean;
  /** Short names of the link's two ends (the id when unknown). */
  ends: [string, string];
}

/** What the tooltip shows for a link of shared posts (one site value, `posts:<scheme>:<siteValueId>`): the value as published. */
export interface PostsHover {
  type: 'posts';
  /** The link's cooperation id, `posts:<scheme>:<siteValueId>`. */
  id: string;
  scheme: PostSchemeId;
  /** The label as it stands on the slide, e.g. "ROUBAIX : 17". */
  label: string;
  value: number;
  /** `deduced`: the same in every reading of the garbled map that the published totals allow. */
  certainty: SiteValueCertainty;
  /** True for a group value drawn to each of its sites, unsplit. */
  shared: boolean;
  ends: [string, string];
}

/** Whatever the tooltip can show. */
export type HoverInfo = EstablishmentHover | LinkHover | PostsHover | AggregateHover;

/** The tooltip content for what lies under the pointer, at the shown ISO date; null for an unknown id. */
export function hoverInfo(dataset: Dataset, target: HoverTarget, date: string): HoverInfo | null {
  if (target.type === 'aggregate') return target;
  const index = datasetIndex(dataset);
  if (target.type === 'establishment') {
    const e = index.establishmentById.get(target.id);
    if (!e) return null;
    const theirs = (index.cooperationsOf.get(e.id) ?? []).filter((c) => statusAtDate(c, date) !== 'not-yet');
    return {
      type: 'establishment',
      id: e.id,
      shortName: e.shortName,
      name: e.name,
      kind: e.kind,
      commune: e.commune.name,
      cooperations: theirs.length,
      undated: theirs.filter((c) => c.date === undefined).length,
    };
  }
  const short = (id: string): string => index.establishmentById.get(id)?.shortName ?? id;
  const c = index.cooperationById.get(target.cooperationId);
  if (!c && target.cooperationId.startsWith(POSTS_LINK_PREFIX)) {
    const siteValueId = target.cooperationId.split(':').slice(2).join(':');
    const v = dataset.posts.siteValues.find((x) => x.id === siteValueId);
    if (!v) return null;
    return {
      type: 'posts',
      id: target.cooperationId,
      scheme: v.scheme,
      label: v.label,
      value: v.value,
      certainty: v.certainty,
      shared: new Set(v.establishments).size > 1,
      ends: [short(target.from), short(target.to)],
    };
  }
  if (!c) return null;
  return {
    type: 'cooperation',
    ...cooperationFacts(c, date),
    inferred: c.certainty === 'inferred',
    ends: [short(target.from), short(target.to)],
  };
}

/** The facts every view of a cooperation states, at the date shown (optional fields only when the data has them). */
export function cooperationFacts(c: Cooperation, date: string): CooperationFacts {
  const facts: CooperationFacts = {
    id: c.id,
    name: c.name,
    kind: c.kind,
    date: c.date ?? null,
    status: c.status,
    atDate: statusAtDate(c, date),
  };
  if (c.nameEn !== undefined) facts.nameEn = c.nameEn;
  if (c.datePrecision !== undefined) facts.datePrecision = c.datePrecision;
  return facts;
}

/** Mean Earth radius (IUGG), in kilometres: great-circle distances are `geoDistance` (radians) × this. */
export const EARTH_RADIUS_KM = 6371.0088;

/** What the commune card shows: where the commune lies, its establishments, and the nearest partners. */
export interface CommuneCard {
  commune: Commune;
  /** Its zone de proximité (null when the geometry does not know it) and that zone's bassin. */
  zone: Zone | null;
  bassin: BassinId | null;
  /** Establishments of the dataset in this commune (same INSEE code), by short name. */
  establishments: Establishment[];
  /**
   * The establishments nearest its centroid that are party to at least one
   * cooperation, with the great-circle distance in km rounded to 0.1, nearest first.
   */
  nearest: { establishment: Establishment; km: number }[];
}

/** How many partners the commune card lists. */
export const NEAREST_PARTNERS = 5;

/** The card of a commune of the index, or null for an unknown INSEE code. */
export function communeCard(dataset: Dataset, communes: readonly Commune[], zones: readonly Zone[], insee: string): CommuneCard | null {
  const commune = communes.find((c) => c.insee === insee);
  if (!commune) return null;
  const zone = zones.find((z) => z.id === commune.zone) ?? null;
  const index = datasetIndex(dataset);
  const partners = dataset.establishments.filter((e) => (index.cooperationsOf.get(e.id) ?? []).length > 0);
  const nearest = partners
    .map((establishment) => ({ establishment, exact: geoDistance(commune.centroid, establishment.coordinates) * EARTH_RADIUS_KM }))
    .toSorted((a, b) => a.exact - b.exact || byId(a.establishment, b.establishment))
    .slice(0, NEAREST_PARTNERS)
    .map(({ establishment, exact }) => ({ establishment, km: Math.round(exact * 10) / 10 }));
  return {
    commune,
    zone,
    bassin: zone?.bassin ?? null,
    establishments: dataset.establishments
      .filter((e) => e.commune.insee === insee)
      .toSorted((a, b) => collator.compare(a.shortName, b.shortName) || byId(a, b)),
    nearest,
  };
}
