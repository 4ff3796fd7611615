/**
 * The commune → zone table, from the texts of `geo/communes.csv`
 * (`insee,name,zone,rule`) and `geo/zones.csv` (`id,name,bassin`). Used by the
 * data tests and by the import checks (loaded on demand, with the rest of the
 * importer). Rows are read with `csvParseRows`: d3-dsv's `csvParse` builds its
 * row objects with `new Function`, which the page's CSP (no eval) refuses.
 */
import { csvParseRows } from 'd3-dsv';
import type { BassinId } from '../model/types.ts';

/** The rows of a CSV text as objects keyed by its header, without eval. */
function rowsOf(text: string): Record<string, string>[] {
  const [header = [], ...rows] = csvParseRows(text);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name.trim(), (row[i] ?? '').trim()])));
}

/** Builds the table; a commune whose zone is not in `zonesCsv` is left out. */
export function parseCommuneZones(communesCsv: string, zonesCsv: string): Map<string, { zone: string; bassin: BassinId }> {
  const bassinOf = new Map(rowsOf(zonesCsv).map((z) => [z['id'] ?? '', (z['bassin'] ?? '') as BassinId]));
  const table = new Map<string, { zone: string; bassin: BassinId }>();
  for (const c of rowsOf(communesCsv)) {
    const zone = c['zone'] ?? '';
    const bassin = bassinOf.get(zone);
    const insee = c['insee'] ?? '';
    if (insee && bassin) table.set(insee, { zone, bassin });
  }
  return table;
}
