/**
 * The validator's messages are part of its interface: each broken copy of
 * the data must produce exactly the expected message, naming the file, the
 * record, the field and what is wrong.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseWhitespace, quoteIssues } from '../../src/model/seeds.ts';
import type { BassinId, Dataset } from '../../src/model/types.ts';
import { formatIssue, isCalendarDate, validateDataset, validateFile } from '../../src/model/validate.ts';
import { parseCommuneZones } from '../../src/import/communeZones.ts';

const root = resolve(__dirname, '../..');
const seedsDir = resolve(__dirname, '../../../shared/seeds');
const seedTexts = new Map(readdirSync(seedsDir).map((name) => [name, readFileSync(resolve(seedsDir, name), 'utf8')]));

/** A hand-made dataset of 5 establishments, 3 GCS and a few posts (quotes from the real seeds). */
const mini = (): Dataset => JSON.parse(readFileSync(resolve(root, 'test/fixtures/data/mini-dataset.json'), 'utf8')) as Dataset;

/** The real data, fresh for each broken copy. */
const real = (): Dataset => ({
  establishments: JSON.parse(readFileSync(resolve(root, 'data/establishments.json'), 'utf8')),
  cooperations: JSON.parse(readFileSync(resolve(root, 'data/cooperations.json'), 'utf8')),
  posts: JSON.parse(readFileSync(resolve(root, 'data/posts.json'), 'utf8')),
  keyFigures: JSON.parse(readFileSync(resolve(root, 'data/figures.json'), 'utf8')),
});

/** The communes of the mini dataset, as geo/communes.csv and geo/zones.csv give them. */
const miniZones = new Map<string, { zone: string; bassin: BassinId }>([
  ['59350', { zone: 'lille', bassin: 'metropole' }],
  ['62498', { zone: 'lens-henin', bassin: 'artois' }],
  ['59560', { zone: 'lille', bassin: 'metropole' }],
  ['59606', { zone: 'valenciennois', bassin: 'hainaut' }],
]);

/** The establishment `id` of a dataset (the fixture lists chru-lille, ch-seclin, ch-valenciennes, ch-lens, az-groeninge). */
const est = (d: Dataset, id: string): Dataset['establishments'][number] => {
  const e = d.establishments.find((x) => x.id === id);
  if (!e) throw new Error(`no establishment ${id}`);
  return e;
};

const fileIssues = (file: string, json: unknown): string[] => validateFile(file, json).map(formatIssue);
const datasetIssues = (d: Dataset, zones = miniZones): string[] => validateDataset(d, zones).map(formatIssue);

describe('the mini fixture', () => {
  it('is valid, file by file and as a whole, and its quotes are in the seeds', () => {
    const d = mini();
    expect([
      ...fileIssues('data/establishments.json', d.establishments),
      ...fileIssues('data/cooperations.json', d.cooperations),
      ...fileIssues('data/posts.json', d.posts),
      ...fileIssues('data/figures.json', d.keyFigures),
    ]).toEqual([]);
    expect(datasetIssues(d)).toEqual([]);
    expect(quoteIssues(d, seedTexts)).toEqual([]);
  });
});

describe('validateFile (schemas)', () => {
  it('reports a date that does not match YYYY-MM-DD', () => {
    const d = mini();
    d.cooperations[0]!.date = '2008-12-1';
    expect(fileIssues('data/cooperations.json', d.cooperations)).toEqual([
      'data/cooperations.json › gcs-neurochirurgie › date: must match pattern YYYY-MM-DD, got "2008-12-1"',
    ]);
  });

  it('reports missing sources', () => {
    const d = mini();
    delete (d.cooperations[1] as Partial<Dataset['cooperations'][number]>).sources;
    expect(fileIssues('data/cooperations.json', d.cooperations)).toEqual(['data/cooperations.json › gcs-hpsm › sources: is required']);
  });

  it('reports an empty sources list', () => {
    const d = mini();
    est(d, 'ch-lens').sources = [];
    expect(fileIssues('data/establishments.json', d.establishments)).toEqual([
      'data/establishments.json › ch-lens › sources: must have at least 1 item',
    ]);
  });

  it('reports a negative count', () => {
    const d = mini();
    d.posts.siteValues[0]!.value = -37;
    expect(fileIssues('data/posts.json', d.posts)).toEqual([
      'data/posts.json › siteValues[atp-lens] › value: must be a non-negative integer, got -37',
    ]);
  });

  it('reports a fractional count, in a record without id by its index', () => {
    const d = mini();
    d.posts.bassinTotals[0]!.value = 8.5;
    expect(fileIssues('data/posts.json', d.posts)).toEqual([
      'data/posts.json › bassinTotals[0] › value: must be a non-negative integer, got 8.5',
    ]);
  });

  it('reports a bad id, a bad seed name, a bad INSEE code and swapped coordinates', () => {
    const d = mini();
    est(d, 'ch-seclin').sources[0]!.seed = 'seed-000.txt';
    est(d, 'ch-valenciennes').commune.insee = '596';
    est(d, 'ch-lens').id = 'CH_Lens';
    est(d, 'chru-lille').coordinates = [50.611, 3.034];
    expect(fileIssues('data/establishments.json', d.establishments)).toEqual([
      'data/establishments.json › chru-lille › coordinates[0]: must be at most 10, got 50.611',
      'data/establishments.json › chru-lille › coordinates[1]: must be at least 41, got 3.034',
      'data/establishments.json › ch-seclin › sources[0].seed: must be a seed file name like 000_15e9185a92ff980b.txt, got "seed-000.txt"',
      'data/establishments.json › ch-valenciennes › commune.insee: must be an INSEE commune code of 5 characters, e.g. 59350, got "596"',
      'data/establishments.json › CH_Lens › id: must be a kebab-case id (lowercase letters, digits and single hyphens), got "CH_Lens"',
    ]);
  });

  it('reports an unexpected property, a wrong enum value and a missing INSEE code', () => {
    const d = mini();
    (est(d, 'chru-lille') as unknown as Record<string, unknown>)['beds'] = 3053;
    (est(d, 'ch-seclin') as unknown as Record<string, unknown>)['kind'] = 'hospital';
    delete est(d, 'ch-lens').commune.insee;
    expect(fileIssues('data/establishments.json', d.establishments)).toEqual([
      'data/establishments.json › chru-lille › beds: is not an allowed property',
      'data/establishments.json › ch-seclin › kind: must be one of "chu", "ch", "cancer-centre", "psychiatric", "private", "espic", "foreign", "university", got "hospital"',
      'data/establishments.json › ch-lens › commune.insee: is required',
    ]);
  });

  it('refuses a zone or bassin on a Belgian establishment, and a zone without bassin', () => {
    const d = mini();
    const az = est(d, 'az-groeninge');
    az.zone = 'lille';
    az.bassin = 'metropole';
    delete est(d, 'ch-lens').bassin;
    expect(fileIssues('data/establishments.json', d.establishments)).toEqual([
      'data/establishments.json › ch-lens › bassin: is required when "zone" is present',
      'data/establishments.json › az-groeninge › zone: must not be present here',
      'data/establishments.json › az-groeninge › bassin: must not be present here',
    ]);
  });

  it('reports duplicate members and a non-array file', () => {
    const d = mini();
    d.cooperations[2]!.members.push('ch-lens');
    expect(fileIssues('data/cooperations.json', d.cooperations)).toEqual([
      'data/cooperations.json › gcs-hu-artois › members: must not contain duplicates: items [1] and [2] are both "ch-lens"',
    ]);
    expect(fileIssues('data/cooperations.json', { cooperations: [] })).toEqual([
      'data/cooperations.json: must be of type array, got {"cooperations":[]}',
    ]);
  });

  it('accepts bare file names (as the loader passes them) and refuses unknown files', () => {
    expect(fileIssues('figures.json', mini().keyFigures)).toEqual([]);
    expect(fileIssues('data/scenes.json', [])).toEqual([
      'data/scenes.json: is not a known data file (expected one of data/establishments.json, data/cooperations.json, data/posts.json, data/figures.json, data/sources.json)',
    ]);
  });
});

describe('validateDataset (cross-file checks)', () => {
  it('reports an unknown member id', () => {
    const d = mini();
    d.cooperations[0]!.members[1] = 'ch-foo';
    expect(datasetIssues(d)).toEqual(['data/cooperations.json › gcs-neurochirurgie › members[1]: unknown establishment id "ch-foo"']);
  });

  it('reports an impossible date', () => {
    const d = mini();
    d.cooperations[2]!.date = '2011-02-30';
    expect(fileIssues('data/cooperations.json', d.cooperations)).toEqual([]);
    expect(datasetIssues(d)).toEqual(['data/cooperations.json › gcs-hu-artois › date: 2011-02-30 is not a calendar date']);
  });

  it('reports a negative count', () => {
    const d = mini();
    d.posts.siteValues[0]!.value = -37;
    expect(datasetIssues(d)).toEqual(['data/posts.json › siteValues[atp-lens] › value: must be a non-negative integer, got -37']);
  });

  it('reports a duplicate id', () => {
    const d = mini();
    d.establishments.push({ ...est(d, 'ch-lens') });
    d.posts.siteValues[1]!.id = 'atp-lens';
    expect(datasetIssues(d)).toEqual([
      'data/establishments.json › ch-lens › id: duplicate id "ch-lens" (records [3] and [5])',
      'data/posts.json › siteValues[atp-lens] › id: duplicate id "atp-lens" (records [0] and [1])',
    ]);
  });

  it('reports an establishment claiming the wrong zone, or the wrong bassin', () => {
    const d = mini();
    est(d, 'ch-lens').zone = 'arrageois';
    est(d, 'ch-seclin').bassin = 'artois';
    expect(datasetIssues(d)).toEqual([
      'data/establishments.json › ch-seclin › bassin: commune 59560 belongs to bassin "metropole", not "artois"',
      'data/establishments.json › ch-lens › zone: commune 62498 belongs to zone "lens-henin", not "arrageois"',
    ]);
  });

  it('reports a commune missing from the table, and skips the commune check with an empty table', () => {
    const d = mini();
    est(d, 'ch-seclin').commune.insee = '59999';
    expect(datasetIssues(d)).toEqual(['data/establishments.json › ch-seclin › commune.insee: commune 59999 is not in the commune table']);
    expect(datasetIssues(d, new Map())).toEqual([]);
  });

  it('reports a site value in a bassin its establishment is not in, or naming an unknown establishment', () => {
    const d = mini();
    d.posts.siteValues[0]!.bassin = 'littoral';
    d.posts.siteValues[1]!.establishments = ['ch-valenciennes', 'ch-onnaing'];
    expect(datasetIssues(d)).toEqual([
      'data/posts.json › siteValues[atp-lens] › establishments[0]: establishment "ch-lens" is in bassin "artois", not "littoral"',
      'data/posts.json › siteValues[atp-valenciennes] › establishments[1]: unknown establishment id "ch-onnaing"',
    ]);
  });

  it('reports a hub that is not a member, a hub alone, and a member listed twice', () => {
    const d = mini();
    d.cooperations[0]!.hub = 'ch-lens';
    d.cooperations[1]!.members = ['chru-lille'];
    d.cooperations[2]!.members = ['chru-lille', 'ch-lens', 'chru-lille'];
    expect(datasetIssues(d)).toEqual([
      'data/cooperations.json › gcs-neurochirurgie › hub: hub "ch-lens" is not one of the members',
      'data/cooperations.json › gcs-hpsm › hub: hub "chru-lille" is the only member: it would link to itself',
      'data/cooperations.json › gcs-hu-artois › members[2]: duplicate member "chru-lille" (already members[0])',
    ]);
  });

  it('reports a zone on an establishment outside Nord-Pas-de-Calais, and a missing one inside', () => {
    const d = mini();
    est(d, 'az-groeninge').zone = 'lille';
    delete est(d, 'chru-lille').zone;
    expect(datasetIssues(d)).toEqual([
      'data/establishments.json › chru-lille › zone: is required for an establishment in Nord-Pas-de-Calais',
      'data/establishments.json › az-groeninge › zone: must be absent outside Nord-Pas-de-Calais',
    ]);
  });

  it('reports a year-precision date not written YYYY-01-01 and an impossible figure date', () => {
    const d = mini();
    d.cooperations[0]!.datePrecision = 'year';
    d.keyFigures.figures[0]!.when = '2011-13';
    expect(datasetIssues(d)).toEqual([
      'data/cooperations.json › gcs-neurochirurgie › date: a date of precision "year" must be written YYYY-01-01, got 2008-12-01',
      'data/figures.json › figures[professionals] › when: 2011-13 is not a calendar date',
    ]);
  });

  it('does not throw on records of an unexpected shape', () => {
    const broken = {
      establishments: [null, 3],
      cooperations: [{ id: 'x' }],
      posts: { siteValues: 'no' },
      keyFigures: {},
    } as unknown as Dataset;
    expect(datasetIssues(broken)).toEqual(['data/cooperations.json › x › members: must have at least 1 item']);
  });
});

describe('quoteIssues (the truth rule)', () => {
  it('reports a quote that is not in its seed, and an unknown seed', () => {
    const d = mini();
    est(d, 'ch-lens').sources[0]!.quote = 'CH d’Arras, Béthune, Douai et Liévin';
    d.posts.siteValues[0]!.sources.push({ seed: '005_0000000000000000.txt', quote: 'Lens' });
    expect(quoteIssues(d, seedTexts).map(formatIssue)).toEqual([
      'data/establishments.json › ch-lens › sources[0].quote: quote not found in seed 000_15e9185a92ff980b.txt: "CH d’Arras, Béthune, Douai et Liévin"',
      'data/posts.json › siteValues[atp-lens] › sources[2].seed: unknown seed file "005_0000000000000000.txt"',
    ]);
  });

  it('normalises whitespace on both sides, including the seeds’ no-break spaces and line breaks', () => {
    expect(normaliseWhitespace(' a\u00a0 b\n\nc ')).toBe('a b c');
    const d = mini();
    d.keyFigures.figures[0]!.sources = [{ seed: '000_15e9185a92ff980b.txt', quote: 'Le CHRU   mobilise\n14.000 professionnels' }];
    expect(quoteIssues(d, seedTexts)).toEqual([]);
  });

  it('checks the real data: every quote of every file is found', () => {
    expect(quoteIssues(real(), seedTexts).map(formatIssue)).toEqual([]);
  });
});

describe('helpers', () => {
  it('tells calendar dates from impossible ones', () => {
    expect(['2011-02-28', '2012-02-29', '2011-02-29', '2011-02-30', '2011-13-01', '2011-2-1'].map(isCalendarDate)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('parses the commune table from its two CSV files', () => {
    const table = parseCommuneZones(
      'insee,name,zone,rule\n59350,Lille,lille,canton:59028\n62498,"Lens, ville",lens-henin,arrondissement:62007\n',
      'id,name,bassin\nlille,Lille,metropole\nlens-henin,Lens-Hénin,artois\n',
    );
    expect([...table]).toEqual([
      ['59350', { zone: 'lille', bassin: 'metropole' }],
      ['62498', { zone: 'lens-henin', bassin: 'artois' }],
    ]);
  });

  it('formats an issue with only the parts it has', () => {
    expect(formatIssue({ file: 'data/posts.json', message: 'is empty' })).toBe('data/posts.json: is empty');
    expect(formatIssue({ file: 'data/posts.json', record: 'bassinTotals[2]', message: 'x' })).toBe('data/posts.json › bassinTotals[2]: x');
  });
});
