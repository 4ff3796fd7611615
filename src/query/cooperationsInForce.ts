import { shownFrom } from '../model/attest.ts';
import type { Cooperation, Dataset } from '../model/types.ts';
import { memoizeLast } from './memoizeLast.ts';

/** The cooperations in force at a date, split by how the sources date them. */
export interface CooperationsInForce {
  /** Cooperations with a stated `date` on or before the given date, in dataset order. */
  dated: Cooperation[];
  /**
   * Cooperations with no stated date whose sources attest them on or before
   * the given date (`attested`), in dataset order: shown from that date, with
   * their status as the source gives it then, and said to be "attested".
   */
  attested: Cooperation[];
  /**
   * Cooperations that nothing dates (no `date`, no attestation: only in data
   * without `data/sources.json`), in dataset order: shown at every date and said so.
   */
  undated: Cooperation[];
}

/**
 * The cooperations in force at an ISO date (YYYY-MM-DD): a cooperation is in
 * force from its `date`, or else from its attestation, inclusive (ISO dates
 * compare as strings). A status is not read here: a `project` in a 2001
 * source is shown from 2001 and described as a project at that date.
 */
export function cooperationsInForce(dataset: Pick<Dataset, 'cooperations'>, date: string): CooperationsInForce {
  return inForceMemo(dataset.cooperations, date);
}

const inForceMemo = memoizeLast((cooperations: readonly Cooperation[], date: string): CooperationsInForce => {
  const dated: Cooperation[] = [];
  const attested: Cooperation[] = [];
  const undated: Cooperation[] = [];
  for (const c of cooperations) {
    if (c.date !== undefined) {
      if (c.date <= date) dated.push(c);
    } else if (c.attested !== undefined) {
      if (c.attested.date <= date) attested.push(c);
    } else undated.push(c);
  }
  return { dated, attested, undated };
});

/** Whether one cooperation is in force at an ISO date: from its date or attestation; one that nothing dates always is (and is flagged so). */
export function isInForce(cooperation: Pick<Cooperation, 'date' | 'attested'>, date: string): boolean {
  const from = shownFrom(cooperation);
  return from === null || from <= date;
}
