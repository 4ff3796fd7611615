/**
 * Link statuses and compare mode in map terms: which status each cooperation
 * is drawn with, and the feature-state compare mode sets (never new data).
 */
import { describe, expect, test } from 'vitest';
import { mapComparison } from '../../../src/map/compare.ts';
import { STATE_SOURCES, stateDiff, type FeatureStates } from '../../../src/map/featureState.ts';
import { compareNetwork } from '../../../src/query/compare.ts';
import { linkStatus, linkStatuses } from '../../../src/query/linkStatus.ts';
import { DEFAULT_STATE } from '../../../src/query/state.ts';
import { realDataset } from '../../fixtures/realData.ts';

const dataset = realDataset();

/** A state of every stateful source, all empty (derived from the model's list, so a new source cannot be missed). */
const empty = (): FeatureStates => Object.fromEntries(STATE_SOURCES.map((source) => [source, new Map()])) as FeatureStates;

describe('link status', () => {
  test('constituted or signed on a stated date is firm; without one, attested; projects and listed names keep their status', () => {
    expect(linkStatus({ status: 'constituted', date: '2011-06-21' })).toBe('firm');
    expect(linkStatus({ status: 'signed', date: '2009-01-01' })).toBe('firm');
    expect(linkStatus({ status: 'signed' })).toBe('attested');
    expect(linkStatus({ status: 'project' })).toBe('project');
    expect(linkStatus({ status: 'listed' })).toBe('listed');
    expect(linkStatus(undefined)).toBe('firm');
  });

  test('the real data: how many cooperations each status draws', () => {
    const counts: Record<string, number> = {};
    for (const s of linkStatuses(dataset).values()) counts[s] = (counts[s] ?? 0) + 1;
    expect(counts).toEqual({ firm: 21, attested: 8, project: 8, listed: 9 });
  });
});

describe('compare mode on the map', () => {
  const filters = { ...DEFAULT_STATE.filters, date: '2012-12-31' };
  const c = mapComparison(dataset, filters, '2008-12-31');
  const listed = compareNetwork(dataset, filters, '2008-12-31');

  test('the links marked are those of the cooperations the list names', () => {
    expect(c).not.toBeNull();
    expect(c?.from).toBe('2008-12-31');
    expect(c?.to).toBe('2012-12-31');
    const appeared = new Set([...(c?.appeared ?? [])].map((id) => id.split(':')[0]));
    expect([...appeared].toSorted()).toEqual(listed.appeared.map((r) => r.id).toSorted());
    // The seeds state no end dates: nothing ended.
    expect(listed.ended).toEqual([]);
    expect(c?.ended.size).toBe(0);
    expect(c?.appeared.size).toBe(22);
    expect(c?.appeared.has('cht-cambresis:ch-cambrai:ch-le-cateau')).toBe(true);
    expect(mapComparison(dataset, filters, null)).toBeNull();
  });

  test('turning compare mode off sets the dropped key back to 0 (MapLibre merges feature-states)', () => {
    const on = empty();
    on.links.set(0, { o: 1, w: 2, e: 0, c: 1 });
    const off = empty();
    off.links.set(0, { o: 1, w: 2, e: 0 });
    expect(stateDiff(on, off)).toEqual([{ source: 'links', id: 0, state: { o: 1, w: 2, e: 0, c: 0 } }]);
    expect(stateDiff(off, off)).toEqual([]);
  });
});
