/**
 * Loads the runtime files — the curated data and the territory geometry —
 * relative to a base URL, validates them, and keeps whatever could be loaded.
 * It never throws: a missing, truncated or invalid file becomes an issue that
 * names the file and says what is wrong, so the page can show it.
 * Pure apart from `fetch`: no DOM, no MapLibre, no lit.
 */
import type { Topology } from 'topojson-specification';
import { withAttestations } from './attest.ts';
import type { Dataset, KeyFiguresData, PostsData, SourcesData } from './types.ts';
import { validateDataset, validateFile, type DataIssue } from './validate.ts';

/** The data files, relative to the base URL, and the dataset key each one fills. */
export const DATA_FILES = {
  establishments: 'data/establishments.json',
  cooperations: 'data/cooperations.json',
  posts: 'data/posts.json',
  keyFigures: 'data/figures.json',
  sources: 'data/sources.json',
} as const;

export const GEO_FILE = 'geo/npdc.topo.json';

/** The TopoJSON objects the map draws. */
export const GEO_OBJECTS = ['zones', 'bassins', 'departements', 'region', 'neighbours', 'countries'] as const;

/** What `loadAll` returns: the dataset (empty parts where a file failed), the geometry if usable, and every issue. */
export interface Loaded {
  dataset: Dataset;
  geo: Topology | null;
  issues: DataIssue[];
}

export const EMPTY_POSTS: PostsData = { schemes: [], bassinTotals: [], grandTotals: [], siteValues: [], extras: [], figures: [], maps: [] };

export type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'text'>>;

/** Fetches and parses one JSON file; on failure returns the issue instead. */
export async function fetchJson(base: string, path: string, doFetch: Fetch): Promise<{ json: unknown } | { issue: DataIssue }> {
  const file = path;
  let url: string;
  try {
    url = new URL(path, base).href;
  } catch {
    return { issue: { file, message: `cannot build a URL for ${path} from base ${base}` } };
  }
  let text: string;
  try {
    const response = await doFetch(url);
    if (!response.ok) return { issue: { file, message: `could not be loaded (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})` } };
    text = await response.text();
  } catch (error) {
    return { issue: { file, message: `could not be loaded (${error instanceof Error ? error.message : String(error)})` } };
  }
  if (text.trim() === '') return { issue: { file, message: 'is empty' } };
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { issue: { file, message: `is not valid JSON, perhaps truncated (${text.length} characters read): ${detail}` } };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The records of a list file, whether it is a bare array or `{ <key>: [...] }`. */
function listOf(json: unknown, key: string): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (isObject(json) && Array.isArray(json[key])) return json[key] as unknown[];
  return null;
}

/** Keeps the records the map can draw at all; the validator reports the rest in detail. */
const drawableEstablishment = (r: unknown): boolean =>
  isObject(r) &&
  typeof r['id'] === 'string' &&
  typeof r['shortName'] === 'string' &&
  Array.isArray(r['coordinates']) &&
  r['coordinates'].length === 2 &&
  r['coordinates'].every((c) => typeof c === 'number' && Number.isFinite(c));

const drawableCooperation = (r: unknown): boolean =>
  isObject(r) && typeof r['id'] === 'string' && typeof r['kind'] === 'string' && Array.isArray(r['members']) && Array.isArray(r['topics'] ?? []);

function postsOf(json: unknown): PostsData | null {
  if (!isObject(json)) return null;
  const out: PostsData = { ...EMPTY_POSTS };
  for (const key of Object.keys(EMPTY_POSTS) as (keyof PostsData)[]) {
    if (Array.isArray(json[key])) (out as unknown as Record<string, unknown[]>)[key] = json[key] as unknown[];
  }
  return out;
}

/**
 * Loads `data/*.json` and `geo/npdc.topo.json` relative to `base` (by default
 * the page's `document.baseURI`; a script-relative base such as
 * `new URL('.', import.meta.url)` works the same). Each file is validated on
 * its own (`validateFile`), then the whole (`validateDataset`, with an empty
 * commune table: that table is checked by the tests, not at run time).
 */
export async function loadAll(base: string = document.baseURI, doFetch: Fetch = (url) => fetch(url)): Promise<Loaded> {
  const issues: DataIssue[] = [];
  const dataset: Dataset = { establishments: [], cooperations: [], posts: { ...EMPTY_POSTS }, keyFigures: { figures: [] } };
  // The records as read, before the undrawable ones are left out: the cross-file checks run on these,
  // so a record dropped for a wrong field is reported once, not again as an unknown id elsewhere.
  const read: Dataset = { establishments: [], cooperations: [], posts: { ...EMPTY_POSTS }, keyFigures: { figures: [] } };
  const entries = Object.entries(DATA_FILES) as [keyof typeof DATA_FILES, string][];
  const [geoResult, ...results] = await Promise.all([fetchJson(base, GEO_FILE, doFetch), ...entries.map(([, path]) => fetchJson(base, path, doFetch))]);

  results.forEach((result, i) => {
    const [key, path] = entries[i] as [keyof typeof DATA_FILES, string];
    const file = path;
    if ('issue' in result) {
      issues.push(result.issue);
      return;
    }
    issues.push(...safeValidate(() => validateFile(file, result.json), file));
    switch (key) {
      case 'establishments': {
        const list = listOf(result.json, 'establishments');
        if (!list) issues.push({ file, message: 'has no list of establishments' });
        else {
          read.establishments = list as Dataset['establishments'];
          dataset.establishments = list.filter(drawableEstablishment) as Dataset['establishments'];
        }
        break;
      }
      case 'cooperations': {
        const list = listOf(result.json, 'cooperations');
        if (!list) issues.push({ file, message: 'has no list of cooperations' });
        else {
          read.cooperations = list as Dataset['cooperations'];
          dataset.cooperations = (list.filter(drawableCooperation) as Dataset['cooperations']).map((c) => ({ ...c, topics: c.topics ?? [] }));
        }
        break;
      }
      case 'posts': {
        const posts = postsOf(result.json);
        if (!posts) issues.push({ file, message: 'is not an object with schemes, bassinTotals, siteValues…' });
        else dataset.posts = read.posts = posts;
        break;
      }
      case 'sources': {
        const seeds = listOf(result.json, 'seeds');
        if (!seeds) issues.push({ file, message: 'has no list of seeds' });
        else dataset.sources = read.sources = { seeds: seeds.filter(isObject) } as unknown as SourcesData;
        break;
      }
      case 'keyFigures': {
        const figures = listOf(result.json, 'figures');
        if (!figures) issues.push({ file, message: 'has no list of figures' });
        else {
          const facts = isObject(result.json) && Array.isArray(result.json['facts']) ? result.json['facts'].filter(isObject) : [];
          dataset.keyFigures = read.keyFigures = { figures: figures.filter(isObject), facts } as unknown as KeyFiguresData;
        }
        break;
      }
    }
  });

  if (results.every((r) => 'json' in r)) {
    issues.push(...safeValidate(() => validateDataset(read, new Map()), 'dataset'));
  }

  let geo: Topology | null = null;
  const geoFile = GEO_FILE;
  if ('issue' in geoResult) issues.push(geoResult.issue);
  else if (!isObject(geoResult.json) || geoResult.json['type'] !== 'Topology' || !isObject(geoResult.json['objects'])) {
    issues.push({ file: geoFile, message: 'is not a TopoJSON Topology (type "Topology" with objects)' });
  } else {
    geo = geoResult.json as unknown as Topology;
    for (const name of GEO_OBJECTS) {
      if (!geo.objects[name]) issues.push({ file: geoFile, message: `has no "${name}" object: that layer is left out` });
    }
  }
  // Undated cooperations are shown from the date their sources attest them, never "always".
  return { dataset: withAttestations(dataset), geo, issues };
}

/** A validator that throws on a shape it did not expect must not take the page down. */
function safeValidate(run: () => DataIssue[], file: string): DataIssue[] {
  try {
    return run();
  } catch (error) {
    return [{ file, message: `could not be fully validated (${error instanceof Error ? error.message : String(error)})` }];
  }
}
