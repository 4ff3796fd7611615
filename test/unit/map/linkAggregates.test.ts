import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { generateSynthetic } from '../../../bench/synthetic.mjs';
import { countMarks, NO_HIGHLIGHT } from '../../../src/map/features.ts';
import { featureStates } from '../../../src/map/featureState.ts';
import { aggregateLinks, aggregateWidth, AGGREGATE_MIN_LINKS, type TerritoryAnchor } from '../../../src/map/linkAggregates.ts';
import { buildMapData } from '../../../src/map/mapData.ts';
import { AGGREGATE_SOURCE, buildMapModel, modelOf, type MapModel } from '../../../src/map/model.ts';
import { territoriesFromTopology, zonesOf } from '../../../src/map/territories.ts';
import { mapDataFor } from '../../../src/map/viewData.ts';
import type { Dataset, Zone } from '../../../src/model/types.ts';
import type { Link } from '../../../src/query/types.ts';
import { readRepoJson, realDataset } from '../../fixtures/realData.ts';
import { stateWith } from '../query/helpers.ts';
import { atpCounts, bassins, establishments, links } from './fixture.ts';

const byId = new Map(establishments.map((e) => [e.id, e]));
const anchors = new Map<string, TerritoryAnchor>([
  ['metropole', { name: 'Métropole', at: [2.72, 50.86] }],
  ['artois', { name: 'Artois', at: [2.36, 50.37] }],
]);
/** The fixture's links and two more GCS links between Lille (Métropole) and Lens (Artois). */
const extra = (id: string, from: string, to: string): Link => ({
  id: `${id}:${from}:${to}`,
  cooperationId: id,
  kind: 'gcs',
  from,
  to,
  certainty: 'stated',
  directed: false,
  dated: true,
  lane: 0,
  lanes: 1,
});
const catalogue: Link[] = [...links, extra('gcs-a', 'chru-lille', 'ch-lens'), extra('gcs-b', 'ch-lens', 'chru-lille')];

describe('aggregate lanes', () => {
  const built = aggregateLinks(catalogue, byId, anchors);

  test('one lane per territory pair and kind, in the kinds’ order, fanned out around the pair', () => {
    expect(built.features.map((f) => [f.properties['id'], f.properties['links']])).toEqual([
      ['agg:gcs:artois:metropole', 3],
      ['agg:cht:artois:metropole', 1],
      ['agg:posts:artois:metropole', 1],
    ]);
    // Every lane runs from the first territory's anchor to the second's.
    for (const f of built.features) {
      expect(f.geometry.coordinates[0]).toEqual([2.36, 50.37]);
      expect(f.geometry.coordinates.at(-1)).toEqual([2.72, 50.86]);
    }
    expect(built.features[0]?.properties).toMatchObject({
      kind: 'gcs',
      from: 'artois',
      to: 'metropole',
      fromName: 'Artois',
      toName: 'Métropole',
    });
  });

  test('links inside one territory, or with an end in none, are in no lane', () => {
    expect([...built.of]).toEqual([
      ['gcs-x:chru-lille:ch-lens', 'agg:gcs:artois:metropole'],
      ['cht-y:ch-lens:chru-lille', 'agg:cht:artois:metropole'],
      ['posts:atp:lens:chru-lille:ch-lens', 'agg:posts:artois:metropole'],
      ['gcs-a:chru-lille:ch-lens', 'agg:gcs:artois:metropole'],
      ['gcs-b:ch-lens:chru-lille', 'agg:gcs:artois:metropole'],
    ]);
  });

  test('width grows with the square root of the count, capped', () => {
    expect([0, 1, 4, 100, 10_000].map(aggregateWidth)).toEqual([0, 2.4, 3.3, 10.5, 14]);
  });
});

describe('aggregate lanes in the model and its feature-state', () => {
  const territories = { ...territoriesFromTopology(null), bassins };
  const build = (aggregateFrom?: number): MapModel =>
    buildMapModel({
      territories,
      grid: 'bassins',
      establishments,
      catalogue,
      marks: { atp: countMarks(atpCounts, byId), ccu: [] },
      ...(aggregateFrom === undefined ? {} : { aggregateFrom }),
    });
  const dataFor = (shown: readonly Link[], highlight = NO_HIGHLIGHT): ReturnType<typeof buildMapData> =>
    buildMapData({
      territories,
      grid: 'bassins',
      lang: 'en',
      territoryValues: new Map(),
      focusedTerritory: null,
      highlight,
      establishments,
      allEstablishments: establishments,
      links: shown,
      counts: atpCounts,
      catalogue: new Map(catalogue.map((l) => [l.id, l])),
    });
  const aggregateStates = (model: MapModel, shown: readonly Link[], highlight = NO_HIGHLIGHT): Record<string, unknown> => {
    const { states } = featureStates(model, dataFor(shown, highlight), 'atp');
    const features = model.aggregates?.source.features ?? [];
    return Object.fromEntries([...states[AGGREGATE_SOURCE]].map(([id, s]) => [features[id]?.properties['id'], s]));
  };

  test('a small network has none (threshold on the drawable links)', () => {
    expect(AGGREGATE_MIN_LINKS).toBe(2000);
    expect(build().aggregates).toBeNull();
    expect(build().ids[AGGREGATE_SOURCE].size).toBe(0);
  });

  test('each lane carries the exact number of its links the state shows; a lane with none is hidden', () => {
    const model = build(1);
    expect(model.aggregates?.source.features.map((f) => f.id)).toEqual([0, 1, 2]);
    expect(aggregateStates(model, catalogue)).toEqual({
      'agg:gcs:artois:metropole': { o: 1, n: 3, w: 3.1, e: 0 },
      'agg:cht:artois:metropole': { o: 1, n: 1, w: 2.4, e: 0 },
      'agg:posts:artois:metropole': { o: 1, n: 1, w: 2.4, e: 0 },
    });
    const someGcs = catalogue.filter((l) => l.kind === 'gcs' && l.id !== 'gcs-a:chru-lille:ch-lens');
    expect(aggregateStates(model, someGcs)).toEqual({ 'agg:gcs:artois:metropole': { o: 1, n: 2, w: 2.8, e: 0 } });
  });

  test('a lane holding a link of the focus is emphasised as the focus, the others dimmed', () => {
    const model = build(1);
    const highlight = {
      focus: 'ch-arras',
      establishments: new Set(['ch-arras', 'ch-lens']),
      links: new Set(['cht-y:ch-arras:ch-lens', 'gcs-a:chru-lille:ch-lens']),
    };
    const states = aggregateStates(model, catalogue, highlight);
    expect(states['agg:gcs:artois:metropole']).toMatchObject({ n: 3, e: 1 });
    expect(states['agg:cht:artois:metropole']).toMatchObject({ n: 1, e: 3 });
  });
});

describe('aggregate lanes at scale (synthetic 1,000 establishments / 10,000 links)', () => {
  const { files } = generateSynthetic({
    sizes: { establishments: 1000, cooperations: 2500, fiveMemberCooperations: 1250, singleSiteValues: 1200, groupSiteValues: 25 },
  });
  const dataset = {
    establishments: files['data/establishments.json'],
    cooperations: files['data/cooperations.json'],
    posts: files['data/posts.json'],
    keyFigures: files['data/figures.json'],
  } as unknown as Dataset;
  const territories = territoriesFromTopology(files['geo/npdc.topo.json'] as unknown as Topology);
  const zones: Zone[] = zonesOf(territories);
  const model = modelOf(dataset, territories, 'bassins');

  test('the model has lanes, and every drawable link between two zones is in exactly one', () => {
    expect(model.sources.links.features.length).toBeGreaterThanOrEqual(AGGREGATE_MIN_LINKS);
    const lanes = model.aggregates?.source.features ?? [];
    expect(lanes.length).toBeGreaterThan(0);
    // A lane's total is the number of links the model maps to it.
    const counted = new Map<string, number>();
    for (const agg of model.aggregates?.of.values() ?? []) counted.set(agg, (counted.get(agg) ?? 0) + 1);
    for (const f of lanes) expect(f.properties['links']).toBe(counted.get(String(f.properties['id'])));
  });

  test.each([
    ['default', stateWith()],
    ['GCS and CHT only', stateWith({ links: ['gcs', 'cht'] })],
    ['an early date', stateWith({ date: '2012-06-30' })],
    ['CCU', stateWith({ scheme: 'ccu' })],
  ])('%s: the lanes’ counts sum to the links shown between two territories', (_name, state) => {
    const data = mapDataFor(dataset, territories, zones, state);
    const { states, missing } = featureStates(model, data, state.filters.scheme);
    expect(missing).toBe(0);
    const shown = data.sources.links.features.map((f) => String(f.properties?.['id']));
    const between = shown.filter((id) => model.aggregates?.of.has(id)).length;
    const summed = [...states[AGGREGATE_SOURCE].values()].reduce((n, s) => n + Number(s['n']), 0);
    expect(summed).toBe(between);
    expect(between).toBeGreaterThan(0);
  });
});

test('the real dataset is drawn link by link', () => {
  const territoriesReal = territoriesFromTopology(readRepoJson('geo/npdc.topo.json') as Topology);
  const model = modelOf(realDataset(), territoriesReal, 'bassins');
  expect(model.sources.links.features.length).toBeLessThan(AGGREGATE_MIN_LINKS);
  expect(model.aggregates).toBeNull();
});
