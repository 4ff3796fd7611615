// Shared by the geometry scripts: where the sources are and how the CSV tables are read.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (the folder that holds `geo/`). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** IGN ADMIN EXPRESS COG 2018 (france-geojson). Read in place beside the repo, never copied into it. */
export const SOURCES = resolve(ROOT, '../shared/geo-sources/admin-express-cog-2018');

/** Reads one GeoJSON file of the IGN sources. */
export function readSource(name) {
  return JSON.parse(readFileSync(resolve(SOURCES, name), 'utf8'));
}

/** The two commune files, Nord (59) then Pas-de-Calais (62). */
export const COMMUNE_FILES = ['communes-59-nord.geojson', 'communes-62-pas-de-calais.geojson'];

/**
 * Reads a small CSV table of ours: a header line, then one record a line,
 * comma-separated, no quoting (the tables never hold commas or quotes; the
 * writer checks it). Returns one object per record, keyed by the header.
 */
export function readCsv(path) {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  const header = lines[0].split(',');
  return lines.slice(1).map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== header.length) {
      throw new Error(`${path}:${i + 2}: expected ${header.length} cells, found ${cells.length}`);
    }
    return Object.fromEntries(header.map((key, j) => [key, cells[j]]));
  });
}

/** Writes records as CSV (see readCsv), refusing cells that would need quoting. */
export function csvText(header, records) {
  const lines = [header.join(',')];
  for (const record of records) {
    const cells = header.map((key) => String(record[key]));
    for (const cell of cells) {
      if (/[",\n]/.test(cell)) throw new Error(`CSV cell needs quoting: ${cell}`);
    }
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}
