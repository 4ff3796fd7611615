/**
 * Parsed files + the published dataset → the dataset to show, every located
 * issue, and where each imported record came from.
 *
 * The cross-file rules are the shipped data's (`validateDataset`: unknown or
 * duplicate ids, members that do not exist, a hub linking to itself,
 * impossible dates, counts, a commune outside the zone it claims, a site value
 * outside its bassin), run on the merged dataset and reported on the imported
 * records only. Added here, because they concern what an import adds: an id
 * the published data already uses, coordinates outside the map, and a site
 * breakdown that goes beyond its bassin's published total.
 */
import { withAttestations } from '../model/attest.ts';
import type { Dataset, PostsData } from '../model/types.ts';
import { validateDataset, type CommuneZones } from '../model/validate.ts';
import { fromDataIssue, POSTS_LISTS } from './parse.ts';
import type { ImportIssue, ImportedRecord, ListKey, ParsedFile, Provenance } from './types.ts';

/** "replace": a list an imported file provides replaces the published one; "add": imported records join the published ones. */
export type MergeMode = 'replace' | 'add';
/** "reject": any error refuses the import; "valid": records without errors are kept. */
export type KeepMode = 'reject' | 'valid';

export interface ImportOptions {
  mode: MergeMode;
  keep: KeepMode;
  /** Commune → zone table (`geo/communes.csv`); empty skips the commune check. */
  communeZones: CommuneZones;
  /** The map's extent `[west, south, east, north]` (the geometry's bbox). */
  extent: readonly [number, number, number, number];
}

export interface ImportResult {
  /** Every issue: errors, then warnings; each in file order, then by line. */
  issues: ImportIssue[];
  errors: number;
  warnings: number;
  /** The dataset to show; null when the import is refused (errors and "reject", or nothing usable). */
  dataset: Dataset | null;
  /** Imported records kept, keyed `list:id`. */
  provenance: Provenance;
  /** How many imported records are kept, and how many refused. */
  kept: number;
  refused: number;
}

const LISTS: readonly ListKey[] = [
  'establishments',
  'cooperations',
  'siteValues',
  'schemes',
  'bassinTotals',
  'grandTotals',
  'extras',
  'postFigures',
  'maps',
  'keyFigures',
];

type Lists = Record<ListKey, Record<string, unknown>[]>;

const as = (v: unknown[]): Record<string, unknown>[] => v as Record<string, unknown>[];

function listsOf(d: Dataset): Lists {
  const p = d.posts;
  return {
    establishments: as(d.establishments),
    cooperations: as(d.cooperations),
    siteValues: as(p.siteValues),
    schemes: as(p.schemes),
    bassinTotals: as(p.bassinTotals),
    grandTotals: as(p.grandTotals),
    extras: as(p.extras),
    postFigures: as(p.figures),
    maps: as(p.maps ?? []),
    keyFigures: as(d.keyFigures.figures),
  };
}

/** The lists as a dataset; what no file can bring (the seeds' dates in `sources`) stays the published one's. */
function datasetOf(l: Lists, published: Dataset): Dataset {
  const posts = {
    schemes: l.schemes,
    bassinTotals: l.bassinTotals,
    grandTotals: l.grandTotals,
    siteValues: l.siteValues,
    extras: l.extras,
    figures: l.postFigures,
    ...(l.maps.length > 0 || published.posts.maps ? { maps: l.maps } : {}),
  } as unknown as PostsData;
  // Key-figure `facts` are not a list an import brings: the published ones stay.
  const out = {
    establishments: l.establishments,
    cooperations: l.cooperations,
    posts,
    keyFigures: { ...published.keyFigures, figures: l.keyFigures },
  } as unknown as Dataset;
  if (published.sources) out.sources = published.sources;
  return out;
}

const idOf = (r: Record<string, unknown>): string | null => (typeof r['id'] === 'string' && r['id'] !== '' ? r['id'] : null);
const hasError = (r: ImportedRecord): boolean => r.issues.some((i) => i.severity === 'error');

/** The list and record name a `validateDataset` issue points at. */
function targetOf(file: string, record: string | undefined): { list: ListKey; key: string } | null {
  if (record === undefined) return null;
  if (file.endsWith('establishments.json')) return { list: 'establishments', key: record };
  if (file.endsWith('cooperations.json')) return { list: 'cooperations', key: record };
  const m = /^(\w+)\[(.*)\]$/.exec(record);
  if (!m) return null;
  const list = file.endsWith('figures.json') ? 'keyFigures' : POSTS_LISTS[m[1] ?? ''];
  return list ? { list, key: m[2] ?? '' } : null;
}

interface Merged {
  lists: Lists;
  /** For each list, the imported record behind each merged entry (undefined: published). */
  origins: Record<ListKey, (ImportedRecord | undefined)[]>;
  droppedPublished: Partial<Record<ListKey, number>>;
}

/** Published + imported records, by mode; in "replace" mode, published records left pointing at missing establishments are dropped. */
function merge(published: Lists, files: readonly ParsedFile[], records: readonly ImportedRecord[], mode: MergeMode): Merged {
  const provided = new Set(files.flatMap((f) => f.lists));
  const lists = {} as Lists;
  const origins = {} as Merged['origins'];
  for (const list of LISTS) {
    const imported = records.filter((r) => r.list === list);
    const keepPublished = mode === 'add' || !provided.has(list);
    const base = keepPublished ? published[list] : [];
    lists[list] = [...base, ...imported.map((r) => r.record)];
    origins[list] = [...base.map(() => undefined), ...imported];
  }
  const droppedPublished: Merged['droppedPublished'] = {};
  if (mode === 'replace' && provided.has('establishments')) {
    const ids = new Set(lists.establishments.map(idOf));
    for (const [list, key] of [
      ['cooperations', 'members'],
      ['siteValues', 'establishments'],
    ] as const) {
      const keep = lists[list].map((r, i) => origins[list][i] !== undefined || refs(r, key).every((id) => ids.has(id as string)));
      const dropped = keep.filter((k) => !k).length;
      if (dropped > 0) droppedPublished[list] = dropped;
      lists[list] = lists[list].filter((_, i) => keep[i]);
      origins[list] = origins[list].filter((_, i) => keep[i]);
    }
  }
  return { lists, origins, droppedPublished };
}

const refs = (r: Record<string, unknown>, key: string): unknown[] => (Array.isArray(r[key]) ? (r[key] as unknown[]) : []);

/** An issue at an imported record's place (file, line, id). */
function located(r: ImportedRecord, rest: Omit<ImportIssue, 'file'>): ImportIssue {
  const issue: ImportIssue = { file: r.file, ...rest };
  if (r.line !== undefined) issue.line = r.line;
  const id = idOf(r.record);
  if (id !== null) issue.record = id;
  return issue;
}

/** Sum of the site values per `scheme|bassin`. */
function sums(values: Record<string, unknown>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) {
    if (typeof v['value'] !== 'number') continue;
    const key = `${String(v['scheme'])}|${String(v['bassin'])}`;
    out.set(key, (out.get(key) ?? 0) + v['value']);
  }
  return out;
}

/** Cross-file checks on the merged lists; issues go onto the imported records they concern. Returns the issues added. */
function crossCheck(merged: Merged, published: Lists, publishedDataset: Dataset, options: ImportOptions): ImportIssue[] {
  const added: ImportIssue[] = [];
  const attach = (r: ImportedRecord, issue: ImportIssue): void => {
    const text = JSON.stringify([issue.code, issue.column, issue.params]);
    if (r.issues.some((i) => JSON.stringify([i.code, i.column, i.params]) === text)) return;
    r.issues.push(issue);
    added.push(issue);
  };

  // Ids: unique within the merged list; an imported id the published data already uses is said as such.
  for (const list of LISTS) {
    const seen = new Map<string, ImportedRecord | 'published'>();
    merged.lists[list].forEach((rec, i) => {
      const id = idOf(rec);
      if (id === null) return;
      const origin = merged.origins[list][i];
      const before = seen.get(id);
      if (before === undefined) seen.set(id, origin ?? 'published');
      else if (origin) {
        const column = 'id';
        if (before === 'published') attach(origin, located(origin, { column, severity: 'error', code: 'published-id', params: { id } }));
        else
          attach(
            origin,
            located(origin, {
              column,
              severity: 'error',
              code: 'duplicate-id',
              params: { id, file: before.file, line: before.line ?? '?' },
            }),
          );
      }
    });
  }

  // The shipped rules on the whole; reported where an imported record is concerned.
  const find = (list: ListKey, key: string): ImportedRecord | undefined => {
    const index = /^\d+$/.test(key) ? Number(key) : -1;
    const records = merged.lists[list];
    for (let i = 0; i < records.length; i++) {
      const origin = merged.origins[list][i];
      if (origin && (i === index || idOf(records[i] as Record<string, unknown>) === key)) return origin;
    }
    return undefined;
  };
  for (const d of validateDataset(datasetOf(merged.lists, publishedDataset), options.communeZones)) {
    if (d.message.startsWith('duplicate id')) continue; // said above, with the file and line of both
    const target = targetOf(d.file, d.record);
    const origin = target ? find(target.list, target.key.replace(/^\[(\d+)\]$/, '$1')) : undefined;
    if (!origin) continue;
    attach(origin, fromDataIssue(d, origin.file, origin.line, origin.csvKind, idOf(origin.record) ?? undefined));
  }

  // Coordinates outside the map.
  const [west, south, east, north] = options.extent;
  merged.origins.establishments.forEach((origin) => {
    const c = origin?.record['coordinates'];
    if (!origin || !Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number') return;
    const [lon, lat] = c as [number, number];
    if (lon < west || lon > east || lat < south || lat > north) {
      const column = origin.csvKind ? 'longitude' : 'coordinates';
      attach(
        origin,
        located(origin, { column, severity: 'error', code: 'outside-extent', params: { lon, lat, west, south, east, north } }),
      );
    }
  });

  // A site breakdown beyond its bassin's published total. The published data may already disagree
  // (it shows both numbers); an import must not widen the gap.
  const totals = new Map(merged.lists.bassinTotals.map((t) => [`${String(t['scheme'])}|${String(t['bassin'])}`, t['value']]));
  const publishedSums = sums(published.siteValues);
  const mergedSums = sums(merged.lists.siteValues);
  const lastImported = new Map<string, ImportedRecord>();
  merged.origins.siteValues.forEach((o) => {
    if (o) lastImported.set(`${String(o.record['scheme'])}|${String(o.record['bassin'])}`, o);
  });
  for (const [key, origin] of lastImported) {
    const total = totals.get(key);
    const sum = mergedSums.get(key) ?? 0;
    if (typeof total !== 'number') continue;
    const allowed = Math.max(total, publishedSums.get(key) ?? 0);
    if (sum > allowed) {
      const [scheme, bassin] = key.split('|') as [string, string];
      attach(origin, located(origin, { column: 'value', severity: 'error', code: 'breakdown', params: { scheme, bassin, sum, total } }));
    }
  }
  return added;
}

/** Issues in file order: by line, errors before warnings on the same line. */
const byPlace = (a: ImportIssue, b: ImportIssue): number =>
  (a.line ?? 0) - (b.line ?? 0) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);

/**
 * Validates the parsed files against the published dataset and builds the
 * dataset to show. With `keep: "valid"`, records with errors are left out,
 * and so are the records that then point at them (said as such), until what
 * remains passes. Pure and deterministic; never throws on odd shapes.
 */
export function buildImport(files: readonly ParsedFile[], published: Dataset, options: ImportOptions): ImportResult {
  const base = listsOf(published);
  // Copies: the cross-file issues depend on the mode and on what is kept, the parsed files stay as read.
  const copies = files.map((f) => f.records.map((r): ImportedRecord => ({ ...r, issues: [...r.issues] })));
  const records = copies.flat();
  const fileErrors = files.some((f) => f.issues.some((i) => i.severity === 'error'));

  let merged = merge(base, files, records, options.mode);
  crossCheck(merged, base, published, options);
  let kept = records.filter((r) => !hasError(r));
  if (options.keep === 'valid') {
    // Leaving a record out can break another (a cooperation whose member was refused): check again until stable.
    for (let pass = 0; pass < 10; pass++) {
      merged = merge(base, files, kept, options.mode);
      const added = crossCheck(merged, base, published, options);
      for (const issue of added) if (issue.severity === 'error') issue.params = { ...issue.params, cascade: 1 };
      const next = kept.filter((r) => !hasError(r));
      if (next.length === kept.length) break;
      kept = next;
    }
  }
  const droppedIssues: ImportIssue[] = [];
  for (const [list, n] of Object.entries(merged.droppedPublished)) {
    const file = files.find((f) => f.lists.includes('establishments'))?.file ?? '';
    droppedIssues.push({ file, severity: 'warning', code: 'dropped-published', params: { list, count: n } });
  }
  const listed = [
    ...files.flatMap((f, i) => [...f.issues, ...(copies[i] ?? []).flatMap((r) => r.issues)].toSorted(byPlace)),
    ...droppedIssues,
  ];
  // Errors first (what blocks), each group in file and line order.
  const issues = [...listed.filter((i) => i.severity === 'error'), ...listed.filter((i) => i.severity !== 'error')];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const refusedFiles = new Set(files.filter((f) => f.issues.some((i) => i.severity === 'error')).map((f) => f.file));
  const usable = kept.filter((r) => !refusedFiles.has(r.file));
  const refuse = (errors > 0 && options.keep === 'reject') || usable.length === 0 || (fileErrors && options.keep === 'reject');
  const final = refuse
    ? null
    : merge(
        base,
        files.filter((f) => !refusedFiles.has(f.file)),
        usable,
        options.mode,
      );
  const provenance: Provenance = {};
  if (final) {
    for (const r of usable) {
      const id = idOf(r.record);
      if (id !== null) provenance[`${r.list}:${id}`] = r.line !== undefined ? { file: r.file, line: r.line } : { file: r.file };
    }
  }
  return {
    issues,
    errors,
    warnings: issues.length - errors,
    // Undated imported cooperations are shown from the date their sources attest, as the loader does for the published ones.
    dataset: final ? withAttestations(datasetOf(final.lists, published)) : null,
    provenance,
    kept: final ? usable.length : 0,
    refused: records.length - (final ? usable.length : 0),
  };
}
