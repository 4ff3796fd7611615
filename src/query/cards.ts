import { COOPERATION_KINDS, POST_SCHEME_IDS, SCHEMES, type Scheme } from '../model/registry.ts';
import type {
  BassinId,
  Certainty,
  Cooperation,
  CooperationKind,
  Dataset,
  Establishment,
  PostSchemeId,
  Source,
  Zone,
} from '../model/types.ts';
import { datasetIndex } from './datasetIndex.ts';
import { memoizeLast } from './memoizeLast.ts';
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
const compareDates = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
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
    bassinCounts:
      counts && bassin ? bassinCells(counts, bassin) : null,
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

const bassinCardMemo = memoizeLast(
  (dataset: Dataset, bassin: BassinId, counts: Counts, zones: readonly Zone[]): BassinCard => ({
    bassin,
    counts: bassinCells(counts, bassin),
    establishments: dataset.establishments
      .filter((e) => e.bassin === bassin)
      .toSorted((a, b) => collator.compare(a.shortName, b.shortName) || byId(a, b)),
    zones: zones.filter((z) => z.bassin === bassin).toSorted((a, b) => collator.compare(a.name, b.name) || byId(a, b)),
  }),
);
