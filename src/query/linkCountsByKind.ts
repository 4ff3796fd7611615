import { COOPERATION_KINDS } from '../model/types.ts';
import type { CooperationKind } from '../model/types.ts';
import { memoizeLast } from './memoizeLast.ts';
import type { Link } from './types.ts';

/**
 * How many links of each kind are drawn (every kind present, 0 when none),
 * e.g. for the counts next to the link-kind checkboxes.
 */
export const linkCountsByKind = memoizeLast((links: readonly Link[]): Record<CooperationKind, number> => {
  const counts = Object.fromEntries(COOPERATION_KINDS.map((k) => [k, 0])) as Record<CooperationKind, number>;
  for (const link of links) counts[link.kind] = (counts[link.kind] ?? 0) + 1;
  return counts;
});
