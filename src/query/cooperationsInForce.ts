import type { Cooperation, Dataset } from '../model/types.ts';
import { memoizeLast } from './memoizeLast.ts';

/** The cooperations in force at a date, split by whether the seeds date them. */
export interface CooperationsInForce {
  /** Cooperations with a `date` on or before the given date, in dataset order. */
  dated: Cooperation[];
  /**
   * Cooperations with no `date` (projects, ones only listed, or undated
   * conventions), in dataset order: the view shows them at every date and
   * says they are undated.
   */
  undated: Cooperation[];
}

/**
 * The cooperations in force at an ISO date (YYYY-MM-DD): a dated cooperation
 * is in force from its `date` inclusive (ISO dates compare as strings); the
 * status is not read, only the presence of a date, because `project` and
 * `listed` cooperations carry none.
 */
export function cooperationsInForce(dataset: Pick<Dataset, 'cooperations'>, date: string): CooperationsInForce {
  return inForceMemo(dataset.cooperations, date);
}

const inForceMemo = memoizeLast((cooperations: readonly Cooperation[], date: string): CooperationsInForce => {
  const dated: Cooperation[] = [];
  const undated: Cooperation[] = [];
  for (const c of cooperations) {
    if (c.date === undefined) undated.push(c);
    else if (isInForce(c, date)) dated.push(c);
  }
  return { dated, undated };
});

/** Whether one cooperation is in force at an ISO date: undated ones always are (and are flagged so). */
export function isInForce(cooperation: Pick<Cooperation, 'date'>, date: string): boolean {
  return cooperation.date === undefined || cooperation.date <= date;
}
