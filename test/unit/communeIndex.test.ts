/**
 * geo/communes.index.json, the commune list the search loads: rebuilt from
 * the IGN sources and geo/communes.csv it is byte-identical, it holds every
 * commune of Nord and Pas-de-Calais once, and each lies in a known zone with
 * its centroid inside the region's extent and its postcodes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { communeIndex, communeIndexText } from '../../geo/make-commune-index.mjs';
import { parseCommuneIndex } from '../../src/model/communes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const committed = readFileSync(resolve(ROOT, 'geo/communes.index.json'), 'utf8');

describe('geo/communes.index.json', () => {
  it('is what the pipeline step writes, byte for byte', () => {
    expect((communeIndexText as (i: unknown) => string)((communeIndex as () => unknown)())).toBe(committed);
  });

  it('holds the 648 + 891 communes of the sources, once each, every one with a zone of geo/zones.csv', () => {
    const { communes, issues } = parseCommuneIndex(JSON.parse(committed));
    expect(issues).toEqual([]);
    expect([communes.filter((c) => c.insee.startsWith('59')).length, communes.filter((c) => c.insee.startsWith('62')).length]).toEqual([
      648, 891,
    ]);
    expect(new Set(communes.map((c) => c.insee)).size).toBe(communes.length);
    const zones = new Set(
      readFileSync(resolve(ROOT, 'geo/zones.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(',')[0]),
    );
    expect(communes.filter((c) => !zones.has(c.zone))).toEqual([]);
    expect(communes.filter(({ centroid: [lon, lat] }) => lon < 1.5 || lon > 4.3 || lat < 49.9 || lat > 51.1)).toEqual([]);
    expect(communes.find((c) => c.insee === '59009')).toMatchObject({ name: "Villeneuve-d'Ascq", zone: 'lille' });
  });

  it('gives every commune its postcodes from geo/population.json (the package join): Lens 62300, shared with Éleu-dit-Leauwette', () => {
    const { communes } = parseCommuneIndex(JSON.parse(committed));
    expect(communes.filter((c) => c.postcodes.length === 0)).toEqual([]);
    expect(communes.filter((c) => c.postcodes.includes('62300')).map((c) => `${c.insee} ${c.name}`)).toEqual([
      '62291 Éleu-dit-Leauwette',
      '62498 Lens',
    ]);
    const population = JSON.parse(readFileSync(resolve(ROOT, 'geo/population.json'), 'utf8')) as { communes: [string, number, string][] };
    const fromPopulation = new Map(population.communes.map(([insee, , postcodes]) => [insee, postcodes]));
    expect(communes.filter((c) => fromPopulation.get(c.insee) !== c.postcodes.join(' '))).toEqual([]);
    // Canteleux, absorbed on 2019-01-01, takes its pole's postcode.
    expect(communes.find((c) => c.insee === '62210')?.postcodes).toEqual(communes.find((c) => c.insee === '62154')?.postcodes);
  });
});
