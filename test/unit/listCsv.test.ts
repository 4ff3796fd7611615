import { csvParseRows, dsvFormat } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { cooperationsCsv, countsListCsv, establishmentsCsv, neutralizeFormula } from '../../src/export/listCsv.ts';
import { countsByBassin } from '../../src/query/countsByBassin.ts';
import { cooperationRows, establishmentRows } from '../../src/query/listRows.ts';
import { visibleLinks } from '../../src/query/visibleLinks.ts';
import { fixture, withChanges } from '../fixtures/dataset.ts';
import { filters } from './query/helpers.ts';

const f = filters({ date: '2012-12-31' });
const context = {
  date: '2012-12-31',
  filters: [
    ['Liens', 'GCS, CHT'],
    ['Établissements', 'tous'],
  ] as [string, string][],
};
const parse = (text: string, lang: 'fr' | 'en') => (lang === 'fr' ? dsvFormat(';').parseRows(text.slice(1)) : csvParseRows(text.slice(1)));

test('neutralizeFormula prefixes what a spreadsheet would compute', () => {
  expect(['=1+1', '+33 1', '-2', '@SUM(A1)', '\tx', 'CH Lens', '2012-12-31', ''].map(neutralizeFormula)).toEqual([
    "'=1+1",
    "'+33 1",
    "'-2",
    "'@SUM(A1)",
    "'\tx",
    'CH Lens',
    '2012-12-31',
    '',
  ]);
});

describe('cooperationsCsv', () => {
  test('states the date and the filters, then one line per row shown, with certainty and source', () => {
    const rows = cooperationRows(fixture, visibleLinks(fixture, f), f);
    const text = cooperationsCsv(rows, context, 'fr');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const cells = parse(text, 'fr');
    expect(cells.slice(0, 5)).toEqual([
      ['Coopérations du CHRU de Lille : coopérations affichées'],
      ['Date affichée', '2012-12-31'],
      ['Liens', 'GCS, CHT'],
      ['Établissements', 'tous'],
      [''],
    ]);
    const header = cells.findIndex((r) => r[0] === 'id');
    expect(cells[header]).toEqual([
      'id',
      'Nom',
      'Type',
      'Date',
      'Statut',
      'À la date affichée',
      'Membres',
      'Thèmes',
      'Certitude',
      'Source (fichier)',
      'Source (citation)',
    ]);
    const body = cells.slice(header + 1).filter((r) => r.length > 1);
    expect(body.map((r) => r[0])).toEqual(rows.map((r) => r.id));
    expect(body[2]?.slice(3, 6)).toEqual(['sans date', 'signé', 'sans date']);
    expect(body[2]?.[8]).toBe('énoncée');
  });

  test('a hostile name cannot start a formula', () => {
    const hostile = withChanges({
      cooperations: fixture.cooperations.map((c) =>
        c.id === 'gcs-infectiologie' ? { ...c, name: '=HYPERLINK("http://x")', topics: ['@cmd', '-1'] } : c,
      ),
    });
    const rows = cooperationRows(hostile, visibleLinks(hostile, f), f);
    const cells = parse(cooperationsCsv(rows, context, 'en'), 'en');
    const all = cells.flat();
    expect(all.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(all).toContain('\'=HYPERLINK("http://x")');
    expect(all).toContain("'@cmd · -1");
  });
});

test('establishmentsCsv lists the establishments shown, with the commune-centre marker', () => {
  const rows = establishmentRows(fixture, visibleLinks(fixture, f), f);
  const cells = parse(establishmentsCsv(rows, context, 'en', new Map([['lille', 'Lille']])), 'en');
  const header = cells.findIndex((r) => r[0] === 'id');
  const ghicl = cells.slice(header + 1).find((r) => r[0] === 'ghicl');
  expect(ghicl?.slice(4, 10)).toEqual(['Lille', 'Lille', 'Métropole', 'commune centre', '2', '3.6']);
  expect(cells[header]?.[9]).toBe('Distance (km) from CHRU de Lille');
  expect(cells.slice(header + 1).length).toBe(rows.length);
});

test('establishmentsCsv: the distance from the focused establishment, with the French decimal mark', () => {
  const rows = establishmentRows(fixture, visibleLinks(fixture, f), f, 'ch-lens');
  const cells = parse(establishmentsCsv(rows, context, 'fr', new Map()), 'fr');
  const header = cells.findIndex((r) => r[0] === 'id');
  expect(cells[header]?.[9]).toBe('Distance (km) depuis CH Lens');
  expect(cells.slice(header + 1).map((r) => [r[0], r[9]])).toEqual([
    ['chru-lille', '25,1'],
    ['ch-tourcoing', '41,2'],
    ['ghicl', '28,7'],
    ['ch-lens', '0,0'],
    ['ch-bethune', '16,6'],
    ['ch-boulogne', '90,0'],
  ]);
});

test('countsListCsv: counts per bassin with the inferred marker and the published totals', () => {
  const counts = countsByBassin(fixture, f);
  const cells = parse(countsListCsv(counts, context, 'fr'), 'fr');
  const header = cells.findIndex((r) => r[0] === 'id');
  expect(cells.slice(header + 1, header + 6).map((r) => r[0])).toEqual(['metropole', 'littoral', 'artois', 'hainaut', expect.any(String)]);
  expect(cells[header + 1]?.slice(2, 4)).toEqual([
    String(counts.atp.byBassin.metropole.value) + (counts.atp.byBassin.metropole.inferred ? '*' : ''),
    String(counts.atp.byBassin.metropole.published),
  ]);
});
