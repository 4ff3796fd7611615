/**
 * Commune populations (geo/population.json), derived by geo/population.mjs from
 * @etalab/decoupage-administratif 0.7.0 and joined to geo/communes.csv.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FILE = resolve(ROOT, 'geo/population.json');

interface PopulationFile {
  credit: string;
  vintage: { year: number; measure: string; reference: string; inForce: string; limits: string };
  region: number;
  bassins: Record<string, number>;
  zones: Record<string, number>;
  columns: string[];
  communes: [string, number, string][];
}

const data = JSON.parse(readFileSync(FILE, 'utf8')) as PopulationFile;
const csv = (name: string): Record<string, string>[] => {
  const [header = '', ...lines] = readFileSync(resolve(ROOT, 'geo', name), 'utf8')
    .split('\n')
    .filter(Boolean);
  const keys = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [keys[i], cell])));
};
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('geo/population.json', () => {
  const table = csv('communes.csv');
  const zones = csv('zones.csv');

  it('gives every commune of geo/communes.csv a population, in table order', () => {
    expect(data.columns).toEqual(['insee', 'population', 'postcodes']);
    expect(data.communes.map(([insee]) => insee)).toEqual(table.map((row) => row['insee']));
    expect(data.communes.filter(([, population]) => !Number.isInteger(population) || population < 0)).toEqual([]);
    expect(data.communes.filter(([, , postcodes]) => !/^\d{5}( \d{5})*$/.test(postcodes))).toEqual([]);
  });

  it('adds up: region = sum of communes = sum of bassins = INSEE totals of Nord and Pas-de-Calais', () => {
    const communes = sum(data.communes.map(([, p]) => p));
    expect(communes).toBe(data.region);
    expect(sum(Object.values(data.bassins))).toBe(data.region);
    expect(sum(Object.values(data.zones))).toBe(data.region);
    // INSEE, populations légales 2016, sheet "Départements": Nord 2,603,723; Pas-de-Calais 1,470,725.
    expect(sum(data.communes.filter(([c]) => c.startsWith('59')).map(([, p]) => p))).toBe(2_603_723);
    expect(sum(data.communes.filter(([c]) => c.startsWith('62')).map(([, p]) => p))).toBe(1_470_725);
    expect(data.region).toBe(4_074_448);
  });

  it('sums each zone from its communes and each bassin from its zones', () => {
    const zoneOf = new Map(table.map((row) => [row['insee'], row['zone']]));
    for (const zone of zones) {
      const id = zone['id'] ?? '';
      expect(data.zones[id], id).toBe(sum(data.communes.filter(([c]) => zoneOf.get(c) === id).map(([, p]) => p)));
    }
    for (const bassin of Object.keys(data.bassins)) {
      expect(data.bassins[bassin], bassin).toBe(
        sum(zones.filter((z) => z['bassin'] === bassin).map((z) => data.zones[z['id'] ?? ''] ?? NaN)),
      );
    }
    expect(data.bassins).toEqual({ metropole: 1_363_003, littoral: 811_729, artois: 1_156_039, hainaut: 743_677 });
  });

  it('states the vintage and the credit line in the file', () => {
    expect(data.vintage).toEqual({
      year: 2016,
      measure: 'population municipale',
      reference: '2016-01-01',
      inForce: '2019-01-01',
      limits: '2018-01-01',
    });
    expect(data.credit).toMatch(/Insee, populations légales 2016/);
  });

  it('spot checks: Lille, Lens (62300), and Canteleux (absorbed into Bonnières in 2019)', () => {
    const byCode = new Map(data.communes.map((row) => [row[0], row]));
    expect(byCode.get('59350')).toEqual(['59350', 232_440, '59000 59160 59260 59777 59800']);
    expect(byCode.get('62498')?.[2]).toBe('62300');
    expect(byCode.get('62210')).toEqual(['62210', 15, '62270']);
    expect(byCode.get('62154')).toEqual(['62154', 659, '62270']);
  });

  it('is rebuilt byte for byte by geo/population.mjs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopmap-population-'));
    try {
      const output = join(dir, 'population.json');
      execFileSync(process.execPath, [resolve(ROOT, 'geo/population.mjs'), output], { cwd: ROOT, stdio: 'pipe' });
      expect(readFileSync(output, 'utf8') === readFileSync(FILE, 'utf8'), 'geo/population.json is not what geo/population.mjs builds').toBe(
        true,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
