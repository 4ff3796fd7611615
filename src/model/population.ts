/**
 * The population file (`geo/population.json`, built by `geo/population.mjs`):
 * INSEE legal populations per bassin, zone and commune, with their vintage and
 * credit line. Loaded on demand (only the rate view and the bassin comparison
 * need it), validated here, never thrown: a bad file becomes a located issue.
 */
import { BASSIN_IDS, type BassinId } from './types.ts';
import { POPULATION_FILE } from './load.ts';
import type { DataIssue } from './validate.ts';

/** Populations of one INSEE vintage, as the rates and the comparison use them. */
export interface Population {
  /** The census year the figures describe (INSEE "populations légales 2016" → 2016). */
  year: number;
  /** The credit line to show beside any rate. */
  credit: string;
  region: number;
  bassins: Record<BassinId, number>;
  /** Population per zone de proximité id (`geo/zones.csv`). */
  zones: Record<string, number>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** Checks the parsed file; returns the population or the first problem found, located by field. */
export function parsePopulation(json: unknown, file: string = POPULATION_FILE): { population: Population } | { issue: DataIssue } {
  const fail = (field: string, message: string): { issue: DataIssue } => ({ issue: { file, ...(field ? { field } : {}), message } });
  if (!isObject(json)) return fail('', 'is not a JSON object');
  const vintage = json['vintage'];
  if (!isObject(vintage) || !Number.isInteger(vintage['year'])) return fail('vintage.year', 'must be an integer year');
  if (typeof json['credit'] !== 'string' || json['credit'] === '') return fail('credit', 'must be a non-empty string');
  if (!isCount(json['region'])) return fail('region', 'must be a positive integer');
  const bassins = json['bassins'];
  if (!isObject(bassins)) return fail('bassins', 'must be an object of populations per bassin');
  for (const id of BASSIN_IDS) if (!isCount(bassins[id])) return fail(`bassins.${id}`, 'must be a positive integer');
  const zones = json['zones'];
  if (!isObject(zones)) return fail('zones', 'must be an object of populations per zone');
  for (const [id, value] of Object.entries(zones)) if (!isCount(value)) return fail(`zones.${id}`, 'must be a positive integer');
  return {
    population: {
      year: vintage['year'] as number,
      credit: json['credit'],
      region: json['region'],
      bassins: Object.fromEntries(BASSIN_IDS.map((id) => [id, bassins[id]])) as Record<BassinId, number>,
      zones: zones as Record<string, number>,
    },
  };
}

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

/** Fetches and checks `geo/population.json` relative to `base`; never throws. */
export async function loadPopulation(
  base: string,
  doFetch: Fetch = (url) => fetch(url),
): Promise<{ population: Population } | { issue: DataIssue }> {
  try {
    const response = await doFetch(new URL(POPULATION_FILE, base).href);
    if (!response.ok) return { issue: { file: POPULATION_FILE, message: `could not be loaded (HTTP ${response.status})` } };
    return parsePopulation(JSON.parse(await response.text()) as unknown);
  } catch (error) {
    return { issue: { file: POPULATION_FILE, message: `could not be loaded (${error instanceof Error ? error.message : String(error)})` } };
  }
}
