import { collator } from '../i18n/index.ts';
import type { Dataset, Establishment } from '../model/types.ts';
import { memoizeByObject, memoizeLast } from './memoizeLast.ts';
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

const searchMemo = memoizeLast((establishments: readonly Establishment[], query: string, lang: Lang): Establishment[] => {
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
  hits.sort( // oxlint-disable-line unicorn/no-array-sort -- our own array
    (a, b) =>
      a.rank - b.rank ||
      a.e.shortName.length - b.e.shortName.length ||
      byName.compare(a.e.shortName, b.e.shortName) ||
      (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0),
  );
  return hits.slice(0, SEARCH_LIMIT).map((h) => h.e);
});
