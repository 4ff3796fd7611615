/**
 * Readings of a garbled post map: which site values the slide allows.
 *
 * The text extraction of the two post maps of seed 000 put the city labels in
 * one block and the values in another, so outside the Métropole list no value
 * is written against its site. `PostMap` (in `data/posts.json`) records what
 * the slide actually gives; `readPostMap` enumerates every assignment of those
 * values to those sites that the published bassin totals allow, and
 * `agreement` says what all of them agree on. The site values in
 * `data/posts.json` are exactly that agreement (a unit test checks it), so the
 * page never runs this: it is a build- and test-time proof, and the readings
 * view shows its stored summary.
 *
 * What counts as a reading (each rule is stated in the readings view):
 * - every site of the label block takes a distinct value of the value block
 *   (the block has one value per site; the hub, Lille, takes none);
 * - a site whose adjacent value is trusted (the chosen assumption) takes it;
 *   every other labelled site takes one value of the pool (the untrusted
 *   adjacent values and the loose values) or none;
 * - a site is counted in one of its candidate bassins;
 * - the values of a bassin (stated ones included) add up to at most its
 *   published total; of those assignments, the readings are the ones that
 *   leave the least of the totals unattributed (the slide's values are meant
 *   to account for its totals as far as they can).
 * Pure: no DOM, no I/O.
 */
import type { BassinId } from './types.ts';

/** A labelled site of a post map. */
export interface PostMapSite {
  /** The label as the slide writes it, e.g. "Saint-Omer". */
  label: string;
  /** The establishment the label names (`data/establishments.json`). */
  establishment: string;
  /** Bassins the slide may count it in; the first is the bassin of its commune. */
  bassins: BassinId[];
}

/** A label followed by a value in the extracted text: adjacent, not necessarily attached. */
export interface AdjacentPair extends PostMapSite {
  value: number;
}

/** A named assumption: the adjacent pairs it takes as meant. */
export interface ReadingAssumption {
  id: string;
  /** Labels of the adjacent pairs taken as meant. */
  trusted: string[];
  text: string;
  textEn: string;
}

/** What one post map gives, as the slide's text has it. */
export interface PostMapFacts {
  /** Published totals per bassin. */
  totals: Partial<Record<BassinId, number>>;
  /** Values written against their site, by bassin (the Métropole list): already attributed. */
  stated: { bassin: BassinId; value: number }[];
  /** The label block (the hub excluded). */
  labelBlock: PostMapSite[];
  /** The value block: one value per site of the label block, order unknown. */
  valueBlock: number[];
  adjacentPairs: AdjacentPair[];
  /** Labels with no value next to them. */
  unvalued: PostMapSite[];
  /** Values next to no label (the symbol legend excluded). */
  looseValues: number[];
}

/** One reading: every site's value and bassin (value 0: the site takes none). */
export interface Reading {
  values: Record<string, { value: number; bassin: BassinId }>;
  /** Part of each published total attributed to no site in this reading. */
  unattributed: Partial<Record<BassinId, number>>;
}

/** What every reading agrees on. */
export interface Agreement {
  /** Number of readings. */
  readings: number;
  /** Sites with the same value and bassin in every reading. */
  deduced: { establishment: string; label: string; value: number; bassin: BassinId }[];
  /** Smallest sets of sites whose values, as a set, are the same in every reading (their order is not). */
  groups: { establishments: string[]; labels: string[]; values: number[]; value: number; bassin: BassinId }[];
  /** Sites neither deduced nor in a group: the values they take across readings. */
  open: { establishment: string; label: string; values: number[]; bassins: BassinId[] }[];
  /** Unattributed part of each total, when the same in every reading. */
  unattributed: Partial<Record<BassinId, number>>;
}

interface Slot {
  site: PostMapSite;
  /** A fixed value (trusted pair), or null: from the block or the pool. */
  fixed: number | null;
  from: 'block' | 'pool' | 'fixed';
}

/** Counts of each value, so equal values are not enumerated twice. */
function multiset(values: readonly number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/**
 * Every reading of `facts` under `assumption` (null: no adjacency trusted).
 * Readings are distinct as value-and-bassin maps; equal values from different
 * places of the text do not make different readings.
 */
export function readPostMap(facts: PostMapFacts, assumption: ReadingAssumption | null): Reading[] {
  const trusted = new Set(assumption?.trusted ?? []);
  for (const label of trusted) {
    if (!facts.adjacentPairs.some((p) => p.label === label)) throw new Error(`assumption ${assumption?.id}: no adjacent pair "${label}"`);
  }
  const slots: Slot[] = [
    ...facts.labelBlock.map((site): Slot => ({ site, fixed: null, from: 'block' })),
    ...facts.adjacentPairs.map((p): Slot =>
      trusted.has(p.label) ? { site: p, fixed: p.value, from: 'fixed' } : { site: p, fixed: null, from: 'pool' },
    ),
    ...facts.unvalued.map((site): Slot => ({ site, fixed: null, from: 'pool' })),
  ];
  if (facts.labelBlock.length !== facts.valueBlock.length)
    throw new Error('the value block must have one value per site of the label block');
  const pool = multiset([...facts.adjacentPairs.filter((p) => !trusted.has(p.label)).map((p) => p.value), ...facts.looseValues]);
  const block = multiset(facts.valueBlock);
  const room = new Map<BassinId, number>();
  for (const [bassin, total] of Object.entries(facts.totals) as [BassinId, number][]) room.set(bassin, total);
  for (const s of facts.stated) room.set(s.bassin, (room.get(s.bassin) ?? 0) - s.value);

  // Only the readings that leave the least unattributed are kept: `best` is the least seen so far.
  let best = Infinity;
  let found: Reading[] = [];
  const seen = new Set<string>();
  const current: Record<string, { value: number; bassin: BassinId }> = {};
  const visit = (i: number): void => {
    if (i === slots.length) {
      let left = 0;
      for (const v of room.values()) left += v;
      if (left > best) return;
      if (left < best) {
        best = left;
        found = [];
        seen.clear();
      }
      const key = JSON.stringify(Object.entries(current).map(([id, v]) => [id, v.value, v.value === 0 ? '' : v.bassin]));
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ values: { ...current }, unattributed: Object.fromEntries(room) });
      return;
    }
    const slot = slots[i] as Slot;
    const choices: number[] =
      slot.from === 'fixed'
        ? [slot.fixed as number]
        : slot.from === 'block'
          ? [...block].filter(([, n]) => n > 0).map(([v]) => v)
          : [0, ...[...pool].filter(([, n]) => n > 0).map(([v]) => v)];
    const bag = slot.from === 'block' ? block : slot.from === 'pool' ? pool : null;
    for (const value of choices) {
      for (const bassin of slot.site.bassins) {
        const left = room.get(bassin);
        if (left === undefined || left < value) continue;
        room.set(bassin, left - value);
        if (bag && value > 0) bag.set(value, (bag.get(value) as number) - 1);
        current[slot.site.establishment] = { value, bassin };
        visit(i + 1);
        if (bag && value > 0) bag.set(value, (bag.get(value) as number) + 1);
        room.set(bassin, left);
        // A site that takes no value is in no bassin: one branch is enough.
        if (value === 0) break;
      }
    }
    delete current[slot.site.establishment];
  };
  visit(0);
  return found;
}

/** All subsets of `items` of size ≥ 2, smallest first. */
function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) {
    const s = items.filter((_, i) => mask & (1 << i));
    if (s.length >= 2) out.push(s);
  }
  return out.toSorted((a, b) => a.length - b.length);
}

/** What every reading agrees on: deduced sites, group values, open sites and the unattributed remainders. */
export function agreement(facts: PostMapFacts, readings: readonly Reading[]): Agreement {
  if (readings.length === 0) return { readings: 0, deduced: [], groups: [], open: [], unattributed: {} };
  const sites = [...facts.labelBlock, ...facts.adjacentPairs, ...facts.unvalued];
  const deduced: Agreement['deduced'] = [];
  const undecided: PostMapSite[] = [];
  for (const site of sites) {
    const seen = new Set(readings.map((r) => JSON.stringify(r.values[site.establishment])));
    const first = (readings[0] as Reading).values[site.establishment] as { value: number; bassin: BassinId };
    if (seen.size === 1 && first.value > 0)
      deduced.push({ establishment: site.establishment, label: site.label, value: first.value, bassin: first.bassin });
    else if (seen.size > 1) undecided.push(site);
  }
  // Groups: within one bassin fixed across readings, the smallest sets whose sorted values never change.
  const groups: Agreement['groups'] = [];
  const grouped = new Set<string>();
  const fixedBassin = (s: PostMapSite): BassinId | null => {
    const b = new Set(readings.map((r) => r.values[s.establishment]?.bassin));
    const values = readings.map((r) => r.values[s.establishment]?.value ?? 0);
    return b.size === 1 && values.every((v) => v > 0) ? ((readings[0] as Reading).values[s.establishment]?.bassin as BassinId) : null;
  };
  const byBassin = new Map<BassinId, PostMapSite[]>();
  for (const s of undecided) {
    const b = fixedBassin(s);
    if (b) byBassin.set(b, [...(byBassin.get(b) ?? []), s]);
  }
  for (const [bassin, candidates] of byBassin) {
    for (const set of subsets(candidates)) {
      if (set.some((s) => grouped.has(s.establishment))) continue;
      const key = (r: Reading): string => JSON.stringify(set.map((s) => r.values[s.establishment]?.value ?? 0).toSorted((a, b) => a - b));
      const first = key(readings[0] as Reading);
      if (!readings.every((r) => key(r) === first)) continue;
      const values = JSON.parse(first) as number[];
      groups.push({
        establishments: set.map((s) => s.establishment),
        labels: set.map((s) => s.label),
        values,
        value: values.reduce((a, b) => a + b, 0),
        bassin,
      });
      for (const s of set) grouped.add(s.establishment);
    }
  }
  const open = undecided
    .filter((s) => !grouped.has(s.establishment))
    .map((s) => ({
      establishment: s.establishment,
      label: s.label,
      values: [...new Set(readings.map((r) => r.values[s.establishment]?.value ?? 0))].toSorted((a, b) => a - b),
      bassins: [
        ...new Set(readings.flatMap((r) => (r.values[s.establishment]?.value ? [r.values[s.establishment]?.bassin as BassinId] : []))),
      ],
    }));
  const unattributed: Partial<Record<BassinId, number>> = {};
  for (const bassin of Object.keys(facts.totals) as BassinId[]) {
    const values = new Set(readings.map((r) => r.unattributed[bassin]));
    if (values.size === 1) unattributed[bassin] = (readings[0] as Reading).unattributed[bassin] as number;
  }
  return { readings: readings.length, deduced, groups, open, unattributed };
}
