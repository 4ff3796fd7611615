/**
 * Issue 12, class 2: whatever the validator rejects is left out of the
 * dataset the loader returns, so it is never drawn, counted, listed or
 * exported. Each case breaks one record of the real files (any record: the
 * tests do not depend on particular site values) and checks that the record
 * is reported AND absent, and that every count stays a finite number.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadAll, type Loaded } from '../../src/model/load.ts';
import { ESTABLISHMENT_KINDS } from '../../src/model/types.ts';
import { countsByBassin } from '../../src/query/countsByBassin.ts';
import { BASSIN_IDS } from '../../src/model/types.ts';

const root = resolve(import.meta.dirname, '../..');
const real = (path: string): string => readFileSync(resolve(root, path), 'utf8');
const TOPO = JSON.stringify({ type: 'Topology', objects: {}, arcs: [] });
type Json = Record<string, unknown>;

function fakeFetch(files: Record<string, string>) {
  return async (url: string) => {
    const body = files[url.replace('https://example.org/app/', '')];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, statusText: '', text: async () => body ?? '' };
  };
}

/** Loads the real files, `posts.json` (or another file) changed by `change`. */
async function loadWith(file: string, change: (json: Json) => void): Promise<Loaded> {
  const files: Record<string, string> = {
    'data/establishments.json': real('data/establishments.json'),
    'data/cooperations.json': real('data/cooperations.json'),
    'data/posts.json': real('data/posts.json'),
    'data/figures.json': real('data/figures.json'),
    'data/sources.json': real('data/sources.json'),
    'geo/npdc.topo.json': TOPO,
  };
  const json = JSON.parse(files[file] ?? 'null') as Json;
  change(json);
  files[file] = JSON.stringify(json);
  return loadAll('https://example.org/app/', fakeFetch(files));
}

const siteValues = (json: Json): Json[] => json['siteValues'] as Json[];
const realPosts = JSON.parse(real('data/posts.json')) as Json;
const first = siteValues(realPosts)[0] as Json;
const firstId = String(first['id']);

/** Every count the panel and the map would show, under no filter and under a kinds filter. */
function allCounts(loaded: Loaded): unknown[] {
  const out: unknown[] = [];
  const filters = [
    { kinds: [...ESTABLISHMENT_KINDS], member: null, date: '2017-12-31' },
    { kinds: ESTABLISHMENT_KINDS.filter((k) => k !== 'foreign'), member: null, date: '2017-12-31' },
  ];
  for (const f of filters) {
    const counts = countsByBassin(loaded.dataset, f);
    for (const scheme of ['atp', 'ccu'] as const) {
      for (const b of BASSIN_IDS) out.push(counts[scheme].byBassin[b].value, counts[scheme].byBassin[b].unattributed);
      out.push(counts[scheme].total);
    }
  }
  return out;
}

describe('a site value the validator rejects is reported and left out', () => {
  const bad: [string, unknown][] = [
    ['negative', -5],
    ['a string', 'NaN'],
    ['null', null],
    ['astronomically large', 1e308],
    ['not an integer', 2.5],
    ['a number as text', '12'],
  ];
  for (const [what, value] of bad) {
    test(`value ${what} (${JSON.stringify(value)})`, async () => {
      const loaded = await loadWith('data/posts.json', (json) => {
        (siteValues(json)[0] as Json)['value'] = value;
      });
      const named = loaded.issues.filter((i) => i.file === 'data/posts.json' && i.record === `siteValues[${firstId}]`);
      expect(named.length).toBeGreaterThan(0);
      expect(loaded.dataset.posts.siteValues.map((v) => v.id)).not.toContain(firstId);
      expect(loaded.dataset.posts.siteValues.length).toBe(siteValues(realPosts).length - 1);
      for (const n of allCounts(loaded)) expect(Number.isFinite(n), `count ${String(n)}`).toBe(true);
    });
  }
});

describe('duplicates: the first record is kept, the others reported', () => {
  test('a site value listed twice counts once', async () => {
    const loaded = await loadWith('data/posts.json', (json) => {
      siteValues(json).push({ ...first, value: 999 });
    });
    expect(loaded.issues.some((i) => i.record === `siteValues[${firstId}]` && i.message.startsWith('duplicate id'))).toBe(true);
    const kept = loaded.dataset.posts.siteValues.filter((v) => v.id === firstId);
    expect(kept.map((v) => v.value)).toEqual([first['value']]);
    expect(loaded.dataset.posts.siteValues.length).toBe(siteValues(realPosts).length);
  });

  test('the counts with a duplicated site value equal the counts without it', async () => {
    const clean = await loadWith('data/posts.json', () => {});
    const doubled = await loadWith('data/posts.json', (json) => {
      siteValues(json).push({ ...first });
    });
    expect(allCounts(doubled)).toEqual(allCounts(clean));
  });

  test('a second published total for a bassin is left out; the published ATP totals stay 36, 22, 86, 38', async () => {
    const loaded = await loadWith('data/posts.json', (json) => {
      const totals = json['bassinTotals'] as Json[];
      totals.push({ ...(totals[0] as Json), value: 1000 });
    });
    expect(loaded.issues.some((i) => i.message.startsWith('second total'))).toBe(true);
    const counts = countsByBassin(loaded.dataset, { kinds: [...ESTABLISHMENT_KINDS], member: null, date: '2017-12-31' });
    expect(BASSIN_IDS.map((b) => counts.atp.byBassin[b].value)).toEqual([36, 22, 86, 38]);
  });

  test('an establishment listed twice is kept once (the first)', async () => {
    const list = JSON.parse(real('data/establishments.json')) as Json[];
    const e = list[1] as Json;
    const loaded = await loadWith('data/establishments.json', (json) => {
      (json as unknown as Json[]).push({ ...e, shortName: 'Doublon' });
    });
    const kept = loaded.dataset.establishments.filter((x) => x.id === e['id']);
    expect(kept.map((x) => x.shortName)).toEqual([e['shortName']]);
  });
});

describe('other rejected records are absent too', () => {
  test('an establishment of an unknown kind', async () => {
    const list = JSON.parse(real('data/establishments.json')) as Json[];
    const id = String((list[2] as Json)['id']);
    const loaded = await loadWith('data/establishments.json', (json) => {
      ((json as unknown as Json[])[2] as Json)['kind'] = 'dragon';
    });
    expect(loaded.issues.some((i) => i.record === id && i.field === 'kind')).toBe(true);
    expect(loaded.dataset.establishments.map((x) => x.id)).not.toContain(id);
    expect(loaded.dataset.establishments.length).toBe(list.length - 1);
  });

  test('a cooperation of an unknown kind', async () => {
    const list = JSON.parse(real('data/cooperations.json')) as Json[];
    const id = String((list[1] as Json)['id']);
    const loaded = await loadWith('data/cooperations.json', (json) => {
      ((json as unknown as Json[])[1] as Json)['kind'] = 'alliance';
    });
    expect(loaded.dataset.cooperations.map((x) => x.id)).not.toContain(id);
    expect(loaded.dataset.cooperations.length).toBe(list.length - 1);
  });

  test('a key figure that is not a number', async () => {
    const figures = (JSON.parse(real('data/figures.json')) as Json)['figures'] as Json[];
    const id = String((figures[0] as Json)['id']);
    const loaded = await loadWith('data/figures.json', (json) => {
      ((json['figures'] as Json[])[0] as Json)['value'] = 'beaucoup';
    });
    expect(loaded.dataset.keyFigures.figures.map((f) => f.id)).not.toContain(id);
    expect(loaded.dataset.keyFigures.figures.length).toBe(figures.length - 1);
  });

  test('a negative published total is left out rather than shown', async () => {
    const loaded = await loadWith('data/posts.json', (json) => {
      ((json['bassinTotals'] as Json[])[0] as Json)['value'] = -3;
    });
    expect(loaded.dataset.posts.bassinTotals.some((t) => t.value < 0)).toBe(false);
    expect(loaded.dataset.posts.bassinTotals.length).toBe((realPosts['bassinTotals'] as Json[]).length - 1);
  });
});
