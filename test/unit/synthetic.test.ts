/**
 * The benchmark's synthetic national-scale dataset (bench/synthetic.mjs) is
 * deterministic and passes the same validation as the real data, so the
 * scale figures measure the app's real code path on valid input.
 */
import { createHash } from 'node:crypto';
import { beforeAll, expect, test } from 'vitest';
import { generateSynthetic, serialise } from '../../bench/synthetic.mjs';
import { GEO_OBJECTS } from '../../src/model/load.ts';
import type { Dataset } from '../../src/model/types.ts';
import { validateDataset, validateFile } from '../../src/model/validate.ts';

type Synthetic = ReturnType<typeof generateSynthetic>;

const digest = (files: Synthetic['files']): string => {
  const hash = createHash('sha256');
  for (const [path, value] of Object.entries(files)) hash.update(path).update(serialise(value));
  return hash.digest('hex');
};

let synthetic: Synthetic;
beforeAll(() => {
  synthetic = generateSynthetic();
});

test('the same seed gives byte-identical files, another seed different ones', () => {
  expect(digest(generateSynthetic().files)).toBe(digest(synthetic.files));
  const small = {
    sizes: { establishments: 200, cooperations: 300, fiveMemberCooperations: 100, singleSiteValues: 100, groupSiteValues: 10 },
  };
  expect(digest(generateSynthetic({ seed: 1, ...small }).files)).toBe(digest(generateSynthetic({ seed: 1, ...small }).files));
  expect(digest(generateSynthetic({ seed: 2, ...small }).files)).not.toBe(digest(generateSynthetic({ seed: 1, ...small }).files));
}, 60_000);

test('it has the national scale of issue 6', () => {
  expect(synthetic.summary).toEqual({
    seed: 20_170_101,
    establishments: 10_000,
    cooperations: 25_000,
    siteValues: 12_250,
    territories: 100,
    links: 100_000,
  });
});

test('its geometry has the objects of geo/npdc.topo.json, zones keyed to the four bassins', () => {
  type Collection = { geometries: { properties: Record<string, unknown> }[] };
  const topo = synthetic.files['geo/npdc.topo.json'] as unknown as { type: string; objects: Record<string, Collection> };
  expect(topo.type).toBe('Topology');
  expect(Object.keys(topo.objects).toSorted()).toEqual([...GEO_OBJECTS].toSorted());
  const zones = topo.objects['zones']?.geometries ?? [];
  expect(zones).toHaveLength(100);
  expect(Object.keys(zones[0]?.properties ?? {}).toSorted()).toEqual(['bassin', 'id', 'name']);
  expect((topo.objects['bassins']?.geometries ?? []).map((g) => g.properties['id']).toSorted()).toEqual([
    'artois',
    'hainaut',
    'littoral',
    'metropole',
  ]);
});

test('every data file passes the schema validation of the real data, and the whole dataset its cross-file checks', () => {
  const { files } = synthetic;
  const issues = [
    ...validateFile('establishments.json', files['data/establishments.json']),
    ...validateFile('cooperations.json', files['data/cooperations.json']),
    ...validateFile('posts.json', files['data/posts.json']),
    ...validateFile('figures.json', files['data/figures.json']),
  ];
  expect(issues.slice(0, 5)).toEqual([]);
  const dataset = {
    establishments: files['data/establishments.json'],
    cooperations: files['data/cooperations.json'],
    posts: files['data/posts.json'],
    keyFigures: files['data/figures.json'],
  } as unknown as Dataset;
  // Same call as the app's loader (src/model/load.ts): no commune table at run time.
  expect(validateDataset(dataset, new Map()).slice(0, 5)).toEqual([]);
}, 60_000);
