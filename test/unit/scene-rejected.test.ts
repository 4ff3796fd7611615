/**
 * Issue 12, class 5: a scene that fails its checks is not just "unknown":
 * `checkScenes` keeps its problems by id, `sceneProblem` picks the field and
 * the `{token}` to name, and the notice says which scene and why, in French
 * and English. Each case breaks the real `atp` scene once.
 */
import { describe, expect, test } from 'vitest';
import { checkScenes as checkScenesWith, sceneProblem } from '../../src/app/scenes.ts';
import { schemaIssues } from '../../src/model/validate.ts';
import type { Dataset } from '../../src/model/types.ts';

/** As the page reads a scenes file the build did not validate: schema first, then the cross-checks. */
const checkScenes = (json: unknown, dataset?: Dataset) => checkScenesWith(json, dataset, schemaIssues('scenes', json));
import { msg } from '../../src/i18n/index.ts';
import { readRepoJson, realDataset } from '../fixtures/realData.ts';

type Json = Record<string, unknown>;
const dataset = realDataset();
const scenesWith = (change: (scene: Json) => void): unknown => {
  const json = readRepoJson('data/scenes.json') as { scenes: Json[] };
  const scene = json.scenes.find((s) => s['id'] === 'atp') as Json;
  change(scene);
  return json;
};
const text = (scene: Json, part: 'caption' | 'title'): Json => scene[part] as Json;
const state = (scene: Json): Json => scene['state'] as Json;

const CASES: [string, (scene: Json) => void, { field: string; token: string | null; says: RegExp }][] = [
  [
    'a token naming no bassin',
    (s) => (text(s, 'caption')['fr'] = 'Total {bassinTotal:atp:atlantis}.'),
    { field: 'caption.fr', token: '{bassinTotal:atp:atlantis}', says: /unknown bassin "atlantis"/ },
  ],
  [
    'an unknown token',
    (s) => (text(s, 'title')['en'] = 'Assistants {nonsense}'),
    { field: 'title.en', token: '{nonsense}', says: /unknown token \{nonsense\}/ },
  ],
  [
    'a figure written in the caption',
    (s) => (text(s, 'caption')['en'] = '182 assistants.'),
    { field: 'caption.en', token: null, says: /writes the figure "182"/ },
  ],
  [
    'a member that is no CHT or GHT',
    (s) => (state(s)['member'] = 'cht-atlantis'),
    { field: 'state.member', token: null, says: /names no CHT or GHT/ },
  ],
  ['an impossible date', (s) => (state(s)['date'] = '2011-02-30'), { field: 'state.date', token: null, says: /must be a calendar date/ }],
  [
    'a camera zoomed out of range',
    (s) => (s['camera'] = { center: [3, 50.5], zoom: 99 }),
    { field: 'camera.zoom', token: null, says: /must be at most 13, got 99/ },
  ],
  [
    'an unknown link kind',
    (s) => (state(s)['links'] = ['posts', 'alliance']),
    { field: 'state.links[1]', token: null, says: /must be one of/ },
  ],
];

describe('a scene that fails its checks is named with its reason', () => {
  test('the real scenes have no rejected scene', () => {
    expect(checkScenes(readRepoJson('data/scenes.json'), dataset).rejected.size).toBe(0);
  });

  for (const [what, change, expected] of CASES) {
    test(what, () => {
      const { scenes, rejected } = checkScenes(scenesWith(change), dataset);
      expect(scenes.map((s) => s.id)).not.toContain('atp');
      const problems = rejected.get('atp');
      expect(problems).toBeDefined();
      const p = sceneProblem(problems ?? []);
      expect([p.field, p.token]).toEqual([expected.field, expected.token]);
      expect(p.message).toMatch(expected.says);
      const where = p.token ? `${p.field} ${p.token}` : p.field;
      const fr = msg('fr').failures.sceneRejected('atp', where, p.message, p.more);
      const en = msg('en').failures.sceneRejected('atp', where, p.message, p.more);
      expect(fr).toContain('Scène « atp » écartée');
      expect(fr).toContain(where);
      expect(en).toContain('Scene “atp” left out');
      expect(en).toContain(where);
      expect(en).not.toMatch(/Unknown scene/);
    });
  }

  test('several problems: the first is named, the others counted', () => {
    const { rejected } = checkScenes(
      scenesWith((s) => {
        state(s)['date'] = '2011-02-30';
        state(s)['member'] = 'cht-atlantis';
      }),
      dataset,
    );
    const p = sceneProblem(rejected.get('atp') ?? []);
    expect(p.more).toBe(1);
    expect(msg('fr').failures.sceneRejected('atp', p.field, p.message, p.more)).toContain('et 1 autre problème');
  });
});
