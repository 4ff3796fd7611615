/**
 * The domain model of coopmap: what `data/*.json` holds once validated.
 *
 * These types mirror the JSON Schemas in `data/schema/`; the schemas are the
 * authority at load time, these types are what the rest of the code reads.
 * Pure: no DOM, no MapLibre, no lit.
 */

/** The four bassins (territoires de santé) of Nord-Pas-de-Calais. */
export type BassinId = 'metropole' | 'littoral' | 'artois' | 'hainaut';

/** Bassin ids in the order the product shows them (west-to-east reading of the slides). */
export const BASSIN_IDS: readonly BassinId[] = ['metropole', 'littoral', 'artois', 'hainaut'];

/** Where a figure or membership comes from: a seed file and a short exact quote from it. */
export interface Source {
  /** File name in `../shared/seeds/`, e.g. `000_15e9185a92ff980b.txt`. */
  seed: string;
  /** A short quote that occurs in that file (whitespace-normalised). */
  quote: string;
  /**
   * The date the quoted passage speaks of, when it differs from when the seed
   * was written (the January 2012 CHT map inside the 2013 slides): an undated
   * record is attested from this date rather than the seed's.
   */
  asOf?: string;
}

/** When a seed was written, as far as its text tells, and from when it attests what it says (`data/sources.json`). */
export interface SeedInfo {
  seed: string;
  /** Title shown to people (French, English). */
  title: string;
  titleEn: string;
  /** A day, or a window (`after`/`before`) when the text only bounds it. */
  written: { date?: string; after?: string; before?: string; precision: 'day' | 'range' };
  /** ISO date from which an undated record of this seed is shown: the day it was written, or the end of its window. */
  attests: string;
  /** How the text dates itself, in words (French, English). */
  when: string;
  whenEn: string;
  sources: Source[];
}

/** `data/sources.json`. */
export interface SourcesData {
  seeds: SeedInfo[];
}

/**
 * From when a cooperation with no stated date is known to exist: the
 * earliest date one of its sources attests it (derived at load time from
 * `data/sources.json` and `sources[].asOf`; never written in the data).
 */
export interface Attestation {
  date: string;
  /** The seed that attests it first. */
  seed: string;
}

/** Whether a value is written in a seed, or deduced from seed values by us. */
export type Certainty = 'stated' | 'inferred';

export type EstablishmentKind =
  | 'chu'
  | 'ch'
  | 'cancer-centre'
  | 'psychiatric'
  | 'private'
  | 'espic'
  | 'foreign'
  | 'university';

export const ESTABLISHMENT_KINDS: readonly EstablishmentKind[] = [
  'chu',
  'ch',
  'cancer-centre',
  'psychiatric',
  'private',
  'espic',
  'foreign',
  'university',
];

/** A party to a cooperation: a hospital, a university or a faculty. */
export interface Establishment {
  /** Stable id, kebab-case, e.g. `chru-lille`, `ch-lens`, `az-groeninge`. */
  id: string;
  /** Short label used on the map, e.g. "CH Lens". */
  shortName: string;
  /** Full name, e.g. "Centre hospitalier de Lens". */
  name: string;
  /** English name, only where `name` has descriptive French words (proper nouns stay as they are). */
  nameEn?: string;
  kind: EstablishmentKind;
  /**
   * Where `kind` comes from: the seeds (absent or `seed`), or general public
   * knowledge the seeds do not state (`public-knowledge`; `kindNote` says what).
   */
  kindSource?: 'seed' | 'public-knowledge';
  /** Why the kind is what it is when not from the seeds (French), and in English. */
  kindNote?: string;
  kindNoteEn?: string;
  /** ISO 3166-1 alpha-2 country code: `FR` or `BE`. */
  country: 'FR' | 'BE';
  /** Commune (municipality) of the main site. */
  commune: {
    name: string;
    /** INSEE code, for French communes only. */
    insee?: string;
  };
  /** Zone de proximité id (see `geo/zones.csv`), for establishments in Nord-Pas-de-Calais only. */
  zone?: string;
  /** Bassin, for establishments in Nord-Pas-de-Calais only. */
  bassin?: BassinId;
  /** Longitude, latitude (WGS84) of the main site. */
  coordinates: [number, number];
  /** `site`: the hospital's main site; `commune`: the commune centre, because the site is not known precisely. */
  located: 'site' | 'commune';
  /** Free-text remark (French), e.g. why a site was chosen. */
  note?: string;
  /** `note` in English. */
  noteEn?: string;
  sources: Source[];
}

export type CooperationKind = 'gcs' | 'cht' | 'ght' | 'convention' | 'cross-border' | 'posts';

export const COOPERATION_KINDS: readonly CooperationKind[] = [
  'gcs',
  'cht',
  'ght',
  'convention',
  'cross-border',
  'posts',
];

/**
 * A cooperation: a GCS, a CHT or GHT, a framework convention or partnership,
 * a cross-border agreement, or a shared-post scheme between named parties.
 */
export interface Cooperation {
  /** Stable id, kebab-case, e.g. `gcs-neurochirurgie`, `cht-artois-douaisis`. */
  id: string;
  kind: CooperationKind;
  /** Name as the seed gives it (French). */
  name: string;
  /** English name where it differs meaningfully; otherwise the French name is shown. */
  nameEn?: string;
  /**
   * `constituted`/`signed`: in force from `date`; `project`: in progress, not
   * constituted at the time of the seed; `listed`: only named in a list or map.
   */
  status: 'constituted' | 'signed' | 'project' | 'listed';
  /** Establishment ids of the parties. */
  members: string[];
  /**
   * The party links radiate from, where the seed makes one central (the CHRU
   * in its GCS and conventions, the support establishment of a GHT). Without
   * a hub, the map joins the members by their shortest connecting tree.
   */
  hub?: string;
  /** ISO date (YYYY-MM-DD) from which the cooperation is in force, when a seed states one. */
  date?: string;
  /** How precise `date` is: a day, or only a month or year stated in the seed. */
  datePrecision?: 'day' | 'month' | 'year';
  /**
   * Without `date`: from when its sources attest it (derived by
   * `withAttestations`, not stored in the file). Its `status` is the status
   * its source gives at that date, not forever.
   */
  attested?: Attestation;
  /** Themes, specialties or medical-project axes (French, as in the seed). */
  topics: string[];
  /** `topics` in English, same order and length. */
  topicsEn?: string[];
  /**
   * Whether `members` are written in a seed (`stated`, the default when
   * absent) or deduced by us, e.g. a CHT only named on a map (`inferred`);
   * `note` then says how.
   */
  certainty?: Certainty;
  /** Free-text remark (French). */
  note?: string;
  /** `note` in English. */
  noteEn?: string;
  sources: Source[];
}

export type PostSchemeId = 'atp' | 'ccu' | 'asc';

/** A post-internship scheme and its stated context figures. */
export interface PostScheme {
  id: PostSchemeId;
  name: string;
  nameEn: string;
  /** Years covered by the published map, inclusive, e.g. 2000–2011. Absent for schemes with no map. */
  period?: { start: number; end: number };
  /** Yearly rate as stated, e.g. "environ 25 postes par an". */
  rate?: { min: number; max: number; text: string; textEn?: string };
  /** Year the scheme started, as stated. */
  since?: number;
  sources: Source[];
}

/** A published count of posts for one bassin (the map's "BASSIN DE …" label). */
export interface BassinTotal {
  scheme: PostSchemeId;
  bassin: BassinId;
  value: number;
  sources: Source[];
}

/**
 * A count attached to one site, or to a group of sites when the seed gives
 * values without saying which site each belongs to.
 */
export interface SiteValue {
  id: string;
  scheme: PostSchemeId;
  bassin: BassinId;
  /** One establishment id, or several when the value is shared by a group whose split is unknown. */
  establishments: string[];
  /** The label as it stands on the slide, e.g. "ROUBAIX : 17". */
  label: string;
  value: number;
  /**
   * `stated`: written against its site on the slide (the Métropole lists).
   * `deduced`: the same in every reading of the garbled map that the
   * published totals allow (see `PostMap` and `src/model/postMapReadings.ts`);
   * with several establishments, a group value whose split no reading fixes.
   */
  certainty: SiteValueCertainty;
  /** The map assumption (`PostMap.assumptions[].id`) the deduction needs; absent when every reading agrees without one. */
  assumption?: string;
  /** Set when every reading counts the site in `bassin` although its commune lies in this other bassin (Somain). */
  communeBassin?: BassinId;
  /** How the value was read, or what the label means (French). */
  note?: string;
  noteEn?: string;
  sources: Source[];
}

/** How a site value is known: written against its site, or deduced from the published totals. */
export type SiteValueCertainty = 'stated' | 'deduced';

/** A labelled site of a post map: the establishment a label names and the bassins the slide may count it in (its commune's first). */
export interface PostMapSite {
  label: string;
  establishment: string;
  bassins: BassinId[];
}

/**
 * What one garbled post map of seed 000 gives, as its extracted text has it:
 * a block of labels and a block of values in unknown order, labels followed by
 * an adjacent value, labels with none, loose values; the assumptions it can be
 * read under, and how many readings the published totals allow under each
 * (`readingCounts`, checked against the solver by a unit test).
 */
export interface PostMap {
  scheme: PostSchemeId;
  /** The label that marks the hub (Lille): it takes no value. */
  hub: string;
  labelBlock: PostMapSite[];
  valueBlock: number[];
  adjacentPairs: (PostMapSite & { value: number })[];
  unvalued: PostMapSite[];
  looseValues: number[];
  /** Values taken to be the symbol legend ("1 ASSISTANT / 2 ASSISTANTS"). */
  legendValues: number[];
  assumptions: { id: string; trusted: string[]; text: string; textEn: string }[];
  /** The assumption the shown site values are deduced under, or null. */
  defaultAssumption: string | null;
  /** Per assumption (null: none), the number of readings and what they all agree on (establishment ids; `a+b+c` for a group). */
  readingCounts: { assumption: string | null; readings: number; agreed: string[] }[];
  sources: Source[];
}

/** A count that belongs to no bassin (e.g. CCU-Région in general medicine). */
export interface ExtraCount {
  id: string;
  scheme: PostSchemeId;
  label: string;
  labelEn?: string;
  value: number;
  note?: string;
  noteEn?: string;
  sources: Source[];
}

/** A named context figure (rates, deficits, projections). */
export interface Figure {
  id: string;
  label: string;
  labelEn: string;
  /** Section of the "Le CHRU en chiffres" panel; absent: not listed there (e.g. a rate shown with its scheme). */
  group?: AboutGroup;
  /** The figure; for a range ("7 à 8"), its lower bound. */
  value: number;
  /** Upper bound when the seed states a range ("de 28 à 37"): the figure is `value`–`max`. */
  max?: number;
  /** How the seed qualifies `value`: "environ" (`about`) or "plus de" (`more-than`). Absent: as written. */
  qualifier?: 'about' | 'more-than';
  unit?: string;
  unitEn?: string;
  /** Date or period the figure refers to, as stated (ISO date or year). */
  when?: string;
  /** A remark shown with the figure (French), and in English. */
  note?: string;
  noteEn?: string;
  sources: Source[];
}

/** Sections of the "Le CHRU en chiffres" panel, in the order it shows them. */
export type AboutGroup = 'chru' | 'posts' | 'cooperation' | 'research' | 'networks' | 'unmapped';

export const ABOUT_GROUPS: readonly AboutGroup[] = ['chru', 'posts', 'cooperation', 'research', 'networks', 'unmapped'];

/**
 * Something the seeds state that is neither a figure nor a drawable link: a
 * structure (the M2RC), a list (the CHRU's priority disciplines), or a
 * cooperation whose members are not named (group `unmapped`: the perinatal
 * network, telemedicine). Shown in the panel, never on the map.
 */
export interface Fact {
  id: string;
  group: AboutGroup;
  title: string;
  titleEn: string;
  text: string;
  textEn: string;
  /** Counts the seed states about it, e.g. 14 establishments. */
  figures?: { value: number; label: string; labelEn: string }[];
  /** Dates the seed states, with what happened then. */
  dates?: { date: string; precision: 'day' | 'month' | 'year'; label: string; labelEn: string }[];
  topics?: string[];
  topicsEn?: string[];
  sources: Source[];
}

/** `data/posts.json`. */
export interface PostsData {
  schemes: PostScheme[];
  bassinTotals: BassinTotal[];
  /** Published grand totals per scheme (e.g. 182 ATP, 20 CCU-Région). */
  grandTotals: { scheme: PostSchemeId; value: number; sources: Source[] }[];
  siteValues: SiteValue[];
  extras: ExtraCount[];
  figures: Figure[];
  /** The facts of the two garbled post maps and how they were read (absent in imported or test data). */
  maps?: PostMap[];
}

/** `data/figures.json`: key figures of the CHRU. */
export interface KeyFiguresData {
  figures: Figure[];
  /** What the seeds state that is neither a figure nor a link (absent in older files). */
  facts?: Fact[];
}

/** Everything the app loads from `data/`, validated. */
export interface Dataset {
  establishments: Establishment[];
  cooperations: Cooperation[];
  posts: PostsData;
  keyFigures: KeyFiguresData;
  /** When each seed was written and what it is (absent in test fixtures and imports that do not carry it). */
  sources?: SourcesData;
}

/** A zone de proximité, from the geometry table. */
export interface Zone {
  id: string;
  name: string;
  bassin: BassinId;
}
