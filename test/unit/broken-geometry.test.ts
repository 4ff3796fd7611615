/**
 * Issue 12, class 1: a geometry file that parses but cannot be drawn (an arc
 * cut short, an arc index out of range, a coordinate that is not a finite
 * number…) is caught before any topojson-client call, named like a broken
 * data file (file, where, what; in French and English), and left out: the
 * data and the counts still load. Each case breaks the real geometry once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { GEO_FILE, loadAll } from '../../src/model/load.ts';
import { topologyProblems } from '../../src/model/topology.ts';
import { categorize, groupByFile } from '../../src/ui/error-panel/issue-groups.ts';
import { consequence, fileSummary, issueText } from '../../src/ui/error-panel/issue-text.ts';
import { territoriesFromTopology } from '../../src/map/territories.ts';
import { countsByBassin } from '../../src/query/countsByBassin.ts';
import { BASSIN_IDS, ESTABLISHMENT_KINDS } from '../../src/model/types.ts';

const root = resolve(import.meta.dirname, '../..');
const real = (path: string): string => readFileSync(resolve(root, path), 'utf8');
type Json = Record<string, unknown>;
const topo = (): Json => JSON.parse(real(GEO_FILE)) as Json;
const zone0 = (t: Json): Json => ((t['objects'] as Json)['zones'] as { geometries: Json[] }).geometries[0] as Json;

/** Ways to break the real geometry while it still parses, and what the issue must say. */
const BREAKS: [string, (t: Json) => void, RegExp][] = [
  [
    'an arc cut to one point',
    (t) => ((t['arcs'] as unknown[][])[3] = [(t['arcs'] as unknown[][])[3]![0]]),
    /^arc has 1 point, at least 2 needed$/,
  ],
  ['an empty arc', (t) => ((t['arcs'] as unknown[][])[0] = []), /^arc has 0 points, at least 2 needed$/],
  [
    'an arc index out of range',
    (t) => ((zone0(t)['arcs'] as number[][][])[0]![0]![0] = 99999),
    /^refers to arc 99999, but the file has 146 arcs$/,
  ],
  [
    'a reversed arc index out of range',
    (t) => ((zone0(t)['arcs'] as number[][][])[0]![0]![1] = ~5000),
    /^refers to arc 5000, but the file has 146 arcs$/,
  ],
  [
    'an arc index that is not an integer',
    (t) => ((zone0(t)['arcs'] as number[][][])[0]![0]![0] = 1.5),
    /^arc index must be an integer, got 1.5$/,
  ],
  ['the arcs of a polygon cut away', (t) => (zone0(t)['arcs'] = [[[]]]), /^must be a non-empty list of arc indexes$/],
  [
    'a coordinate that is not a number',
    (t) => (((t['arcs'] as unknown[][])[2] as unknown[])[1] = ['x', 3]),
    /^position is not two finite numbers$/,
  ],
  [
    'an astronomically large coordinate',
    (t) => (((t['arcs'] as unknown[][])[2] as unknown[])[1] = [1e308, 0]),
    /^position lies outside longitude/,
  ],
  ['a transform with a zero scale', (t) => ((t['transform'] as Json)['scale'] = [0, 0.0001]), /^must have a scale and a translate/],
  ['no arcs at all', (t) => delete t['arcs'], /^must be a list of arcs$/],
  ['an unknown geometry type', (t) => (zone0(t)['type'] = 'Blob'), /^unknown geometry type "Blob"$/],
];

function fakeFetch(files: Record<string, string>) {
  return async (url: string) => {
    const body = files[url.replace('https://example.org/app/', '')];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, statusText: '', text: async () => body ?? '' };
  };
}

const files = (geo: string): Record<string, string> => ({
  'data/establishments.json': real('data/establishments.json'),
  'data/cooperations.json': real('data/cooperations.json'),
  'data/posts.json': real('data/posts.json'),
  'data/figures.json': real('data/figures.json'),
  'data/sources.json': real('data/sources.json'),
  [GEO_FILE]: geo,
});

describe('topologyProblems', () => {
  test('the real geometry has none, and converts', () => {
    expect(topologyProblems(topo())).toEqual([]);
    const t = topo() as unknown as Topology;
    expect(() => feature(t, t.objects['zones']!)).not.toThrow();
  });

  for (const [what, breakIt, says] of BREAKS) {
    test(what, () => {
      const t = topo();
      breakIt(t);
      const problems = topologyProblems(t);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems[0]!.what).toMatch(says);
    });
  }
});

describe('loadAll with a broken geometry: named, left out, the rest loads', () => {
  for (const [what, breakIt, says] of BREAKS) {
    test(what, async () => {
      const t = topo();
      breakIt(t);
      const loaded = await loadAll('https://example.org/app/', fakeFetch(files(JSON.stringify(t))));
      expect(loaded.geo).toBeNull();
      const geoIssues = loaded.issues.filter((i) => i.file === GEO_FILE);
      expect(geoIssues.length).toBeGreaterThan(0);
      expect(geoIssues[0]!.message.replace(/^broken geometry: /, '')).toMatch(says);
      // The only file blamed, as an unusable file (the panel says what the page still shows).
      expect(loaded.issues.map((i) => i.file)).toEqual(geoIssues.map(() => GEO_FILE));
      const [group] = groupByFile(loaded.issues);
      expect(group?.category).toBe('shape');
      expect(fileSummary(group!, 'fr')).toBe('Le fichier n’a pas la structure attendue.');
      expect(consequence(GEO_FILE, 'shape', 'en')).toMatch(/counts table remain usable/);
      expect(issueText(geoIssues[0]!, 'fr')).toMatch(/ : géométrie inutilisable : /);
      expect(issueText(geoIssues[0]!, 'fr')).not.toMatch(/broken geometry/);
      // Nothing downstream throws, and the counts are the published ones.
      expect(() => territoriesFromTopology(loaded.geo)).not.toThrow();
      const counts = countsByBassin(loaded.dataset, { kinds: [...ESTABLISHMENT_KINDS], member: null, date: '2017-12-31' });
      expect(BASSIN_IDS.map((b) => counts.atp.byBassin[b].value)).toEqual([36, 22, 86, 38]);
    });
  }

  test('many problems: five listed, the rest counted', async () => {
    const t = topo();
    for (let i = 0; i < 12; i++) (t['arcs'] as unknown[][])[i] = [];
    const loaded = await loadAll('https://example.org/app/', fakeFetch(files(JSON.stringify(t))));
    const messages = loaded.issues.filter((i) => i.file === GEO_FILE).map((i) => i.message);
    expect(messages.length).toBe(6);
    expect(messages[5]).toBe('broken geometry: 7 more problems');
    expect(categorize(loaded.issues[5]!)).toBe('shape');
    expect(issueText(loaded.issues[5]!, 'fr')).toBe('Géométrie inutilisable : 7 autres problèmes');
  });
});
