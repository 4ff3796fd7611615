/**
 * Presentation scenes: `data/scenes.json` against its schema and the data
 * (every figure of every title and caption resolves from data/*.json, none
 * is written by hand), the stories the seed deck tells with their figures,
 * token resolution and its error messages, keyboard moves.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Validator, type Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import {
  formatSceneIssue,
  literalText,
  moveScene,
  parseScenes as parseScenesWith,
  resolveText,
  sceneAppState,
  sceneIdFromSearch,
  sceneKeyMove,
  sceneTexts,
  stepLabel,
  templateTokens,
  type Scene,
  type SceneState,
} from '../../src/app/scenes.ts';
import { parseUrl, serializeState } from '../../src/app/url.ts';
import type { Dataset } from '../../src/model/types.ts';
import { readRepoJson, realDataset } from '../fixtures/realData.ts';
import { DEFAULT_STATE } from '../../src/query/state.ts';
import { schemaIssues } from '../../src/model/validate.ts';

/** As the page reads a scenes file the build did not validate: schema first, then the cross-checks. */
const parseScenes = (json: unknown, dataset?: Dataset) => parseScenesWith(json, dataset, schemaIssues('scenes', json));

const root = resolve(import.meta.dirname, '../..');
const dataset: Dataset = realDataset();
const file = readRepoJson('data/scenes.json');
const { scenes, issues } = parseScenes(file, dataset);
const scene = (id: string): Scene => {
  const s = scenes.find((x) => x.id === id);
  if (!s) throw new Error(`no scene ${id}`);
  return s;
};
const fr = (id: string) => sceneTexts(scene(id), dataset, 'fr');
const en = (id: string) => sceneTexts(scene(id), dataset, 'en');
/** The message of the error `run` throws. */
function errorOf(run: () => unknown): string {
  try {
    run();
    return 'no error';
  } catch (e) {
    return (e as Error).message;
  }
}

/** Thousands in French use a narrow no-break space. */
const nb = (text: string): string => text.replace(/\u202f/g, ' ');

const state = (patch: Partial<SceneState> = {}): SceneState => ({
  scheme: 'atp',
  links: ['gcs'],
  date: '2011-12-31',
  grid: 'bassins',
  focus: null,
  kinds: ['chu', 'ch'],
  member: null,
  ...patch,
});

describe('data/scenes.json', () => {
  it('matches its schema', () => {
    const schema = readRepoJson('data/schema/scenes.schema.json') as Schema;
    const result = new Validator(schema, '2020-12', false).validate(file);
    expect(result.errors.map((e) => `${e.instanceLocation}: ${e.error}`)).toEqual([]);
  });

  it('is pretty-printed with 2 spaces and a final newline', () => {
    expect(readFileSync(resolve(root, 'data/scenes.json'), 'utf8')).toBe(`${JSON.stringify(file, null, 2)}\n`);
  });

  it('passes every check against the data: ids exist, every token resolves, no figure written by hand', () => {
    expect(issues.map(formatSceneIssue)).toEqual([]);
    expect(scenes.length).toBe((file as { scenes: unknown[] }).scenes.length);
  });

  it('tells the stories of the seed deck, in order', () => {
    expect(scenes.map((s) => s.id)).toEqual([
      'chru',
      'gcs-2001',
      'gcs-2011',
      'cht-2012',
      'cht-constituted',
      'atp',
      'ccu',
      'time-sharing',
      'ght-2017',
      'belgium',
      'network',
    ]);
  });

  it('writes no digit outside a token in any title or caption', () => {
    for (const s of scenes) {
      for (const text of [s.title.fr, s.title.en, s.caption.fr, s.caption.en]) {
        expect(literalText(text).replace(/G4/g, ''), `${s.id}: ${text}`).not.toMatch(/\d/);
      }
    }
  });

  it('gives every scene a full state that survives the URL', () => {
    for (const s of scenes) {
      const app = sceneAppState(s, 'fr');
      expect(parseUrl(serializeState(app), dataset).state, s.id).toEqual(app);
      expect(Object.keys(s.state).toSorted()).toEqual(['date', 'focus', 'grid', 'kinds', 'links', 'member', 'scheme']);
    }
  });
});

describe('caption figures, resolved from the data', () => {
  it('the CHRU and its key figures', () => {
    expect(nb(fr('chru').caption)).toContain('14 000 professionnels, dont 3 257 médecins');
    expect(nb(fr('chru').caption)).toContain('3 053 lits et places ; 188 640 séjours MCO en 2011 ; 11 % de part de marché');
    expect(en('chru').caption).toContain('14,000 professionals, including 3,257 physicians');
    expect(scene('chru').state.focus).toBe('chru-lille');
  });

  it('the GCS built 2001 → 2011', () => {
    expect(fr('gcs-2001').title).toBe('Les GCS en 2001');
    expect(fr('gcs-2001').caption).toContain('le 13 juillet 2001');
    expect(fr('gcs-2011').title).toBe('Les GCS, 2001 → 2011');
    expect(fr('gcs-2011').caption).toMatch(/^9 GCS constitués autour du CHRU de 2001 à 2011/);
    expect(fr('gcs-2011').caption).toContain('(2 novembre 2011)');
    expect(fr('gcs-2011').caption).toContain('(6 décembre 2011)');
    expect(scene('gcs-2001').camera).toEqual(scene('gcs-2011').camera);
  });

  it('the CHT map of January 2012 and the constituted CHT', () => {
    expect(fr('cht-2012').title).toBe('Les CHT en janvier 2012');
    expect(en('cht-2012').title).toBe('The CHTs in January 2012');
    expect(fr('cht-2012').caption).toContain('nomme 9 communautés hospitalières');
    expect(fr('cht-2012').caption).toContain('3 sont constituées');
    expect(fr('cht-2012').caption).toContain('(21 juin 2011)');
    // January 2012: the four CHT projects are attested by the September 2013 slides only, so they are not counted then.
    expect(fr('cht-2012').caption).not.toMatch(/projet/);
    expect(resolveText('{count:cht:project}', { dataset, lang: 'fr', state: { ...scene('cht-2012').state } })).toBe('0');
    expect(resolveText('{count:cht:project}', { dataset, lang: 'fr', state: { ...scene('cht-constituted').state } })).toBe('4');
    expect(fr('cht-constituted').caption).toContain('4 autres restent en projet');
    expect(fr('cht-constituted').caption).toMatch(
      /^5 CHT constituées, du Valenciennois \(21 juin 2011\) à l’Artois-Douaisis \(14 février 2013\)/,
    );
  });

  it('the ATP 2000–2011 map: 182, per bassin', () => {
    expect(fr('atp').title).toBe('Assistants à temps partagé, 2000–2011');
    expect(fr('atp').caption).toContain('182 ATP recrutés de 2000 à 2011 : Métropole 36, Littoral 22, Artois 86, Hainaut 38.');
    expect(en('atp').caption).toContain('182 ATP recruited from 2000 to 2011: Métropole 36, Littoral 22, Artois 86, Hainaut 38.');
    // "About 25 a year" is how the 2013 slides present the scheme, not the 2000–2011 average (182 over 12 years).
    expect(fr('atp').caption).toContain('environ 25 postes par an, un ordre de grandeur du moment, pas la moyenne des années comptées ici');
    expect(fr('atp').caption).not.toMatch(/2011 \(environ 25/);
    expect(scene('atp').state).toMatchObject({ scheme: 'atp', links: ['posts'] });
  });

  it('the CCU-Région 2009–2011 map: 20, per bassin', () => {
    expect(fr('ccu').caption).toContain(
      '20 CCU-Région recrutés de 2009 à 2011 : Métropole 2, Littoral 6, Artois 3, Hainaut 7, et 2 en médecine générale',
    );
    expect(scene('ccu').state.scheme).toBe('ccu');
  });

  it('medical time sharing: 129 in, 78 out', () => {
    expect(fr('time-sharing').caption).toContain('207 conventions de partage de temps médical : 129 permettent');
    expect(fr('time-sharing').caption).toContain('78 à des médecins du CHRU');
    expect(en('time-sharing').caption).toContain('129 let physicians');
  });

  it('the GHT Hainaut-Cambrésis agreement of 2017', () => {
    expect(fr('ght-2017').title).toBe('Le GHT du Hainaut-Cambrésis, 2017');
    expect(fr('ght-2017').caption).toMatch(/^Le 3 juillet 2017, les 12 établissements du GHT/);
    expect(fr('ght-2017').caption).toContain('12 000 employés, près de 800.000 habitants');
    expect(en('ght-2017').caption).toContain('12,000 staff, nearly 800,000 inhabitants');
    expect(scene('ght-2017').state.member).toBe('ght-hainaut-cambresis');
  });

  it('cooperation with Belgium', () => {
    expect(fr('belgium').caption).toContain('(28 février 2005)');
    expect(fr('belgium').caption).toContain('ZOAST (1er juillet 2009)');
    expect(fr('belgium').caption).toContain('(14 décembre 2009)');
    expect(en('belgium').caption).toContain('ZOAST cross-border care zone (1 July 2009)');
    expect(scene('belgium').state.links).toEqual(['cross-border']);
  });

  it('counts the links of the scene’s own state', () => {
    expect(fr('network').caption).toMatch(/— \d+ liens sur la carte\. Celles qui ne nomment pas de partenaire/);
    expect(fr('network').caption).not.toMatch(/Toutes les coopérations/);
  });
});

describe('tokens', () => {
  const ctx = { dataset, lang: 'fr' as const, state: state() };
  const error = (text: string): string => errorOf(() => resolveText(text, ctx));

  it('splits a template into tokens; quoted keeps its colons', () => {
    expect(templateTokens('a {grandTotal:atp} b {links} {quoted:x:deux : trois|two: three}')).toEqual([
      { raw: '{grandTotal:atp}', name: 'grandTotal', args: ['atp'] },
      { raw: '{links}', name: 'links', args: [] },
      { raw: '{quoted:x:deux : trois|two: three}', name: 'quoted', args: ['x', 'deux : trois|two: three'] },
    ]);
  });

  it('resolves each kind of token', () => {
    expect(resolveText('{grandTotal:ccu}/{bassinTotal:ccu:hainaut}/{extra:ccu-medecine-generale}', ctx)).toBe('20/7/2');
    expect(resolveText('{period:atp} {start:ccu} {end:ccu}', ctx)).toBe('2000–2011 2009 2011');
    expect(resolveText('{figure:ccu-rate} · {figure:medical-cooperation-conventions}', ctx)).toBe('7 à 8 · plus de 200');
    expect(resolveText('{figure:ccu-rate} · {figure:medical-cooperation-conventions}', { ...ctx, lang: 'en' })).toBe('7–8 · more than 200');
    expect(resolveText('{when:projection-2012-posts}', ctx)).toBe('novembre 2012');
    expect(resolveText('{date:gcs-g4} {year:gcs-g4} {members:gcs-g4}', ctx)).toBe('3 novembre 2004 2004 4');
    expect(resolveText('{date:posts-2000-calais}', ctx)).toBe('2000');
    expect(resolveText('{count:gcs} {count:gcs:project} {inForce:gcs}', ctx)).toBe('10 1 9');
    expect(resolveText('{inForce:gcs}', { ...ctx, state: state({ date: '2004-12-31' }) })).toBe('2');
  });

  it('says exactly what is wrong with a token', () => {
    expect(error('{nope:1}')).toBe('unknown token {nope:1}');
    expect(error('{grandTotal:asc}')).toBe('{grandTotal:asc}: unknown scheme "asc" (atp or ccu)');
    expect(error('{grandTotal:xyz}')).toBe('{grandTotal:xyz}: unknown scheme "xyz" (atp or ccu)');
    expect(error('{bassinTotal:atp:picardie}')).toBe('{bassinTotal:atp:picardie}: unknown bassin "picardie"');
    expect(error('{date:ght-hainaut-cambresis}')).toBe('{date:ght-hainaut-cambresis}: cooperation "ght-hainaut-cambresis" has no date');
    expect(error('{year:gcs-nope}')).toBe('{year:gcs-nope}: no cooperation "gcs-nope" in cooperations.json');
    expect(error('{figure}')).toBe('{figure} needs 1 argument');
    expect(error('{count:gcs:closed}')).toBe('{count:gcs:closed}: unknown status "closed"');
    expect(error('{quoted:ght-hainaut-cambresis:13 000 employés|13,000 staff}')).toBe(
      '{quoted:ght-hainaut-cambresis:13 000 employés|13,000 staff}: "13 000 employés" is in none of the quotes of "ght-hainaut-cambresis"',
    );
    expect(error('{quoted:ght-hainaut-cambresis:12 000 employés|13,000 staff}')).toBe(
      '{quoted:ght-hainaut-cambresis:12 000 employés|13,000 staff}: the English words must keep the figures of the French ones',
    );
    expect(error('{quoted:ght-hainaut-cambresis:12 000 employés}')).toBe(
      '{quoted:ght-hainaut-cambresis:12 000 employés}: write {quoted:<record>:<French words>|<English words>}',
    );
  });
});

describe('parseScenes', () => {
  const good = (file as { scenes: Scene[] }).scenes[5] as Scene;

  it('drops a scene with a written figure, an unknown id or a bad camera, keeps the others, and says why', () => {
    const bad = {
      scenes: [
        good,
        { ...good, id: 'written', caption: { fr: '182 ATP', en: '{grandTotal:atp} ATP' } },
        { ...good, id: 'unknown-focus', state: { ...good.state, focus: 'ch-nowhere', member: 'gcs-g4' } },
        { ...good, id: 'camera', camera: { bounds: [4, 50, 3, 51] } },
        { ...good, id: 'written' },
        { ...good, id: 'late', state: { ...good.state, date: '2019-01-01' } },
      ],
    };
    const result = parseScenes(bad, dataset);
    expect(result.scenes.map((s) => s.id)).toEqual(['atp']);
    expect(result.issues.map(formatSceneIssue)).toEqual([
      'data/scenes.json scenes[1].caption.fr: writes the figure "182": take it from the data with a {token}',
      'data/scenes.json scenes[2].state.focus: names neither a bassin nor an establishment: "ch-nowhere"',
      'data/scenes.json scenes[2].state.member: names no CHT or GHT: "gcs-g4"',
      'data/scenes.json scenes[3].camera.bounds: must be [west, south, east, north] with west < east and south < north, got [4,50,3,51]',
      'data/scenes.json scenes[4].id: repeats the id "written"',
      'data/scenes.json scenes[5].state.date: must be a calendar date from 2000-01-01 to 2017-12-31, got "2019-01-01"',
    ]);
  });

  it('checks each scene against data/schema/scenes.schema.json first, located by index, before any cross-check', () => {
    const { camera: _camera, ...noCamera } = good;
    const result = parseScenes(
      {
        scenes: [
          { ...good, id: 'bad-scheme', state: { ...good.state, scheme: 'asc', links: ['gcs', 'rail'] } },
          { ...noCamera, id: 'no-camera' },
          { ...good, id: 'extra', title: { ...good.title, de: 'Titel' } },
          good,
        ],
      },
      dataset,
    );
    expect(result.scenes.map((s) => s.id)).toEqual(['atp']);
    expect(result.issues.map(formatSceneIssue)).toEqual([
      'data/scenes.json scenes[0].state.scheme: must be one of "atp", "ccu", got "asc"',
      'data/scenes.json scenes[0].state.links[1]: must be one of "gcs", "cht", "ght", "convention", "cross-border", "posts", got "rail"',
      'data/scenes.json scenes[1].camera: is required',
      'data/scenes.json scenes[2].title.de: is not an allowed property',
    ]);
  });

  it('refuses a file that is not a list of scenes', () => {
    expect(parseScenes([], dataset)).toEqual({ scenes: [], issues: [{ path: '', message: 'must be an object with a list "scenes"' }] });
  });

  it('checks only the structure without a dataset', () => {
    const result = parseScenes({ scenes: [{ ...good, state: { ...good.state, focus: 'anything-kebab' } }] });
    expect(result.issues).toEqual([]);
  });
});

describe('navigation', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('maps clicker and keyboard keys to moves', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((key) => sceneKeyMove({ key }))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => sceneKeyMove({ key }))).toEqual(['previous', 'previous', 'previous']);
    expect(sceneKeyMove({ key: ' ', shiftKey: true })).toBe('previous');
    expect(sceneKeyMove({ key: 'Home' })).toBe('first');
    expect(sceneKeyMove({ key: 'End' })).toBe('last');
    expect(sceneKeyMove({ key: 'Escape' })).toBe('exit');
    expect(sceneKeyMove({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(sceneKeyMove({ key: 'a' })).toBeNull();
  });

  it('moves without wrapping around', () => {
    expect(moveScene(list, 'a', 'next')).toBe('b');
    expect(moveScene(list, 'c', 'next')).toBeNull();
    expect(moveScene(list, 'a', 'previous')).toBeNull();
    expect(moveScene(list, 'b', 'first')).toBe('a');
    expect(moveScene(list, 'a', 'last')).toBe('c');
    expect(moveScene(list, 'c', 'last')).toBeNull();
    expect(moveScene(list, 'zzz', 'next')).toBe('a');
    expect(moveScene(list, 'b', 'exit')).toBeNull();
    expect(moveScene([], null, 'next')).toBeNull();
  });

  it('labels steps and reads the scene parameter', () => {
    expect(stepLabel(2, 11, 'fr')).toEqual({ text: '3 / 11', label: 'Étape 3 sur 11' });
    expect(stepLabel(0, 11, 'en')).toEqual({ text: '1 / 11', label: 'Step 1 of 11' });
    expect(sceneIdFromSearch('?scene=atp&lang=en')).toBe('atp');
    expect(sceneIdFromSearch('scene=<script>')).toBeNull();
    expect(sceneIdFromSearch('')).toBeNull();
  });

  it('builds the app state of a scene in the reader’s language, lists in canonical order', () => {
    const s = { ...(file as { scenes: Scene[] }).scenes[0], state: state({ links: ['posts', 'gcs'], kinds: ['ch', 'chu'] }) } as Scene;
    expect(sceneAppState(s, 'en')).toEqual({
      lang: 'en',
      filters: { scheme: 'atp', links: ['gcs', 'posts'], date: '2011-12-31', kinds: ['chu', 'ch'], member: null },
      view: { grid: 'bassins' },
      selection: { focus: null },
    });
    expect(DEFAULT_STATE.lang).toBe('fr');
  });
});
