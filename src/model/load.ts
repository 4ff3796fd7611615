/**
 * Loads the runtime files — the curated data and the territory geometry —
 * relative to a base URL, validates them, and keeps whatever could be loaded.
 * It never throws: a missing, truncated or invalid file becomes an issue that
 * names the file and says what is wrong, so the page can show it.
 * Pure apart from `fetch`: no DOM, no MapLibre, no lit.
 */
import type { Topology } from 'topojson-specification';
import { withAttestations } from './attest.ts';
import { isObject } from './guards.ts';
import type { Dataset, KeyFiguresData, PostsData, SourcesData } from './types.ts';
import { MAX_TOPOLOGY_PROBLEMS, topologyProblems } from './topology.ts';
import type { DataIssue } from './validate.ts';

/** The validator module (`validate.ts`): loaded only when a file is not one the build checked. */
export type Validator = Pick<typeof import('./validate.ts'), 'validateFile' | 'validateDataset'>;

/** The data files, relative to the base URL, and the dataset key each one fills. */
export const DATA_FILES = {
  establishments: 'data/establishments.json',
  cooperations: 'data/cooperations.json',
  posts: 'data/posts.json',
  keyFigures: 'data/figures.json',
  sources: 'data/sources.json',
} as const;

export const GEO_FILE = 'geo/npdc.topo.json';

/** Files fetched on first use, with the code that reads them: the populations (rates, comparison) and the communes (search). */
export const POPULATION_FILE = 'geo/population.json';
export const COMMUNE_INDEX_FILE = 'geo/communes.index.json';

/** The TopoJSON objects the map draws. */
export const GEO_OBJECTS = ['zones', 'bassins', 'departements', 'region', 'neighbours', 'countries'] as const;

/** What `loadAll` returns: the dataset (empty parts where a file failed), the geometry if usable, and every issue. */
export interface Loaded {
  dataset: Dataset;
  geo: Topology | null;
  issues: DataIssue[];
  /** Every data file was byte-identical to one the build validated (`LoadOptions.verified`): the dataset is the one the build checked. */
  verified: boolean;
}

export const EMPTY_POSTS: PostsData = { schemes: [], bassinTotals: [], grandTotals: [], siteValues: [], extras: [], figures: [], maps: [] };

export type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'text'>>;

/** Fetches and parses one JSON file; on failure returns the issue instead. */
export async function fetchJson(
  base: string,
  path: string,
  doFetch: Fetch,
): Promise<{ json: unknown; text: string } | { issue: DataIssue }> {
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
    if (!response.ok)
      return {
        issue: { file, message: `could not be loaded (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})` },
      };
    text = await response.text();
  } catch (error) {
    return { issue: { file, message: `could not be loaded (${error instanceof Error ? error.message : String(error)})` } };
  }
  if (text.trim() === '') return { issue: { file, message: 'is empty' } };
  try {
    return { json: JSON.parse(text) as unknown, text };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { issue: { file, message: `is not valid JSON, perhaps truncated (${text.length} characters read): ${detail}` } };
  }
}

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
  isObject(r) &&
  typeof r['id'] === 'string' &&
  typeof r['kind'] === 'string' &&
  Array.isArray(r['members']) &&
  Array.isArray(r['topics'] ?? []);

function postsOf(json: unknown): PostsData | null {
  if (!isObject(json)) return null;
  const out: PostsData = { ...EMPTY_POSTS };
  for (const key of Object.keys(EMPTY_POSTS) as (keyof PostsData)[]) {
    if (Array.isArray(json[key])) (out as unknown as Record<string, unknown[]>)[key] = json[key] as unknown[];
  }
  return out;
}

/** How `loadAll` checks the files. */
export interface LoadOptions {
  /**
   * SHA-256 (hex) of the data files the build validated in full, by path
   * (`virtual:coopmap-verified`): when every file fetched matches, the
   * validator is not loaded at all. Any other file (edited on the server,
   * broken, another site's data) gets the full check, as before.
   */
  verified?: Readonly<Record<string, string>>;
  /** Loads the validator (default: a dynamic import of `validate.ts`). */
  validator?: () => Promise<Validator>;
}

/** SHA-256 of a text, hex; '' where the browser has no Web Crypto (insecure origins): such files get the full check. */
export async function sha256(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return '';
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Loads `data/*.json` and `geo/npdc.topo.json` relative to `base` (by default
 * the page's `document.baseURI`; a script-relative base such as
 * `new URL('.', import.meta.url)` works the same). Each file is validated on
 * its own (`validateFile`), then the whole (`validateDataset`, with an empty
 * commune table: that table is checked by the tests, not at run time).
 * Every record an issue names is left out of the dataset returned
 * ({@link keepValid}); the geometry is checked before it is used.
 */
export async function loadAll(
  base: string = document.baseURI,
  doFetch: Fetch = (url) => fetch(url),
  options: LoadOptions = {},
): Promise<Loaded> {
  const issues: DataIssue[] = [];
  // The records as read: the validator runs on these, so the positions it reports are positions in these lists.
  const read: Dataset = { establishments: [], cooperations: [], posts: { ...EMPTY_POSTS }, keyFigures: { figures: [] } };
  const parsed = new Set<keyof typeof DATA_FILES>();
  const entries = Object.entries(DATA_FILES) as [keyof typeof DATA_FILES, string][];
  const [geoResult, ...results] = await Promise.all([
    fetchJson(base, GEO_FILE, doFetch),
    ...entries.map(([, path]) => fetchJson(base, path, doFetch)),
  ]);

  // Files byte-identical to those the build validated need no validator: it loads only for the others.
  const verified = options.verified ?? {};
  const checked = await Promise.all(
    results.map(async (result, i) => 'text' in result && verified[entries[i]?.[1] ?? ''] === (await sha256(result.text))),
  );
  const validator = checked.every(Boolean) ? null : await (options.validator ?? (() => import('./validate.ts')))();

  results.forEach((result, i) => {
    const [key, path] = entries[i] as [keyof typeof DATA_FILES, string];
    const file = path;
    if ('issue' in result) {
      issues.push(result.issue);
      return;
    }
    if (validator) issues.push(...safeValidate(() => validator.validateFile(file, result.json), file));
    switch (key) {
      case 'establishments': {
        const list = listOf(result.json, 'establishments');
        if (!list) issues.push({ file, message: 'has no list of establishments' });
        else read.establishments = list as Dataset['establishments'];
        break;
      }
      case 'cooperations': {
        const list = listOf(result.json, 'cooperations');
        if (!list) issues.push({ file, message: 'has no list of cooperations' });
        else read.cooperations = list as Dataset['cooperations'];
        break;
      }
      case 'posts': {
        const posts = postsOf(result.json);
        if (!posts) issues.push({ file, message: 'is not an object with schemes, bassinTotals, siteValues…' });
        else read.posts = posts;
        break;
      }
      case 'sources': {
        const seeds = listOf(result.json, 'seeds');
        if (!seeds) issues.push({ file, message: 'has no list of seeds' });
        else read.sources = { seeds } as unknown as SourcesData;
        break;
      }
      case 'keyFigures': {
        const figures = listOf(result.json, 'figures');
        if (!figures) issues.push({ file, message: 'has no list of figures' });
        else {
          const facts = isObject(result.json) && Array.isArray(result.json['facts']) ? result.json['facts'].filter(isObject) : [];
          read.keyFigures = { figures, facts } as unknown as KeyFiguresData;
        }
        break;
      }
    }
    parsed.add(key);
  });

  // Cross-file checks run on whatever was read. Without the establishments file, references to
  // establishments cannot be checked: they are not reported (the missing file is), only the rest.
  const crossIssues = validator ? safeValidate(() => validator.validateDataset(read, new Map()), 'dataset') : [];
  const withEstablishments = parsed.has('establishments');
  issues.push(...crossIssues.filter((i) => withEstablishments || !/^(unknown establishment id|establishment ")/.test(i.message)));

  const dataset = keepValid(read, issues);
  const geo = checkGeometry(geoResult, issues);
  // Undated cooperations are shown from the date their sources attest them, never "always".
  return { dataset: withAttestations(dataset), geo, issues, verified: validator === null };
}

/**
 * The positions of the records of `list` that an issue names, so they are
 * left out: by the position the validator reports, else by the record's
 * name (`[3]` or its id, the first record of that id). For the object files,
 * `listName` is the list the record name starts with (`siteValues[…]`).
 */
function rejectedIn(issues: readonly DataIssue[], file: string, list: readonly unknown[], listName?: string): Set<number> {
  const out = new Set<number>();
  for (const issue of issues) {
    if (issue.file !== file || issue.record === undefined) continue;
    let name = issue.record;
    if (listName !== undefined) {
      if (!name.startsWith(`${listName}[`) || !name.endsWith(']')) continue;
      name = name.slice(listName.length);
    }
    if (issue.index !== undefined) {
      out.add(issue.index);
      continue;
    }
    const position = /^\[(\d+)\]$/.exec(name);
    if (position) {
      out.add(Number(position[1]));
      continue;
    }
    const id = listName !== undefined ? name.slice(1, -1) : name;
    const at = list.findIndex((r) => isObject(r) && r['id'] === id);
    if (at >= 0) out.add(at);
  }
  return out;
}

/** `list` without the records at `rejected` and without those `usable` refuses. */
function kept<T>(list: readonly unknown[], rejected: ReadonlySet<number>, usable: (r: unknown) => boolean = isObject): T[] {
  return list.filter((r, i) => !rejected.has(i) && usable(r)) as T[];
}

/**
 * The dataset without any record an issue names: whatever the validator
 * rejects (a negative, non-integer or absurd count, a second record of an
 * id — the first is kept —, an unknown kind, a missing source…) is never
 * drawn, counted, listed or exported. The issues say what was left out.
 */
export function keepValid(read: Dataset, issues: readonly DataIssue[]): Dataset {
  const { establishments: E, cooperations: C, posts: P, keyFigures: F, sources: S } = DATA_FILES;
  const seeds = read.sources?.seeds as unknown[] | undefined;
  const posts = { ...EMPTY_POSTS };
  for (const key of Object.keys(EMPTY_POSTS) as (keyof PostsData)[]) {
    const list = read.posts[key] as unknown[];
    (posts as unknown as Record<string, unknown[]>)[key] = kept(list, rejectedIn(issues, P, list, key));
  }
  const figures = read.keyFigures.figures as unknown[];
  return {
    establishments: kept(read.establishments, rejectedIn(issues, E, read.establishments), drawableEstablishment),
    cooperations: kept<Dataset['cooperations'][number]>(
      read.cooperations,
      rejectedIn(issues, C, read.cooperations),
      drawableCooperation,
    ).map((c) => ({
      ...c,
      topics: c.topics ?? [],
    })),
    posts,
    keyFigures: {
      ...read.keyFigures,
      figures: kept(figures, rejectedIn(issues, F, figures, 'figures')),
    } as unknown as KeyFiguresData,
    ...(seeds ? { sources: { seeds: kept(seeds, rejectedIn(issues, S, seeds, 'seeds')) } as unknown as SourcesData } : {}),
  };
}

/**
 * The geometry if it can be drawn, else `null` with an issue naming the file
 * like a broken data file: checked before any topojson-client call, so a cut
 * arc or an arc index out of range never throws inside the map.
 */
function checkGeometry(result: { json: unknown; text: string } | { issue: DataIssue }, issues: DataIssue[]): Topology | null {
  const file = GEO_FILE;
  if ('issue' in result) {
    issues.push(result.issue);
    return null;
  }
  const json = result.json;
  if (!isObject(json) || json['type'] !== 'Topology' || !isObject(json['objects'])) {
    issues.push({ file, message: 'is not a TopoJSON Topology (type "Topology" with objects)' });
    return null;
  }
  let problems;
  try {
    problems = topologyProblems(json);
  } catch (error) {
    problems = [{ where: 'arcs', what: `could not be checked (${error instanceof Error ? error.message : String(error)})` }];
  }
  if (problems.length > 0) {
    for (const p of problems.slice(0, MAX_TOPOLOGY_PROBLEMS)) issues.push({ file, record: p.where, message: `broken geometry: ${p.what}` });
    if (problems.length > MAX_TOPOLOGY_PROBLEMS)
      issues.push({ file, message: `broken geometry: ${problems.length - MAX_TOPOLOGY_PROBLEMS} more problems` });
    return null;
  }
  const geo = json as unknown as Topology;
  for (const name of GEO_OBJECTS) {
    if (!geo.objects[name]) issues.push({ file, message: `has no "${name}" object: that layer is left out` });
  }
  return geo;
}

/** A validator that throws on a shape it did not expect must not take the page down. */
function safeValidate(run: () => DataIssue[], file: string): DataIssue[] {
  try {
    return run();
  } catch (error) {
    return [{ file, message: `could not be fully validated (${error instanceof Error ? error.message : String(error)})` }];
  }
}
