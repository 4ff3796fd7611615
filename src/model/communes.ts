/**
 * The commune list the search loads on first use (`geo/communes.index.json`,
 * built by `geo/make-commune-index.mjs`): every commune of Nord and
 * Pas-de-Calais with its INSEE code, name, zone de proximité, centroid and
 * postcodes (La Poste, via `@etalab/decoupage-administratif`).
 * Parsing is pure; a bad row becomes a located issue and is skipped, the rest
 * is kept.
 */
import { COMMUNE_INDEX_FILE, fetchJson, type Fetch } from './load.ts';
import type { DataIssue } from './validate.ts';

/** One commune of the index. */
export interface Commune {
  /** INSEE code, five characters (e.g. `59350`). */
  insee: string;
  name: string;
  /** Zone de proximité id (see `geo/zones.csv`). */
  zone: string;
  /** Centroid, longitude and latitude (WGS84). */
  centroid: [number, number];
  /** Its postcodes, five digits each (Lens: `62300`); several communes may share one, a commune may have several. */
  postcodes: string[];
}

/** Reads the index file's JSON: the communes it holds, and an issue per row (or file) it could not read. */
export function parseCommuneIndex(json: unknown, file = COMMUNE_INDEX_FILE): { communes: Commune[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const rows = (json as { communes?: unknown } | null)?.communes;
  if (!Array.isArray(rows)) return { communes: [], issues: [{ file, message: 'has no "communes" list' }] };
  const communes: Commune[] = [];
  rows.forEach((row: unknown, i) => {
    const record = `communes[${i}]`;
    // An index written before postcodes joined it has five items: read as no postcode.
    if (!Array.isArray(row) || (row.length !== 5 && row.length !== 6)) {
      issues.push({ file, record, message: 'must be [insee, name, zone, lon, lat, postcodes]' });
      return;
    }
    const [insee, name, zone, lon, lat, postcodes = []] = row as unknown[];
    if (typeof insee !== 'string' || !/^(59|62)\d{3}$/.test(insee))
      issues.push({ file, record, field: '0', message: `must be an INSEE code of Nord or Pas-de-Calais, got ${JSON.stringify(insee)}` });
    else if (typeof name !== 'string' || name.trim() === '') issues.push({ file, record, field: '1', message: 'must be a non-empty name' });
    else if (typeof zone !== 'string' || zone === '') issues.push({ file, record, field: '2', message: 'must be a zone id' });
    else if (typeof lon !== 'number' || typeof lat !== 'number' || !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90))
      issues.push({ file, record, field: '3', message: 'must be a longitude and a latitude in degrees' });
    else if (!Array.isArray(postcodes) || !postcodes.every((p) => typeof p === 'string' && /^\d{5}$/.test(p)))
      issues.push({ file, record, field: '5', message: 'must be a list of five-digit postcodes' });
    else communes.push({ insee, name, zone, centroid: [lon, lat], postcodes: postcodes as string[] });
  });
  return { communes, issues };
}

/** Fetches and parses the index relative to `base`; never throws (a failure is an issue). */
export async function loadCommunes(
  base: string,
  doFetch: Fetch = (url) => fetch(url),
): Promise<{ communes: Commune[]; issues: DataIssue[] }> {
  const result = await fetchJson(base, COMMUNE_INDEX_FILE, doFetch);
  if ('issue' in result) return { communes: [], issues: [result.issue] };
  return parseCommuneIndex(result.json);
}
