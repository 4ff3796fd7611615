import { describe, expect, test } from 'vitest';
import {
  cooperationRows,
  distanceAndTimeFilterWords,
  distanceOrigin,
  establishmentRows,
  filterRows,
  sortCooperationRows,
  sortEstablishmentRows,
} from '../../../src/query/listRows.ts';
import { visibleLinks } from '../../../src/query/visibleLinks.ts';
import { fixture } from '../../fixtures/dataset.ts';
import { filters } from './helpers.ts';

const at2012 = filters({ date: '2012-12-31' });
const links2012 = visibleLinks(fixture, at2012);
const km = (focus: string | null) => establishmentRows(fixture, links2012, at2012, focus).map((r) => [r.id, r.km, r.kmFrom]);

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

  test('distances in km (0.1) from the CHRU without a focus, from the focused establishment with one', () => {
    expect(km(null)).toEqual([
      ['chru-lille', 0, 'CHRU de Lille'],
      ['ch-tourcoing', 16.2, 'CHRU de Lille'],
      ['ghicl', 3.6, 'CHRU de Lille'],
      ['ch-lens', 25.1, 'CHRU de Lille'],
      ['ch-bethune', 29.1, 'CHRU de Lille'],
      ['ch-boulogne', 99.7, 'CHRU de Lille'],
    ]);
    expect(km('ch-lens').map(([id, d]) => `${id}:${d}`)).toEqual([
      'chru-lille:25.1',
      'ch-tourcoing:41.2',
      'ghicl:28.7',
      'ch-lens:0',
      'ch-bethune:16.6',
      'ch-boulogne:90',
    ]);
    // A bassin or a cooperation in focus is no origin: the CHRU is.
    expect([distanceOrigin(fixture, 'artois')?.id, distanceOrigin(fixture, 'gcs-infectiologie')?.id]).toEqual(['chru-lille', 'chru-lille']);
    const noHub = { establishments: fixture.establishments.filter((e) => e.id !== 'chru-lille') };
    expect(distanceOrigin(noHub, null)).toBeNull();
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

  test('sortEstablishmentRows by distance, both ways', () => {
    const rows = establishmentRows(fixture, links2012, at2012, 'ch-lens');
    expect(sortEstablishmentRows(rows, 'distance').map((r) => r.id)).toEqual([
      'ch-lens',
      'ch-bethune',
      'chru-lille',
      'ghicl',
      'ch-tourcoing',
      'ch-boulogne',
    ]);
    // Checked by hand with the equirectangular approximation at 50.5° N: Lens–Boulogne ≈ 90.1 km, Lens–Tourcoing ≈ 41.3 km.
    expect(sortEstablishmentRows(rows, 'distance', true).map((r) => r.km)).toEqual([90, 41.2, 28.7, 25.1, 16.6, 0]);
  });
});

test('distanceAndTimeFilterWords: what the export states about the distance filter and the attested switch', () => {
  expect(distanceAndTimeFilterWords(fixture, filters(), 'fr')).toEqual([]);
  expect(distanceAndTimeFilterWords(fixture, filters({ within: { km: 12.5, from: 'ch-lens' }, hideAttested: true }), 'fr')).toEqual([
    ['À moins de', '12,5 km de CH Lens'],
    ['Coopérations seulement attestées', 'masquées'],
  ]);
  expect(distanceAndTimeFilterWords(fixture, filters({ within: { km: 30, from: 'chru-lille' } }), 'en')).toEqual([
    ['Within', '30 km of CHRU de Lille'],
  ]);
});
