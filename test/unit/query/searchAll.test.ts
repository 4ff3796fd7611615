import { describe, expect, test } from 'vitest';
import { parseCommuneIndex, type Commune } from '../../../src/model/communes.ts';
import { communeCard, EARTH_RADIUS_KM } from '../../../src/query/cards.ts';
import { searchAll, type SearchResult, type SearchScope } from '../../../src/query/search.ts';
import { fixture, fixtureZones } from '../../fixtures/dataset.ts';

// Postcodes as in geo/communes.index.json (La Poste, via @etalab/decoupage-administratif). 62300 is Lens's postcode and
// Équihen-Plage's INSEE code; Éleu-dit-Leauwette shares Lens's postcode.
const communes: Commune[] = [
  { insee: '59350', name: 'Lille', zone: 'lille', centroid: [3.0471, 50.6311], postcodes: ['59000', '59160', '59260', '59777', '59800'] },
  { insee: '59599', name: 'Tourcoing', zone: 'roubaix-tourcoing', centroid: [3.1527, 50.7225], postcodes: ['59200'] },
  { insee: '62498', name: 'Lens', zone: 'lens-henin', centroid: [2.8253, 50.4363], postcodes: ['62300'] },
  { insee: '59009', name: 'Villeneuve-d’Ascq', zone: 'lille', centroid: [3.1531, 50.6324], postcodes: ['59491', '59493', '59650'] },
  { insee: '62041', name: 'Annezin', zone: 'bethune-bruay', centroid: [2.6139, 50.5331], postcodes: ['62232'] },
  { insee: '59328', name: 'Lezennes', zone: 'lille', centroid: [3.1152, 50.6134], postcodes: ['59260'] },
  { insee: '62291', name: 'Éleu-dit-Leauwette', zone: 'lens-henin', centroid: [2.811, 50.4188], postcodes: ['62300'] },
  { insee: '62300', name: 'Équihen-Plage', zone: 'boulonnais', centroid: [1.5763, 50.6788], postcodes: ['62224'] },
];

const scope = (withCommunes = true): SearchScope => ({
  dataset: fixture,
  zones: fixtureZones,
  communes: withCommunes ? communes : null,
  bassinNames: { metropole: 'Métropole', littoral: 'Littoral', artois: 'Artois', hainaut: 'Hainaut' },
  kindNames: {
    gcs: 'GCS',
    cht: 'CHT',
    ght: 'GHT',
    convention: 'Conventions, partenariats',
    'cross-border': 'Transfrontalier',
    posts: 'Postes partagés',
  },
});

const brief = (list: SearchResult[]): string[] =>
  list.map((r) => `${r.type}:${r.id}:${r.rank}${r.type === 'cooperation' ? `:${r.matched}${r.topic ? `:${r.topic}` : ''}` : ''}`);

describe('searchAll', () => {
  test('a topic finds cooperations by topic, accent- and case-insensitively', () => {
    expect(brief(searchAll(scope(), 'INFECTIOLOGIE', 'fr'))).toEqual(['cooperation:gcs-infectiologie:1:name']);
    expect(brief(searchAll(scope(), 'cancerologie', 'fr'))).toEqual(['cooperation:cht-artois-douaisis:4:topic:cancérologie']);
    expect(brief(searchAll(scope(), 'urgences', 'fr'))).toEqual([
      'cooperation:gcs-urgences-main:1:name',
      'cooperation:cht-artois-douaisis:4:topic:urgences',
    ]);
  });

  test('a kind finds every cooperation of that kind', () => {
    expect(brief(searchAll(scope(), 'gcs', 'fr'))).toEqual([
      'cooperation:gcs-infectiologie:1:name',
      'cooperation:gcs-urgences-main:1:name',
    ]);
    expect(brief(searchAll(scope(), 'cht', 'fr'))).toEqual([
      'cooperation:cht-artois-douaisis:1:name',
      'cooperation:cht-boulogne-montreuil:1:name',
    ]);
    expect(brief(searchAll(scope(), 'partenariats', 'fr'))).toEqual(['cooperation:syndicat-lrt:9:kind']);
  });

  test('a name finds the bassin, zone, establishments and communes that bear it, best match first, then by type', () => {
    expect(brief(searchAll(scope(), 'lille', 'fr'))).toEqual([
      'zone:lille:0',
      'establishment:chru-lille:1',
      'cooperation:syndicat-lrt:1:name',
      'commune:59350:1',
      'establishment:ghicl:4',
    ]);
    expect(brief(searchAll(scope(), 'artois', 'fr'))).toEqual(['bassin:artois:0', 'cooperation:cht-artois-douaisis:1:name']);
  });

  test('a commune without a hospital, by name (accents and apostrophes folded) or by INSEE code', () => {
    expect(brief(searchAll(scope(), 'villeneuve d ascq', 'fr'))).toEqual(['commune:59009:1']);
    expect(brief(searchAll(scope(), '59009', 'fr'))).toEqual(['commune:59009:1']);
    expect(brief(searchAll(scope(), '5932', 'fr'))).toEqual(['commune:59328:3']);
    expect(brief(searchAll(scope(), 'le', 'fr'))).toEqual([
      'zone:lens-henin:2',
      'establishment:ch-lens:3',
      'commune:62498:3',
      'commune:59328:3',
      'commune:62291:4',
    ]);
    expect(brief(searchAll(scope(), 'lens', 'fr'))).toEqual(['establishment:ch-lens:1', 'zone:lens-henin:1', 'commune:62498:1']);
  });

  test('a postcode finds the communes that have it; an INSEE code equal to it is found as well, equally ranked', () => {
    const found = searchAll(scope(), '62300', 'fr');
    expect(found.map((r) => (r.type === 'commune' ? [r.commune.name, r.rank, r.postcode ?? null] : r.type))).toEqual([
      ['Éleu-dit-Leauwette', 1, '62300'],
      ['Équihen-Plage', 1, null],
      ['Lens', 1, '62300'],
    ]);
    // Lille by one of its five postcodes; Lezennes shares 59260 with Lille.
    expect(brief(searchAll(scope(), '59777', 'fr'))).toEqual(['commune:59350:1']);
    expect(searchAll(scope(), '59260', 'fr').map((r) => (r.type === 'commune' ? `${r.commune.name}:${r.postcode}` : r.type))).toEqual([
      'Lezennes:59260',
      'Lille:59260',
    ]);
    // A prefix of a postcode (3): Villeneuve-d’Ascq's 59491/59493.
    expect(brief(searchAll(scope(), '5949', 'fr'))).toEqual(['commune:59009:3']);
  });

  test('communes are left out until their list is loaded; an empty query finds nothing', () => {
    expect(brief(searchAll(scope(false), 'villeneuve', 'fr'))).toEqual([]);
    expect(searchAll(scope(), '  -- ', 'fr')).toEqual([]);
  });
});

/** Haversine, written apart from the code under test (which uses d3-geo). */
const haversineKm = ([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number => {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
};

describe('communeCard', () => {
  test('an unknown code gives null', () => {
    expect(communeCard(fixture, communes, fixtureZones, '59999')).toBeNull();
  });

  test('Lille: zone, bassin, its establishments, and the nearest partners with great-circle distances', () => {
    const card = communeCard(fixture, communes, fixtureZones, '59350')!;
    expect([card.zone?.id, card.bassin, card.establishments.map((e) => e.id)]).toEqual(['lille', 'metropole', ['chru-lille', 'ghicl']]);
    expect(card.nearest.map((n) => n.establishment.id)).toEqual(['ghicl', 'chru-lille', 'ch-tourcoing', 'ch-lens', 'ch-bethune']);
    for (const n of card.nearest) {
      expect(n.km).toBe(Math.round(haversineKm([3.0471, 50.6311], n.establishment.coordinates) * 10) / 10);
    }
    expect(card.nearest[0]?.km).toBe(1.6);
  });

  test('a commune with no hospital and a zone unknown to the geometry', () => {
    const card = communeCard(fixture, communes, fixtureZones, '62041')!;
    expect([card.zone, card.bassin, card.establishments]).toEqual([null, null, []]);
    expect(card.nearest[0]?.establishment.id).toBe('ch-bethune');
  });
});

describe('parseCommuneIndex', () => {
  test('keeps good rows and locates each bad one', () => {
    const { communes: ok, issues } = parseCommuneIndex({
      communes: [
        ['59350', 'Lille', 'lille', 3.05, 50.63, ['59000', '59800']],
        ['75056', 'Paris', 'x', 2.35, 48.86],
        ['59001', 'Abancourt', 'cambresis', 3.2, 50.2, ['5926']],
        ['59599', 'Tourcoing', 'roubaix-tourcoing', 3.16, 50.73],
        ['59001', '', 'cambresis', 3.2, 50.2],
        ['59002', 'Abscon', 'valenciennois', 'x', 50.3],
        'junk',
      ],
    });
    expect(ok).toEqual([
      { insee: '59350', name: 'Lille', zone: 'lille', centroid: [3.05, 50.63], postcodes: ['59000', '59800'] },
      // A row of an index written before postcodes: no postcode.
      { insee: '59599', name: 'Tourcoing', zone: 'roubaix-tourcoing', centroid: [3.16, 50.73], postcodes: [] },
    ]);
    expect(issues).toEqual([
      {
        file: 'geo/communes.index.json',
        record: 'communes[1]',
        field: '0',
        message: 'must be an INSEE code of Nord or Pas-de-Calais, got "75056"',
      },
      { file: 'geo/communes.index.json', record: 'communes[2]', field: '5', message: 'must be a list of five-digit postcodes' },
      { file: 'geo/communes.index.json', record: 'communes[4]', field: '1', message: 'must be a non-empty name' },
      { file: 'geo/communes.index.json', record: 'communes[5]', field: '3', message: 'must be a longitude and a latitude in degrees' },
      { file: 'geo/communes.index.json', record: 'communes[6]', message: 'must be [insee, name, zone, lon, lat, postcodes]' },
    ]);
    expect(parseCommuneIndex(null).issues).toEqual([{ file: 'geo/communes.index.json', message: 'has no "communes" list' }]);
  });
});
