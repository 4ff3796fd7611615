// Builds geo/communes.index.json, the commune list the search loads on first
// use: every commune of Nord (59) and Pas-de-Calais (62) with its INSEE code,
// name, zone de proximité, centroid and postcodes. Kept as its own step (not in build.mjs)
// so that other commune data can join the pipeline without touching it.
// Run: node geo/make-commune-index.mjs (npm run geo runs it after geo/population.mjs). Byte-identical on rebuild.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoCentroid } from 'd3-geo';
import { COMMUNE_FILES, ROOT, readCsv, readSource } from './sources.mjs';

/** Centroids to 4 decimals (≈ 10 m): ample for distances in kilometres, and small. */
const round = (x) => Math.round(x * 1e4) / 1e4;

/**
 * Postcodes per INSEE code, read from geo/population.json (the previous step): it joined
 * @etalab/decoupage-administratif's `codesPostaux` once, absorbed communes included
 * (62210 Canteleux takes its pole's), so the index does not repeat that join.
 */
function postcodesByInsee() {
  const population = JSON.parse(readFileSync(resolve(ROOT, 'geo/population.json'), 'utf8'));
  const column = population.columns.indexOf('postcodes');
  if (column < 0) throw new Error('geo/population.json: no "postcodes" column');
  return new Map(population.communes.map((row) => [row[0], row[column].split(' ')]));
}

export function communeIndex() {
  const zoneOf = new Map(readCsv(resolve(ROOT, 'geo/communes.csv')).map((c) => [c.insee, c.zone]));
  const postcodesOf = postcodesByInsee();
  const rows = [];
  for (const file of COMMUNE_FILES) {
    for (const f of readSource(file).features) {
      const insee = String(f.properties.code);
      const zone = zoneOf.get(insee);
      // The table assigns every commune a zone; a commune missing from it is a pipeline error, not a row to guess.
      if (zone === undefined) throw new Error(`geo/communes.csv: no zone for commune ${insee} (${f.properties.nom})`);
      // The spherical centroid (d3-geo), the same model the app measures distances with (geoDistance).
      const [lon, lat] = geoCentroid(f);
      const postcodes = postcodesOf.get(insee);
      if (postcodes === undefined) throw new Error(`geo/population.json: no postcodes for commune ${insee} (${f.properties.nom})`);
      rows.push([insee, String(f.properties.nom), zone, round(lon), round(lat), postcodes]);
    }
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    source:
      'IGN ADMIN EXPRESS COG 2018 (communes 59, 62), Licence Ouverte; zones: geo/communes.csv; postcodes: @etalab/decoupage-administratif 0.7.0 via geo/population.json',
    fields: ['insee', 'name', 'zone', 'lon', 'lat', 'postcodes'],
    communes: rows,
  };
}

/** One commune a line: readable diffs, still compact. */
export function communeIndexText(index) {
  const lines = index.communes.map((row) => `    ${JSON.stringify(row)}`);
  return `{\n  "source": ${JSON.stringify(index.source)},\n  "fields": ${JSON.stringify(index.fields)},\n  "communes": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = resolve(ROOT, 'geo/communes.index.json');
  writeFileSync(path, communeIndexText(communeIndex()));
  console.log(`wrote ${path}`);
}
