import { collator } from '../i18n/index.ts';
import type { Commune } from '../model/communes.ts';
import type { BassinId, Cooperation, CooperationKind, Dataset, Establishment, Zone } from '../model/types.ts';
import { memoizeByObject, memoizeLast } from './memoizeLast.ts';
import type { Choice } from './visibleEstablishments.ts';
import type { Lang } from './types.ts';

/** How many results {@link searchEstablishments} returns at most. */
export const SEARCH_LIMIT = 8;

/** Text without its accents and other combining marks ("Béthune" → "Bethune"), compatibility forms expanded. */
export const stripMarks = (text: string): string => text.normalize('NFKD').replace(/\p{M}+/gu, '');

/**
 * Folds text for matching: lower case, accents removed, ligatures expanded,
 * every run of non-letters/digits turned into one space ("CH Béthune" →
 * "ch bethune", "Saint-Omer" → "saint omer", "Œuvre" → "oeuvre").
 */
export function foldText(text: string): string {
  return stripMarks(text)
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Folded {
  establishment: Establishment;
  /** shortName, commune name, name: in ranking order. */
  fields: { text: string; words: string[] }[];
}

const foldedEstablishments = memoizeByObject((establishments: readonly Establishment[]): Folded[] =>
  establishments.map((establishment) => ({
    establishment,
    fields: [establishment.shortName, establishment.commune.name, establishment.name].map((raw) => {
      const text = foldText(raw);
      return { text, words: text.split(' ') };
    }),
  })),
);

/**
 * How well a folded field matches the folded query, best first: 0 the field
 * is the query; 1 every query word is a whole word of the field; 2 the field
 * starts with the query; 3 every query word starts a word of the field;
 * -1 no match.
 */
function matchType(field: { text: string; words: string[] }, query: string, tokens: string[]): number {
  if (field.text === query) return 0;
  if (tokens.every((t) => field.words.includes(t))) return 1;
  if (field.text.startsWith(query)) return 2;
  if (tokens.every((t) => field.words.some((w) => w.startsWith(t)))) return 3;
  return -1;
}

/**
 * Establishments whose short name, commune or full name matches `query`,
 * ignoring case and accents ("bethune" finds "CH Béthune"): the field equals
 * the query, contains its words, starts with it, or has words starting with
 * each query word (in any order). At most {@link SEARCH_LIMIT}, ranked by the
 * best matching field (short name, then commune, then full name), then by how
 * well it matches (see the order above, so "lille" puts "CHRU de Lille" before
 * "CH Lillers"), then shorter short name, then short name in `lang`'s
 * collation, then id. An empty query (after folding) finds nothing.
 */
export function searchEstablishments(dataset: Pick<Dataset, 'establishments'>, query: string, lang: Lang): Establishment[] {
  return searchMemo(dataset.establishments, query, lang);
}

const searchMemo = memoizeLast((establishments: readonly Establishment[], query: string, lang: Lang): Establishment[] =>
  rankedEstablishments(establishments, query, lang)
    .slice(0, SEARCH_LIMIT)
    .map((h) => h.e),
);

/** Every matching establishment with its rank (see {@link searchEstablishments}), best first. */
function rankedEstablishments(establishments: readonly Establishment[], query: string, lang: Lang): { e: Establishment; rank: number }[] {
  const q = foldText(query.slice(0, 200));
  if (q === '') return [];
  const tokens = q.split(' ');
  const hits: { e: Establishment; rank: number }[] = [];
  for (const f of foldedEstablishments(establishments)) {
    let rank = Infinity;
    f.fields.forEach((field, i) => {
      const type = matchType(field, q, tokens);
      if (type >= 0) rank = Math.min(rank, i * 4 + type);
    });
    if (rank !== Infinity) hits.push({ e: f.establishment, rank });
  }
  const byName = collator(lang);
  hits.sort(
    // oxlint-disable-line unicorn/no-array-sort -- our own array
    (a, b) =>
      a.rank - b.rank ||
      a.e.shortName.length - b.e.shortName.length ||
      byName.compare(a.e.shortName, b.e.shortName) ||
      (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0),
  );
  return hits;
}

/** One result of {@link searchAll}. `rank`: 0 best; see each type's note. */
export type SearchResult =
  | { type: 'bassin'; id: BassinId; rank: number }
  | { type: 'zone'; id: string; zone: Zone; rank: number }
  | { type: 'establishment'; id: string; establishment: Establishment; rank: number }
  /** `matched`: what matched best: its name, one of its topics (`topic` says which), or its kind. */
  | { type: 'cooperation'; id: string; cooperation: Cooperation; matched: 'name' | 'topic' | 'kind'; topic?: string; rank: number }
  /** `postcode`: set when the query matched one of its postcodes rather than its name or INSEE code. */
  | { type: 'commune'; id: string; commune: Commune; postcode?: string; rank: number };

/** What {@link searchAll} searches, besides the query. */
export interface SearchScope {
  dataset: Pick<Dataset, 'establishments' | 'cooperations'>;
  /** Zones de proximité (from the geometry). */
  zones: readonly Zone[];
  /** The commune list, or null while it is not loaded (communes are then not searched). */
  communes: readonly Commune[] | null;
  /** Bassin names in the UI language. */
  bassinNames: Readonly<Record<BassinId, string>>;
  /** Names of each cooperation kind, in the UI language: "GCS", "Transfrontalier"… (the kind id is searched too). */
  kindNames: Readonly<Record<CooperationKind, string>>;
}

/** At most this many results of each type, and in all. */
export const SEARCH_ALL_LIMITS = { perType: 8, total: 24 } as const;

const TYPE_ORDER: Record<SearchResult['type'], number> = { establishment: 0, bassin: 1, cooperation: 2, zone: 3, commune: 4 };

const fold = (text: string): { text: string; words: string[] } => {
  const t = foldText(text);
  return { text: t, words: t.split(' ') };
};

const foldedCooperations = memoizeByObject((cooperations: readonly Cooperation[]) =>
  cooperations.map((c) => ({
    c,
    names: [c.name, ...(c.nameEn !== undefined ? [c.nameEn] : [])].map(fold),
    topics: c.topics.map((topic) => ({ topic, ...fold(topic) })),
  })),
);

const foldedCommunes = memoizeByObject((communes: readonly Commune[]) => communes.map((c) => ({ c, name: fold(c.name) })));

/**
 * One box over everything, ignoring case and accents: bassins and zones by
 * name; establishments as {@link searchEstablishments} ranks them (short
 * name, commune, full name); cooperations by name (rank 0–3), topic (4–7:
 * "neurochirurgie" finds the GCS Neurochirurgie and the convention whose topic
 * is "centre de neurochirurgie") or kind (8–11: "GCS", "cross-border"); communes of
 * Nord and Pas-de-Calais by name (1–4), INSEE code or postcode (a query of
 * digits: 1 equal, 3 a prefix; "62300" finds Lens and Éleu-dit-Leauwette by
 * postcode and Équihen-Plage by INSEE code, equally: both are exact codes, and
 * the result says which matched), one step behind the rest so that an
 * establishment named after its commune comes first. Match types within a field: 0 equal, 1 whole
 * words, 2 prefix, 3 word prefixes. Results are ordered by rank, then type
 * (establishment, bassin, cooperation, zone, commune: what the map draws first), then name in `lang`'s
 * collation, then id; at most {@link SEARCH_ALL_LIMITS} per type and in all.
 */
export function searchAll(scope: SearchScope, query: string, lang: Lang): SearchResult[] {
  const q = foldText(query.slice(0, 200));
  if (q === '') return [];
  const tokens = q.split(' ');
  const best = (fields: { text: string; words: string[] }[]): number =>
    Math.min(Infinity, ...fields.map((f) => matchType(f, q, tokens)).filter((t) => t >= 0));
  const out: SearchResult[] = [];
  const sortNames = collator(lang);
  const cap = <T extends SearchResult>(list: T[], name: (r: T) => string): T[] =>
    list
      .toSorted((a, b) => a.rank - b.rank || sortNames.compare(name(a), name(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, SEARCH_ALL_LIMITS.perType);

  const bassins: SearchResult[] = [];
  for (const [id, name] of Object.entries(scope.bassinNames) as [BassinId, string][]) {
    const rank = best([fold(name)]);
    if (rank !== Infinity) bassins.push({ type: 'bassin', id, rank });
  }
  out.push(...cap(bassins, (r) => scope.bassinNames[r.id as BassinId]));

  const zones: Extract<SearchResult, { type: 'zone' }>[] = [];
  for (const zone of scope.zones) {
    const rank = best([fold(zone.name)]);
    if (rank !== Infinity) zones.push({ type: 'zone', id: zone.id, zone, rank });
  }
  out.push(...cap(zones, (r) => r.zone.name));

  out.push(
    ...rankedEstablishments(scope.dataset.establishments, query, lang)
      .slice(0, SEARCH_ALL_LIMITS.perType)
      .map((h): SearchResult => ({ type: 'establishment', id: h.e.id, establishment: h.e, rank: h.rank })),
  );

  const kindFields = new Map(
    (Object.entries(scope.kindNames) as [CooperationKind, string][]).map(([kind, name]) => [kind, [fold(kind), fold(name)]]),
  );
  const cooperations: Extract<SearchResult, { type: 'cooperation' }>[] = [];
  for (const f of foldedCooperations(scope.dataset.cooperations)) {
    const byName = best(f.names);
    let topicRank = Infinity;
    let topic: string | undefined;
    for (const t of f.topics) {
      const r = best([t]);
      if (r < topicRank) [topicRank, topic] = [r, t.topic];
    }
    const byKind = best(kindFields.get(f.c.kind) ?? []);
    const rank = Math.min(byName, 4 + topicRank, 8 + byKind);
    if (rank === Infinity) continue;
    const matched = rank === byName ? 'name' : rank === 4 + topicRank ? 'topic' : 'kind';
    const hit: Extract<SearchResult, { type: 'cooperation' }> = { type: 'cooperation', id: f.c.id, cooperation: f.c, matched, rank };
    if (matched === 'topic' && topic !== undefined) hit.topic = topic;
    cooperations.push(hit);
  }
  out.push(...cap(cooperations, (r) => r.cooperation.name));

  if (scope.communes) {
    const communes: Extract<SearchResult, { type: 'commune' }>[] = [];
    const digits = /^\d{1,5}$/.test(q);
    const code = (value: string): number => (value === q ? 0 : value.startsWith(q) ? 2 : Infinity);
    for (const f of foldedCommunes(scope.communes)) {
      let rank: number;
      let postcode: string | undefined;
      if (digits) {
        rank = code(f.c.insee);
        for (const p of f.c.postcodes) {
          if (code(p) < rank) [rank, postcode] = [code(p), p];
        }
      } else rank = best([f.name]);
      // One step behind the other types: "Lens" lists CH Lens before the commune of Lens.
      if (rank === Infinity) continue;
      const hit: Extract<SearchResult, { type: 'commune' }> = { type: 'commune', id: f.c.insee, commune: f.c, rank: 1 + rank };
      if (postcode !== undefined) hit.postcode = postcode;
      communes.push(hit);
    }
    out.push(...cap(communes, (r) => r.commune.name));
  }

  return out.toSorted((a, b) => a.rank - b.rank || TYPE_ORDER[a.type] - TYPE_ORDER[b.type]).slice(0, SEARCH_ALL_LIMITS.total);
}

/**
 * From this many choices on, a filter's select comes with a search field and
 * lists only the choices that match it ({@link narrowChoices}): thousands of
 * options are unusable in a select, and each one costs the page layout time.
 */
export const LONG_LIST = 300;

/** How many matching choices a long list shows at most. */
export const CHOICE_LIMIT = 100;

const foldedNames = memoizeByObject((choices: readonly Choice[]): string[] => choices.map((c) => foldText(c.name)));

/**
 * The choices a long list shows for what was typed (`query`): those whose
 * name holds every word typed (folded as {@link foldText}), at most `limit`,
 * in list order, plus the choices of `keep` (the one selected) wherever they
 * are. `more` counts the matching choices not shown.
 */
export function narrowChoices<T extends Choice>(
  choices: readonly T[],
  query: string,
  keep: readonly string[] = [],
  limit = CHOICE_LIMIT,
): { shown: T[]; more: number } {
  const words = foldText(query).split(' ').filter(Boolean);
  const names = foldedNames(choices);
  const shown: T[] = [];
  let matched = 0;
  let more = 0;
  choices.forEach((choice, i) => {
    const name = names[i] ?? '';
    const matches = words.every((w) => name.includes(w));
    if (matches && matched < limit) {
      matched += 1;
      shown.push(choice);
    } else if (keep.includes(choice.id)) shown.push(choice);
    else if (matches) more += 1;
  });
  return { shown, more };
}
