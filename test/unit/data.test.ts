/**
 * The curated data in `data/`: valid against its schemas and the cross-file
 * rules, every quote found in its seed, the published figures exactly as the
 * seeds state them, and every establishment where its commune is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { quoteIssues } from '../../src/model/seeds.ts';
import type { BassinId, Cooperation, Dataset, Establishment, KeyFiguresData, PostsData, SourcesData } from '../../src/model/types.ts';
import { formatIssue, validateDataset, validateFile } from '../../src/model/validate.ts';
import { parseCommuneZones } from '../../src/import/communeZones.ts';

const root = resolve(__dirname, '../..');
const seedsDir = resolve(__dirname, '../../../shared/seeds');
const geoSources = resolve(__dirname, '../../../shared/geo-sources/admin-express-cog-2018');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;

const files = {
  'data/establishments.json': readJson(resolve(root, 'data/establishments.json')),
  'data/cooperations.json': readJson(resolve(root, 'data/cooperations.json')),
  'data/posts.json': readJson(resolve(root, 'data/posts.json')),
  'data/figures.json': readJson(resolve(root, 'data/figures.json')),
  'data/sources.json': readJson(resolve(root, 'data/sources.json')),
};
const dataset: Dataset = {
  establishments: files['data/establishments.json'] as Establishment[],
  cooperations: files['data/cooperations.json'] as Cooperation[],
  posts: files['data/posts.json'] as PostsData,
  keyFigures: files['data/figures.json'] as KeyFiguresData,
  sources: files['data/sources.json'] as SourcesData,
};
const communeZones = parseCommuneZones(
  readFileSync(resolve(root, 'geo/communes.csv'), 'utf8'),
  readFileSync(resolve(root, 'geo/zones.csv'), 'utf8'),
);
const seedTexts = new Map(readdirSync(seedsDir).map((name) => [name, readFileSync(resolve(seedsDir, name), 'utf8')]));

const coop = (id: string): Cooperation => {
  const c = dataset.cooperations.find((x) => x.id === id);
  if (!c) throw new Error(`no cooperation ${id}`);
  return c;
};
const dated = (id: string): [string | undefined, string | undefined] => [coop(id).date, coop(id).datePrecision];
const communeOf = (id: string): Establishment['commune'] | undefined => dataset.establishments.find((e) => e.id === id)?.commune;
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
const { posts } = dataset;
const totals = (scheme: string): Record<string, number> =>
  Object.fromEntries(posts.bassinTotals.filter((t) => t.scheme === scheme).map((t) => [t.bassin, t.value]));
const sites = (scheme: string, bassin: BassinId) => posts.siteValues.filter((v) => v.scheme === scheme && v.bassin === bassin);

describe('data files', () => {
  for (const [file, json] of Object.entries(files)) {
    it(`${file} matches its schema`, () => {
      expect(validateFile(file, json).map(formatIssue)).toEqual([]);
    });
  }

  it('passes the cross-file checks with the commune table of geo/', () => {
    expect(communeZones.size).toBeGreaterThan(1500);
    expect(validateDataset(dataset, communeZones).map(formatIssue)).toEqual([]);
  });

  it('is pretty-printed with 2 spaces and a final newline', () => {
    for (const [file, json] of Object.entries(files)) {
      expect(readFileSync(resolve(root, file), 'utf8'), file).toBe(`${JSON.stringify(json, null, 2)}\n`);
    }
  });

  it('has every quote in its seed (whitespace-normalised)', () => {
    expect(seedTexts.size).toBe(5);
    expect(quoteIssues(dataset, seedTexts).map(formatIssue)).toEqual([]);
    const count = JSON.stringify(files).match(/"quote":/g)?.length ?? 0;
    expect(count).toBeGreaterThan(250);
  });
});

describe('cooperations', () => {
  it('has the 9 constituted GCS with their constitution dates, all around the CHRU', () => {
    const gcs = dataset.cooperations.filter((c) => c.kind === 'gcs' && c.status === 'constituted');
    expect(Object.fromEntries(gcs.map((c) => [c.id, c.date]))).toEqual({
      'gcs-urgences-main': '2001-07-13',
      'gcs-g4': '2004-11-03',
      'gcs-crrc': '2005-06-26',
      'gcs-neurochirurgie': '2008-12-01',
      'gcs-hpsm': '2009-03-02',
      'gcs-sterinord': '2009-06-22',
      'gcs-infectiologie': '2009-08-06',
      'gcs-hu-armentieres': '2011-11-02',
      'gcs-hu-artois': '2011-12-06',
    });
    for (const c of gcs) {
      expect(c.hub, c.id).toBe('chru-lille');
      expect(c.datePrecision, c.id).toBe('day');
    }
    expect(coop('gcs-g4').members).toEqual(['chru-lille', 'chu-amiens', 'chu-caen', 'chu-rouen']);
    expect(coop('gcs-sterinord').members).toEqual(['chru-lille', 'ch-roubaix', 'ch-seclin', 'ch-tourcoing', 'col']);
  });

  it('keeps both versions of the hand-emergency GCS (HPM in seed 000, Clinique Lille-Sud in seed 004)', () => {
    expect(coop('gcs-urgences-main').members).toEqual(['chru-lille', 'hpm']);
    const lilleSud = coop('gcs-urgences-main-clinique-lille-sud');
    expect([lilleSud.members, lilleSud.status, lilleSud.date]).toEqual([['chru-lille', 'clinique-lille-sud'], 'project', undefined]);
  });

  it('has the 5 constituted CHT with their exact members and signature dates, without the CHRU', () => {
    const cht = dataset.cooperations.filter((c) => c.kind === 'cht' && c.status === 'constituted');
    expect(Object.fromEntries(cht.map((c) => [c.id, { date: c.date, members: c.members, hub: c.hub }]))).toEqual({
      'cht-roubaix-tourcoing-wattrelos': { date: '2011-11-25', members: ['ch-roubaix', 'ch-tourcoing', 'ch-wattrelos'], hub: undefined },
      'cht-film': { date: '2011-12-14', members: ['ch-armentieres', 'ch-bailleul', 'ch-hazebrouck'], hub: undefined },
      'cht-valenciennois': {
        date: '2011-06-21',
        members: ['ch-denain', 'ch-le-quesnoy', 'ch-saint-amand', 'ch-valenciennes'],
        hub: undefined,
      },
      'cht-cambresis': { date: '2012-03-08', members: ['ch-cambrai', 'ch-le-cateau'], hub: undefined },
      'cht-artois-douaisis': { date: '2013-02-14', members: ['ch-arras', 'ch-bethune', 'ch-douai', 'ch-lens'], hub: undefined },
    });
  });

  it('has the 4 CHT projects, undated, and the 9 CHT of the January 2012 map marked inferred', () => {
    const projects = dataset.cooperations.filter((c) => c.kind === 'cht' && c.status === 'project');
    expect(Object.fromEntries(projects.map((c) => [c.id, c.members]))).toEqual({
      'cht-grande-thierache': ['ch-fourmies', 'ch-hirson', 'ch-le-nouvion'],
      'cht-sambre-avesnois': ['ch-sambre-avesnois', 'ch-felleries-liessies', 'ch-jeumont', 'ch-hautmont', 'ch-avesnes'],
      'cht-boulogne-montreuil': ['ch-boulogne', 'ch-montreuil'],
      'cht-calais-dunkerque-saint-omer': ['ch-calais', 'ch-dunkerque', 'ch-saint-omer'],
    });
    expect(projects.every((c) => c.date === undefined)).toBe(true);
    const listed = dataset.cooperations.filter((c) => c.status === 'listed');
    expect(listed.map((c) => c.name)).toEqual([
      'CHT de Le Cateau-Cambrésis',
      'CHT de l’Artois',
      'CHT du Valenciennois',
      'CHT de Sambre-Avesnois',
      'CHT de la Thiérache',
      'CHT de Dunkerque-Calais-Saint-Omer',
      'CHT de Boulogne-Montreuil',
      'CHT du Versant Nord-est',
      'CHT de Flandres Lys',
    ]);
    for (const c of listed) {
      expect([c.kind, c.certainty, c.date], c.id).toEqual(['cht', 'inferred', undefined]);
      expect(c.note, c.id).toMatch(/FMESPP/);
    }
  });

  it('has the GHT Hainaut-Cambrésis with its 12 establishments, Valenciennes as support, and no date', () => {
    const ght = coop('ght-hainaut-cambresis');
    expect(ght.members).toHaveLength(12);
    expect(ght.members.toSorted()).toEqual(
      [
        'ch-avesnes',
        'ch-cambrai',
        'ch-denain',
        'ch-felleries-liessies',
        'ch-fourmies',
        'ch-hautmont',
        'ch-jeumont',
        'ch-le-cateau',
        'ch-le-quesnoy',
        'ch-saint-amand',
        'ch-sambre-avesnois',
        'ch-valenciennes',
      ].toSorted(),
    );
    expect([ght.hub, ght.date]).toEqual(['ch-valenciennes', undefined]);
    const agreement = coop('convention-ght-hainaut-cambresis-2017');
    expect([agreement.date, agreement.hub, agreement.members.length]).toEqual(['2017-07-03', 'chru-lille', 14]);
    expect(agreement.members).toEqual(expect.arrayContaining([...ght.members, 'chru-lille', 'facultes-sante-lille']));
  });

  it('has the cross-border agreements and the first shared posts of 2000', () => {
    expect(dated('zoast')).toEqual(['2009-07-01', 'day']);
    expect(dated('cross-border-az-groeninge')).toEqual(['2009-12-14', 'day']);
    expect(dated('cross-border-erasme')).toEqual(['2005-02-28', 'day']);
    expect(dated('cross-border-smur')).toEqual([undefined, undefined]);
    const first = dataset.cooperations.filter((c) => c.kind === 'posts');
    expect(first.map((c) => [c.members, c.topics, c.date, c.datePrecision])).toEqual([
      [['chru-lille', 'ch-calais'], ['gynécologie'], '2000-01-01', 'year'],
      [['chru-lille', 'ch-valenciennes'], ['pneumologie'], '2000-01-01', 'year'],
      [['chru-lille', 'ch-douai'], ['psychiatrie'], '2000-01-01', 'year'],
    ]);
  });

  it('explains every inferred membership and every single-member cooperation in a note', () => {
    for (const c of dataset.cooperations) {
      if (c.certainty === 'inferred' || c.members.length === 1) expect(c.note, c.id).toBeTruthy();
    }
  });
});

describe('shared posts', () => {
  it('has the published ATP bassin totals, summing to the grand total of 182', () => {
    expect(totals('atp')).toEqual({ metropole: 36, littoral: 22, artois: 86, hainaut: 38 });
    const grand = posts.grandTotals.find((t) => t.scheme === 'atp')?.value;
    expect(grand).toBe(182);
    expect(sum(Object.values(totals('atp')))).toBe(grand);
  });

  it('has the published CCU-Région totals: 2 + 6 + 3 + 7 plus 2 in general medicine = 20', () => {
    expect(totals('ccu')).toEqual({ metropole: 2, littoral: 6, artois: 3, hainaut: 7 });
    expect(posts.extras.map((x) => [x.id, x.scheme, x.value])).toEqual([['ccu-medecine-generale', 'ccu', 2]]);
    const grand = posts.grandTotals.find((t) => t.scheme === 'ccu')?.value;
    expect(grand).toBe(20);
    expect(sum(Object.values(totals('ccu'))) + sum(posts.extras.filter((x) => x.scheme === 'ccu').map((x) => x.value))).toBe(grand);
  });

  it('has the stated Métropole ATP breakdown, summing to 36', () => {
    const metropole = sites('atp', 'metropole');
    expect(metropole.map((v) => [v.establishments, v.value, v.certainty])).toEqual([
      [['ch-roubaix'], 17, 'stated'],
      [['ch-tourcoing'], 5, 'stated'],
      [['col'], 1, 'stated'],
      [['ch-armentieres'], 3, 'stated'],
      [['epsm-lille-metropole'], 1, 'stated'],
      [['ch-seclin'], 8, 'stated'],
      [['ch-hazebrouck'], 1, 'stated'],
    ]);
    expect(sum(metropole.map((v) => v.value))).toBe(36);
  });

  it('has no Littoral disagreement any more: Saint-Omer 1 + the Boulogne/Dunkerque/Calais group 21 = the published 22', () => {
    const littoral = sites('atp', 'littoral');
    expect(littoral.map((v) => [v.establishments, v.value, v.certainty, v.assumption])).toEqual([
      [['ch-saint-omer'], 1, 'deduced', undefined],
      [['ch-boulogne', 'ch-dunkerque', 'ch-calais'], 21, 'deduced', undefined],
    ]);
    expect(sum(littoral.map((v) => v.value))).toBe(totals('atp')['littoral']);
  });

  it('keeps Arras, Lens and Douai as one group value of 85, never split', () => {
    const artois = sites('atp', 'artois');
    expect(Object.fromEntries(artois.map((v) => [v.id, [v.establishments, v.value, v.certainty]]))).toEqual({
      'atp-bethune': [['ch-bethune'], 1, 'deduced'],
      'atp-arras-lens-douai': [['ch-arras', 'ch-lens', 'ch-douai'], 85, 'deduced'],
    });
    expect(sum(artois.map((v) => v.value))).toBe(86);
  });

  it('counts Somain in the Hainaut, as every reading does, and says its commune is in the Artois', () => {
    const hainaut = sites('atp', 'hainaut');
    expect(Object.fromEntries(hainaut.map((v) => [v.id, [v.value, v.communeBassin]]))).toEqual({
      'atp-valenciennes': [26, undefined],
      'atp-sambre-avesnois': [4, undefined],
      'atp-cambrai': [1, undefined],
      'atp-denain': [2, undefined],
      'atp-somain': [5, 'artois'],
    });
    expect(sum(hainaut.map((v) => v.value))).toBe(38);
  });

  it('has the CCU-Région site values: stated in the Métropole, Lens 3 and Valenciennes 5 forced, Boulogne + Dunkerque a group of 6', () => {
    expect(posts.siteValues.filter((v) => v.scheme === 'ccu').map((v) => [v.bassin, v.establishments, v.value, v.certainty])).toEqual([
      ['metropole', ['ch-armentieres'], 1, 'stated'],
      ['metropole', ['ch-seclin'], 1, 'stated'],
      ['hainaut', ['ch-valenciennes'], 5, 'deduced'],
      ['artois', ['ch-lens'], 3, 'deduced'],
      ['littoral', ['ch-boulogne', 'ch-dunkerque'], 6, 'deduced'],
    ]);
  });

  it('gives every deduced site value a note in French and English; no value outside the Métropole is stated', () => {
    for (const v of posts.siteValues.filter((x) => x.certainty === 'deduced')) {
      expect(v.note, v.id).toBeTruthy();
      expect(v.noteEn, v.id).toBeTruthy();
    }
    expect(posts.siteValues.filter((v) => v.certainty === 'stated').every((v) => v.bassin === 'metropole')).toBe(true);
  });

  it('has the schemes with their periods, rates and start years (1999 per seed 002, map from 2000)', () => {
    expect(posts.schemes.map((s) => [s.id, s.period, s.rate && [s.rate.min, s.rate.max], s.since])).toEqual([
      ['atp', { start: 2000, end: 2011 }, [25, 25], 1999],
      ['ccu', { start: 2009, end: 2011 }, [7, 8], 2008],
      ['asc', undefined, [28, 37], 2009],
    ]);
  });

  it('has the context figures', () => {
    expect(Object.fromEntries(posts.figures.map((f) => [f.id, [f.value, f.max, f.qualifier]]))).toEqual({
      'atp-rate': [25, undefined, 'about'],
      'ccu-rate': [7, 8, undefined],
      'asc-rate': [28, 37, undefined],
      'ccu-deficit': [172, undefined, undefined],
      'projection-2012-posts': [82, undefined, undefined],
      'projection-2012-interns': [232, undefined, undefined],
      'medical-time-sharing': [207, undefined, undefined],
      'medical-time-sharing-in': [129, undefined, undefined],
      'medical-time-sharing-out': [78, undefined, undefined],
      'medical-cooperation-conventions': [200, undefined, 'more-than'],
    });
  });
});

describe('key figures', () => {
  it('has the key figures of the CHRU, the two network counts kept apart', () => {
    expect(Object.fromEntries(dataset.keyFigures.figures.map((f) => [f.id, f.value]))).toEqual({
      professionals: 14000,
      'beds-and-places': 3053,
      physicians: 3257,
      'physicians-hu': 464,
      'physicians-hospital': 997,
      interns: 758,
      students: 1038,
      'non-physician-staff': 10789,
      'staff-care': 7007,
      'staff-technical': 3319,
      'staff-secretaries': 463,
      'mco-stays': 188640,
      'market-share-surgery': 9.84,
      'market-share-medicine': 11.27,
      'market-share-obstetrics': 11.04,
      'market-share-total': 11,
      'health-networks': 24,
      'networks-contract': 27,
    });
  });
});

describe('establishments', () => {
  const polygons = (file: string): Feature<Polygon | MultiPolygon, { code: string; nom: string }>[] =>
    (readJson(resolve(geoSources, file)) as FeatureCollection<Polygon | MultiPolygon, { code: string; nom: string }>).features;
  const communes = new Map(
    [...polygons('communes-59-nord.geojson'), ...polygons('communes-62-pas-de-calais.geojson')].map((f) => [f.properties.code, f]),
  );
  const departements = new Map(polygons('departements-hauts-de-france.geojson').map((f) => [f.properties.code, f]));
  const regions = new Map(polygons('regions-avant-redecoupage-2015.geojson').map((f) => [f.properties.code, f]));
  const world = readJson(resolve(root, 'node_modules/world-atlas/countries-50m.json')) as Topology;
  const countries = feature(world, world.objects['countries'] as never) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const belgium = countries.features.find((f) => f.properties.name === 'Belgium');

  /** The polygon an establishment's point must lie in: its commune in 59/62, else its département or (Normandy) region, or Belgium. */
  function container(e: Establishment): { name: string; shape: Feature<Polygon | MultiPolygon> | undefined } {
    const insee = e.commune.insee ?? '';
    if (e.country === 'BE') return { name: 'Belgium', shape: belgium };
    if (/^(59|62)/.test(insee)) {
      const c = communes.get(insee);
      if (c) expect(c.properties.nom, `${e.id}: INSEE ${insee}`).toBe(e.commune.name.replace(/^Le /, ''));
      return { name: `commune ${insee}`, shape: c };
    }
    if (/^(02|80)/.test(insee)) return { name: `département ${insee.slice(0, 2)}`, shape: departements.get(insee.slice(0, 2)) };
    const region = { '14': '25', '76': '23' }[insee.slice(0, 2)];
    return { name: `région ${region}`, shape: region ? regions.get(region) : undefined };
  }

  it('places every establishment inside its commune, département, region or country', () => {
    expect(belgium).toBeDefined();
    const outside = dataset.establishments.flatMap((e) => {
      const { name, shape } = container(e);
      return shape && booleanPointInPolygon(e.coordinates, shape) ? [] : [`${e.id} not in ${name}`];
    });
    expect(outside).toEqual([]);
  });

  it('places the CHRU at its main site (Roger Salengro, cité hospitalière)', () => {
    const chru = dataset.establishments.find((e) => e.id === 'chru-lille');
    expect(chru && [chru.located, distance(chru.coordinates, [3.034, 50.611], { units: 'kilometers' }) < 0.3]).toEqual(['site', true]);
  });

  it('is a party to a cooperation or named by a site value, except the map-only label GHICL', () => {
    const used = new Set([...dataset.cooperations.flatMap((c) => c.members), ...posts.siteValues.flatMap((v) => v.establishments)]);
    expect(dataset.establishments.filter((e) => !used.has(e.id)).map((e) => e.id)).toEqual(['ghicl']);
  });

  it('keeps CH Sambre-Avesnois (Maubeuge) and CH du Pays d’Avesnes (Avesnes-sur-Helpe) apart', () => {
    expect([communeOf('ch-sambre-avesnois'), communeOf('ch-avesnes')]).toEqual([
      { name: 'Maubeuge', insee: '59392' },
      { name: 'Avesnes-sur-Helpe', insee: '59036' },
    ]);
  });
});
