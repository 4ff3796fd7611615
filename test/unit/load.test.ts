/**
 * `loadAll` with a fake fetch: whatever loads is kept, and every failure is
 * an issue naming the file and what is wrong — never an exception.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATA_FILES, loadAll, sha256 } from '../../src/model/load.ts';
import { checkScenes } from '../../src/app/scenes.ts';
import { verifiedData, verifiedHashes } from '../../vite.config.ts';

const root = resolve(import.meta.dirname, '../..');
const real = (path: string): string => readFileSync(resolve(root, path), 'utf8');
const TOPO = JSON.stringify({ type: 'Topology', objects: { zones: { type: 'GeometryCollection', geometries: [] } }, arcs: [] });

/** A fetch serving `files` (path relative to the base → body); anything else is a 404. */
function fakeFetch(files: Record<string, string>, seen: string[] = []) {
  return async (url: string) => {
    seen.push(url);
    const path = url.replace('https://example.org/app/', '');
    const body = files[path];
    return {
      ok: body !== undefined,
      status: body === undefined ? 404 : 200,
      statusText: body === undefined ? 'Not Found' : 'OK',
      text: async () => body ?? '',
    };
  };
}

const allFiles = (): Record<string, string> => ({
  'data/establishments.json': real('data/establishments.json'),
  'data/cooperations.json': real('data/cooperations.json'),
  'data/posts.json': real('data/posts.json'),
  'data/figures.json': real('data/figures.json'),
  'geo/npdc.topo.json': TOPO,
});

describe('loadAll', () => {
  test('fetches every file relative to the base URL (page or script)', async () => {
    const seen: string[] = [];
    const loaded = await loadAll('https://example.org/app/index.html', fakeFetch(allFiles(), seen));
    expect(seen.toSorted()).toEqual([
      'https://example.org/app/data/cooperations.json',
      'https://example.org/app/data/establishments.json',
      'https://example.org/app/data/figures.json',
      'https://example.org/app/data/posts.json',
      'https://example.org/app/data/sources.json',
      'https://example.org/app/geo/npdc.topo.json',
    ]);
    expect(loaded.dataset.establishments.length).toBeGreaterThan(0);
    expect(loaded.geo?.type).toBe('Topology');
  });

  test('a missing file, a truncated file and a geometry without objects are issues; the rest is kept', async () => {
    const files = allFiles();
    delete files['data/figures.json'];
    files['data/cooperations.json'] = (files['data/cooperations.json'] ?? '').slice(0, 500);
    files['geo/npdc.topo.json'] = '{}';
    const loaded = await loadAll('https://example.org/app/', fakeFetch(files));
    const byFile = (file: string) => loaded.issues.filter((i) => i.file === file).map((i) => i.message);
    expect(byFile('data/figures.json')).toEqual(['could not be loaded (HTTP 404 Not Found)']);
    expect(byFile('data/cooperations.json')[0]).toMatch(/^is not valid JSON, perhaps truncated \(500 characters read\)/);
    expect(byFile('geo/npdc.topo.json')).toEqual(['is not a TopoJSON Topology (type "Topology" with objects)']);
    expect(loaded.dataset.establishments.length).toBeGreaterThan(0);
    expect(loaded.dataset.posts.bassinTotals.length).toBeGreaterThan(0);
    expect(loaded.dataset.cooperations).toEqual([]);
    expect(loaded.geo).toBeNull();
  });

  test('a network failure and a schema-invalid file become issues, never exceptions', async () => {
    const files = allFiles();
    files['data/posts.json'] = JSON.stringify({ schemes: 'nope' });
    const failing = async (url: string) => {
      if (url.endsWith('establishments.json')) throw new TypeError('Failed to fetch');
      return fakeFetch(files)(url);
    };
    const loaded = await loadAll('https://example.org/app/', failing);
    expect(loaded.issues.find((i) => i.file === 'data/establishments.json')?.message).toBe('could not be loaded (Failed to fetch)');
    expect(loaded.issues.some((i) => i.file === 'data/posts.json')).toBe(true);
    expect(loaded.issues.filter((i) => i.file === 'geo/npdc.topo.json').map((i) => i.message)).toContain(
      'has no "bassins" object: that layer is left out',
    );
  });
});

const withSources = (): Record<string, string> => ({ ...allFiles(), 'data/sources.json': real('data/sources.json') });

/** A validator loader that counts how many times it is asked for. */
const counting = () => {
  const calls = { loads: 0 };
  const validator = async () => {
    calls.loads += 1;
    return import('../../src/model/validate.ts');
  };
  return { calls, validator };
};

describe('the validator loads only for files the build did not validate', () => {
  test('the build verifies every shipped data file and scenes.json (they are valid)', async () => {
    const hashes = await verifiedHashes();
    expect(Object.keys(hashes).toSorted()).toEqual([...Object.values(DATA_FILES), 'data/scenes.json'].toSorted());
    expect(hashes['data/posts.json']).toBe(await sha256(real('data/posts.json')));
  });

  test('the build lists the scenes that pass their checks against that data, in order, for a page that loads no scene code', async () => {
    const { scenes } = await verifiedData();
    const fast = await loadAll('https://example.org/app/', fakeFetch(withSources()), { verified: await verifiedHashes() });
    expect(fast.verified).toBe(true);
    const checked = checkScenes(JSON.parse(real('data/scenes.json')), fast.dataset, []);
    expect(checked.issues).toEqual([]);
    expect(scenes).toEqual(checked.scenes.map((s) => s.id));
    expect(scenes?.length).toBeGreaterThan(5);
  });

  test('byte-identical files: no validator, the same dataset as with it', async () => {
    const hashes = await verifiedHashes();
    const { calls, validator } = counting();
    const fast = await loadAll('https://example.org/app/', fakeFetch(withSources()), { verified: hashes, validator });
    expect(calls.loads).toBe(0);
    const full = await loadAll('https://example.org/app/', fakeFetch(withSources()));
    expect(fast.issues.filter((i) => i.file.startsWith('data/'))).toEqual([]);
    expect(fast.issues).toEqual(full.issues);
    expect(fast.dataset).toEqual(full.dataset);
  });

  test('one edited file: the validator loads and names what is wrong', async () => {
    const hashes = await verifiedHashes();
    const files = withSources();
    files['data/establishments.json'] = (files['data/establishments.json'] ?? '').replace('"kind": "chu"', '"kind": "hospice"');
    const { calls, validator } = counting();
    const loaded = await loadAll('https://example.org/app/', fakeFetch(files), { verified: hashes, validator });
    expect(calls.loads).toBe(1);
    expect(loaded.issues.some((i) => i.file === 'data/establishments.json' && i.field === 'kind')).toBe(true);
  });
});
