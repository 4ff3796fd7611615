import { describe, expect, test } from 'vitest';
import { cooperationRows, establishmentRows, filterRows, sortCooperationRows, sortEstablishmentRows } from '../../../src/query/listRows.ts';
import { visibleLinks } from '../../../src/query/visibleLinks.ts';
import { fixture } from '../../fixtures/dataset.ts';
import { filters } from './helpers.ts';

const at2012 = filters({ date: '2012-12-31' });
const links2012 = visibleLinks(fixture, at2012);

describe('cooperationRows', () => {
  test('the cooperations drawn at the date, in dataset order, with status at the date and first source', () => {
    const rows = cooperationRows(fixture, links2012, at2012);
    expect(rows.map((r) => `${r.id}:${r.atDate}`)).toEqual([
      'gcs-urgences-main:in-force',
      'gcs-infectiologie:in-force',
      'syndicat-lrt:undated',
      'posts-2000:in-force',
    ]);
    expect(rows[2]).toMatchObject({
      members: ['CH Tourcoing', 'GHICL', 'CHRU de Lille'],
      date: null,
      inferred: false,
      source: { seed: expect.any(String) },
    });
  });

  test('before 2009 the GCS Infectiologie is not drawn, so not listed; a kind left out of the links is not listed', () => {
    const f = filters({ date: '2008-12-31', links: ['gcs'] });
    expect(cooperationRows(fixture, visibleLinks(fixture, f), f).map((r) => r.id)).toEqual(['gcs-urgences-main']);
  });
});

describe('establishmentRows', () => {
  test('the establishments shown, with the number of cooperations drawn for each', () => {
    const rows = establishmentRows(fixture, links2012, at2012);
    expect(rows.map((r) => `${r.id}:${r.cooperations}`)).toEqual([
      'chru-lille:4',
      'ch-tourcoing:2',
      'ghicl:2',
      'ch-lens:0',
      'ch-bethune:1',
      'ch-boulogne:0',
    ]);
    expect(rows.find((r) => r.id === 'ghicl')?.approximate).toBe(true);
  });
});

describe('filter and sort', () => {
  test('filterRows: every word must start a word of the row, accents and case ignored', () => {
    const rows = cooperationRows(fixture, links2012, at2012);
    expect(filterRows(rows, 'INFECT').map((r) => r.id)).toEqual(['gcs-infectiologie']);
    expect(filterRows(rows, 'ghicl cardio').map((r) => r.id)).toEqual(['syndicat-lrt']);
    expect(filterRows(rows, '  ').length).toBe(4);
    expect(filterRows(establishmentRows(fixture, links2012, at2012), 'bethune').map((r) => r.id)).toEqual(['ch-bethune']);
  });

  test('sortCooperationRows by date: undated last both ways; by members, ties by name', () => {
    const rows = cooperationRows(fixture, links2012, at2012);
    expect(sortCooperationRows(rows, 'date').map((r) => r.id)).toEqual([
      'posts-2000',
      'gcs-urgences-main',
      'gcs-infectiologie',
      'syndicat-lrt',
    ]);
    expect(sortCooperationRows(rows, 'date', true).map((r) => r.id)).toEqual([
      'gcs-infectiologie',
      'gcs-urgences-main',
      'posts-2000',
      'syndicat-lrt',
    ]);
    expect(sortCooperationRows(rows, 'members', true).map((r) => r.id)).toEqual([
      'syndicat-lrt',
      'gcs-infectiologie',
      'gcs-urgences-main',
      'posts-2000',
    ]);
  });

  test('sortEstablishmentRows by cooperations, descending, ties by short name', () => {
    const rows = establishmentRows(fixture, links2012, at2012);
    expect(sortEstablishmentRows(rows, 'cooperations', true).map((r) => r.id)).toEqual([
      'chru-lille',
      'ch-tourcoing',
      'ghicl',
      'ch-bethune',
      'ch-boulogne',
      'ch-lens',
    ]);
  });
});
