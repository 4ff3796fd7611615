/**
 * The commune → zone table the data tests check establishments against, from
 * the texts of `geo/communes.csv` (`insee,name,zone,rule`) and `geo/zones.csv`
 * (`id,name,bassin`). Used by the data tests and by the import checks (loaded on demand, with the rest of the importer).
 */
import { csvParse } from 'd3-dsv';
import type { BassinId } from '../model/types.ts';

/** Builds the table; a commune whose zone is not in `zonesCsv` is left out. */
export function parseCommuneZones(communesCsv: string, zonesCsv: string): Map<string, { zone: string; bassin: BassinId }> {
  const bassinOf = new Map(csvParse(zonesCsv).map((z) => [(z['id'] ?? '').trim(), (z['bassin'] ?? '').trim() as BassinId]));
  const table = new Map<string, { zone: string; bassin: BassinId }>();
  for (const c of csvParse(communesCsv)) {
    const zone = (c['zone'] ?? '').trim();
    const bassin = bassinOf.get(zone);
    const insee = (c['insee'] ?? '').trim();
    if (insee && bassin) table.set(insee, { zone, bassin });
  }
  return table;
}
