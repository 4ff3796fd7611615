/**
 * How firmly a drawn link stands, as the map tells it apart: a cooperation
 * constituted or signed on a stated date (`firm`), one constituted or signed
 * that only a source attests, in force from the source's date (`attested`),
 * a `project`, or a name only `listed` on a map. Post links carry published
 * figures over their period: `firm`. Pure.
 */
import type { Cooperation, Dataset } from '../model/types.ts';

/** Link statuses in legend order. */
export const LINK_STATUSES = ['firm', 'attested', 'project', 'listed'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** The status a cooperation's links are drawn with (`firm` for post links, which have no cooperation). */
export function linkStatus(cooperation: Pick<Cooperation, 'status' | 'date'> | undefined): LinkStatus {
  if (!cooperation) return 'firm';
  if (cooperation.status === 'listed' || cooperation.status === 'project') return cooperation.status;
  // Constituted or signed with no stated date: in force only from the date a source attests it.
  return cooperation.date === undefined ? 'attested' : 'firm';
}

const memo = new WeakMap<Dataset, ReadonlyMap<string, LinkStatus>>();

/** Cooperation id → drawn status, once per dataset. */
export function linkStatuses(dataset: Pick<Dataset, 'cooperations'>): ReadonlyMap<string, LinkStatus> {
  let known = memo.get(dataset as Dataset);
  if (!known) memo.set(dataset as Dataset, (known = new Map(dataset.cooperations.map((c) => [c.id, linkStatus(c)]))));
  return known;
}
