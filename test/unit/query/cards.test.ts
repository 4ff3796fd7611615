import { describe, expect, test } from 'vitest';
import { bassinCard, establishmentCard } from '../../../src/query/cards.ts';
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
