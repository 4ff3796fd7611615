/**
 * The import core (src/import/): decoding, CSV parsing, mapping rows to the
 * shipped format, the shipped validation rules plus the import's own, merge
 * modes and provenance — exact values on the small fixture dataset.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  buildImport,
  decodeBytes,
  exportCsv,
  exportJson,
  formatImportIssue,
  issueText,
  neutraliseCell,
  parseCsv,
  parseImportFile,
  sniffSeparator,
  templateCsv,
  type ImportOptions,
} from '../../src/import/index.ts';
import type { Dataset } from '../../src/model/types.ts';
import { parseCommuneZones } from '../../src/import/communeZones.ts';
import { fixture } from '../fixtures/dataset.ts';
import { BROKEN, VALID, windows1252 } from '../fixtures/import/files.ts';
import { realDataset } from '../fixtures/realData.ts';

const root = resolve(import.meta.dirname, '../..');
const communeZones = parseCommuneZones(
  readFileSync(resolve(root, 'geo/communes.csv'), 'utf8'),
  readFileSync(resolve(root, 'geo/zones.csv'), 'utf8'),
);
const extent = JSON.parse(readFileSync(resolve(root, 'geo/npdc.topo.json'), 'utf8')).bbox as [number, number, number, number];
const options = (o: Partial<ImportOptions> = {}): ImportOptions => ({ mode: 'add', keep: 'reject', communeZones, extent, ...o });
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** The fixture with 2 CCU-Région published in Hainaut (0 in the fixture), so the valid site value fits its total. */
const roomy: Dataset = {
  ...fixture,
  posts: {
    ...fixture.posts,
    bassinTotals: fixture.posts.bassinTotals.map((t) => (t.scheme === 'ccu' && t.bassin === 'hainaut' ? { ...t, value: 2 } : t)),
  },
};

describe('decoding and CSV', () => {
  test('UTF-8, UTF-8 with BOM, Windows-1252', () => {
    expect(decodeBytes(utf8('é;a'))).toEqual({ text: 'é;a', encoding: 'utf-8' });
    expect(decodeBytes(utf8('\uFEFFé;a'))).toEqual({ text: 'é;a', encoding: 'utf-8-bom' });
    expect(decodeBytes(windows1252('Béthune;€'.replace('€', '')))).toEqual({ text: 'Béthune;', encoding: 'windows-1252' });
    // 0x80 is € in Windows-1252 (not a C1 control as in Latin-1).
    expect(decodeBytes(Uint8Array.from([0x80]))).toEqual({ text: '€', encoding: 'windows-1252' });
  });

  test('separator from the header line', () => {
    expect(sniffSeparator('id;name;note\n1;a,b,c,d;x')).toBe(';');
    expect(sniffSeparator('id,name\n1;2;3;4')).toBe(',');
  });

  test('line numbers count quoted line breaks and blank lines; our neutralisation is undone', () => {
    const table = parseCsv('id,note\na,"two\nlines"\n\nb,x\nc,"\'=1+2"\n', ',');
    expect(table.header).toEqual(['id', 'note']);
    expect(table.rows.map((r) => [r.line, r.cells['id'], r.cells['note']])).toEqual([
      [2, 'a', 'two\nlines'],
      [5, 'b', 'x'],
      [6, 'c', '=1+2'],
    ]);
  });

  test('cells a spreadsheet would run are neutralised', () => {
    expect(['=SUM(A1)', '+33', '-0.37', '@cmd', 'ok', ''].map(neutraliseCell)).toEqual(["'=SUM(A1)", "'+33", "'-0.37", "'@cmd", 'ok', '']);
  });
});

describe('valid files', () => {
  test('Windows-1252 establishments with ";" and decimal commas', () => {
    const parsed = parseImportFile(VALID.establishments.name, VALID.establishments.bytes);
    expect([parsed.kind, parsed.encoding, parsed.separator, parsed.issues]).toEqual(['establishments', 'windows-1252', ';', []]);
    expect(parsed.records[0]?.record).toEqual({
      id: 'ch-import-valenciennes',
      shortName: 'CH Import Valenciennes',
      name: 'Centre hospitalier de test d’import, Valenciennes',
      kind: 'ch',
      country: 'FR',
      commune: { name: 'Valenciennes', insee: '59606' },
      zone: 'valenciennois',
      bassin: 'hainaut',
      coordinates: [3.5235, 50.3579],
      located: 'commune',
      note: 'Fixture de test : accents éèàç, œ, €',
      sources: [{ seed: 'Registre interne', quote: 'Ligne de registre de test' }],
    });
  });

  test('the three kinds together, added: no error, one warning per non-seed source, provenance', () => {
    const files = [VALID.establishments, VALID.cooperations, VALID.siteValues].map((f) => parseImportFile(f.name, f.bytes));
    expect(files.map((f) => [f.kind, f.encoding, f.separator])).toEqual([
      ['establishments', 'windows-1252', ';'],
      ['cooperations', 'utf-8', ','],
      ['siteValues', 'utf-8-bom', ';'],
    ]);
    expect(
      buildImport(files, fixture, options())
        .issues.filter((i) => i.severity === 'error')
        .map((i) => [i.file, i.code, i.params]),
    ).toEqual([['valeurs-par-site.csv', 'breakdown', { scheme: 'ccu', bassin: 'hainaut', sum: 2, total: 0 }]]);
    const result = buildImport(files, roomy, options());
    expect([result.errors, result.warnings, result.kept, result.refused]).toEqual([0, 3, 3, 0]);
    expect(result.issues.map((i) => [i.file, i.line, i.code])).toEqual([
      ['etablissements-excel.csv', 2, 'source-not-seed'],
      ['cooperations-utf8.csv', 2, 'source-not-seed'],
      ['valeurs-par-site.csv', 2, 'source-not-seed'],
    ]);
    const dataset = result.dataset!;
    expect(dataset.establishments.map((e) => e.id)).toEqual([...fixture.establishments.map((e) => e.id), 'ch-import-valenciennes']);
    const coop = dataset.cooperations.at(-1)!;
    expect([coop.id, coop.members, coop.hub, coop.date, coop.topics]).toEqual([
      'convention-import-test',
      ['chru-lille', 'ch-import-valenciennes'],
      'chru-lille',
      '2012-03-15',
      ['imagerie', 'urgences'],
    ]);
    expect(dataset.posts.siteValues.at(-1)).toMatchObject({ id: 'ccu-import-valenciennes', scheme: 'ccu', value: 2, bassin: 'hainaut' });
    expect(result.provenance).toEqual({
      'establishments:ch-import-valenciennes': { file: 'etablissements-excel.csv', line: 2 },
      'cooperations:convention-import-test': { file: 'cooperations-utf8.csv', line: 2 },
      'siteValues:ccu-import-valenciennes': { file: 'valeurs-par-site.csv', line: 2 },
    });
    // The published dataset is left as it was.
    expect(fixture.establishments).toHaveLength(6);
  });

  test('"replace" swaps the list a file provides, keeps the others, and drops published records left dangling', () => {
    const files = [
      parseImportFile(VALID.siteValues.name, VALID.siteValues.bytes),
      parseImportFile(VALID.establishments.name, VALID.establishments.bytes),
    ];
    const result = buildImport(files, roomy, options({ mode: 'replace' }));
    expect(result.dataset!.establishments.map((e) => e.id)).toEqual(['ch-import-valenciennes']);
    expect(result.dataset!.posts.siteValues.map((v) => v.id)).toEqual(['ccu-import-valenciennes']);
    expect(result.dataset!.posts.bassinTotals).toEqual(roomy.posts.bassinTotals);
    // Every published cooperation named a published establishment: all dropped, and said so.
    expect(result.dataset!.cooperations).toEqual([]);
    expect(result.issues.filter((i) => i.code === 'dropped-published').map((i) => i.params)).toEqual([
      { list: 'cooperations', count: fixture.cooperations.length },
    ]);
  });

  test('the shipped data files pass as imports of themselves, and round-trip through the JSON export', () => {
    const real = realDataset();
    const exported = exportJson(real);
    const files = Object.entries(exported).map(([name, text]) => parseImportFile(name, utf8(text)));
    const result = buildImport(files, real, options({ mode: 'replace' }));
    expect(result.issues.map((i) => formatImportIssue(i, 'en'))).toEqual([]);
    expect(result.dataset).toEqual(real);
    for (const f of ['establishments', 'cooperations', 'posts', 'figures']) {
      expect(exported[`${f}.json`]).toBe(readFileSync(resolve(root, `data/${f}.json`), 'utf8'));
    }
  });

  test('CSV export round-trips the records of the three kinds (with neutralised negative longitudes)', () => {
    const real = realDataset();
    const csv = exportCsv(real, ';');
    expect(csv['establishments.csv']).toMatch(/;'-0,3707;/);
    const files = Object.entries(csv).map(([name, text]) => parseImportFile(name, utf8(text)));
    const result = buildImport(files, real, options({ mode: 'replace' }));
    expect(result.errors).toBe(0);
    expect(result.dataset!.establishments).toEqual(real.establishments);
    expect(result.dataset!.cooperations).toEqual(real.cooperations.map((c) => JSON.parse(JSON.stringify(c))));
    expect(result.dataset!.posts.siteValues).toEqual(real.posts.siteValues);
  });

  test('templates: header and one row from the published data', () => {
    const text = templateCsv('cooperations', fixture, ',');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,kind,name,nameEn,status,members,hub,date,datePrecision,topics,topicsEn,certainty,note,noteEn,source,quote,asOf',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]?.startsWith(`${fixture.cooperations[0]?.id},`)).toBe(true);
  });
});

describe('broken files: each told where and what, the published data untouched', () => {
  for (const { fixture: file, expected } of BROKEN) {
    test(`${file.name}: ${expected.code}`, () => {
      const parsed = parseImportFile(file.name, file.bytes);
      const result = buildImport([parsed], fixture, options());
      expect(result.dataset).toBeNull();
      const match = result.issues.find((i) => i.code === expected.code && i.line === expected.line && i.column === expected.column);
      expect(match, result.issues.map((i) => formatImportIssue(i, 'en')).join('\n')).toBeDefined();
      expect(match!.file).toBe(expected.file);
      expect(issueText(match!, 'en').what).toMatch(expected.text);
      // French too, with a fix.
      const fr = issueText(match!, 'fr');
      expect(fr.where).toContain(expected.file);
      expect(fr.fix.length).toBeGreaterThan(10);
    });
  }

  test('a file above the limit is refused before it is decoded', () => {
    const parsed = parseImportFile('gros.csv', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(parsed.encoding).toBeUndefined();
    expect(parsed.issues.map((i) => [i.code, i.severity])).toEqual([['too-large', 'error']]);
    expect(formatImportIssue(parsed.issues[0]!, 'fr')).toBe(
      'Erreur · gros.csv : fichier trop gros (10 Mo ; au plus 10 Mo) : il n’a pas été lu — Découpez le fichier ou retirez les colonnes inutiles.',
    );
  });

  test('French message, located, with the fix', () => {
    const { fixture: file } = BROKEN.find((b) => b.expected.code === 'rule' && b.fixture.name === 'membre-inconnu.csv')!;
    const result = buildImport([parseImportFile(file.name, file.bytes)], fixture, options());
    expect(result.issues.map((i) => formatImportIssue(i, 'fr'))).toEqual([
      'Erreur · membre-inconnu.csv, ligne 2, « gcs-import-test », colonne members : établissement inconnu : "ch-nulle-part" — Utilisez l’id d’un établissement publié ou importé (fichier des établissements), ou importez-le aussi.',
      'Avertissement · membre-inconnu.csv, ligne 2, « gcs-import-test », colonne source : la source n’est pas un document source du projet (000_….txt) : acceptée ici, à citer pour publier — Pour publier, citez un document de ../shared/seeds et une phrase exacte.',
    ]);
  });

  test('"keep valid rows" keeps the good rows and leaves out those that pointed at a refused one', () => {
    const text =
      'id;shortName;name;kind;country;commune;insee;zone;bassin;longitude;latitude;located;source;quote\n' +
      'ch-a;CH A;Centre hospitalier A;ch;FR;Saint-Omer;62765;audomarois;littoral;2,25;50,75;commune;Registre;Ligne A\n' +
      'ch-b;CH B;Centre hospitalier B;ch;FR;Saint-Omer;62765;lille;metropole;2,25;50,75;commune;Registre;Ligne B\n';
    const coops =
      'id,kind,name,status,members,source,quote\nconv-ab,convention,Convention A-B,signed,ch-a | ch-b,Registre,Ligne C\nconv-a,convention,Convention A-CHRU,signed,ch-a | chru-lille,Registre,Ligne D\n';
    const files = [parseImportFile('e.csv', utf8(text)), parseImportFile('c.csv', utf8(coops))];
    const rejected = buildImport(files, fixture, options());
    expect(rejected.dataset).toBeNull();
    expect(rejected.issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.line, i.column])).toEqual([
      ['e.csv', 3, 'zone'],
      ['e.csv', 3, 'bassin'],
    ]);
    const kept = buildImport(files, fixture, options({ keep: 'valid' }));
    expect(kept.dataset!.establishments.map((e) => e.id).slice(-1)).toEqual(['ch-a']);
    expect(kept.dataset!.cooperations.map((c) => c.id).slice(-1)).toEqual(['conv-a']);
    expect([kept.kept, kept.refused]).toEqual([2, 2]);
    const cascade = kept.issues.find((i) => i.file === 'c.csv' && i.severity === 'error');
    expect([cascade?.line, cascade?.column, issueText(cascade!, 'en').what]).toEqual([
      2,
      'members',
      'unknown establishment id "ch-b" (after a refused row was left out)',
    ]);
  });

  test('JSON records are located by line', () => {
    const json = '[\n  {\n    "id": "chru-lille"\n  },\n  {\n    "id": "x"\n  }\n]\n';
    const parsed = parseImportFile('establishments.json', utf8(json));
    expect(parsed.records.map((r) => r.line)).toEqual([2, 5]);
    expect(parsed.records[1]?.issues.find((i) => i.column === 'shortName')).toMatchObject({ line: 5, record: 'x', code: 'rule' });
  });
});
