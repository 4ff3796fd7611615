/**
 * Time as the sources tell it: a cooperation with no stated date is in force
 * from the date its sources attest it — the day the seed was written (or the
 * end of the window its text allows), or the date the quoted passage speaks
 * of (`sources[].asOf`) — never "always". Pure.
 */
import type { Attestation, Cooperation, Dataset, SeedInfo } from './types.ts';

/** The earliest attestation of one cooperation by its sources, or null when no source carries a date. */
export function attestationOf(cooperation: Pick<Cooperation, 'sources'>, seeds: readonly SeedInfo[]): Attestation | null {
  const bySeed = new Map(seeds.map((s) => [s.seed, s.attests]));
  let best: Attestation | null = null;
  for (const source of cooperation.sources) {
    const date = source.asOf ?? bySeed.get(source.seed);
    if (date !== undefined && (best === null || date < best.date)) best = { date, seed: source.seed };
  }
  return best;
}

/** The dataset with `attested` set on every cooperation that has no `date` and a datable source (same object when nothing changes). */
export function withAttestations(dataset: Dataset): Dataset {
  const seeds = dataset.sources?.seeds ?? [];
  if (seeds.length === 0) return dataset;
  return {
    ...dataset,
    cooperations: dataset.cooperations.map((c) => {
      if (c.date !== undefined || c.attested !== undefined) return c;
      const attested = attestationOf(c, seeds);
      return attested ? { ...c, attested } : c;
    }),
  };
}

/** The date from which a cooperation is shown: its stated date, else its attestation, else null (no source dates it). */
export function shownFrom(cooperation: Pick<Cooperation, 'date' | 'attested'>): string | null {
  return cooperation.date ?? cooperation.attested?.date ?? null;
}
