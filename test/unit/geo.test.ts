/**
 * The territory geometry (geo/): the commune → zone table, and the committed
 * geo/npdc.topo.json that geo/build.mjs derives from it and the IGN sources.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { area, bbox, booleanPointInPolygon, featureCollection, intersect, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = resolve(ROOT, '../shared/geo-sources/admin-express-cog-2018');
const TOPOJSON = resolve(ROOT, 'geo/npdc.topo.json');

type Area = Feature<Polygon | MultiPolygon, Record<string, string>>;

/** Our CSV tables: header line, comma-separated cells, no quoting. */
function readCsv(name: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(resolve(ROOT, 'geo', name), 'utf8')
    .split('\n')
    .filter(Boolean);
  const keys = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    expect(cells, `${name}: ${line}`).toHaveLength(keys.length);
    return Object.fromEntries(keys.map((key, i) => [key, cells[i] ?? '']));
  });
}

function sourceCommunes(file: string): Area[] {
  return (JSON.parse(readFileSync(resolve(SOURCES, file), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>)
    .features;
}

const topology = JSON.parse(readFileSync(TOPOJSON, 'utf8')) as Topology;
function layer(name: string): Area[] {
  const object = topology.objects[name] as GeometryCollection<Record<string, string>>;
  return (feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>).features;
}
const area2 = (a: Area, b: Area): number => {
  const common = intersect(featureCollection([a, b]));
  return common ? area(common) : 0;
};
const boxesMeet = (a: Area, b: Area): boolean => {
  const [a0, a1, a2, a3] = bbox(a);
  const [b0, b1, b2, b3] = bbox(b);
  return a0 <= b2 && b0 <= a2 && a1 <= b3 && b1 <= a3;
};
const sum = (values: number[]): number => values.reduce((total, v) => total + v, 0);
/** Shoelace area in degrees², positive for a counter-clockwise ring. */
const signedArea = (ring: Position[]): number => sum(ring.slice(1).map((p, i) => ring[i]![0]! * p[1]! - p[0]! * ring[i]![1]!)) / 2;

const ZONE_IDS = [
  'dunkerquois',
  'calaisis',
  'boulonnais',
  'montreuillois',
  'audomarois',
  'flandre-interieure',
  'lille',
  'roubaix-tourcoing',
  'bethune-bruay',
  'lens-henin',
  'arrageois',
  'douaisis',
  'valenciennois',
  'cambresis',
  'sambre-avesnois',
];
const BASSINS = { metropole: 'Métropole', littoral: 'Littoral', artois: 'Artois', hainaut: 'Hainaut' };

/** A territory's properties without its label point (checked on its own). */
const withoutLabel = ({ label: _label, ...rest }: Record<string, unknown>): Record<string, unknown> => rest;

describe('geo/zones.csv, geo/bassins.csv, geo/communes.csv', () => {
  const zones = readCsv('zones.csv');
  const bassins = readCsv('bassins.csv');
  const communes = readCsv('communes.csv');

  it('lists the 4 bassins and the 15 zones, each zone in one bassin', () => {
    expect(bassins.map((b) => [b.id, b.name])).toEqual(Object.entries(BASSINS));
    expect(zones.map((z) => z.id)).toEqual(ZONE_IDS);
    for (const zone of zones) expect(Object.keys(BASSINS), zone.id).toContain(zone.bassin);
    expect(zones.filter((z) => z.bassin === 'metropole').map((z) => z.id)).toEqual(['flandre-interieure', 'lille', 'roubaix-tourcoing']);
  });

  it('assigns every commune of the two source files exactly once, to a known zone, by a named rule', () => {
    const source = [...sourceCommunes('communes-59-nord.geojson'), ...sourceCommunes('communes-62-pas-de-calais.geojson')];
    expect(source).toHaveLength(648 + 891);
    const byInsee = new Map(communes.map((c) => [c.insee, c]));
    expect(byInsee.size, 'no commune listed twice').toBe(communes.length);
    expect([...byInsee.keys()].toSorted()).toEqual(source.map((f) => f.properties.code).toSorted());
    for (const f of source) expect(byInsee.get(f.properties.code)?.name).toBe(f.properties.nom);
    for (const c of communes) {
      expect(ZONE_IDS, c.insee).toContain(c.zone);
      expect(c.rule, c.insee).toMatch(/^(arrondissement:\d{5}|canton:\d{5}|list:[a-z-]+)$/);
    }
    for (const id of ZONE_IDS)
      expect(
        communes.some((c) => c.zone === id),
        id,
      ).toBe(true);
  });

  it.each([
    ['59295', 'Hazebrouck', 'flandre-interieure'],
    ['59043', 'Bailleul', 'flandre-interieure'],
    ['59183', 'Dunkerque', 'dunkerquois'],
    ['59512', 'Roubaix', 'roubaix-tourcoing'],
    ['59599', 'Tourcoing', 'roubaix-tourcoing'],
    ['59650', 'Wattrelos', 'roubaix-tourcoing'],
    ['59350', 'Lille', 'lille'],
    ['59017', 'Armentières', 'lille'],
    ['59560', 'Seclin', 'lille'],
    ['62498', 'Lens', 'lens-henin'],
    ['62119', 'Béthune', 'bethune-bruay'],
    ['62041', 'Arras', 'arrageois'],
    ['59178', 'Douai', 'douaisis'],
    ['62765', 'Saint-Omer', 'audomarois'],
    ['59606', 'Valenciennes', 'valenciennois'],
    ['59392', 'Maubeuge', 'sambre-avesnois'],
    ['59122', 'Cambrai', 'cambresis'],
    ['62193', 'Calais', 'calaisis'],
    ['62160', 'Boulogne-sur-Mer', 'boulonnais'],
    ['62588', 'Montreuil', 'montreuillois'],
  ])('puts %s %s in %s', (insee, name, zone) => {
    const row = communes.find((c) => c.insee === insee);
    expect(row?.name).toBe(name);
    expect(row?.zone).toBe(zone);
  });
});

describe('geo/npdc.topo.json', () => {
  const zones = layer('zones');
  const bassins = layer('bassins');
  const departements = layer('departements');
  const region = layer('region');
  const neighbours = layer('neighbours');
  const countries = layer('countries');
  const zoneArea = new Map(zones.map((z) => [z.properties.id, area(z)]));

  it('has exactly the agreed objects and properties, in table order', () => {
    expect(Object.keys(topology.objects)).toEqual(['zones', 'bassins', 'departements', 'region', 'neighbours', 'countries']);
    const zoneRows = readCsv('zones.csv');
    // Zones and bassins also carry the point their label hangs on (`label`, checked below).
    expect(zones.map((z) => withoutLabel(z.properties))).toEqual(zoneRows.map(({ id, name, bassin }) => ({ id, name, bassin })));
    expect(bassins.map((b) => withoutLabel(b.properties))).toEqual(Object.entries(BASSINS).map(([id, name]) => ({ id, name })));
    expect(departements.map((d) => d.properties)).toEqual([
      { code: '59', name: 'Nord' },
      { code: '62', name: 'Pas-de-Calais' },
    ]);
    expect(region.map((r) => r.properties)).toEqual([{ code: '31', name: 'Nord-Pas-de-Calais' }]);
    for (const n of neighbours) expect(Object.keys(n.properties)).toEqual(['code', 'name']);
    expect(neighbours.map((n) => n.properties.code)).toEqual(expect.arrayContaining(['02', '60', '80', '23', '25']));
    for (const c of countries) expect(Object.keys(c.properties)).toEqual(['iso', 'name']);
    expect(countries.map((c) => c.properties.iso)).toEqual(expect.arrayContaining(['BE', 'NL', 'LU', 'DE', 'GB', 'FR']));
  });

  it('hangs each zone and bassin label on a point inside it (precomputed: no geometry library at run time)', () => {
    for (const f of [...zones, ...bassins]) {
      const label = (f.properties as unknown as { label: [number, number] }).label;
      expect(label).toHaveLength(2);
      expect(booleanPointInPolygon(label, f)).toBe(true);
    }
  });

  it('covers the communes with the 15 zones, without gap or overlap beyond quantization noise', () => {
    const source = [...sourceCommunes('communes-59-nord.geojson'), ...sourceCommunes('communes-62-pas-de-calais.geojson')];
    const sourceArea = sum(source.map((f) => area(f)));
    const zonesArea = sum([...zoneArea.values()]);
    const regionArea = area(region[0]!);
    expect(Math.abs(zonesArea - regionArea) / regionArea).toBeLessThan(0.005);
    expect(Math.abs(regionArea - sourceArea) / sourceArea).toBeLessThan(0.005);
    for (const [i, a] of zones.entries()) {
      for (const b of zones.slice(i + 1)) {
        if (!boxesMeet(a, b)) continue;
        const overlap = area2(a, b) / Math.min(zoneArea.get(a.properties.id)!, zoneArea.get(b.properties.id)!);
        expect(overlap, `${a.properties.id} ∩ ${b.properties.id}`).toBeLessThan(1e-4);
      }
    }
  });

  it('makes each bassin exactly the union of its zones, each département the union of its communes’ zones', () => {
    for (const bassin of bassins) {
      const members = zones.filter((z) => z.properties.bassin === bassin.properties.id);
      const bassinArea = area(bassin);
      expect(Math.abs(sum(members.map((z) => zoneArea.get(z.properties.id)!)) - bassinArea) / bassinArea).toBeLessThan(1e-4);
      for (const zone of members) {
        expect(area2(zone, bassin) / zoneArea.get(zone.properties.id)!, `${zone.properties.id} within its bassin`).toBeGreaterThan(0.9999);
      }
    }
    const departementOf = new Map(readCsv('communes.csv').map((c) => [c.zone, c.insee?.slice(0, 2)]));
    for (const departement of departements) {
      const members = zones.filter((z) => departementOf.get(z.properties.id) === departement.properties.code);
      expect(Math.abs(sum(members.map((z) => zoneArea.get(z.properties.id)!)) - area(departement)) / area(departement)).toBeLessThan(1e-4);
    }
  });

  it.each([
    ['Hazebrouck', [2.538, 50.724], 'flandre-interieure'],
    ['Dunkerque', [2.377, 51.035], 'dunkerquois'],
    ['Roubaix', [3.174, 50.69], 'roubaix-tourcoing'],
    ['Lille', [3.063, 50.633], 'lille'],
    ['Lens', [2.832, 50.432], 'lens-henin'],
    ['Maubeuge', [3.973, 50.278], 'sambre-avesnois'],
    ['Boulogne-sur-Mer', [1.614, 50.726], 'boulonnais'],
  ] as [string, Position, string][])('draws %s inside zone %s', (_name, at, zone) => {
    expect(zones.filter((z) => booleanPointInPolygon(point(at), z)).map((z) => z.properties.id)).toEqual([zone]);
  });

  it.each([
    ['Brussels', [4.35, 50.85], 'BE'],
    ['Louvain-la-Neuve', [4.61, 50.67], 'BE'],
    ['Kortrijk', [3.26, 50.82], 'BE'],
    ['Amiens', [2.3, 49.89], '80'],
    ['Rouen', [1.1, 49.44], '23'],
    ['Caen', [-0.37, 49.18], '25'],
  ] as [string, Position, string][])('shows %s in the context (%s)', (_name, at, code) => {
    const hits = [...countries, ...neighbours].filter((f) => booleanPointInPolygon(point(at), f));
    expect(hits.map((f) => f.properties.iso ?? f.properties.code)).toContain(code);
  });

  it('fits Belgium and France to the IGN region: they stop on its outline', () => {
    const regionArea = area(region[0]!);
    for (const iso of ['BE', 'FR']) {
      const country = countries.find((c) => c.properties.iso === iso)!;
      expect(area2(country, region[0]!) / regionArea, iso).toBeLessThan(1e-4);
    }
  });

  it('winds rings as RFC 7946 says (exteriors counter-clockwise, holes clockwise)', () => {
    for (const f of [...zones, ...bassins, ...departements, ...region, ...neighbours, ...countries]) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [exterior, ...holes] of polygons) {
        expect(signedArea(exterior!), JSON.stringify(f.properties)).toBeGreaterThan(0);
        for (const hole of holes) expect(signedArea(hole), JSON.stringify(f.properties)).toBeLessThan(0);
      }
    }
  });

  it('fits the size budget: ≤ 150 KB raw, ≤ 50 KB gzip', () => {
    const bytes = readFileSync(TOPOJSON);
    expect(bytes.length).toBeLessThanOrEqual(150_000);
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThanOrEqual(50_000);
  });

  it('is what geo/build.mjs builds now, byte for byte (deterministic and up to date)', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopmap-geo-'));
    try {
      const output = join(dir, 'npdc.topo.json');
      execFileSync(process.execPath, [resolve(ROOT, 'geo/build.mjs'), output], { cwd: ROOT, stdio: 'pipe' });
      expect(readFileSync(output).equals(readFileSync(TOPOJSON))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
