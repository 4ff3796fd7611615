import { describe, expect, test } from 'vitest';
import { bassinCard, cooperationCard, establishmentCard, hoverInfo, statusAtDate } from '../../../src/query/cards.ts';
import { countsByBassin } from '../../../src/query/countsByBassin.ts';
import { fixture, fixtureZones } from '../../fixtures/dataset.ts';
import { filters } from './helpers.ts';

const ids = (list: { id: string }[]): string[] => list.map((x) => x.id);
const counts = countsByBassin(fixture, filters());

describe('establishmentCard', () => {
  test('an unknown id gives null', () => {
    expect(establishmentCard(fixture, 'ch-nowhere')).toBeNull();
  });

  test('CH Tourcoing: place, cooperations by kind then date (undated last), site values per scheme', () => {
    const card = establishmentCard(fixture, 'ch-tourcoing', counts);
    expect(card?.establishment.id).toBe('ch-tourcoing');
    expect([card?.zone, card?.bassin]).toEqual(['roubaix-tourcoing', 'metropole']);
    expect(card?.memberships).toEqual([]);
    expect(card?.cooperations).toEqual([
      {
        id: 'gcs-infectiologie',
        kind: 'gcs',
        name: 'GCS Infectiologie',
        date: '2009-08-06',
        attested: null,
        datePrecision: 'day',
        status: 'constituted',
        role: 'member',
        partners: ['chru-lille'],
        topics: ['infectiologie'],
        sources: [{ seed: '000_15e9185a92ff980b.txt', quote: 'Infectiologie' }],
      },
      {
        id: 'syndicat-lrt',
        kind: 'convention',
        name: 'Syndicat interhospitalier Lille–Roubaix–Tourcoing',
        nameEn: 'Lille–Roubaix–Tourcoing inter-hospital syndicate',
        date: null,
        attested: null,
        status: 'signed',
        role: 'member',
        partners: ['ghicl', 'chru-lille'],
        topics: ['radiologie', 'cardiologie'],
        sources: [{ seed: '000_15e9185a92ff980b.txt', quote: 'syndicat inter hospitalier' }],
      },
    ]);
    expect(card?.siteValues.atp.map((v) => [v.id, v.value, v.certainty, v.shared])).toEqual([
      ['atp-tourcoing', 4, 'stated', false],
      ['atp-tourcoing-ghicl', 1, 'stated', true],
    ]);
    expect([card?.siteValues.ccu, card?.siteValues.asc]).toEqual([[], []]);
    expect(card?.bassinCounts?.atp.value).toBe(8);
    expect(card?.sources).toEqual([{ seed: '000_15e9185a92ff980b.txt', quote: 'TOURCOING' }]);
  });

  test('the CHRU is the hub of its cooperations; CHT members list their CHT', () => {
    const chru = establishmentCard(fixture, 'chru-lille');
    expect(chru?.cooperations.map((c) => [c.id, c.role])).toEqual([
      ['gcs-urgences-main', 'hub'],
      ['gcs-infectiologie', 'hub'],
      ['syndicat-lrt', 'member'],
      ['posts-2000', 'member'],
    ]);
    expect(chru?.bassinCounts).toBeNull();
    expect(ids(establishmentCard(fixture, 'ch-lens')?.memberships ?? [])).toEqual(['cht-artois-douaisis']);
    expect(establishmentCard(fixture, 'ch-lens', counts)?.siteValues.ccu.map((v) => v.value)).toEqual([3]);
  });
});

describe('bassinCard', () => {
  test('both schemes’ cells, its establishments by short name, its zones by name', () => {
    const card = bassinCard(fixture, 'metropole', counts, fixtureZones);
    expect([card.bassin, card.counts.atp.value, card.counts.ccu.value]).toEqual(['metropole', 8, 1]);
    expect(ids(card.establishments)).toEqual(['ch-tourcoing', 'chru-lille', 'ghicl']);
    expect(ids(card.zones)).toEqual(['flandre-interieure', 'lille', 'roubaix-tourcoing']);
  });
  test('a bassin with nothing in the fixture', () => {
    const card = bassinCard(fixture, 'hainaut', counts, fixtureZones);
    expect([card.counts.atp.value, card.establishments, card.zones]).toEqual([5, [], []]);
  });
});

describe('statusAtDate', () => {
  test('in force from its date inclusive, not yet before, undated without a date', () => {
    expect([
      statusAtDate({ date: '2009-08-06' }, '2009-08-06'),
      statusAtDate({ date: '2009-08-06' }, '2009-08-05'),
      statusAtDate({}, '2000-01-01'),
    ]).toEqual(['in-force', 'not-yet', 'undated']);
  });
});

describe('cooperationCard', () => {
  test('an unknown id gives null', () => {
    expect(cooperationCard(fixture, 'gcs-nowhere', '2012-12-31')).toBeNull();
  });

  test('a hub cooperation: hub first, status at the date, topics and sources kept', () => {
    const card = cooperationCard(fixture, 'gcs-infectiologie', '2008-12-31');
    expect(card?.cooperation.id).toBe('gcs-infectiologie');
    expect(card?.atDate).toBe('not-yet');
    expect(card?.members).toEqual([
      { id: 'chru-lille', shortName: 'CHRU de Lille', kind: 'chu', role: 'hub' },
      { id: 'ch-tourcoing', shortName: 'CH Tourcoing', kind: 'ch', role: 'member' },
    ]);
    expect([card?.unknownMembers, card?.inferred, card?.cooperation.topics]).toEqual([[], false, ['infectiologie']]);
    expect(cooperationCard(fixture, 'gcs-infectiologie', '2012-12-31')?.atDate).toBe('in-force');
  });

  test('an undated hubless convention lists its members in order', () => {
    const card = cooperationCard(fixture, 'syndicat-lrt', '2012-12-31');
    expect([card?.atDate, card?.members.map((m) => `${m.id}:${m.role}`)]).toEqual([
      'undated',
      ['ch-tourcoing:member', 'ghicl:member', 'chru-lille:member'],
    ]);
  });
});

describe('hoverInfo', () => {
  test('an establishment: names, kind, commune, cooperations in force at the date (undated counted apart)', () => {
    expect(hoverInfo(fixture, { type: 'establishment', id: 'ch-tourcoing' }, '2008-12-31')).toEqual({
      type: 'establishment',
      id: 'ch-tourcoing',
      shortName: 'CH Tourcoing',
      name: expect.any(String),
      kind: 'ch',
      commune: 'Tourcoing',
      cooperations: 1,
      undated: 1,
    });
    expect(hoverInfo(fixture, { type: 'establishment', id: 'ch-tourcoing' }, '2012-12-31')).toMatchObject({ cooperations: 2, undated: 1 });
  });

  test('a link: its cooperation, date, status at the date and the two ends by short name', () => {
    expect(hoverInfo(fixture, { type: 'link', cooperationId: 'gcs-urgences-main', from: 'chru-lille', to: 'ghicl' }, '2012-12-31')).toEqual(
      {
        type: 'cooperation',
        id: 'gcs-urgences-main',
        name: 'GCS Urgences de la main',
        kind: 'gcs',
        date: '2001-07-13',
        datePrecision: 'day',
        status: 'constituted',
        atDate: 'in-force',
        inferred: false,
        ends: ['CHRU de Lille', 'GHICL'],
      },
    );
  });

  test('a shared-posts link: the site value as published, not a cooperation', () => {
    expect(
      hoverInfo(fixture, { type: 'link', cooperationId: 'posts:atp:atp-tourcoing-ghicl', from: 'chru-lille', to: 'ghicl' }, '2012-12-31'),
    ).toMatchObject({
      type: 'posts',
      id: 'posts:atp:atp-tourcoing-ghicl',
      scheme: 'atp',
      shared: true,
      ends: ['CHRU de Lille', 'GHICL'],
    });
  });

  test('unknown ids give null', () => {
    expect([
      hoverInfo(fixture, { type: 'establishment', id: 'nowhere' }, '2012-12-31'),
      hoverInfo(fixture, { type: 'link', cooperationId: 'nowhere', from: 'a', to: 'b' }, '2012-12-31'),
    ]).toEqual([null, null]);
  });
});
